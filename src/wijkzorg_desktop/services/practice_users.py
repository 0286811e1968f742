"""Who works in the practice, for choosing a liaison on the sociale kaart: everyone who may see the map
needs this list, not only the administrator who manages users."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.involvement import STAFF_PARTY_ROLES
from ..domain.users import Permission, Role
from ..store import users
from .session import Session


@dataclass(frozen=True)
class StaffMember:
    """One of our practice's users, as a possible party of a case."""

    login: str
    full_name: str
    role: Role

    @property
    def party_role(self) -> str:
        return STAFF_PARTY_ROLES.get(str(self.role), "")


def practice_users(session: Session) -> list[tuple[str, str]]:
    """(login, full name) of every active user, by full name."""
    session.require(Permission.VIEW_CONTACTS)
    found = [(u.login, u.full_name) for u in users.all_users(session.conn) if u.active]
    return sorted(found, key=lambda pair: pair[1].casefold())


def practice_staff(session: Session) -> list[StaffMember]:
    """Active users who work with families (every role but the administrator's), by full name."""
    session.require(Permission.VIEW_CONTACTS)
    found = [StaffMember(u.login, u.full_name, u.role) for u in users.all_users(session.conn)
             if u.active and u.role != Role.ADMIN]
    return sorted(found, key=lambda member: member.full_name.casefold())
