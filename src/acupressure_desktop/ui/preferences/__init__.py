"""Preferences: the dialog, reminders and login start, and the typed settings kept through QSettings."""
