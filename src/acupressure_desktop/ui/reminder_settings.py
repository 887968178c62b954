"""Reminder preferences kept in the settings file, read defensively, and the login autostart entry."""

from __future__ import annotations

import os
import sys
from datetime import time
from pathlib import Path

from PySide6.QtCore import QSettings

from acupressure_desktop import APP_ID, APP_NAME
from acupressure_desktop.practice.reminders import DEFAULT_TIMES, MAX_TIMES

ENABLED_KEY = "reminders/enabled"
TIMES_KEY = "reminders/times"
TRAY_TOLD_KEY = "reminders/told_about_tray"


def reminders_enabled(settings: QSettings) -> bool:
    return str(settings.value(ENABLED_KEY, "true")).lower() in ("true", "1")


def reminder_times(settings: QSettings) -> tuple[time, ...]:
    """Up to three "HH:MM" times; anything unreadable falls back to the defaults."""
    raw = settings.value(TIMES_KEY, "")
    texts = raw if isinstance(raw, list) else str(raw).split(",")
    found: list[time] = []
    for text in texts:
        try:
            found.append(time.fromisoformat(str(text).strip()))
        except ValueError:
            continue
    return tuple(sorted(set(found)))[:MAX_TIMES] or DEFAULT_TIMES


def store_reminder_times(settings: QSettings, times: tuple[time, ...]) -> None:
    settings.setValue(TIMES_KEY, ",".join(t.strftime("%H:%M") for t in sorted(set(times))[:MAX_TIMES]))


def autostart_file(environ: dict[str, str] | None = None) -> Path:
    """Where the desktop looks for programs to start at login (XDG autostart)."""
    env = dict(os.environ) if environ is None else environ
    config = Path(env.get("XDG_CONFIG_HOME") or Path(env.get("HOME") or Path.home()) / ".config")
    return config / "autostart" / f"{APP_ID}.desktop"


def launch_command() -> str:
    """How to start this same installation again."""
    if getattr(sys, "frozen", False):
        return f'"{sys.executable}"'
    return f'"{sys.executable}" -m acupressure_desktop'


def set_autostart(enabled: bool, path: Path | None = None) -> str:
    """Add or remove the login entry; returns a problem in plain words, or ""."""
    target = path or autostart_file()
    try:
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
        return f"The login entry could not be changed in {target.parent}: {error.strerror or error}."
    return ""
