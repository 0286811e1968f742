"""CSV files from Dutch Excel, English tools and Outlook, read row by row; what we write reads back."""

from __future__ import annotations

import base64
import contextlib
import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from wijkzorg_desktop.documents.certificates import self_signed, to_pem
from wijkzorg_desktop.documents.contact_card import ContactCard, read_day
from wijkzorg_desktop.documents.contact_csv import read_csv, safe_cell, sniff_delimiter, write_csv
from wijkzorg_desktop.domain.availability import parse_availability
from wijkzorg_desktop.domain.contact_index import RowKind
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person
from wijkzorg_desktop.domain.errors import UnreadableContactFile
from wijkzorg_desktop.i18n import translator

DATA = Path(__file__).resolve().parent.parent / "data" / "contacts"
DUTCH = translator("nl")


def test_dutch_excel_semicolons_and_windows_1252():
    raw = (DATA / "excel_nl.csv").read_bytes()
    assert "Saënen".encode("cp1252") in raw  # not UTF-8, as Excel on a Dutch Windows saves "CSV"
    found = read_csv(raw, "excel_nl.csv")
    assert found.ignored_columns == ("Kleur",)
    renee, joelle, koen = found.rows
    assert [r.errors for r in found.rows] == [(), (), ()]
    assert [r.number for r in found.rows] == [1, 2, 3]
    person = renee.card.person
    assert (person.name, renee.card.organisation_name, person.function) == (
        "Renée Saënen", "Wijkteam Houten", "jeugdverpleegkundige")
    assert person.channels == (Channel(ChannelKind.PHONE, "030-6371234"),
                               Channel(ChannelKind.MOBILE, "06-12345678"),
                               Channel(ChannelKind.EMAIL, "renee.saenen@wijkteamhouten.nl"))
    assert person.availability == parse_availability("ma-vr 08:30-17:00")
    assert person.verified_on == date(2024, 3, 1)  # Excel shows 1-3-2024
    assert joelle.card.person.name == "Joëlle Peeters"
    assert joelle.card.person.notes == "=ook bereikbaar via secretariaat"  # the guarding ' is taken off
    assert koen.card.person.notes == "Vraag naar de wijkagent; meldkamer weet van hem"


def test_english_headers_commas_quotes_and_a_row_with_too_many_fields():
    found = read_csv((DATA / "english.csv").read_bytes())
    assert found.ignored_columns == ("Favourite colour",)
    anna, peter, lisa = found.rows
    assert anna.errors == () and lisa.errors == ()
    assert anna.card.name == "Smith, Anna"
    assert anna.card.organisation_name == "Wijkteam Houten, Team Noord"
    assert anna.card.person.notes == "Works Mon, Tue and Thu"
    assert anna.card.person.availability == parse_availability("ma-vr 09:00-17:00")
    assert [e.render(DUTCH) for e in peter.errors] == ["deze rij heeft 10 velden, de eerste rij heeft er 9"]
    assert lisa.card.person.function == "IB'er"


def test_headers_ignore_case_accents_and_spaces_tab_separated_and_name_parts():
    text = ("  VOORNAAM \tTussenvoegsel\tAchternaam\tOrganisátie\tE-MAIL\tGemeente(n)\tSiilo\tVoorkeur\n"
            "Jan\tvan der\tBerg\tGGZ Centraal\tjan@ggz.nl\tAmersfoort\tJan vd Berg\tsiilo\n")
    (row,) = read_csv(text.encode()).rows
    assert row.errors == ()
    assert row.card.name == "Jan van der Berg"
    assert row.card.organisation_name == "GGZ Centraal"
    assert row.card.person.channels == (Channel(ChannelKind.EMAIL, "jan@ggz.nl"),
                                        Channel(ChannelKind.SIILO, "Jan vd Berg", preferred=True))


