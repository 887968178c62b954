"""When to remind the user to practise: wall-clock times, computed afresh at every check.

Nothing here counts timer ticks. Each check compares "now" from an injected clock with the last
check, so a laptop that slept, a clock that jumped, or a change to or from daylight-saving time
never shifts or repeats a reminder: 08:00 stays 08:00 local time on the day the clocks change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

MAX_TIMES = 3
DEFAULT_TIMES = (time(9, 0), time(14, 0), time(19, 0))
# A reminder missed by more than this (the computer was asleep or off) is dropped, not shown late.
GRACE = timedelta(minutes=60)
SNOOZES = (timedelta(minutes=10), timedelta(minutes=30))


def wall_time(day: date, at: time, tz: tzinfo | None) -> datetime:
    """``at`` on ``day`` as an aware moment in ``tz`` (the system's zone when None).

    A time that does not exist that day (clocks jump forward over it) moves on by the jump; a time
    that happens twice (clocks go back) is the first one.
    """
    if tz is None:
        return datetime.combine(day, at).astimezone()  # the C library applies the local rules
    moment = datetime.combine(day, at, tzinfo=tz)
    return moment.astimezone(UTC).astimezone(tz)  # the round trip moves a time in the gap past it


@dataclass
class ReminderScheduler:
    """Decides, at each check, whether a reminder is due.

    ``goal_met`` says whether today's practice goal is already reached (then no reminder); the
    user may pause reminders for the rest of the day or snooze the current one.
    """

    clock: Callable[[], datetime]
    times: tuple[time, ...] = DEFAULT_TIMES
    tz: tzinfo | None = None
    goal_met: Callable[[date], bool] = lambda _day: False
    snoozed_until: datetime | None = None
    paused_on: date | None = None
    _last_check: datetime | None = field(default=None, repr=False)
    _fired: set[datetime] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        if len(self.times) > MAX_TIMES:
            raise ValueError(f"at most {MAX_TIMES} reminder times a day")
        self.times = tuple(sorted(set(self.times)))
        self._last_check = self.clock()

    def check(self) -> datetime | None:
        """The reminder due now (its scheduled moment), or None. Each reminder is due once."""
        now = self.clock()
        since = self._last_check or now
        self._last_check = now
        if now < since:
            since = now - GRACE  # the clock went back: look at the last hour again, once
        today = now.astimezone(self.tz).date() if self.tz is not None else now.astimezone().date()
        if self.paused_on == today or self.goal_met(today):
            return None
        if self.snoozed_until is not None and since < self.snoozed_until <= now:
            self.snoozed_until = None
            return now
        due = [
            moment
            for moment in self._moments_around(today)
            if since < moment <= now and now - moment <= GRACE and moment not in self._fired
        ]
        if not due:
            return None
        self._fired = {m for m in self._fired if now - m <= 2 * GRACE} | set(due)
        return max(due)

    def next_due(self) -> datetime | None:
        """When the next reminder falls (for a timer; the check itself decides)."""
        now = self.clock()
        today = now.astimezone(self.tz).date() if self.tz is not None else now.astimezone().date()
        upcoming = [m for m in self._moments_around(today) if m > now]
        if self.snoozed_until is not None and self.snoozed_until > now:
            upcoming.append(self.snoozed_until)
        return min(upcoming) if upcoming else None

    def snooze(self, length: timedelta) -> datetime:
        self.snoozed_until = self.clock() + length
        return self.snoozed_until

    def pause_today(self) -> None:
        now = self.clock()
        self.paused_on = now.astimezone(self.tz).date() if self.tz is not None else now.astimezone().date()

    def _moments_around(self, today: date) -> list[datetime]:
        days = (today - timedelta(days=1), today, today + timedelta(days=1))
        return [wall_time(day, at, self.tz) for day in days for at in self.times]
