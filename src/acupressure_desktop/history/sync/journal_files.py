"""Journals in the shared folder: one folder per device, one file per day, appended line by line.

Sync tools copy files while they are being written, cut them short, and keep "conflict" copies
beside them. So a reader ignores a last line without its newline (it is still being written),
reads conflict copies like any other file (a change read twice changes nothing), skips a file of
a newer format with one notice, and refuses a file that is not a journal, naming it. A writer
only ever appends whole lines to its own files.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from acupressure_desktop.history.sync.clock import Stamp
from acupressure_desktop.history.sync.journal import (
    JOURNAL_FORMAT,
    AnyEntry,
    DeviceNameEntry,
    JournalHeader,
    entry_from_json,
    entry_to_json,
)
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP, Text

# The app's own folder inside the one the user syncs, so it can share it with other things.
FOLDER_NAME = "acupressure-desktop-sync"
SUFFIX = ".jsonl"
# A day of practice is a few kilobytes; files or lines far larger were not written by the app.
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024


@dataclass(frozen=True)
class DeviceSeen:
    """A device that writes to the folder: its name and the newest change read from it."""

    device: str
    name: str
    last_stamp: Stamp | None


@dataclass
class JournalRead:
    """Everything read from the other devices' journals, and what could not be used."""

    entries: list[tuple[str, AnyEntry]] = field(default_factory=list)
    devices: dict[str, DeviceSeen] = field(default_factory=dict)
    refused: list[Text] = field(default_factory=list)  # files that are not journals, by name
    newer: list[str] = field(default_factory=list)  # files of a newer app, by name


def journal_folder(root: Path) -> Path:
    return root / FOLDER_NAME


def device_folder(root: Path, device: str) -> Path:
    return journal_folder(root) / device


def append(root: Path, header: JournalHeader, entries: Sequence[AnyEntry], day: date) -> Path:
    """Add ``entries`` to this device's journal of ``day``; raises ``OSError`` if it cannot.

    A line cut short by an earlier crash is dropped first, so what follows it stays readable.
    The shared folder itself is never created: where it is missing (a stick not plugged in, a
    share not mounted) a folder made in its place would hide the real one when it comes back.
    """
    if not root.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(root))
    folder = device_folder(root, header.device)
    journal_folder(root).mkdir(exist_ok=True, mode=0o700)
    folder.mkdir(exist_ok=True, mode=0o700)
    path = folder / f"{day.isoformat()}{SUFFIX}"
    lines = [entry_to_json(e) + "\n" for e in entries]
    # Readable by the user alone, like the history itself: it holds the same health details.
    handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(handle, "a+b") as file:
        _drop_cut_line(file)
        if file.tell() == 0:
            lines.insert(0, header.model_dump_json() + "\n")
        file.write("".join(lines).encode("utf-8"))
        file.flush()
        os.fsync(file.fileno())
    return path


def _drop_cut_line(file: BinaryIO) -> None:
    end = file.seek(0, os.SEEK_END)
    if end == 0:
        return
    file.seek(max(0, end - MAX_LINE_BYTES))
    tail = file.read()
    if tail.endswith(b"\n"):
        return
    cut = tail.rfind(b"\n")
    keep = end - len(tail) + cut + 1 if cut >= 0 else 0
    file.truncate(keep)
    file.seek(keep)


@dataclass
class FolderRead:
    """Every journal in the folder: the others', this device's own, and the changes in files that
    are new or grew since the reader last looked (all of them on its first look)."""

    others: JournalRead
    own: list[AnyEntry]
    fresh: list[AnyEntry]


class JournalReader:
    """Reads the journals, parsing again only the files that changed since its last read.

    Journals only grow, a day at a time, so after the first read a merge parses a file or two.
    """

    def __init__(self) -> None:
        self._files: dict[str, tuple[tuple[int, int], JournalRead]] = {}
        self._newest: dict[str, str] = {}

    def read(self, root: Path, own_device: str) -> FolderRead:
        others, own_read = JournalRead(), JournalRead()
        fresh: list[AnyEntry] = []
        seen: dict[str, tuple[tuple[int, int], JournalRead]] = {}
        self._newest = {}
        for device, path, signature in _journal_files(root):
            self._newest[device] = path  # in name order, so the last is the newest day
            cached = self._files.get(path)
            if cached is not None and cached[0] == signature:
                part = cached[1]
            else:
                part = JournalRead()
                _read_file(Path(path), device, part)
                fresh.extend(entry for _device, entry in part.entries)
            seen[path] = (signature, part)
            _combine(own_read if device == own_device else others, part)
        self._files = seen
        return FolderRead(others, [entry for _device, entry in own_read.entries], fresh)

    def newest(self, except_device: str) -> list[str]:
        """The newest journal of each device but ``except_device``, as of the last read."""
        return [path for device, path in self._newest.items() if device != except_device]


