"""Help > About: version, licence and a short health note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from acupressure_desktop import APP_NAME, __version__


class AboutDialog(QDialog):
    """A small dialog with the version, licence and health note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)
        text = QLabel(self.about_text())
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setMinimumWidth(420)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def about_text(self) -> str:
        paragraphs = (
            self.tr("Version {version}").format(version=__version__),
            self.tr(
                "Find acupressure points on clear body diagrams, learn how to find and press them, "
                "and keep track of what helps you."
            ),
            self.tr(
                "<b>A note on health.</b> Acupressure is a traditional practice. This app describes how points "
                "are traditionally used; it does not diagnose or treat any condition and is not a substitute for "
                "medical care. Talk to your doctor before you start if you are pregnant, have a health condition "
                "or take blood-thinning medicines, and see a doctor about symptoms that are severe, sudden or "
                "lasting."
            ),
            self.tr(
                "Free software under the GNU General Public License, version 3 or later. "
                "The diagrams and texts are original works of the project's contributors."
            ),
            self.tr("The names of the interface are translated; the point texts are in English for now."),
        )
        return f"<h2>{APP_NAME}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs)
