"""Sociale kaart use cases on a real vault: validation, audit, verification, departure, deletion."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest

from wijkzorg_desktop.documents import certificates
from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.domain.availability import Availability, AvailabilityKind, Reachability
from wijkzorg_desktop.domain.contact_index import ContactFilter, RowKind, select
from wijkzorg_desktop.domain.contacts import (
    CHANNEL_LABELS,
    Channel,
    ChannelKind,
    Organisation,
    OrganisationKind,
    Person,
    needs_check,
)
from wijkzorg_desktop.domain.errors import (
    DepartureInFuture,
    FormInvalid,
    NotFound,
    OrganisationHasPeople,
    PersonLinked,
    SuccessorIsSelf,
)
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import contacts, export
from wijkzorg_desktop.services.contact_rules import display_phone, phone_to_e164
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import audit_log

ROOT = Path(__file__).resolve().parents[2]
NL = translator("nl")


@pytest.fixture
def session(vault, passphrase):
    store, _ = vault
    opened = unlock(store, "beheer", passphrase).session
    yield opened
    opened.close()


def audit(session, object_type):
    return [(r.action, r.object_id, r.detail) for r in audit_log.query(session.conn, AuditFilter())
            if r.object_type == object_type][::-1]


def test_phone_numbers_are_kept_in_e164_and_shown_the_dutch_way():
    assert phone_to_e164("030-1234567") == "+31301234567"
    assert phone_to_e164("0031 30 123 45 67") == "+31301234567"
    assert phone_to_e164("0800-2000") == "+318002000"
    assert phone_to_e164("06 1234 5678") == "+31612345678"
    assert phone_to_e164("030-12") is None
    assert phone_to_e164("bel mij") is None
    assert display_phone("+31301234567") == "030 123 4567"
    assert display_phone("+318002000") == "0800 2000"
    assert display_phone("+3226001111") == "+32 2 600 11 11"


def test_an_invalid_phone_and_email_are_refused_naming_each_field(session):
    org = contacts.save_organisation(session, Organisation("Sociaal Wijkteam Houten", phone="030-6352100"))
    person = Person("Anna Saënen", org.id, "gezinsregisseur",
                    (Channel(ChannelKind.PHONE, "030-12"), Channel(ChannelKind.SECURE_EMAIL, "anna@"),
                     Channel(ChannelKind.SIILO, "Anna S")))
    with pytest.raises(FormInvalid) as caught:
        contacts.save_person(session, person)
    assert set(caught.value.errors) == {"channels.0", "channels.1"}
    assert caught.value.errors["channels.0"].render(NL) == '"030-12" is geen geldig telefoonnummer'
    assert caught.value.text(NL) == "Niet opgeslagen: verbeter de gemarkeerde velden (kanalen)."
    assert contacts.load_map(session).people == []

    fixed = replace(person, channels=(Channel(ChannelKind.PHONE, "030-6352101"),
                                      Channel(ChannelKind.SECURE_EMAIL, " anna@wijkteam.demo.nl "),
                                      Channel(ChannelKind.SIILO, "Anna S", preferred=True)))
    saved = contacts.save_person(session, fixed)
    assert [c.value for c in saved.channels] == ["+31306352101", "anna@wijkteam.demo.nl", "Anna S"]
    assert saved.preferred_channel.kind == ChannelKind.SIILO


def test_an_organisation_form_checks_numbers_email_and_website(session):
    bad = Organisation("VT", OrganisationKind.SAFE_AT_HOME, crisis_phone="12", secure_email="x",
                       website="nee")
    with pytest.raises(FormInvalid) as caught:
        contacts.save_organisation(session, bad)
    assert set(caught.value.errors) == {"crisis_phone", "secure_email", "website"}
    with pytest.raises(FormInvalid) as caught:
        contacts.save_organisation(session, Organisation("  "))
    assert set(caught.value.errors) == {"name"}


def test_every_change_and_every_opened_card_is_audited(session):
    org = contacts.save_organisation(session, Organisation("CJG Houten", OrganisationKind.YOUTH_HEALTH_CENTRE,
                                                           ("Houten",)))
    person = contacts.save_person(session, Person("Bram de Vries", org.id, "jeugdverpleegkundige"))
    details = contacts.person_details(session, person.id)
    assert details.organisation.name == "CJG Houten" and details.needs_check
    contacts.save_person(session, replace(person, function="jeugdarts"))
    contacts.mark_verified(session, [person.id])
    contacts.set_departed(session, person.id)
    contacts.delete_person(session, person.id)
    pid = str(person.id)
    assert audit(session, "person") == [
        ("create", pid, ""), ("read", pid, ""), ("update", pid, ""), ("update", pid, "verified"),
        ("update", pid, f"departed {contacts.today(session).isoformat()}"), ("delete", pid, "")]
    contacts.organisation_details(session, org.id)
    contacts.delete_organisation(session, org.id)
    assert [a for a, _, _ in audit(session, "organisation")] == ["create", "read", "delete"]
    with pytest.raises(NotFound):
        contacts.person_details(session, person.id)


def test_verified_today_clears_the_check_mark(session):
    old = date.today() - timedelta(days=400)
    person = contacts.save_person(session, Person("Chantal Çelik", verified_on=old))
    assert needs_check(person.verified_on, contacts.today(session))
    day = contacts.mark_verified(session, [person.id])
    row = next(r for r in contacts.load_map(session).rows() if r.id == person.id)
    assert day == contacts.today(session) and not row.needs_check
    assert needs_check(date(2025, 11, 23), date(2026, 11, 23))
    assert not needs_check(date(2025, 11, 24), date(2026, 11, 23))
    assert needs_check(None, date(2026, 11, 23))


def test_a_person_named_in_a_case_cannot_be_deleted_only_marked_departed(session):
    person = contacts.save_person(session, Person("Daan Visser", function="wijkagent"))
    conn = session.conn
    case_id = conn.execute("INSERT INTO cases (label, opened_on, created_at, updated_at) "
                           "VALUES ('Gezin V-2026-001', '2026-11-23', 'x', 'x')").lastrowid
    conn.execute("INSERT INTO case_parties (case_id, role, person_id) VALUES (?, 'wijkagent', ?)",
                 (case_id, person.id))
    with pytest.raises(PersonLinked) as caught:
        contacts.delete_person(session, person.id)
    assert "Daan Visser" in caught.value.text(NL) and "vertrokken" in caught.value.text(NL)
    assert contacts.person_details(session, person.id).person.name == "Daan Visser"
    assert ("delete", str(person.id), "") not in audit(session, "person")
    departed = contacts.set_departed(session, person.id)
    assert departed.departed
    rows = contacts.load_map(session).rows()
    assert select(rows, ContactFilter(), datetime.now(UTC)) == []
    shown = select(rows, ContactFilter(show_departed=True), datetime.now(UTC))
    assert [r.name for r in shown] == ["Daan Visser"]


def test_departure_keeps_its_day_and_successor_and_can_be_undone(session):
    leaving = contacts.save_person(session, Person("Ilse Jansen", function="gezinsregisseur"))
    taking_over = contacts.save_person(session, Person("Ruud Smit", function="gezinsregisseur"))
    earlier = contacts.today(session) - timedelta(days=20)
    gone = contacts.set_departed(session, leaving.id, on=earlier, successor_id=taking_over.id)
    assert (gone.departed, gone.departed_on, gone.successor_id) == (True, earlier, taking_over.id)
    # changing the card keeps the departure: only "vertrokken" and its undo change it
    changed = contacts.save_person(session, replace(gone, function="jeugdarts", departed=False, departed_on=None))
    assert (changed.departed, changed.departed_on, changed.successor_id) == (True, earlier, taking_over.id)
    back = contacts.set_departed(session, leaving.id, departed=False)
    assert (back.departed, back.departed_on, back.successor_id) == (False, None, None)
    assert audit(session, "person")[-3:] == [
        ("update", str(leaving.id), f"departed {earlier.isoformat()}, successor {taking_over.id}"),
        ("update", str(leaving.id), ""), ("update", str(leaving.id), "returned")]
    with pytest.raises(DepartureInFuture) as caught:
        contacts.set_departed(session, leaving.id, on=contacts.today(session) + timedelta(days=1))
    assert "toekomst" in caught.value.text(NL)
    with pytest.raises(SuccessorIsSelf):
        contacts.set_departed(session, leaving.id, successor_id=leaving.id)
    assert not contacts.person_details(session, leaving.id).person.departed


def test_an_organisation_with_people_cannot_be_deleted(session):
    org = contacts.save_organisation(session, Organisation("Politie Houten", OrganisationKind.POLICE))
    contacts.save_person(session, Person("Eva Smit", org.id, "wijkagent"))
    with pytest.raises(OrganisationHasPeople) as caught:
        contacts.delete_organisation(session, org.id)
    assert "1" in caught.value.text(NL)


def test_certificates_are_read_from_pem_or_der_and_described(session, tmp_path):
    der = certificates.self_signed("Veilig Thuis Utrecht", "Veilig Thuis Utrecht", "advies@vtu.demo.nl")
    pem = certificates.to_pem(der)
    org = contacts.save_organisation(session, Organisation("Veilig Thuis Utrecht", certificate=pem))
    assert org.certificate == der
    info = contacts.organisation_details(session, org.id).certificate
    assert "CN=Veilig Thuis Utrecht" in info.subject and info.subject == info.issuer
    assert len(info.sha256.split(":")) == 32 and info.not_before < info.not_after
    with pytest.raises(FormInvalid) as caught:
        contacts.save_person(session, Person("Fleur Meijer", certificate=b"not a certificate"))
    assert caught.value.errors["certificate"].render(NL) == "dit is geen X.509-certificaat (PEM of DER)"


def test_every_role_may_keep_the_map_up_to_date(demo_store, passphrase):
    session = unlock(demo_store, "assistent", passphrase).session
    try:
        saved = contacts.save_person(session, Person("Gijs Bos", function="IB'er"))
        assert contacts.person_details(session, saved.id).person.function == "IB'er"
    finally:
        session.close()


def test_the_demo_map_is_realistic(demo_store, passphrase):
    session = unlock(demo_store, "beheer", passphrase).session
    try:
        found = contacts.load_map(session)
        document = export.build(session)
    finally:
        session.close()
    assert len(found.people) >= 60 and len(found.organisations) >= 15
    assert {o.kind for o in found.organisations} == set(OrganisationKind) - {OrganisationKind.OTHER}
    safe_at_home = [o for o in found.organisations if o.kind == OrganisationKind.SAFE_AT_HOME]
    assert {"Houten", "Culemborg"} <= {m for o in safe_at_home for m in o.municipalities}
    assert not set(safe_at_home[0].municipalities) & set(safe_at_home[1].municipalities)
    kinds = {p.availability.kind for p in found.people} | {o.opening_hours.kind for o in found.organisations}
    assert kinds == set(AvailabilityKind)
    assert any(p.availability.windows and any(w.start >= 17 * 60 for w in p.availability.windows)
               for p in found.people)
    rows = found.rows()
    assert 5 <= sum(r.needs_check for r in rows) < len(found.people)
    assert sum(p.certificate is not None for p in found.people) >= 3
    sunday_night = datetime(2026, 11, 29, 23, 0, tzinfo=UTC)
    reachable = select(rows, ContactFilter(reachable_now=True), sunday_night)
    assert reachable and all(r.availability.at(sunday_night) == Reachability.REACHABLE for r in reachable)
    assert any(r.kind == RowKind.ORGANISATION and r.availability == Availability.always() for r in reachable)
    schema = json.loads((ROOT / "resources" / "schemas" / "export.schema.json").read_text("utf-8"))
    jsonschema.validate(json.loads(json.dumps(document)), schema)
    assert len(document["contact_map"]["people"]) == len(found.people)


def test_a_plain_email_address_is_its_own_kind_beside_secure_email(session):
    person = contacts.save_person(session, Person("Iris Bakker", channels=(
        Channel(ChannelKind.EMAIL, " iris.bakker@example.nl "),
        Channel(ChannelKind.SECURE_EMAIL, "i.bakker@zorgmail.nl"))))
    assert [(c.kind, c.value) for c in contacts.person_details(session, person.id).person.channels] == [
        (ChannelKind.EMAIL, "iris.bakker@example.nl"), (ChannelKind.SECURE_EMAIL, "i.bakker@zorgmail.nl")]
    with pytest.raises(FormInvalid) as caught:
        contacts.save_person(session, Person("Iris Bakker", channels=(Channel(ChannelKind.EMAIL, "iris@"),)))
    assert set(caught.value.errors) == {"channels.0"}
    assert [NL("contacts", CHANNEL_LABELS[k]) for k in (ChannelKind.EMAIL, ChannelKind.SECURE_EMAIL)] == [
        "E-mail", "Beveiligde e-mail"]
