"""Preferences: sound cue volume and mute, and spoken phase names."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.practice.phases import MAX_GET_READY_S, MIN_GET_READY_S
from acupressure_desktop.preferences.model import MAX_DAILY_GOAL, MIN_DAILY_GOAL
from acupressure_desktop.ui.practice.sound_cues import PhaseSpeaker, SoundCues
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.preferences.reminder_preferences import ReminderPreferences


class PreferencesDialog(QDialog):
    """Changes apply at once and are remembered."""

    safety_requested = Signal()

    def __init__(
        self,
        settings: PreferencesStore,
        sounds: SoundCues,
        speaker: PhaseSpeaker,
        parent: QWidget | None = None,
        reminders: ReminderPreferences | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._settings = settings
        self._sounds = sounds
        self._speaker = speaker
        self.muted = QCheckBox("Mute sound cues")
        self.muted.setChecked(sounds.muted)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.current.sound_volume * 100))
        self.volume.setAccessibleName("Cue volume")
        self.speech = QCheckBox("Speak the name of each phase")
        self.speech.setChecked(speaker.enabled)
        form = QFormLayout()
        form.addRow("Sound cues", self.muted)
        form.addRow("Volume", self.volume)
        form.addRow("Voice", self.speech)
        self.goal = _number_box(
            (MIN_DAILY_GOAL, MAX_DAILY_GOAL),
            settings.current.daily_goal,
            " a day",
            "Daily practice goal",
            "What counts: a point pressed for a minute, five minutes on a mat, half a routine; 2 or 3 a day is plenty",
        )
        self.goal.valueChanged.connect(lambda value: self._settings.update(daily_goal=value))
        form.addRow("Daily goal", self.goal)
        self.get_ready = _number_box(
            (MIN_GET_READY_S, MAX_GET_READY_S),
            settings.current.get_ready_s,
            " s",
            "Time to find the point before a session",
            'How long "Get ready" lasts at the start of a session, to find the point',
        )
        self.get_ready.valueChanged.connect(lambda value: self._settings.update(get_ready_s=value))
        form.addRow("Get ready", self.get_ready)
        self.safety_button = QPushButton("Health and Safety Answers…")
        self.safety_button.setToolTip("The conditions you told the safety screen about; change them here")
        self.safety_button.clicked.connect(self.safety_requested)
        form.addRow("Safety", self.safety_button)
        self.sound_note = QLabel(sounds.problem)
        self.sound_note.setWordWrap(True)
        self.sound_note.setVisible(bool(sounds.problem))
        self.speech_note = QLabel(speaker.problem)
        self.speech_note.setWordWrap(True)
        self.speech_note.setVisible(bool(speaker.problem))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sound_note)
        layout.addWidget(self.speech_note)
        self.reminders = reminders
        if reminders is not None:
            layout.addWidget(reminders)
        layout.addWidget(buttons)
        self.muted.toggled.connect(self._on_muted)
        self.volume.valueChanged.connect(self._on_volume)
        self.speech.toggled.connect(self._on_speech)

    def _on_muted(self, muted: bool) -> None:
        self._sounds.muted = muted
        self._settings.update(sound_muted=muted)

    def _on_volume(self, value: int) -> None:
        self._sounds.set_volume(value / 100)
        self._settings.update(sound_volume=value / 100)

    def _on_speech(self, enabled: bool) -> None:
        self._speaker.set_enabled(enabled)
        self._settings.update(speak_phases=enabled)
        self.speech_note.setText(self._speaker.problem)
        self.speech_note.setVisible(bool(self._speaker.problem))


def _number_box(bounds: tuple[int, int], value: int, suffix: str, name: str, tip: str) -> QSpinBox:
    """A spin box that only takes values within ``bounds``, named for screen readers."""
    box = QSpinBox()
    box.setRange(*bounds)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    box.setToolTip(tip)
    return box
