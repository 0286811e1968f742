"""When a contact can be reached: weekly hours in Dutch wall-clock time, 24/7, or unknown.

Hours are kept as the partner states them, in local time in the Netherlands ("ma-vr 08:30-17:00"), so
"Nu bereikbaar" converts the current moment to Europe/Amsterdam and compares wall-clock times; that
stays right across daylight-saving changes. A window whose end is not after its start runs past
midnight into the next day ("vr 17:00-08:00"). Unknown availability is never reported as reachable.

Text form (CSV, vCard, forms): ``24/7``; empty or ``onbekend``; or entries separated by ``;``, each
days then times: ``ma-vr 08:30-12:00, 13:00-17:00; za 10:00-12:00``. Days are Dutch (ma di wo do vr
za zo) or English (mo tu we th fr sa su).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from .errors import InvalidValue
from .text import QT_TRANSLATE_NOOP, Message

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DAY_MINUTES = 24 * 60
DAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
_DAYS_EN = ("mo", "tu", "we", "th", "fr", "sa", "su")
ALWAYS_TEXT = "24/7"
UNKNOWN_WORDS = ("", "onbekend", "unknown", "?")


class AvailabilityKind(StrEnum):
    UNKNOWN = "unknown"
    ALWAYS = "always"
    SCHEDULE = "schedule"


class Reachability(StrEnum):
    REACHABLE = "reachable"
    NOT_REACHABLE = "not_reachable"
    UNKNOWN = "unknown"


REACHABILITY_LABELS = {
    Reachability.REACHABLE: QT_TRANSLATE_NOOP("contacts", "reachable now"),
    Reachability.NOT_REACHABLE: QT_TRANSLATE_NOOP("contacts", "not reachable now"),
    Reachability.UNKNOWN: QT_TRANSLATE_NOOP("contacts", "availability unknown"),
}


@dataclass(frozen=True, order=True)
class Window:
    """From ``start`` to ``end`` minutes after midnight on ``weekday`` (0 = Monday); an ``end`` not
    after ``start`` ends on the next day."""

    weekday: int
    start: int
    end: int

    @property
    def overnight(self) -> bool:
        return self.end <= self.start


@dataclass(frozen=True)
class Availability:
    kind: AvailabilityKind = AvailabilityKind.UNKNOWN
    windows: tuple[Window, ...] = ()

    @staticmethod
    def unknown() -> Availability:
        return Availability()

    @staticmethod
    def always() -> Availability:
        return Availability(AvailabilityKind.ALWAYS)

    @staticmethod
    def schedule(windows: list[Window] | tuple[Window, ...]) -> Availability:
        if not windows:
            return Availability()
        return Availability(AvailabilityKind.SCHEDULE, tuple(sorted(set(windows))))

    def at(self, moment: datetime) -> Reachability:
        """Reachable at ``moment`` (an aware datetime, any zone)?"""
        if self.kind == AvailabilityKind.ALWAYS:
            return Reachability.REACHABLE
        if self.kind == AvailabilityKind.UNKNOWN:
            return Reachability.UNKNOWN
        if moment.tzinfo is None:
            raise ValueError("an aware datetime is needed")
        local = moment.astimezone(AMSTERDAM)
        day, minute = local.weekday(), local.hour * 60 + local.minute
        yesterday = (day - 1) % 7
        for w in self.windows:
            if w.weekday == day and (w.start <= minute < w.end or (w.overnight and minute >= w.start)):
                return Reachability.REACHABLE
            if w.weekday == yesterday and w.overnight and minute < w.end:
                return Reachability.REACHABLE
        return Reachability.NOT_REACHABLE

    def text(self) -> str:
        return format_availability(self)


# -- text form ---------------------------------------------------------------------------------------

def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _days_text(days: list[int]) -> str:
    """``[0,1,2,3,4]`` -> ``ma-vr``; ``[0,2]`` -> ``ma,wo``."""
    parts: list[str] = []
    run: list[int] = []
    for day in [*days, None]:
        if day is not None and run and day == run[-1] + 1:
            run.append(day)
            continue
        if run:
            parts.append(DAYS_NL[run[0]] if len(run) == 1 else
                         f"{DAYS_NL[run[0]]},{DAYS_NL[run[1]]}" if len(run) == 2 else
                         f"{DAYS_NL[run[0]]}-{DAYS_NL[run[-1]]}")
        run = [day] if day is not None else []
    return ",".join(parts)


def format_availability(availability: Availability) -> str:
    if availability.kind == AvailabilityKind.ALWAYS:
        return ALWAYS_TEXT
    if availability.kind == AvailabilityKind.UNKNOWN:
        return ""
    per_day: dict[int, tuple[tuple[int, int], ...]] = {}
    for w in availability.windows:
        per_day[w.weekday] = (*per_day.get(w.weekday, ()), (w.start, w.end))
    groups: dict[tuple[tuple[int, int], ...], list[int]] = {}
    for day in sorted(per_day):
        groups.setdefault(per_day[day], []).append(day)
    entries = []
    for times, days in sorted(groups.items(), key=lambda item: item[1][0]):
        spans = ", ".join(f"{_hhmm(s)}-{_hhmm(e) if e != DAY_MINUTES else '24:00'}" for s, e in times)
        entries.append(f"{_days_text(days)} {spans}")
    return "; ".join(entries)


NOT_A_TIME = QT_TRANSLATE_NOOP("contacts", "\"{text}\" is not a time like 08:30")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$|^(\d{1,2})$")


def _invalid(reason: str, **params: object) -> InvalidValue:
    return InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "availability")),
                        reason=Message("contacts", reason, params))


def _minutes(text: str, allow_24: bool) -> int:
    match = _TIME.match(text.strip())
    if not match:
        raise _invalid(NOT_A_TIME, text=text.strip())
    hours = int(match.group(1) or match.group(3))
    minutes = int(match.group(2) or 0)
    if minutes > 59 or hours > 24 or (hours == 24 and (minutes or not allow_24)):
        raise _invalid(NOT_A_TIME, text=text.strip())
    return hours * 60 + minutes


def _day(text: str) -> int:
    word = text.strip().lower().rstrip(".")[:2]
    for names in (DAYS_NL, _DAYS_EN):
        if word in names:
            return names.index(word)
    raise _invalid(QT_TRANSLATE_NOOP("contacts", "\"{text}\" is not a day (ma, di, wo, do, vr, za, zo)"),
                   text=text.strip())


def _days(text: str) -> list[int]:
    days: list[int] = []
    for part in text.split(","):
        if "-" in part:
            first, last = (_day(p) for p in part.split("-", 1))
            span = (last - first) % 7
            days += [(first + i) % 7 for i in range(span + 1)]
        else:
            days.append(_day(part))
    return days


@functools.lru_cache(maxsize=4096)
def parse_availability(text: str) -> Availability:
    """The text form back into an ``Availability``; ``InvalidValue`` says what is wrong. Remembered per text
    (an ``Availability`` cannot change): a practice's 30,000 contacts share a few hundred schedules."""
    value = " ".join(text.split())
    if value.lower() in UNKNOWN_WORDS:
        return Availability.unknown()
    if value.lower().replace(" ", "") in (ALWAYS_TEXT, "24x7", "altijd"):
        return Availability.always()
    windows: list[Window] = []
    for entry in filter(None, (e.strip() for e in value.split(";"))):
        match = re.match(r"^([A-Za-z.,\- ]+?)\s+(\d.*)$", entry)
        if not match:
            raise _invalid(QT_TRANSLATE_NOOP("contacts", "\"{text}\" should look like \"ma-vr 08:30-17:00\""),
                           text=entry)
        days = _days(match.group(1).replace(" ", ""))
        for span in match.group(2).split(","):
            if "-" not in span:
                raise _invalid(QT_TRANSLATE_NOOP("contacts",
                                                 "\"{text}\" should look like \"ma-vr 08:30-17:00\""),
                               text=entry)
            start_text, end_text = span.split("-", 1)
            start, end = _minutes(start_text, allow_24=False), _minutes(end_text, allow_24=True)
            if start == end:
                raise _invalid(QT_TRANSLATE_NOOP("contacts", "\"{text}\" starts and ends at the same time"),
                               text=span.strip())
            windows += [Window(day, start, end) for day in days]
    return Availability.schedule(windows)


# -- presets the forms offer ------------------------------------------------------------------------

def office_hours(start: int = 8 * 60 + 30, end: int = 17 * 60) -> list[Window]:
    return [Window(day, start, end) for day in range(5)]


def evenings(start: int = 17 * 60, end: int = 22 * 60) -> list[Window]:
    return [Window(day, start, end) for day in range(5)]


def weekends(start: int = 9 * 60, end: int = 17 * 60) -> list[Window]:
    return [Window(day, start, end) for day in (5, 6)]
