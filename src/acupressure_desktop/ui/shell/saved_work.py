"""What is safe on disk at any moment, in one sentence, for the dialog after an unexpected error."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from acupressure_desktop.ui.map.workspace import Workspace


def saved_work_text(workspace: Workspace) -> str:
    """One honest sentence on what is on disk, for the dialog after an unexpected error."""
    if not workspace.practice.history.database.can_write:
        return QCoreApplication.translate(
            "SavedWork", "Your history could not be written before this problem either, so nothing new was saved."
        )
    session = workspace.practice_dialog
    if session is not None and session.is_running:
        return QCoreApplication.translate(
            "SavedWork",
            "Your practice history is saved. The practice in progress is saved up to the last few seconds; "
            "you can keep going, and if you quit now it is kept in your history as interrupted.",
        )
    return QCoreApplication.translate("SavedWork", "Your practice history is saved; nothing you did was lost.")
