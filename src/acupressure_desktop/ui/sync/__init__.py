"""Sync between the user's computers through a folder they already sync: the controller and Preferences › Sync."""
