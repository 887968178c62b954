"""Before a session: how to press, which sides, what it is for and how it feels now."""

from __future__ import annotations

from html import escape
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog, Point
from acupressure_desktop.practice import CircularMassage, SteadyPressure, parse_protocol
from acupressure_desktop.practice.requests import PointSessionRequest
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.rich_text import ITEM

SIDE_CHOICES = {
    "both": (QT_TRANSLATE_NOOP("SessionSetup", "Both sides, left then right"), ("left", "right")),
    "left": (QT_TRANSLATE_NOOP("SessionSetup", "Left side only"), ("left",)),
    "right": (QT_TRANSLATE_NOOP("SessionSetup", "Right side only"), ("right",)),
}
# Field name -> (label, protocol kind it belongs to, where in the data it lives)
FIELDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "breaths": (QT_TRANSLATE_NOOP("SessionSetup", "Slow breaths first"), "both", ("breathing", "breaths")),
    "seconds_per_breath": (
        QT_TRANSLATE_NOOP("SessionSetup", "Seconds per breath"),
        "both",
        ("breathing", "seconds_per_breath"),
    ),
    "ramp_up_s": (QT_TRANSLATE_NOOP("SessionSetup", "Raise pressure over (s)"), "steady", ("ramp_up_s",)),
    "hold_s": (QT_TRANSLATE_NOOP("SessionSetup", "Hold for (s)"), "steady", ("hold_s",)),
    "ease_off_s": (QT_TRANSLATE_NOOP("SessionSetup", "Ease off over (s)"), "steady", ("ease_off_s",)),
    "massage_s": (QT_TRANSLATE_NOOP("SessionSetup", "Circle for (s)"), "circular", ("massage_s",)),
    "circles_per_minute": (QT_TRANSLATE_NOOP("SessionSetup", "Circles a minute"), "circular", ("circles_per_minute",)),
}


