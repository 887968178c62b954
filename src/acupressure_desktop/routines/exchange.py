"""Routines as files, to keep or share: a small versioned JSON document, checked in full on import."""

from __future__ import annotations

import json
from uuid import uuid4

from pydantic import ValidationError

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.routines.checks import routine_problems
from acupressure_desktop.routines.models import Routine, describe_error

FORMAT = "acupressure-desktop-routine"
VERSION = 1
MAX_BYTES = 100_000


class RoutineImportError(ValueError):
    """A routine file that cannot be used; the message says why in plain words."""


def routine_to_json(routine: Routine) -> str:
    body = routine.model_dump(mode="json", exclude={"id", "preset"})
    return json.dumps({"format": FORMAT, "version": VERSION, "routine": body}, indent=2, ensure_ascii=False)


def routine_from_json(data: bytes, catalog: Catalog) -> Routine:
    """A new routine (with its own id) from a file's bytes; ``RoutineImportError`` if anything is wrong."""
    if len(data) > MAX_BYTES:
        raise RoutineImportError("the file is far too large to be a routine")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise RoutineImportError("the file is not a routine saved by this app (it is not readable JSON)") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RoutineImportError("the file is not a routine saved by this app")
    if document.get("version") != VERSION:
        raise RoutineImportError(f"the file was saved by a newer version of the app (format {document.get('version')})")
    raw = document.get("routine")
    if not isinstance(raw, dict):
        raise RoutineImportError("the file holds no routine")
    try:
        routine = Routine.model_validate({**raw, "id": str(uuid4()), "preset": False})
    except ValidationError as error:
        raise RoutineImportError(describe_error(error)) from None
    problems = routine_problems(routine, catalog)
    if problems:
        raise RoutineImportError("; ".join(problems))
    return routine
