"""A vault made with SQLCipher 4's default page HMAC (SHA-512, before version 8) is re-encrypted with
SHA-256 when it is opened: the same rows under the same key, and at every moment one whole vault where
the program looks for it, whatever stops the work half-way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wijkzorg_desktop.domain.errors import NotAVault, VaultCorrupt
from wijkzorg_desktop.store import schema
from wijkzorg_desktop.store.connection import LEGACY_PAGE_HMAC, PAGE_HMAC, Connection, connect, page_hmac
from wijkzorg_desktop.store.reencrypt import staging
from wijkzorg_desktop.store.vault import VaultPaths, open_database, prepare_new

NOW = "2026-11-01T09:00:00Z"


def _legacy(paths: VaultPaths, key: bytes, notes: int = 50, version: int = 7) -> dict[str, list[tuple]]:
    """A vault as version 7 made it (SHA-512 page HMAC), with ``notes`` timeline entries; its rows."""
    conn = connect(paths.db, key, page_hmac=LEGACY_PAGE_HMAC)
    try:
        schema.apply(conn, schema.bundled()[:version])
        with conn:
            conn.execute("INSERT INTO users (id, login, full_name, role, created_at) "
                         "VALUES (1, 'poh', 'Sanne Poh', 'poh_ggz', ?)", (NOW,))
            conn.execute("INSERT INTO cases (id, label, opened_on, created_at, updated_at) "
                         "VALUES (1, 'Gezin A', '2026-10-01', ?, ?)", (NOW, NOW))
            conn.executemany("INSERT INTO timeline_entries (case_id, on_date, kind, text, author_login, created_at) "
                             "VALUES (1, '2026-10-03', 'gesprek', ?, 'poh', ?)",
                             [(f"Gesprek {n}: " + "moeder belde terug, het gaat beter. " * 12, NOW)
                              for n in range(notes)])
        return _rows(conn)
    finally:
        conn.close()


def _rows(conn: Connection) -> dict[str, list[tuple]]:
    return {"cases": conn.execute("SELECT * FROM cases ORDER BY id").fetchall(),
            "timeline_entries": conn.execute("SELECT * FROM timeline_entries ORDER BY id").fetchall()}


@pytest.fixture
def paths(store) -> VaultPaths:
    paths = VaultPaths(store)
    prepare_new(paths)
    return paths


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


def test_a_new_vault_has_the_sha256_page_hmac(paths, key):
    conn = connect(paths.db, key)
    try:
        assert page_hmac(conn) == PAGE_HMAC
    finally:
        conn.close()


def test_a_vault_of_version_seven_is_re_encrypted_at_open_with_every_row(paths, key):
    before = _legacy(paths, key)
    conn = open_database(paths, key)
    try:
        assert page_hmac(conn) == PAGE_HMAC
        assert schema.version(conn) == schema.bundled()[-1].version
        assert _rows(conn) == before
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    assert not staging(paths.db).exists()
    with pytest.raises(NotAVault):  # really re-encrypted, not only read another way
        connect(paths.db, key, page_hmac=LEGACY_PAGE_HMAC)
    [kept] = paths.backups.glob("vault-*-voor-herversleuteling.db")  # the old file, kept first
    old = connect(kept, key)
    try:
        assert page_hmac(old) == LEGACY_PAGE_HMAC and _rows(old) == before
    finally:
        old.close()
    again = open_database(paths, key)  # and opens as it is from then on
    try:
        assert _rows(again) == before
    finally:
        again.close()


def test_a_copy_of_the_old_vault_still_opens(paths, key, tmp_path):
    before = _legacy(paths, key)
    old = tmp_path / "oude-kopie.db"
    old.write_bytes(paths.db.read_bytes())
    conn = connect(old, key)
    try:
        assert page_hmac(conn) == LEGACY_PAGE_HMAC
        assert _rows(conn) == before
    finally:
        conn.close()


def test_a_copy_left_half_made_is_removed_and_the_vault_opens(paths, key):
    before = _legacy(paths, key)
    for name in (staging(paths.db).name, staging(paths.db).name + "-journal"):
        (paths.root / name).write_bytes(os.urandom(3000))
    conn = open_database(paths, key)
    try:
        assert _rows(conn) == before
        assert page_hmac(conn) == PAGE_HMAC
    finally:
        conn.close()
    assert sorted(p.name for p in paths.root.iterdir() if "rekey" in p.name) == []


def _flip_a_byte_in_the_last_page(paths: VaultPaths) -> bytes:
    size = paths.db.stat().st_size
    with open(paths.db, "r+b") as handle:  # a flipped byte inside the last page of entries
        handle.seek(size - 4096 + 1000)
        byte = handle.read(1)
        handle.seek(size - 4096 + 1000)
        handle.write(bytes([byte[0] ^ 0x40]))
    return paths.db.read_bytes()


def test_a_damaged_old_vault_stays_in_use_unchanged_when_it_cannot_be_copied(paths, key):
    """The export reads every page: a page whose HMAC fails stops it, and the vault is used as it is
    (the page check after unlock reports the damage); nothing is replaced or lost."""
    _legacy(paths, key, notes=400, version=schema.bundled()[-1].version)
    damaged = _flip_a_byte_in_the_last_page(paths)
    conn = open_database(paths, key)
    try:
        assert page_hmac(conn) == LEGACY_PAGE_HMAC
        assert conn.execute("SELECT label FROM cases").fetchall() == [("Gezin A",)]
    finally:
        conn.close()
    assert paths.db.read_bytes() == damaged
    assert not staging(paths.db).exists()


def test_a_damaged_old_vault_with_a_migration_to_make_is_refused_unchanged(paths, key):
    _legacy(paths, key, notes=400)
    damaged = _flip_a_byte_in_the_last_page(paths)
    with pytest.raises(VaultCorrupt):
        open_database(paths, key)
    assert paths.db.read_bytes() == damaged
    assert not staging(paths.db).exists()


_OPEN = """
import sys
from pathlib import Path
from wijkzorg_desktop.store.vault import VaultPaths, open_database
conn = open_database(VaultPaths(Path(sys.argv[1])), bytes.fromhex(sys.argv[2]))
conn.close()
print("klaar", flush=True)
"""


def test_a_power_cut_at_any_moment_of_the_re_encryption_loses_nothing(paths, key, tmp_path):
    """The process is killed (SIGKILL, as a power cut stops it) at moments spread over a re-encryption;
    each time the next open finds every row."""
    before = _legacy(paths, key, notes=6000)
    original = tmp_path / "origineel.db"
    original.write_bytes(paths.db.read_bytes())
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _OPEN, str(paths.root), key.hex()], env=env, check=True,
                   capture_output=True, timeout=120)
    whole = time.perf_counter() - start
    killed_during = 0
    for step in range(8):
        paths.db.write_bytes(original.read_bytes())
        for side in paths.root.iterdir():
            if side.name.startswith(paths.db.name + "-"):
                side.unlink()
        child = subprocess.Popen([sys.executable, "-c", _OPEN, str(paths.root), key.hex()], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        time.sleep(whole * (0.3 + 0.6 * step / 7))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=60)
        killed_during += b"klaar" not in out
        conn = open_database(paths, key)
        try:
            assert _rows(conn) == before, step
            assert page_hmac(conn) == PAGE_HMAC
        finally:
            conn.close()
        assert not staging(paths.db).exists()
    assert killed_during >= 3  # the kills did land inside the work, not only after it
