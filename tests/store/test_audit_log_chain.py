"""The audit log: chained records an edit or a gap gives away, append-only guards, atomic with the change."""

from __future__ import annotations

import pytest
from store_helpers import NEW_PASSPHRASE, raw_connection, rendered

from wijkzorg_desktop.domain.audit import AuditAction, AuditEntry, AuditFilter
from wijkzorg_desktop.domain.practice import PracticeSettings
from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.services import accounts, audit, audit_chain, checks, drafts, practice
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import audit_log, settings
from wijkzorg_desktop.store.connection import Connection, DatabaseError

GUARDS = ("audit_log_no_update", "audit_log_no_delete")


def a_day_of_work(store, passphrase) -> None:
    session = unlock(store, "beheer", passphrase).session
    try:
        accounts.add_user(session, "invaller", "Sanne Invaller", Role.GP, NEW_PASSPHRASE, NEW_PASSPHRASE)
        accounts.update_user(session, "invaller", "Sanne de Invaller", Role.MH_NURSE)
        accounts.set_passphrase(session, "poh", NEW_PASSPHRASE, NEW_PASSPHRASE)
        accounts.deactivate_user(session, "invaller")
        accounts.reactivate_user(session, "invaller", NEW_PASSPHRASE, NEW_PASSPHRASE)
        practice.update(session, PracticeSettings("Huisartsenpraktijk Noord", 10))
        drafts.replace(session, {"contact.new": {"name": "Ans"}})
        assert drafts.peek(session) == {"contact.new": {"name": "Ans"}}
        drafts.replace(session, {})
        assert drafts.peek(session) == {}
        audit.search(session, AuditFilter(action="login"))
    finally:
        session.close()
    unlock(store, "huisarts", passphrase).session.close()


def record_count(store, passphrase) -> int:
    with raw_connection(store, "beheer", passphrase) as conn:
        return len(audit_log.all_records(conn))


def test_chain_verifies_after_a_day_of_work(demo_store, passphrase):
    a_day_of_work(demo_store, passphrase)
    session = unlock(demo_store, "beheer", passphrase).session
    try:
        assert audit_chain.verify(session) == []
        last = audit_log.all_records(session.conn)[-1]
        assert (last.action, last.object_type, last.outcome) == ("read", "audit_log", "success")
    finally:
        session.close()
    assert checks.check(demo_store, "beheer", passphrase) == []
    assert checks.check(demo_store, "huisarts", passphrase) == []


def _edit_record(conn: Connection, record_id: int, keep_guards: bool) -> None:
    """What someone with the key and a SQLite shell could do: drop the guards, edit, put them back."""
    sql = dict(conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'").fetchall())
    for name in GUARDS:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE audit_log SET detail = 'niets bijzonders' WHERE id = ?", (record_id,))
    if keep_guards:
        for name in GUARDS:
            conn.execute(sql[name])


def test_edited_record_is_named_by_check(demo_store, passphrase):
    a_day_of_work(demo_store, passphrase)
    target = record_count(demo_store, passphrase) // 2
    with raw_connection(demo_store, "beheer", passphrase) as conn:
        _edit_record(conn, target, keep_guards=True)

    problems = rendered(checks.check(demo_store, "beheer", passphrase))
    assert problems == [f"Audit chain, record {target}: its content does not match its hash"]
    session = unlock(demo_store, "beheer", passphrase).session
    try:
        assert rendered(audit_chain.verify(session)) == problems
        assert audit_log.all_records(session.conn)[-1].outcome == "failure"
    finally:
        session.close()


def test_dropped_guards_are_named_by_check(demo_store, passphrase):
    target = record_count(demo_store, passphrase) // 2
    with raw_connection(demo_store, "beheer", passphrase) as conn:
        _edit_record(conn, target, keep_guards=False)
    problems = rendered(checks.check(demo_store, "beheer", passphrase))
    assert problems == [
        "Audit chain, record 0: the guard audit_log_no_update is missing",
        "Audit chain, record 0: the guard audit_log_no_delete is missing",
        f"Audit chain, record {target}: its content does not match its hash",
    ]


def test_deleted_record_is_named_by_the_next_one(demo_store, passphrase):
    a_day_of_work(demo_store, passphrase)
    target = record_count(demo_store, passphrase) // 2
    with raw_connection(demo_store, "beheer", passphrase) as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE id = ?", (target,))
    problems = rendered(checks.check(demo_store, "beheer", passphrase))
    named = [p for p in problems if f"record {target + 1}:" in p]
    assert f"Audit chain, record {target + 1}: records {target} to {target} before it are missing" in named
    assert f"Audit chain, record {target + 1}: its link to the previous record is broken" in named
    assert [p for p in problems if p not in named] == [
        "Audit chain, record 0: the guard audit_log_no_delete is missing"]


def test_guards_refuse_update_and_delete(vault, passphrase):
    store, _ = vault
    session = unlock(store, "beheer", passphrase).session
    try:
        before = audit_log.all_records(session.conn)
        with pytest.raises(DatabaseError, match="append-only"):
            session.conn.execute("UPDATE audit_log SET detail = 'anders' WHERE id = 1")
        with pytest.raises(DatabaseError, match="append-only"):
            session.conn.execute("DELETE FROM audit_log WHERE id = 2")
        with pytest.raises(DatabaseError, match="append-only"):
            session.conn.execute("DELETE FROM audit_log")
        assert audit_log.all_records(session.conn) == before
        assert audit_chain.verify(session) == []
    finally:
        session.close()


def test_change_and_its_record_commit_together_or_not_at_all(vault, passphrase):
    store, _ = vault
    session = unlock(store, "beheer", passphrase).session
    try:
        before = audit_log.all_records(session.conn)
        name = settings.get(session.conn, "practice.name")
        with pytest.raises(RuntimeError, match="stroomstoring"), session.changing() as conn:
            settings.put(conn, "practice.name", "Nooit bewaard")
            session.record(AuditEntry(AuditAction.SETTINGS, "practice", "settings", detail="naam"))
            raise RuntimeError("stroomstoring")
        assert audit_log.all_records(session.conn) == before
        assert settings.get(session.conn, "practice.name") == name
        assert not session.conn.in_transaction

        after = session.record(AuditEntry(AuditAction.READ, "practice", "settings"))
        assert after.id == before[-1].id + 1  # no gap where the rolled-back record was
        assert audit_chain.verify(session) == []
    finally:
        session.close()
