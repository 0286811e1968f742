"""The practice's own settings (name, lock minutes, letterhead), kept in the vault."""

from __future__ import annotations

from dataclasses import replace

from ..config import DEFAULT_LOCK_MINUTES
from ..domain.audit import AuditAction, AuditEntry
from ..domain.contacts import Organisation
from ..domain.practice import PracticeSettings
from ..domain.users import Permission
from ..store import settings
from .contact_rules import check_organisation, display_phone
from .session import Session


def get(session: Session) -> PracticeSettings:
    return settings.practice(session.conn, DEFAULT_LOCK_MINUTES)


def _letterhead(new: PracticeSettings) -> PracticeSettings:
    """The phone in Dutch format, the e-mail and website checked; ``FormInvalid`` names what is wrong."""
    checked = check_organisation(Organisation(new.name, phone=new.phone, secure_email=new.email,
                                              website=new.website))
    return replace(new, phone=display_phone(checked.phone) if checked.phone else "")


def update(session: Session, new: PracticeSettings) -> PracticeSettings:
    session.require(Permission.MANAGE_SETTINGS)
    new = _letterhead(new.validated())
    old = get(session)
    with session.changing() as conn:
        settings.put_practice(conn, new)
        changed = [f"name: {old.name!r} -> {new.name!r}"] if old.name != new.name else []
        if old.lock_minutes != new.lock_minutes:
            changed.append(f"lock_minutes: {old.lock_minutes} -> {new.lock_minutes}")
        if old.verify_after_months != new.verify_after_months:
            changed.append(f"verify_after_months: {old.verify_after_months} -> {new.verify_after_months}")
        changed += [f"{field}: {getattr(old, field)!r} -> {getattr(new, field)!r}" for field in settings.LETTERHEAD
                    if getattr(old, field) != getattr(new, field)]
        session.record(AuditEntry(AuditAction.SETTINGS, "practice", "settings", detail="; ".join(changed)))
    return new
