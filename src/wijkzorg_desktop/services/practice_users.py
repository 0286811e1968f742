"""Who works in the practice, for choosing a liaison on the sociale kaart: everyone who may see the map
needs this list, not only the administrator who manages users."""

from __future__ import annotations

from ..domain.users import Permission
from ..store import users
from .session import Session


def practice_users(session: Session) -> list[tuple[str, str]]:
    """(login, full name) of every active user, by full name."""
    session.require(Permission.VIEW_CONTACTS)
    found = [(u.login, u.full_name) for u in users.all_users(session.conn) if u.active]
    return sorted(found, key=lambda pair: pair[1].casefold())