def _journal_files(root: Path) -> list[tuple[str, str, tuple[int, int]]]:
    """Every journal by device, in name order, with its size and time."""
    found: list[tuple[str, str, tuple[int, int]]] = []
    for device, files in _listing(root):
        for entry in files:
            try:
                info = entry.stat()
            except OSError:
                continue  # gone while the sync tool works on it: read next time
            found.append((device, entry.path, (info.st_size, info.st_mtime_ns)))
    return found


def _listing(root: Path) -> list[tuple[str, list[os.DirEntry[str]]]]:
    """Each device's journals, in name order (so by day).

    Plain names and ``os.scandir``: a folder holds a file for each day of years of practice, and
    this runs at every merge.
    """
    found: list[tuple[str, list[os.DirEntry[str]]]] = []
    try:
        with os.scandir(journal_folder(root)) as entries:
            devices = sorted((e.name, e.path) for e in entries if e.is_dir() and not e.name.startswith("."))
        for device, device_path in devices:
            with os.scandir(device_path) as entries:
                # Hidden names are the sync tools' files in progress, never a journal.
                files = [e for e in entries if e.name.endswith(SUFFIX) and not e.name.startswith(".")]
            found.append((device, sorted(files, key=lambda e: e.name)))
    except OSError:
        return found  # no folder yet, or not readable: as far as it could be read
    return found


def _combine(into: JournalRead, part: JournalRead) -> None:
    into.entries.extend(part.entries)
    into.refused.extend(part.refused)
    into.newer.extend(part.newer)
    for device, seen in part.devices.items():
        known = into.devices.get(device)
        # The newest change names the device: a later file may carry a new name.
        if known is None or (
            seen.last_stamp is not None and (known.last_stamp is None or seen.last_stamp > known.last_stamp)
        ):
            into.devices[device] = seen


def _read_file(path: Path, device: str, read: JournalRead) -> None:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            read.refused.append(_refused(path, QT_TRANSLATE_NOOP("SyncNotice", "it is far too large")))
            return
        data = path.read_bytes()
    except OSError:
        return  # gone or busy while the sync tool works on it: read next time
    lines = data.split(b"\n")
    complete = lines[:-1]  # what follows the last newline is still being written
    if not complete:
        return
    try:
        header = JournalHeader.model_validate_json(complete[0])
    except (ValidationError, ValueError):
        if b'"format"' in complete[0] and _newer_format(complete[0]):
            read.newer.append(path.name)
        else:
            no_header = QT_TRANSLATE_NOOP("SyncNotice", "it does not start like a journal")
            read.refused.append(_refused(path, no_header))
        return
    if header.format > JOURNAL_FORMAT:
        read.newer.append(path.name)
        return
    if header.device != device:
        read.refused.append(_refused(path, QT_TRANSLATE_NOOP("SyncNotice", "it is in another device's folder")))
        return
    entries = _entries(complete[1:])
    if entries is None:
        not_ours = QT_TRANSLATE_NOOP("SyncNotice", "a line of it is not a change the app writes")
        read.refused.append(_refused(path, not_ours))
        return
    read.entries.extend((device, entry) for entry in entries)
    newest = max((e.stamp for e in entries), default=None)
    known = read.devices.get(device)
    last = known.last_stamp if known is not None else None
    named = max((e for e in entries if isinstance(e, DeviceNameEntry)), key=lambda e: e.stamp.key(), default=None)
    name = named.name if named is not None else header.device_name
    if known is not None and (newest is None or (last is not None and newest < last)):
        name = known.name  # a file read earlier holds newer changes, so a newer name
    if newest is not None and (last is None or newest > last):
        last = newest
    read.devices[device] = DeviceSeen(device, name, last)


def _entries(lines: Iterable[bytes]) -> list[AnyEntry] | None:
    found = []
    for line in lines:
        if not line.strip():
            continue
        if len(line) > MAX_LINE_BYTES:
            return None
        try:
            found.append(entry_from_json(line.decode("utf-8")))
        except (ValidationError, ValueError):
            return None
    return found


def _newer_format(line: bytes) -> bool:
    import json  # noqa: PLC0415 - only for the rare header this version cannot read

    try:
        value = json.loads(line)
    except ValueError:
        return False
    return isinstance(value, dict) and isinstance(value.get("format"), int) and value["format"] > JOURNAL_FORMAT


def _refused(path: Path, why: Text) -> Text:
    notice = QT_TRANSLATE_NOOP("SyncNotice", "{file} in the sync folder was not read: {why}.")
    return notice.filled(file=f"{path.parent.name}/{path.name}", why=why)
