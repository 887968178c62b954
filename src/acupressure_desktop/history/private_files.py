"""Keeping the database and its companion files readable by the user alone.

Notes are health information. SQLite creates ``-wal`` and ``-shm`` with the mode of the database
file, so the database is created private before SQLite ever opens it; files made by an earlier
version are tightened when opened.
"""

from __future__ import annotations

from pathlib import Path

from acupressure_desktop.private_files import create_private_file, private_folder, tighten

COMPANIONS = ("-wal", "-shm", "-journal")

__all__ = ["create_private_database", "private_folder", "tighten_database"]


def create_private_database(path: Path) -> bool:
    """An empty database file only the user can read, made before SQLite opens it; False if one exists."""
    return create_private_file(path)


def tighten_database(path: Path) -> None:
    """The database and its companion files: group and others taken off."""
    tighten(path)
    for suffix in COMPANIONS:
        tighten(path.with_name(path.name + suffix))
