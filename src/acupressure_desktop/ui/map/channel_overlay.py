"""Which channels the body map draws: none, the selected point's own, or the ones the user ticked."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.catalog.browsing import channel_code
from acupressure_desktop.catalog.outline import OutlineError
from acupressure_desktop.ui.map.body_map import BodyMapView
from acupressure_desktop.ui.map.diagram_scene import DiagramScene
from acupressure_desktop.ui.map.selection import PointSelection

Choice = tuple[str, str]  # point code, what the menu says


class ChannelMode(StrEnum):
    NONE = "none"
    SELECTED = "selected"  # the selected point's channel
    CHOSEN = "chosen"  # the channels ticked in the menu


def choose_from_channel_menu(choices: list[Choice], at: QPoint) -> str | None:
    """A menu of a channel's points on this view; the chosen point's code."""
    menu = QMenu()
    for code, text in choices:
        menu.addAction(text).setData(code)
    chosen = menu.exec(at)
    return chosen.data() if chosen is not None else None


class ChannelOverlay(QObject):
    """Keeps the map's channel lines in step with the user's choice and the selected point.

    Clicking a line lists its channel's points on the view; choosing one selects it.
    """

    changed = Signal()
    notice = Signal(str)

    def __init__(
        self, catalog: Catalog, body_map: BodyMapView, selection: PointSelection, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._map = body_map
        self._selection = selection
        self.mode = ChannelMode.NONE
        self.chosen: frozenset[str] = frozenset()
        self._listening: set[int] = set()
        # Replaceable, like a file dialog: the menu of a clicked channel's points.
        self.choose_point: Callable[[list[Choice], QPoint], str | None] = choose_from_channel_menu
        body_map.view_changed.connect(self._apply)
        selection.changed.connect(self._on_selection)

    def shown_codes(self) -> frozenset[str]:
        """The codes of the channels drawn now."""
        if self.mode is ChannelMode.CHOSEN:
            return self.chosen
        if self.mode is ChannelMode.SELECTED and self._selection.code:
            code = channel_code(self._catalog.point(self._selection.code))
            return frozenset({code}) if code != "EX" else frozenset()
        return frozenset()

    def set_mode(self, mode: ChannelMode) -> None:
        if mode is not self.mode:
            self.mode = mode
            self._changed()

    def set_chosen(self, codes: frozenset[str]) -> None:
        """Draw exactly these channels."""
        self.chosen = codes
        self.mode = ChannelMode.CHOSEN
        self._changed()

    def toggle(self, code: str) -> None:
        """Tick or untick one channel (and draw the ticked ones)."""
        self.set_chosen(self.chosen ^ {code})

    def _on_selection(self, _code: str) -> None:
        if self.mode is ChannelMode.SELECTED:
            self._apply()

    def _changed(self) -> None:
        self._apply()
        self.changed.emit()

    def _apply(self) -> None:
        scene = self._map.scene()
        if not isinstance(scene, DiagramScene):
            return
        if id(scene) not in self._listening:
            self._listening.add(id(scene))
            scene.channel_clicked.connect(self._list_points)
        try:
            scene.show_channels(self.shown_codes())
        except OutlineError as error:
            self.notice.emit(self.tr("The channels cannot be drawn on this view: {error}").format(error=error))

    def _list_points(self, code: str) -> None:
        view_id = self._map.view_id
        choices = [
            (p.code, f"{p.code}  {p.pinyin} · {p.english}")
            for p in self._catalog.channel_points(code)
            if view_id in p.views()
        ]
        chosen = self.choose_point(choices, QCursor.pos())
        if chosen:
            self._selection.select(chosen)
