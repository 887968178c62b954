"""Sound fails soft; history problems and interrupted sessions are told, not hidden."""

from __future__ import annotations

import builtins
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from acupressure_desktop.app_log import app_logger
from acupressure_desktop.history import History, SessionRecord, SessionStatus
from acupressure_desktop.paths import AppPaths
from acupressure_desktop.practice import SteadyPressure
from acupressure_desktop.resources import resource_root
from acupressure_desktop.ui.practice.sound_cues import PhaseSpeaker, SoundCues
from acupressure_desktop.ui.preferences.preferences_dialog import PreferencesDialog
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.shell.assembly import Surroundings, build_app
from tests.fakes import RecordingSounds

SOUNDS = resource_root() / "sounds"


def test_without_the_audio_library_cues_are_off_and_say_why(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_multimedia(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("libpulse.so.0: cannot open shared object file")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    cues = SoundCues(SOUNDS)
    assert not cues.available
    assert "audio library is missing" in cues.problem
    cues.play("phase_start")  # does nothing, and does not fail


# Without a sound server, Qt's audio backend warns while it looks for one; that is the case tested.
@pytest.mark.qt_log_level_fail("CRITICAL")
def test_sound_cues_start_whatever_this_machine_has() -> None:
    cues = SoundCues(SOUNDS, volume=0.5)
    assert cues.available or cues.problem.startswith("Sound cues are off")
    cues.set_volume(3.0)
    cues.play("done")


def test_every_cue_has_a_sound_file() -> None:
    from acupressure_desktop.ui.practice.sound_cues import CUE_NAMES

    for name in CUE_NAMES:
        assert (SOUNDS / f"{name}.wav").stat().st_size > 1000, name


def test_spoken_phase_names_are_off_unless_asked_for() -> None:
    speaker = PhaseSpeaker()
    assert not speaker.enabled
    speaker.say("Hold")  # silent, and harmless


def test_preferences_change_volume_and_mute_at_once(qtbot: QtBot, settings: PreferencesStore) -> None:
    sounds = RecordingSounds()
    dialog = PreferencesDialog(settings, sounds, PhaseSpeaker(), None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.muted.setChecked(True)
    dialog.volume.setValue(30)
    assert sounds.muted
    assert sounds.volume == 0.3
    assert settings.current.sound_muted
    assert settings.current.sound_volume == 0.3


def test_an_interrupted_session_is_reported_on_the_next_start(
    qtbot: QtBot, qapp: QApplication, app_paths: AppPaths, settings: PreferencesStore
) -> None:
    first = History.open(app_paths.data_dir)
    first.sessions.begin(
        SessionRecord(
            point_code="LI4",
            protocol=SteadyPressure(),
            sides=("left",),
            started_at=datetime.now(UTC) - timedelta(minutes=5),
        )
    )
    first.close()  # as if the app had been killed mid-session
    parts = build_app(qapp, app_paths, settings, resource_root(), app_logger(), Surroundings(tray_available=False))
    window = parts.window
    qtbot.addWidget(window)
    assert window.notice_bar.isVisibleTo(window)
    assert "did not finish last time" in window.notice_label.text()
    assert parts.history.sessions.recent()[0].status is SessionStatus.INTERRUPTED
    window.selection.select("LI4")
    assert "Practised once" in window.panel.practice_label.text()
    parts.close()
