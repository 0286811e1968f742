"""The cases and kindchecks of ``wijkzorg export-json`` (keys ``cases`` and ``kindchecks``).

Records are the domain dataclasses as JSON: field names as in the code, dates as YYYY-MM-DD, choices as
their stored values (Dutch words such as ``"melding"`` or ``"gegeven"``). docs/export-format.md lists them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, time
from enum import Enum

from ..store import cases, consents, followups, involvement, kindchecks, meldcode
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


def all_cases(conn: Connection) -> list[dict[str, object]]:
    """Every case with everything in it, by id: one read per kind of record however many cases."""
    members, parties = cases.members_by_case(conn), involvement.parties_by_case(conn)
    promises, plan = involvement.promises_by_case(conn), involvement.plan_by_case(conn)
    timeline, steps = involvement.timeline_by_case(conn), meldcode.steps_by_case(conn)
    advice, reasons = meldcode.advice_requests_by_case(conn), cases.no_advice_reasons(conn)
    decisions, vt_contacts = meldcode.decisions_by_case(conn), meldcode.vt_contacts_by_case(conn)
    given, bases = consents.consents_by_case(conn), consents.bases_by_case(conn)
    found = []
    for case in sorted(cases.all_cases(conn), key=lambda c: c.id or 0):
        case_id = int(case.id or 0)
        found.append({
            **plain(case),  # type: ignore[dict-item]
            "members": plain(members.get(case_id, [])),
            "parties": plain(parties.get(case_id, [])),
            "promises": plain(promises.get(case_id, [])),
            "plan": plain(plan.get(case_id, [])),
            "timeline": plain(timeline.get(case_id, [])),
            "meldcode": {
                "steps": plain(steps.get(case_id, [])),
                "advice_requests": plain(advice.get(case_id, [])),
                "no_vt_advice_reason": reasons.get(case_id, ""),
                "decisions": plain(decisions.get(case_id, [])),
            },
            "vt_contacts": plain(vt_contacts.get(case_id, [])),
            "consents": plain(given.get(case_id, [])),
            "sharing_bases": plain(bases.get(case_id, [])),
        })
    return found


def all_kindchecks(conn: Connection) -> list[object]:
    return [plain(k) for k in sorted(kindchecks.all_kindchecks(conn), key=lambda k: k.id or 0)]


def all_followups(conn: Connection) -> list[object]:
    """Follow-ups made by hand, open and closed. Those that follow a melding, promise, plan item or
    kindcheck are in the case and kindcheck records themselves."""
    return [plain(f) for f in sorted(followups.all_followups(conn), key=lambda f: f.id or 0)]
