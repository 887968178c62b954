"""After a session: how it feels now, and a note. Both optional."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

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

from acupressure_desktop.catalog import Point
from acupressure_desktop.history import SessionRecord, SessionStatus
from acupressure_desktop.history.records import RoutineRunRecord
from acupressure_desktop.practice.phases import PHASE_TITLES
from acupressure_desktop.ui.time_text import clock_text, phase_table

NOTE_LIMIT = 2000


class SessionOutcome(QWidget):
    """How the practice went, then the after-rating and note; ``saved`` carries them, ``skipped`` nothing."""

    saved = Signal(object, str)  # rating or None, note
    skipped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("practiceSummary")
        self.summary.setWordWrap(True)
        self.rating = QComboBox()
        self.rating.setAccessibleName("How strong is it now, 0 to 10?")
        self.rating.addItem("Skip", None)
        for value in range(11):
            self.rating.addItem(f"{value}" + {0: " (not at all)", 10: " (as bad as it gets)"}.get(value, ""), value)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("How did it feel? Anything to remember next time? (optional)")
        self.note.setAccessibleName("Note")
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
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        layout.addLayout(form, 1)  # the note takes the room that is left: space to write in
        layout.addLayout(buttons)

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
        self.summary.setText(phase_table(record))

    def present_run(
        self,
        run: RoutineRunRecord,
        points: Sequence[Point],
        steps: Mapping[int, SessionRecord],
        saved_to_history: bool,
    ) -> None:
        """Say how far a routine run got, point by point; the ratings go with its last point."""
        total = len(points)
        if run.steps_done == total:
            how, said = "Well done.", f"You pressed all {total} points of {escape(run.routine_name)}."
        else:
            how = "Routine finished, shortened." if run.status is SessionStatus.COMPLETED else "Routine stopped."
            said = f"You pressed {run.steps_done} of {total} points in full; what you did is kept in your history."
        saved = "" if saved_to_history else " <i>(This run could not be saved to your history.)</i>"
        self.title.setText(f"<h2>{how}</h2><p>{said}{saved}</p>")
        self.summary.setText(step_table(points, steps))

    def _check_note(self) -> None:
        too_long = len(self.note.toPlainText()) > NOTE_LIMIT
        self.note_error.setText(f"Notes can be up to {NOTE_LIMIT} characters." if too_long else "")
        self.note_error.setVisible(too_long)
        self.save_button.setEnabled(not too_long)

    def _save(self) -> None:
        if self.save_button.isEnabled():
            self.saved.emit(self.rating.currentData(), self.note.toPlainText().strip())


def step_table(points: Sequence[Point], steps: Mapping[int, SessionRecord]) -> str:
    """Each point of a run: how long it was pressed and how that step ended, or that it was not reached."""
    rows = []
    for number, point in enumerate(points, start=1):
        step = steps.get(number - 1)
        if step is None:
            how = "not reached"
        elif step.status is SessionStatus.COMPLETED:
            how = f"{clock_text(step.pressing_s)} ✓"
        else:
            how = f"{clock_text(step.pressing_s)} · {step.status.value.replace('_', ' ')}"
        name = f"{number}. <b>{escape(point.code)}</b> {escape(point.pinyin)}"
        rows.append(f"<tr><td>{name}</td><td>&nbsp;{how}</td></tr>")
    return f"<table cellspacing='2'>{''.join(rows)}</table>"
