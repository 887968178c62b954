"""Export the history as CSV or versioned JSON, and import JSON all-or-nothing."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from fsrs import Card
from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError, field_validator

from acupressure_desktop.history.quiz_cards import QuizCardRepository
from acupressure_desktop.history.records import ImportedSession, Moment, SessionRecord
from acupressure_desktop.history.sessions import SessionRepository
from acupressure_desktop.learning.reviews import ReviewRecord
from acupressure_desktop.user_files import UnsuitableFileError, read_user_file

FORMAT_NAME = "acupressure-desktop-history"
SCHEMA_VERSION = 2  # 2 added the quiz's cards and answers; version 1 files still import
READABLE_VERSIONS = (1, 2)
# A year of practice three times a day is well under a megabyte; anything past this is not ours.
MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_SESSIONS = 200_000
MAX_QUIZ_REVIEWS = 500_000
CSV_COLUMNS = (
    "id",
    "started_at",
    "ended_at",
    "point_code",
    "protocol",
    "sides",
    "status",
    "pressing_seconds",
    "purpose",
    "before_rating",
    "after_rating",
    "note",
)


class QuizCardData(BaseModel):
    """One quiz card as exported: its key, its FSRS schedule, and when it was first answered."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    key: str = Field(pattern=r"^(locate|recognise|use):([A-Z]{2}\d{1,2}|EX-[A-Z]{1,2}\d{1,2})$")
    card: dict[str, Any]
    first_review: AwareDatetime

    @field_validator("card")
    @classmethod
    def _a_schedule(cls, value: dict[str, Any]) -> dict[str, Any]:
        try:
            Card.from_dict(value)  # type: ignore[arg-type]
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"not a review schedule ({error.__class__.__name__})") from error
        return value


class QuizData(BaseModel):
    """The quiz in an export: every card's schedule and every answer given."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    cards: list[QuizCardData] = Field(default_factory=list, max_length=MAX_SESSIONS)
    reviews: list[ReviewRecord] = Field(default_factory=list, max_length=MAX_QUIZ_REVIEWS)


class HistoryExport(BaseModel):
    """The JSON file: a header that says what it is, the sessions, and the quiz."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    format: Literal["acupressure-desktop-history"] = "acupressure-desktop-history"
    schema_version: Literal[2] = 2
    exported_at: AwareDatetime
    sessions: list[SessionRecord] = Field(max_length=MAX_SESSIONS)
    quiz: QuizData | None = None


@dataclass(frozen=True)
class ParsedExport:
    """An export read and checked in full: its sessions, and its quiz if it has one."""

    sessions: list[SessionRecord]
    quiz: QuizData | None


class HistoryImportError(ValueError):
    """The file cannot be imported; ``problems`` lists each one with its record and field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = "\n".join(f"  - {p}" for p in problems[:25])
        more = f"\n  ... and {len(problems) - 25} more" if len(problems) > 25 else ""
        super().__init__(f"The file cannot be imported ({len(problems)} problem(s)):\n{shown}{more}")


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int
    # Of those added, how many the file had as still running and were added as interrupted.
    interrupted: int = 0
    quiz_cards: int = 0  # quiz cards new to this history, added with their answers


def import_bytes(sessions: SessionRepository, raw: bytes, quiz: QuizCardRepository | None = None) -> ImportResult:
    """Validate the whole file first, then add its new sessions in one transaction (and its quiz)."""
    return _add(sessions, parse_export(raw), quiz)


def import_file(sessions: SessionRepository, path: Path, quiz: QuizCardRepository | None = None) -> ImportResult:
    return _add(sessions, read_export(path), quiz)


def export_json(records: Iterable[SessionRecord], exported_at: datetime, quiz: QuizData | None = None) -> str:
    document = HistoryExport(exported_at=exported_at, sessions=list(records), quiz=quiz)
    return document.model_dump_json(indent=2, exclude_none=True)


def quiz_export(quiz: QuizCardRepository) -> QuizData:
    """The whole quiz, as an export carries it."""
    cards, reviews = quiz.everything()
    return QuizData(
        cards=[QuizCardData(key=key, card=card.to_dict(), first_review=first) for key, card, first in cards],
        reviews=reviews,
    )


def export_csv(records: Iterable[SessionRecord]) -> str:
    """A spreadsheet-friendly table; the note and times as the user sees them."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in records:
        writer.writerow(
            [
                str(r.id),
                r.started_at.isoformat(),
                r.ended_at.isoformat() if r.ended_at else "",
                r.point_code,
                r.protocol.title,
                " ".join(r.sides),
                r.status.value,
                round(r.pressing_s, 1),
                r.purpose or "",
                "" if r.before_rating is None else r.before_rating,
                "" if r.after_rating is None else r.after_rating,
                _defuse(r.note),
            ]
        )
    return out.getvalue()


