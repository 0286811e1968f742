"""An unlocked vault for one user: the connection, who is working, and their audit trail."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..domain.audit import AuditAction, AuditEntry, AuditRecord, Outcome
from ..domain.errors import NotAllowed
from ..domain.text import Message
from ..domain.users import PERMISSION_LABELS, ROLE_NAMES, Permission, User, allowed
from ..store import audit_log
from ..store.audit_log import Actor
from ..store.connection import Connection, transaction
from ..store.keyfile import KdfParams
from ..store.lockfile import VaultLock, workstation
from ..store.vault import VaultPaths

Clock = Callable[[], datetime]

UNCHANGING = frozenset({AuditAction.READ, AuditAction.SEARCH})
"""Audit actions that change nothing, so ``noting()`` leaves them out."""


@dataclass(frozen=True)
class Change:
    """What one audit record says was changed: ``case_label`` is the record's client (``AuditEntry.case_id``)."""

    action: AuditAction
    object_type: str
    object_id: str
    case_label: str = ""


def system_clock() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class Session:
    paths: VaultPaths
    conn: Connection
    user: User
    data_key: bytearray
    lock: VaultLock
    kdf: KdfParams
    clock: Clock = system_clock
    workstation: str = field(default_factory=workstation)
    closed: bool = False
    _noting: list[list[Change]] = field(default_factory=list, repr=False)
    writes: int = field(default=0, init=False, repr=False)
    """How many changing records this session wrote: what was read before a write may be out of date."""
    cache: dict[str, tuple[object, object]] = field(default_factory=dict, init=False, repr=False)
    """Reads kept for the pages that share them (the sociale kaart), by name: (what they depend on, value)."""

    @property
    def actor(self) -> Actor:
        return Actor(self.user.login, str(self.user.role), self.workstation)

    def now(self) -> datetime:
        return self.clock()

    @contextlib.contextmanager
    def changing(self) -> Iterator[Connection]:
        """A write transaction; audit records made inside commit with the change or not at all."""
        marks = [len(noted) for noted in self._noting]
        try:
            with transaction(self.conn) as conn:
                yield conn
        except BaseException:
            for noted, mark in zip(self._noting, marks, strict=True):
                del noted[mark:]  # rolled back: those changes never happened
            raise

    @contextlib.contextmanager
    def noting(self) -> Iterator[list[Change]]:
        """The changes (audit records other than reads and searches) made inside, in order: what a call
        changed, as Anki's operations return ``OpChanges``. The session is used by one worker thread."""
        noted: list[Change] = []
        self._noting.append(noted)
        try:
            yield noted
        finally:
            self._noting.remove(noted)

    def record(self, entry: AuditEntry) -> AuditRecord:
        """Append an audit record; inside ``changing()`` it joins that transaction."""
        if self.conn.in_transaction:
            found = audit_log.append(self.conn, self.actor, entry, self.now())
        else:
            with self.changing():
                found = audit_log.append(self.conn, self.actor, entry, self.now())
        if entry.action not in UNCHANGING:
            self.writes += 1
        if self._noting and entry.action not in UNCHANGING and entry.outcome == Outcome.SUCCESS:
            change = Change(entry.action, entry.object_type, entry.object_id, entry.case_id)
            for noted in self._noting:
                noted.append(change)
        return found

    def may(self, permission: Permission) -> bool:
        return allowed(self.user.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.may(permission):
            raise self.not_allowed(Message("roles", PERMISSION_LABELS[permission]))

    def not_allowed(self, what: Message) -> NotAllowed:
        """The refusal of ``what`` for this user's role, the role named in words."""
        return NotAllowed(role=Message("roles", ROLE_NAMES[self.user.role]), what=what)

    def close(self, action: AuditAction = AuditAction.LOGOUT) -> None:
        """Record the logout or lock, close the connection, forget the key and release the lock."""
        if self.closed:
            return
        self.closed = True
        self.cache.clear()
        try:
            with contextlib.suppress(Exception):
                self.record(AuditEntry(action, "session", self.user.login))
            self.conn.close()
        finally:
            for i in range(len(self.data_key)):
                self.data_key[i] = 0
            self.lock.release()
