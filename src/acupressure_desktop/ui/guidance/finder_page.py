"""The symptom finder: from "I have a headache" to red flags, ranked points and a routine."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog, Symptom
from acupressure_desktop.finder import RankedPoint, match_symptoms, rank_points
from acupressure_desktop.history.insights import PointInsight
from acupressure_desktop.routines import Routine, step_for
from acupressure_desktop.ui.rich_text import ITEM

COMMON = ("fatigue", "insomnia", "headache", "menstrual-cramps", "muscle-tension", "nausea", "stress-anxiety")
ROUTINE_POINTS = 4
WARNING = "#b3261e"


class ResultRow(QWidget):
    """One suggested point: name, why it is here, and one-click buttons."""

    def __init__(self, ranked: RankedPoint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        point = ranked.point
        mark = f" <span style='color:{WARNING}'>⚠</span>" if ranked.cautioned else ""
        why = "; ".join(ranked.reasons)
        text = QLabel(
            f"<b>{escape(point.code)}</b> {escape(point.pinyin)} · {escape(point.english)}{mark}<br>"
            f"<span style='color:palette(placeholder-text)'>{escape(why)}</span>"
        )
        text.setToolTip(f"{point.code}: {why}")
        self.map_button = QPushButton(self.tr("Show on Map"))
        self.map_button.setAccessibleName(self.tr("Show {code} on the body map").format(code=point.code))
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start a guided session on {code}").format(code=point.code))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(text, 1)
        layout.addWidget(self.map_button)
        layout.addWidget(self.start_button)


class FinderPage(QWidget):
    """Type or pick complaints; see red flags first, then points ranked for them."""

    show_point = Signal(str)
    start_session = Signal(str)
    start_routine = Signal(object)  # Routine

    def __init__(
        self,
        catalog: Catalog,
        conditions: Callable[[], frozenset[str]],
        history: Callable[[str], list[PointInsight]],
        presets: tuple[Routine, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("finderPage")
        self._catalog = catalog
        self._conditions = conditions
        self._history = history
        self._presets = presets
        self.chosen: list[Symptom] = []
        self.ranked: list[RankedPoint] = []

        self.query = QLineEdit()
        self.query.setPlaceholderText(
            self.tr("What would you like help with? For example: headache, can't sleep, stress")
        )
        self.query.setAccessibleName(self.tr("Describe what you feel"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._typed)
        chips = QHBoxLayout()
        chips.addWidget(QLabel(self.tr("Common:")))
        self.chips: dict[str, QPushButton] = {}
        for symptom_id in COMMON:
            chip = QPushButton(catalog.symptom(symptom_id).name)
            chip.setCheckable(True)
            # A tag that names a symptom as the catalog writes it, not a command: no title case.
            chip.setProperty("names_data", True)
            chip.toggled.connect(self.refresh)
            self.chips[symptom_id] = chip
            chips.addWidget(chip)
        chips.addStretch(1)

        self.chosen_label = QLabel()
        self.red_flags = QLabel()
        self.red_flags.setObjectName("finderRedFlags")
        self.red_flags.setWordWrap(True)
        self.red_flags.setTextFormat(Qt.TextFormat.RichText)
        self.results = QListWidget()
        self.results.setObjectName("finderResults")
        self.results.setAccessibleName(self.tr("Suggested points"))
        self.results.itemActivated.connect(lambda item: self.show_point.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.routine_button = QPushButton(self.tr("Start a Routine with the Top Points"))
        self.routine_button.clicked.connect(self._start_top_routine)
        self.preset_buttons = QVBoxLayout()

        upper = QWidget()
        self._upper = upper
        top = QVBoxLayout(upper)
        top.addWidget(self.query)
        top.addLayout(chips)
        top.addWidget(self.chosen_label)
        top.addWidget(self.red_flags)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(upper)
        self._top = scroll
        actions = QHBoxLayout()
        actions.addWidget(self.routine_button)
        actions.addLayout(self.preset_buttons)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.left_out)
        layout.addLayout(actions)
        self.refresh()

    def choose(self, text: str) -> None:
        """Put ``text`` in the field as if typed."""
        self.query.setText(text)

    def _typed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        typed = match_symptoms(self._catalog, self.query.text()) if self.query.text().strip() else []
        picked = [self._catalog.symptom(i) for i, chip in self.chips.items() if chip.isChecked()]
        self.chosen = list({s.id: s for s in [*typed, *picked]}.values())
        ids = [s.id for s in self.chosen]
        if not ids:
            self.chosen_label.setText(self.tr("Type what you feel, or pick a common complaint."))
        else:
            self.chosen_label.setText(
                self.tr("For: {complaints}").format(complaints=", ".join(s.name for s in self.chosen))
            )
        self.red_flags.setText(self._red_flags_html())
        self.red_flags.setVisible(bool(self.chosen))
        # The red flags come first and are read in full: the top area grows to show them.
        self._top.setFixedHeight(min(self._upper.sizeHint().height() + 4, 320))
        history = {s: self._history(s) for s in ids}
        self.ranked, left_out = rank_points(self._catalog, ids, self._conditions(), history) if ids else ([], [])
        self._fill_results()
        self.left_out.setText(
            self.tr("Left out because of your safety answers: {points}").format(
                points=", ".join(p.code for p in left_out)
            )
            if left_out
            else ""
        )
        self.left_out.setVisible(bool(left_out))
        self.routine_button.setEnabled(bool(self.ranked))
        self._fill_presets(ids)

    def _red_flags_html(self) -> str:
        blocks = []
        for symptom in self.chosen:
            flags = "".join(f"{ITEM}{escape(flag)}</li>" for flag in symptom.red_flags)
            warning = self.tr("{symptom}: get medical help instead if…").format(symptom=escape(symptom.name))
            blocks.append(f"<p style='margin-bottom:0'><b>⚠ {warning}</b></p><ul style='margin-top:2px'>{flags}</ul>")
        return f"<div style='color:{WARNING}'>{''.join(blocks)}</div>"

    def _fill_results(self) -> None:
        self.results.clear()
        for ranked in self.ranked:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, ranked.point.code)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{ranked.point.code} {ranked.point.english}")
            row = ResultRow(ranked)
            code = ranked.point.code
            row.map_button.clicked.connect(lambda _=False, c=code: self.show_point.emit(c))
            row.start_button.clicked.connect(lambda _=False, c=code: self.start_session.emit(c))
            item.setSizeHint(row.sizeHint())
            self.results.addItem(item)
            self.results.setItemWidget(item, row)

    def _fill_presets(self, ids: list[str]) -> None:
        while self.preset_buttons.count():
            item = self.preset_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for preset in self._presets:
            if preset.purpose in ids:
                button = QPushButton(
                    self.tr("Preset: {routine} ({minutes} min)").format(
                        routine=preset.name, minutes=round(preset.total_s / 60)
                    )
                )
                button.clicked.connect(lambda _=False, r=preset: self.start_routine.emit(r))
                self.preset_buttons.addWidget(button)

    def top_routine(self) -> Routine | None:
        """A routine of the best-ranked points, for the first chosen complaint."""
        if not self.ranked:
            return None
        points = [r.point for r in self.ranked[:ROUTINE_POINTS]]
        purpose = self.chosen[0].id if self.chosen else None
        complaints = [s.name.lower() for s in self.chosen[:2]]
        if len(complaints) == 2:
            name = self.tr("For {first} and {second}").format(first=complaints[0], second=complaints[1])
        else:
            name = self.tr("For {complaint}").format(complaint=complaints[0] if complaints else "")
        return Routine(name=name[:80], purpose=purpose, steps=tuple(step_for(p) for p in points))

    def _start_top_routine(self) -> None:
        routine = self.top_routine()
        if routine is not None:
            self.start_routine.emit(routine)
