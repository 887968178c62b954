"""The History tab: the session table, filters, detail, charts, and today's progress in the status bar."""
