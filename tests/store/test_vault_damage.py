"""A damaged, missing, foreign or too new vault is refused with a clear error, and left as it was."""

from __future__ import annotations

import base64
import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import replace

import pytest
from store_helpers import NEW_PASSPHRASE, data_key, raw_connection, rendered, snapshot

from wijkzorg_desktop.domain.audit import Outcome
from wijkzorg_desktop.domain.errors import (
    KeyFileCorrupt,
    KeyFileMissing,
    NotAVault,
    VaultCorrupt,
    VaultTooNew,
    WrongCredentials,
)
from wijkzorg_desktop.services import checks
from wijkzorg_desktop.services.vaults import create_vault, unlock, unlock_with_recovery
from wijkzorg_desktop.store import audit_log, keyfile, schema
from wijkzorg_desktop.store.connection import PageCheck, cipher_problems, connect
from wijkzorg_desktop.store.keyfile import user_slot_id
from wijkzorg_desktop.store.vault import VaultPaths


def _json_edit(edit: Callable[[dict], object]) -> Callable[[bytes], bytes]:
    def damage(data: bytes) -> bytes:
        doc = json.loads(data)
        edit(doc)
        return json.dumps(doc).encode()
    return damage


def _user_slot(doc: dict) -> dict:
    return next(s for s in doc["slots"] if s["id"] == "user:beheer")


def _set(mapping: dict, key: str, value: object) -> None:
    mapping[key] = value


KEY_FILE_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda data: b"",
    "truncated": lambda data: data[: len(data) // 2],
    "garbage": lambda data: random.Random(4711).randbytes(len(data)),
    "not UTF-8": lambda data: data.replace(b'"slots"', b'"sl\xffts"'),
    "other JSON": lambda data: b'{"hello": "world"}',
    "a list": lambda data: b"[]",
    "deeply nested": lambda data: b"[" * 100_000,
    "other version": _json_edit(lambda doc: _set(doc, "version", 2)),
    "version as text": _json_edit(lambda doc: _set(doc, "version", "1")),
    "no vault id": _json_edit(lambda doc: doc.pop("vault_id")),
    "slots not a list": _json_edit(lambda doc: _set(doc, "slots", {"user:beheer": {}})),
    "slot without fields": _json_edit(lambda doc: _set(doc, "slots", [{"id": "user:beheer"}])),
    "unknown slot id": _json_edit(lambda doc: _set(_user_slot(doc), "id", "admin:beheer")),
    "duplicate slot": _json_edit(lambda doc: doc["slots"].append(dict(_user_slot(doc)))),
    "unknown cipher": _json_edit(lambda doc: _set(_user_slot(doc), "cipher", "aes-128-cbc")),
    "unknown kdf": _json_edit(lambda doc: _set(_user_slot(doc)["kdf"], "algorithm", "scrypt")),
    "kdf memory out of range": _json_edit(lambda doc: _set(_user_slot(doc)["kdf"], "memory_kib", 1 << 40)),
    "time cost a boolean": _json_edit(lambda doc: _set(_user_slot(doc)["kdf"], "time_cost", True)),
    "salt too short": _json_edit(
        lambda doc: _set(_user_slot(doc), "salt", base64.b64encode(b"abc").decode())),
    "nonce not base64": _json_edit(lambda doc: _set(_user_slot(doc), "nonce", "!!not base64!!")),
    "wrapped key cut short": _json_edit(
        lambda doc: _set(_user_slot(doc), "wrapped", _user_slot(doc)["wrapped"][:40])),
    "failed attempts not a list": _json_edit(lambda doc: _set(_user_slot(doc), "failed", "3")),
    "failed attempt without time": _json_edit(
        lambda doc: _set(_user_slot(doc), "failed", [{"workstation": "balie"}])),
}


def test_missing_key_file(vault, passphrase):
    store, recovery = vault
    paths = VaultPaths(store)
    paths.keys.unlink()
    before = snapshot(store)
    with pytest.raises(KeyFileMissing) as exc:
        unlock(store, "beheer", passphrase)
    assert str(paths.keys) in str(exc.value)
    with pytest.raises(KeyFileMissing):
        unlock_with_recovery(store, recovery, "beheer", NEW_PASSPHRASE)
    with pytest.raises(KeyFileMissing):
        checks.check(store, "beheer", passphrase)
    assert snapshot(store) == before


@pytest.mark.parametrize("damage", KEY_FILE_DAMAGE.values(), ids=KEY_FILE_DAMAGE.keys())
def test_damaged_key_file_is_refused_and_left_alone(vault, passphrase, damage):
    store, recovery = vault
    paths = VaultPaths(store)
    paths.keys.write_bytes(damage(paths.keys.read_bytes()))
    before = snapshot(store)
    with pytest.raises(KeyFileCorrupt) as exc:
        unlock(store, "beheer", passphrase)
    assert str(paths.keys) in str(exc.value)
    with pytest.raises(KeyFileCorrupt):
        unlock_with_recovery(store, recovery, "beheer", NEW_PASSPHRASE)
    with pytest.raises(KeyFileCorrupt):
        checks.check(store, "beheer", passphrase)
    assert snapshot(store) == before


