"""Routines as files, to keep or share: a small versioned JSON document, checked in full on import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from uuid import uuid4

from pydantic import ValidationError

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.routines.checks import routine_problems
from acupressure_desktop.routines.models import Routine, describe_error
from acupressure_desktop.user_files import UnsuitableFileError, read_user_file

FORMAT = "acupressure-desktop-routine"
VERSION = 1
MAX_BYTES = 100 * 1024
MAX_MESSAGE = 200  # a hostile file can put a huge key or value into the reason; the dialog shows only the start


class RoutineImportError(ValueError):
    """A routine file that cannot be used; the message says why in plain words."""


def routine_to_json(routine: Routine) -> str:
    body = routine.model_dump(mode="json", exclude={"id", "preset"})
    return json.dumps({"format": FORMAT, "version": VERSION, "routine": body}, indent=2, ensure_ascii=False)


def read_routine_file(path: Path, catalog: Catalog) -> Routine:
    """A new routine from a file the user chose; ``RoutineImportError`` if it is not one, ``OSError`` if unreadable."""
    try:
        data = read_user_file(path, MAX_BYTES)
    except UnsuitableFileError as error:
        raise RoutineImportError(str(error)) from None
    return routine_from_json(data, catalog)


def routine_from_json(data: bytes, catalog: Catalog) -> Routine:
    """A new routine (with its own id) from a file's bytes; ``RoutineImportError`` if anything is wrong."""
    if len(data) > MAX_BYTES:
        raise RoutineImportError("the file is far too large to be a routine")
    document = _parse(data)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RoutineImportError("the file is not a routine saved by this app")
    version = document.get("version")
    if type(version) is not int or version != VERSION:
        if type(version) is int and version > VERSION:
            raise RoutineImportError(f"the file was saved by a newer version of the app (format {version})")
        raise RoutineImportError("the file is not a routine saved by this app (unknown format version)")
    raw = document.get("routine")
    if not isinstance(raw, dict):
        raise RoutineImportError("the file holds no routine")
    try:
        routine = Routine.model_validate({**raw, "id": str(uuid4()), "preset": False})
        problems = routine_problems(routine, catalog)
    except ValidationError as error:
        raise RoutineImportError(_shortened(describe_error(error))) from None
    except (RecursionError, MemoryError):
        raise RoutineImportError("the routine in the file is nested far too deeply") from None
    if problems:
        raise RoutineImportError(_shortened("; ".join(problems)))
    return routine


def _parse(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (RecursionError, MemoryError):
        raise RoutineImportError("the file is nested far too deeply to be a routine") from None
    except ValueError:
        # Bad UTF-8, bad JSON, or a number longer than Python agrees to read.
        raise RoutineImportError("the file is not a routine saved by this app (it is not readable JSON)") from None


def _shortened(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"
