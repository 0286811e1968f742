"""Schema migrations: numbered, one transaction each, a backup first, stop at the last good version."""

from __future__ import annotations

import os

import pytest
from store_helpers import snapshot

from wijkzorg_desktop.domain.errors import MigrationFailed, NotAVault, VaultTooNew
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import schema
from wijkzorg_desktop.store.connection import Connection, connect
from wijkzorg_desktop.store.schema import Migration
from wijkzorg_desktop.store.vault import VaultPaths, create_database, open_database, prepare_new

ONE = Migration(1, "one", "CREATE TABLE one (x INTEGER NOT NULL) STRICT;\nINSERT INTO one VALUES (1);")
TWO = Migration(2, "two", "CREATE TABLE two (y TEXT NOT NULL) STRICT;\nINSERT INTO two VALUES ('b');\n"
                          "-- a comment on the last line")
THREE = Migration(3, "three", "CREATE TABLE three (z INTEGER) STRICT;\nALTER TABLE one ADD COLUMN w TEXT;\n"
                              "UPDATE one SET w = 'drie';")
BROKEN_THREE = Migration(3, "three", "CREATE TABLE three (z INTEGER) STRICT;\nINSERT INTO one VALUES (3);\n"
                                     "INSERT INTO nowhere VALUES (1);")
MIGRATIONS = [ONE, TWO, THREE]


@pytest.fixture
def paths(store) -> VaultPaths:
    paths = VaultPaths(store)
    prepare_new(paths)
    return paths


@pytest.fixture
def key() -> bytearray:
    return bytearray(os.urandom(32))


def tables(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}


def test_bundled_migrations_are_numbered_without_gaps():
    found = schema.bundled()
    assert [m.version for m in found] == list(range(1, schema.LATEST + 1))
    assert all(m.sql.strip() for m in found)


def test_fresh_vault_reaches_the_latest_schema(vault, passphrase):
    store, _ = vault
    session = unlock(store, "beheer", passphrase).session
    try:
        assert schema.version(session.conn) == schema.LATEST
        assert {"settings", "users", "drafts", "audit_log"} <= tables(session.conn)
    finally:
        session.close()
    assert not VaultPaths(store).backups.exists()  # nothing to migrate, so no backup


def test_step_by_step_with_a_backup_from_before(paths, key):
    create_database(paths, key, migrations=MIGRATIONS[:1]).close()

    conn = open_database(paths, key, migrations=MIGRATIONS)
    try:
        assert schema.version(conn) == 3
        assert {"one", "two", "three"} <= tables(conn)
        assert conn.execute("SELECT x, w FROM one").fetchall() == [(1, "drie")]
    finally:
        conn.close()

    backups = sorted(paths.backups.iterdir())
    assert len(backups) == 1
    assert "voor-schema-0002" in backups[0].name
    old = connect(backups[0], key)
    try:
        assert schema.version(old) == 1
        assert tables(old) == {"one"}
    finally:
        old.close()
    with pytest.raises(NotAVault):
        connect(backups[0], os.urandom(32))  # the backup is as encrypted as the vault

    open_database(paths, key, migrations=MIGRATIONS).close()
    assert sorted(paths.backups.iterdir()) == backups  # up to date: no new backup


def test_failing_migration_stops_at_the_last_good_version(paths, key):
    create_database(paths, key, migrations=MIGRATIONS[:1]).close()

    with pytest.raises(MigrationFailed) as exc:
        open_database(paths, key, migrations=[ONE, TWO, BROKEN_THREE])
    assert exc.value.params["version"] == 3
    assert exc.value.params["current"] == 2
    assert "nowhere" in str(exc.value.params["reason"])
    backups = sorted(paths.backups.iterdir())
    assert exc.value.params["backup"] == str(backups[0])

    conn = connect(paths.db, key)
    try:
        assert schema.version(conn) == 2
        assert "three" not in tables(conn)
        assert conn.execute("SELECT x FROM one").fetchall() == [(1,)]  # nothing half-applied
        assert conn.execute("SELECT y FROM two").fetchall() == [("b",)]
        assert not conn.in_transaction
    finally:
        conn.close()

    conn = open_database(paths, key, migrations=MIGRATIONS)  # the fixed release goes on from 2
    try:
        assert schema.version(conn) == 3
    finally:
        conn.close()


def test_failing_first_migration_leaves_an_empty_database(paths, key):
    broken = Migration(1, "one", "CREATE TABLE one (x INTEGER);\nTHIS IS NOT SQL;")
    with pytest.raises(MigrationFailed) as exc:
        create_database(paths, key, migrations=[broken])
    assert exc.value.params["current"] == 0
    conn = connect(paths.db, key)
    try:
        assert schema.version(conn) == 0
        assert tables(conn) == set()
    finally:
        conn.close()


def test_database_newer_than_the_program_is_refused_and_unchanged(paths, key):
    create_database(paths, key, migrations=MIGRATIONS).close()
    before = snapshot(paths.root)
    with pytest.raises(VaultTooNew) as exc:
        open_database(paths, key, migrations=MIGRATIONS[:1])
    assert exc.value.params == {"found": 3, "supported": 1}
    assert snapshot(paths.root) == before
    assert not paths.backups.exists()
