"""Follow-ups and meeting dates as an iCalendar file (RFC 5545).

Events carry only what may leave the vault: a kind ("Terugbellen") and the case's pseudonym. Never a
household member's initials or name, never a HIS number, never free text typed into the program. A
meeting's event says the series' name and the place, nothing of its agenda or who comes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from icalendar import Calendar, Event

from ..domain.availability import AMSTERDAM

PRODID = "-//Wijkzorg Desktop//Opvolging//NL"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str                 # stable: the same follow-up keeps its event when exported again
    summary: str             # e.g. "Terugbellen — Gezin K-2026-014"
    day: date
    at: time | None = None   # Dutch wall-clock time; None for an all-day event
    minutes: int = 15
    location: str = ""       # a meeting's place; follow-ups have none


def to_ics(events: list[CalendarEvent], stamp: datetime, name: str = "Wijkzorg opvolging") -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        event.add("class", "CONFIDENTIAL")
        if item.location:
            event.add("location", item.location)
        if item.at is None:
            event.add("dtstart", item.day)
            event.add("dtend", item.day + timedelta(days=1))
        else:
            start = datetime.combine(item.day, item.at, AMSTERDAM)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=item.minutes))
        calendar.add_component(event)
    if events:
        first = min(e.day for e in events)
        last = max(e.day for e in events)
        calendar.add_missing_timezones(date(first.year - 1, 1, 1), date(last.year + 2, 1, 1))
    return calendar.to_ical()
