"""Light and dark appearance that follows the system colour scheme, live."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from acupressure_desktop.preferences import Appearance

_LIGHT = {
    QPalette.ColorRole.Window: "#f6f4f1",
    QPalette.ColorRole.WindowText: "#1f1d1b",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f1eee9",
    QPalette.ColorRole.Text: "#1f1d1b",
    QPalette.ColorRole.Button: "#efece8",
    QPalette.ColorRole.ButtonText: "#1f1d1b",
    QPalette.ColorRole.Highlight: "#2a8c82",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1d6f9e",
    QPalette.ColorRole.ToolTipBase: "#fffdf8",
    QPalette.ColorRole.ToolTipText: "#1f1d1b",
    QPalette.ColorRole.PlaceholderText: "#7b756e",
}
_DARK = {
    QPalette.ColorRole.Window: "#22252a",
    QPalette.ColorRole.WindowText: "#e8e6e3",
    QPalette.ColorRole.Base: "#1a1c20",
    QPalette.ColorRole.AlternateBase: "#262a30",
    QPalette.ColorRole.Text: "#e8e6e3",
    QPalette.ColorRole.Button: "#2d3137",
    QPalette.ColorRole.ButtonText: "#e8e6e3",
    QPalette.ColorRole.Highlight: "#3aa99d",
    QPalette.ColorRole.HighlightedText: "#0d1412",
    QPalette.ColorRole.Link: "#7cc4ec",
    QPalette.ColorRole.ToolTipBase: "#2d3137",
    QPalette.ColorRole.ToolTipText: "#e8e6e3",
    QPalette.ColorRole.PlaceholderText: "#9a958f",
}


class ThemeController(QObject):
    """Applies a light or dark palette and re-applies it when the system scheme changes."""

    changed = Signal(bool)  # True when dark

    def __init__(self, app: QApplication, appearance: Appearance = Appearance.SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self._appearance = appearance
        # The same widgets everywhere, so our palettes look as designed (set only if the platform
        # chose another: making a style anew costs a start tens of milliseconds).
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        hints = app.styleHints()
        self._system_scheme = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._on_scheme_changed)
        self._dark = self._wants_dark()
        self._apply()

    @property
    def is_dark(self) -> bool:
        return self._dark

    @property
    def appearance(self) -> Appearance:
        return self._appearance

    def set_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        self._refresh()

    def _wants_dark(self) -> bool:
        if self._appearance is Appearance.SYSTEM:
            return self._system_scheme == Qt.ColorScheme.Dark
        return self._appearance is Appearance.DARK

    def _on_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._system_scheme = scheme
        if self._appearance is Appearance.SYSTEM:
            self._refresh()

    def _refresh(self) -> None:
        dark = self._wants_dark()
        if dark != self._dark:
            self._dark = dark
            self._apply()
            self.changed.emit(dark)

    def _apply(self) -> None:
        palette = QPalette()
        for role, colour in (_DARK if self._dark else _LIGHT).items():
            palette.setColor(role, QColor(colour))
        muted = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
        # No application style sheet: with one, Qt draws every widget through its slower
        # style-sheet style. Widgets that need a colour of their own take a palette role.
        self._app.setPalette(palette)
        # Widgets hear of a new palette through posted events; deliver them now, so whoever
        # listens to ``changed`` reads the new colours from its widgets.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
