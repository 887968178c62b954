"""A guided session as a user lives it: click a point, start, follow, pause, finish, rate."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from acupressure_desktop.history import History, SessionStatus, StoreMode
from acupressure_desktop.practice import PhaseKind
from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog
from tests.failing_disk import FailingInserts
from tests.fakes import FakeClock, RecordingSounds
from tests.gui.conftest import click_hotspot


def open_session(qtbot: QtBot, window, code: str = "LI4") -> PracticeDialog:  # type: ignore[no-untyped-def]
    window.body_map.show_view(window.workspace.catalog.point(code).views()[0])
    click_hotspot(qtbot, window.body_map, code)
    assert window.panel.point.code == code
    qtbot.mouseClick(window.panel.start_button, Qt.MouseButton.LeftButton)
    session_window = window.workspace.practice_dialog
    assert session_window is not None
    qtbot.addWidget(session_window)
    qtbot.waitExposed(session_window)
    return session_window


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def run_until(session_window: PracticeDialog, clock: FakeClock, kind: PhaseKind, side: str | None = None) -> None:
    for _ in range(2000):
        snapshot = session_window.driver.snapshot()
        if snapshot.phase.kind is kind and (side is None or snapshot.phase.side == side):
            return
        clock.advance(0.5)
        session_window.driver.poll()
    raise AssertionError(f"never reached {kind}")


def test_a_whole_session_on_both_hands_is_followed_rated_and_stored(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, sounds: RecordingSounds, history: History
) -> None:
    session_window = open_session(qtbot, window)
    setup = session_window.setup
    choose(setup.sides, "both")
    choose(setup.purpose, "headache")
    choose(setup.before, 6)
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    view = session_window.view
    assert view is not None
    assert view.phase_label.text() == "Get ready"
    assert view.side_label.text() == "Left side"
    assert not window.panel.start_button.isEnabled()

    run_until(session_window, clock, PhaseKind.BREATHE)
    assert view.phase_label.text() == "Breathe"
    assert view.pacer.isVisible()
    clock.advance(2)
    session_window.driver.poll()
    assert 0 < view.pacer.fullness < 1

    run_until(session_window, clock, PhaseKind.HOLD, "left")
    assert view.phase_label.text() == "Hold"
    assert view.countdown.text() == "2:00"
    assert view.plot.marker_position == session_window.driver.snapshot().elapsed_s

    qtbot.keyClick(session_window, Qt.Key.Key_Space)
    assert view.pause_button.text() == "Resume"
    frozen = session_window.driver.snapshot().elapsed_s
    clock.advance(600)
    session_window.driver.poll()
    assert session_window.driver.snapshot().elapsed_s == frozen
    qtbot.keyClick(session_window, Qt.Key.Key_Space)
    assert view.pause_button.text() == "Pause"

    run_until(session_window, clock, PhaseKind.SWITCH_SIDE)
    assert view.side_label.text() == "Right side"
    run_until(session_window, clock, PhaseKind.EASE_OFF, "right")
    for _ in range(100):
        clock.advance(0.5)
        session_window.driver.poll()
    assert session_window.pages.currentWidget() is session_window.outcome
    assert {"phase_start", "breathe_in", "breathe_out", "ramp_up_tick", "ease_off_tick", "switch_side", "done"} <= set(
        sounds.played
    )

    choose(session_window.outcome.rating, 3)
    qtbot.keyClicks(session_window.outcome.note, "Head feels lighter")
    qtbot.mouseClick(session_window.outcome.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.practice_dialog is None)
    [record] = history.sessions.recent()
    assert record.point_code == "LI4"
    assert record.status is SessionStatus.COMPLETED
    assert record.sides == ("left", "right")
    assert (record.purpose, record.before_rating, record.after_rating) == ("headache", 6, 3)
    assert record.note == "Head feels lighter"
    assert window.panel.start_button.isEnabled()
    assert "Practised once" in window.panel.practice_label.text()


def test_escape_asks_before_stopping_and_keeps_what_was_done(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    session_window = open_session(qtbot, window, "PC6")
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    clock.advance(20)
    session_window.driver.poll()
    answers = [False, True]
    session_window.confirm_stop = lambda _parent: answers.pop(0)
    qtbot.keyClick(session_window, Qt.Key.Key_Escape)
    assert session_window.is_running  # the user said no
    qtbot.keyClick(session_window, Qt.Key.Key_Escape)
    assert not session_window.is_running
    assert "Session stopped" in session_window.outcome.title.text()
    qtbot.mouseClick(session_window.outcome.skip_button, Qt.MouseButton.LeftButton)
    [record] = history.sessions.recent()
    assert record.status is SessionStatus.STOPPED
    assert record.actual_s == 20


def test_only_one_session_can_run_at_a_time(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    first = open_session(qtbot, window)
    qtbot.mouseClick(first.setup.start_button, Qt.MouseButton.LeftButton)
    window.selection.select("ST36")
    assert not window.panel.start_button.isEnabled()
    window.workspace.start_practice("ST36")
    assert window.workspace.practice_dialog is first
    first.confirm_stop = lambda _parent: True
    first.close()
    assert window.panel.start_button.isEnabled()


def test_out_of_range_values_are_explained_at_the_field(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    setup = open_session(qtbot, window).setup
    hold = setup.fields["hold_s"]
    hold.clear()
    qtbot.keyClicks(hold, "500")
    assert setup.errors["hold_s"].isVisible()
    assert setup.errors["hold_s"].text() == "Please use at most 150."
    assert not setup.start_button.isEnabled()
    hold.clear()
    qtbot.keyClicks(hold, "lots")
    assert setup.errors["hold_s"].text() == "Please type a number."
    hold.clear()
    qtbot.keyClicks(hold, "150")
    ramp = setup.fields["ramp_up_s"]
    ramp.clear()
    qtbot.keyClicks(ramp, "40")
    assert setup.general_error.isVisible()
    assert "within 180 s" in setup.general_error.text()
    assert hold.text() == "150" and ramp.text() == "40"  # nothing is clamped behind the user's back
    ramp.clear()
    qtbot.keyClicks(ramp, "15")
    assert not setup.start_button.isEnabled()  # 15 + 150 + 30 is still over three minutes
    hold.clear()
    qtbot.keyClicks(hold, "135")
    assert setup.start_button.isEnabled()
    assert setup.protocol().pressing_s == 180


def test_the_protocol_and_side_choice_are_remembered(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    session_window = open_session(qtbot, window)
    setup = session_window.setup
    setup.circular_button.setChecked(True)
    setup.fields["circles_per_minute"].setText("40")
    choose(setup.sides, "right")
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    session_window.confirm_stop = lambda _parent: True
    session_window.close()
    again = open_session(qtbot, window)
    assert again.setup.circular_button.isChecked()
    assert again.setup.fields["circles_per_minute"].text() == "40"
    assert again.setup.sides.currentData() == "right"
    assert again.setup.chosen_sides() == ("right",)


def test_a_midline_point_runs_one_side(qtbot: QtBot, window, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    session_window = open_session(qtbot, window, "CV12")
    assert not session_window.setup.sides.isEnabled()
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    assert session_window.view.side_label.text() == "Centre"
    assert session_window.session.plan.sides == ("center",)


def test_focus_mode_makes_the_type_bigger(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    session_window = open_session(qtbot, window)
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    before = session_window.view.countdown.font().pointSizeF()
    qtbot.keyClick(session_window, Qt.Key.Key_F11)
    assert session_window.view.countdown.font().pointSizeF() > before
    qtbot.keyClick(session_window, Qt.Key.Key_F11)
    assert session_window.view.countdown.font().pointSizeF() == before
    session_window.confirm_stop = lambda _parent: True


def test_sessions_run_unsaved_when_the_history_cannot_be_written(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, history: History, clock: FakeClock
) -> None:
    history.database._db.execute("PRAGMA query_only = ON")  # the disk refuses writes from now on
    session_window = open_session(qtbot, window)
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    assert not history.database.can_write
    assert window.notice_bar.isVisible()
    assert "not being saved" in window.notice_label.text()
    clock.advance(30)
    session_window.driver.poll()
    assert session_window.is_running
    session_window.confirm_stop = lambda _parent: True
    session_window.request_stop()
    assert "could not be saved" in session_window.outcome.title.text()


def test_without_sound_the_session_says_so_quietly(qtbot: QtBot, window, sounds: RecordingSounds) -> None:  # type: ignore[no-untyped-def]
    sounds.problem = "Sound cues are off: no audio output was found. Follow the cues on screen."
    session_window = open_session(qtbot, window)
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    assert "no audio output" in session_window.view.status_note.text()
    session_window.close()
    second = open_session(qtbot, window)
    qtbot.mouseClick(second.setup.start_button, Qt.MouseButton.LeftButton)
    assert "no audio output" not in second.view.status_note.text()  # said once is enough


def test_a_full_disk_is_said_once_and_saving_again_is_said_when_space_returns(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, history: History, clock: FakeClock, monkeypatch
) -> None:
    disk = FailingInserts(monkeypatch)
    session_window = open_session(qtbot, window)
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    assert history.database.mode is StoreMode.RETRYING
    assert "not being saved right now" in window.notice_label.text()
    clock.advance(30)
    session_window.driver.poll()
    disk.failing = False  # space was freed
    retry = window.findChild(QTimer, "historyRetry")
    assert retry is not None and retry.isActive()
    retry.timeout.emit()
    assert history.database.mode is StoreMode.WRITABLE
    assert "being saved again" in window.notice_label.text()
    assert "not being saved right now" not in window.notice_label.text()
    assert history.sessions.get(session_window.recorder.record.id) is not None
    session_window.confirm_stop = lambda _parent: True
    session_window.request_stop()


def test_skipping_through_a_session_is_filed_as_shortened_and_never_counts(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    session_window = open_session(qtbot, window, "PC6")
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    view = session_window.view
    assert view is not None
    while session_window.is_running:
        clock.advance(1)
        session_window.driver.poll()
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    title = session_window.outcome.title.text()
    assert "Session shortened" in title and "Well done" not in title
    assert "pressed for 0:0" in title  # a second or two in each pressing phase, not minutes
    assert "after a minute of pressing" in title
    qtbot.mouseClick(session_window.outcome.skip_button, Qt.MouseButton.LeftButton)
    [record] = history.sessions.recent()
    assert record.status is SessionStatus.SHORTENED
    assert history.totals.practices_on(record.started_at.date()) == 0


def test_eight_seconds_of_pressing_are_said_as_0_08_and_do_not_count(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    session_window = open_session(qtbot, window, "PC6")
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    run_until(session_window, clock, PhaseKind.RAMP_UP)
    clock.advance(8)
    session_window.driver.poll()
    session_window.confirm_stop = lambda _parent: True
    qtbot.keyClick(session_window, Qt.Key.Key_Escape)
    assert "You pressed for 0:08." in session_window.outcome.title.text()
    qtbot.mouseClick(session_window.outcome.skip_button, Qt.MouseButton.LeftButton)
    [record] = history.sessions.recent()
    assert round(record.pressing_s) == 8
    assert history.totals.practices_on(record.started_at.date()) == 0


def test_get_ready_lasts_ten_seconds_unless_the_user_chose_otherwise(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock
) -> None:
    session_window = open_session(qtbot, window, "PC6")
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    assert session_window.driver.snapshot().phase.duration_s == 10
    session_window.confirm_stop = lambda _parent: True
    session_window.close()
    window.workspace.practice.settings.update(get_ready_s=20)
    session_window = open_session(qtbot, window, "PC6")
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    assert session_window.driver.snapshot().phase.duration_s == 20


def test_space_shows_a_plain_paused_state_and_silences_the_cues(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, sounds: RecordingSounds
) -> None:
    session_window = open_session(qtbot, window, "PC6")
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    view = session_window.view
    assert view is not None
    clock.advance(3)
    session_window.driver.poll()
    qtbot.keyClick(session_window, Qt.Key.Key_Space)
    assert view.paused_label.isVisible() and view.pause_button.text() == "Resume"
    assert not view.countdown.isEnabled()
    assert sounds.played[-1] == "(silence)"
    left = view.countdown.text()
    clock.advance(30)
    session_window.driver.poll()
    assert view.countdown.text() == left  # nothing moves while paused
    qtbot.keyClick(session_window, Qt.Key.Key_Space)
    assert not view.paused_label.isVisible() and view.countdown.isEnabled()


def test_the_stop_question_pauses_the_session_and_keep_going_resumes_it(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock
) -> None:
    session_window = open_session(qtbot, window, "PC6")
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    clock.advance(4)
    session_window.driver.poll()
    seen = []

    def keep_going(_parent) -> bool:  # type: ignore[no-untyped-def]
        seen.append(session_window.driver.paused)
        clock.advance(60)  # the user takes a minute to answer
        return False

    session_window.confirm_stop = keep_going
    qtbot.keyClick(session_window, Qt.Key.Key_Escape)
    assert seen == [True]  # paused while asking
    assert session_window.is_running and not session_window.driver.paused
    assert session_window.driver.session.elapsed() == 4  # the minute spent deciding did not count


def test_the_stop_question_names_its_actions_and_keeps_going_by_default(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from acupressure_desktop.ui.practice.practice_context import ask_to_stop

    parent = QWidget()
    qtbot.addWidget(parent)
    answers = []

    def answer_with_enter() -> None:
        box = next(w for w in parent.findChildren(QMessageBox) if w.isVisible())
        answers.append(sorted(b.text() for b in box.buttons()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer_with_enter)
    assert ask_to_stop(parent) is False
    assert answers == [["Keep Going", "Stop Session"]]


def test_the_session_opens_over_the_main_window_as_its_dialog(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    session_window = open_session(qtbot, window, "PC6")
    assert session_window.parentWidget() is window  # no taskbar entry of its own
    assert session_window.windowType() == Qt.WindowType.Dialog
    assert session_window.minimumWidth() >= 640 and session_window.minimumHeight() >= 480
    centre = session_window.frameGeometry().center()
    assert (centre - window.frameGeometry().center()).manhattanLength() < 40
