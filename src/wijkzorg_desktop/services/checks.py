"""``wijkzorg check``: is the vault whole? SQLCipher page MACs, SQLite structure, the audit chain.

The check opens the database itself, without the integrity check and the migrations a normal unlock
does, so that a damaged vault is still examined and every failing check is named. Whoever holds a key
slot for the vault may run it; when the users table can be read, the role's permission is enforced
and the check is recorded in the audit log.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from ..domain.audit import AuditAction, AuditEntry, Outcome
from ..domain.errors import NoVault, WijkzorgError, WrongCredentials
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import audit_log, users
from ..store.connection import Connection, DatabaseError, cipher_problems, connect, sqlite_problems
from ..store.lockfile import VaultLock
from ..store.vault import VaultPaths
from .session import Clock, Session, system_clock
from .vaults import forget, kdf_for_new_slots, unwrap

CIPHER = QT_TRANSLATE_NOOP("check", "SQLCipher cipher_integrity_check")
SQLITE = QT_TRANSLATE_NOOP("check", "SQLite integrity_check")
AUDIT = QT_TRANSLATE_NOOP("check", "Audit chain")


def _cipher(conn: Connection) -> list[Message]:
    return [Message("check", QT_TRANSLATE_NOOP("check", "SQLCipher cipher_integrity_check: {text}"),
                    {"text": text}) for text in cipher_problems(conn)]


def _sqlite(conn: Connection) -> list[Message]:
    return [Message("check", QT_TRANSLATE_NOOP("check", "SQLite integrity_check: {text}"),
                    {"text": text}) for text in sqlite_problems(conn)]


def _audit(conn: Connection) -> list[Message]:
    return [Message("check", QT_TRANSLATE_NOOP("check", "Audit chain, record {record}: {reason}"),
                    {"record": p.record_id, "reason": p.reason}) for p in audit_log.verify(conn)]


CHECKS: list[tuple[str, Callable[[Connection], list[Message]]]] = [
    (CIPHER, _cipher), (SQLITE, _sqlite), (AUDIT, _audit),
]


def _run(name: str, run: Callable[[Connection], list[Message]], conn: Connection) -> list[Message]:
    """One check; a page too damaged to read is itself a finding of that check, never a crash."""
    try:
        return run(conn)
    except DatabaseError as exc:
        return [Message("check", QT_TRANSLATE_NOOP("check", "{check} could not be completed: {reason}"),
                        {"check": Message("check", name), "reason": str(exc)})]


def check(store: Path, login: str, passphrase: str, *, clock: Clock = system_clock) -> list[Message]:
    """Every problem found, one message each; an empty list means the vault is whole."""
    paths = VaultPaths(store)
    login, data_key, _keys = unwrap(paths, login, passphrase, clock())
    lock = VaultLock(paths.lock, login)
    try:
        if not paths.db.exists():  # never let connect() make an empty database beside the key file
            raise NoVault(path=str(paths.root))
        lock.acquire()
        conn = connect(paths.db, data_key)
    except BaseException:
        forget(data_key)
        lock.release()
        raise
    session: Session | None = None
    try:
        try:
            user = users.by_login(conn, login)
        except DatabaseError:
            user = None  # the users table itself is damaged: the checks below will say where
        else:
            if user is None or not user.active:
                raise WrongCredentials()
            session = Session(paths, conn, user, data_key, lock, kdf_for_new_slots(), clock)
            session.require(Permission.CHECK_VAULT)
        problems = [problem for name, run in CHECKS for problem in _run(name, run, conn)]
        if session is not None:
            with contextlib.suppress(DatabaseError, WijkzorgError):
                session.record(AuditEntry(AuditAction.READ, "vault", "check",
                                          outcome=Outcome.FAILURE if problems else Outcome.SUCCESS,
                                          detail=f"{len(problems)} problems"))
        return problems
    finally:
        if session is not None:
            session.close()
        else:
            conn.close()
            forget(data_key)
            lock.release()
