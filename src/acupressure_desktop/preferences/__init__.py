"""Every user setting as one typed model, with its defaults and the key it is stored under."""

from acupressure_desktop.preferences.model import (
    SETTINGS_KEYS,
    Appearance,
    InterfaceLanguage,
    Preferences,
    Sides,
    from_stored,
    to_stored,
)

__all__ = ["SETTINGS_KEYS", "Appearance", "InterfaceLanguage", "Preferences", "Sides", "from_stored", "to_stored"]
