"""Helpers for the vault tests: what lies on disk, the data key from a passphrase, a clock to move."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from wijkzorg_desktop.domain.errors import WrongCredentials
from wijkzorg_desktop.domain.text import Message
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import keyfile
from wijkzorg_desktop.store.connection import Connection, connect
from wijkzorg_desktop.store.keyfile import user_slot_id
from wijkzorg_desktop.store.vault import VaultPaths

NEW_PASSPHRASE = "een heel ander lang wachtwoord"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, to compare before and after."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def data_key(store: Path, login: str, passphrase: str) -> bytearray:
    keys = keyfile.read(VaultPaths(store).keys)
    slot = keys.slot(user_slot_id(login))
    assert slot is not None
    key = keys.unwrap(slot, passphrase.encode())
    assert key is not None
    return key


@contextlib.contextmanager
def raw_connection(store: Path, login: str, passphrase: str) -> Iterator[Connection]:
    """The database opened with its key but none of the program's checks: what someone holding the
    key could do behind the program's back."""
    conn = connect(VaultPaths(store).db, data_key(store, login, passphrase))
    try:
        yield conn
    finally:
        conn.close()


def can_unlock(store: Path, login: str, passphrase: str) -> bool:
    try:
        session = unlock(store, login, passphrase).session
    except WrongCredentials:
        return False
    session.close()
    return True


def rendered(messages: list[Message]) -> list[str]:
    return [m.render() for m in messages]


class FakeClock:
    """A clock the test moves by hand, for the unlock delay."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
