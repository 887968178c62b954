"""Words for the user, written in Qt-free modules and translated where the interface shows them.

``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP(context, text)`` call by its name, so the
data, practice and history modules (which do not import Qt) can name their user-facing words. The
call returns a ``Text``: a plain English string that also remembers its context, its source text
and the values filled into it, so the interface can show it in the user's language
(``ui.words.in_language``) while everything else (logs, tests, files) keeps reading English.
"""

from __future__ import annotations

from collections.abc import Mapping


class Text(str):
    """An English text that knows how to be translated: ``context``, ``source`` and ``values``."""

    context: str
    source: str
    values: Mapping[str, object]

    def __new__(cls, source: str, context: str, values: Mapping[str, object] | None = None) -> Text:
        filled = dict(values or {})
        text = super().__new__(cls, source.format(**filled) if filled else source)
        text.context, text.source, text.values = context, source, filled
        return text

    def filled(self, **values: object) -> Text:
        """The same words with their {placeholders} filled (values may be ``Text`` themselves)."""
        return Text(self.source, self.context, values)

    def __reduce__(self) -> tuple[object, ...]:
        return (Text, (self.source, self.context, dict(self.values)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:
    """``text`` as a ``Text`` of ``context``, unchanged in English."""
    return Text(text, context)
