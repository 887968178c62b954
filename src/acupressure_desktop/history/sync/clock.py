"""A hybrid logical clock: stamps that order the edits of one record across devices.

Wall clocks on two computers disagree, and one may be set back. A stamp pairs the wall time with a
counter that moves on whenever the wall time does not, and it never falls behind a stamp the
device has seen from another device, so an edit made after reading another device's edit always
sorts after it, whatever the clocks say. Equal times are settled by the device id, so every device
orders every pair of stamps the same way.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field

from acupressure_desktop.history.records import DeviceId

# A stamp more than a day ahead of this device's clock is not believed: a device whose clock is
# years in the future must not make every later edit elsewhere lose.
MAX_DRIFT_MS = 24 * 60 * 60 * 1000
_TEXT = re.compile(r"^(\d{13})-(\d{4})-([0-9a-f]{32})$")


class Stamp(BaseModel):
    """When an edit was made: wall milliseconds, a counter, and the device that made it."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    wall_ms: int = Field(ge=0, lt=10**13)
    counter: int = Field(ge=0, lt=10**4)
    device: DeviceId

    def key(self) -> tuple[int, int, str]:
        return (self.wall_ms, self.counter, self.device)

    def __lt__(self, other: Stamp) -> bool:
        return self.key() < other.key()

    def __le__(self, other: Stamp) -> bool:
        return self.key() <= other.key()

    def __gt__(self, other: Stamp) -> bool:
        return self.key() > other.key()

    def __ge__(self, other: Stamp) -> bool:
        return self.key() >= other.key()

    @property
    def text(self) -> str:
        """A form that sorts as the stamps do: for files and database columns."""
        return f"{self.wall_ms:013d}-{self.counter:04d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """The stamp written as ``text``; raises ``ValueError`` for anything else."""
        found = _TEXT.fullmatch(text)
        if found is None:
            raise ValueError(f"not a stamp: {text[:60]!r}")
        return cls(wall_ms=int(found[1]), counter=int(found[2]), device=found[3])


class HybridClock:
    """Hands out stamps for this device's edits and takes note of the stamps it reads."""

    def __init__(self, device: str, wall_ms: Callable[[], int] | None = None, last: Stamp | None = None) -> None:
        self.device = device
        self._wall_ms = wall_ms or (lambda: time.time_ns() // 1_000_000)
        self._last_ms, self._counter = (last.wall_ms, last.counter) if last is not None else (0, 0)

    def now(self) -> Stamp:
        """A stamp later than every stamp this clock has made or seen."""
        wall = self._wall_ms()
        if wall > self._last_ms:
            self._last_ms, self._counter = wall, 0
        else:
            self._counter += 1
            if self._counter >= 10**4:  # thousands of edits in one millisecond: borrow the next
                self._last_ms, self._counter = self._last_ms + 1, 0
        return Stamp(wall_ms=self._last_ms, counter=self._counter, device=self.device)

    def observe(self, seen: Stamp) -> bool:
        """Take note of another device's stamp; False (and ignored) if it is far in the future."""
        if seen.wall_ms > self._wall_ms() + MAX_DRIFT_MS:
            return False
        self._last_ms, self._counter = max((self._last_ms, self._counter), (seen.wall_ms, seen.counter))
        return True
