"""vCards as common address books write them import their people into a real vault, photos and all.

The files in ``tests/data/contacts/clients`` keep each client's line ends, charset, folding, encodings,
item groups, X- properties and photo blocks; names and numbers are invented. A number that is neither
Dutch nor international is kept as written with a warning, never a reason to leave the person out.
"""

from __future__ import annotations

import base64
import random
from dataclasses import replace
from pathlib import Path

import pytest

from wijkzorg_desktop.cli import run
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Person
from wijkzorg_desktop.domain.errors import FormInvalid
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import contact_exchange, contacts
from wijkzorg_desktop.services.contact_rules import display_channel
from wijkzorg_desktop.services.vaults import create_vault, unlock
from wijkzorg_desktop.store import organisations, people

CLIENTS = Path(__file__).resolve().parents[1] / "data" / "contacts" / "clients"
NL = translator("nl")
PHONE, MOBILE, EMAIL = ChannelKind.PHONE, ChannelKind.MOBILE, ChannelKind.EMAIL

SANNE = ("Sanne van den Berg", "GGD Regio Utrecht", [(EMAIL, "s.vandenberg@ggdru.nl"), (MOBILE, "+31612345678"),
                                                     (PHONE, "+31306305400"), (PHONE, "+31638765432")])
MEHMET = ("Mehmet Yılmaz", "Stichting Jongerenwerk Overvecht", [
    (PHONE, "+31301234567"), (MOBILE, "(555) 123-4567"), (EMAIL, "mehmet@jongerenwerkovervecht.nl")])

# file: (name, organisation, channels as stored) of each person, and the numbers kept as written
EXPECTED = {
    "android_21.vcf": ([
        ("Élle De Wit", "Wijkteam Noord", [(MOBILE, "+31621436587"), (PHONE, "+31306361400"),
                                           (PHONE, "+31643658709"), (EMAIL, "elle.dewit@wijkteamnoord.nl")]),
        ("Joost Bakker", "Politie Midden-Nederland", [(MOBILE, "+31612345678"), (PHONE, "+31306543210"),
                                                      (EMAIL, "joostbakker72@gmail.com")])], []),
    "iphone_30.vcf": ([SANNE, MEHMET], ["(555) 123-4567"]),
    "iphone_30_cr_cr_lf.vcf": ([SANNE, MEHMET], ["(555) 123-4567"]),
    "gmail_30.vcf": ([
        ("Fatima El Amrani", "Veilig Thuis Utrecht", [
            (EMAIL, "f.elamrani@veiligthuisutrecht.nl"), (PHONE, "+318002000"), (MOBILE, "+31611223344"),
            (EMAIL, "fatima.elamrani@gmail.com")]),
        ("Kees de Jong", "Basisschool De Regenboog", [(MOBILE, "+31655443322"), (PHONE, "BusinessPhone")])],
        ["BusinessPhone"]),
    "outlook_2003.vcf": ([
        ("Anneke Verhoeven", "Buurtteam Zuilen", [(PHONE, "+31302445566"), (MOBILE, "+31624681357"),
                                                  (EMAIL, "a.verhoeven@buurtteamzuilen.nl")])], []),
    "outlook_2007.vcf": ([
        ("Ingrid Smit", "Gemeente Utrecht", [(PHONE, "+3114030"), (MOBILE, "+31613579246"),
                                             (EMAIL, "ingrid.smit@utrecht.nl")])], []),
    "outlook_2010.vcf": ([
        ("Jeroen Brouwer", "Lokalis", [(PHONE, "+31302363800"), (PHONE, "BusinessPhone"),
                                       (MOBILE, "(555) 987-6543"), (EMAIL, "j.brouwer@lokalis.nl")])],
        ["BusinessPhone", "(555) 987-6543"]),
    "mac_contacts_30.vcf": ([
        ("Bram Visser", "Huisartsenpraktijk De Linde", [(EMAIL, "b.visser@hapdelinde.nl"),
                                                        (PHONE, "+31302718899"), (MOBILE, "+31611112222")])], []),
    "thunderbird_21.vcf": ([
        ("Marloes Hendriks", "Kinderopvang De Boomhut", [(EMAIL, "marloes@deboomhut.nl"), (PHONE, "+31302519900"),
                                                         (MOBILE, "+31629384756")])], []),
    "thunderbird_40.vcf": ([
        ("Petra Dekker", "GGZ Centraal", [(EMAIL, "p.dekker@ggzcentraal.nl"), (PHONE, "+31334608900"),
                                          (MOBILE, "+31647382910")])], []),
    "lotus_notes_30.vcf": ([
        ("Hans Mulder", "Zorggroep Midden", [(PHONE, "+31306991234"), (MOBILE, "+31657687980"),
                                             (EMAIL, "hans.mulder@zorggroepmidden.nl")])], []),
    "blackberry_21.vcf": ([
        ("Lieke Koster", "Gemeente Nieuwegein", [(PHONE, "+31306071911"), (MOBILE, "+31636925814"),
                                                 (EMAIL, "l.koster@nieuwegein.nl")])], []),
    "evolution_30.vcf": ([
        ("Tom de Vries", "Stichting Mee", [(MOBILE, "+31627665544"), (PHONE, "+31302865000"),
                                           (EMAIL, "t.devries@mee-utrecht.nl")])], []),
    "rfc2426_examples.vcf": ([
        ("Frank Dawson", "Lotus Development Corporation", [(PHONE, "+19196769515"),
                                                           (EMAIL, "Frank_Dawson@Lotus.com"),
                                                           (EMAIL, "fdawson@earthlink.net")]),
        ("Tim Howes", "Netscape Communications Corp.", [(PHONE, "+14159373419"), (EMAIL, "howes@netscape.com")])],
        []),
    "rfc6350_example.vcf": ([
        ("Simon Perreault", "Viagenie", [(PHONE, "+14186569254"), (MOBILE, "+14182626501"),
                                         (EMAIL, "simon.perreault@viagenie.ca")])], []),
}


