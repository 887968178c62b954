"""The bar above the body map: which side a one-side view shows, landmark names, channels, and zoom."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from acupressure_desktop.ui.map.body_map import BodyMapView


def _button(text: str, tip: str, checkable: bool = False) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(text.replace("&", ""))
    button.setCheckable(checkable)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(True)
    return button


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrower than its text, never cut mid-letter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        """The whole text, as a reader or a screen reader wants it; what shows may end in "…"."""
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        if self.width() <= 0:  # not laid out yet
            super().setText(self._full)
        else:
            super().setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))
        self.setAccessibleName(self._full)


class MapControls(QWidget):
    """Buttons that drive the body map and follow it when menus or keys change it."""

    def __init__(self, body_map: BodyMapView, channel_menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map = body_map
        self.title = ElidedLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # The buttons keep their room in a narrow window; the title gives way.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.right_button = _button(
            self.tr("Right"), self.tr("Show this view for the right side of the body"), checkable=True
        )
        self.left_button = _button(
            self.tr("Left"),
            self.tr("Show this view for the left side of the body (the drawing mirrored)"),
            checkable=True,
        )
        self._sides = QButtonGroup(self)
        self._sides.addButton(self.right_button)
        self._sides.addButton(self.left_button)
        self.right_button.setChecked(True)
        self._side_tips = {self.right_button: self.right_button.toolTip(), self.left_button: self.left_button.toolTip()}
        self.landmarks_button = _button(
            self.tr("Landmarks"),
            self.tr("Name the creases, bones and tendons the points are measured from"),
            checkable=True,
        )
        self.channels_button = _button(
            self.tr("Channels"), self.tr("Draw the channels: none, the selected point's, or those you tick")
        )
        self.channels_button.setMenu(channel_menu)
        self.channels_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.zoom_out_button = _button("−", self.tr("Zoom out"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.fit_button = _button(self.tr("Fit"), self.tr("Show the whole diagram"))
        self.zoom_in_button = _button("+", self.tr("Zoom in"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))

        # One row where there is room; with large fonts or long words the drawing tools move to a
        # second row rather than squeezing every button to "…".
        self._first_row = QHBoxLayout()
        self._first_row.addWidget(self.title, 1)
        for widget in (self.right_button, self.left_button):
            self._first_row.addWidget(widget)
        self._tools = QWidget()
        tools = QHBoxLayout(self._tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addSpacing(8)
        tools.addWidget(self.landmarks_button)
        tools.addWidget(self.channels_button)
        tools.addSpacing(8)
        for widget in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            tools.addWidget(widget)
        self._second_row = QHBoxLayout()
        self._second_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        layout.addLayout(self._first_row)
        layout.addLayout(self._second_row)
        self._first_row.addWidget(self._tools)
        self.two_rows = False

        self.right_button.clicked.connect(lambda: body_map.show_side("right"))
        self.left_button.clicked.connect(lambda: body_map.show_side("left"))
        self.landmarks_button.toggled.connect(body_map.show_landmarks)
        self.zoom_out_button.clicked.connect(body_map.zoom_out)
        self.fit_button.clicked.connect(body_map.fit)
        self.zoom_in_button.clicked.connect(body_map.zoom_in)
        body_map.view_changed.connect(self._follow_view)
        body_map.side_changed.connect(self._follow_side)
        body_map.landmarks_toggled.connect(self.landmarks_button.setChecked)
        body_map.zoom_changed.connect(self._follow_zoom)

    def minimumSizeHint(self) -> QSize:
        # Narrow enough for the two-row form: the map column need not grow for the buttons.
        hint = super().minimumSizeHint()
        widest = max(self._tools.sizeHint().width(), self._side_width() + 40) + 12
        return QSize(min(hint.width(), widest), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        one_row = self._side_width() + self._tools.sizeHint().width() + 80  # and room for a short title
        want_two = self.width() < one_row
        if want_two != self.two_rows:
            self.two_rows = want_two
            (self._second_row if want_two else self._first_row).addWidget(self._tools)

    def _side_width(self) -> int:
        return self.right_button.sizeHint().width() + self.left_button.sizeHint().width()

    def _follow_view(self, view_id: str) -> None:
        side = self._map.diagram_scene().shown_side
        overview = self._map.is_overview
        title = self._map.view_title
        self.title.setText(self.tr("{view} · self-care points").format(view=title) if overview else title)
        self.title.setToolTip(
            self.tr(
                "The whole body shows the points written for self-care; a region view (face, arm, leg...) shows "
                "every point of the atlas."
            )
            if overview
            else ""
        )
        one_side = side is not None
        for button, tip in self._side_tips.items():
            button.setEnabled(one_side)
            button.setToolTip(
                tip if one_side else self.tr("This view shows both sides of the body, marked RIGHT and LEFT")
            )
        if one_side:
            self._follow_side(side or "")

    def _follow_side(self, side: str) -> None:
        if side == "left":
            self.left_button.setChecked(True)
        elif side == "right":
            self.right_button.setChecked(True)
        self._side_tips = {self.right_button: self.right_button.toolTip(), self.left_button: self.left_button.toolTip()}

    def _follow_zoom(self, zoom: float) -> None:
        self.zoom_out_button.setEnabled(zoom > 1.0)
        self.fit_button.setEnabled(zoom > 1.0)