def _defuse(text: str) -> str:
    """Keep spreadsheets from running a note that starts like a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def read_import(path: Path) -> list[SessionRecord]:
    """Read and validate a JSON export completely; its sessions. ``HistoryImportError`` lists every problem."""
    return read_export(path).sessions


def read_export(path: Path) -> ParsedExport:
    """Read and validate a JSON export completely; raise ``HistoryImportError`` listing every problem."""
    try:
        raw = read_user_file(path, MAX_IMPORT_BYTES)
    except UnsuitableFileError as error:
        raise HistoryImportError([str(error)]) from error
    except OSError as error:
        raise HistoryImportError([f"the file cannot be read ({error.strerror or error})"]) from error
    return parse_export(raw)


def parse_import(raw: bytes) -> list[SessionRecord]:
    """The sessions of an export, validated with the rest of it."""
    return parse_export(raw).sessions


def parse_export(raw: bytes) -> ParsedExport:
    """Validate an export completely; raise ``HistoryImportError`` listing every problem.

    Every session must carry its id and valid times; one still running is returned as interrupted.
    """
    if len(raw) > MAX_IMPORT_BYTES:
        raise HistoryImportError(["the file is larger than 20 MB; an export is never that large"])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise HistoryImportError([f"the file is not UTF-8 text (bad byte at position {error.start})"]) from error
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise HistoryImportError(
            [f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"]
        ) from error
    except RecursionError as error:
        raise HistoryImportError(["the file is nested far too deeply to be a history export"]) from error
    except ValueError as error:
        # Python refuses integers of thousands of digits; no export holds one.
        raise HistoryImportError(["the file holds a number far too long to be part of a history export"]) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise HistoryImportError(["this is not an Acupressure Desktop history export"])
    version = data.get("schema_version")
    if version not in READABLE_VERSIONS:
        raise HistoryImportError(
            [f"the export's format version is {version!r}; this app reads versions 1 to {SCHEMA_VERSION}"]
        )
    try:
        document = HistoryImport.model_validate(data)
    except ValidationError as error:
        raise HistoryImportError([_describe(e, data) for e in error.errors(include_url=False)]) from error
    except RecursionError as error:
        raise HistoryImportError(["the file is nested far too deeply to be a history export"]) from error
    ids = [r.id for r in document.sessions]
    if len(set(ids)) != len(ids):
        raise HistoryImportError(["the same session id appears more than once in the file"])
    sessions: list[SessionRecord] = [*document.sessions]
    return ParsedExport(sessions, document.quiz)


class HistoryImport(BaseModel):
    """The JSON file as read: the export's header, and sessions held to the import rules."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    format: Literal["acupressure-desktop-history"]
    schema_version: Literal[1, 2]
    exported_at: Moment
    sessions: list[ImportedSession] = Field(max_length=MAX_SESSIONS)
    quiz: QuizData | None = None


def _add(sessions: SessionRepository, parsed: ParsedExport, quiz: QuizCardRepository | None) -> ImportResult:
    records = parsed.sessions
    # Counted before adding: a session already in the history is skipped, not newly interrupted.
    running = [r.id for r in records if isinstance(r, ImportedSession) and r.was_running]
    new_running = sum(1 for session_id in running if sessions.get(session_id) is None)
    added, skipped = sessions.insert_many(records)
    cards = 0
    if quiz is not None and parsed.quiz is not None:
        # A card this history already has keeps its own schedule: the one practised here wins.
        cards = quiz.merge(
            [(c.key, Card.from_dict(c.card), c.first_review) for c in parsed.quiz.cards],  # type: ignore[arg-type]
            parsed.quiz.reviews,
        )
    return ImportResult(added, skipped, min(new_running, added), cards)


def _describe(error: Any, data: dict[str, Any]) -> str:
    loc = list(error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    if len(loc) >= 2 and loc[0] == "sessions" and isinstance(loc[1], int):
        index = loc[1]
        sessions = data.get("sessions")
        label = f"session {index + 1}"
        if isinstance(sessions, list) and index < len(sessions) and isinstance(sessions[index], dict):
            raw_id = sessions[index].get("id")
            if isinstance(raw_id, str) and len(raw_id) <= 40:
                label += f" ({raw_id})"
        if loc[2:] == ["id"] and error["type"] == "missing":
            # Without its id a session would be added again on every import of the file.
            return f"{label} has no id; every exported session has one"
        field = ".".join(str(p) for p in loc[2:]) or "(the whole record)"
        return f"{label}, field {field}: {message}"
    return f"{'.'.join(str(p) for p in loc) or 'the file'}: {message}"
