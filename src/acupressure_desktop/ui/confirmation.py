"""Questions before an action that cannot simply be undone, with buttons named for what they do."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget | None,
    title: str,
    question: str,
    action: str,
    details: str = "",
    keep: str = "",
) -> bool:
    """Ask ``question``; True only if the user pressed the ``action`` button.

    The other button (``keep``, or the platform's Cancel) is the default and answers Escape, so
    a hurried Enter never deletes or stops anything.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    if details:
        box.setInformativeText(details)
    chosen = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = (
        box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
        if keep
        else box.addButton(QMessageBox.StandardButton.Cancel)
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is chosen
