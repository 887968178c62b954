"""The frame around everything: the main window, start-up, tray and reminders, one running copy, crash reports."""
