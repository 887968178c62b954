"""Safety as a user meets it: the first-run screen, questions before sessions, gentle pressure, red flags."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from acupressure_desktop.paths import AppPaths
from acupressure_desktop.practice import PhaseKind
from acupressure_desktop.safety import SafetyProfile, SafetyProfileStore
from acupressure_desktop.ui.guidance.safety_controller import SafetyController
from acupressure_desktop.ui.shell.assembly import AppParts
from tests.fakes import FakeClock
from tests.gui.conftest import click_hotspot
from tests.gui.test_guided_session import run_until

_watching: list[bool] = []


@pytest.fixture(autouse=True)
def _watch_for_questions_only_during_the_test() -> Iterator[None]:
    _watching[:] = [True]
    yield
    _watching.clear()


def answer(safety: SafetyController, *conditions: str) -> None:
    safety.update(SafetyProfile().with_answers(frozenset(conditions)))


def when_modal(qtbot: QtBot, act: Callable[[QWidget], None]) -> list[str]:
    """Run ``act`` on the next modal dialog once it is up, during this test; returns the dialog's object name."""
    seen: list[str] = []

    def poll() -> None:
        if not _watching:
            return  # the test is over: a question that never came must not answer a later test's dialog
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog.objectName())
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def press_start(qtbot: QtBot, window, code: str = "LI4") -> None:  # type: ignore[no-untyped-def]
    window.body_map.show_view(window.workspace.catalog.point(code).views()[0])
    click_hotspot(qtbot, window.body_map, code)
    qtbot.mouseClick(window.panel.start_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("safety_answers", [None], ids=["first run"])
def test_the_first_run_shows_the_safety_screen_and_saving_keeps_the_answers(
    qtbot: QtBot, parts: AppParts, app_paths: AppPaths
) -> None:
    parts.start()
    window = parts.window
    safety = parts.practice.safety
    qtbot.waitUntil(lambda: safety.screen is not None and safety.screen.isVisible(), timeout=10_000)
    screen = safety.screen
    assert screen.skip_button.text() == "S&kip for Now"
    box = screen.boxes["pregnancy"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the tick box
    assert box.isChecked()
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: safety.screen is None)
    # The answers are on disk, beside the settings, and apply to a new run.
    again = SafetyProfileStore(app_paths.config_dir).load()
    assert again.conditions == {"pregnancy"} and again.answered
    window.selection.select("LI4")
    assert "Applies to you (Pregnancy)" in window.panel.text()


def test_a_returning_user_is_not_shown_the_screen_again(qtbot: QtBot, qapp: QApplication, parts: AppParts) -> None:
    parts.start()
    qtbot.waitExposed(parts.window)
    qapp.processEvents()  # the first-run check is queued right after the window shows
    assert parts.practice.safety.screen is None


def test_with_pregnancy_ticked_a_session_on_LI4_needs_a_confirmation_and_cancel_starts_nothing(
    qtbot: QtBot, window, safety: SafetyController
) -> None:
    answer(safety, "pregnancy")
    texts: list[str] = []

    def cancel(dialog: QWidget) -> None:
        texts.append(dialog.agree.text())
        assert not dialog.start_button.isEnabled()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    seen = when_modal(qtbot, cancel)
    press_start(qtbot, window)
    assert seen == ["consentDialog"]
    assert texts == ["I have talked to my doctor about this"]
    assert window.workspace.practice_dialog is None

    def confirm(dialog: QWidget) -> None:
        qtbot.mouseClick(dialog.agree, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.agree.height() // 2))
        assert dialog.start_button.isEnabled()
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    seen = when_modal(qtbot, confirm)
    press_start(qtbot, window)
    assert seen == ["consentDialog"]
    session = window.workspace.practice_dialog
    assert session is not None
    qtbot.addWidget(session)


def test_without_pregnancy_ticked_nothing_is_asked(qtbot: QtBot, window, safety: SafetyController) -> None:  # type: ignore[no-untyped-def]
    answer(safety, "pregnancy")
    answer(safety)  # unticked again
    seen = when_modal(qtbot, lambda dialog: dialog.reject())
    press_start(qtbot, window)
    assert window.workspace.practice_dialog is not None
    qtbot.addWidget(window.workspace.practice_dialog)
    assert seen == []


def test_after_skipping_the_screen_one_reminder_comes_before_the_first_session(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, safety: SafetyController
) -> None:
    safety.update(SafetyProfile(skipped=True))
    seen = when_modal(qtbot, lambda dialog: qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton))
    press_start(qtbot, window, "PC6")
    assert seen == ["safetyReminder"]
    session = window.workspace.practice_dialog
    assert session is not None
    qtbot.addWidget(session)
    session.confirm_stop = lambda _parent: True
    session.close()
    qtbot.waitUntil(lambda: window.workspace.practice_dialog is None)
    seen = when_modal(qtbot, lambda dialog: dialog.reject())
    press_start(qtbot, window, "PC6")
    assert seen == []
    qtbot.addWidget(window.workspace.practice_dialog)


def test_reading_the_notes_from_the_reminder_opens_the_screen_instead_of_a_session(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, safety: SafetyController
) -> None:
    safety.update(SafetyProfile(skipped=True))
    when_modal(qtbot, lambda dialog: qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton))
    press_start(qtbot, window, "PC6")
    assert window.workspace.practice_dialog is None
    qtbot.waitUntil(lambda: safety.screen is not None and safety.screen.isVisible())
    safety.screen.reject()


