"""Light and dark appearance that follows the system colour scheme and contrast setting, live."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QStyleHints
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


# Pure black, white and one strong colour each, for people who asked their desktop for more
# contrast; the frame roles matter too, or Fusion draws edges too faint to see.
_HIGH_LIGHT = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#ececec",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.Highlight: "#00007a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#00007a",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#333333",
    QPalette.ColorRole.Light: "#000000",
    QPalette.ColorRole.Midlight: "#000000",
    QPalette.ColorRole.Mid: "#000000",
    QPalette.ColorRole.Dark: "#000000",
    QPalette.ColorRole.Shadow: "#000000",
}
_HIGH_DARK = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1c1c1c",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Highlight: "#ffd400",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#ffd400",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#d0d0d0",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#ffffff",
    QPalette.ColorRole.Mid: "#ffffff",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Shadow: "#ffffff",
}
_PALETTES = {(False, False): _LIGHT, (True, False): _DARK, (False, True): _HIGH_LIGHT, (True, True): _HIGH_DARK}
# Read by widgets that draw colours of their own (the caution box, the history banner).
HIGH_CONTRAST_PROPERTY = "highContrast"


def high_contrast_in_use() -> bool:
    """Whether the app shows its high-contrast palette now."""
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(HIGH_CONTRAST_PROPERTY))


def _lasting_style_hints(app: QApplication) -> QStyleHints:
    """The application's style hints, through a wrapper that lives as long as the application.

    Once every Python wrapper of QStyleHints is collected, PySide6 (6.11) invalidates the
    accessibility hints for good (the C++ objects live on): each later call raises. So the
    application object keeps one wrapper.
    """
    hints: QStyleHints | None = getattr(app, "_lasting_style_hints", None)
    if hints is None:
        hints = app.styleHints()
        app._lasting_style_hints = hints  # type: ignore[attr-defined]
    return hints


class ThemeController(QObject):
    """Applies a light or dark palette, with more contrast when the desktop asks for it, and
    re-applies it when the system's scheme or contrast setting changes.

    ``contrast`` says what the desktop asks for; by default Qt's accessibility hints answer.
    """

    changed = Signal(bool)  # True when dark

    def __init__(
        self,
        app: QApplication,
        appearance: Appearance = Appearance.SYSTEM,
        contrast: Callable[[], Qt.ContrastPreference] | None = None,
    ) -> None:
        super().__init__(app)
        self._app = app
        self._appearance = appearance
        accessibility = _lasting_style_hints(app).accessibility()
        self._contrast = contrast or accessibility.contrastPreference
        accessibility.contrastPreferenceChanged.connect(lambda _preference: self._refresh(force=True))
        self._high = self._wants_high_contrast()
        # The same widgets everywhere, so our palettes look as designed (set only if the platform
        # chose another: making a style anew costs a start tens of milliseconds).
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        hints = _lasting_style_hints(app)
        self._system_scheme = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._on_scheme_changed)
        self._dark = self._wants_dark()
        self._apply()

    @property
    def is_dark(self) -> bool:
        return self._dark

    @property
    def high_contrast(self) -> bool:
        return self._high

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

    def _wants_high_contrast(self) -> bool:
        return self._contrast() == Qt.ContrastPreference.HighContrast

    def _refresh(self, force: bool = False) -> None:
        dark, high = self._wants_dark(), self._wants_high_contrast()
        if force or dark != self._dark or high != self._high:
            self._dark, self._high = dark, high
            self._apply()
            self.changed.emit(dark)

    def _apply(self) -> None:
        palette = QPalette()
        for role, colour in _PALETTES[self._dark, self._high].items():
            palette.setColor(role, QColor(colour))
        self._app.setProperty(HIGH_CONTRAST_PROPERTY, self._high)
        muted = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
        # No application style sheet: with one, Qt draws every widget through its slower
        # style-sheet style. Widgets that need a colour of their own take a palette role.
        self._app.setPalette(palette)
        # Widgets hear of a new palette through posted events; deliver them now, so whoever
        # listens to ``changed`` reads the new colours from its widgets.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
