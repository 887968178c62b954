"""The app's log: a small rotating file in the user's log folder, plus a record of hard crashes.

Users rarely start the app from a terminal, so anything worth reading after a problem (unhandled
errors, Qt's warnings) goes to a file they can attach to a bug report.
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from acupressure_desktop.private_files import open_private_append, private_folder
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP

LOGGER_NAME = "acupressure_desktop"
LOG_FILE = "acupressure-desktop.log"
FATAL_FILE = "fatal-errors.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3


def app_logger() -> logging.Logger:
    """The logger every part of the app writes to."""
    return logging.getLogger(LOGGER_NAME)


class PrivateRotatingLog(RotatingFileHandler):
    """Log files readable by the user alone; a full disk costs log lines, never a traceback."""

    failed = False

    def _open(self) -> io.TextIOWrapper:
        descriptor = open_private_append(Path(self.baseFilename))
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:
        # The default prints a traceback for every line that could not be written.
        self.failed = True

    def close(self) -> None:
        try:
            super().close()
        except OSError:
            # The last lines could not be flushed (disk full): nothing else depends on them, but
            # the file itself must still be closed.
            self.failed = True
            stream, self.stream = self.stream, None
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def terminal_echo() -> logging.Handler:
    """Warnings and errors also on the terminal, for whoever started the app from one."""
    # A windowed build has no stderr at all; its messages are in the log file.
    handler: logging.Handler = logging.StreamHandler(sys.stderr) if sys.stderr is not None else logging.NullHandler()
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(message)s"))
    return handler


class AppLog:
    """Owns the log file handler and the fatal-error file for one run of the app."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        self.log_file = log_dir / LOG_FILE
        self.problem = ""
        self._handler: RotatingFileHandler | None = None
        self._echo: logging.Handler | None = None
        self._fatal: TextIO | None = None

    def start(self) -> bool:
        """Begin writing; False (with ``problem`` set) when the folder cannot be written."""
        # The terminal hears of warnings even when the file cannot be written.
        self._echo = terminal_echo()
        app_logger().addHandler(self._echo)
        try:
            private_folder(self.log_dir)
            handler = PrivateRotatingLog(self.log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
            # A segfault in a native library never reaches Python's handlers; faulthandler still
            # writes the Python stack of every thread to this file.
            fatal = os.fdopen(open_private_append(self.log_dir / FATAL_FILE), "a", encoding="utf-8")
        except OSError as error:
            self.problem = QT_TRANSLATE_NOOP("AppLog", "The log cannot be written in {folder}: {reason}.").filled(
                folder=self.log_dir, reason=error.strerror or error
            )
            return False
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger = app_logger()
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        faulthandler.enable(fatal)
        self._handler, self._fatal = handler, fatal
        return True

    @property
    def started(self) -> bool:
        return self._handler is not None

    def stop(self) -> None:
        if self._echo is not None:
            app_logger().removeHandler(self._echo)
            self._echo = None
        if self._handler is not None:
            app_logger().removeHandler(self._handler)
            self._handler.close()
            self._handler = None
        if self._fatal is not None:
            # Hand fatal errors back to the terminal, if there is one (a windowed build has none).
            if sys.stderr is not None:
                # A stderr without a file behind it (redirected by a host) cannot take them.
                with contextlib.suppress(OSError, ValueError):
                    faulthandler.enable(sys.stderr)
            with contextlib.suppress(OSError):  # a full disk: the file holds what it could
                self._fatal.close()
            self._fatal = None
