"""Browsing the whole atlas: the Points page."""
