"""Merging the devices' changes: the same history in any order, deletions and edits settled by stamp."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from acupressure_desktop.history import SessionStatus
from acupressure_desktop.history.sync.clock import Stamp
from acupressure_desktop.history.sync.journal import DeletedEntry, GoalEntry, NoteEntry, RatingEntry, SessionEntry
from acupressure_desktop.history.sync.resolve import resolve
from tests.unit.history_data import session

DEVICES = ("a" * 32, "b" * 32, "c" * 32)


def at(ms: int, device: int = 0) -> Stamp:
    return Stamp(wall_ms=ms, counter=0, device=DEVICES[device])


def test_the_later_of_two_offline_note_edits_wins_and_the_earlier_stays_readable() -> None:
    record = session(1, note="")
    merged = resolve(
        [
            SessionEntry(stamp=at(1), session=record),
            NoteEntry(stamp=at(5, 1), session_id=record.id, note="Written on the laptop"),
            NoteEntry(stamp=at(7, 2), session_id=record.id, note="Written on the desk"),
        ]
    )
    resolved = merged.sessions[record.id]
    assert resolved.session is not None and resolved.session.note == "Written on the desk"
    assert resolved.earlier_notes == ("Written on the laptop",)


def test_a_deletion_beats_older_edits_and_a_later_edit_brings_the_session_back() -> None:
    record = session(2)
    body = SessionEntry(stamp=at(1), session=record)
    older_edit = NoteEntry(stamp=at(3, 1), session_id=record.id, note="before it was deleted")
    deleted = DeletedEntry(stamp=at(5), session_id=record.id)
    assert resolve([body, older_edit, deleted]).sessions[record.id].session is None
    later_edit = RatingEntry(stamp=at(9, 2), session_id=record.id, before=6, after=2)
    back = resolve([body, older_edit, deleted, later_edit]).sessions[record.id].session
    assert back is not None and (back.before_rating, back.after_rating) == (6, 2)


def test_a_snapshot_of_a_running_session_never_hides_the_finished_one() -> None:
    finished = session(3, status=SessionStatus.COMPLETED)
    running = finished.model_copy(update={"status": SessionStatus.IN_PROGRESS, "ended_at": None})
    merged = resolve([SessionEntry(stamp=at(1), session=finished), SessionEntry(stamp=at(9, 1), session=running)])
    resolved = merged.sessions[finished.id].session
    assert resolved is not None and resolved.status is SessionStatus.COMPLETED


def test_edits_of_a_session_not_read_yet_wait_for_it_and_the_newest_goal_counts() -> None:
    record = session(4)
    merged = resolve(
        [
            NoteEntry(stamp=at(2), session_id=record.id, note="early"),
            GoalEntry(stamp=at(1), goal=2),
            GoalEntry(stamp=at(3, 1), goal=3),
        ]
    )
    assert merged.sessions[record.id].session is None and merged.daily_goal == 3


@st.composite
def changes(draw: st.DrawFn) -> list[SessionEntry | NoteEntry | RatingEntry | DeletedEntry | GoalEntry]:
    """Random changes to a few sessions from three devices, with stamps that may tie on time."""
    found: list[SessionEntry | NoteEntry | RatingEntry | DeletedEntry | GoalEntry] = []
    for n in range(draw(st.integers(1, 4))):
        record = session(n)
        for _ in range(draw(st.integers(0, 6))):
            stamp = Stamp(
                wall_ms=draw(st.integers(0, 20)), counter=draw(st.integers(0, 2)), device=draw(st.sampled_from(DEVICES))
            )
            kind = draw(st.sampled_from(["body", "running", "note", "ratings", "deleted", "goal"]))
            if kind == "body":
                found.append(SessionEntry(stamp=stamp, session=record))
            elif kind == "running":
                found.append(
                    SessionEntry(stamp=stamp, session=record.model_copy(update={"status": SessionStatus.IN_PROGRESS}))
                )
            elif kind == "note":
                found.append(
                    NoteEntry(stamp=stamp, session_id=record.id, note=draw(st.sampled_from(["", "calm", "sore"])))
                )
            elif kind == "ratings":
                found.append(
                    RatingEntry(stamp=stamp, session_id=record.id, before=draw(st.integers(0, 10)), after=None)
                )
            elif kind == "deleted":
                found.append(DeletedEntry(stamp=stamp, session_id=record.id))
            else:
                found.append(GoalEntry(stamp=stamp, goal=draw(st.integers(1, 10))))
    return found


@settings(max_examples=400, deadline=None)
@given(changes(), st.randoms(use_true_random=False), st.integers(0, 3))
def test_the_merge_ends_the_same_whatever_the_order_and_however_often_a_change_arrives(
    found: list[SessionEntry | NoteEntry | RatingEntry | DeletedEntry | GoalEntry], rng: object, repeats: int
) -> None:
    delivered = found + found[:repeats]  # a conflict copy, or a file read twice
    rng.shuffle(delivered)  # type: ignore[attr-defined]
    assert resolve(delivered) == resolve(found)
