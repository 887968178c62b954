"""Acupressure-mat sessions: the plan, its cues on a fake clock, validation, and the history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from acupressure_desktop.history import History, SessionRecorder, SessionStatus
from acupressure_desktop.history.records import SessionRecord
from acupressure_desktop.practice import GuidedSession, PhaseKind, SteadyPressure, plan_session
from acupressure_desktop.practice.events import Cue, Ended, PhaseStarted
from acupressure_desktop.practice.protocols import MatPosition, MatProtocol, MatSurface
from tests.fakes import FakeClock


def test_a_mat_session_settles_in_rests_and_ends_slowly() -> None:
    plan = plan_session(MatProtocol(minutes=5), ("center",))
    kinds = [p.kind for p in plan.phases]
    assert kinds == [PhaseKind.GET_READY, PhaseKind.BREATHE, PhaseKind.SETTLE, PhaseKind.REST, PhaseKind.FINISH]
    settle, rest, finish = plan.phases[2:]
    assert (settle.duration_s, rest.duration_s, finish.duration_s) == (60, 180, 60)
    assert "slowly" in settle.guidance and "get up slowly" in finish.guidance
    assert plan.pressure_at(settle.start_s) == 0 and plan.pressure_at(rest.start_s + 1) == pytest.approx(0.5)


def test_the_cues_come_at_settle_in_end_halfway_and_the_last_minute() -> None:
    clock = FakeClock()
    plan = plan_session(MatProtocol(minutes=10), ("center",))
    session = GuidedSession(plan, clock)
    seen: list[tuple[str, float]] = []
    ended: list[bool] = []

    def listen(event: object) -> None:
        if isinstance(event, PhaseStarted) and event.phase.kind in (PhaseKind.REST, PhaseKind.FINISH):
            seen.append((event.phase.kind.value, round(event.at_s)))
        elif isinstance(event, Cue) and event.name == "switch_side":
            seen.append(("halfway", round(event.at_s)))
        elif isinstance(event, Ended):
            ended.append(event.completed)

    session.subscribe(listen)
    session.start()
    while not session.is_over:
        clock.advance(1.0)
        session.update()
    on_mat = plan.phases[2].start_s
    assert seen == [("rest", on_mat + 60), ("halfway", on_mat + 300), ("finish", on_mat + 540)]
    assert ended == [True]


def test_mat_times_outside_five_to_thirty_minutes_are_refused() -> None:
    assert MatProtocol().minutes == 10
    for minutes in (4, 31):
        with pytest.raises(ValidationError):
            MatProtocol(minutes=minutes)


def test_a_mat_session_names_no_point_and_a_point_session_always_does() -> None:
    start = datetime(2026, 6, 1, 8, tzinfo=UTC)
    SessionRecord(point_code=None, protocol=MatProtocol(), sides=("center",), started_at=start)
    with pytest.raises(ValidationError, match="mat session names no point"):
        SessionRecord(point_code="LI4", protocol=MatProtocol(), sides=("center",), started_at=start)
    with pytest.raises(ValidationError, match="mat session names no point"):
        SessionRecord(point_code=None, protocol=SteadyPressure(), sides=("left",), started_at=start)


def test_a_mat_session_is_kept_in_the_history_and_counts_for_the_day(tmp_path: Path) -> None:
    history = History.open(tmp_path)
    clock = FakeClock()
    protocol = MatProtocol(minutes=5, position=MatPosition.SIT, surface=MatSurface.BARE)
    session = GuidedSession(plan_session(protocol, ("center",)), clock)
    now = datetime(2026, 6, 1, 8).astimezone()
    recorder = SessionRecorder(history.sessions, session, None, "stress-anxiety", 6, now=lambda: now)
    session.start()
    while not session.is_over:
        clock.advance(1.0)
        session.update()
    assert recorder.finish_with(3, "calmer")
    [stored] = history.sessions.recent()
    assert stored.point_code is None and stored.is_mat and stored.status is SessionStatus.COMPLETED
    assert isinstance(stored.protocol, MatProtocol) and stored.protocol.position is MatPosition.SIT
    assert stored.pressing_s == pytest.approx(300)
    assert history.database._db is not None
    assert history.totals.practices_on(now.date()) == 1
    assert history.totals.practices_on(now.date() + timedelta(days=1)) == 0
    # A mat presses no single point, so it never appears among "the points that helped you".
    assert history.totals.insights("stress-anxiety") == []
    history.close()


def test_a_mat_session_speaks_of_the_mat_never_of_a_point() -> None:
    mat = plan_session(MatProtocol(), ("center",))
    for phase in mat.phases:
        words = f"{phase.title} {phase.guidance}".lower()
        assert "point" not in words and "fingertip" not in words, phase.kind
    assert "fingertip" in plan_session(SteadyPressure(), ("center",)).phases[0].guidance
