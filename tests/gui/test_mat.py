"""A mat session as a user runs it: set up, follow to the end, rate, and find it in the history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.practice import PhaseKind
from acupressure_desktop.practice.protocols import MatPosition, MatProtocol, MatSurface
from acupressure_desktop.safety import SafetyProfile
from acupressure_desktop.ui.practice.practice_dialog import PracticeDialog
from tests.fakes import FakeClock


def mat_page(window, qtbot: QtBot | None = None):  # type: ignore[no-untyped-def]
    window.show_mat()
    assert window.current_page() is window.mat_page
    if qtbot is not None:  # the page scrolls: its layout settles once the event loop runs
        qtbot.waitUntil(lambda: window.mat_page.use_suggestion.width() > 0)
    return window.mat_page


def test_a_five_minute_mat_session_runs_to_the_end_and_lands_in_the_history(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, clock: FakeClock, history: History
) -> None:
    page = mat_page(window, qtbot)
    assert "Next: 5 min on a layer of cloth" in page.suggestion_label.text()
    qtbot.mouseClick(page.use_suggestion, Qt.MouseButton.LeftButton)
    page.position.setCurrentIndex(page.position.findData("sit"))
    page.purpose.setCurrentIndex(page.purpose.findData("stress-anxiety"))
    page.before.setCurrentIndex(page.before.findData(7))
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    run = window.workspace.practice_dialog
    assert isinstance(run, PracticeDialog)
    qtbot.addWidget(run)
    assert "sitting, 5 min, through a layer of cloth" in run.view.point_label.text()
    # The mat's own words and picture: nothing to find with a fingertip, no pressure scale.
    guidance = run.view.guidance_label.text().lower()
    assert "mat" in guidance and "point" not in guidance and "fingertip" not in guidance
    assert not run.view.plot.plot.getAxis("left").isVisible()  # no pressure scale to read
    assert [label.toPlainText() for label in run.view.plot.phase_labels] == [
        "Settle in",
        "Rest on the mat",
        "Get up slowly",
    ]
    kinds = []
    while not run.runner.is_over:
        clock.advance(1.0)
        run.driver.poll()
        kind = run.driver.snapshot().phase.kind
        if not kinds or kinds[-1] is not kind:
            kinds.append(kind)
    assert kinds[-3:] == [PhaseKind.SETTLE, PhaseKind.REST, PhaseKind.FINISH]
    assert run.pages.currentWidget() is run.outcome
    assert "stayed on the mat for 5:00. It counts toward today's goal." in run.outcome.title.text()
    run.outcome.rating.setCurrentIndex(run.outcome.rating.findData(3))
    qtbot.mouseClick(run.outcome.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.practice_dialog is None)

    [stored] = history.sessions.recent()
    assert stored.point_code is None and stored.status is SessionStatus.COMPLETED
    assert stored.protocol == MatProtocol(position=MatPosition.SIT, surface=MatSurface.LAYER, minutes=5)
    assert (stored.purpose, stored.before_rating, stored.after_rating) == ("stress-anxiety", 7, 3)
    page.refresh()
    assert "Next: 6 min" in page.suggestion_label.text()
    window.show_history()
    assert window.history_page.model.index(0, 1).data() == "Acupressure mat"


def test_bruising_and_blood_thinners_show_the_mat_caution_first(qtbot: QtBot, window, practice) -> None:  # type: ignore[no-untyped-def]
    page = mat_page(window)
    assert not page.cautions.isVisibleTo(page)
    practice.safety.update(SafetyProfile().with_answers(frozenset({"blood-thinners"})))
    assert page.cautions.isVisibleTo(page)
    assert "Blood thinners" in page.cautions.text() and "layer of cloth" in page.cautions.text()


def test_with_osteoporosis_a_mat_session_asks_first_and_cancel_starts_nothing(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, practice, monkeypatch
) -> None:
    practice.safety.update(SafetyProfile().with_answers(frozenset({"osteoporosis"})))
    asked: list[str] = []

    class Refused:
        def __init__(self, what: str, *_args: object) -> None:
            asked.append(what)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr("acupressure_desktop.ui.guidance.safety_controller.ConsentDialog", Refused)
    page = mat_page(window)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert asked == ["using an acupressure mat"]
    assert window.workspace.practice_dialog is None
