"""The user's settings: one pydantic model, validated field by field so one bad value costs only itself.

The settings file is plain text that people (and other programs) edit. A value that does not fit
its field is replaced by the field's default and reported, so a typo never stops the app and
never takes the other settings with it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import time
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from acupressure_desktop.learning.limits import MAX_NEW_PER_DAY, MIN_NEW_PER_DAY, NEW_PER_DAY
from acupressure_desktop.practice.phases import GET_READY_S, MAX_GET_READY_S, MIN_GET_READY_S
from acupressure_desktop.practice.protocols import Protocol, SteadyPressure, parse_protocol
from acupressure_desktop.practice.reminders import DEFAULT_TIMES, MAX_TIMES

MIN_DAILY_GOAL, MAX_DAILY_GOAL = 1, 10
DEFAULT_DAILY_GOAL = 2
MAX_DEVICE_NAME = 40
# A window state Qt wrote is a few hundred bytes; anything far larger is not one.
MAX_STATE_BYTES = 64 * 1024


class Appearance(StrEnum):
    """Light, dark, or whatever the system uses."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class InterfaceLanguage(StrEnum):
    """The language of the interface: the system's, or one the app ships a translation for."""

    SYSTEM = "system"
    ENGLISH = "en"
    GERMAN = "de"
    CHINESE_SIMPLIFIED = "zh_CN"


class Sides(StrEnum):
    """Which sides a paired point is pressed on, remembered between sessions."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


class Preferences(BaseModel):
    """Everything the app remembers for the user between runs. Defaults live here and nowhere else."""

    model_config = ConfigDict(frozen=True, extra="ignore", defer_build=True)

    appearance: Appearance = Appearance.SYSTEM
    language: InterfaceLanguage = InterfaceLanguage.SYSTEM
    # Qt's own opaque blobs (saveGeometry, saveState); strict, so a stray text never reaches Qt.
    window_geometry: bytes = Field(b"", strict=True, max_length=MAX_STATE_BYTES)
    window_splitter: bytes = Field(b"", strict=True, max_length=MAX_STATE_BYTES)
    map_view: str = Field("", max_length=64, pattern=r"^[a-z0-9_]*$")
    sound_volume: float = Field(0.8, ge=0.0, le=1.0, allow_inf_nan=False)
    sound_muted: bool = False
    speak_phases: bool = False
    daily_goal: int = Field(DEFAULT_DAILY_GOAL, ge=MIN_DAILY_GOAL, le=MAX_DAILY_GOAL)
    reminders_enabled: bool = True
    reminder_times: tuple[time, ...] = Field(DEFAULT_TIMES, min_length=1, max_length=MAX_TIMES)
    told_about_tray: bool = False
    session_protocol: Protocol = SteadyPressure()
    session_sides: Sides = Sides.BOTH
    get_ready_s: int = Field(int(GET_READY_S), ge=MIN_GET_READY_S, le=MAX_GET_READY_S)
    new_cards_per_day: int = Field(NEW_PER_DAY, ge=MIN_NEW_PER_DAY, le=MAX_NEW_PER_DAY)
    # This computer, as the sync folder knows it: made once, never shown; "" until first needed.
    device_id: str = Field("", pattern=r"^(?:[0-9a-f]{32})?$")
    device_name: str = Field("", max_length=MAX_DEVICE_NAME, pattern=r"^[^\x00-\x1f\x7f]*$")
    # The folder the user keeps in sync between their computers; "" when sync is off.
    sync_folder: str = Field("", max_length=4096, pattern=r"^[^\x00]*$")

    @field_validator("reminder_times", mode="before")
    @classmethod
    def _times_from_text(cls, value: Any) -> Any:
        # Stored as "09:00,14:00,19:00"; unreadable entries are skipped, as a person would.
        if isinstance(value, str):
            found = set()
            for text in value.split(","):
                try:
                    found.add(time.fromisoformat(text.strip()))
                except ValueError:
                    continue
            return tuple(sorted(found))[:MAX_TIMES] or DEFAULT_TIMES
        return value

    @field_validator("reminder_times")
    @classmethod
    def _times_in_order(cls, value: tuple[time, ...]) -> tuple[time, ...]:
        return tuple(sorted(set(value)))

    @field_validator("session_protocol", mode="before")
    @classmethod
    def _protocol_from_json(cls, value: Any) -> Any:
        if isinstance(value, str):
            return parse_protocol(_json_object(value))
        return value


# Where each field lives in the settings file; the keys predate the model, so old files still read.
SETTINGS_KEYS: dict[str, str] = {
    "appearance": "appearance",
    "language": "language",
    "window_geometry": "window/geometry",
    "window_splitter": "window/splitter",
    "map_view": "map/view",
    "sound_volume": "sound/volume",
    "sound_muted": "sound/muted",
    "speak_phases": "sound/speak_phases",
    "daily_goal": "practice/daily_goal",
    "reminders_enabled": "reminders/enabled",
    "reminder_times": "reminders/times",
    "told_about_tray": "reminders/told_about_tray",
    "session_protocol": "session/protocol",
    "session_sides": "session/sides",
    "get_ready_s": "session/get_ready_seconds",
    "new_cards_per_day": "learn/new_cards_per_day",
    "device_id": "sync/device",
    "device_name": "sync/device_name",
    "sync_folder": "sync/folder",
}


def from_stored(stored: Mapping[str, object]) -> tuple[Preferences, list[str]]:
    """Preferences from stored values by settings key; also the keys whose values were unusable.

    Missing keys take their defaults silently; present but unusable ones take their defaults and
    are named in the second item, so the caller can report them.
    """
    values = {field: stored[key] for field, key in SETTINGS_KEYS.items() if key in stored}
    rejected: list[str] = []
    while True:
        try:
            return Preferences.model_validate(values), rejected
        except ValidationError as error:
            bad = {str(e["loc"][0]) for e in error.errors(include_url=False) if e["loc"]}
            if not bad & values.keys():
                # Nothing left to drop: should not happen, but never loop or crash over settings.
                return Preferences(), [SETTINGS_KEYS[f] for f in values]
            for field in bad & values.keys():
                del values[field]
                rejected.append(SETTINGS_KEYS[field])
        except (RecursionError, ValueError, TypeError, OverflowError):
            return Preferences(), [SETTINGS_KEYS[f] for f in values]


def to_stored(preferences: Preferences, fields: set[str] | None = None) -> dict[str, object]:
    """Values to write, by settings key: text for everything but Qt's blobs, which stay bytes."""
    stored: dict[str, object] = {}
    for field, key in SETTINGS_KEYS.items():
        if fields is not None and field not in fields:
            continue
        value = getattr(preferences, field)
        if isinstance(value, bytes):
            stored[key] = value
        elif field == "reminder_times":
            stored[key] = ",".join(t.strftime("%H:%M") for t in value)
        elif field == "session_protocol":
            stored[key] = value.model_dump_json()
        elif isinstance(value, bool):
            stored[key] = "true" if value else "false"
        else:
            stored[key] = str(value)
    return stored


def _json_object(text: str) -> Any:
    if len(text) > MAX_STATE_BYTES:
        raise ValueError("far too long to be a protocol")
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("nested far too deeply to be a protocol") from None
