"""Dutch working days: Veilig Thuis aims to weigh a melding within five working days."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def easter(year: int) -> date:
    """Easter Sunday (Gregorian; the anonymous algorithm in Meeus' Astronomical Algorithms)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return date(year, month, day)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[date]:
    """The national holidays on which care organisations close: Nieuwjaarsdag, Tweede Paasdag,
    Koningsdag (the 26th when the 27th is a Sunday), Bevrijdingsdag in lustrum years, Hemelvaartsdag,
    Tweede Pinksterdag, Eerste and Tweede Kerstdag."""
    sunday = easter(year)
    kings_day = date(year, 4, 27)
    if kings_day.weekday() == 6:
        kings_day = date(year, 4, 26)
    days = {date(year, 1, 1), sunday + timedelta(days=1), kings_day, sunday + timedelta(days=39),
            sunday + timedelta(days=50), date(year, 12, 25), date(year, 12, 26)}
    if year % 5 == 0:
        days.add(date(year, 5, 5))
    return frozenset(days)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def add_working_days(start: date, count: int) -> date:
    """The working day ``count`` working days after ``start`` (``start`` itself never counts)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            remaining -= 1
    return day
