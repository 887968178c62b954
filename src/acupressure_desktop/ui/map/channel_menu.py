"""The Channels menu: what the map draws, each channel with its colour and size, and walking along one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.map.channel_overlay import ChannelMode, ChannelOverlay
from acupressure_desktop.ui.map.channel_style import channel_swatch
from acupressure_desktop.ui.shell import key_map as keys

MODES = (
    (ChannelMode.NONE, QT_TRANSLATE_NOOP("ChannelMenu", "&No Channels")),
    (ChannelMode.SELECTED, QT_TRANSLATE_NOOP("ChannelMenu", "The &Selected Point's Channel")),
    (ChannelMode.CHOSEN, QT_TRANSLATE_NOOP("ChannelMenu", "The Channels &Ticked Below")),
)


class ChannelMenu(QMenu):
    """Shared by the map's Channels button and View › Channels; follows the overlay."""

    def __init__(
        self,
        catalog: Catalog,
        overlay: ChannelOverlay,
        walk: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Channels"))
        self._overlay = overlay
        self._catalog = catalog
        group = QActionGroup(self)
        self.mode_actions: dict[ChannelMode, QAction] = {}
        for mode, text in MODES:
            action = self.addAction(QCoreApplication.translate("ChannelMenu", text))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, m=mode: overlay.set_mode(m))
            group.addAction(action)
            self.mode_actions[mode] = action
        self.addSeparator()
        self.channel_actions: dict[str, QAction] = {}
        for channel in catalog.channels:
            count = len(catalog.channel_points(channel.code))
            action = self.addAction(
                self.tr("{channel} ({code}) · %n Point(s)", "", count).format(channel=channel.name, code=channel.code)
            )
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, code=channel.code: overlay.toggle(code))
            self.channel_actions[channel.code] = action
        self.addSeparator()
        self.previous_action = self.addAction(keys.PREVIOUS_ON_CHANNEL.menu_text)
        self.previous_action.setShortcuts(keys.PREVIOUS_ON_CHANNEL.sequences())
        self.previous_action.triggered.connect(lambda: walk(-1))
        self.next_action = self.addAction(keys.NEXT_ON_CHANNEL.menu_text)
        self.next_action.setShortcuts(keys.NEXT_ON_CHANNEL.sequences())
        self.next_action.triggered.connect(lambda: walk(1))
        overlay.changed.connect(self.follow)
        self.aboutToShow.connect(self._draw_swatches)
        self.follow()

    def follow(self) -> None:
        """Tick what the overlay draws."""
        self.mode_actions[self._overlay.mode].setChecked(True)
        for code, action in self.channel_actions.items():
            action.setChecked(code in self._overlay.chosen)

    def _draw_swatches(self) -> None:
        # Drawn as the menu opens, for the palette in use then (light or dark).
        dark = QApplication.palette().window().color().lightness() < 128
        for channel in self._catalog.channels:
            self.channel_actions[channel.code].setIcon(channel_swatch(channel, dark))
