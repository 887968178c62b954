"""Reminder times on a fake wall clock: once each, across daylight-saving changes, sleep and snoozes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from acupressure_desktop.practice.reminders import ReminderScheduler

BERLIN = ZoneInfo("Europe/Berlin")


class WallClock:
    def __init__(self, local: datetime) -> None:
        self.now = local.astimezone(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta

    def local(self) -> datetime:
        return self.now.astimezone(BERLIN)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


def run_day(scheduler: ReminderScheduler, clock: WallClock, hours: float, step: timedelta) -> list[str]:
    """Checks every ``step`` for ``hours``; the local times of the reminders that fired."""
    fired = []
    for _ in range(int(timedelta(hours=hours) / step)):
        clock.advance(step)
        moment = scheduler.check()
        if moment is not None:
            fired.append(moment.astimezone(BERLIN).strftime("%H:%M"))
    return fired


def test_each_reminder_fires_once_at_its_local_time() -> None:
    clock = WallClock(at(date(2026, 6, 10), 6))
    scheduler = ReminderScheduler(clock, tz=BERLIN)
    assert run_day(scheduler, clock, 18, timedelta(minutes=1)) == ["09:00", "14:00", "19:00"]


@pytest.mark.parametrize("day", [date(2026, 3, 29), date(2026, 10, 25)])
def test_on_the_days_the_clocks_change_reminders_keep_their_local_times(day: date) -> None:
    clock = WallClock(at(day, 0, 30))
    scheduler = ReminderScheduler(clock, tz=BERLIN)
    assert run_day(scheduler, clock, 20, timedelta(minutes=5)) == ["09:00", "14:00", "19:00"]


def test_a_time_the_clocks_skip_fires_just_after_the_jump() -> None:
    clock = WallClock(at(date(2026, 3, 29), 1))
    scheduler = ReminderScheduler(clock, times=(time(2, 30),), tz=BERLIN)
    assert run_day(scheduler, clock, 4, timedelta(minutes=5)) == ["03:30"]


def test_a_time_that_happens_twice_fires_once() -> None:
    clock = WallClock(at(date(2026, 10, 25), 1))
    scheduler = ReminderScheduler(clock, times=(time(2, 30),), tz=BERLIN)
    assert run_day(scheduler, clock, 4, timedelta(minutes=5)) == ["02:30"]


def test_after_sleep_a_recent_reminder_is_shown_and_a_stale_one_dropped() -> None:
    clock = WallClock(at(date(2026, 6, 10), 8, 50))
    scheduler = ReminderScheduler(clock, tz=BERLIN)
    clock.advance(timedelta(minutes=30))  # asleep over 09:00, awake at 09:20
    fired = scheduler.check()
    assert fired is not None and fired.astimezone(BERLIN).strftime("%H:%M") == "09:00"
    clock.advance(timedelta(hours=6))  # asleep over 14:00, awake at 15:20: too late to nag
    assert scheduler.check() is None


def test_a_clock_set_back_does_not_repeat_a_reminder() -> None:
    clock = WallClock(at(date(2026, 6, 10), 8, 59))
    scheduler = ReminderScheduler(clock, tz=BERLIN)
    clock.advance(timedelta(minutes=2))
    assert scheduler.check() is not None
    clock.advance(timedelta(minutes=-30))
    assert scheduler.check() is None
    clock.advance(timedelta(minutes=40))
    assert scheduler.check() is None


def test_snoozing_brings_the_reminder_back_once() -> None:
    clock = WallClock(at(date(2026, 6, 10), 8, 59))
    scheduler = ReminderScheduler(clock, tz=BERLIN)
    clock.advance(timedelta(minutes=1))
    assert scheduler.check() is not None
    scheduler.snooze(timedelta(minutes=10))
    assert scheduler.next_due() == clock.now + timedelta(minutes=10)
    assert run_day(scheduler, clock, 0.5, timedelta(minutes=1)) == ["09:10"]


def test_no_reminder_once_the_goal_is_met_or_when_paused_for_today() -> None:
    clock = WallClock(at(date(2026, 6, 10), 6))
    met = {date(2026, 6, 10)}
    scheduler = ReminderScheduler(clock, tz=BERLIN, goal_met=lambda day: day in met)
    assert run_day(scheduler, clock, 4, timedelta(minutes=10)) == []  # 09:00 passes: goal already met
    met.clear()
    scheduler.pause_today()
    assert run_day(scheduler, clock, 14, timedelta(minutes=10)) == []  # paused until midnight
    assert run_day(scheduler, clock, 10, timedelta(minutes=10)) == ["09:00"]  # the next day


def test_at_most_three_times_a_day() -> None:
    with pytest.raises(ValueError, match="at most 3"):
        ReminderScheduler(WallClock(at(date(2026, 6, 10), 6)), times=(time(8), time(9), time(10), time(11)))


def test_the_next_reminder_is_known_in_advance() -> None:
    clock = WallClock(at(date(2026, 6, 10), 20))
    scheduler = ReminderScheduler(clock, tz=BERLIN)
    upcoming = scheduler.next_due()
    assert upcoming is not None and upcoming.astimezone(BERLIN) == at(date(2026, 6, 11), 9)
