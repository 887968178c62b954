"""The questions asked before a session: the user's own cautions, and the one-time safety reminder."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Caution, Point, SafetyGuide
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.rich_text import ITEM

CONSENT = QT_TRANSLATE_NOOP("ConsentDialog", "I have talked to my doctor about this")


class ConsentDialog(QDialog):
    """Shows the cautions that concern the user; Start stays off until they confirm."""

    def __init__(
        self, what: str, cautions: tuple[Caution, ...], guide: SafetyGuide, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Before You Start"))
        self.setModal(True)
        items = "".join(f"{ITEM}<b>{escape(guide.names(c.conditions))}:</b> {escape(c.text)}</li>" for c in cautions)
        reason = self.tr("Because of what you told the safety screen, please read this about {what}:").format(
            what=escape(what)
        )
        text = QLabel(f"<p>{reason}</p><ul>{items}</ul>")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        self.agree = QCheckBox(QCoreApplication.translate("ConsentDialog", CONSENT))
        self.agree.setObjectName("consent")
        buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Start Session"))
        self.start_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setDefault(True)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.agree.toggled.connect(self.start_button.setEnabled)
        self.start_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.agree)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.adjustSize()


def point_title(point: Point) -> str:
    return f"{point.code} {point.pinyin}"


class ReminderDialog(QDialog):
    """Once, after the safety screen was skipped: a gentle nudge before the first session."""

    READ = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyReminder")
        self.setWindowTitle(self.tr("Before Your First Session"))
        self.setModal(True)
        text = QLabel(
            self.tr(
                "You skipped the safety notes earlier. They take a minute and tell you when not to press "
                "and when to see a doctor first. Would you like to read them now?"
            )
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.read_button = QPushButton(self.tr("&Read the Safety Notes"))
        self.read_button.setDefault(True)
        self.start_button = QPushButton(self.tr("&Start Anyway"))
        buttons.addButton(self.read_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.read_button.clicked.connect(lambda: self.done(self.READ))
        self.start_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
