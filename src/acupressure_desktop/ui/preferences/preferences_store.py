"""The typed preferences, kept in the settings file through QSettings."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, Signal

from acupressure_desktop.preferences import SETTINGS_KEYS, Preferences, from_stored, to_stored
from acupressure_desktop.private_files import tighten, write_private_bytes
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.user_files import UnsuitableFileError, read_user_file

# A settings file is a few kilobytes; one this large was not written by the app.
MAX_SETTINGS_BYTES = 256 * 1024
# Values the app writes are text or @ByteArray. Qt reads @Variant(...) as serialized Qt data, and a
# forged one (a list claiming billions of items) aborts the whole process inside Qt.
_FOREIGN_VALUE = re.compile(rb"^[^=\n]*=[ \t]*@(?!ByteArray\()", re.MULTILINE)

# The store is read before the interface's language is known (the language is one of its
# settings), so its problems are kept as source texts and translated when shown.
_CONTEXT = "PreferencesStore"
NOT_SAVED = QT_TRANSLATE_NOOP(
    "PreferencesStore", "Your settings cannot be saved in {folder}. They apply until you close the app."
)
UNUSABLE = QT_TRANSLATE_NOOP(
    "PreferencesStore", "Your settings file cannot be used, so the defaults apply until you close the app."
)
SOME_RESET = QT_TRANSLATE_NOOP(
    "PreferencesStore", "Some of your settings could not be read and are back to their defaults."
)
SOME_RESET_KEPT = QT_TRANSLATE_NOOP(
    "PreferencesStore",
    "Some of your settings could not be read and are back to their defaults (the old file was kept as {name}).",
)
DAMAGED = QT_TRANSLATE_NOOP("PreferencesStore", "Your settings file was damaged, so the defaults are used.")
DAMAGED_KEPT = QT_TRANSLATE_NOOP(
    "PreferencesStore", "Your settings file was damaged, so the defaults are used (the old file was kept as {name})."
)


class PreferencesStore(QObject):
    """Reads the settings file once, hands out ``Preferences`` and writes changes back.

    A damaged file or unusable values never stop the app: the file is copied aside with a
    timestamp (nothing is lost), the defaults are used for what could not be read, and
    ``problem`` says so once, in plain words.
    """

    changed = Signal(object)  # the new Preferences

    def __init__(self, file: Path, logger: logging.Logger, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.file = file
        self._logger = logger
        self._problem = ""
        self._problem_values: dict[str, str] = {}
        # Looked at before Qt opens it: Qt would wait forever on a pipe and abort on forged values.
        self._screen()
        self._settings = QSettings(str(file), QSettings.Format.IniFormat, self)
        self._current = self._read()

    @property
    def problem(self) -> str:
        """What went wrong with the settings file, in the interface's language; "" if nothing."""
        if not self._problem:
            return ""
        return QCoreApplication.translate(_CONTEXT, self._problem).format(**self._problem_values)

    @property
    def current(self) -> Preferences:
        return self._current

    def update(self, **changes: Any) -> Preferences:
        """Change some preferences, remember them and tell the subscribers.

        Raises ``pydantic.ValidationError`` for a value the model refuses: widgets offer only
        valid choices, so that is a mistake in the code, not in the user's input.
        """
        fresh = Preferences.model_validate(self._current.model_dump() | changes)
        if fresh == self._current:
            return fresh
        self._current = fresh
        for key, value in to_stored(fresh, set(changes)).items():
            self._settings.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)
        self.sync()
        self.changed.emit(fresh)
        return fresh

    def sync(self) -> bool:
        """Write pending changes to disk; False (and ``problem``) when the file cannot be written."""
        self._settings.sync()
        tighten(self.file)  # QSettings creates it readable by everyone; later saves keep the mode
        if self._settings.status() == QSettings.Status.AccessError:
            self._problem, self._problem_values = NOT_SAVED, {"folder": str(self.file.parent)}
            self._logger.warning("Settings could not be written to %s", self.file)
            return False
        return True

    def _screen(self) -> None:
        try:
            raw = read_user_file(self.file, MAX_SETTINGS_BYTES)
        except FileNotFoundError:
            return
        except UnsuitableFileError as error:
            self._set_aside(str(error))
            return
        except OSError as error:
            self._logger.warning("The settings file could not be read: %s", error)
            return
        if _FOREIGN_VALUE.search(raw):
            kept = self._keep_copy()
            screened = _FOREIGN_VALUE.sub(b"", raw)
            try:
                write_private_bytes(self.file, screened)
            except OSError:
                self._set_aside("values the app never writes")
                return
            self._logger.warning("Removed values the app never writes from the settings; kept as %s", kept)
            self._tell(SOME_RESET, SOME_RESET_KEPT, kept)

    def _set_aside(self, reason: str) -> None:
        target = _free_name(self.file)
        try:
            self.file.rename(target)
        except OSError as error:
            self._logger.warning("Unusable settings file (%s) could not be moved aside: %s", reason, error)
            self._problem, self._problem_values = UNUSABLE, {}
            return
        self._logger.warning("Unusable settings file (%s) moved aside as %s", reason, target)
        self._tell(DAMAGED, DAMAGED_KEPT, target)

    def _read(self) -> Preferences:
        if self._settings.status() == QSettings.Status.FormatError or self._unreadable():
            kept = self._keep_copy()
            self._logger.warning("The settings file could not be read; kept as %s", kept)
            self._settings.clear()
            self._tell(DAMAGED, DAMAGED_KEPT, kept)
            return Preferences()
        stored = {
            key: _plain(self._settings.value(key)) for key in SETTINGS_KEYS.values() if self._settings.contains(key)
        }
        preferences, rejected = from_stored(stored)
        if rejected:
            kept = self._keep_copy()
            self._logger.warning("Unusable settings replaced by their defaults: %s", ", ".join(rejected))
            for key in rejected:
                self._settings.remove(key)
            self.sync()
            self._tell(SOME_RESET, SOME_RESET_KEPT, kept)
        return preferences

    def _tell(self, summary: str, summary_kept: str, kept: Path | None) -> None:
        # Once per run: the first problem names the copy that holds the file as it was.
        if not self._problem:
            self._problem = summary_kept if kept else summary
            self._problem_values = {"name": kept.name} if kept else {}

    def _unreadable(self) -> bool:
        """A file with content but not one setting Qt could read (binary junk, another format)."""
        try:
            return self.file.stat().st_size > 0 and not self._settings.allKeys()
        except OSError:
            return False

    def _keep_copy(self) -> Path | None:
        if self.problem:
            return None  # this run already kept the file as it was
        target = _free_name(self.file)
        try:
            write_private_bytes(target, read_user_file(self.file, MAX_SETTINGS_BYTES))
        except (OSError, UnsuitableFileError):
            return None
        return target


def _free_name(file: Path) -> Path:
    stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
    target = file.with_name(f"{file.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        target = file.with_name(f"{file.name}.damaged-{stamp}-{counter}")
        counter += 1
    return target


def _plain(value: object) -> object:
    """QSettings' values as plain Python: bytes for blobs, text for the rest."""
    if isinstance(value, QByteArray):
        return bytes(value.data())
    if isinstance(value, list):
        # An unquoted "a,b" in a hand-edited file reads back as a list.
        return ",".join(str(item) for item in value)
    if isinstance(value, bool | int | float | bytes):
        return value
    return str(value)
