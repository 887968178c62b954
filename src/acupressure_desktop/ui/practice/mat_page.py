"""The mat page: how to lie, sit or stand on the mat, for how long, and the beginner's next step."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.practice.mat_progression import MatSuggestion
from acupressure_desktop.practice.protocols import MatPosition, MatProtocol, MatSurface
from acupressure_desktop.practice.requests import MatSessionRequest
from acupressure_desktop.safety import advise_mat
from acupressure_desktop.ui.rich_text import ITEM

TIPS = (
    "Lower yourself onto the mat slowly, and get up slowly: roll to one side first.",
    "The first minute prickles; most people relax after that. Breathe slowly.",
    "Beginners start with a few minutes on a thin layer of cloth.",
    "A mat can leave red marks and, more than finger pressure, bruises. Never lie on a bruise, wound or swelling.",
)


class MatPage(QWidget):
    """Set up a mat session; ``start_requested`` carries the protocol, purpose and before rating."""

    start_requested = Signal(object)  # MatSessionRequest

    def __init__(
        self,
        catalog: Catalog,
        conditions: Callable[[], frozenset[str]],
        suggestion: Callable[[int], MatSuggestion],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matPage")
        self._catalog = catalog
        self._conditions = conditions
        self._suggestion = suggestion
        self.position = QComboBox()
        for label, position in (
            ("Lie on your back", MatPosition.LIE),
            ("Sit (feet or back on the mat)", MatPosition.SIT),
            ("Stand on it", MatPosition.STAND),
        ):
            self.position.addItem(label, position.value)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 30)
        self.minutes.setValue(10)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Minutes on the mat, 5 to 30")
        self.surface = QComboBox()
        self.surface.addItem("Through a layer of cloth", MatSurface.LAYER.value)
        self.surface.addItem("On bare skin", MatSurface.BARE.value)
        self.target = QSpinBox()
        self.target.setRange(5, 30)
        self.target.setValue(15)
        self.target.setSuffix(" min")
        self.target.setAccessibleName("Your target time on the mat")
        self.target.valueChanged.connect(self.refresh)
        self.purpose = QComboBox()
        self.purpose.addItem("Just practising", None)
        for symptom in catalog.symptoms:
            self.purpose.addItem(symptom.name, symptom.id)
        self.before = QComboBox()
        self.before.addItem("Skip", None)
        for rating in range(11):
            self.before.addItem(str(rating), rating)
        form = QFormLayout()
        form.addRow("Position", self.position)
        form.addRow("Time", self.minutes)
        form.addRow("Surface", self.surface)
        form.addRow("What is it for?", self.purpose)
        form.addRow("How strong is it now (0-10)?", self.before)

        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("matSuggestion")
        self.suggestion_label.setWordWrap(True)
        self.use_suggestion = QPushButton("&Use This")
        self.use_suggestion.clicked.connect(self.apply_suggestion)
        plan = QHBoxLayout()
        plan.addWidget(QLabel("Working up to"))
        plan.addWidget(self.target)
        plan.addWidget(self.suggestion_label, 1)
        plan.addWidget(self.use_suggestion)
        self.cautions = QLabel()
        self.cautions.setObjectName("matCautions")
        self.cautions.setWordWrap(True)
        self.cautions.setTextFormat(Qt.TextFormat.RichText)
        tips = QLabel("<ul>" + "".join(f"{ITEM}{escape(t)}</li>" for t in TIPS) + "</ul>")
        tips.setWordWrap(True)
        self.start_button = QPushButton("&Start Mat Session")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)

        # A readable column rather than fields stretched across a wide window.
        column = QWidget()
        column.setMaximumWidth(820)
        outer = QHBoxLayout(self)
        outer.addWidget(column)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.addWidget(QLabel("<h2>Acupressure mat</h2>"))
        layout.addWidget(self.cautions)
        layout.addLayout(plan)
        layout.addLayout(form)
        layout.addWidget(tips)
        layout.addStretch(1)
        layout.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.refresh()

    def refresh(self) -> None:
        """The user's own mat cautions first; the beginner's next step from their sessions so far."""
        advice = advise_mat(self._catalog, self._conditions())
        names = self._catalog.safety.names
        items = "".join(
            f"{ITEM}<b>{escape(names(tuple(c for c in caution.conditions if c in self._conditions())))}:</b> "
            f"{escape(caution.text)}</li>"
            for caution in advice.personal
        )
        self.cautions.setText(f"<div style='color:#b3261e'><b>⚠ Applies to you</b><ul>{items}</ul></div>")
        self.cautions.setVisible(bool(advice.personal))
        suggestion = self._suggestion(self.target.value())
        self.suggestion_label.setText(f"<b>{escape(suggestion.label)}</b> · {escape(suggestion.reason)}")
        self._suggested = suggestion

    def apply_suggestion(self) -> None:
        self.minutes.setValue(self._suggested.minutes)
        self.surface.setCurrentIndex(self.surface.findData(self._suggested.surface.value))

    def protocol(self) -> MatProtocol:
        return MatProtocol(
            position=MatPosition(self.position.currentData()),
            surface=MatSurface(self.surface.currentData()),
            minutes=self.minutes.value(),
        )

    def _start(self) -> None:
        self.start_requested.emit(
            MatSessionRequest(
                protocol=self.protocol(), purpose=self.purpose.currentData(), before_rating=self.before.currentData()
            )
        )
