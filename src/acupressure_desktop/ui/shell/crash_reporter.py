"""Catches errors nothing else handled, writes them to the log and tells the user.

An error in a slot does not end a Qt app, so the user can usually keep working; the dialog says
what is safe (the history is written as the user goes) and offers the details for a bug report.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import QWidget

from acupressure_desktop import APP_NAME, __version__
from acupressure_desktop.ui.shell.crash_dialog import CrashDialog

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def error_report(error_type: type[BaseException], error: BaseException, trace: TracebackType | None) -> str:
    """The text a developer needs: versions, platform and the traceback."""
    header = (
        f"{APP_NAME} {__version__}, Python {platform.python_version()}, Qt {qVersion()}, "
        f"{platform.system()} {platform.release()} ({platform.machine()})"
    )
    return header + "\n" + "".join(traceback.format_exception(error_type, error, trace))


class CrashReporter(QObject):
    """Installs itself as the handler of last resort for the GUI thread and worker threads."""

    _reported = Signal(str)

    def __init__(
        self,
        logger: logging.Logger,
        log_file: Path | None,
        saved_work: Callable[[], str],
        quit_app: Callable[[], None],
        window: QWidget | None = None,
    ) -> None:
        super().__init__(window)
        self._logger = logger
        self._log_file = log_file
        self._saved_work = saved_work
        self._quit_app = quit_app
        self._window = window
        self._previous: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self.dialog: CrashDialog | None = None
        # Queued, so a report from a worker thread builds its dialog on the GUI thread.
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous, sys.excepthook = sys.excepthook, self.handle
        self._previous_thread_hook, threading.excepthook = threading.excepthook, self._handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def handle(self, error_type: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(error_type, KeyboardInterrupt) and self._previous is not None:
            self._previous(error_type, error, trace)
            return
        report = error_report(error_type, error, trace)
        self._logger.error("Unexpected error\n%s", report)
        self._reported.emit(report)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value if args.exc_value is not None else args.exc_type()
        self.handle(args.exc_type, error, args.exc_traceback)

    def _show(self, report: str) -> None:
        if self.dialog is None:
            dialog = CrashDialog(self._describe_saved_work(), self._log_note(), self._window)
            dialog.quit_requested.connect(self._quit_app)
            dialog.finished.connect(self._dialog_closed)
            self.dialog = dialog
            dialog.open()
        self.dialog.add_details(report)

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _describe_saved_work(self) -> str:
        try:
            return self._saved_work()
        except Exception:  # the app is already in trouble: say less rather than fail again
            return "Your practice history is written to disk as you go."

    def _log_note(self) -> str:
        if self._log_file is None:
            return "The details could not be written to a log file; copy them if you want to report this."
        return f"The details are also in the log: {self._log_file}"
