"""The practice's own settings (name, lock minutes), kept in the vault."""

from __future__ import annotations

from ..config import DEFAULT_LOCK_MINUTES
from ..domain.audit import AuditAction, AuditEntry
from ..domain.practice import PracticeSettings
from ..domain.users import Permission
from ..store import settings
from .session import Session


def get(session: Session) -> PracticeSettings:
    return settings.practice(session.conn, DEFAULT_LOCK_MINUTES)


def update(session: Session, new: PracticeSettings) -> PracticeSettings:
    session.require(Permission.MANAGE_SETTINGS)
    new = new.validated()
    old = get(session)
    with session.changing() as conn:
        settings.put_practice(conn, new)
        changed = [f"name: {old.name!r} -> {new.name!r}"] if old.name != new.name else []
        if old.lock_minutes != new.lock_minutes:
            changed.append(f"lock_minutes: {old.lock_minutes} -> {new.lock_minutes}")
        session.record(AuditEntry(AuditAction.SETTINGS, "practice", "settings", detail="; ".join(changed)))
    return new
