"""Contact map import and export on real vaults: preview, duplicates, all or nothing, round trips."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from wijkzorg_desktop.documents.certificates import self_signed
from wijkzorg_desktop.domain.availability import parse_availability
from wijkzorg_desktop.domain.contact_index import RowKind
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person
from wijkzorg_desktop.domain.errors import ImportFailed, InvalidValue, NotFound, UnreadableContactFile
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import contact_exchange, contacts
from wijkzorg_desktop.services.contact_exchange import Decision, ImportResult
from wijkzorg_desktop.services.vaults import create_vault, unlock
from wijkzorg_desktop.store import audit_log, organisations, people

DATA = Path(__file__).resolve().parents[1] / "data" / "contacts"
NL = translator("nl")


@pytest.fixture
def session(vault, passphrase):
    store, _ = vault
    opened = unlock(store, "beheer", passphrase).session
    yield opened
    opened.close()


def fresh_session(folder: Path, passphrase: str):
    return create_vault(folder, "Huisartsenpraktijk De Brug", "beheer", "Anne de Brug", passphrase).session


def vcf(tmp_path: Path, *bodies: str, name: str = "kaart.vcf") -> Path:
    text = "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{body.strip()}\r\nEND:VCARD\r\n" for body in bodies)
    path = tmp_path / name
    path.write_text(text.replace("\r\n", "\n").replace("\n", "\r\n"), "utf-8")
    return path


def state(session) -> tuple[int, int, int]:
    conn = session.conn
    return (len(people.all_people(conn)), len(organisations.all_organisations(conn)),
            len(audit_log.all_records(conn)))


def records(session, since: int) -> list[tuple[str, str, str, str]]:
    return [(r.action, r.object_type, r.object_id, r.detail)
            for r in audit_log.all_records(session.conn)[since:]]


def person_named(session, name: str) -> Person:
    return next(p for p in people.all_people(session.conn) if p.name == name)


def errors_nl(row) -> list[str]:
    return [e.render(NL) for e in row.errors]


# -- preview ------------------------------------------------------------------------------------------

def test_preview_of_an_outlook_file_checks_every_row_and_writes_nothing(session):
    before = state(session)
    found = contact_exchange.preview(session, DATA / "outlook_21.vcf")
    assert state(session) == before  # nothing written, not even an audit record
    assert (found.source, found.format) == ("outlook_21.vcf", "vcf")
    assert (found.invalid_count, found.duplicate_count) == (0, 0)
    renee, dirk_jan, vt = found.rows
    assert [r.number for r in found.rows] == [1, 2, 3]
    assert [r.kind for r in found.rows] == [RowKind.PERSON, RowKind.PERSON, RowKind.ORGANISATION]
    assert [r.decision for r in found.rows] == [Decision.ADD] * 3
    assert renee.person.channels == (
        Channel(ChannelKind.PHONE, "+31306371234"), Channel(ChannelKind.MOBILE, "+31612345678"),
        Channel(ChannelKind.EMAIL, "renee.saenen@wijkteamhouten.nl", True))
    assert (renee.organisation.name, renee.organisation.id) == ("Wijkteam Houten", None)  # will be made
    assert dirk_jan.person.channels[1] == Channel(ChannelKind.MOBILE, "+31628765432")
    assert (vt.organisation.name, vt.organisation.phone) == ("Veilig Thuis Utrecht", "+318002000")


def test_a_person_is_linked_to_an_existing_organisation_by_its_name(session):
    org = contacts.save_organisation(session, Organisation("Wijkteam  houten"))
    renee, *_ = contact_exchange.preview(session, DATA / "outlook_21.vcf").rows
    assert renee.organisation.id == org.id
    assert renee.person.organisation_id == org.id


def test_duplicates_by_name_and_organisation_phone_email_and_earlier_rows(session, tmp_path):
    houten = contacts.save_organisation(session, Organisation("Wijkteam Houten"))
    renee = contacts.save_person(session, Person("Renée Saënen", houten.id,
                                                 channels=(Channel(ChannelKind.PHONE, "030 637 1234"),)))
    piet = contacts.save_person(session, Person("Piet Pieters", channels=(Channel(ChannelKind.MOBILE,
                                                                                  "06 12345679"),)))
    kees = contacts.save_person(session, Person("Kees Kok", channels=(Channel(ChannelKind.SECURE_EMAIL,
                                                                              "kees@ggz.nl"),)))
    path = vcf(tmp_path,
               "FN:Renee Saenen\nORG:wijkteam houten\nTITLE:jeugdverpleegkundige\nTEL;TYPE=CELL:0612345678",
               "FN:Emre Çelik\r\nTEL;TYPE=CELL:+31 6 1234 5679",
               "FN:K. Kok\r\nEMAIL:KEES@ggz.nl",
               "FN:Nina Nieuw\r\nTEL;TYPE=CELL:06 11223344\r\nEMAIL:nina@wijkteam.nl",
               "FN:N. Nieuw\r\nTEL;TYPE=CELL:06-11223344\r\nX-SIILO:Nina N.")
    found = contact_exchange.preview(session, path)
    a, b, c, d, e = found.rows
    assert (a.duplicate_of, a.duplicate_name, a.decision) == (renee.id, "Renée Saënen", Decision.SKIP)
    assert (b.duplicate_of, b.duplicate_name) == (piet.id, "Piet Pieters")
    assert (c.duplicate_of, c.duplicate_name) == (kees.id, "Kees Kok")
    assert (d.is_duplicate, d.decision) == (False, Decision.ADD)
    assert (e.duplicate_of, e.duplicate_row, e.duplicate_name, e.decision) == (None, 4, "Nina Nieuw",
                                                                               Decision.SKIP)
    assert found.duplicate_count == 4 and found.invalid_count == 0

    since = len(audit_log.all_records(session.conn))
    result = contact_exchange.apply(session, found, {1: Decision.MERGE, 2: Decision.ADD, 5: Decision.MERGE})
    assert result == ImportResult(added=2, merged=2, skipped=1, organisations_added=0)
    merged = person_named(session, "Renée Saënen")
    assert merged.id == renee.id and merged.function == "jeugdverpleegkundige"
    assert merged.channels == (Channel(ChannelKind.PHONE, "+31306371234", True),
                               Channel(ChannelKind.MOBILE, "+31612345678"))
    emre = person_named(session, "Emre Çelik")
    assert emre.channels == (Channel(ChannelKind.MOBILE, "+31612345679", True),)
    nina = person_named(session, "Nina Nieuw")  # row 5 merged into row 4, made in the same import
    assert [c.kind for c in nina.channels] == [ChannelKind.MOBILE, ChannelKind.EMAIL,
                                               ChannelKind.SIILO]
    assert not any(p.name == "N. Nieuw" for p in people.all_people(session.conn))
    emre, nina_id = emre.id, nina.id
    assert sorted(records(session, since)) == sorted([
        ("update", "person", str(renee.id), "import: merged"),
        ("create", "person", str(emre), "import"),
        ("create", "person", str(nina_id), "import"),
        ("update", "person", str(nina_id), "import: merged"),
        ("import", "contact_map", "kaart.vcf", "vcf: 2 added, 2 merged, 1 skipped, 0 organisations made"),
    ])


def test_organisation_rows_merge_into_the_existing_organisation(session, tmp_path):
    existing = contacts.save_organisation(session, Organisation(
        "Veilig Thuis Utrecht", municipalities=("Utrecht",), notes="Advieslijn eerst"))
    found = contact_exchange.preview(session, DATA / "nextcloud_40.vcf")
    sanne, vt = found.rows
    assert (vt.kind, vt.duplicate_of, vt.decision) == (RowKind.ORGANISATION, existing.id, Decision.SKIP)
    assert sanne.organisation.id == existing.id
    assert "certificaat" in " ".join(errors_nl(sanne))  # @CERTIFICATE@ is not a certificate
    result = contact_exchange.apply(session, found, {vt.number: Decision.MERGE})
    assert result == ImportResult(added=0, merged=1, skipped=1, organisations_added=0)
    org = organisations.get(session.conn, existing.id)
    assert (org.kind, org.municipalities, org.phone, org.crisis_phone, org.notes,
            org.opening_hours.text()) == (
        OrganisationKind.SAFE_AT_HOME, ("Utrecht", "Houten", "Nieuwegein"), "+31302000000", "+318002000",
        "Advieslijn eerst", "24/7")


def test_a_vcard_key_becomes_the_persons_certificate(session, tmp_path):
    der = self_signed("Sanne van der Linden", "Veilig Thuis Utrecht", "s.vanderlinden@vtu.nl")
    text = (DATA / "nextcloud_40.vcf").read_text("utf-8")
    text = text.replace("@CERTIFICATE@", base64.b64encode(der).decode())
    path = tmp_path / "sanne.vcf"
    path.write_bytes(text.encode())
    found = contact_exchange.preview(session, path)
    assert found.invalid_count == 0
    result = contact_exchange.apply(session, found)
    assert result == ImportResult(added=2, merged=0, skipped=0, organisations_added=1)
    sanne = person_named(session, "Sanne van der Linden")
    details = contacts.person_details(session, sanne.id)
    assert sanne.certificate == der
    assert "CN=Sanne van der Linden" in details.certificate.subject
    assert details.organisation.name == "Veilig Thuis Utrecht"  # the organisation card, not a second one
    assert sanne.verified_on == date(2024, 2, 29)
    assert sanne.availability.text() == "ma-do 08:30-17:00; vr 08:30-12:00"


def test_a_key_that_is_no_certificate_is_an_error_of_that_row(session, tmp_path):
    junk = base64.b64encode(b"not a certificate at all").decode()
    path = vcf(tmp_path, f"FN:Jan Janssen\r\nKEY;ENCODING=b;TYPE=X509:{junk}", "FN:Els Elzen")
    jan, els = contact_exchange.preview(session, path).rows
    assert errors_nl(jan) == ["dit is geen X.509-certificaat (PEM of DER)"]
    assert not jan.valid and jan.decision == Decision.SKIP and els.valid


# -- broken files -------------------------------------------------------------------------------------

def test_malformed_file_rows_with_errors_are_never_written(session):
    before = state(session)
    found = contact_exchange.preview(session, DATA / "malformed.vcf")
    assert [r.valid for r in found.rows] == [True, False, False, False, True]
    assert found.invalid_count == 3
    # A number that cannot be read is kept as written, with a warning; it does not reject the person.
    assert errors_nl(found.rows[4]) == [] and found.rows[4].person.channels[0].value == "12"
    assert [w.render(NL) for w in found.rows[4].warnings] == [
        '"12" is geen Nederlands of internationaal telefoonnummer; het is bewaard zoals het er staat: controleer het']
    everything = {row.number: Decision.ADD for row in found.rows}
    result = contact_exchange.apply(session, found, everything)
    assert result == ImportResult(added=2, merged=0, skipped=3, organisations_added=0)
    assert sorted(p.name for p in people.all_people(session.conn)) == ["Anouk Bakker", "Eva de Graaf"]
    assert state(session)[2] == before[2] + 3  # two people created, one import


def test_a_failed_import_writes_nothing(session):
    contacts.save_organisation(session, Organisation("Politie Houten"))
    found = contact_exchange.preview(session, DATA / "outlook_21.vcf")
    before = state(session)
    renee, dirk_jan, vt = found.rows
    broken = replace(dirk_jan, person=replace(dirk_jan.person, channels=(Channel("fax", "+31301234567"),)))
    tampered = replace(found, rows=(renee, broken, vt))  # the vault refuses a channel of kind "fax"
    with pytest.raises(ImportFailed) as caught:
        contact_exchange.apply(session, tampered)
    assert caught.value.text(NL).startswith("Het importeren is gestopt bij rij 2: ")
    assert caught.value.text(NL).endswith("Er is niets geïmporteerd.")
    assert state(session) == before  # organisation row 3 and person row 1 went first; both rolled back
    assert contact_exchange.apply(session, found).added == 3  # the vault is still fine


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("foto.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "het is geen tekstbestand"),
    ("leeg.vcf", b"", "het bestand is leeg"),
    ("leeg.csv", b"  \r\n", "het bestand is leeg"),
    ("kaart.vcf", b"Dit is een brief aan de huisarts.\r\n", "er staat geen vCard in (BEGIN:VCARD ontbreekt)"),
    ("boodschappen.txt", b"melk\r\nbrood\r\n",
     "de eerste rij heeft geen kolom voor de naam of de organisatie"),
    ("export.dat", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n\x00",
     "het is geen tekstbestand"),
])
def test_a_file_that_is_no_contact_list_is_refused(session, tmp_path, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableContactFile) as caught:
        contact_exchange.preview(session, path)
    assert caught.value.text(NL) == f"{name} kan niet als contacten worden geïmporteerd: {reason}. " \
                                    "Er is niets geïmporteerd."


def test_format_is_taken_from_the_content_when_the_name_does_not_say(session, tmp_path):
    path = tmp_path / "contacten.export"
    path.write_bytes((DATA / "phone_30.vcf").read_bytes())
    assert contact_exchange.preview(session, path).format == "vcf"
    path.write_bytes((DATA / "excel_nl.csv").read_bytes())
    assert contact_exchange.preview(session, path).format == "csv"


def test_missing_file_is_refused(session, tmp_path):
    with pytest.raises(UnreadableContactFile):
        contact_exchange.preview(session, tmp_path / "weg.vcf")


# -- CSV ----------------------------------------------------------------------------------------------

def test_dutch_excel_csv_import(session):
    found = contact_exchange.preview(session, DATA / "excel_nl.csv")
    assert (found.format, found.ignored_columns, found.invalid_count) == ("csv", ("Kleur",), 0)
    result = contact_exchange.apply(session, found)
    assert result == ImportResult(added=3, merged=0, skipped=0, organisations_added=3)
    renee = person_named(session, "Renée Saënen")
    assert renee.channels[0] == Channel(ChannelKind.PHONE, "+31306371234", True)
    assert renee.verified_on == date(2024, 3, 1)
    assert person_named(session, "Joëlle Peeters").notes == "=ook bereikbaar via secretariaat"
    assert sorted(o.name for o in organisations.all_organisations(session.conn)) == [
        "CJG Houten", "Politie Houten", "Wijkteam Houten"]


def test_english_csv_with_a_wrong_row(session):
    found = contact_exchange.preview(session, DATA / "english.csv")
    assert found.ignored_columns == ("Favourite colour",)
    assert [r.valid for r in found.rows] == [True, False, True]
    assert errors_nl(found.rows[1]) == ["deze rij heeft 10 velden, de eerste rij heeft er 9"]


# -- export and round trips ---------------------------------------------------------------------------

def build_map(session) -> None:
    der = self_signed("Wijkteam Houten", "Gemeente Houten", "team@wijkteamhouten.nl")
    houten = contacts.save_organisation(session, Organisation(
        "Wijkteam Houten", OrganisationKind.NEIGHBOURHOOD_TEAM, ("Houten", "Schalkwijk, Tull en 't Waal"),
        "Lupine 2\n3991 AA Houten", "030 637 1234", "0800 1234", "team@wijkteamhouten.nl",
        "https://www.wijkteamhouten.nl", parse_availability("ma-vr 08:30-17:00"), "Aanmelden: secretariaat",
        der))
    vt = contacts.save_organisation(session, Organisation(
        "Veilig Thuis Utrecht", OrganisationKind.SAFE_AT_HOME, ("Utrecht", "Houten"),
        crisis_phone="0800-2000", opening_hours=parse_availability("24/7")))
    contacts.save_organisation(session, Organisation("School; De Regenboog", OrganisationKind.SCHOOL))
    contacts.save_person(session, Person(
        "Renée Saënen", houten.id, "jeugdverpleegkundige",
        (Channel(ChannelKind.PHONE, "030 637 1200"), Channel(ChannelKind.MOBILE, "06 12345678", True),
         Channel(ChannelKind.EMAIL, "renee.saenen@gmail.com"),
         Channel(ChannelKind.SECURE_EMAIL, "renee@wijkteamhouten.nl"),
         Channel(ChannelKind.SIILO, "Saënen, Renée")),
        parse_availability("ma,di 09:00-12:00, 13:00-17:00; vr 17:00-08:00"), "beheer", date(2024, 3, 31),
        date(2019, 9, 1), 'Bellen na 9 uur;\n"liever" niet op woensdag, dan vrij.\n=2+2',
        self_signed("Renée Saënen", "Wijkteam Houten")))
    contacts.save_person(session, Person("Dirk-Jan de Vries", None, "wijkagent",
                                         (Channel(ChannelKind.PHONE, "0900-8844"),), departed=True))
    contacts.save_person(session, Person("Sanne van der Linden", vt.id, "aandachtsfunctionaris",
                                         (Channel(ChannelKind.SECURE_EMAIL, "s.vdlinden@vtu.nl"),),
                                         verified_on=date(2023, 1, 5)))


def comparable(session) -> tuple[list, list]:
    orgs = organisations.all_organisations(session.conn)
    names = {o.id: o.name for o in orgs}
    people_now = [(names.get(p.organisation_id), replace(p, id=None, organisation_id=None, updated_at=""))
                  for p in people.all_people(session.conn)]
    return [replace(o, id=None, updated_at="") for o in orgs], people_now


@pytest.mark.parametrize("fmt", ["vcf", "csv"])
def test_round_trip_into_a_fresh_vault(session, tmp_path, passphrase, fmt):
    build_map(session)
    out = tmp_path / f"sociale-kaart.{fmt}"
    assert contact_exchange.export(session, out, fmt) == 6
    other = fresh_session(tmp_path / "andere-praktijk", passphrase)
    try:
        found = contact_exchange.preview(other, out)
        assert (found.invalid_count, found.duplicate_count) == (0, 0)
        result = contact_exchange.apply(other, found)
        assert result == ImportResult(added=6, merged=0, skipped=0, organisations_added=3)
        theirs = comparable(other)
    finally:
        other.close()
    ours = comparable(session)
    assert theirs[0] == ours[0]  # organisations, field by field
    for (our_org, our_person), (their_org, their_person) in zip(ours[1], theirs[1], strict=True):
        assert their_org == our_org
        assert their_person == our_person


def test_demo_map_round_trips_through_both_formats(demo_store, tmp_path, passphrase):
    demo = unlock(demo_store, "assistent", passphrase).session
    try:
        written = {fmt: contact_exchange.export(demo, tmp_path / f"demo.{fmt}", fmt)
                   for fmt in ("vcf", "csv")}
        ours = comparable(demo)
    finally:
        demo.close()
    assert written["vcf"] == written["csv"] == len(ours[0]) + len(ours[1])
    for fmt in ("vcf", "csv"):
        other = fresh_session(tmp_path / f"praktijk-{fmt}", passphrase)
        try:
            found = contact_exchange.preview(other, tmp_path / f"demo.{fmt}")
            assert found.invalid_count == 0
            contact_exchange.apply(other, found)
            theirs = comparable(other)
        finally:
            other.close()
        assert theirs[0] == ours[0]
        # the demo's liaisons (poh, huisarts) are no users of the other practice and are left out
        assert [(o, replace(p, liaison_login="")) for o, p in theirs[1]] == \
               [(o, replace(p, liaison_login="")) for o, p in ours[1]]


def test_export_a_selection(session, tmp_path):
    build_map(session)
    renee = person_named(session, "Renée Saënen")
    since = len(audit_log.all_records(session.conn))
    assert contact_exchange.export(session, tmp_path / "renee.vcf", "vcf", person_ids=[renee.id]) == 2
    assert contact_exchange.export(session, tmp_path / "renee.csv", "csv", person_ids=[renee.id]) == 1
    vt = next(o for o in organisations.all_organisations(session.conn) if o.name == "Veilig Thuis Utrecht")
    assert contact_exchange.export(session, tmp_path / "vt.csv", "csv", organisation_ids=[vt.id]) == 1
    text = (tmp_path / "renee.vcf").read_text("utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "KIND:org" in text and "FN:Wijkteam Houten" in text
    assert records(session, since) == [
        ("export", "contact_map", "vcf", "2 contacts (1 organisations, 1 people) to renee.vcf"),
        ("export", "contact_map", "csv", "1 contacts (0 organisations, 1 people) to renee.csv"),
        ("export", "contact_map", "csv", "1 contacts (1 organisations, 0 people) to vt.csv"),
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["renee.csv", "renee.vcf", "vt.csv"]  # no temp files


def test_export_refuses_an_unknown_format_or_a_vanished_contact(session, tmp_path):
    with pytest.raises(InvalidValue):
        contact_exchange.export(session, tmp_path / "kaart.xlsx", "xlsx")
    with pytest.raises(NotFound):
        contact_exchange.export(session, tmp_path / "kaart.vcf", "vcf", person_ids=[404])
    assert not list(tmp_path.iterdir())
