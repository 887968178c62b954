from datetime import UTC, datetime, timedelta
from pathlib import Path

from acupressure_desktop.history import History, SessionRecorder, SessionStatus
from acupressure_desktop.practice import GuidedSession, SteadyPressure, plan_session
from tests.fakes import FakeClock

START = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def test_a_completed_session_is_stored_with_each_phase(tmp_path: Path) -> None:
    clock = FakeClock()
    history = History.open(tmp_path)
    session = GuidedSession(plan_session(SteadyPressure(), ("left", "right")), clock)
    recorder = SessionRecorder(history.sessions, session, "LI4", "headache", 7, now=lambda: START)
    assert history.sessions.get(recorder.record.id).status is SessionStatus.IN_PROGRESS
    session.start()
    while not session.is_over:
        clock.advance(1)
        session.update()
    recorder.finish_with(3, "lighter head")
    stored = history.sessions.get(recorder.record.id)
    assert stored.status is SessionStatus.COMPLETED
    assert [p.actual_s for p in stored.phases] == [p.planned_s for p in stored.phases]
    assert (stored.purpose, stored.before_rating, stored.after_rating) == ("headache", 7, 3)
    assert stored.note == "lighter head"


def test_progress_is_saved_at_each_phase_boundary(tmp_path: Path) -> None:
    clock = FakeClock()
    history = History.open(tmp_path)
    session = GuidedSession(plan_session(SteadyPressure(), ("center",)), clock)
    recorder = SessionRecorder(history.sessions, session, "CV6")
    session.start()
    clock.advance(40)  # past getting ready (5 s) and breathing (32 s)
    session.update()
    stored = history.sessions.get(recorder.record.id)
    assert [p.actual_s for p in stored.phases[:2]] == [5, 32]
    assert stored.status is SessionStatus.IN_PROGRESS


def test_a_stopped_session_keeps_what_was_done(tmp_path: Path) -> None:
    clock = FakeClock()
    history = History.open(tmp_path)
    session = GuidedSession(plan_session(SteadyPressure(), ("center",)), clock)
    recorder = SessionRecorder(history.sessions, session, "CV6", now=lambda: START + timedelta(minutes=1))
    session.start()
    clock.advance(50)
    session.update()
    session.stop()
    stored = history.sessions.get(recorder.record.id)
    assert stored.status is SessionStatus.STOPPED
    assert stored.actual_s == 50