@pytest.fixture
def session(vault, passphrase):
    store, _ = vault
    opened = unlock(store, "beheer", passphrase).session
    yield opened
    opened.close()


def stored(session) -> list[tuple[str, str, list[tuple[ChannelKind, str]]]]:
    names = {o.id: o.name for o in organisations.all_organisations(session.conn)}
    return sorted((p.name, names.get(p.organisation_id, ""), [(c.kind, c.value) for c in p.channels])
                  for p in people.all_people(session.conn))


def imported(session, path: Path) -> contact_exchange.ImportPreview:
    found = contact_exchange.preview(session, path)
    assert [[e.render(NL) for e in row.errors] for row in found.rows] == [[] for _ in found.rows]
    result = contact_exchange.apply(session, found)
    assert result.skipped == 0
    return found


CSV_EXPECTED = {
    "outlook_en.csv": ([
        ("Karin Jacobs", "Veilig Thuis Utrecht", [(PHONE, "+31301234567"), (MOBILE, "+31612345678"),
                                                  (EMAIL, "k.jacobs@vtu.nl")]),
        ("Pieter van Dam", "CJG Houten", [(PHONE, "BusinessPhone"), (MOBILE, "(555) 123-4567"),
                                          (EMAIL, "p.vandam@cjghouten.nl")])], ["BusinessPhone", "(555) 123-4567"]),
    "outlook_nl.csv": ([
        ("Renée Saënen", "Wijkteam Houten", [(PHONE, "+31306371234"), (MOBILE, "+31612345678"),
                                             (EMAIL, "renee.saenen@wijkteamhouten.nl")]),
        ("Jan de Boer", "Politie Midden-Nederland", [(PHONE, "+319008844")])], []),
    "gmail.csv": ([
        ("Fatima El Amrani", "Veilig Thuis Utrecht", [(PHONE, "+318002000"),
                                                      (EMAIL, "f.elamrani@veiligthuisutrecht.nl")]),
        ("Kees de Jong", "Basisschool De Regenboog", [(PHONE, "+31655443322")])], []),
}


