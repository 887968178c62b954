"""The hybrid logical clock orders edits across devices whatever their wall clocks say."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from acupressure_desktop.history.sync.clock import MAX_DRIFT_MS, HybridClock, Stamp

DESK, LAPTOP = "a" * 32, "b" * 32


class Wall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_move_on_even_when_the_wall_clock_stands_still_or_goes_back() -> None:
    wall = Wall(1_000)
    clock = HybridClock(DESK, wall)
    first, second = clock.now(), clock.now()
    wall.ms = 500  # the clock was set back
    third = clock.now()
    assert first < second < third
    assert third.wall_ms == 1_000 and third.counter == 2


def test_an_edit_made_after_reading_another_device_sorts_after_it_despite_a_slow_clock() -> None:
    desk, laptop = HybridClock(DESK, Wall(10_000)), HybridClock(LAPTOP, Wall(2_000))  # laptop 8 s slow
    edit_on_desk = desk.now()
    assert laptop.observe(edit_on_desk)
    edit_on_laptop = laptop.now()
    assert edit_on_laptop > edit_on_desk


def test_equal_times_are_settled_the_same_way_on_every_device() -> None:
    one = Stamp(wall_ms=5, counter=0, device=DESK)
    other = Stamp(wall_ms=5, counter=0, device=LAPTOP)
    assert one < other and sorted([other, one]) == [one, other]


def test_a_stamp_far_in_the_future_is_not_believed() -> None:
    clock = HybridClock(DESK, Wall(1_000))
    assert not clock.observe(Stamp(wall_ms=1_000 + MAX_DRIFT_MS + 1, counter=0, device=LAPTOP))
    assert clock.now().wall_ms == 1_000


def test_a_stamp_reads_back_from_its_text_and_the_texts_sort_as_the_stamps() -> None:
    clock = HybridClock(DESK, Wall(1_732_800_000_000))
    stamps = [clock.now() for _ in range(3)]
    assert [Stamp.parse(s.text) for s in stamps] == stamps
    assert sorted(s.text for s in reversed(stamps)) == [s.text for s in stamps]
    for bad in ("", "12-0001-" + DESK, "1732800000000-0001-XYZ", "1732800000000-0001-" + DESK + "\n"):
        with pytest.raises(ValueError):
            Stamp.parse(bad)
    with pytest.raises(ValidationError):
        Stamp(wall_ms=-1, counter=0, device=DESK)


def test_a_clock_resumes_after_the_last_stamp_it_made() -> None:
    last = Stamp(wall_ms=9_000, counter=7, device=DESK)
    assert HybridClock(DESK, Wall(1_000), last=last).now() > last
