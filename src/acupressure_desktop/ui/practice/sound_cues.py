"""Session sound cues through QtMultimedia, failing soft to visual cues only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl

CUE_NAMES = (
    "phase_start",
    "ramp_up_tick",
    "ease_off_tick",
    "breathe_in",
    "breathe_out",
    "circle",
    "switch_side",
    "done",
)


class SoundCues(QObject):
    """Plays the short WAV cues; ``problem`` says, once, why sound is off when it is.

    QtMultimedia is loaded on first use (or by ``prepare``): loading it probes the system's audio
    and takes longer than the rest of start-up.
    """

    def __init__(self, sound_dir: Path, volume: float = 0.8, muted: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._sound_dir = sound_dir
        self._effects: dict[str, Any] = {}
        self._volume = volume
        self._prepared = False
        self._problem = ""
        self._told = False
        self.muted = muted

    @property
    def problem(self) -> str:
        self.prepare()
        return self._problem

    @property
    def available(self) -> bool:
        return not self.problem

    def problem_to_tell(self) -> str:
        """Why sound is off, the first time it is asked; "" after that, so it is said once a run."""
        if self._told:
            return ""
        self._told = True
        return self.problem

    def prepare(self) -> None:
        """Load the audio backend and the cue files, once."""
        if self._prepared:
            return
        self._prepared = True
        try:
            # QtMultimedia needs the system's audio libraries (libpulse); without them the app
            # simply runs with visual cues.
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect  # noqa: PLC0415
        except ImportError as error:
            self._problem = self.tr("Sound cues are off: the system's audio library is missing ({error}).").format(
                error=error
            )
            return
        if not QMediaDevices.audioOutputs():
            self._problem = self.tr("Sound cues are off: no audio output was found. Follow the cues on screen.")
            return
        for name in CUE_NAMES:
            path = self._sound_dir / f"{name}.wav"
            if not path.is_file():
                continue
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self._volume)
            self._effects[name] = effect
        if not self._effects:
            self._problem = self.tr("Sound cues are off: the sound files are missing from {folder}.").format(
                folder=self._sound_dir
            )

    def set_volume(self, volume: float) -> None:
        self._volume = min(1.0, max(0.0, volume))
        for effect in self._effects.values():
            effect.setVolume(self._volume)

    def stop_all(self) -> None:
        """Silence any cue still sounding (when the user pauses)."""
        for effect in self._effects.values():
            effect.stop()

    def play(self, name: str) -> None:
        if self.muted:
            return
        self.prepare()
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()


class PhaseSpeaker(QObject):
    """Speaks phase names through QtTextToSpeech where the system has an engine (off by default)."""

    def __init__(self, enabled: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speech: Any = None
        self.enabled = enabled
        self.problem = ""
        if enabled:
            self._load()

    def _load(self) -> None:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
        except ImportError as error:
            self.problem = self.tr("Spoken phase names are off: text to speech is not installed ({error}).").format(
                error=error
            )
            return
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        if not engines:
            self.problem = self.tr("Spoken phase names are off: this system has no speech engine.")
            return
        self._speech = QTextToSpeech(engines[0], self)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled
        if enabled and self._speech is None and not self.problem:
            self._load()

    def say(self, text: str) -> None:
        if self.enabled and self._speech is not None:
            self._speech.say(text)
