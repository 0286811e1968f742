"""Making a vault, unlocking it with a passphrase or the recovery key."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from ..config import DEFAULT_LOCK_MINUTES
from ..domain.audit import AuditAction, AuditEntry, Outcome
from ..domain.errors import (
    MissingField,
    NoVault,
    UnknownUser,
    UnlockDelayed,
    WijkzorgError,
    WrongCredentials,
    WrongRecoveryKey,
)
from ..domain.passphrase import validate_new
from ..domain.practice import PracticeSettings
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.unlocking import delay_after, new_recovery_key, normalise_recovery_key
from ..domain.users import Role, normalise_login
from ..store import keyfile, settings, users
from ..store.connection import transaction
from ..store.keyfile import RECOVERY_SLOT, FailedAttempt, KdfParams, KeyFile, user_slot_id
from ..store.lockfile import VaultLock, workstation
from ..store.vault import VaultPaths, create_database, open_database, prepare_new, remove_database
from .session import Clock, Session, iso, system_clock

KDF_PROFILE_ENV = "WIJKZORG_KDF_PROFILE"


_CALIBRATED: list[KdfParams] = []


def kdf_for_new_slots() -> KdfParams:
    """~0.5 s on this machine (measured once per process); ``WIJKZORG_KDF_PROFILE=test`` gives the
    cheap test parameters."""
    if os.environ.get(KDF_PROFILE_ENV) == "test":
        return keyfile.TEST_KDF
    if not _CALIBRATED:
        _CALIBRATED.append(keyfile.calibrate())
    return _CALIBRATED[0]


def logins(store: Path) -> list[str]:
    """The logins that can unlock this vault (from the key file; no key needed)."""
    return keyfile.read(VaultPaths(store).keys).logins()


@dataclass(frozen=True)
class Created:
    session: Session
    recovery_key: str


def _require_text(value: str, field: str) -> str:
    value = value.strip()
    if not value:
        raise MissingField(field=Message("fields", field))
    return value


def create_vault(store: Path, practice_name: str, login: str, full_name: str, passphrase: str,
                 *, kdf: KdfParams | None = None, clock: Clock = system_clock) -> Created:
    """A new vault with its first administrator; the recovery key is returned once, never stored."""
    practice = PracticeSettings(practice_name, DEFAULT_LOCK_MINUTES).validated()
    login = normalise_login(login)
    full_name = _require_text(full_name, QT_TRANSLATE_NOOP("fields", "full name"))
    validate_new(passphrase)
    paths = VaultPaths(store)
    prepare_new(paths)
    kdf = kdf or kdf_for_new_slots()
    data_key = bytearray(os.urandom(keyfile.DATA_KEY_BYTES))
    recovery = new_recovery_key()
    lock = VaultLock(paths.lock, login)
    lock.acquire()
    conn = None
    try:
        conn = create_database(paths, data_key)
        keys = KeyFile(str(uuid.uuid4()))
        keys = keys.with_slot(keys.wrap(user_slot_id(login), passphrase.encode(), data_key, kdf))
        keys = keys.with_slot(keys.wrap(RECOVERY_SLOT, recovery.encode(), data_key, kdf))
        now = clock()
        with transaction(conn):
            settings.put_practice(conn, practice)
            settings.put(conn, "vault.id", keys.vault_id)
            session_user = users.insert(conn, login, full_name, Role.ADMIN, iso(now))
            session = Session(paths, conn, session_user, data_key, lock, kdf, clock)
            session.record(AuditEntry(AuditAction.CREATE, "vault", keys.vault_id))
            session.record(AuditEntry(AuditAction.CREATE, "user", login, detail="beheerder"))
            session.record(AuditEntry(AuditAction.LOGIN, "session", login))
            keyfile.write(paths.keys, keys)
    except BaseException:
        if conn is not None:
            conn.close()
        remove_database(paths)
        lock.release()
        raise
    return Created(session, recovery)


@dataclass(frozen=True)
class Unlocked:
    session: Session
    failed_attempts: tuple[FailedAttempt, ...]


def _read_keys(paths: VaultPaths) -> KeyFile:
    if not paths.db.exists() and not paths.keys.exists():
        raise NoVault(path=str(paths.root))
    return keyfile.read(paths.keys)


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _check_delay(slot: keyfile.Slot, now: datetime) -> None:
    wait = delay_after(len(slot.failed))
    if wait and slot.failed:
        last = _parse_time(slot.failed[-1].at)
        if last is not None:
            remaining = (last + timedelta(seconds=wait) - now).total_seconds()
            if remaining > 0:
                raise UnlockDelayed(seconds=int(remaining) + 1)


def _count_failure(paths: VaultPaths, keys: KeyFile, slot: keyfile.Slot, now: datetime) -> None:
    attempt = FailedAttempt(iso(now), workstation())
    keyfile.write(paths.keys, keys.with_slot(replace(slot, failed=(*slot.failed, attempt))))


def failures_pending(store: Path, login: str) -> int:
    slot = keyfile.read(VaultPaths(store).keys).slot(user_slot_id(login))
    return len(slot.failed) if slot else 0


def _open_session(paths: VaultPaths, data_key: bytearray, login: str, clock: Clock,
                  verify: bool = False) -> Session:
    lock = VaultLock(paths.lock, login)
    try:
        lock.acquire()
        conn = open_database(paths, data_key, verify=verify)
    except BaseException:
        forget(data_key)
        lock.release()
        raise
    user = users.by_login(conn, login)
    if user is None or not user.active:
        conn.close()
        forget(data_key)
        lock.release()
        raise WrongCredentials()
    return Session(paths, conn, user, data_key, lock, kdf_for_new_slots(), clock)


def unwrap(paths: VaultPaths, login: str, passphrase: str, now: datetime) -> tuple[str, bytearray, KeyFile]:
    """The data key for this login and passphrase, counting a failure in the key file."""
    keys = _read_keys(paths)
    try:
        login = normalise_login(login)
    except WijkzorgError:
        raise WrongCredentials() from None
    slot = keys.slot(user_slot_id(login))
    if slot is None:
        _waste_time(keys, passphrase)
        raise WrongCredentials()
    _check_delay(slot, now)
    data_key = keys.unwrap(slot, passphrase.encode())
    if data_key is None:
        _count_failure(paths, keys, slot, now)
        raise WrongCredentials()
    return login, data_key, keys


def unlock(store: Path, login: str, passphrase: str, *, clock: Clock = system_clock,
           verify: bool = False) -> Unlocked:
    """Open the vault as ``login``. Failed attempts are kept in the key file until the next success,
    then written to the audit log.

    The page check over the whole file is not part of it (it grows with the vault): the window runs it
    in the background right after (``checks.start_background``), ``wijkzorg check`` in full; ``verify``
    runs it here first."""
    paths = VaultPaths(store)
    login, data_key, keys = unwrap(paths, login, passphrase, clock())
    session = _open_session(paths, data_key, login, clock, verify)
    slot = keys.slot(user_slot_id(login))
    failed = slot.failed if slot else ()
    try:
        with session.changing():
            for attempt in failed:
                detail = f"{attempt.at} @ {attempt.workstation}"
                session.record(AuditEntry(AuditAction.FAILED_UNLOCK, "session", login,
                                          outcome=Outcome.FAILURE, detail=detail))
            session.record(AuditEntry(AuditAction.LOGIN, "session", login))
            if slot is not None and failed:
                keyfile.write(paths.keys, keys.with_slot(replace(slot, failed=())))
    except BaseException:
        session.close(AuditAction.LOGOUT)
        raise
    return Unlocked(session, failed)


def _waste_time(keys: KeyFile, passphrase: str) -> None:
    """Spend a derivation on an unknown login so timing does not tell which logins exist."""
    if keys.slots:
        slot = keys.slots[0]
        slot.kdf.derive(passphrase.encode(), slot.salt)


def unlock_with_recovery(store: Path, recovery_key: str, login: str, new_passphrase: str,
                         repeated: str | None = None, *, clock: Clock = system_clock) -> Session:
    """Open with the recovery key and give ``login`` a new passphrase (a forgotten one, say)."""
    validate_new(new_passphrase, repeated)
    paths = VaultPaths(store)
    keys = _read_keys(paths)
    slot = keys.slot(RECOVERY_SLOT)
    if slot is None:
        raise WrongRecoveryKey()
    data_key = keys.unwrap(slot, normalise_recovery_key(recovery_key).encode())
    if data_key is None:
        raise WrongRecoveryKey()
    try:
        login = normalise_login(login)
    except WijkzorgError:
        raise UnknownUser(login=login) from None
    lock = VaultLock(paths.lock, login)
    try:
        lock.acquire()
        conn = open_database(paths, data_key)
    except BaseException:
        forget(data_key)
        lock.release()
        raise
    user = users.by_login(conn, login)
    if user is None or not user.active:
        conn.close()
        forget(data_key)
        lock.release()
        raise UnknownUser(login=login)
    session = Session(paths, conn, user, data_key, lock, kdf_for_new_slots(), clock)
    new_slot = keys.wrap(user_slot_id(login), new_passphrase.encode(), data_key, session.kdf)
    with session.changing():
        session.record(AuditEntry(AuditAction.LOGIN, "session", login, detail="recovery key"))
        session.record(AuditEntry(AuditAction.UPDATE, "user.passphrase", login, detail="recovery key"))
        keyfile.write(paths.keys, keys.with_slot(new_slot))
    return session


def forget(data_key: bytearray) -> None:
    for i in range(len(data_key)):
        data_key[i] = 0
