"""After a session: how it feels now, and a note. Both optional."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.history import SessionRecord, SessionStatus
from acupressure_desktop.practice.phases import PHASE_TITLES
from acupressure_desktop.ui.practice.session_view import clock_text

NOTE_LIMIT = 2000


class SessionOutcome(QWidget):
    """Collects the after-rating and note; ``saved`` carries them, ``skipped`` carries nothing."""

    saved = Signal(object, str)  # rating or None, note
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.rating = QComboBox()
        self.rating.setAccessibleName("How strong is it now, 0 to 10?")
        self.rating.addItem("Skip", None)
        for value in range(11):
            self.rating.addItem(f"{value}" + {0: " (not at all)", 10: " (as bad as it gets)"}.get(value, ""), value)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("How did it feel? Anything to remember next time? (optional)")
        self.note.setAccessibleName("Note")
        self.note.setMaximumHeight(120)
        self.note_error = QLabel()
        self.note_error.setStyleSheet("color: #c0392b")
        self.note_error.hide()
        self.note.textChanged.connect(self._check_note)
        self.save_button = QPushButton("Save")
        self.save_button.setDefault(True)
        self.skip_button = QPushButton("Skip")
        self.save_button.clicked.connect(self._save)
        self.skip_button.clicked.connect(self.skipped)

        form = QFormLayout()
        form.addRow("How strong is it now?", self.rating)
        form.addRow("Note", self.note)
        form.addRow("", self.note_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def present(self, record: SessionRecord, saved_to_history: bool, doing: str = "pressed") -> None:
        """Say how the session ended, with the pressing time the history keeps (m:ss)."""
        how = {
            SessionStatus.COMPLETED: "Well done.",
            SessionStatus.SHORTENED: "Session shortened.",
        }.get(record.status, "Session stopped.")
        cut = ""
        if record.status is SessionStatus.SHORTENED:
            titles = {kind.value: title.lower() for kind, title in PHASE_TITLES.items()}
            cut = " Cut short: " + ", ".join(dict.fromkeys(titles.get(p.kind, p.kind) for p in record.cut_short)) + "."
        if record.counts_toward_goal:
            goal = " It counts toward today's goal."
        else:
            needed = "five minutes on the mat" if record.is_mat else "a minute of pressing"
            goal = f" Sessions count toward the daily goal after {needed}."
        saved = "" if saved_to_history else " <i>(This session could not be saved to your history.)</i>"
        self.title.setText(f"<h2>{how}</h2><p>You {doing} for {clock_text(record.pressing_s)}.{cut}{goal}{saved}</p>")

    def _check_note(self) -> None:
        too_long = len(self.note.toPlainText()) > NOTE_LIMIT
        self.note_error.setText(f"Notes can be up to {NOTE_LIMIT} characters." if too_long else "")
        self.note_error.setVisible(too_long)
        self.save_button.setEnabled(not too_long)

    def _save(self) -> None:
        if self.save_button.isEnabled():
            self.saved.emit(self.rating.currentData(), self.note.toPlainText().strip())