def test_every_client_file_is_listed():
    assert sorted(p.name for p in CLIENTS.glob("*.vcf")) == sorted(EXPECTED)
    assert sorted(p.name for p in CLIENTS.glob("*.csv")) == sorted(CSV_EXPECTED)


@pytest.mark.parametrize("name", sorted(CSV_EXPECTED))
def test_client_csv_imports_its_people(session, name):
    """Outlook's English export (Windows-1252, "Title" is the salutation, notes with line breaks), its Dutch
    export and Google Contacts' export."""
    expected_people, as_written = CSV_EXPECTED[name]
    found = imported(session, CLIENTS / name)
    assert stored(session) == sorted(expected_people)
    assert [w.params["value"] for row in found.rows for w in row.warnings] == as_written
    functions = sorted(p.function for p in people.all_people(session.conn))
    assert "Mrs." not in functions and "Mevr." not in functions


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_client_vcard_imports_its_people(session, name):
    expected_people, as_written = EXPECTED[name]
    found = imported(session, CLIENTS / name)
    assert stored(session) == sorted(expected_people)
    warnings = [w.render(NL) for row in found.rows for w in row.warnings]
    assert warnings == [f'"{n}" is geen Nederlands of internationaal telefoonnummer; het is bewaard zoals het er '
                        "staat: controleer het" for n in as_written]


def test_the_mac_company_card_is_an_organisation(session):
    imported(session, CLIENTS / "mac_contacts_30.vcf")
    team = next(o for o in organisations.all_organisations(session.conn) if o.name == "Wijkteam Overvecht")
    assert (team.phone, team.secure_email) == ("+31302861234", "info@wijkteamovervecht.nl")


def test_an_iphone_card_with_a_photo_of_megabytes_imports(session, tmp_path):
    """The photo of a phone's camera (2.4 MB of JPEG, 3.2 MB of base64 folded at 75) is passed over."""
    text = (CLIENTS / "iphone_30.vcf").read_bytes().decode("utf-8")
    start = text.index("PHOTO;")
    end = text.index("\r\nEND:VCARD", start)
    rng = random.Random(1)
    photo = base64.b64encode(b"\xff\xd8\xff\xe0" + rng.randbytes(2_400_000) + b"\xff\xd9").decode()
    line = "PHOTO;ENCODING=b;TYPE=JPEG:" + photo
    folded = "\r\n ".join([line[:75]] + [line[i:i + 74] for i in range(75, len(line), 74)])
    path = tmp_path / "iphone.vcf"
    path.write_text(text[:start] + folded + text[end:], encoding="utf-8", newline="")
    assert path.stat().st_size > 3_000_000
    imported(session, path)
    assert stored(session) == sorted([SANNE, MEHMET])


@pytest.mark.parametrize("photo", [
    "PHOTO;VALUE=uri:http://www.example.com/pub/photos/jqpublic.gif",
    "LOGO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "SOUND;TYPE=WAVE;ENCODING=b:UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=",
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:\r\n /9j/4AAQSkZJRgABAQAAAQABAAD\r\n /2wBDAAgGBgcGBQgHBwcJCQgKDBQN\r\n\r\n",
    "PHOTO:data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgK",
    "PHOTO;ENCODING=b;TYPE=JPEG:not base64 at all !!!",
])
def test_photos_logos_and_sounds_are_passed_over(session, tmp_path, photo):
    path = tmp_path / "foto.vcf"
    path.write_bytes(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Noor Bos\r\n{photo}\r\nTEL;TYPE=CELL:0612345678\r\n"
                     "END:VCARD\r\n".encode())
    imported(session, path)
    assert stored(session) == [("Noor Bos", "", [(MOBILE, "+31612345678")])]


