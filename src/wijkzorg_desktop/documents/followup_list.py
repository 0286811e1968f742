"""Opvolglijst: the follow-ups of one user or of the whole practice over a period, to print or hand over."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.platypus import Flowable

from ..domain.followups import KIND_LABELS, FollowUp, FollowUpStatus, sort_key
from .dutch_text import dutch, long_date, name_of, weekday_date
from .pdf_layout import (
    DocumentInfo,
    Letterhead,
    build,
    heading,
    nothing,
    table,
    title_block,
)

TITLE = "Opvolglijst"
DOCUMENT_PREFIX = "OPV"


@dataclass(frozen=True)
class FollowUpLine:
    followup: FollowUp
    case_label: str = ""           # the case's pseudonym; empty when the reader may not see cases
    party_name: str = ""


@dataclass(frozen=True)
class FollowUpListData:
    letterhead: Letterhead
    document_id: str
    created: datetime                              # aware; "te laat" is judged at this moment
    lines: tuple[FollowUpLine, ...]
    owner_login: str | None = None                 # None: the whole practice ("alle")
    period_start: date | None = None
    period_end: date | None = None                 # inclusive
    users: Mapping[str, str] = field(default_factory=dict)   # login -> name
    author: str = ""


def in_period(followup: FollowUp, start: date | None, end: date | None) -> bool:
    """Undated follow-ups belong to every period: they are due whenever someone gets to them."""
    if followup.due is None:
        return True
    return (start is None or followup.due >= start) and (end is None or followup.due <= end)


def select(lines: Iterable[FollowUpLine], owner_login: str | None, start: date | None,
           end: date | None) -> tuple[FollowUpLine, ...]:
    """The lines for one owner (or all, for None) due within the period."""
    return tuple(line for line in lines
                 if (owner_login is None or line.followup.owner_login == owner_login)
                 and in_period(line.followup, start, end))


def period_text(start: date | None, end: date | None) -> str:
    if start and end:
        return f"{long_date(start)} t/m {long_date(end)}"
    if start:
        return f"vanaf {long_date(start)}"
    if end:
        return f"tot en met {long_date(end)}"
    return "alles wat openstaat"


def render(data: FollowUpListData) -> bytes:
    scope = (f"Opvolging van {name_of(data.owner_login, data.users)}" if data.owner_login
             else "Opvolging van de hele praktijk")
    period = period_text(data.period_start, data.period_end)
    info = DocumentInfo(TITLE, data.letterhead, data.document_id, data.created, subtitle=f"{scope} — {period}",
                        author=data.author)
    story: list[Flowable] = title_block(info, [("Periode", period), ("Aantal", str(len(data.lines)))])
    open_lines = [line for line in data.lines if line.followup.open]
    closed = [line for line in data.lines if not line.followup.open]
    story += heading("Openstaand")
    story.append(_table(open_lines, data) if open_lines else nothing("Niets openstaand in deze periode."))
    if closed:
        story += heading("Afgehandeld")
        story.append(_table(closed, data))
    return build(info, story)


def _status(f: FollowUp, now: datetime) -> str:
    if f.status == FollowUpStatus.DONE:
        return "gedaan"
    if f.status == FollowUpStatus.DROPPED:
        return "vervallen"
    return "te laat" if f.overdue(now) else "open"


def _table(lines: list[FollowUpLine], data: FollowUpListData) -> Flowable:
    now = data.created
    ordered = sorted(lines, key=lambda line: sort_key(line.followup, now))
    rows = []
    for line in ordered:
        f = line.followup
        due = weekday_date(f.due) + (f" {f.due_time:%H:%M}" if f.due and f.due_time else "")
        about = "\n".join(part for part in (line.case_label, line.party_name) if part)
        what = f.what + (f"\n→ {f.result}" if f.result and not f.open else "")
        row = [due or "geen datum", dutch("followups", KIND_LABELS[f.kind]), what, about]
        if data.owner_login is None:
            row.append(name_of(f.owner_login, data.users))
        row.append(_status(f, now))
        rows.append(row)
    header = ["Wanneer", "Soort", "Wat", "Casus / betrokkene"]
    widths = [23, 33, 50, 28]
    if data.owner_login is None:
        header, widths = [*header, "Eigenaar"], [*widths, 22]
    return table([*header, "Stand"], rows, [*widths, 15])
