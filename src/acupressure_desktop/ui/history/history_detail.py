"""The selected session in full, with a way back to its point on the body map."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import SessionRecord, SessionStatus
from acupressure_desktop.ui.history.history_model import STATUS_TEXT
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.time_text import clock_text, phase_name, phase_table, side_name
from acupressure_desktop.ui.words import in_language


class HistoryDetail(QWidget):
    """Shows one session: when, where, how, each phase planned against done, ratings and note."""

    show_point = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        run_label: Callable[[UUID], str] | None = None,
        parent: QWidget | None = None,
        device_label: Callable[[str | None], str] | None = None,
        earlier_notes: Callable[[UUID], list[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._run_label = run_label
        self._device_label = device_label
        self._earlier_notes = earlier_notes
        self._record: SessionRecord | None = None
        self.text = QTextBrowser()
        self.text.setObjectName("sessionDetail")
        self.map_button = QPushButton(self.tr("Show on Body Map"))
        self.map_button.setEnabled(False)
        self.map_button.clicked.connect(lambda: self._record and self.show_point.emit(self._record.point_code))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.map_button)
        self.show_record(None)

    def show_record(self, record: SessionRecord | None) -> None:
        self._record = record
        code = record.point_code if record is not None else None
        known = code is not None and self._catalog.has_point(code)
        self.map_button.setEnabled(known)
        if record is None:
            hint = self.tr("Select a session to see it in full.")
            self.text.setHtml(f"<p>{hint}</p>")
            return
        when = LocalFormat().moment_long(record.started_at)
        name = escape(code or in_language(record.protocol.title))
        if code is not None and known:
            point = self._catalog.point(code)
            name = f"{point.code} {escape(point.pinyin)} · {escape(point.english)}"
        purpose = ""
        if record.purpose:
            label = record.purpose
            for symptom in self._catalog.symptoms:
                if symptom.id == record.purpose:
                    label = symptom.name
            for_symptom = self.tr("For: {symptom}").format(symptom=escape(label))
            purpose = f"<p>{for_symptom}</p>"
        if record.routine_run_id is not None and self._run_label is not None:
            routine = self.tr("Part of the routine: {routine}").format(
                routine=escape(self._run_label(record.routine_run_id))
            )
            purpose += f"<p>{routine}</p>"
        ratings = " → ".join(
            "–" if value is None else str(value) for value in (record.before_rating, record.after_rating)
        )
        skipped = ""
        if record.cut_short and record.status is not SessionStatus.IN_PROGRESS:
            names = ", ".join(
                self.tr("{phase} ({side})").format(phase=phase_name(p.kind), side=side_name(p.side))
                for p in record.cut_short
            )
            cut = self.tr("Cut short: {phases}.").format(phases=escape(names))
            skipped = f"<p>{cut}</p>"
        too_short = self.tr("Too short to count toward the daily goal.")
        counted = "" if record.counts_toward_goal else f"<p>{too_short}</p>"
        status = QCoreApplication.translate("HistoryTableModel", STATUS_TEXT[record.status])
        sides = self.tr(" and ").join(side_name(s) for s in record.sides)
        pressing = self.tr("pressing {time}").format(time=clock_text(record.pressing_s))
        strength = self.tr("How strong, before → after (0-10): <b>{ratings}</b>").format(ratings=ratings)
        note = escape(record.note) or self.tr("No note.")
        computer = self._device_label(record.device) if self._device_label is not None else ""
        if computer:
            purpose += "<p>{}</p>".format(self.tr("Practised on: {computer}").format(computer=escape(computer)))
        earlier = self._earlier_notes(record.id) if self._earlier_notes is not None else []
        earlier_notes = ""
        if earlier:
            replaced = self.tr("Earlier notes, replaced by a later edit on another computer:")
            items = "".join(f"<li>{escape(text)}</li>" for text in earlier)
            earlier_notes = f"<p>{replaced}</p><ul>{items}</ul>"
        self.text.setHtml(
            f"<h3>{name}</h3><p>{escape(when)}</p>"
            f"<p><b>{status}</b> · {escape(in_language(record.protocol.title))} · "
            f"{sides} · {pressing}</p>{skipped}{counted}{purpose}"
            f"<p>{strength}</p>"
            f"<p><i>{note}</i></p>{earlier_notes}"
            f"{phase_table(record)}"
        )