def test_slot_moved_from_another_vault_does_not_open_it(vault, passphrase, isolated_home):
    """Same login, same passphrase, but the slot was made for another vault: its vault id is bound in."""
    store, recovery = vault
    other = create_vault(isolated_home / "other", "Andere praktijk", "beheer", "Ander", passphrase)
    other.session.close()
    foreign = keyfile.read(VaultPaths(isolated_home / "other").keys).slot(user_slot_id("beheer"))
    paths = VaultPaths(store)
    keys = keyfile.read(paths.keys)
    assert foreign is not None
    keyfile.write(paths.keys, keys.with_slot(foreign))
    before = snapshot(store)

    with pytest.raises(WrongCredentials):
        unlock(store, "beheer", passphrase)

    after = snapshot(store)
    assert after.keys() == before.keys()
    assert after["vault.db"] == before["vault.db"]
    counted = keyfile.loads(after["vault.keys"])
    slot = counted.slot(user_slot_id("beheer"))
    assert slot is not None and len(slot.failed) == 1  # only the failed attempt was added
    assert counted.with_slot(replace(slot, failed=())) == keyfile.loads(before["vault.keys"])
    session = unlock_with_recovery(store, recovery, "beheer", passphrase)
    session.close()
    unlock(store, "beheer", passphrase).session.close()


def _random_bytes(paths: VaultPaths) -> None:
    paths.db.write_bytes(random.Random(7).randbytes(12 * 4096))


def _plain_sqlite(paths: VaultPaths) -> None:
    db = sqlite3.connect(paths.db)
    db.execute("CREATE TABLE users (login TEXT)")
    db.execute("INSERT INTO users VALUES ('beheer')")
    db.commit()
    db.close()


@pytest.mark.parametrize("replace_db", [_random_bytes, _plain_sqlite], ids=["random bytes", "plain SQLite"])
def test_a_file_that_is_not_a_vault(vault, passphrase, replace_db):
    store, recovery = vault
    paths = VaultPaths(store)
    for path in paths.database_files():
        path.unlink(missing_ok=True)
    replace_db(paths)
    before = snapshot(store)
    with pytest.raises(NotAVault):
        unlock(store, "beheer", passphrase)
    with pytest.raises(NotAVault):
        unlock_with_recovery(store, recovery, "beheer", NEW_PASSPHRASE)
    with pytest.raises(NotAVault):
        checks.check(store, "beheer", passphrase)
    assert snapshot(store) == before


def _flip_a_byte_in_the_drafts_page(store, passphrase) -> int:
    paths = VaultPaths(store)
    with raw_connection(store, "beheer", passphrase) as conn:
        page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        page = int(conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'drafts'").fetchone()[0])
    assert page > 1
    assert not paths.database_files()[1].exists()  # closed: everything is in the main file
    data = bytearray(paths.db.read_bytes())
    data[(page - 1) * page_size + page_size // 2] ^= 0x10
    paths.db.write_bytes(bytes(data))
    return page


def test_flipped_byte_is_found_by_check_and_by_the_check_after_unlock(vault, passphrase):
    """Unlock keeps only the cheap checks; the page check runs after it in pieces and finds the page,
    as ``check`` (and an unlock asked to verify) does."""
    store, _ = vault
    paths = VaultPaths(store)
    page = _flip_a_byte_in_the_drafts_page(store, passphrase)
    expected = f"SQLCipher cipher_integrity_check: HMAC verification failed for page {page}"

    problems = rendered(checks.check(store, "beheer", passphrase))
    assert expected in problems, problems

    before = snapshot(store)
    with pytest.raises(VaultCorrupt):
        unlock(store, "beheer", passphrase, verify=True)
    assert snapshot(store) == before
    assert not paths.lock.exists()

    session = unlock(store, "beheer", passphrase).session
    try:
        found = checks.start_background(session)
        assert found.pages is not None  # the vault's own settings: checked in pieces, not whole
        pieces, problems = 0, []
        while not found.done:
            problems += rendered(checks.continue_background(session, found, pages=3))
            pieces += 1
        assert problems == [expected]
        assert pieces > 1
        recorded = [r for r in audit_log.all_records(session.conn) if r.object_id == "integrity"]
        assert [(r.outcome, r.detail) for r in recorded] == [(Outcome.FAILURE, expected)]
    finally:
        session.close()


def test_the_check_in_pieces_finds_what_sqlcipher_finds(vault, passphrase):
    """Several damaged pages, and a file cut in the middle of its last page: the same findings as
    ``PRAGMA cipher_integrity_check``, whatever the size of the pieces."""
    store, _ = vault
    paths = VaultPaths(store)
    key = data_key(store, "beheer", passphrase)
    data = bytearray(paths.db.read_bytes())
    pages = len(data) // 4096
    for number in (2, pages // 2, pages - 1):
        data[(number - 1) * 4096 + 100] ^= 0x01
    paths.db.write_bytes(bytes(data) + b"\x00" * 1000)
    conn = connect(paths.db, key)
    try:
        whole = cipher_problems(conn)
        assert len(whole) == 4, whole
        for size in (1, 7, 10_000):
            check = PageCheck.start(conn, paths.db, key)
            assert check is not None
            found = []
            while not check.done:
                found += check.step(size)
            assert found == whole
    finally:
        conn.close()


def test_vault_newer_than_the_program_is_refused_and_unchanged(vault, passphrase):
    store, recovery = vault
    paths = VaultPaths(store)
    with raw_connection(store, "beheer", passphrase) as conn:
        conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    before = snapshot(store)
    with pytest.raises(VaultTooNew) as exc:
        unlock(store, "beheer", passphrase)
    assert exc.value.params == {"found": schema.LATEST + 1, "supported": schema.LATEST}
    with pytest.raises(VaultTooNew):
        unlock_with_recovery(store, recovery, "beheer", NEW_PASSPHRASE)
    assert snapshot(store) == before
    assert not paths.backups.exists()
    assert not paths.lock.exists()
