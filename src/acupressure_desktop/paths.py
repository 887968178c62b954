"""The one place that knows where user data, settings and logs live."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from acupressure_desktop.private_files import private_folder

_FOLDER = "acupressure-desktop"


@dataclass(frozen=True)
class AppPaths:
    """Folders the app writes to. Built once at start-up and passed to whoever needs it."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @classmethod
    def for_user(cls, environ: dict[str, str] | None = None) -> AppPaths:
        """The platform's usual per-user folders (XDG on Linux, AppData on Windows, Library on macOS).

        ``ACUPRESSURE_DESKTOP_HOME`` puts everything under one folder, for portable use and tests.
        """
        env = dict(os.environ) if environ is None else environ
        override = env.get("ACUPRESSURE_DESKTOP_HOME")
        if override:
            # Absolute, so a relative folder means the same wherever the app later looks from.
            root = Path(override).expanduser().absolute()
            return cls(data_dir=root / "data", config_dir=root / "config", log_dir=root / "logs")
        home = Path(env.get("HOME") or Path.home())
        if sys.platform == "win32":
            appdata = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
            local = Path(env.get("LOCALAPPDATA") or home / "AppData" / "Local")
            return cls(data_dir=local / _FOLDER, config_dir=appdata / _FOLDER, log_dir=local / _FOLDER / "logs")
        if sys.platform == "darwin":
            support = home / "Library" / "Application Support" / _FOLDER
            return cls(
                data_dir=support,
                config_dir=home / "Library" / "Preferences" / _FOLDER,
                log_dir=home / "Library" / "Logs" / _FOLDER,
            )
        data = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
        config = Path(env.get("XDG_CONFIG_HOME") or home / ".config")
        # Logs are state, not data: XDG keeps them apart so a backup of the data skips them.
        state = Path(env.get("XDG_STATE_HOME") or home / ".local" / "state")
        return cls(data_dir=data / _FOLDER, config_dir=config / _FOLDER, log_dir=state / _FOLDER / "logs")

    def ensure(self) -> None:
        """Create the folders, private to the user; folders made by older versions are tightened."""
        for folder in (self.data_dir, self.config_dir):
            private_folder(folder)
