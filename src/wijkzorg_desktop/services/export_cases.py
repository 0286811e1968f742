"""The cases and kindchecks of ``wijkzorg export-json`` (keys ``cases`` and ``kindchecks``).

Records are the domain dataclasses as JSON: field names as in the code, dates as YYYY-MM-DD, choices as
their stored values (Dutch words such as ``"melding"`` or ``"gegeven"``). docs/export-format.md lists them.

They are read and made a case at a time (store/export_reads.py), for the export to write them as they come.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import date, time
from enum import Enum

from ..store import export_reads
from ..store.connection import Connection


def _as_is(value: object) -> object:
    return value


def _converter(kind: type) -> Callable[[object], object]:
    """How ``plain`` turns a value of this type into JSON, found once per type."""
    if dataclasses.is_dataclass(kind):
        names = tuple(f.name for f in dataclasses.fields(kind))
        return lambda value: {name: plain(getattr(value, name)) for name in names}
    if issubclass(kind, Enum):
        return lambda value: value._value_  # type: ignore[attr-defined]
    if issubclass(kind, date):
        return lambda value: value.isoformat()  # type: ignore[attr-defined]
    if issubclass(kind, time):
        return lambda value: value.isoformat("minutes")  # type: ignore[attr-defined]
    if issubclass(kind, list | tuple):
        return lambda value: [plain(v) for v in value]  # type: ignore[attr-defined]
    return _as_is


_CONVERTERS: dict[type, Callable[[object], object]] = {}


def plain(value: object) -> object:
    """Dataclasses, dates, times (HH:MM), enums and tuples as JSON values."""
    kind = type(value)
    convert = _CONVERTERS.get(kind)
    if convert is None:
        convert = _CONVERTERS[kind] = _converter(kind)
    return convert(value)


def iter_cases(conn: Connection) -> Iterator[dict[str, object]]:
    """Every case with everything in it, by id: one read per kind of record however many cases, a case held
    at a time."""
    parts = export_reads.case_parts(conn)
    for case, no_advice_reason in export_reads.cases_by_id(conn):
        case_id = int(case.id or 0)
        yield {
            **plain(case),  # type: ignore[dict-item]
            "members": plain(parts.members.take(case_id)),
            "parties": plain(parts.parties.take(case_id)),
            "promises": plain(parts.promises.take(case_id)),
            "plan": plain(parts.plan.take(case_id)),
            "timeline": plain(parts.timeline.take(case_id)),
            "meldcode": {
                "steps": plain(parts.steps.take(case_id)),
                "advice_requests": plain(parts.advice_requests.take(case_id)),
                "no_vt_advice_reason": no_advice_reason,
                "decisions": plain(parts.decisions.take(case_id)),
            },
            "vt_contacts": plain(parts.vt_contacts.take(case_id)),
            "consents": plain(parts.consents.take(case_id)),
            "sharing_bases": plain(parts.bases.take(case_id)),
        }


def iter_kindchecks(conn: Connection) -> Iterator[object]:
    return map(plain, export_reads.kindchecks_by_id(conn))


def iter_followups(conn: Connection) -> Iterator[object]:
    """Follow-ups made by hand, open and closed. Those that follow a melding, promise, plan item or
    kindcheck are in the case and kindcheck records themselves."""
    return map(plain, export_reads.followups_by_id(conn))


def all_cases(conn: Connection) -> list[dict[str, object]]:
    return list(iter_cases(conn))


def all_kindchecks(conn: Connection) -> list[object]:
    return list(iter_kindchecks(conn))


def all_followups(conn: Connection) -> list[object]:
    return list(iter_followups(conn))
