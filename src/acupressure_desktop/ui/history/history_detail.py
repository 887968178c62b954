"""The selected session in full, with a way back to its point on the body map."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from uuid import UUID

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.history import SessionRecord, SessionStatus
from acupressure_desktop.practice.phases import PHASE_TITLES
from acupressure_desktop.ui.history.history_model import STATUS_TEXT
from acupressure_desktop.ui.local_format import LocalFormat
from acupressure_desktop.ui.time_text import clock_text, phase_table


class HistoryDetail(QWidget):
    """Shows one session: when, where, how, each phase planned against done, ratings and note."""

    show_point = Signal(str)

    def __init__(
        self, catalog: Catalog, run_label: Callable[[UUID], str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._run_label = run_label
        self._record: SessionRecord | None = None
        self.text = QTextBrowser()
        self.text.setObjectName("sessionDetail")
        self.map_button = QPushButton("Show on Body Map")
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
            self.text.setHtml("<p>Select a session to see it in full.</p>")
            return
        when = LocalFormat().moment_long(record.started_at)
        name = escape(code or record.protocol.title)
        if code is not None and known:
            point = self._catalog.point(code)
            name = f"{point.code} {escape(point.pinyin)} · {escape(point.english)}"
        purpose = ""
        if record.purpose:
            label = record.purpose
            for symptom in self._catalog.symptoms:
                if symptom.id == record.purpose:
                    label = symptom.name
            purpose = f"<p>For: {escape(label)}</p>"
        if record.routine_run_id is not None and self._run_label is not None:
            purpose += f"<p>Part of the routine: {escape(self._run_label(record.routine_run_id))}</p>"
        ratings = " → ".join(
            "–" if value is None else str(value) for value in (record.before_rating, record.after_rating)
        )
        titles = {kind.value: title for kind, title in PHASE_TITLES.items()}
        skipped = ""
        if record.cut_short and record.status is not SessionStatus.IN_PROGRESS:
            names = ", ".join(f"{titles.get(p.kind, p.kind).lower()} ({p.side})" for p in record.cut_short)
            skipped = f"<p>Cut short: {escape(names)}.</p>"
        counted = "" if record.counts_toward_goal else "<p>Too short to count toward the daily goal.</p>"
        self.text.setHtml(
            f"<h3>{name}</h3><p>{escape(when)}</p>"
            f"<p><b>{STATUS_TEXT[record.status]}</b> · {escape(record.protocol.title)} · "
            f"{' and '.join(record.sides)} · pressing {clock_text(record.pressing_s)}</p>{skipped}{counted}{purpose}"
            f"<p>How strong, before → after (0-10): <b>{ratings}</b></p>"
            f"<p><i>{escape(record.note) or 'No note.'}</i></p>"
            f"{phase_table(record)}"
        )
