"""Beheer > Audit: check, from inside an unlocked session, that no audit record was changed or removed.

``wijkzorg check`` opens the vault itself; an administrator who already has it open checks the chain
here. Checking is itself recorded, with its outcome.
"""

from __future__ import annotations

from ..domain.audit import AuditAction, AuditEntry, Outcome
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import audit_log
from .session import Session


def verify(session: Session) -> list[Message]:
    """Every problem in the chain and its guards, one message each; empty when the log is whole."""
    session.require(Permission.VIEW_AUDIT)
    problems = [
        Message("check", QT_TRANSLATE_NOOP("check", "Audit chain, record {record}: {reason}"),
                {"record": p.record_id, "reason": p.reason})
        for p in audit_log.verify(session.conn)
    ]
    session.record(AuditEntry(AuditAction.READ, "audit_log", "verify",
                              outcome=Outcome.FAILURE if problems else Outcome.SUCCESS,
                              detail=f"{len(problems)} problems"))
    return problems
