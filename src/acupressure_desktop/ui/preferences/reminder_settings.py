"""Starting the app at login (the XDG autostart entry), so reminders come without opening it."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from acupressure_desktop import APP_ID, APP_NAME, EARLIER_APP_IDS


def launch_command() -> str:
    """How to start this same installation again."""
    if getattr(sys, "frozen", False):
        return f'"{sys.executable}"'
    return f'"{sys.executable}" -m acupressure_desktop'


def set_autostart(enabled: bool, target: Path) -> str:
    """Add or remove the login entry at ``target``; returns a problem in plain words, or ""."""
    try:
        for earlier in EARLIER_APP_IDS:  # a version before the id changed left its entry here
            (target.parent / f"{earlier}.desktop").unlink(missing_ok=True)
        if not enabled:
            target.unlink(missing_ok=True)
            return ""
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            "[Desktop Entry]\nType=Application\n"
            f"Name={APP_NAME}\nComment=Reminders to practise acupressure\n"
            f"Exec={launch_command()}\nIcon={APP_ID}\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
            encoding="utf-8",
        )
    except OSError as error:
        return QCoreApplication.translate(
            "ReminderSettings", "The login entry could not be changed in {folder}: {reason}."
        ).format(folder=target.parent, reason=error.strerror or error)
    return ""
