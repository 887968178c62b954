"""One practice dialog for all three: a routine and the mat answer the same keys as a point session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.practice import PhaseKind
from acupressure_desktop.practice.routine_run import RoutineRun, RunState
from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog
from acupressure_desktop.ui.shell.main_window import MainWindow
from tests.fakes import FakeClock, RecordingSounds


def drive(dialog: PracticeDialog, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    for _ in range(int(seconds / step)):
        clock.advance(step)
        assert dialog.driver is not None
        dialog.driver.poll()


def open_routine(qtbot: QtBot, window: MainWindow, name: str = "Settle nausea") -> PracticeDialog:
    [routine] = [r for r in window.routines_page.routines if r.name == name]
    window.workspace.start_practice(routine)
    dialog = window.workspace.practice_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def start_routine(qtbot: QtBot, window: MainWindow) -> PracticeDialog:
    dialog = open_routine(qtbot, window)
    assert dialog.setup is not None
    qtbot.mouseClick(dialog.setup.start_button, Qt.MouseButton.LeftButton)
    return dialog


def start_mat(qtbot: QtBot, window: MainWindow) -> PracticeDialog:
    window.show_mat()
    qtbot.mouseClick(window.mat_page.start_button, Qt.MouseButton.LeftButton)
    dialog = window.workspace.practice_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def run_state(dialog: PracticeDialog) -> RunState:
    assert dialog.runner is not None and isinstance(dialog.runner.practice, RoutineRun)
    return dialog.runner.practice.state


def test_right_arrow_in_a_routine_step_goes_on_to_the_next_point_and_files_the_step_as_shortened(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    dialog = start_routine(qtbot, window)
    drive(dialog, clock, 20)
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert run_state(dialog) is RunState.FINDING
    assert dialog.pages.currentWidget() is dialog.finding
    assert "Next: CV12" in dialog.finding.title.text()
    [left_early] = history.sessions.recent()
    assert left_early.point_code == "PC6" and left_early.status is SessionStatus.SHORTENED
    qtbot.keyClick(dialog, Qt.Key.Key_Right)  # no need to wait out the countdown either
    assert run_state(dialog) is RunState.PRESSING and window.panel.point.code == "CV12"


def test_the_next_point_button_says_what_it_does_in_a_routine(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = start_routine(qtbot, window)
    assert dialog.view is not None
    qtbot.mouseClick(dialog.view.next_button, Qt.MouseButton.LeftButton)
    assert dialog.view is None and run_state(dialog) is RunState.FINDING
    qtbot.mouseClick(dialog.finding.back_button, Qt.MouseButton.LeftButton)
    assert "Next: PC6" in dialog.finding.title.text()  # back to find the first point again


def test_left_arrow_while_pressing_a_routine_point_finds_it_again(qtbot: QtBot, window, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    dialog = start_routine(qtbot, window)
    drive(dialog, clock, 5)
    qtbot.keyClick(dialog, Qt.Key.Key_Left)
    assert run_state(dialog) is RunState.FINDING and "Next: PC6" in dialog.finding.title.text()


def test_escape_in_a_routine_asks_with_the_run_paused_and_keep_going_carries_on(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock
) -> None:
    dialog = start_routine(qtbot, window)
    drive(dialog, clock, 4)
    asked: list[bool] = []

    def keep_going(_parent) -> bool:  # type: ignore[no-untyped-def]
        asked.append(dialog.driver is not None and dialog.driver.paused)
        return False

    dialog.confirm_stop = keep_going
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.is_running and not dialog.driver.paused


def test_the_pause_to_find_a_point_shows_paused_plainly_and_holds_its_countdown(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, sounds: RecordingSounds
) -> None:
    dialog = start_routine(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    drive(dialog, clock, 2)
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    page = dialog.finding
    assert page.paused_label.isVisible() and not page.countdown.isEnabled()
    assert page.pause_button.text() == "Resume" and sounds.played[-1] == "(silence)"
    left = page.countdown.text()
    drive(dialog, clock, 30)
    assert page.countdown.text() == left and run_state(dialog) is RunState.FINDING
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert not page.paused_label.isVisible()
    drive(dialog, clock, 7)
    assert run_state(dialog) is RunState.PRESSING


def test_a_stopped_routine_lists_each_point_with_how_far_it_got(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    dialog = start_routine(qtbot, window)
    run_until_hold = 10 + 18 + 20 + 5  # get ready, three breaths, the ramp, into the hold
    drive(dialog, clock, run_until_hold)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.pages.currentWidget() is dialog.outcome
    title, summary = dialog.outcome.title.text(), dialog.outcome.summary.text()
    assert "Routine stopped" in title and "0 of 2 points" in title
    assert "PC6" in summary and "stopped" in summary and "CV12" in summary and "not reached" in summary
    [stored] = history.runs.recent()
    assert stored.status is SessionStatus.STOPPED


def test_the_routine_intro_shows_the_first_point_and_the_outcome_its_steps(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock
) -> None:
    dialog = open_routine(qtbot, window)
    intro = dialog.setup
    assert intro is not None and "First: PC6" in intro.first_point.text()
    qtbot.mouseClick(intro.start_button, Qt.MouseButton.LeftButton)
    assert dialog.runner is not None
    while not dialog.runner.is_over:
        drive(dialog, clock, 10)
    assert "Well done" in dialog.outcome.title.text()
    assert dialog.outcome.summary.text().count("✓") == 2


def test_routines_and_the_mat_open_over_the_main_window_as_its_dialogs(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    for start in (start_routine, start_mat):
        dialog = start(qtbot, window)
        assert dialog.parentWidget() is window and dialog.windowType() == Qt.WindowType.Dialog
        assert dialog.minimumWidth() >= 640 and dialog.minimumHeight() >= 480
        assert (dialog.frameGeometry().center() - window.frameGeometry().center()).manhattanLength() < 40
        dialog.close()
        qtbot.waitUntil(lambda: window.workspace.practice_dialog is None)


def test_f11_gives_focus_mode_to_a_routine_and_the_mat_too(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    for start in (start_routine, start_mat):
        dialog = start(qtbot, window)
        assert dialog.view is not None
        normal = dialog.view.countdown.font().pointSizeF()
        qtbot.keyClick(dialog, Qt.Key.Key_F11)
        assert dialog.view.countdown.font().pointSizeF() > normal
        qtbot.keyClick(dialog, Qt.Key.Key_F11)
        dialog.close()
        qtbot.waitUntil(lambda: window.workspace.practice_dialog is None)


def test_the_mat_answers_the_same_keys_and_escape_asks_first(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    dialog = start_mat(qtbot, window)
    view = dialog.view
    assert view is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert view.paused_label.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Right)  # get ready done: breathe
    assert dialog.driver is not None and dialog.driver.snapshot().phase.kind is PhaseKind.BREATHE
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    drive(dialog, clock, 15)
    asked: list[bool] = []
    dialog.confirm_stop = lambda _parent: asked.append(dialog.driver.paused) or True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True]
    assert "You stayed on the mat for 0:15." in dialog.outcome.title.text()
    assert "after five minutes on the mat" in dialog.outcome.title.text()
    [record] = history.sessions.recent()
    assert record.status is SessionStatus.STOPPED and not record.counts_toward_goal
    assert history.totals.practices_on(record.started_at.date()) == 0


def test_a_mat_session_stopped_at_once_does_not_count_toward_the_goal(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, history: History
) -> None:
    dialog = start_mat(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "You stayed on the mat for 0:00." in dialog.outcome.title.text()
    [record] = history.sessions.recent()
    assert history.totals.practices_on(record.started_at.date()) == 0


def test_the_point_picture_is_there_while_getting_ready(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = start_routine(qtbot, window)
    view = dialog.view
    assert view is not None and dialog.driver is not None
    assert dialog.driver.snapshot().phase.kind is PhaseKind.GET_READY
    assert view.locator.isVisible() and not view.locator.pixmap().isNull()


def test_a_hold_is_saved_every_few_seconds_while_it_runs(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    dialog = start_routine(qtbot, window)
    drive(dialog, clock, 10 + 18 + 20 + 40)  # forty seconds into the hold
    [saved] = history.sessions.recent()
    assert saved.status is SessionStatus.IN_PROGRESS
    assert dialog.session is not None
    pressed_now = 20 + 40
    assert pressed_now - 5 <= saved.pressing_s <= pressed_now
