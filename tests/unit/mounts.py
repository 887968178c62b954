"""Small and read-only file systems for tests, where the system lets the test mount them (Linux, as root)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> str:
    """'' on success, else why not."""
    try:
        result = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)
    return "" if result.returncode == 0 else (result.stderr.strip() or f"mount exited {result.returncode}")


def _unmount(target: Path) -> None:
    # Lazy: a handle a failed test left open must not leave the mount behind.
    subprocess.run(["umount", "-l", str(target)], capture_output=True, timeout=30, check=False)


def _skip_unless_mountable() -> None:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a test file system needs Linux and root")


@contextlib.contextmanager
def small_disk(target: Path, size_kib: int) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` at ``target``; the test is skipped where mounting is not permitted."""
    _skip_unless_mountable()
    target.mkdir(parents=True, exist_ok=True)
    problem = _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(target))
    if problem:
        pytest.skip(f"cannot mount a small tmpfs here: {problem}")
    try:
        yield target
    finally:
        _unmount(target)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` bind-mounted read-only over itself: even root cannot write there (EROFS)."""
    _skip_unless_mountable()
    problem = _mount("--bind", str(folder), str(folder))
    if problem:
        pytest.skip(f"cannot bind-mount here: {problem}")
    try:
        problem = _mount("-o", "remount,ro,bind", str(folder))
        if problem:
            pytest.skip(f"cannot remount read-only here: {problem}")
        yield folder
    finally:
        _unmount(folder)


def free_bytes(folder: Path) -> int:
    status = os.statvfs(folder)
    return status.f_bavail * status.f_frsize


def leave_free(folder: Path, kib: int, name: str) -> Path:
    """Fill the file system at ``folder`` with the file ``name`` until about ``kib`` KiB are left."""
    filler = folder / name
    filler.write_bytes(b"\0" * max(0, free_bytes(folder) - kib * 1024))
    return filler