def test_blood_thinners_make_the_session_gentle_and_say_so(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, safety: SafetyController, clock: FakeClock
) -> None:
    answer(safety, "blood-thinners")
    press_start(qtbot, window, "PC6")
    session = window.workspace.practice_dialog
    qtbot.addWidget(session)
    qtbot.mouseClick(session.setup.start_button, Qt.MouseButton.LeftButton)
    assert "Gentle pressure" in session.view.status_note.text()
    run_until(session, clock, PhaseKind.HOLD)
    assert "gentle" in session.view.guidance_label.text()
    assert session.driver.snapshot().phase.level == pytest.approx(0.4)
    window.selection.select("PC6")
    assert "Applies to you (Blood thinners)" in window.panel.text()


def test_red_flags_come_before_any_point_when_a_symptom_is_searched(qtbot: QtBot, window, safety) -> None:  # type: ignore[no-untyped-def]
    answer(safety, "pregnancy")
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "headache")
    notes = box.notes()
    assert notes[0].startswith("⚠ Headache: get medical help instead if")
    assert any("emergency" in note for note in notes[1:])
    assert "LI4" not in box.results()
    assert notes[-1].startswith("Left out because of your safety answers: LI4")
    best = box.results()[0]
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter opens the best point, never a note
    assert window.panel.point.code == best


def test_choosing_what_a_session_is_for_shows_its_red_flags(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    press_start(qtbot, window, "PC6")
    session = window.workspace.practice_dialog
    qtbot.addWidget(session)
    setup = session.setup
    assert not setup.red_flags.isVisibleTo(setup)
    setup.purpose.setCurrentIndex(setup.purpose.findData("nausea"))
    assert setup.red_flags.isVisibleTo(setup)
    assert "get medical help instead" in setup.red_flags.text()


def test_the_guide_and_the_safety_screen_are_under_help(qtbot: QtBot, window, safety) -> None:  # type: ignore[no-untyped-def]
    window.guide_action.trigger()
    guide = window.findChild(QDialog, "practiceGuide")
    assert guide is not None and guide.isVisible() and not guide.isModal()
    text = guide.browser.toPlainText()
    assert "3 minutes" in text or "three minutes" in text
    guide.close()
    answer(safety, "diabetes")
    window.safety_action.trigger()
    screen = safety.screen
    assert screen is not None and screen.boxes["diabetes"].isChecked()
    assert screen.skip_button.text() == "&Cancel"
    screen.reject()
