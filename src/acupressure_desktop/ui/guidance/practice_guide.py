"""The "how to practise" guide as one readable, printable document."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from acupressure_desktop.catalog import PracticeGuide
from acupressure_desktop.ui.rich_text import ITEM


def guide_html(guide: PracticeGuide) -> str:
    parts = [f"<h2>{escape(guide.title)}</h2>"]
    for section in guide.sections:
        parts.append(f"<h3>{escape(section.title)}</h3>")
        parts += [f"<p>{escape(text)}</p>" for text in section.paragraphs]
        if section.steps:
            parts.append("<ol>" + "".join(f"{ITEM}{escape(step)}</li>" for step in section.steps) + "</ol>")
    return "\n".join(parts)


class PracticeGuideDialog(QDialog):
    """Shows the guide; it stays open beside the map while the user practises."""

    def __init__(self, guide: PracticeGuide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practiceGuide")
        self.setModal(False)  # readable beside the map and a running session
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(guide.title)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(16)
        self.browser.setHtml(guide_html(guide))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 640)
