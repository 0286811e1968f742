"""``wijkzorg check``: is the vault whole? SQLCipher page MACs, SQLite structure, the audit chain.

The check opens the database itself, without the integrity check and the migrations a normal unlock
does, so that a damaged vault is still examined and every failing check is named. Whoever holds a key
slot for the vault may run it; when the users table can be read, the role's permission is enforced
and the check is recorded in the audit log. ``progress`` hears what is being checked, as it starts.

The window runs the page check in the background after unlock: ``start_background`` once, then
``continue_background`` a piece at a time on the worker until it is done (or the session closes); a
damaged page is reported by the piece that finds it, and recorded in the audit log.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.audit import AuditAction, AuditEntry, Outcome
from ..domain.errors import NoVault, WijkzorgError, WrongCredentials
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import audit_log, users
from ..store.connection import (
    PAGES_PER_STEP,
    Connection,
    DatabaseError,
    PageCheck,
    cipher_problems,
    connect,
    sqlite_problems,
)
from ..store.lockfile import VaultLock
from ..store.vault import VaultPaths
from .session import Clock, Session, system_clock
from .vaults import forget, kdf_for_new_slots, unwrap

CIPHER = QT_TRANSLATE_NOOP("check", "SQLCipher cipher_integrity_check")
SQLITE = QT_TRANSLATE_NOOP("check", "SQLite integrity_check")
AUDIT = QT_TRANSLATE_NOOP("check", "Audit chain")


Progress = Callable[[Message], None]


def _cipher_finding(text: str) -> Message:
    return Message("check", QT_TRANSLATE_NOOP("check", "SQLCipher cipher_integrity_check: {text}"), {"text": text})


def _cipher(conn: Connection) -> list[Message]:
    return [_cipher_finding(text) for text in cipher_problems(conn)]


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


def _announce(progress: Progress | None, name: str, conn: Connection) -> None:
    if progress is None:
        return
    if name == CIPHER:
        with contextlib.suppress(DatabaseError):
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            progress(Message("check", QT_TRANSLATE_NOOP("check", "Checking {check} ({pages} pages)…"),
                             {"check": Message("check", name), "pages": pages}))
            return
    progress(Message("check", QT_TRANSLATE_NOOP("check", "Checking {check}…"), {"check": Message("check", name)}))


def check(store: Path, login: str, passphrase: str, *, clock: Clock = system_clock,
          progress: Progress | None = None) -> list[Message]:
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
        problems = []
        for name, run in CHECKS:
            _announce(progress, name, conn)
            problems.extend(_run(name, run, conn))
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


# -- in the background, after unlock ------------------------------------------------------------------


@dataclass
class BackgroundCheck:
    """The page check of an unlocked vault, a piece at a time. ``pages`` is None when the vault's cipher
    settings are not the ones ``PageCheck`` knows: then SQLCipher's own check runs whole, in one piece."""

    pages: PageCheck | None
    problems: list[Message] = field(default_factory=list)
    done: bool = False

    def progress(self) -> tuple[int, int]:
        """Pages checked, of how many (0 of 0 while it cannot tell)."""
        if self.pages is None:
            return (1, 1) if self.done else (0, 0)
        return min(self.pages.next_page - 1, self.pages.pages), self.pages.pages


def start_background(session: Session) -> BackgroundCheck:
    """On the worker, right after unlock: ready to check the file a piece at a time."""
    return BackgroundCheck(PageCheck.start(session.conn, session.paths.db, session.data_key))


def continue_background(session: Session, found: BackgroundCheck, pages: int = PAGES_PER_STEP) -> list[Message]:
    """The next piece (``pages`` pages); what it found wrong, which is recorded in the audit log too."""
    if found.done:
        return []
    if found.pages is None:
        problems = _run(CIPHER, _cipher, session.conn)
        found.done = True
    else:
        try:
            problems = [_cipher_finding(text) for text in found.pages.step(pages)]
        except OSError as exc:
            problems = [Message("check", QT_TRANSLATE_NOOP("check", "{check} could not be completed: {reason}"),
                                {"check": Message("check", CIPHER), "reason": str(exc)})]
            found.done = True
        else:
            found.done = found.pages.done
    if found.done:
        found.pages = None  # its key is not kept longer than the check needs it
    if problems:
        found.problems.extend(problems)
        with contextlib.suppress(DatabaseError, WijkzorgError):
            session.record(AuditEntry(AuditAction.READ, "vault", "integrity", outcome=Outcome.FAILURE,
                                      detail="; ".join(p.render() for p in problems[:5])))
    return problems
