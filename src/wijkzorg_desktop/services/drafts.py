"""Forms left half-filled come back after unlocking, for the same user only.

The window keeps the user's open forms with ``replace`` at every lock and while typing, so a crash loses
no more than the last few seconds; ``peek`` hands them back at unlock and leaves them in the vault until
the next ``replace`` says which are still open.
"""

from __future__ import annotations

from ..store import drafts
from .session import Session, iso


def replace(session: Session, forms: dict[str, dict[str, object]]) -> None:
    """This user's drafts become exactly ``forms`` (empty payloads left out), in one transaction."""
    with session.changing() as conn:
        login = session.user.login
        for key in drafts.for_user(conn, login).keys() - {k for k, v in forms.items() if v}:
            drafts.delete(conn, login, key)
        at = iso(session.now())
        for key, payload in forms.items():
            if payload:
                drafts.save(conn, login, key, payload, at)


def peek(session: Session) -> dict[str, dict[str, object]]:
    """This user's drafts, left in the vault."""
    return drafts.for_user(session.conn, session.user.login)

