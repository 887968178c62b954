"""Dates, times and numbers as the user's locale writes them.

Under the C locale (a bare system, a container) Qt writes dates as "27 11 2026", which nobody reads
easily; English with day-first dates and a 24-hour clock is used there instead.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

# QLocale numbers weekdays 1 (Monday) to 7 (Sunday); date.weekday() 0 to 6.
_QT_MONDAY = 1


def display_locale(locale: QLocale | None = None) -> QLocale:
    """``locale`` (the default locale when None), or a readable English one in place of C."""
    chosen = QLocale() if locale is None else locale
    if chosen.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return chosen


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qdatetime(moment: datetime) -> QDateTime:
    # Through the epoch, so an aware moment shows in the computer's own time zone.
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def _without_year(pattern: str) -> str:
    """A date pattern with its year and the separators that belonged to it taken out."""
    pattern = re.sub(r"[^dM]*y+[^dM]*$", "", pattern)  # "dd/MM/yyyy", "dd.MM.yy"
    pattern = re.sub(r"^y+[^dM]*", "", pattern)  # "yyyy/M/d", "yyyy-MM-dd"
    return re.sub(r"[^dM]*y+", "", pattern)  # a year in the middle, should a locale put one there


class LocalFormat:
    """Formats for one locale; widgets take one so a test can pass German, Chinese or C."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = display_locale(locale)

    def moment(self, moment: datetime) -> str:
        """Date and time, short: a table cell."""
        return self.locale.toString(_qdatetime(moment), QLocale.FormatType.ShortFormat)

    def moment_long(self, moment: datetime) -> str:
        """Weekday, date and time in words: a heading."""
        local = _qdatetime(moment)
        day = self.locale.toString(local.date(), QLocale.FormatType.LongFormat)
        return f"{day}, {self.locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"

    def day(self, day: date) -> str:
        """A date, short: "27/11/2026", "27.11.26", "2026/11/27"."""
        return self.locale.toString(_qdate(day), QLocale.FormatType.ShortFormat)

    def day_long(self, day: date) -> str:
        """A date in words, with its weekday."""
        return self.locale.toString(_qdate(day), QLocale.FormatType.LongFormat)

    def day_and_month(self, day: date) -> str:
        """A date without its year, in the locale's order: a chart's tick."""
        pattern = _without_year(self.locale.dateFormat(QLocale.FormatType.ShortFormat))
        return self.locale.toString(_qdate(day), pattern or "d MMM")

    def weekday_and_day(self, day: date) -> str:
        """The short weekday and the day of the month: "Fri 27", "Fr. 27", "周五 27"."""
        return f"{self.locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)} {day.day}"

    def time(self, moment: datetime) -> str:
        """The time of day, 12- or 24-hour as the locale says."""
        local = _qdatetime(moment).time()
        return self.locale.toString(QTime(local.hour(), local.minute()), QLocale.FormatType.ShortFormat)

    @property
    def time_pattern(self) -> str:
        """The locale's short time pattern ("HH:mm", "h:mm AP") for time fields."""
        return self.locale.timeFormat(QLocale.FormatType.ShortFormat)

    def number(self, value: float, decimals: int = 0) -> str:
        """A number with the locale's decimal sign and digit grouping."""
        return self.locale.toString(float(value), "f", decimals)

    @property
    def first_weekday(self) -> int:
        """The day weeks start on, counted as ``date.weekday()`` counts (0 Monday, 6 Sunday)."""
        return (self.locale.firstDayOfWeek().value - _QT_MONDAY) % 7
