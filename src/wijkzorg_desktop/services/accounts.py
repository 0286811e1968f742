"""Users and passphrases: add, deactivate, reactivate, new passphrase, own passphrase."""

from __future__ import annotations

from ..domain.audit import AuditAction, AuditEntry
from ..domain.errors import LastAdministrator, MissingField, UnknownUser, UserExists, WrongCredentials
from ..domain.passphrase import validate_new
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission, Role, User, normalise_login
from ..store import keyfile, users
from ..store.keyfile import user_slot_id
from .session import Session, iso


def list_users(session: Session) -> list[User]:
    session.require(Permission.MANAGE_USERS)
    return users.all_users(session.conn)


def add_user(session: Session, login: str, full_name: str, role: Role, passphrase: str,
             repeated: str | None = None) -> User:
    session.require(Permission.MANAGE_USERS)
    login = normalise_login(login)
    full_name = full_name.strip()
    if not full_name:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "full name")))
    validate_new(passphrase, repeated)
    if users.by_login(session.conn, login) is not None:
        raise UserExists(login=login)
    keys = keyfile.read(session.paths.keys)
    slot = keys.wrap(user_slot_id(login), passphrase.encode(), session.data_key, session.kdf)
    with session.changing() as conn:
        user = users.insert(conn, login, full_name, Role(role), iso(session.now()))
        session.record(AuditEntry(AuditAction.CREATE, "user", login, detail=str(role)))
        keyfile.write(session.paths.keys, keys.with_slot(slot))
    return user


def _existing(session: Session, login: str) -> User:
    user = users.by_login(session.conn, login)
    if user is None:
        raise UnknownUser(login=login)
    return user


def update_user(session: Session, login: str, full_name: str, role: Role) -> User:
    session.require(Permission.MANAGE_USERS)
    user = _existing(session, login)
    full_name = full_name.strip()
    if not full_name:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "full name")))
    if user.role == Role.ADMIN and role != Role.ADMIN and user.active \
            and users.count_active_admins(session.conn) <= 1:
        raise LastAdministrator(login=login)
    with session.changing() as conn:
        users.update(conn, login, full_name, Role(role))
        session.record(AuditEntry(AuditAction.UPDATE, "user", login, detail=f"{user.role}->{role}"))
    return _existing(session, login)


def deactivate_user(session: Session, login: str) -> None:
    """The user can no longer unlock: their slot leaves the key file; their audit trail stays."""
    session.require(Permission.MANAGE_USERS)
    user = _existing(session, login)
    if user.role == Role.ADMIN and user.active and users.count_active_admins(session.conn) <= 1:
        raise LastAdministrator(login=login)
    keys = keyfile.read(session.paths.keys)
    with session.changing() as conn:
        users.set_active(conn, login, False, iso(session.now()))
        session.record(AuditEntry(AuditAction.UPDATE, "user", login, detail="deactivated"))
        keyfile.write(session.paths.keys, keys.without_slot(user_slot_id(login)))


def reactivate_user(session: Session, login: str, passphrase: str, repeated: str | None = None) -> None:
    session.require(Permission.MANAGE_USERS)
    _existing(session, login)
    validate_new(passphrase, repeated)
    keys = keyfile.read(session.paths.keys)
    slot = keys.wrap(user_slot_id(login), passphrase.encode(), session.data_key, session.kdf)
    with session.changing() as conn:
        users.set_active(conn, login, True, None)
        session.record(AuditEntry(AuditAction.UPDATE, "user", login, detail="reactivated"))
        keyfile.write(session.paths.keys, keys.with_slot(slot))


def set_passphrase(session: Session, login: str, passphrase: str, repeated: str | None = None) -> None:
    """An administrator gives a user a new passphrase (forgotten, or a first one)."""
    session.require(Permission.MANAGE_USERS)
    user = _existing(session, login)
    if not user.active:
        raise UnknownUser(login=login)
    validate_new(passphrase, repeated)
    _replace_slot(session, login, passphrase, detail="set by administrator")


def change_own_passphrase(session: Session, current: str, new: str, repeated: str | None = None) -> None:
    validate_new(new, repeated)
    keys = keyfile.read(session.paths.keys)
    slot = keys.slot(user_slot_id(session.user.login))
    if slot is None or keys.unwrap(slot, current.encode()) is None:
        raise WrongCredentials()
    _replace_slot(session, session.user.login, new, detail="changed by user")


def _replace_slot(session: Session, login: str, passphrase: str, detail: str) -> None:
    keys = keyfile.read(session.paths.keys)
    slot = keys.wrap(user_slot_id(login), passphrase.encode(), session.data_key, session.kdf)
    with session.changing():
        session.record(AuditEntry(AuditAction.UPDATE, "user.passphrase", login, detail=detail))
        keyfile.write(session.paths.keys, keys.with_slot(slot))
