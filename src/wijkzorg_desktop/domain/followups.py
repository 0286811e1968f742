"""Opvolging: what is due, for whom, and what becomes of it; Dutch wall-clock time throughout.

A follow-up due on a date without a time is due all that day and overdue from the next morning; one
with a time is overdue from that minute, in the Netherlands' local time, so 09:00 stays 09:00 across a
daylight-saving change. A recurring follow-up (every two weeks until a date, say) makes its next one
when it is done.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from .availability import AMSTERDAM
from .text import QT_TRANSLATE_NOOP


class FollowUpKind(StrEnum):
    CALL_BACK = "terugbellen"
    VT_FEEDBACK = "terugkoppeling_vt"
    SAFETY_MONITORING = "monitoring_veiligheid"
    REPEAT_KINDCHECK = "kindcheck_herhalen"
    PARTNER_APPOINTMENT = "afspraak_partner"
    OTHER = "overig"


KIND_LABELS = {
    FollowUpKind.CALL_BACK: QT_TRANSLATE_NOOP("followups", "call back"),
    FollowUpKind.VT_FEEDBACK: QT_TRANSLATE_NOOP("followups", "feedback from Veilig Thuis"),
    FollowUpKind.SAFETY_MONITORING: QT_TRANSLATE_NOOP("followups", "monitor safety agreements"),
    FollowUpKind.REPEAT_KINDCHECK: QT_TRANSLATE_NOOP("followups", "repeat the kindcheck"),
    FollowUpKind.PARTNER_APPOINTMENT: QT_TRANSLATE_NOOP("followups", "appointment with a partner"),
    FollowUpKind.OTHER: QT_TRANSLATE_NOOP("followups", "other"),
}


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "gedaan"
    DROPPED = "vervallen"


class Bucket(StrEnum):
    OVERDUE = "overdue"
    TODAY = "today"
    THIS_WEEK = "this_week"
    LATER = "later"
    NO_DATE = "no_date"


@dataclass(frozen=True, slots=True)
class Recurrence:
    every_days: int                      # 14 for "every two weeks"
    until: date | None = None            # last possible due date, inclusive

    def next_due(self, due: date) -> date | None:
        following = due + timedelta(days=self.every_days)
        return None if self.until is not None and following > self.until else following


@dataclass(frozen=True, slots=True)
class FollowUp:
    what: str
    kind: FollowUpKind
    owner_login: str
    due: date | None = None
    due_time: time | None = None          # local (Europe/Amsterdam) wall-clock time
    case_id: int | None = None
    party_id: int | None = None
    person_id: int | None = None
    meeting_id: int | None = None
    recurrence: Recurrence | None = None
    status: FollowUpStatus = FollowUpStatus.OPEN
    result: str = ""                      # what came of it (done) or why it lapsed (dropped)
    source: str = ""                      # "" for one made by hand; "vt_contact:12", "promise:3", ...
    id: int | None = None

    @property
    def automatic(self) -> bool:
        return bool(self.source)

    @property
    def open(self) -> bool:
        return self.status == FollowUpStatus.OPEN

    def overdue_from(self) -> datetime | None:
        """The moment (aware, Amsterdam) from which the follow-up is overdue."""
        if self.due is None:
            return None
        if self.due_time is not None:
            return datetime.combine(self.due, self.due_time, AMSTERDAM)
        return datetime.combine(self.due + timedelta(days=1), time(0, 0), AMSTERDAM)

    def overdue(self, now: datetime) -> bool:
        start = self.overdue_from()
        return self.open and start is not None and now >= start

    def bucket(self, now: datetime) -> Bucket:
        if self.due is None:
            return Bucket.NO_DATE
        if self.overdue(now):
            return Bucket.OVERDUE
        today = now.astimezone(AMSTERDAM).date()
        if self.due <= today:
            return Bucket.TODAY
        sunday = today + timedelta(days=6 - today.weekday())
        return Bucket.THIS_WEEK if self.due <= sunday else Bucket.LATER

    def completed(self, result: str) -> tuple[FollowUp, FollowUp | None]:
        """This follow-up done, and the next one if it recurs (same time of day, next due date)."""
        done = replace(self, status=FollowUpStatus.DONE, result=result.strip())
        if self.recurrence is None or self.due is None:
            return done, None
        following = self.recurrence.next_due(self.due)
        if following is None:
            return done, None
        return done, replace(self, due=following, status=FollowUpStatus.OPEN, result="", id=None)


def sort_key(item: FollowUp, now: datetime) -> tuple[int, date, time, str]:
    """Overdue first, then by due date and time; undated last."""
    order = list(Bucket).index(item.bucket(now))
    return order, item.due or date.max, item.due_time or time(23, 59), item.what.casefold()
