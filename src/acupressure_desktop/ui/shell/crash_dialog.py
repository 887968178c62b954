"""The dialog shown after an unexpected error: an apology, what is safe, and details to copy."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop import APP_NAME


class CrashDialog(QDialog):
    """Tells the user what went wrong in plain words and lets them keep working or quit."""

    quit_requested = Signal()

    def __init__(self, saved_work: str, log_note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: Something Went Wrong").format(app=APP_NAME))
        self.setObjectName("crashDialog")
        self.setModal(True)
        heading = QLabel(
            "<b>{}</b>".format(self.tr("Sorry, {app} ran into a problem it did not expect.").format(app=APP_NAME))
        )
        heading.setWordWrap(True)
        self.saved_label = QLabel(saved_work)
        self.saved_label.setWordWrap(True)
        self.log_label = QLabel(log_note)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setMinimumHeight(160)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy Details"))
        self.keep_button = QPushButton(self.tr("&Keep Working"))
        self.quit_button = QPushButton(self.tr("&Quit"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.keep_button.clicked.connect(self.accept)
        self.quit_button.clicked.connect(self._quit)

        layout = QVBoxLayout(self)
        for widget in (heading, self.saved_label, self.log_label, self.details, buttons):
            layout.addWidget(widget)
        self.resize(560, 420)

    def add_details(self, text: str) -> None:
        """Append one more error report; several errors in a row share one dialog."""
        if self.details.toPlainText():
            self.details.appendPlainText("\n" + "-" * 40 + "\n")
        self.details.appendPlainText(text.rstrip())

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

    def _quit(self) -> None:
        self.quit_requested.emit()
        self.reject()
