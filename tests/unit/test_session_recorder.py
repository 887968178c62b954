from datetime import UTC, datetime, timedelta
from pathlib import Path

from acupressure_desktop.history import History, SessionRecorder, SessionStatus
from acupressure_desktop.practice import GuidedSession, SteadyPressure, plan_session
from acupressure_desktop.practice.phases import GET_READY_S
from tests.fakes import FakeClock

START = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def one_side_session(folder: Path) -> tuple[FakeClock, History, GuidedSession, SessionRecorder]:
    """A steady session on CV6, recorded and started, on a clock that moves when told."""
    clock = FakeClock()
    history = History.open(folder)
    session = GuidedSession(plan_session(SteadyPressure(), ("center",)), clock)
    recorder = SessionRecorder(history.sessions, session, "CV6", now=lambda: START + timedelta(minutes=1))
    session.start()
    return clock, history, session, recorder


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
    clock, history, session, recorder = one_side_session(tmp_path)
    clock.advance(GET_READY_S + 35)  # past getting ready and breathing (32 s)
    session.update()
    stored = history.sessions.get(recorder.record.id)
    assert [p.actual_s for p in stored.phases[:2]] == [GET_READY_S, 32]
    assert stored.status is SessionStatus.IN_PROGRESS


def test_a_stopped_session_keeps_what_was_done(tmp_path: Path) -> None:
    clock, history, session, recorder = one_side_session(tmp_path)
    clock.advance(50)
    session.update()
    session.stop()
    stored = history.sessions.get(recorder.record.id)
    assert stored.status is SessionStatus.STOPPED
    assert stored.actual_s == 50


def test_progress_inside_a_hold_is_saved_every_few_seconds(tmp_path: Path) -> None:
    clock, history, session, recorder = one_side_session(tmp_path)
    hold_start = GET_READY_S + 32 + 30  # get ready, breathe, raise the pressure
    clock.advance(hold_start + 50)
    session.update()
    for _ in range(20):  # a driver wakes when the session asks
        due = session.seconds_to_next_event()
        assert due is not None and due <= 4.0
        clock.advance(due)
        session.update()
        stored = history.sessions.get(recorder.record.id)
        assert session.elapsed() - stored.actual_s < 5.0


def test_skipping_through_a_session_files_it_as_shortened_with_its_real_pressing_time(tmp_path: Path) -> None:
    clock, history, session, recorder = one_side_session(tmp_path)
    while not session.is_over:
        clock.advance(1)
        session.skip_phase()
    stored = history.sessions.get(recorder.record.id)
    assert stored.status is SessionStatus.SHORTENED
    assert stored.pressing_s == 3  # one second in each of the three pressing phases
    assert [p.kind for p in stored.cut_short] == ["ramp_up", "hold", "ease_off"]
    assert not stored.counts_toward_goal


def test_a_session_that_ran_every_phase_is_completed_and_counts(tmp_path: Path) -> None:
    clock, history, session, recorder = one_side_session(tmp_path)
    clock.advance(GET_READY_S)
    session.update()
    session.skip_phase()  # breathing skipped: not pressing, so the session is still whole
    clock.advance(300)
    session.update()
    stored = history.sessions.get(recorder.record.id)
    assert stored.status is SessionStatus.COMPLETED
    assert stored.pressing_s == 180 and stored.counts_toward_goal
