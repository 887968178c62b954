"""Unexpected errors: an apology, what is safe, details to copy, a log entry, and nothing lost."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import AppLog, app_logger
from acupressure_desktop.history import History, SessionStatus
from acupressure_desktop.practice import PhaseKind
from acupressure_desktop.ui.shell.crash_reporter import CrashReporter
from tests.fakes import FakeClock
from tests.gui.test_guided_session import open_session, run_until


@pytest.fixture
def log(tmp_path: Path) -> Iterator[AppLog]:
    app_log = AppLog(tmp_path / "logs")
    assert app_log.start()
    yield app_log
    app_log.stop()


@pytest.fixture
def quits() -> list[bool]:
    return []


@pytest.fixture
def reporter(window, log: AppLog, quits: list[bool]) -> Iterator[CrashReporter]:  # type: ignore[no-untyped-def]
    crash = CrashReporter(app_logger(), log.log_file, window.describe_saved_work, lambda: quits.append(True), window)
    crash.install()
    yield crash
    crash.uninstall()


def fail_on_purpose() -> None:
    raise ZeroDivisionError("a test error in a slot")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_brings_an_apology_and_is_logged_and_the_app_goes_on(
    qtbot: QtBot, window, reporter: CrashReporter, log: AppLog
) -> None:
    QTimer.singleShot(0, fail_on_purpose)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert dialog is not None
    assert "ZeroDivisionError: a test error in a slot" in dialog.details.toPlainText()
    assert "nothing you did was lost" in dialog.saved_label.text()
    assert str(log.log_file) in dialog.log_label.text()
    assert "ZeroDivisionError: a test error in a slot" in log.log_file.read_text(encoding="utf-8")

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reporter.dialog is None)
    # Still usable: the map answers as before.
    window.selection.select("LI4")
    assert window.panel.point.code == "LI4"


def test_errors_in_a_row_share_one_dialog(qtbot: QtBot, reporter: CrashReporter) -> None:
    for text in ("first problem", "second problem"):
        try:
            raise RuntimeError(text)
        except RuntimeError as error:
            reporter.handle(RuntimeError, error, error.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialog is not None and "second problem" in reporter.dialog.details.toPlainText())
    assert reporter.dialog is not None
    assert "first problem" in reporter.dialog.details.toPlainText()
    assert sum(w.objectName() == "crashDialog" and w.isVisible() for w in QApplication.topLevelWidgets()) == 1


def test_an_error_in_a_worker_thread_reaches_the_dialog(qtbot: QtBot, reporter: CrashReporter) -> None:
    worker = threading.Thread(target=fail_on_purpose)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert "ZeroDivisionError" in reporter.dialog.details.toPlainText()


def test_a_running_session_is_kept_and_quitting_leaves_it_in_the_history(  # type: ignore[no-untyped-def]
    qtbot: QtBot, window, reporter: CrashReporter, clock: FakeClock, history: History, quits: list[bool]
) -> None:
    session_window = open_session(qtbot, window)
    qtbot.mouseClick(session_window.setup.start_button, Qt.MouseButton.LeftButton)
    run_until(session_window, clock, PhaseKind.HOLD)
    try:
        fail_on_purpose()
    except ZeroDivisionError as error:
        reporter.handle(ZeroDivisionError, error, error.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    dialog = reporter.dialog
    assert dialog is not None
    assert "practice in progress is saved up to the last few seconds" in dialog.saved_label.text()
    [record] = history.sessions.recent()
    assert record.status is SessionStatus.IN_PROGRESS
    assert any(phase.kind == PhaseKind.HOLD.value for phase in record.phases)
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert quits == [True]


def test_without_a_log_file_the_dialog_says_to_copy_the_details(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    reporter = CrashReporter(logging.getLogger("test"), None, window.describe_saved_work, lambda: None, window)
    try:
        raise ValueError("no log")
    except ValueError as error:
        reporter.handle(ValueError, error, error.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    assert reporter.dialog is not None
    assert "copy them" in reporter.dialog.log_label.text()
    reporter.dialog.reject()
