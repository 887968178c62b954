"""Filters, sorting and windowed pages over the sessions; insights on known data."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.history.queries import SessionFilter, SortColumn, this_month, this_week
from tests.unit.history_data import session


@pytest.fixture
def history(tmp_path: Path) -> History:
    history = History.open(tmp_path)
    history.sessions.insert_many(
        [
            session(1, "LI4", purpose="headache", before=7, after=3, note="Felt lighter"),
            session(2, "PC6", status=SessionStatus.STOPPED, purpose="nausea", before=5, after=4),
            session(3, "LI4", status=SessionStatus.INTERRUPTED, note="phone rang"),
            session(4, "ST36", circular=True, note="100% relaxed_ok"),
        ]
    )
    return history


def ids(records: list) -> list[int]:  # type: ignore[type-arg]
    return [r.id.int - 1 for r in records]


def test_newest_first_by_default(history: History) -> None:
    assert ids(history.sessions.page(SessionFilter(), 0, 10)) == [4, 3, 2, 1]


def test_pages_are_windows_that_never_overlap(history: History) -> None:
    query = SessionFilter(sort=SortColumn.POINT, descending=False)
    first, second = history.sessions.page(query, 0, 2), history.sessions.page(query, 2, 2)
    assert ids(first + second) == [1, 3, 2, 4]  # ties broken by start time, the same way
    assert history.sessions.count(query) == 4


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (SessionFilter(points=("LI4",)), [3, 1]),
        (SessionFilter(purpose="nausea"), [2]),
        (SessionFilter(statuses=(SessionStatus.STOPPED, SessionStatus.INTERRUPTED)), [3, 2]),
        (SessionFilter(note_text="LIGHTER"), [1]),
        (SessionFilter(note_text="100%"), [4]),
        (SessionFilter(note_text="d_o"), [4]),
        (SessionFilter(note_text="%"), [4]),
    ],
)
def test_filters_narrow_the_rows(history: History, query: SessionFilter, expected: list[int]) -> None:
    assert ids(history.sessions.page(query, 0, 10)) == expected
    assert history.sessions.count(query) == len(expected)


@pytest.mark.parametrize("column", list(SortColumn))
def test_every_column_sorts_both_ways(history: History, column: SortColumn) -> None:
    up = ids(history.sessions.page(SessionFilter(sort=column, descending=False), 0, 10))
    down = ids(history.sessions.page(SessionFilter(sort=column, descending=True), 0, 10))
    assert sorted(up) == [1, 2, 3, 4]
    assert down == list(reversed(up))


def test_date_ranges_follow_local_days_whatever_the_stored_offset(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    local = datetime(2026, 3, 10, 0, 30).astimezone()
    far_east = timezone(timedelta(hours=9))
    history.sessions.insert_many(
        [
            session(1, when=local),  # just after local midnight on the 10th
            session(2, when=(local - timedelta(hours=1)).astimezone(far_east)),  # the 9th, stored in +09:00
        ]
    )
    assert ids(history.sessions.page(SessionFilter(start=date(2026, 3, 10), end=date(2026, 3, 10)), 0, 10)) == [1]
    assert ids(history.sessions.page(SessionFilter(end=date(2026, 3, 9)), 0, 10)) == [2]
    assert ids(history.sessions.page(SessionFilter(), 0, 10)) == [1, 2]


def test_week_and_month_ranges() -> None:
    assert this_week(date(2026, 11, 26)) == (date(2026, 11, 23), date(2026, 11, 29))
    assert this_month(date(2026, 12, 5)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert this_month(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))


def test_delete_and_undo_restore_exactly(history: History) -> None:
    before = history.sessions.page(SessionFilter(), 0, 10)
    removed = history.sessions.delete([before[0].id, before[2].id])
    assert ids(history.sessions.page(SessionFilter(), 0, 10)) == [3, 1]
    assert history.sessions.restore(removed)
    assert history.sessions.page(SessionFilter(), 0, 10) == before


def test_notes_are_edited_in_place_and_checked(history: History) -> None:
    first = history.sessions.page(SessionFilter(), 0, 1)[0]
    assert history.sessions.update_note(first.id, "new words")
    assert history.sessions.get(first.id).note == "new words"
    with pytest.raises(ValueError):
        history.sessions.update_note(first.id, "x" * 5000)


def test_insights_rank_points_by_their_average_change(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    records = []
    n = 0
    for point, changes in {"LI4": [4, 3, 5], "GB20": [1, 2, 0, 1], "TE3": [6], "PC6": [2, 2, 2]}.items():
        for change in changes:
            n += 1
            records.append(session(n, point, purpose="headache", before=8, after=8 - change))
    n += 1
    records.append(session(n, "LI4", purpose="headache", before=8))  # no after rating: not counted
    records.append(session(n + 1, "LI4", purpose="insomnia", before=9, after=1))  # another symptom
    history.sessions.insert_many(records)
    found = history.totals.insights("headache")
    assert [(i.point_code, i.sessions, i.average_change) for i in found] == [
        ("LI4", 3, 4.0),
        ("PC6", 3, 2.0),
        ("GB20", 4, 1.0),
        ("TE3", 1, 6.0),  # the best average, but one session says little: ranked last
    ]
    assert found[0].note == "On average 4.0 points better afterwards."
    assert "Only 1 rated session so far" in found[-1].note
    assert history.totals.insights("nausea") == []


def test_insights_report_points_that_made_it_worse(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    history.sessions.insert_many([session(i, "SP6", purpose="insomnia", before=3, after=5) for i in range(3)])
    [insight] = history.totals.insights("insomnia")
    assert insight.note == "On average 2.0 points worse afterwards."


def test_insights_follow_new_ratings_edits_and_deletions(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    history.sessions.insert_many([session(i, "LI4", purpose="headache", before=8, after=4) for i in range(3)])
    first = history.sessions.recent(1)[0]
    assert history.totals.insights("headache")[0].average_change == 4.0
    history.sessions.set_outcome(first.id, 8, "no change this time")
    assert history.totals.insights("headache")[0].average_change == pytest.approx(8 / 3, abs=0.01)
    history.sessions.delete([first.id])
    [insight] = history.totals.insights("headache")
    assert (insight.sessions, insight.average_change) == (2, 4.0)


def test_routine_steps_and_single_sessions_can_be_listed_apart() -> None:
    from acupressure_desktop.history.queries import RoutinePart

    assert SessionFilter(routine=RoutinePart.IN_ROUTINE).where() == ("+routine_run_id IS NOT NULL", [])
    assert SessionFilter(routine=RoutinePart.ALONE).where() == ("+routine_run_id IS NULL", [])
    assert SessionFilter().where() == ("1", [])


def test_a_days_single_sessions_are_counted_from_the_time_index_not_the_run_index(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """With years of single sessions, the run-id index would make 'today' visit every one of them."""
    from datetime import date

    from acupressure_desktop.history import History

    history = History.open(tmp_path)
    db = history.database._db
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    history.totals.practices_on(date(2026, 11, 28))
    db.set_trace_callback(None)
    [single] = [s for s in statements if "routine_run_id IS NULL" in s]
    plan = db.execute(f"EXPLAIN QUERY PLAN {single}").fetchall()
    history.close()
    assert any("sessions_by_utc" in row[3] for row in plan), plan