def test_type_column_organisations_and_bad_values():
    text = ("type;naam;organisatie;soort;gemeenten;telefoon;bereikbaarheid;gecontroleerd;vertrokken;"
            "voorkeur\n"
            "organisatie;Veilig Thuis Utrecht;;Veilig Thuis;Utrecht, Houten;0800-2000;24/7;;;\n"
            "persoon;Sanne;Veilig Thuis Utrecht;;;030 123 4567;soms;31-02-2024;misschien;06 999\n"
            "fiets;Piet;;;;;;;;\n"
            ";;Wijkteam Noord;gemeente;;;;;;\n")
    vt, sanne, piet, noord = read_csv(text.encode()).rows
    assert vt.card.kind == RowKind.ORGANISATION and vt.errors == ()
    org = vt.card.organisation
    assert (org.name, org.kind, org.municipalities, org.phone, org.opening_hours.text()) == (
        "Veilig Thuis Utrecht", OrganisationKind.SAFE_AT_HOME, ("Utrecht", "Houten"), "0800-2000", "24/7")
    assert [e.render(DUTCH) for e in sanne.errors] == [
        'bereikbaarheid is niet geldig: "soms" moet eruitzien als "ma-vr 08:30-17:00".',
        'het voorkeurskanaal "06 999" staat niet in deze rij',
        '"31-02-2024" is geen datum zoals 2024-03-31',
        '"misschien" is geen ja of nee',
    ]
    assert [e.render(DUTCH) for e in piet.errors] == ['"fiets" is geen type; gebruik persoon of organisatie']
    assert noord.card.kind == RowKind.ORGANISATION  # no name, only an organisation
    assert noord.card.name == "Wijkteam Noord"
    assert noord.card.organisation.kind == OrganisationKind.MUNICIPALITY


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "het bestand is leeg"),
    (b"\r\n;;\r\n", "het bestand is leeg"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "het is geen tekstbestand"),
    (b"Datum;Bedrag;Omschrijving\r\n1-1-2024;12,50;Koffie\r\n",
     "de eerste rij heeft geen kolom voor de naam of de organisatie"),
])
def test_files_that_are_not_contact_lists(data, reason):
    with pytest.raises(UnreadableContactFile) as caught:
        read_csv(data, "lijst.csv")
    assert caught.value.text(DUTCH) == (
        f"lijst.csv kan niet als contacten worden geïmporteerd: {reason}. Er is niets geïmporteerd.")


def test_delimiter_is_taken_from_the_header_row():
    assert sniff_delimiter("naam;organisatie;notities\nA, B;C;D, E, F\n") == ";"
    assert sniff_delimiter('"naam; voluit",organisatie\n') == ","
    assert sniff_delimiter("naam\torganisatie\n") == "\t"
    assert sniff_delimiter("naam\n") == ","


# -- writing ------------------------------------------------------------------------------------------

def sample() -> list[ContactCard]:
    der = self_signed("Renée Saënen", "Wijkteam Houten")
    org = Organisation("Wijkteam Houten", OrganisationKind.NEIGHBOURHOOD_TEAM, ("Houten", "Bunnik"),
                       "Lupine 2\n3991 AA Houten", "030 637 1234", "0800 1234", "team@wijkteamhouten.nl",
                       "www.wijkteamhouten.nl", parse_availability("ma-vr 08:30-17:00"),
                       "-- via secretariaat", der)
    person = Person("Renée Saënen", function="jeugdverpleegkundige",
                    channels=(Channel(ChannelKind.PHONE, "030 637 1200"),
                              Channel(ChannelKind.MOBILE, "06 12345678", True),
                              Channel(ChannelKind.SECURE_EMAIL, "renee@wijkteamhouten.nl"),
                              Channel(ChannelKind.SIILO, "Renée S.")),
                    availability=parse_availability("ma,di 09:00-12:00, 13:00-17:00"), liaison_login="poh",
                    verified_on=date(2024, 3, 31), known_since=date(2019, 9, 1),
                    notes='=HYPERLINK("http://x.example","klik")\n"Bellen"; na 9 uur', certificate=der,
                    departed=True)
    return [ContactCard(RowKind.ORGANISATION, None, org), ContactCard(RowKind.PERSON, person, org)]


