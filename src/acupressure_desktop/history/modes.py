"""Whether sessions are being saved, and what the user is told when that changes."""

from __future__ import annotations

import sqlite3
from enum import StrEnum

from acupressure_desktop.history.write_failures import in_words

SAVING_AGAIN = "Your sessions are being saved again; nothing was lost."
PAST_SESSIONS_SAFE = "Your past sessions are safe and can still be viewed."


class StoreMode(StrEnum):
    """Whether sessions are being saved."""

    WRITABLE = "writable"
    RETRYING = "retrying"  # a write failed for a passing cause; new work is kept in memory and tried again
    READ_ONLY = "read_only"  # past sessions can be read; new ones are not saved
    UNAVAILABLE = "unavailable"  # nothing can be read or saved


def not_saved(reason: str, error: BaseException) -> str:
    detail = getattr(error, "strerror", None) or str(error)
    return f"Your sessions are not being saved: {reason} ({detail})."


def saved_later(error: sqlite3.Error) -> str:
    return (
        f"Your sessions are not being saved right now: {in_words(error)} ({error}). Your past sessions are safe; "
        "new ones are kept while the app is open and saved as soon as they can be."
    )
