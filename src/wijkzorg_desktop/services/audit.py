"""Reading the audit log (Beheer > Audit)."""

from __future__ import annotations

from ..domain.audit import AuditAction, AuditEntry, AuditFilter, AuditRecord
from ..domain.users import Permission
from ..store import audit_log
from .session import Session


def search(session: Session, flt: AuditFilter) -> list[AuditRecord]:
    """Records matching the filter, newest first; looking is itself recorded."""
    session.require(Permission.VIEW_AUDIT)
    described = ", ".join(f"{k}={v}" for k, v in vars(flt).items() if v and k != "limit")
    session.record(AuditEntry(AuditAction.SEARCH if described else AuditAction.READ, "audit_log", "",
                              detail=described))
    return audit_log.query(session.conn, flt)


def filter_choices(session: Session) -> dict[str, list[str]]:
    session.require(Permission.VIEW_AUDIT)
    return {
        "user_login": audit_log.distinct_values(session.conn, "user_login"),
        "action": [str(a) for a in AuditAction],
        "object_type": audit_log.distinct_values(session.conn, "object_type"),
    }
