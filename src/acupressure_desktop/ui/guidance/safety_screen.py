"""The safety screen: what self-acupressure is and is not, and the conditions that apply to the user."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop import APP_NAME
from acupressure_desktop.catalog import SafetyGuide
from acupressure_desktop.ui.rich_text import ITEM


def _heading(text: str) -> QLabel:
    label = QLabel(f"<h3 style='margin-bottom:0'>{escape(text)}</h3>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _paragraph(html: str, muted: bool = False) -> QLabel:
    label = QLabel(html)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    if muted:
        label.setStyleSheet("color: palette(placeholder-text);")
    return label


class SafetyScreen(QDialog):
    """Asks which conditions apply; the choice is read with ``chosen()`` after ``accepted``.

    On the first run the user may skip it ("Skip for now" rejects the dialog); later it opens
    with the saved answers ticked.
    """

    def __init__(
        self, guide: SafetyGuide, ticked: frozenset[str], first_run: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("safetyScreen")
        self.setWindowTitle(self.tr("{app}: Safety First").format(app=APP_NAME))
        self.setModal(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(8)
        layout.addWidget(_heading(self.tr("Before You Start")))
        for paragraph in guide.intro:
            layout.addWidget(_paragraph(escape(paragraph)))

        layout.addWidget(_heading(self.tr("Does any of this apply to you?")))
        self.boxes: dict[str, QCheckBox] = {}
        for condition in guide.conditions:
            box = QCheckBox(condition.label)
            box.setObjectName(f"condition-{condition.id}")
            box.setChecked(condition.id in ticked)
            box.setToolTip(condition.why)
            box.setAccessibleDescription(condition.why)
            self.boxes[condition.id] = box
            layout.addWidget(box)
            why = _paragraph(escape(condition.why), muted=True)
            why.setContentsMargins(24, 0, 0, 4)
            layout.addWidget(why)

        layout.addWidget(_heading(self.tr("Never press")))
        layout.addWidget(_paragraph("<ul>" + "".join(f"{ITEM}{escape(t)}</li>" for t in guide.never_press) + "</ul>"))
        layout.addWidget(_heading(self.tr("Stop if")))
        layout.addWidget(_paragraph("<ul>" + "".join(f"{ITEM}{escape(t)}</li>" for t in guide.stop_if) + "</ul>"))
        layout.addWidget(_heading(self.tr("When to see a doctor")))
        for text in guide.see_doctor:
            layout.addWidget(_paragraph(escape(text)))
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save My Answers"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = QPushButton(self.tr("S&kip for Now") if first_run else self.tr("&Cancel"))
        buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.accept)
        self.skip_button.clicked.connect(self.reject)
        privacy = _paragraph(
            self.tr(
                "Your answers are kept on this computer only. Change them any time: Help › Safety and Your Health."
            ),
            True,
        )

        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(privacy)
        outer.addWidget(buttons)
        self.resize(620, 680)

    def chosen(self) -> frozenset[str]:
        return frozenset(condition for condition, box in self.boxes.items() if box.isChecked())
