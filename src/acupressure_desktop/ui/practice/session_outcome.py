"""After a session: how it feels now, and a note. Both optional."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
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
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.time_text import clock_text, phase_name, phase_table

NOTE_LIMIT = 2000
# How a step of a routine run ended, as the run's summary words it.
STATUS_WORDS = {
    SessionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("SessionOutcome", "in progress"),
    SessionStatus.COMPLETED: QT_TRANSLATE_NOOP("SessionOutcome", "completed"),
    SessionStatus.SHORTENED: QT_TRANSLATE_NOOP("SessionOutcome", "shortened"),
    SessionStatus.STOPPED: QT_TRANSLATE_NOOP("SessionOutcome", "stopped"),
    SessionStatus.INTERRUPTED: QT_TRANSLATE_NOOP("SessionOutcome", "interrupted"),
}


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
        self.rating.setAccessibleName(self.tr("How strong is it now, 0 to 10?"))
        self.rating.addItem(self.tr("Skip"), None)
        ends = {0: self.tr("0 (not at all)"), 10: self.tr("10 (as bad as it gets)")}
        for value in range(11):
            self.rating.addItem(ends.get(value, str(value)), value)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("How did it feel? Anything to remember next time? (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note_error = QLabel()
        self.note_error.setStyleSheet("color: #c0392b")
        self.note_error.hide()
        self.note.textChanged.connect(self._check_note)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.save_button.clicked.connect(self._save)
        self.skip_button.clicked.connect(self.skipped)

        form = QFormLayout()
        form.addRow(self.tr("How strong is it now?"), self.rating)
        form.addRow(self.tr("Note"), self.note)
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

    def present(self, record: SessionRecord, saved_to_history: bool, on_mat: bool = False) -> None:
        """Say how the session ended, with the pressing time the history keeps (m:ss)."""
        how = {
            SessionStatus.COMPLETED: self.tr("Well done."),
            SessionStatus.SHORTENED: self.tr("Session shortened."),
        }.get(record.status, self.tr("Session stopped."))
        time = clock_text(record.pressing_s)
        said = [
            self.tr("You stayed on the mat for {time}.").format(time=time)
            if on_mat
            else self.tr("You pressed for {time}.").format(time=time)
        ]
        if record.status is SessionStatus.SHORTENED:
            phases = ", ".join(dict.fromkeys(phase_name(p.kind) for p in record.cut_short))
            said.append(self.tr("Cut short: {phases}.").format(phases=phases))
        if record.counts_toward_goal:
            said.append(self.tr("It counts toward today's goal."))
        elif record.is_mat:
            said.append(self.tr("Sessions count toward the daily goal after five minutes on the mat."))
        else:
            said.append(self.tr("Sessions count toward the daily goal after a minute of pressing."))
        if not saved_to_history:
            not_saved = self.tr("(This session could not be saved to your history.)")
            said.append(f"<i>{not_saved}</i>")
        self.title.setText(f"<h2>{how}</h2><p>{' '.join(said)}</p>")
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
            how = self.tr("Well done.")
            said = self.tr("You pressed all %n point(s) of {routine}.", "", total).format(
                routine=escape(run.routine_name)
            )
        else:
            how = (
                self.tr("Routine finished, shortened.")
                if run.status is SessionStatus.COMPLETED
                else self.tr("Routine stopped.")
            )
            said = self.tr(
                "You pressed {done} of %n point(s) in full; what you did is kept in your history.", "", total
            ).format(done=run.steps_done)
        not_saved = self.tr("(This run could not be saved to your history.)")
        saved = "" if saved_to_history else f" <i>{not_saved}</i>"
        self.title.setText(f"<h2>{how}</h2><p>{said}{saved}</p>")
        self.summary.setText(step_table(points, steps))

    def _check_note(self) -> None:
        too_long = len(self.note.toPlainText()) > NOTE_LIMIT
        self.note_error.setText(self.tr("Notes can be up to %n character(s).", "", NOTE_LIMIT) if too_long else "")
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
            how = QCoreApplication.translate("SessionOutcome", "not reached")
        elif step.status is SessionStatus.COMPLETED:
            how = f"{clock_text(step.pressing_s)} ✓"
        else:
            ended = QCoreApplication.translate("SessionOutcome", STATUS_WORDS[step.status])
            how = f"{clock_text(step.pressing_s)} · {ended}"
        name = f"{number}. <b>{escape(point.code)}</b> {escape(point.pinyin)}"
        rows.append(f"<tr><td>{name}</td><td>&nbsp;{how}</td></tr>")
    return f"<table cellspacing='2'>{''.join(rows)}</table>"
