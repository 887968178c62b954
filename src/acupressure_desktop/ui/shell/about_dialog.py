"""Help > About: version, licence and a short health note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from acupressure_desktop import APP_NAME, __version__

ABOUT_TEXT = f"""
<h2>{APP_NAME}</h2>
<p>Version {__version__}</p>
<p>Find acupressure points on clear body diagrams, learn how to find and press them,
and keep track of what helps you.</p>
<p><b>A note on health.</b> Acupressure is a traditional practice. This app describes how points
are traditionally used; it does not diagnose or treat any condition and is not a substitute for medical care.
Talk to your doctor before you start if you are pregnant, have a health condition or
take blood-thinning medicines, and see a doctor about symptoms that are severe, sudden or lasting.</p>
<p>Free software under the GNU General Public License, version 3 or later.
The diagrams and texts are original works of the project's contributors.</p>
"""


class AboutDialog(QDialog):
    """A small dialog with the version, licence and health note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        layout = QVBoxLayout(self)
        text = QLabel(ABOUT_TEXT)
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setMinimumWidth(420)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
