"""Whether sessions are being saved, and what the user is told when that changes."""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from acupressure_desktop.history.write_failures import in_words
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP, Text

SAVING_AGAIN = QT_TRANSLATE_NOOP("HistoryNotice", "Your sessions are being saved again; nothing was lost.")
PAST_SESSIONS_SAFE = QT_TRANSLATE_NOOP("HistoryNotice", "Your past sessions are safe and can still be viewed.")


class StoreMode(StrEnum):
    """Whether sessions are being saved."""

    WRITABLE = "writable"
    RETRYING = "retrying"  # a write failed for a passing cause; new work is kept in memory and tried again
    READ_ONLY = "read_only"  # past sessions can be read; new ones are not saved
    UNAVAILABLE = "unavailable"  # nothing can be read or saved


def not_saved(reason: str, error: BaseException) -> Text:
    detail = getattr(error, "strerror", None) or str(error)
    notice = QT_TRANSLATE_NOOP("HistoryNotice", "Your sessions are not being saved: {reason} ({detail}).")
    return notice.filled(reason=reason, detail=detail)


def saved_later(error: sqlite3.Error) -> Text:
    notice = QT_TRANSLATE_NOOP(
        "HistoryNotice",
        "Your sessions are not being saved right now: {reason} ({detail}). Your past sessions are safe; "
        "new ones are kept while the app is open and saved as soon as they can be.",
    )
    return notice.filled(reason=in_words(error), detail=str(error))


def one_after_another(first: str, second: str) -> Text:
    """Two notices shown as one, in the order the language puts sentences."""
    return QT_TRANSLATE_NOOP("HistoryNotice", "{first} {second}").filled(first=first, second=second)