def test_written_csv_opens_in_dutch_excel():
    data = write_csv(sample())
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a byte-order mark
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("type;naam;organisatie;functie;telefoon;mobiel;e-mail;beveiligde e-mail;")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[1][0] == "organisatie" and rows[2][0] == "persoon"
    assert "\r\n" in text
    notes = rows[2][rows[0].index("notities")]
    assert notes.startswith("'=HYPERLINK(")  # shown as text, never run as a formula
    assert rows[1][rows[0].index("notities")] == "'-- via secretariaat"
    assert rows[2][rows[0].index("voorkeur")] == "06 12345678"


def test_written_csv_reads_back_the_same():
    written = sample()
    found = read_csv(write_csv(written))
    assert found.ignored_columns == ()
    org_row, person_row = found.rows
    assert org_row.errors == () and person_row.errors == ()
    assert org_row.card == written[0]
    assert person_row.card.person == written[1].person
    assert person_row.card.organisation_name == "Wijkteam Houten"


def test_pem_certificate_in_a_cell():
    pem = to_pem(self_signed("Piet", "GGZ")).decode()
    data = ("naam;certificaat\n" + f'Piet;"{pem}"\n' + "Kees;geen base64!\n").encode()
    piet, kees = read_csv(data).rows
    assert piet.card.person.certificate == pem.strip().encode()
    assert [e.render(DUTCH) for e in kees.errors] == ["het certificaat is geen PEM en geen base64"]


def test_base64_certificate_cell():
    der = self_signed("Piet", "GGZ")
    (row,) = read_csv(f"naam,certificaat\nPiet,{base64.b64encode(der).decode()}\n".encode()).rows
    assert row.card.person.certificate == der


# -- properties ---------------------------------------------------------------------------------------

CELL = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n;,\"'=+-@\t"),
               max_size=40).map(str.strip)
WORD = CELL.map(lambda t: " ".join(t.split())).filter(lambda t: t and ";" not in t)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_read_or_refused_cleanly(data):
    try:
        found = read_csv(b"naam;organisatie\r\n" + data)
    except UnreadableContactFile:
        return
    assert all(row.number >= 1 for row in found.rows)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_read_or_refused_cleanly(text):
    """Only the documented refusal, never a crash; every row read has a card or errors."""
    with contextlib.suppress(UnreadableContactFile):
        found = read_csv(text.encode("utf-8", errors="replace"))
        assert all(row.card is not None or row.errors for row in found.rows)


@settings(max_examples=200, deadline=None)
@given(CELL)
def test_formula_guard_round_trips(value):
    guarded = safe_cell(value)
    assert guarded[:1] not in ("=", "+", "-", "@")
    (row,) = read_csv(write_csv([ContactCard(RowKind.PERSON, Person("X", notes=value))])).rows
    assert row.card.person.notes == value


@settings(max_examples=80, deadline=None)
@given(WORD, CELL, WORD | st.just(""), st.lists(WORD, max_size=3),
       st.sampled_from(["", "24/7", "ma-vr 08:30-17:00"]), st.booleans())
def test_written_rows_read_back_the_same(name, notes, organisation, siilo, hours, departed):
    channels = tuple(Channel(ChannelKind.SIILO, s, i == 0 and len(siilo) > 1) for i, s in enumerate(siilo))
    person = Person(name, function=notes.replace("\n", " ").strip(), channels=channels,
                    availability=parse_availability(hours), notes=notes, departed=departed)
    org = Organisation(organisation, OrganisationKind.SCHOOL, tuple(siilo), notes=notes) if organisation \
        else None
    cards = [ContactCard(RowKind.PERSON, person, org)]
    if org is not None:
        cards.append(ContactCard(RowKind.ORGANISATION, None, org))
    found = read_csv(write_csv(cards))
    assert [r.errors for r in found.rows] == [()] * len(cards)
    assert found.rows[0].card.person == person
    assert found.rows[0].card.organisation_name == organisation
    if org is not None:
        assert found.rows[1].card.organisation == org


# -- what a fuzzer found: a clean error for the row, never a traceback --------------------------------------

