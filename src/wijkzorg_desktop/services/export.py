"""``wijkzorg export-json``: the whole vault as one documented JSON document (AVG data portability).

Format: docs/export-format.md; JSON Schema: resources/schemas/export.schema.json. Each section of the
program adds its records under its own key; ``schema_version`` changes when a key changes meaning.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path

from .. import __version__
from ..domain.audit import ROW_FIELDS, AuditAction, AuditEntry, Outcome
from ..domain.contacts import Organisation, Person
from ..domain.errors import StorageFailed
from ..domain.users import Permission
from ..store import audit_log, drafts, export_reads, organisations, schema, settings, users
from ..store.atomic import atomic_stream
from ..store.connection import Connection
from . import export_cases, export_meetings, export_stream
from .practice import get as practice_settings
from .session import Session, iso

FORMAT = "wijkzorg-export"
SCHEMA_VERSION = 1


class Rows:
    """A list of the document that is written an item at a time, read as it is written: ``items`` is called
    when its turn comes and gives the items one by one."""

    def __init__(self, items: Callable[[], Iterable[object]]) -> None:
        self.items = items


def _audit_records(conn: Connection) -> Iterator[dict[str, object]]:
    for rows in audit_log.record_rows(conn):
        for row in rows:
            yield dict(zip(ROW_FIELDS, row, strict=True))


def sections(session: Session) -> dict[str, object]:
    """The export document, its long lists as ``Rows``; the export itself is recorded first, so it appears
    in its own audit log."""
    session.require(Permission.EXPORT_VAULT)
    session.record(AuditEntry(AuditAction.EXPORT, "vault", "export-json"))
    conn = session.conn
    practice = practice_settings(session)
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "vault_schema": schema.version(conn),
        "program_version": __version__,
        "exported_at": iso(session.now()),
        "exported_by": session.user.login,
        "practice": {"name": practice.name, "lock_minutes": practice.lock_minutes},
        "settings": settings.all_settings(conn),
        "users": [
            {**asdict(u), "role": str(u.role)} for u in users.all_users(conn)
        ],
        "drafts": drafts.all_drafts(conn),
        "contact_map": _contact_map(conn),
        "cases": Rows(lambda: export_cases.iter_cases(conn)),
        "kindchecks": Rows(lambda: export_cases.iter_kindchecks(conn)),
        "followups": Rows(lambda: export_cases.iter_followups(conn)),
        "meetings": {"series": Rows(lambda: export_meetings.iter_series(conn)),
                     "meetings": Rows(lambda: export_meetings.iter_meetings(conn))},
        "audit_log": Rows(lambda: _audit_records(conn)),
    }


def _rows_of(value: object) -> Iterable[object] | None:
    return value.items() if isinstance(value, Rows) else None


def _whole(value: object) -> object:
    if isinstance(value, Rows):
        return list(value.items())
    if isinstance(value, dict):
        return {k: _whole(v) for k, v in value.items()}
    return value


def build(session: Session) -> dict[str, object]:
    """The export document in memory (what ``write`` writes, as ``json.loads`` would read it back)."""
    return _whole(sections(session))  # type: ignore[return-value]


def _certificate(der: bytes | None) -> str | None:
    return base64.b64encode(der).decode("ascii") if der is not None else None


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _organisation(o: Organisation) -> dict[str, object]:
    return {"id": o.id, "name": o.name, "kind": str(o.kind), "municipalities": list(o.municipalities),
            "address": o.address, "phone": o.phone, "crisis_phone": o.crisis_phone,
            "secure_email": o.secure_email, "website": o.website, "opening_hours": o.opening_hours.text(),
            "notes": o.notes, "certificate": _certificate(o.certificate), "updated_at": o.updated_at}


def _person(p: Person) -> dict[str, object]:
    return {"id": p.id, "name": p.name, "organisation_id": p.organisation_id, "function": p.function,
            "channels": [{"kind": str(c.kind), "value": c.value, "preferred": c.preferred} for c in p.channels],
            "availability": p.availability.text(), "liaison_login": p.liaison_login,
            "verified_on": _day(p.verified_on), "known_since": _day(p.known_since), "notes": p.notes,
            "certificate": _certificate(p.certificate), "departed": p.departed,
            "departed_on": _day(p.departed_on), "successor_id": p.successor_id, "updated_at": p.updated_at}


def _contact_map(conn: Connection) -> dict[str, object]:
    return {
        "organisations": Rows(lambda: map(_organisation, organisations.all_organisations(conn))),
        "people": Rows(lambda: map(_person, export_reads.people_by_name(conn))),
    }


def contact_map(conn: Connection) -> dict[str, object]:
    """The sociale kaart: phone numbers in E.164, availability in its text form (domain/availability)."""
    return _whole(_contact_map(conn))  # type: ignore[return-value]


def write(session: Session, out: Path) -> None:
    """The export is audited before it is written; a write that fails is audited as a failure too. The
    document is written as ``json.dumps(build(session), ensure_ascii=False, indent=2)`` would write it, a
    record at a time, to a temporary file that replaces ``out`` once it is whole."""
    document = sections(session)
    try:
        with atomic_stream(out) as file:
            export_stream.write_document(file, document, _rows_of)
    except StorageFailed:
        session.record(AuditEntry(AuditAction.EXPORT, "vault", "export-json", outcome=Outcome.FAILURE,
                                  detail="file not written"))
        raise
