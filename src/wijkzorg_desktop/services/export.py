"""``wijkzorg export-json``: the whole vault as one documented JSON document (AVG data portability).

Format: docs/export-format.md; JSON Schema: resources/schemas/export.schema.json. Each section of the
program adds its records under its own key; ``schema_version`` changes when a key changes meaning.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

from .. import __version__
from ..domain.audit import AuditAction, AuditEntry, Outcome
from ..domain.errors import StorageFailed
from ..domain.users import Permission
from ..store import audit_log, drafts, organisations, people, schema, settings, users
from ..store.atomic import atomic_write
from ..store.connection import Connection
from . import export_cases
from .practice import get as practice_settings
from .session import Session, iso

FORMAT = "wijkzorg-export"
SCHEMA_VERSION = 1


def build(session: Session) -> dict[str, object]:
    """The export document; the export itself is recorded first, so it appears in its own audit log."""
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
        "contact_map": contact_map(conn),
        "cases": export_cases.all_cases(conn),
        "kindchecks": export_cases.all_kindchecks(conn),
        "followups": export_cases.all_followups(conn),
        "audit_log": [asdict(r) for r in audit_log.all_records(conn)],
    }


def _certificate(der: bytes | None) -> str | None:
    return base64.b64encode(der).decode("ascii") if der is not None else None


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def contact_map(conn: Connection) -> dict[str, object]:
    """The sociale kaart: phone numbers in E.164, availability in its text form (domain/availability)."""
    return {
        "organisations": [
            {"id": o.id, "name": o.name, "kind": str(o.kind), "municipalities": list(o.municipalities),
             "address": o.address, "phone": o.phone, "crisis_phone": o.crisis_phone,
             "secure_email": o.secure_email, "website": o.website, "opening_hours": o.opening_hours.text(),
             "notes": o.notes, "certificate": _certificate(o.certificate), "updated_at": o.updated_at}
            for o in organisations.all_organisations(conn)
        ],
        "people": [
            {"id": p.id, "name": p.name, "organisation_id": p.organisation_id, "function": p.function,
             "channels": [{"kind": str(c.kind), "value": c.value, "preferred": c.preferred}
                          for c in p.channels],
             "availability": p.availability.text(), "liaison_login": p.liaison_login,
             "verified_on": _day(p.verified_on), "known_since": _day(p.known_since), "notes": p.notes,
             "certificate": _certificate(p.certificate), "departed": p.departed,
             "departed_on": _day(p.departed_on), "successor_id": p.successor_id, "updated_at": p.updated_at}
            for p in people.all_people(conn)
        ],
    }


def write(session: Session, out: Path) -> dict[str, object]:
    """The export is audited before it is written; a write that fails is audited as a failure too."""
    document = build(session)
    try:
        atomic_write(out, json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8"))
    except StorageFailed:
        session.record(AuditEntry(AuditAction.EXPORT, "vault", "export-json", outcome=Outcome.FAILURE,
                                  detail="file not written"))
        raise
    return document
