"""The sociale kaart is read once for the pages that show it, until something is written or the day turns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wijkzorg_desktop.domain.contacts import Person
from wijkzorg_desktop.services import cases, contacts
from wijkzorg_desktop.services.session import Session
from wijkzorg_desktop.services.vaults import unlock


@pytest.fixture
def session(vault, passphrase):
    store, _ = vault
    opened = unlock(store, "beheer", passphrase).session
    yield opened
    opened.close()


def _statements(session: Session, action) -> list[str]:
    seen: list[str] = []
    session.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        session.conn.set_trace_callback(None)
    return seen


def _reads_people(statements: list[str]) -> bool:
    return any("FROM people" in s for s in statements)


def _map_reads(session: Session) -> int:
    return int(session.conn.execute(
        "SELECT count(*) FROM audit_log WHERE object_type = 'contact_map' AND action = 'read'").fetchone()[0])


def test_a_second_read_shares_the_first_and_is_audited_again(session: Session) -> None:
    before = _map_reads(session)
    first = contacts.load_map(session)
    statements = _statements(session, lambda: contacts.load_map(session))
    assert contacts.load_map(session) is first
    assert not _reads_people(statements)
    assert _map_reads(session) == before + 3


def test_any_write_makes_the_next_read_come_from_the_vault(session: Session) -> None:
    first = contacts.load_map(session)
    saved = contacts.save_person(session, Person("Anouk de Wit"))
    statements: list[str] = []
    second = None

    def load() -> None:
        nonlocal second
        second = contacts.load_map(session)

    statements = _statements(session, load)
    assert _reads_people(statements)
    assert second is not first
    assert saved.id in {p.id for p in second.people}
    # a write elsewhere (a case) also ends the sharing: the map is never older than the last write
    cases.create_case(session, "K")
    assert contacts.load_map(session) is not second


def test_the_next_day_reads_again(session: Session) -> None:
    first = contacts.load_map(session)
    moment = datetime.now(UTC) + timedelta(days=1)
    session.clock = lambda: moment
    later = contacts.load_map(session)
    assert later is not first
    assert later.today == first.today + timedelta(days=1)


def test_a_write_through_another_connection_is_seen(vault, passphrase, session: Session) -> None:
    first = contacts.load_map(session)
    store, _ = vault
    other = unlock(store, "beheer", passphrase).session
    try:
        contacts.save_person(other, Person("Sem Bakker"))
    finally:
        other.close()
    later = contacts.load_map(session)
    assert later is not first
    assert "Sem Bakker" in {p.name for p in later.people}
