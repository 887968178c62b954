"""What one device writes into the shared folder: a header, then one change per line.

Every line is JSON and is validated like an import before anything of it is used. A change is
keyed by what it changes (a session's id) and stamped by the hybrid clock, so reading the same
line twice, or lines in any order, ends in the same history.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer, StringConstraints, TypeAdapter

from acupressure_desktop.history.records import DeviceId, Note, Rating, RoutineRunRecord, SessionRecord
from acupressure_desktop.history.sync.clock import Stamp
from acupressure_desktop.learning.reviews import ReviewRecord
from acupressure_desktop.routines.models import Routine

# The journal format this version writes and reads; a newer one is skipped with a notice.
JOURNAL_FORMAT = 1


def _stamp_from_text(value: Any) -> Any:
    return Stamp.parse(value) if isinstance(value, str) else value


StampField = Annotated[Stamp, BeforeValidator(_stamp_from_text), PlainSerializer(lambda s: s.text, return_type=str)]
DeviceName = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=r"^[^\x00-\x1f\x7f]+$")]


class _Line(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class JournalHeader(_Line):
    """The first line of every journal file: whose it is, and in which format."""

    kind: Literal["journal"] = "journal"
    format: int = Field(ge=1)
    device: DeviceId
    device_name: DeviceName
    app_version: Annotated[str, StringConstraints(max_length=20)]


class SessionEntry(_Line):
    """A session as it was when the device last wrote it (a finished one is written once)."""

    kind: Literal["session"] = "session"
    stamp: StampField
    session: SessionRecord


class NoteEntry(_Line):
    """The note of a session, edited later."""

    kind: Literal["note"] = "note"
    stamp: StampField
    session_id: UUID
    note: Note


class RatingEntry(_Line):
    """How the user rated a session, before and after, edited later."""

    kind: Literal["ratings"] = "ratings"
    stamp: StampField
    session_id: UUID
    before: Rating | None
    after: Rating | None


class DeletedEntry(_Line):
    """A session the user deleted: it beats every older edit of it, on every device."""

    kind: Literal["deleted"] = "deleted"
    stamp: StampField
    session_id: UUID


class GoalEntry(_Line):
    """The daily goal, which follows the user rather than the computer."""

    kind: Literal["daily_goal"] = "daily_goal"
    stamp: StampField
    goal: int = Field(ge=1, le=10)


class RoutineEntry(_Line):
    """One of the user's own routines, as last saved."""

    kind: Literal["routine"] = "routine"
    stamp: StampField
    routine: Routine


class RoutineDeletedEntry(_Line):
    """A routine the user deleted."""

    kind: Literal["routine_deleted"] = "routine_deleted"
    stamp: StampField
    routine_id: UUID


class RunEntry(_Line):
    """A run of a routine, as it began or ended."""

    kind: Literal["run"] = "run"
    stamp: StampField
    run: RoutineRunRecord


class ReviewEntry(_Line):
    """A quiz answer, with the schedule it left the card with (the scheduler's JSON)."""

    kind: Literal["review"] = "review"
    stamp: StampField
    review: ReviewRecord
    card: Annotated[str, StringConstraints(min_length=2, max_length=4096)]


class DeviceNameEntry(_Line):
    """The name the user gave this computer, changed since its journal of the day began."""

    kind: Literal["device_name"] = "device_name"
    stamp: StampField
    name: DeviceName


AnyEntry = (
    SessionEntry
    | NoteEntry
    | RatingEntry
    | DeletedEntry
    | GoalEntry
    | RoutineEntry
    | RoutineDeletedEntry
    | RunEntry
    | ReviewEntry
    | DeviceNameEntry
)
Entry = Annotated[AnyEntry, Field(discriminator="kind")]
_ENTRY: TypeAdapter[AnyEntry] = TypeAdapter(Entry)


def entry_from_json(line: str) -> AnyEntry:
    """One change from its line; raises ``ValueError`` (pydantic's included) when it is not one."""
    return _ENTRY.validate_json(line)


def entry_to_json(entry: AnyEntry) -> str:
    return entry.model_dump_json()
