"""Reads and writes the safety profile as a small JSON file, never losing what the user said."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from acupressure_desktop.safety.profile import SafetyProfile
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.user_files import UnsuitableFileError, read_user_file

FILE_NAME = "safety.json"
MAX_BYTES = 64 * 1024


class SafetyProfileStore:
    """The profile file in the settings folder. Problems become ``notice`` text, never exceptions."""

    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / FILE_NAME
        self.notice = ""

    def load(self) -> SafetyProfile:
        """The saved profile; a fresh one if there is none or it cannot be used (``notice`` says why).

        Anything that is not a small profile (a folder, a pipe, a huge or deeply nested file, bad
        text) is moved aside under a dated name, never deleted, so the user's answers can be found.
        """
        try:
            raw = read_user_file(self.path, MAX_BYTES)
        except FileNotFoundError:
            return SafetyProfile()
        except UnsuitableFileError:
            return self._damaged()
        except OSError as error:
            self.notice = QT_TRANSLATE_NOOP(
                "SafetyNotice", "Your safety answers could not be read ({reason}); please check them."
            ).filled(reason=error.strerror or error)
            return SafetyProfile()
        try:
            return SafetyProfile.model_validate(json.loads(raw.decode("utf-8")))
        except (ValueError, ValidationError, RecursionError, MemoryError):
            # ValueError also stands for bad UTF-8, bad JSON and numbers past Python's digit limit.
            return self._damaged()

    def save(self, profile: SafetyProfile) -> bool:
        """Write atomically with private permissions; False (and ``notice``) if it could not be saved."""
        data = profile.model_dump(mode="json")
        data["conditions"] = sorted(data["conditions"])
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, name = tempfile.mkstemp(dir=self.path.parent, prefix=".safety-", suffix=".tmp")
            temporary = Path(name)
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as file:
                    json.dump(data, file, indent=2)
                    file.flush()
                    os.fsync(file.fileno())
                temporary.chmod(0o600)
                temporary.replace(self.path)  # atomic: a crash leaves the old answers or the new ones
            finally:
                temporary.unlink(missing_ok=True)
        except OSError as error:
            self.notice = QT_TRANSLATE_NOOP(
                "SafetyNotice",
                "Your safety answers could not be saved in {folder} ({reason}). They apply until you close the app.",
            ).filled(folder=self.path.parent, reason=error.strerror or error)
            return False
        self.notice = ""
        return True

    def _damaged(self) -> SafetyProfile:
        kept = self._move_aside()
        if kept is None:
            self.notice = QT_TRANSLATE_NOOP(
                "SafetyNotice", "Your saved safety answers were damaged, so the safety screen asks again."
            )
        else:
            self.notice = QT_TRANSLATE_NOOP(
                "SafetyNotice",
                "Your saved safety answers were damaged, so the safety screen asks again. "
                "The old file was kept as {name}.",
            ).filled(name=kept.name)
        return SafetyProfile()

    def _move_aside(self) -> Path | None:
        stamp = f"{FILE_NAME}.damaged-{datetime.now():%Y%m%d-%H%M%S}"
        target = self.path.with_name(stamp)
        counter = 1
        while target.exists() or target.is_symlink():  # two damaged files in one second both stay
            target = self.path.with_name(f"{stamp}-{counter}")
            counter += 1
        try:
            self.path.rename(target)
        except OSError:
            return None
        return target
