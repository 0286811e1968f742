"""Due rules of follow-ups with an injected clock: overdue, daylight saving, recurrence."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkzorg_desktop.domain.followups import (
    Bucket,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Recurrence,
    sort_key,
)

CALL = FollowUpKind.CALL_BACK


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def item(due=None, at=None, **kw) -> FollowUp:
    return FollowUp(kw.pop("what", "gezinsregisseur terugbellen"), kw.pop("kind", CALL), "poh", due, at, **kw)


def test_a_date_only_follow_up_is_due_all_day_and_overdue_from_the_next_morning():
    due = item(date(2026, 11, 23))
    assert due.bucket(utc(2026, 11, 23, 22, 59)) == Bucket.TODAY       # 23:59 in Houten
    assert due.bucket(utc(2026, 11, 23, 23, 0)) == Bucket.OVERDUE      # midnight in Houten
    assert not due.overdue(utc(2026, 11, 23, 22, 59))


def test_a_timed_follow_up_is_overdue_from_its_minute_in_dutch_time_across_daylight_saving():
    summer = item(date(2026, 3, 30), time(9, 0))         # the Monday after the clocks went forward
    assert not summer.overdue(utc(2026, 3, 30, 6, 59))    # 08:59 CEST
    assert summer.overdue(utc(2026, 3, 30, 7, 0))         # 09:00 CEST
    winter = item(date(2026, 10, 26), time(9, 0))        # the Monday after the clocks went back
    assert not winter.overdue(utc(2026, 10, 26, 7, 59))   # 08:59 CET
    assert winter.overdue(utc(2026, 10, 26, 8, 0))        # 09:00 CET
    night = item(date(2026, 10, 25), time(2, 30))         # the doubled hour: the first 02:30 counts
    assert night.overdue(utc(2026, 10, 25, 0, 30))


def test_buckets_for_this_week_and_later_and_without_a_date():
    now = utc(2026, 11, 25, 10, 0)  # Wednesday
    assert item(date(2026, 11, 29)).bucket(now) == Bucket.THIS_WEEK   # Sunday
    assert item(date(2026, 11, 30)).bucket(now) == Bucket.LATER       # next Monday
    assert item().bucket(now) == Bucket.NO_DATE
    assert not item().overdue(now)


def test_done_or_dropped_is_never_overdue():
    now = utc(2026, 12, 1, 10, 0)
    assert not item(date(2026, 11, 1), status=FollowUpStatus.DONE).overdue(now)
    assert not item(date(2026, 11, 1), status=FollowUpStatus.DROPPED).overdue(now)


def test_completing_a_recurring_item_makes_the_next_one_until_the_end_date():
    monitoring = item(date(2026, 11, 2), time(10, 0), kind=FollowUpKind.SAFETY_MONITORING, id=7,
                      recurrence=Recurrence(14, until=date(2026, 11, 30)))
    done, following = monitoring.completed("  afspraken nagekomen ")
    assert (done.status, done.result, done.id) == (FollowUpStatus.DONE, "afspraken nagekomen", 7)
    assert (following.due, following.due_time, following.status, following.id) == (
        date(2026, 11, 16), time(10, 0), FollowUpStatus.OPEN, None)
    _, last = following.completed("ok")
    assert last.due == date(2026, 11, 30)
    _, none = last.completed("ok")
    assert none is None
    assert item(date(2026, 11, 2)).completed("ok")[1] is None


def test_overdue_items_sort_first_then_by_due_date_and_time():
    now = utc(2026, 11, 25, 10, 0)
    items = [item(None, what="zonder datum"), item(date(2026, 12, 3), what="later"),
             item(date(2026, 11, 25), time(16, 0), what="vandaag 16:00"),
             item(date(2026, 11, 25), time(9, 0), what="vandaag 09:00 (te laat)"),
             item(date(2026, 11, 20), what="vorige week"), item(date(2026, 11, 25), what="vandaag")]
    assert [i.what for i in sorted(items, key=lambda i: sort_key(i, now))] == [
        "vorige week", "vandaag 09:00 (te laat)", "vandaag 16:00", "vandaag", "later", "zonder datum"]


moments = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC))
days = st.dates(min_value=date(2026, 1, 1), max_value=date(2027, 12, 31))


@settings(max_examples=200, deadline=None)
@given(days, st.one_of(st.none(), st.times()), moments)
def test_overdue_never_goes_back_as_time_passes(due, at, now):
    follow_up = item(due, at.replace(tzinfo=None, fold=0) if at else None)
    if follow_up.overdue(now):
        assert follow_up.overdue(now + timedelta(minutes=1)) and follow_up.overdue(now + timedelta(days=400))
    assert follow_up.bucket(now) == Bucket.OVERDUE or not follow_up.overdue(now)
