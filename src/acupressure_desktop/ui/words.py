"""Texts made outside the interface (phase titles, history notices) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acupressure_desktop.translatable import Text
from acupressure_desktop.ui.local_format import LocalFormat


def in_language(text: str) -> str:
    """``text`` translated if it is a ``Text``, with its values translated too; else as it is."""
    if not isinstance(text, Text):
        return text
    translated = QCoreApplication.translate(text.context, text.source)
    if not text.values:
        return translated
    values = {name: _shown(value) for name, value in text.values.items()}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that lost a placeholder must not hide the message: show the English one.
        return str.__str__(text)


def _shown(value: object) -> object:
    if isinstance(value, str):
        return in_language(value)
    if isinstance(value, float):
        return LocalFormat().number(value, 1)  # "1,5" where the locale writes it so
    return value


def error_in_language(error: BaseException) -> str:
    """An error's message for the user, translated when it was written as a ``Text``."""
    first = error.args[0] if error.args else None
    return in_language(first) if isinstance(first, Text) else str(error)
