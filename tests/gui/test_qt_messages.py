"""Qt's messages: harmless, expected ones are quiet; real warnings still reach the terminal."""

from __future__ import annotations

import logging

from PySide6.QtCore import QtMsgType

from acupressure_desktop.ui.shell.qt_messages import qt_message_level


def test_expected_messages_about_audio_are_logged_but_not_echoed() -> None:
    message = "No QtMultimedia backends found. Only QMediaDevices, QAudioDevice, QSoundEffect are available."
    assert qt_message_level(QtMsgType.QtWarningMsg, message) == logging.INFO
    assert qt_message_level(QtMsgType.QtWarningMsg, "Couldn't load pipewire-0.3 library") == logging.INFO


def test_other_warnings_keep_their_level() -> None:
    assert qt_message_level(QtMsgType.QtWarningMsg, "QPainter::begin: Paint device returned engine == 0") == (
        logging.WARNING
    )
    assert qt_message_level(QtMsgType.QtCriticalMsg, "something broke") == logging.ERROR
