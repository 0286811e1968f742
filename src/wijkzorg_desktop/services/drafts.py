"""Forms left half-filled when the app locks come back after unlocking, for the same user only."""

from __future__ import annotations

from ..store import drafts
from .session import Session, iso


def keep(session: Session, forms: dict[str, dict[str, object]]) -> None:
    """Store the given forms' contents; forms given with an empty payload lose their draft."""
    with session.changing() as conn:
        for key, payload in forms.items():
            if payload:
                drafts.save(conn, session.user.login, key, payload, iso(session.now()))
            else:
                drafts.delete(conn, session.user.login, key)


def take(session: Session) -> dict[str, dict[str, object]]:
    """This user's drafts, removed from the vault as they are handed back."""
    with session.changing() as conn:
        found = drafts.for_user(conn, session.user.login)
        for key in found:
            drafts.delete(conn, session.user.login, key)
    return found
