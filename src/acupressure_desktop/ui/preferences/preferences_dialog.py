"""Preferences: the interface language, sound cues, goals, safety answers, reminders and sync."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from acupressure_desktop.practice.phases import MAX_GET_READY_S, MIN_GET_READY_S
from acupressure_desktop.preferences import InterfaceLanguage, Preferences
from acupressure_desktop.preferences.model import MAX_DAILY_GOAL, MIN_DAILY_GOAL
from acupressure_desktop.ui.practice.sound_cues import PhaseSpeaker, SoundCues
from acupressure_desktop.ui.preferences.preferences_store import PreferencesStore
from acupressure_desktop.ui.preferences.reminder_preferences import ReminderPreferences
from acupressure_desktop.ui.shell.translations import LANGUAGE_NAMES


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
        sync: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        self._sounds = sounds
        self._speaker = speaker
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the interface"))
        self.language.addItem(self.tr("Same as the system"), InterfaceLanguage.SYSTEM.value)
        for language, name in LANGUAGE_NAMES.items():  # each language in its own words
            self.language.addItem(name, language.value)
        self.language.setCurrentIndex(self.language.findData(settings.current.language.value))
        self.language_note = QLabel(self.tr("The new language is used from the next start of the app."))
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.muted = QCheckBox(self.tr("Mute sound cues"))
        self.muted.setChecked(sounds.muted)
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(settings.current.sound_volume * 100))
        self.volume.setAccessibleName(self.tr("Cue volume"))
        self.speech = QCheckBox(self.tr("Speak the name of each phase"))
        self.speech.setChecked(speaker.enabled)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Sound cues"), self.muted)
        form.addRow(self.tr("Volume"), self.volume)
        form.addRow(self.tr("Voice"), self.speech)
        self.goal = _number_box(
            (MIN_DAILY_GOAL, MAX_DAILY_GOAL),
            settings.current.daily_goal,
            self.tr(" a day"),
            self.tr("Daily practice goal"),
            self.tr(
                "What counts: a point pressed for a minute, five minutes on a mat, half a routine; "
                "2 or 3 a day is plenty"
            ),
        )
        self.goal.valueChanged.connect(lambda value: self._settings.update(daily_goal=value))
        form.addRow(self.tr("Daily goal"), self.goal)
        self.get_ready = _number_box(
            (MIN_GET_READY_S, MAX_GET_READY_S),
            settings.current.get_ready_s,
            self.tr(" s"),
            self.tr("Time to find the point before a session"),
            self.tr('How long "Get ready" lasts at the start of a session, to find the point'),
        )
        self.get_ready.valueChanged.connect(lambda value: self._settings.update(get_ready_s=value))
        form.addRow(self.tr("Get ready"), self.get_ready)
        self.safety_button = QPushButton(self.tr("Health and Safety Answers…"))
        self.safety_button.setToolTip(self.tr("The conditions you told the safety screen about; change them here"))
        self.safety_button.clicked.connect(self.safety_requested)
        form.addRow(self.tr("Safety"), self.safety_button)
        self.sound_note = QLabel(sounds.problem)
        self.sound_note.setWordWrap(True)
        self.sound_note.setVisible(bool(sounds.problem))
        self.speech_note = QLabel(speaker.problem)
        self.speech_note.setWordWrap(True)
        self.speech_note.setVisible(bool(speaker.problem))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(self.sound_note)
        general_layout.addWidget(self.speech_note)
        self.reminders = reminders
        if reminders is not None:
            general_layout.addWidget(reminders)
        general_layout.addStretch(1)
        self.sections = QTabWidget()
        self.sections.addTab(general, self.tr("General"))
        self.sync = sync
        if sync is not None:
            self.sections.addTab(sync, self.tr("Sync"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections, 1)
        layout.addWidget(buttons)
        self.muted.toggled.connect(self._on_muted)
        self.volume.valueChanged.connect(self._on_volume)
        self.speech.toggled.connect(self._on_speech)
        self.language.currentIndexChanged.connect(self._on_language)
        settings.changed.connect(self._follow)

    def _follow(self, current: Preferences) -> None:
        """Show a goal set elsewhere (on another computer, through sync) without storing it again."""
        if self.goal.value() != current.daily_goal:
            self.goal.blockSignals(True)
            self.goal.setValue(current.daily_goal)
            self.goal.blockSignals(False)

    def _on_language(self) -> None:
        chosen = InterfaceLanguage(self.language.currentData())
        self._settings.update(language=chosen)
        self.language_note.show()

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