def test_a_number_kept_as_written_is_shown_and_saved_as_written(session):
    """The form shows the number as it was written and saves the card again; a newly typed number that
    cannot be read is still refused."""
    imported(session, CLIENTS / "outlook_2010.vcf")
    (jeroen,) = people.all_people(session.conn)
    shown = [display_channel(c) for c in jeroen.channels]
    assert shown == ["030 236 3800", "BusinessPhone", "(555) 987-6543", "j.brouwer@lokalis.nl"]
    typed = tuple(Channel(c.kind, text, c.preferred) for c, text in zip(jeroen.channels, shown, strict=True))
    again = contacts.save_person(session, replace(jeroen, function="Schuldhulp", channels=typed))
    assert [(c.kind, c.value) for c in again.channels] == [(c.kind, c.value) for c in jeroen.channels]
    assert again.function == "Schuldhulp"
    with pytest.raises(FormInvalid) as refused:
        contacts.save_person(session, replace(again, channels=(*again.channels, Channel(PHONE, "12"))))
    with pytest.raises(FormInvalid):  # a new card does not keep a number it cannot read
        contacts.save_person(session, Person("Nieuw", channels=(Channel(PHONE, "BusinessPhone"),)))
    assert [m.render(NL) for m in refused.value.errors.values()] == ['"12" is geen geldig telefoonnummer']


@pytest.mark.parametrize("name", ["android_21.vcf", "iphone_30_cr_cr_lf.vcf", "outlook_2010.vcf",
                                  "rfc2426_examples.vcf"])
def test_cli_dry_run_reads_the_client_file(capsys, vault, passphrase_file, name):
    store, _ = vault
    code = run(["contacts", "import", "--store", str(store), "--user", "beheer", "--passphrase-file",
                str(passphrase_file), "--dry-run", str(CLIENTS / name)])
    out, err = capsys.readouterr()
    expected_people, as_written = EXPECTED[name]
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == len(expected_people) + 1
    assert all(": nieuw" in line for line in lines[:-1])
    for number in as_written:
        assert f'"{number}" is geen Nederlands of internationaal telefoonnummer' in out
    assert lines[-1].startswith(f"Rijen: {len(expected_people)}; nieuw: {len(expected_people)};")


def test_a_control_character_deep_in_a_client_file_stops_only_its_card(session, tmp_path):
    """Android's export with a NUL in the second card, past the first 4 KB: that card is shown with its
    error and skipped, the first is imported."""
    data = (CLIENTS / "android_21.vcf").read_bytes().replace(b"FN:Joost Bakker", b"FN:Joost\x00Bakker")
    assert data.index(b"\x00") > 4096
    path = tmp_path / "android.vcf"
    path.write_bytes(data)
    found = contact_exchange.preview(session, path)
    assert [[e.render(NL) for e in row.errors] for row in found.rows] == [
        [], ["regel 73: er staat een stuurteken (U+0000) in, en dat is geen tekst"]]
    assert contact_exchange.apply(session, found).added == 1
    assert [name for name, _, _ in stored(session)] == ["Élle De Wit"]


@pytest.mark.parametrize("fmt", ["vcf", "csv"])
def test_e_mail_kinds_and_numbers_kept_as_written_survive_an_export(session, tmp_path, passphrase, fmt):
    """Exported and imported by another practice, each channel keeps its kind and its value."""
    imported(session, CLIENTS / "outlook_2010.vcf")
    (jeroen,) = people.all_people(session.conn)
    secure = Channel(ChannelKind.SECURE_EMAIL, "j.brouwer@zorgmail.nl")
    contacts.save_person(session, replace(jeroen, channels=(*jeroen.channels, secure)))
    out = tmp_path / f"kaart.{fmt}"
    contact_exchange.export(session, out, fmt)
    other = create_vault(tmp_path / "andere", "Praktijk Oost", "beheer", "Els Oost", passphrase).session
    try:
        found = imported(other, out)
        warned = [w.params["value"] for row in found.rows for w in row.warnings]
        assert warned == ["BusinessPhone", "(555) 987-6543"]
        assert stored(other) == stored(session)
    finally:
        other.close()
    assert [kind for _, _, channels in stored(session) for kind, _ in channels] == [
        PHONE, PHONE, MOBILE, EMAIL, ChannelKind.SECURE_EMAIL]
