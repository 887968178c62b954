"""Test doubles shared by unit and widget tests."""

from __future__ import annotations

from datetime import datetime


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeWallClock:
    """The time of day as the app reads it, standing still until a test moves it."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class RecordingSounds:
    """Stands in for SoundCues: remembers what would have been played."""

    def __init__(self, problem: str = "") -> None:
        self.played: list[str] = []
        self.problem = problem
        self.muted = False
        self._told = False

    @property
    def available(self) -> bool:
        return not self.problem

    def problem_to_tell(self) -> str:
        told, self._told = self._told, True
        return "" if told else self.problem

    def play(self, name: str) -> None:
        self.played.append(name)

    def stop_all(self) -> None:
        self.played.append("(silence)")

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def prepare(self) -> None:
        """Nothing to load: nothing is played."""
