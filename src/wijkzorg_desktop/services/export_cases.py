"""The cases and kindchecks of ``wijkzorg export-json`` (keys ``cases`` and ``kindchecks``).

Records are the domain dataclasses as JSON: field names as in the code, dates as YYYY-MM-DD, choices as
their stored values (Dutch words such as ``"melding"`` or ``"gegeven"``). docs/export-format.md lists them.
"""

from __future__ import annotations

import dataclasses
from datetime import date, time
from enum import Enum

from ..store import cases, consents, followups, involvement, kindchecks, meldcode
from ..store.connection import Connection


def plain(value: object) -> object:
    """Dataclasses, dates, times (HH:MM), enums and tuples as JSON values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat("minutes")
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def _case(conn: Connection, case_id: int) -> dict[str, object]:
    case = cases.get(conn, case_id)
    return {
        **plain(case),  # type: ignore[dict-item]
        "members": plain(cases.members(conn, case_id)),
        "parties": plain(involvement.parties(conn, case_id)),
        "promises": plain(involvement.promises(conn, case_id)),
        "plan": plain(involvement.plan(conn, case_id)),
        "timeline": plain(involvement.timeline(conn, case_id)),
        "meldcode": {
            "steps": plain(meldcode.steps(conn, case_id)),
            "advice_requests": plain(meldcode.advice_requests(conn, case_id)),
            "no_vt_advice_reason": cases.no_advice_reason(conn, case_id),
            "decisions": plain(meldcode.decisions(conn, case_id)),
        },
        "vt_contacts": plain(meldcode.vt_contacts(conn, case_id)),
        "consents": plain(consents.consents(conn, case_id)),
        "sharing_bases": plain(consents.bases(conn, case_id)),
    }


def all_cases(conn: Connection) -> list[dict[str, object]]:
    return [_case(conn, int(c.id or 0)) for c in sorted(cases.all_cases(conn), key=lambda c: c.id or 0)]


def all_kindchecks(conn: Connection) -> list[object]:
    return [plain(k) for k in sorted(kindchecks.all_kindchecks(conn), key=lambda k: k.id or 0)]


def all_followups(conn: Connection) -> list[object]:
    """Follow-ups made by hand, open and closed. Those that follow a melding, promise, plan item or
    kindcheck are in the case and kindcheck records themselves."""
    return [plain(f) for f in sorted(followups.all_followups(conn), key=lambda f: f.id or 0)]
