"""A hostile settings file: whatever it holds, or turns out to be, the app starts with defaults."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from acupressure_desktop.preferences import Preferences
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from tests.hostile import FUZZ, encoded, fragments, quickly, special_file

SETTING_KEYS = [
    "appearance",
    "window/geometry",
    "window/splitter",
    "map/view",
    "sound/volume",
    "sound/muted",
    "sound/speak_phases",
    "practice/daily_goal",
    "reminders/enabled",
    "reminders/times",
    "reminders/told_about_tray",
    "session/protocol",
    "session/sides",
]


@st.composite
def settings_values(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["fragment", "qt", "text", "times", "quoted"]))
    if kind == "fragment":
        return draw(fragments())
    if kind == "qt":
        # QSettings' own notations; @Variant is left out here because Qt aborts on some (see below).
        return draw(
            st.sampled_from(
                [
                    "@Invalid()",
                    "@ByteArray()",
                    "@ByteArray(\\xff\\0\\0\\0)",
                    "@Rect(1 2 -3 99999999999)",
                    "@Size(-1 -1)",
                    "@Point(nan inf)",
                    "@ByteArray(" + "\\xff" * 70_000 + ")",
                    "@" * 1000,
                ]
            )
        )
    if kind == "times":
        return ", ".join(draw(st.lists(st.sampled_from(["09:00", "25:00", "99:99", "-1", "", "09:00:00.5"]))))
    text = draw(st.text(max_size=40))
    return json.dumps(text) if kind == "quoted" else text.replace("\n", " ").replace("\r", " ")


@st.composite
def settings_files(draw: st.DrawFn) -> bytes:
    lines = ["[General]"]
    for _ in range(draw(st.integers(0, 6))):
        key = draw(st.sampled_from(SETTING_KEYS) | st.text(min_size=1, max_size=10).filter(lambda k: "\n" not in k))
        lines.append(f"{key.replace('/', chr(92))}={draw(settings_values())}")
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(["[", "[]", "]]]", "=", "==x", "[a\\b]"])))
    return draw(encoded("\n".join(lines) + "\n"))


def read_settings(path: Path) -> PreferencesStore:
    """The settings as the app reads them at start."""
    return PreferencesStore(path, logging.getLogger("hostile-settings"))


@pytest.mark.qt_log_ignore("QVariant::load", "Trying to construct an instance of an invalid type")
@settings(FUZZ, max_examples=150)
@given(raw=settings_files())
def test_a_hostile_settings_file_gives_defaults_and_keeps_the_file(tmp_path: Path, raw: bytes) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = folder / "settings.ini"
    path.write_bytes(raw)
    store = read_settings(path)
    assert isinstance(store.current, Preferences)
    Preferences.model_validate(store.current.model_dump())  # every value is one the model accepts
    if store.problem:
        # What was replaced by defaults is still there in the copy kept aside.
        assert any(copy.read_bytes() == raw for copy in folder.glob("settings.ini.damaged-*"))
        event("defaults for some values")
    else:
        event("read as it is")
        assert path.read_bytes() == raw


@pytest.mark.parametrize("kind", ["directory", "dev-zero", "dev-urandom", "dev-null", "socket"])
def test_a_special_file_in_place_of_the_settings_gives_defaults(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "settings.ini"
    with special_file(kind, path):
        store = quickly(lambda: read_settings(path))
    assert store.current == Preferences()


def test_a_pipe_in_place_of_the_settings_does_not_hang_the_start(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    with special_file("fifo", path):
        quickly(lambda: read_settings(path))


SETTINGS_IN_A_CHILD = """
import logging, sys
from pathlib import Path
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
store = PreferencesStore(Path(sys.argv[1]), logging.getLogger("child"))
print(store.current.appearance.value)
"""


def test_a_settings_value_claiming_a_huge_qt_list_does_not_abort_the_app(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[General]\nappearance=@Variant(\\0\\0\\0\\t\\x7f\\xff\\xff\\xf0)\n")
    child = subprocess.run(
        [sys.executable, "-c", SETTINGS_IN_A_CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert child.returncode == 0, child.stderr[-500:]
    assert child.stdout.strip() == "system"
