"""How a channel's line looks: its colour (for the background it is on) and its dash pattern."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from acupressure_desktop.catalog.channels import Channel

LINE_WIDTH = 3.0  # screen pixels, at any zoom
# Dash patterns in line widths; a pattern tells paired channels apart without colour.
SWATCH = QSize(28, 12)
DASHES: dict[str, list[float]] = {"dash": [4.0, 2.5], "dot": [1.0, 2.0], "dash_dot": [5.0, 2.0, 1.0, 2.0]}


def channel_pen(channel: Channel, dark_background: bool = False, width: float = LINE_WIDTH) -> QPen:
    """The pen a channel is drawn with; cosmetic, so it keeps its width while the map zooms."""
    pen = QPen(QColor(channel.colour_dark if dark_background else channel.colour), width)
    pen.setCosmetic(True)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if channel.dash in DASHES:
        pen.setDashPattern(DASHES[channel.dash])
    return pen


def channel_swatch(channel: Channel, dark_background: bool, size: QSize = SWATCH) -> QIcon:
    """A short stretch of the channel's line, for lists and menus."""
    picture = QPixmap(size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(channel_pen(channel, dark_background))
    middle = size.height() / 2
    painter.drawLine(QPointF(2, middle), QPointF(size.width() - 2, middle))
    painter.end()
    return QIcon(picture)
