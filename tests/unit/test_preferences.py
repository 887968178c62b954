"""The typed preferences: defaults in one place, and one bad value costs only itself."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acupressure_desktop.practice import CircularMassage, SteadyPressure
from acupressure_desktop.preferences import SETTINGS_KEYS, Appearance, Preferences, Sides, from_stored, to_stored


def test_nothing_stored_gives_the_defaults_and_no_complaint() -> None:
    preferences, rejected = from_stored({})
    assert preferences == Preferences()
    assert rejected == []
    assert preferences.daily_goal == 2
    assert preferences.reminder_times == (time(9), time(14), time(19))


def test_text_where_qt_expects_a_window_state_is_refused_and_only_that_value_is_lost() -> None:
    preferences, rejected = from_stored(
        {"window/geometry": "hello", "window/splitter": "hello", "practice/daily_goal": "3", "appearance": "dark"}
    )
    assert preferences.window_geometry == b""
    assert preferences.window_splitter == b""
    assert preferences.daily_goal == 3
    assert preferences.appearance is Appearance.DARK
    assert sorted(rejected) == ["window/geometry", "window/splitter"]


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("practice/daily_goal", "lots"),
        ("practice/daily_goal", "0"),
        ("practice/daily_goal", "99999999999999999999999"),
        ("sound/volume", "nan"),
        ("sound/volume", "7"),
        ("sound/muted", "perhaps"),
        ("appearance", "purple"),
        ("map/view", "../../etc/passwd"),
        ("session/sides", "middle"),
        ("session/protocol", '{"kind": "steady", "hold_s": 100000}'),
        ("session/protocol", "[" * 100_000),
        ("session/protocol", "not json"),
    ],
)
def test_an_unusable_value_falls_back_to_its_default_and_is_named(key: str, value: str) -> None:
    preferences, rejected = from_stored({key: value, "sound/speak_phases": "true"})
    assert rejected == [key]
    field = next(f for f, k in SETTINGS_KEYS.items() if k == key)
    assert getattr(preferences, field) == getattr(Preferences(), field)
    assert preferences.speak_phases is True


def test_reminder_times_skip_unreadable_entries_like_a_person_would() -> None:
    preferences, rejected = from_stored({"reminders/times": "19:00, 7:30?, 07:30,07:30"})
    assert preferences.reminder_times == (time(7, 30), time(19))
    assert rejected == []


def test_every_preference_survives_a_round_trip_through_the_stored_form() -> None:
    chosen = Preferences(
        appearance=Appearance.LIGHT,
        window_geometry=b"\x01\xd9\xd0\xcb",
        map_view="sole",
        sound_volume=0.35,
        sound_muted=True,
        daily_goal=5,
        reminders_enabled=False,
        reminder_times=(time(8, 15), time(21)),
        told_about_tray=True,
        session_protocol=CircularMassage(),
        session_sides=Sides.LEFT,
    )
    stored = {key: value if isinstance(value, bytes) else str(value) for key, value in to_stored(chosen).items()}
    assert set(stored) == set(SETTINGS_KEYS.values())
    assert from_stored(stored) == (chosen, [])


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(sorted(SETTINGS_KEYS.values())),
        st.one_of(st.text(max_size=200), st.binary(max_size=200), st.integers(), st.floats(), st.booleans()),
    )
)
def test_whatever_the_settings_file_holds_the_preferences_load(stored: dict[str, object]) -> None:
    preferences, rejected = from_stored(stored)
    assert isinstance(preferences, Preferences)
    assert set(rejected) <= set(stored)
    assert isinstance(preferences.session_protocol, SteadyPressure | CircularMassage)
