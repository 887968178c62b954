"""Test doubles shared by unit and widget tests."""

from __future__ import annotations


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class RecordingSounds:
    """Stands in for SoundCues: remembers what would have been played."""

    def __init__(self, problem: str = "") -> None:
        self.played: list[str] = []
        self.problem = problem
        self.muted = False

    @property
    def available(self) -> bool:
        return not self.problem

    def play(self, name: str) -> None:
        self.played.append(name)

    def set_volume(self, volume: float) -> None:
        self.volume = volume
