"""Qt's own warnings go to the app's log; only the ones that mean something reach the terminal."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# Expected on many machines and harmless for this app: sound cues use Qt's own audio output, not a
# media backend; PipeWire is tried before PulseAudio; without a sound server the app already says
# so in its window; offscreen windows have no size hints. They go to the log file only.
EXPECTED = (
    "PulseAudioService: pa_context_connect() failed",
    "No QtMultimedia backends found",
    "Couldn't load pipewire",
    "Couldn't resolve pipewire",
    "This plugin does not support propagateSizeHints",
)
LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_level(kind: QtMsgType, message: str) -> int:
    """The logging level a Qt message deserves."""
    if any(message.startswith(expected) for expected in EXPECTED):
        return logging.INFO
    return LEVELS.get(kind, logging.WARNING)


def route_qt_messages(logger: logging.Logger) -> None:
    """Send Qt's messages to ``logger``, at the level each deserves (the logger decides what is shown)."""

    def handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        level = qt_message_level(kind, message)
        category = context.category or "qt"
        logger.log(level, "[%s] %s", category, message)

    qInstallMessageHandler(handle)
