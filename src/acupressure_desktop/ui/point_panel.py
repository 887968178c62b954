"""The point panel: everything about one point, cautions first."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.catalog import Catalog, Placement, Point
from acupressure_desktop.ui.diagrams import DiagramLibrary
from acupressure_desktop.ui.selection import PointSelection

LOCATOR_SIZE = QSize(300, 220)
GENERAL_CAUTION = (
    "Never press on bruises, cuts, open wounds or swelling. Pressure should feel firm, never painful: "
    "ease off or stop if it hurts."
)
_LATERALITY = {
    "bilateral": "on both sides of the body",
    "midline": "on the centre line of the body",
}
_BODY_OVERVIEWS = ("body_front", "body_back")


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.08)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def _body(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    return label


def locator_placement(point: Point) -> Placement:
    """The placement best suited to a close-up: a detail view if there is one."""
    detail = [p for p in point.placements if p.view not in _BODY_OVERVIEWS]
    return (detail or list(point.placements))[0]


class PointPanel(QScrollArea):
    """Shows the selected point; symptom links and view links are offered as signals."""

    symptom_activated = Signal(str)  # symptom id
    view_requested = Signal(str)  # view id

    def __init__(
        self, catalog: Catalog, library: DiagramLibrary, selection: PointSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._library = library
        self._point: Point | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(340)
        self.setAccessibleName("Point details")

        self._stack = QStackedWidget()
        self._stack.addWidget(self._build_empty_page())
        self._stack.addWidget(self._build_detail_page())
        self.setWidget(self._stack)
        selection.changed.connect(self.show_point)

    @property
    def point(self) -> Point | None:
        return self._point

    # --- pages ----------------------------------------------------------------------------------

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        hint = QLabel(
            "<p style='font-size:large'><b>Choose a point</b></p>"
            "<p>Click a dot on the body map, or search by name, code or what you would like help with "
            "(Ctrl+K).</p>"
        )
        hint.setObjectName("emptyHint")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        layout.addStretch(2)
        return page

    def _build_detail_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(8)

        self.title_label = QLabel()
        self.title_label.setObjectName("pointTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = _body("pointSubtitle")
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)

        self.caution_box = QFrame()
        self.caution_box.setObjectName("cautionBox")
        self.caution_box.setFrameShape(QFrame.Shape.StyledPanel)
        caution_layout = QVBoxLayout(self.caution_box)
        caution_layout.setContentsMargins(12, 10, 12, 10)
        self.caution_label = _body("cautionText")
        self.caution_label.setAccessibleName("Cautions")
        caution_layout.addWidget(self.caution_label)
        layout.addWidget(self.caution_box)

        self.locator_label = QLabel()
        self.locator_label.setObjectName("locatorPicture")
        self.locator_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locator_label.setMinimumSize(LOCATOR_SIZE)
        self.locator_caption = _body("locatorCaption")
        self.locator_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locator_caption.linkActivated.connect(self._on_view_link)
        layout.addWidget(self.locator_label)
        layout.addWidget(self.locator_caption)

        self.location_label = _body("locationText")
        self.find_label = _body("findSteps")
        self.press_label = _body("pressGuide")
        self.uses_label = _body("usesList")
        self.uses_label.linkActivated.connect(self._on_symptom_link)
        for heading, label in (
            ("Where it is", self.location_label),
            ("How to find it", self.find_label),
            ("How to press it", self.press_label),
            ("Traditionally used for", self.uses_label),
        ):
            layout.addWidget(_heading(heading))
            layout.addWidget(label)

        footer = QLabel(
            "Acupressure describes traditional practice. It is not a substitute for medical care: "
            "see a doctor about symptoms that are severe, sudden or do not go away."
        )
        footer.setObjectName("disclaimer")
        footer.setWordWrap(True)
        layout.addSpacing(6)
        layout.addWidget(footer)
        layout.addStretch(1)
        return page

    # --- content --------------------------------------------------------------------------------

    def show_point(self, code: str) -> None:
        if not code:
            self._point = None
            self._stack.setCurrentIndex(0)
            return
        point = self._catalog.point(code)
        self._point = point
        self.title_label.setText(
            f"<span style='font-size:xx-large; font-weight:600'>{escape(point.code)}</span>"
            f"&nbsp;&nbsp;<span style='font-size:x-large'>{escape(point.pinyin)}</span>"
            f"&nbsp;&nbsp;<span style='font-size:x-large'>{escape(point.characters)}</span>"
        )
        self.subtitle_label.setText(
            f"<i>{escape(point.english)}</i> · {escape(point.channel)} channel · {_LATERALITY[point.laterality.value]}"
        )
        self._show_cautions(point)
        self._show_locator(point)
        self.location_label.setText(escape(point.location))
        self.find_label.setText(
            "<ol style='margin-left:0; -qt-list-indent:1'>"
            + "".join(f"<li style='margin-bottom:4px'>{escape(step)}</li>" for step in point.how_to_find)
            + "</ol>"
        )
        guide = point.how_to_press
        self.press_label.setText(
            "<table cellspacing='0' cellpadding='3'>"
            + "".join(
                f"<tr><td valign='top'><b>{name}</b>&nbsp;&nbsp;</td><td>{escape(text)}</td></tr>"
                for name, text in (
                    ("Finger", guide.finger),
                    ("Direction", guide.direction),
                    ("Pressure", guide.pressure),
                    ("Posture", guide.posture),
                )
            )
            + "</table>"
        )
        self.uses_label.setText(
            "<ul style='margin-left:0; -qt-list-indent:1'>"
            + "".join(
                f"<li style='margin-bottom:4px'><a href='symptom:{use.symptom}'>"
                f"{escape(self._catalog.symptom(use.symptom).name)}</a>: {escape(use.note)}</li>"
                for use in point.uses
            )
            + "</ul>"
        )
        self._stack.setCurrentIndex(1)
        self.verticalScrollBar().setValue(0)

    def _show_cautions(self, point: Point) -> None:
        items = []
        for caution in point.cautions:
            tag = "<b>Pregnancy:</b> " if caution.pregnancy else ""
            items.append(f"<li style='margin-bottom:4px'>{tag}{escape(caution.text)}</li>")
        items.append(f"<li>{escape(GENERAL_CAUTION)}</li>")
        self.caution_label.setText(
            "<p style='margin:0'><b>⚠ Cautions</b></p>"
            f"<ul style='margin-left:0; -qt-list-indent:1'>{''.join(items)}</ul>"
        )

    def _show_locator(self, point: Point) -> None:
        placement = locator_placement(point)
        self.locator_label.setPixmap(self._library.locator(placement, LOCATOR_SIZE))
        self.locator_label.setAccessibleName(
            f"{point.code} marked on the diagram {self._catalog.view(placement.view).title}"
        )
        links = [
            f"<a href='view:{view_id}'>{escape(self._catalog.view(view_id).title)}</a>" for view_id in point.views()
        ]
        self.locator_caption.setText("Shown on: " + " · ".join(links))

    def _on_symptom_link(self, link: str) -> None:
        if link.startswith("symptom:"):
            self.symptom_activated.emit(link.removeprefix("symptom:"))

    def _on_view_link(self, link: str) -> None:
        if link.startswith("view:"):
            self.view_requested.emit(link.removeprefix("view:"))
