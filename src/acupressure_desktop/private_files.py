"""Files that hold the user's health data are readable by the user alone, from the first byte."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def private_folder(folder: Path) -> None:
    """Create one of the app's own folders for the user alone, or take group and others off one made earlier."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    tighten(folder)


def create_private_file(path: Path) -> bool:
    """An empty file only the user can read, made before another library opens it; False if one exists."""
    try:
        descriptor = os.open(path, _CREATE_NEW, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(descriptor)
    # The umask may have taken more than group and others away; the owner must still write it.
    with contextlib.suppress(OSError):
        path.chmod(PRIVATE_FILE)
    return True


def write_private_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` (UTF-8) in one step, readable by the user alone."""
    write_private_bytes(path, text.encode("utf-8"))


def write_private_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, readable by the user alone.

    A crash or a full disk leaves the old file or the new one, never half of one. Raises
    ``OSError`` when the file cannot be written.
    """
    # mkstemp creates the file 0600, so not even a partial copy is ever readable by others.
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".partial")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)


def open_private_append(path: Path) -> int:
    """A descriptor for appending to ``path``, created 0600, and tightened if an older version left it open."""
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE_FILE)
    tighten(path)
    return descriptor


def tighten(path: Path) -> None:
    """Take group and other permissions off a file or folder the user owns; a read-only one stays read-only."""
    try:
        status = path.stat()
    except OSError:
        return
    if hasattr(os, "getuid") and status.st_uid != os.getuid():
        return  # someone else's file in a shared folder: not ours to change
    mode = stat.S_IMODE(status.st_mode)
    if mode & 0o077:
        with contextlib.suppress(OSError):
            path.chmod(mode & ~0o077)
