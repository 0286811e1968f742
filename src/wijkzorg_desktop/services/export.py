"""``wijkzorg export-json``: the whole vault as one documented JSON document (AVG data portability).

Format: docs/export-format.md; JSON Schema: resources/schemas/export.schema.json. Each section of the
program adds its records under its own key; ``schema_version`` changes when a key changes meaning.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from .. import __version__
from ..domain.audit import AuditAction, AuditEntry, Outcome
from ..domain.errors import StorageFailed
from ..domain.users import Permission
from ..store import audit_log, drafts, schema, settings, users
from ..store.atomic import atomic_write
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
        "audit_log": [asdict(r) for r in audit_log.all_records(conn)],
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
