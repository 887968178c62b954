"""From a complaint to a routine: the finder page, and a routine run from start to history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.history.queries import RoutinePart
from acupressure_desktop.ui.history.history_model import ROUTINE_COLUMN
from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog
from acupressure_desktop.ui.shell.main_window import MainWindow
from tests.fakes import FakeClock


def finder(qtbot: QtBot, window: MainWindow):  # type: ignore[no-untyped-def]
    window.finder_action.trigger()
    page = window.finder_page
    assert page is not None and window.current_page() is page
    return page


def drive(window: PracticeDialog, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    for _ in range(int(seconds / step)):
        clock.advance(step)
        window.driver.poll()


def test_typing_head_ache_shows_red_flags_first_then_ranked_points(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = finder(qtbot, window)
    qtbot.keyClicks(page.query, "head ache")
    assert [s.id for s in page.chosen] == ["headache"]
    assert page.red_flags.isVisibleTo(page)
    assert "get medical help instead" in page.red_flags.text()
    codes = [page.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.results.count())]
    assert codes[:3] == ["LU7", "LI4", "SI3"]
    assert all(r.reasons[0] == "traditionally used for headache" for r in page.ranked)
    row = page.results.itemWidget(page.results.item(1))
    qtbot.mouseClick(row.map_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 0 and window.panel.point.code == "LI4"


def test_picking_two_complaints_ranks_points_serving_both_first(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = finder(qtbot, window)
    qtbot.mouseClick(page.chips["headache"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.chips["stress-anxiety"], Qt.MouseButton.LeftButton)
    assert {r.point.code for r in page.ranked[:4]} == {"LI4", "LR3", "GV20", "EX-HN3"}
    assert page.red_flags.text().count("get medical help instead") == 2


def test_start_on_a_result_opens_its_session_in_one_click(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    page = finder(qtbot, window)
    page.choose("nausea")
    row = page.results.itemWidget(page.results.item(0))
    qtbot.mouseClick(row.start_button, Qt.MouseButton.LeftButton)
    session = window.workspace.practice_dialog
    assert session is not None and session.subject.code == "PC6"
    qtbot.addWidget(session)


def test_a_whole_routine_runs_with_the_map_following_and_lands_in_history(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    page = finder(qtbot, window)
    page.choose("nausea")
    [preset] = [w for w in page.findChildren(type(page.routine_button)) if w.text().startswith("Preset: Settle nausea")]
    qtbot.mouseClick(preset, Qt.MouseButton.LeftButton)
    run = window.workspace.practice_dialog
    assert isinstance(run, PracticeDialog)
    qtbot.addWidget(run)
    run.setup.before.setCurrentIndex(run.setup.before.findData(6))
    qtbot.mouseClick(run.setup.start_button, Qt.MouseButton.LeftButton)
    assert window.panel.point.code == "PC6"  # the map follows along
    assert run.view is not None and run.view.status_note.text().startswith("Point 1 of 2")
    drive(run, clock, run.subject.steps[0].duration_s + 1)
    qtbot.waitUntil(lambda: run.pages.currentWidget() is run.finding)
    assert "Next: CV12" in run.finding.title.text()
    assert window.panel.point.code == "CV12"
    qtbot.keyClick(run, Qt.Key.Key_Space)  # pause the countdown
    drive(run, clock, 30)
    assert run.pages.currentWidget() is run.finding
    qtbot.keyClick(run, Qt.Key.Key_Space)
    drive(run, clock, 9)
    assert run.view is not None
    drive(run, clock, run.subject.steps[1].duration_s + 1)
    qtbot.waitUntil(lambda: run.pages.currentWidget() is run.outcome)
    assert "all 2 points" in run.outcome.title.text()
    run.outcome.rating.setCurrentIndex(run.outcome.rating.findData(2))
    qtbot.mouseClick(run.outcome.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.practice_dialog is None)

    [stored] = history.runs.recent()
    assert (stored.routine_name, stored.status, stored.steps_done) == ("Settle nausea", SessionStatus.COMPLETED, 2)
    sessions = history.sessions.recent()
    assert {s.point_code for s in sessions} == {"PC6", "CV12"}
    assert all(s.routine_run_id == stored.id and s.purpose == "nausea" for s in sessions)

    # The history shows the run, and can list routine steps alone.
    window.show_history()
    page = window.history_page
    page.filters.routine.setCurrentIndex(page.filters.routine.findData(RoutinePart.IN_ROUTINE))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.index(0, ROUTINE_COLUMN).data() == "Settle nausea"
    page.table.selectRow(0)
    assert "Part of the routine: Settle nausea" in page.detail.text.toPlainText()
    page.filters.routine.setCurrentIndex(page.filters.routine.findData(RoutinePart.ALONE))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_a_routine_stopped_halfway_is_kept_as_a_partial_run(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    page = finder(qtbot, window)
    page.choose("insomnia")
    routine = page.top_routine()
    assert routine is not None and len(routine.steps) == 4
    window.workspace.start_practice(routine)
    run = window.workspace.practice_dialog
    qtbot.addWidget(run)
    run.confirm_stop = lambda _parent: True
    qtbot.mouseClick(run.setup.start_button, Qt.MouseButton.LeftButton)
    drive(run, clock, run.subject.steps[0].duration_s + 1)
    qtbot.waitUntil(lambda: run.pages.currentWidget() is run.finding)
    qtbot.keyClick(run, Qt.Key.Key_Right)  # start the next point now
    drive(run, clock, 20)
    qtbot.keyClick(run, Qt.Key.Key_Escape)
    assert run.pages.currentWidget() is run.outcome
    assert "1 of 4 points" in run.outcome.title.text()
    [stored] = history.runs.recent()
    assert (stored.status, stored.steps_done, stored.steps_planned) == (SessionStatus.STOPPED, 1, 4)
    run.close()
    window.show_history()
    labels = {window.history_page.model.index(r, ROUTINE_COLUMN).data() for r in range(2)}
    assert labels == {f"{routine.name} · 1 of 4 (stopped)"}


def test_with_pregnancy_ticked_the_finder_and_presets_leave_out_points_to_avoid(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, practice
) -> None:
    from acupressure_desktop.safety import SafetyProfile

    practice.safety.update(SafetyProfile().with_answers(frozenset({"pregnancy"})))
    page = finder(qtbot, window)
    page.choose("headache")
    assert "LI4" not in [r.point.code for r in page.ranked]
    assert "LI4" in page.left_out.text()
    [preset] = [w for w in page.findChildren(type(page.routine_button)) if "tension headache" in w.text()]
    qtbot.mouseClick(preset, Qt.MouseButton.LeftButton)
    run = window.workspace.practice_dialog
    qtbot.addWidget(run)
    assert [s.point_code for s in run.subject.steps] == ["GB20", "EX-HN3", "TE3"]


def test_from_head_ache_to_a_finished_routine_in_the_history(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    page = finder(qtbot, window)
    qtbot.keyClicks(page.query, "head ache")
    assert page.red_flags.isVisibleTo(page)
    qtbot.mouseClick(page.routine_button, Qt.MouseButton.LeftButton)
    run = window.workspace.practice_dialog
    assert isinstance(run, PracticeDialog)
    qtbot.addWidget(run)
    assert [s.point_code for s in run.subject.steps] == ["LU7", "LI4", "SI3", "BL2"]
    qtbot.mouseClick(run.setup.start_button, Qt.MouseButton.LeftButton)
    last = len(run.subject.steps) - 1
    for number, step in enumerate(run.subject.steps):
        assert window.panel.point.code == step.point_code
        drive(run, clock, step.duration_s + 1)
        if number < last:
            qtbot.waitUntil(lambda: run.pages.currentWidget() is run.finding)
            drive(run, clock, 9)  # the countdown to the next point
    qtbot.waitUntil(lambda: run.pages.currentWidget() is run.outcome)
    [stored] = history.runs.recent()
    assert (stored.status, stored.steps_done) == (SessionStatus.COMPLETED, 4)
    assert [s.point_code for s in reversed(history.sessions.recent())] == ["LU7", "LI4", "SI3", "BL2"]
    run.close()
