"""Marks text for translation where it is written, without Qt: the text is translated where shown.

``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP(context, text)`` call by its name, so the
data and practice modules (which do not import Qt) can name their user-facing words too; the
interface passes them through ``QCoreApplication.translate(context, text)`` when it shows them.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, unchanged; ``context`` is where a translator finds it."""
    del context
    return text
