"""``wijkzorg check``: is the vault whole? SQLCipher page MACs, SQLite structure, the audit chain."""

from __future__ import annotations

from pathlib import Path

from ..domain.audit import AuditAction, AuditEntry, Outcome
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import audit_log
from ..store.connection import cipher_problems, sqlite_problems
from .session import Clock, system_clock
from .vaults import unlock


def _problem(source: str, params: dict[str, object]) -> Message:
    return Message("check", source, params)


def check(store: Path, login: str, passphrase: str, *, clock: Clock = system_clock) -> list[Message]:
    """Every problem found, one message each; an empty list means the vault is whole."""
    session = unlock(store, login, passphrase, clock=clock, verify=False).session
    try:
        session.require(Permission.CHECK_VAULT)
        problems = [
            _problem(QT_TRANSLATE_NOOP("check", "SQLCipher cipher_integrity_check: {text}"), {"text": text})
            for text in cipher_problems(session.conn)
        ]
        problems += [
            _problem(QT_TRANSLATE_NOOP("check", "SQLite integrity_check: {text}"), {"text": text})
            for text in sqlite_problems(session.conn)
        ]
        problems += [
            _problem(QT_TRANSLATE_NOOP("check", "Audit chain, record {record}: {reason}"),
                     {"record": p.record_id, "reason": p.reason})
            for p in audit_log.verify(session.conn)
        ]
        session.record(AuditEntry(AuditAction.READ, "vault", "check",
                                  outcome=Outcome.FAILURE if problems else Outcome.SUCCESS,
                                  detail=f"{len(problems)} problems"))
        return problems
    finally:
        session.close()