@pytest.mark.parametrize("day", ["³1-3-2024", "1-3-202³", "٣-3-2024", "٢٠٢٤-03-01", "２０２４-03-01", "31-3-2⁰24",
                                 "1-13-2024", "2024-02-30", "31--2024", "-1-2024"])
def test_digits_other_than_0_to_9_in_a_date_are_an_error_of_their_row(day):
    found = read_csv(f"naam;gecontroleerd;notities\r\nAnouk Bakker;{day};x\r\nBram Jansen;31-3-2024;y\r\n".encode())
    anouk, bram = found.rows
    assert anouk.card.person.verified_on is None
    assert [e.render(DUTCH) for e in anouk.errors] == [f'"{day}" is geen datum zoals 2024-03-31']
    assert (bram.errors, bram.card.person.verified_on) == ((), date(2024, 3, 31))


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x0b", "\x1b", "\x7f"])
def test_a_control_character_far_into_the_file_is_an_error_of_its_row(control):
    rows = "".join(f"Persoon {i};Wijkteam Houten;notitie {i}\r\n" for i in range(300))
    data = f"naam;organisatie;notities\r\n{rows}Eva de Graaf;Wijkteam;met{control}teken\r\n".encode()
    assert data.index(control.encode()) > 4096
    found = read_csv(data)
    assert [r.errors for r in found.rows[:300]] == [()] * 300
    (problem,) = found.rows[300].errors
    assert problem.render(DUTCH) == f"er staat een stuurteken (U+{ord(control):04X}) in, en dat is geen tekst"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=20))
@example("³1-3-2024")
@example("٣-3-2024")
@example("1-1-٢٠٢٤")
@example("0-0-0000")
def test_any_text_in_a_date_cell_is_a_date_or_a_problem(text):
    problems: list = []
    day = read_day(text, problems)
    assert (day is None) == bool(problems) or not text.strip()
    if day is not None:
        assert text.strip().isascii()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(st.characters(codec="utf-8"), max_size=12), min_size=1, max_size=6),
                min_size=1, max_size=6),
       st.sampled_from(["naam;gecontroleerd;telefoon;e-mail;voorkeur;type;vertrokken;bereikbaarheid",
                        "Name,Verified,Phone,Email,Preferred,Type,Departed,Availability"]))
@example([["Eva\x00", "٣-3-2024", "06", "eva@", "mobiel", "x", "misschien", "ma 25:00"]],
         "naam;gecontroleerd;telefoon;e-mail;voorkeur;type;vertrokken;bereikbaarheid")
def test_any_cells_under_known_headers_give_a_card_or_errors(rows, header):
    delimiter = ";" if ";" in header else ","
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows([header.split(delimiter), *rows])
    with contextlib.suppress(UnreadableContactFile):
        found = read_csv(out.getvalue().encode("utf-8", errors="replace"))
        assert all(row.card is not None for row in found.rows)


def test_both_kinds_of_e_mail_have_their_own_column_and_read_back():
    person = Person("Anouk Bakker", channels=(Channel(ChannelKind.EMAIL, "anouk@gmail.com", True),
                                              Channel(ChannelKind.SECURE_EMAIL, "a.bakker@zorgmail.nl")))
    data = write_csv([ContactCard(RowKind.PERSON, person)])
    header, row = data.decode("utf-8-sig").splitlines()
    cells = dict(zip(header.split(";"), row.split(";"), strict=True))
    assert (cells["e-mail"], cells["beveiligde e-mail"]) == ("anouk@gmail.com", "a.bakker@zorgmail.nl")
    (read,) = read_csv(data).rows
    assert read.card.person.channels == person.channels


def test_a_stray_control_character_in_the_first_row_is_an_error_of_that_row_only():
    """A vertical tab, as Word-based editors write for a manual line break, pasted into a note."""
    found = read_csv(b"Naam;Notities\r\nAnouk Bakker;eerste regel\x0btweede regel\r\nBram Jansen;goed\r\n")
    anouk, bram = found.rows
    assert [e.render(DUTCH) for e in anouk.errors] == ["er staat een stuurteken (U+000B) in, en dat is geen tekst"]
    assert bram.errors == ()
