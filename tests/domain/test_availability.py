"""Availability: "Nu bereikbaar" in Dutch wall-clock time, right across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkzorg_desktop.domain.availability import (
    AMSTERDAM,
    DAY_MINUTES,
    Availability,
    Reachability,
    Window,
    evenings,
    office_hours,
    parse_availability,
    weekends,
)
from wijkzorg_desktop.domain.errors import InvalidValue

WEEK = 7 * DAY_MINUTES
REACHABLE, NOT_REACHABLE, UNKNOWN = Reachability.REACHABLE, Reachability.NOT_REACHABLE, Reachability.UNKNOWN


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def oracle(windows: tuple[Window, ...], moment: datetime) -> Reachability:
    """Independent reference: each window as an interval of minutes in the week, wrapping at the end."""
    local = moment.astimezone(AMSTERDAM)
    now = local.weekday() * DAY_MINUTES + local.hour * 60 + local.minute
    for w in windows:
        start = w.weekday * DAY_MINUTES + w.start
        length = (w.end - w.start) if w.end > w.start else (DAY_MINUTES - w.start + w.end)
        if (now - start) % WEEK < length:
            return REACHABLE
    return NOT_REACHABLE


minutes = st.integers(min_value=0, max_value=DAY_MINUTES - 1)
windows = st.builds(
    lambda day, start, end: Window(day, start, end if end != start else (start + 1)),
    st.integers(min_value=0, max_value=6), minutes, st.integers(min_value=1, max_value=DAY_MINUTES),
)
schedules = st.lists(windows, min_size=1, max_size=6).map(Availability.schedule)
moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31),
                       timezones=st.just(UTC))
# Both daylight-saving nights of 2026 and 2027, to the minute around the change (01:00 UTC).
dst_moments = st.builds(
    lambda night, minute: night + timedelta(minutes=minute),
    st.sampled_from([utc(2026, 3, 29, 0, 0), utc(2026, 10, 25, 0, 0), utc(2027, 3, 28, 0, 0),
                     utc(2027, 10, 31, 0, 0)]),
    st.integers(min_value=-180, max_value=240),
)


@settings(max_examples=300, deadline=None)
@given(schedules, st.one_of(moments, dst_moments))
def test_schedule_agrees_with_an_independent_reference_at_every_moment(availability, moment):
    assert availability.at(moment) == oracle(availability.windows, moment)


@settings(max_examples=100, deadline=None)
@given(st.one_of(moments, dst_moments))
def test_a_24_7_line_is_always_reachable_and_unknown_never_is(moment):
    assert Availability.always().at(moment) == REACHABLE
    assert Availability.unknown().at(moment) == UNKNOWN
    assert parse_availability("").at(moment) == UNKNOWN


@settings(max_examples=100, deadline=None)
@given(schedules)
def test_text_form_round_trips(availability):
    assert parse_availability(availability.text()) == availability


def test_office_hours_follow_dutch_summer_time():
    hours = parse_availability("ma-vr 08:30-17:00")
    # Monday 30 March 2026, first working day of summer time: 07:00 UTC is 09:00 in Houten.
    assert hours.at(utc(2026, 3, 30, 7, 0)) == REACHABLE
    assert hours.at(utc(2026, 3, 30, 6, 29)) == NOT_REACHABLE  # 08:29 CEST
    # Monday 26 October 2026, winter time again: 07:00 UTC is 08:00, before opening.
    assert hours.at(utc(2026, 10, 26, 7, 0)) == NOT_REACHABLE
    assert hours.at(utc(2026, 10, 26, 7, 30)) == REACHABLE
    assert hours.at(utc(2026, 10, 26, 15, 59)) == REACHABLE  # 16:59 CET
    assert hours.at(utc(2026, 10, 26, 16, 0)) == NOT_REACHABLE  # 17:00 CET


def test_the_doubled_hour_in_october_is_covered_twice_and_the_missing_hour_in_march_never():
    night = parse_availability("zo 02:00-03:00")
    assert night.at(utc(2026, 10, 25, 0, 30)) == REACHABLE  # 02:30 CEST
    assert night.at(utc(2026, 10, 25, 1, 30)) == REACHABLE  # 02:30 CET, the same wall-clock time again
    assert night.at(utc(2026, 10, 25, 2, 0)) == NOT_REACHABLE  # 03:00 CET
    assert night.at(utc(2026, 3, 29, 0, 59)) == NOT_REACHABLE  # 01:59 CET
    assert night.at(utc(2026, 3, 29, 1, 0)) == NOT_REACHABLE  # 03:00 CEST: 02:xx never happened


def test_an_overnight_window_runs_into_the_next_day_and_the_week_wraps():
    crisis = parse_availability("zo 17:00-08:00")
    assert crisis.at(utc(2026, 11, 29, 20, 0)) == REACHABLE  # Sunday 21:00
    assert crisis.at(utc(2026, 11, 30, 6, 59)) == REACHABLE  # Monday 07:59
    assert crisis.at(utc(2026, 11, 30, 7, 0)) == NOT_REACHABLE  # Monday 08:00
    assert crisis.at(utc(2026, 11, 29, 15, 59)) == NOT_REACHABLE  # Sunday 16:59


def test_presets_and_text_forms():
    combined = Availability.schedule(office_hours() + evenings() + weekends())
    assert combined.text() == "ma-vr 08:30-17:00, 17:00-22:00; za,zo 09:00-17:00"
    assert parse_availability("24/7") == Availability.always()
    assert parse_availability(" 24 x 7 ") == Availability.always()
    assert parse_availability("onbekend") == Availability.unknown()
    assert parse_availability("Maandag 9-12; wo,vr 13.00-17.30") == Availability.schedule(
        [Window(0, 540, 720), Window(2, 780, 1050), Window(4, 780, 1050)])
    assert parse_availability("vr-ma 10:00-11:00").text() == "ma,vr-zo 10:00-11:00"
    assert parse_availability("mo-fr 08:00-24:00").text() == "ma-vr 08:00-24:00"


@pytest.mark.parametrize("text", ["ma 25:00-26:00", "ma 08:00", "xx 08:00-09:00", "ma 08:00-08:00",
                                  "08:00-17:00", "ma 8:75-9:00"])
def test_nonsense_is_refused_with_a_reason(text):
    with pytest.raises(InvalidValue) as caught:
        parse_availability(text)
    assert "availability" in caught.value.text()


def test_a_naive_moment_is_a_programming_error():
    with pytest.raises(ValueError):
        parse_availability("ma 08:00-09:00").at(datetime(2026, 11, 23, 9, 0))
