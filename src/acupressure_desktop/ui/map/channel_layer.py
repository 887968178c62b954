"""The channels on one diagram: a line per stretch, hidden until asked for, named on hover."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QPainterPath, QPainterPathStroker
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent

from acupressure_desktop.catalog.atlas.channel_paths import ChannelPath
from acupressure_desktop.catalog.channels import Channel
from acupressure_desktop.ui.map.channel_style import LINE_WIDTH, channel_pen

Z_VALUE = 0.3  # above the drawing, below the landmark names and the points
HIT_WIDTH = 14.0  # diagram units either side of the line that still count as on it
HOVER_WIDTH = LINE_WIDTH + 2.5


class ChannelLine(QGraphicsPathItem):
    """One stretch of a channel; a click calls ``on_click`` with the channel's code."""

    def __init__(
        self, channel: Channel, path: ChannelPath, map_x: Callable[[float], float], on_click: Callable[[str], None]
    ) -> None:
        super().__init__()
        self.channel = channel
        self.codes = path.codes
        self._on_click = on_click
        drawn = QPainterPath()
        drawn.moveTo(QPointF(map_x(path.samples[0][0]), path.samples[0][1]))
        for x, y in path.samples[1:]:
            drawn.lineTo(QPointF(map_x(x), y))
        self.setPath(drawn)
        self.setPen(channel_pen(channel))
        self.setZValue(Z_VALUE)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        stretch = QCoreApplication.translate("ChannelLayer", "{first_point} to {last_point}").format(
            first_point=self.codes[0], last_point=self.codes[-1]
        )
        self.setToolTip(f"<b>{channel.label}</b> ({channel.code})<br>{stretch}")
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT_WIDTH)
        self._hit_area = stroker.createStroke(drawn)

    def shape(self) -> QPainterPath:
        # The drawn line is a few pixels wide; the hover and click area is wider, to be found.
        return self._hit_area

    def boundingRect(self):  # type: ignore[no-untyped-def]
        return self._hit_area.boundingRect()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setPen(channel_pen(self.channel, width=HOVER_WIDTH))
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setPen(channel_pen(self.channel))
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()
        self._on_click(self.channel.code)


class ChannelLayer:
    """Every channel's lines on one diagram; ``show`` picks which channels are visible."""

    def __init__(
        self,
        channels: Iterable[Channel],
        paths: Iterable[ChannelPath],
        map_x: Callable[[float], float],
        on_click: Callable[[str], None],
    ) -> None:
        by_code = {channel.code: channel for channel in channels}
        self.lines = [ChannelLine(by_code[path.channel], path, map_x, on_click) for path in paths]
        for line in self.lines:
            line.setVisible(False)

    def show(self, codes: frozenset[str]) -> None:
        for line in self.lines:
            line.setVisible(line.channel.code in codes)

    def shown(self) -> list[ChannelLine]:
        return [line for line in self.lines if line.isVisible()]
