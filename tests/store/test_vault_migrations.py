"""Schema migrations: numbered, one transaction each, a backup first, stop at the last good version."""

from __future__ import annotations

import os

import pytest
from store_helpers import snapshot

from wijkzorg_desktop.domain.errors import MigrationFailed, NotAVault, VaultTooNew
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import schema
from wijkzorg_desktop.store.connection import Connection, DatabaseError, connect
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


def _schema_five_with_data(paths: VaultPaths, key: bytearray) -> None:
    """A vault as version 5 left it: a person with channels, a case whose parties are referred to by a
    promise, a plan item, a timeline entry and a follow-up."""
    conn = create_database(paths, key, migrations=schema.bundled()[:5])
    try:
        now = "2026-11-01T09:00:00+00:00"
        conn.executescript(f"""
            BEGIN;
            INSERT INTO users (id, login, full_name, role, created_at)
                VALUES (1, 'poh', 'Sanne Poh', 'poh_ggz', '{now}');
            INSERT INTO organisations (id, name, kind, created_at, updated_at)
                VALUES (1, 'Wijkteam Noord', 'wijkteam', '{now}', '{now}');
            INSERT INTO people (id, name, organisation_id, departed, created_at, updated_at)
                VALUES (1, 'Els de Boer', 1, 0, '{now}', '{now}'), (2, 'Piet Oud', 1, 1, '{now}', '{now}');
            INSERT INTO person_channels (person_id, position, kind, value, preferred)
                VALUES (1, 0, 'telefoon', '020 123 4567', 1), (1, 1, 'beveiligde_email', 'els@zorgmail.nl', 0);
            INSERT INTO cases (id, label, opened_on, created_at, updated_at)
                VALUES (1, 'Gezin A', '2026-10-01', '{now}', '{now}');
            INSERT INTO case_parties (id, case_id, role, person_id, organisation_id, notes)
                VALUES (7, 1, 'gezinsregisseur', 1, 1, 'belt op dinsdag'), (9, 1, 'wijkteam', NULL, 1, '');
            INSERT INTO promises (id, case_id, party_id, text, made_on) VALUES (1, 1, 7, 'belt terug', '2026-10-02');
            INSERT INTO plan_items (id, case_id, text, party_id) VALUES (1, 1, 'huisbezoek', 9);
            INSERT INTO timeline_entries (id, case_id, on_date, kind, text, author_login, party_id, created_at)
                VALUES (1, 1, '2026-10-03', 'contact', 'gebeld', 'poh', 7, '{now}');
            INSERT INTO followups (id, what, kind, owner_login, case_id, party_id, created_by, created_at, updated_at)
                VALUES (1, 'nabellen', 'terugbellen', 'poh', 1, 9, 'poh', '{now}', '{now}');
            COMMIT;
        """)
    finally:
        conn.close()


def test_version_six_keeps_the_data_and_every_reference_to_a_party(paths, key):
    _schema_five_with_data(paths, key)
    conn = open_database(paths, key)
    try:
        assert schema.version(conn) == schema.LATEST
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT person_id, position, kind, value, preferred FROM person_channels "
                            "ORDER BY position").fetchall() == [
            (1, 0, "telefoon", "020 123 4567", 1), (1, 1, "beveiligde_email", "els@zorgmail.nl", 0)]
        assert conn.execute("SELECT id, role, person_id, organisation_id, user_login, notes FROM case_parties "
                            "ORDER BY id").fetchall() == [
            (7, "gezinsregisseur", 1, 1, None, "belt op dinsdag"), (9, "wijkteam", None, 1, None, "")]
        assert conn.execute("SELECT party_id FROM promises").fetchall() == [(7,)]
        assert conn.execute("SELECT party_id FROM plan_items").fetchall() == [(9,)]
        assert conn.execute("SELECT party_id FROM timeline_entries").fetchall() == [(7,)]
        assert conn.execute("SELECT party_id FROM followups").fetchall() == [(9,)]
        assert conn.execute("SELECT id, departed, departed_on, successor_id FROM people ORDER BY id").fetchall() == [
            (1, 0, None, None), (2, 1, None, None)]
        indexes = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index' "
                                                   "AND tbl_name = 'case_parties'")}
        assert {"case_parties_case", "case_parties_person", "case_parties_organisation",
                "case_parties_user"} <= indexes
        assert "party_references" not in {str(r[0]) for r in conn.execute("SELECT name FROM temp.sqlite_schema")}

        # the rebuilt table is the one the others refer to: a party in use still cannot go
        with pytest.raises(DatabaseError):
            conn.execute("DELETE FROM case_parties WHERE id = 7")
        conn.execute("INSERT INTO person_channels (person_id, position, kind, value) "
                     "VALUES (1, 2, 'email', 'els@example.nl')")
        conn.execute("INSERT INTO case_parties (case_id, role, user_login) VALUES (1, 'poh_ggz', 'poh')")
        conn.execute("UPDATE people SET departed = 1, departed_on = '2026-11-30', successor_id = 1 WHERE id = 2")
        for bad in ("INSERT INTO case_parties (case_id, role) VALUES (1, 'niemand')",
                    "INSERT INTO case_parties (case_id, role, person_id, user_login) VALUES (1, 'x', 1, 'poh')",
                    "INSERT INTO case_parties (case_id, role, user_login) VALUES (1, 'x', 'onbekend')",
                    "INSERT INTO person_channels (person_id, position, kind, value) VALUES (1, 3, 'fax', '1')"):
            with pytest.raises(DatabaseError):
                conn.execute(bad)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
