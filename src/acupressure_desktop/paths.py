"""The one place that knows where user data, settings, logs and the login entry live."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from acupressure_desktop import APP_ID
from acupressure_desktop.private_files import private_folder

_FOLDER = "acupressure-desktop"


@dataclass(frozen=True)
class AppPaths:
    """Folders the app writes to. Built once at start-up and passed to whoever needs it."""

    data_dir: Path
    config_dir: Path
    log_dir: Path
    autostart_file: Path
    # What the app can rebuild from its own files (the checked catalog): losing it costs only time.
    cache_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @classmethod
    def for_user(cls) -> AppPaths:
        """The platform's usual per-user folders, as platformdirs knows them (XDG on Linux,
        AppData on Windows, Application Support and Logs on macOS).

        ``ACUPRESSURE_DESKTOP_HOME`` puts everything under one folder, for portable use and tests.
        """
        override = os.environ.get("ACUPRESSURE_DESKTOP_HOME")
        if override:
            return cls.under(Path(override))
        return cls(
            data_dir=platformdirs.user_data_path(_FOLDER, appauthor=False),
            config_dir=platformdirs.user_config_path(_FOLDER, appauthor=False),
            # Logs are state, not data: kept apart so a backup of the data skips them.
            log_dir=platformdirs.user_log_path(_FOLDER, appauthor=False),
            # Where XDG desktops look for programs to start at login.
            autostart_file=platformdirs.user_config_path() / "autostart" / f"{APP_ID}.desktop",
            cache_dir=platformdirs.user_cache_path(_FOLDER, appauthor=False),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """Everything in one folder (portable use, the self-test, tests), the login entry included."""
        # Absolute, so a relative folder means the same wherever the app later looks from.
        root = root.expanduser().absolute()
        return cls(
            data_dir=root / "data",
            config_dir=root / "config",
            log_dir=root / "logs",
            autostart_file=root / "autostart" / f"{APP_ID}.desktop",
            cache_dir=root / "cache",
        )

    def ensure(self) -> None:
        """Create the folders, private to the user; folders made by older versions are tightened."""
        for folder in (self.data_dir, self.config_dir):
            private_folder(folder)
