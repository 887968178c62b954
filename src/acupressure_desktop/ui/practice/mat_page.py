"""The mat page: how to lie, sit or stand on the mat, for how long, and the beginner's next step."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.practice.mat_progression import MatSuggestion
from acupressure_desktop.practice.protocols import MatPosition, MatProtocol, MatSurface
from acupressure_desktop.practice.requests import MatSessionRequest
from acupressure_desktop.safety import advise_mat
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.rich_text import ITEM
from acupressure_desktop.ui.words import in_language

TIPS = (
    QT_TRANSLATE_NOOP("MatPage", "Lower yourself onto the mat slowly, and get up slowly: roll to one side first."),
    QT_TRANSLATE_NOOP("MatPage", "The first minute prickles; most people relax after that. Breathe slowly."),
    QT_TRANSLATE_NOOP("MatPage", "Beginners start with a few minutes on a thin layer of cloth."),
    QT_TRANSLATE_NOOP(
        "MatPage",
        "A mat can leave red marks and, more than finger pressure, bruises. Never lie on a bruise, wound or swelling.",
    ),
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
            (self.tr("Lie on your back"), MatPosition.LIE),
            (self.tr("Sit (feet or back on the mat)"), MatPosition.SIT),
            (self.tr("Stand on it"), MatPosition.STAND),
        ):
            self.position.addItem(label, position.value)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 30)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes on the mat, 5 to 30"))
        self.surface = QComboBox()
        self.surface.addItem(self.tr("Through a layer of cloth"), MatSurface.LAYER.value)
        self.surface.addItem(self.tr("On bare skin"), MatSurface.BARE.value)
        self.target = QSpinBox()
        self.target.setRange(5, 30)
        self.target.setValue(15)
        self.target.setSuffix(self.tr(" min"))
        self.target.setAccessibleName(self.tr("Your target time on the mat"))
        self.target.valueChanged.connect(self.refresh)
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("Just practising"), None)
        for symptom in catalog.symptoms:
            self.purpose.addItem(symptom.name, symptom.id)
        self.before = QComboBox()
        self.before.addItem(self.tr("Skip"), None)
        for rating in range(11):
            self.before.addItem(str(rating), rating)
        form = QFormLayout()
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Time"), self.minutes)
        form.addRow(self.tr("Surface"), self.surface)
        form.addRow(self.tr("What is it for?"), self.purpose)
        form.addRow(self.tr("How strong is it now (0-10)?"), self.before)

        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("matSuggestion")
        self.suggestion_label.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("&Use This"))
        self.use_suggestion.clicked.connect(self.apply_suggestion)
        plan = QHBoxLayout()
        plan.addWidget(QLabel(self.tr("Working up to")))
        plan.addWidget(self.target)
        plan.addWidget(self.suggestion_label, 1)
        plan.addWidget(self.use_suggestion)
        self.cautions = QLabel()
        self.cautions.setObjectName("matCautions")
        self.cautions.setWordWrap(True)
        self.cautions.setTextFormat(Qt.TextFormat.RichText)
        tips = QLabel(
            "<ul>" + "".join(f"{ITEM}{escape(QCoreApplication.translate('MatPage', t))}</li>" for t in TIPS) + "</ul>"
        )
        tips.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start Mat Session"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)

        # A readable column rather than fields stretched across a wide window.
        column = QWidget()
        column.setMaximumWidth(820)
        # Large fonts make the page taller than the window: it scrolls rather than squeezing text.
        holder = QWidget()
        outer = QHBoxLayout(holder)
        outer.addWidget(column)
        outer.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidget(holder)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroller, 1)
        # Start stays in sight however far the page scrolls, at the foot of the column.
        footer = QWidget()
        footer.setMaximumWidth(column.maximumWidth())
        footer_layout = QHBoxLayout(footer)
        footer_layout.addStretch(1)
        footer_layout.addWidget(self.start_button)
        start_row = QHBoxLayout()
        start_row.addWidget(footer)
        start_row.addStretch(1)
        page.addLayout(start_row)
        layout = QVBoxLayout(column)
        heading = self.tr("Acupressure mat")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self.cautions)
        layout.addLayout(plan)
        layout.addLayout(form)
        layout.addWidget(tips)
        layout.addStretch(1)
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
        applies = self.tr("Applies to you")
        self.cautions.setText(f"<div style='color:#b3261e'><b>⚠ {applies}</b><ul>{items}</ul></div>")
        self.cautions.setVisible(bool(advice.personal))
        suggestion = self._suggestion(self.target.value())
        label, reason = in_language(suggestion.label), in_language(suggestion.reason)
        self.suggestion_label.setText(f"<b>{escape(label)}</b> · {escape(reason)}")
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