class SessionSetup(QWidget):
    """Validates every field as it is typed; Start is offered only for a valid protocol."""

    start_requested = Signal(object)  # PointSessionRequest

    def __init__(
        self, point: Point, catalog: Catalog, settings: PreferencesStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._point = point
        self._settings = settings
        saved = self._saved_protocol()

        outer = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(560)
        outer.addStretch(1)
        outer.addWidget(column, 3)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        advice = self.tr("Sit or lie comfortably. Pressure should feel firm, never painful: stop if it hurts.")
        intro = QLabel(f"<h2>{point.code} {point.pinyin}</h2><p>{advice}</p>")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        kinds = QHBoxLayout()
        self.steady_button = QRadioButton(self.tr("Steady pressure"))
        self.circular_button = QRadioButton(self.tr("Small circles"))
        self._kind_group = QButtonGroup(self)
        for button in (self.steady_button, self.circular_button):
            self._kind_group.addButton(button)
            kinds.addWidget(button)
        kinds.addStretch(1)
        layout.addLayout(kinds)

        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        values = saved.model_dump()
        defaults = {**SteadyPressure().model_dump(), **CircularMassage().model_dump()}
        for name, (field_label, _kind, path) in FIELDS.items():
            label = QCoreApplication.translate("SessionSetup", field_label)
            edit = QLineEdit(_format(_dig(values, path, _dig(defaults, path, ""))))
            edit.setObjectName(name)
            edit.setAccessibleName(label)
            edit.setMaximumWidth(90)
            error = QLabel()
            error.setObjectName(f"{name}Error")
            error.setStyleSheet("color: #c0392b")
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.addWidget(edit)
            cell_layout.addWidget(error)
            caption = QLabel(label)
            form.addRow(caption, cell)
            self.fields[name] = edit
            self.errors[name] = error
            self._rows[name] = (caption, cell)
            edit.textChanged.connect(self._validate)
        layout.addLayout(form)

        self.general_error = QLabel()
        self.general_error.setObjectName("protocolError")
        self.general_error.setStyleSheet("color: #c0392b")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)

        choices = QFormLayout()
        self.sides = QComboBox()
        self.sides.setAccessibleName(self.tr("Sides"))
        if point.is_bilateral:
            for key, (side_label, _sides) in SIDE_CHOICES.items():
                self.sides.addItem(QCoreApplication.translate("SessionSetup", side_label), key)
            remembered = self.sides.findData(settings.current.session_sides.value)
            self.sides.setCurrentIndex(max(0, remembered))
        else:
            self.sides.addItem(self.tr("On the centre line (one point)"), "center")
            self.sides.setEnabled(False)
        choices.addRow(self.tr("Sides"), self.sides)
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("What is it for?"))
        self.purpose.addItem(self.tr("Just practising"), None)
        for use in point.uses:
            self.purpose.addItem(catalog.symptom(use.symptom).name, use.symptom)
        choices.addRow(self.tr("What is it for?"), self.purpose)
        # The signs that call for a doctor instead, shown as soon as a complaint is chosen.
        self.red_flags = QLabel()
        self.red_flags.setObjectName("redFlags")
        self.red_flags.setWordWrap(True)
        self.red_flags.setTextFormat(Qt.TextFormat.RichText)
        self.red_flags.setVisible(False)
        choices.addRow("", self.red_flags)
        self.purpose.currentIndexChanged.connect(lambda: self._show_red_flags(catalog))
        self.before = QComboBox()
        self.before.setAccessibleName(self.tr("How strong is it now, 0 to 10?"))
        self.before.addItem(self.tr("Skip"), None)
        ends = {0: self.tr("0 (not at all)"), 10: self.tr("10 (as bad as it gets)")}
        for value in range(11):
            self.before.addItem(ends.get(value, str(value)), value)
        choices.addRow(self.tr("How strong is it now?"), self.before)
        layout.addLayout(choices)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

        (self.circular_button if isinstance(saved, CircularMassage) else self.steady_button).setChecked(True)
        self._kind_group.buttonToggled.connect(lambda *_: self._validate())
        self._validate()

    # --- protocol -------------------------------------------------------------------------------

    def kind(self) -> str:
        return "circular" if self.circular_button.isChecked() else "steady"

    def protocol(self) -> SteadyPressure | CircularMassage | None:
        """The protocol the fields describe, or None while any field is invalid."""
        return self._validate()

    def chosen_sides(self) -> tuple[str, ...]:
        key = self.sides.currentData()
        return ("center",) if key == "center" else SIDE_CHOICES[key][1]

    def _validate(self) -> SteadyPressure | CircularMassage | None:
        kind = self.kind()
        data: dict[str, Any] = {"kind": kind, "breathing": {}}
        for error in self.errors.values():
            error.hide()
        self.general_error.hide()
        bad = False
        for name, (_label, field_kind, path) in FIELDS.items():
            caption, cell = self._rows[name]
            visible = field_kind in ("both", kind)
            caption.setVisible(visible)
            cell.setVisible(visible)
            if not visible:
                continue
            text = self.fields[name].text().strip()
            try:
                value = float(text.replace(",", "."))
            except ValueError:
                self._show_error(name, self.tr("Please type a number.") if text else self.tr("This cannot be empty."))
                bad = True
                continue
            target = data if len(path) == 1 else data["breathing"]
            target[path[-1]] = value
        if bad:
            self.start_button.setEnabled(False)
            return None
        try:
            protocol = parse_protocol(data)
        except ValidationError as error:
            for problem in error.errors(include_url=False):
                field = str(problem["loc"][-1]) if len(problem["loc"]) > 1 else ""
                message = _plain(problem)
                if field in self.errors:
                    self._show_error(field, message)
                else:
                    self.general_error.setText(message)
                    self.general_error.show()
            self.start_button.setEnabled(False)
            return None
        self.start_button.setEnabled(True)
        return protocol

    def _show_error(self, name: str, message: str) -> None:
        self.errors[name].setText(message)
        self.errors[name].show()

    def _saved_protocol(self) -> SteadyPressure | CircularMassage:
        return self._settings.current.session_protocol

    def _show_red_flags(self, catalog: Catalog) -> None:
        symptom_id = self.purpose.currentData()
        if symptom_id is None:
            self.red_flags.setVisible(False)
            return
        symptom = catalog.symptom(symptom_id)
        flags = "".join(f"{ITEM}{escape(flag)}</li>" for flag in symptom.red_flags)
        warning = self.tr("{symptom}: get medical help instead if…").format(symptom=escape(symptom.name))
        self.red_flags.setText(
            f"<div style='color:#b3261e'><b>⚠ {warning}</b><ul style='margin-top:2px'>{flags}</ul></div>"
        )
        self.red_flags.setVisible(True)

    def _start(self) -> None:
        protocol = self._validate()
        if protocol is None:
            return
        if self._point.is_bilateral:
            self._settings.update(session_protocol=protocol, session_sides=self.sides.currentData())
        else:
            self._settings.update(session_protocol=protocol)
        self.start_requested.emit(
            PointSessionRequest(
                point_code=self._point.code,
                protocol=protocol,
                sides=self.chosen_sides(),
                purpose=self.purpose.currentData(),
                before_rating=self.before.currentData(),
            )
        )

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.start_button.isEnabled():
            self._start()
            return
        super().keyPressEvent(event)


def _dig(data: dict[str, Any], path: tuple[str, ...], default: Any) -> Any:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return default
        data = data[key]
    return data


def _format(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _plain(problem: Any) -> str:
    """Pydantic's message in the words a user reads next to a field."""
    kind = problem["type"]
    limit = problem.get("ctx") or {}
    if kind in ("greater_than_equal", "greater_than"):
        return QCoreApplication.translate("SessionSetup", "Please use at least {value}.").format(
            value=_format(limit.get("ge", limit.get("gt")))
        )
    if kind in ("less_than_equal", "less_than"):
        return QCoreApplication.translate("SessionSetup", "Please use at most {value}.").format(
            value=_format(limit.get("le", limit.get("lt")))
        )
    if kind == "int_from_float":
        return QCoreApplication.translate("SessionSetup", "Please use a whole number.")
    message = str(problem["msg"])
    return message.removeprefix("Value error, ").capitalize()
