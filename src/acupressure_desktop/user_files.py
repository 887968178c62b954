"""Reading files the user chose or can edit, without trusting what they turn out to be.

A path the user picks may name a pipe that never answers, a device that never ends, a folder, or a
file far larger than it should be. ``read_user_file`` returns the bytes of an ordinary file of a
bounded size and refuses everything else with ``UnsuitableFileError``, before reading much of it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

CHUNK_BYTES = 1024 * 1024
# Opening a pipe for reading waits for a writer unless it is non-blocking; O_BINARY matters on
# Windows only, where a plain open would translate line ends and stop at Ctrl-Z.
_NONBLOCK: int = getattr(os, "O_NONBLOCK", 0)
_OPEN_FLAGS: int = os.O_RDONLY | _NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class UnsuitableFileError(ValueError):
    """The path names something that is not a file to read, or a file too large; the message says which."""


def read_user_file(path: Path, max_bytes: int) -> bytes:
    """The whole content of the regular file at ``path``, which must hold at most ``max_bytes``.

    Raises ``UnsuitableFileError`` for anything that is not a regular file (after following
    symlinks) and for a file larger than ``max_bytes``, whatever size it claims; ``OSError`` when
    the system cannot open it (missing, no permission).
    """
    # Looked at before opening: opening some devices already does something (a terminal, a tape).
    if not stat.S_ISREG(path.stat().st_mode):
        raise UnsuitableFileError(_not_regular(path))
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        # Looked at again on what was opened: the path may have been swapped in between.
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise UnsuitableFileError(_not_regular(path))
        if status.st_size > max_bytes:
            raise UnsuitableFileError(_too_large(path, max_bytes))
        if _NONBLOCK:
            os.set_blocking(descriptor, True)
        # The reported size is not trusted (files in /proc report 0, others grow): stop one byte past the limit.
        data = _read_at_most(descriptor, max_bytes + 1)
    finally:
        os.close(descriptor)
    if len(data) > max_bytes:
        raise UnsuitableFileError(_too_large(path, max_bytes))
    return data


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = os.read(descriptor, min(remaining, CHUNK_BYTES))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _not_regular(path: Path) -> str:
    return f"{path.name or path} is not a regular file"


def _too_large(path: Path, max_bytes: int) -> str:
    return f"{path.name or path} is larger than {size_text(max_bytes)}"


def size_text(size: int) -> str:
    """A byte count as people say it: "64 KB", "20 MB"."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.3g} MB"
    if size >= 1024:
        return f"{size / 1024:.3g} KB"
    return f"{size} bytes"
