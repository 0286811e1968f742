"""Five working days for Veilig Thuis to weigh a melding: weekends and Dutch holidays do not count."""

from __future__ import annotations

from datetime import date

import pytest

from wijkzorg_desktop.domain.working_days import add_working_days, easter, is_working_day, public_holidays


@pytest.mark.parametrize(("year", "sunday"), [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)),
                                              (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28)),
                                              (2038, date(2038, 4, 25))])
def test_easter(year, sunday):
    assert easter(year) == sunday


def test_holidays_of_2026_and_kings_day_moving_off_a_sunday():
    assert public_holidays(2026) == {date(2026, 1, 1), date(2026, 4, 6), date(2026, 4, 27),
                                     date(2026, 5, 14), date(2026, 5, 25), date(2026, 12, 25),
                                     date(2026, 12, 26)}
    assert date(2025, 4, 26) in public_holidays(2025)  # 27 April 2025 was a Sunday
    assert date(2025, 5, 5) in public_holidays(2025) and date(2026, 5, 5) not in public_holidays(2026)


@pytest.mark.parametrize(("start", "expected"), [
    (date(2026, 11, 23), date(2026, 11, 30)),  # Monday -> next Monday
    (date(2026, 11, 27), date(2026, 12, 4)),   # Friday -> next Friday
    (date(2026, 11, 28), date(2026, 12, 4)),   # Saturday: Monday is the first working day
    (date(2026, 12, 22), date(2026, 12, 30)),  # Christmas on Friday and Saturday
    (date(2026, 4, 30), date(2026, 5, 7)),     # no Bevrijdingsdag off in 2026
    (date(2026, 5, 11), date(2026, 5, 19)),    # Ascension Thursday
])
def test_five_working_days_after_a_melding(start, expected):
    assert add_working_days(start, 5) == expected


def test_zero_working_days_is_the_same_day_and_weekends_are_not_working_days():
    assert add_working_days(date(2026, 11, 28), 0) == date(2026, 11, 28)
    assert not is_working_day(date(2026, 11, 28)) and is_working_day(date(2026, 11, 30))
