"""vCards as Outlook, phones, Google and Nextcloud write them, read card by card; what we write reads back."""

from __future__ import annotations

import base64
import contextlib
import string
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from wijkzorg_desktop.documents.certificates import self_signed
from wijkzorg_desktop.documents.contact_card import ContactCard
from wijkzorg_desktop.documents.vcard import read_vcards, write_vcards
from wijkzorg_desktop.documents.vcard_lines import escape, fold_line, split, unescape, unfold
from wijkzorg_desktop.domain.availability import parse_availability
from wijkzorg_desktop.domain.contact_index import RowKind
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person
from wijkzorg_desktop.domain.errors import UnreadableContactFile
from wijkzorg_desktop.i18n import translator

DATA = Path(__file__).resolve().parent.parent / "data" / "contacts"
DUTCH = translator("nl")


def cards(name: str) -> list:
    return read_vcards((DATA / name).read_bytes(), name)


def errors_nl(read) -> list[str]:
    return [e.render(DUTCH) for e in read.errors]


# -- vCard 2.1 from Outlook ----------------------------------------------------------------------------

def test_outlook_21_quoted_printable_windows_1252_with_soft_line_breaks():
    raw = (DATA / "outlook_21.vcf").read_bytes()
    assert b"\r\n" in raw and b"Sa=EBnen" in raw and b"Ma=\r\nandag" in raw  # as Outlook writes it
    renee, dirk_jan, vt = cards("outlook_21.vcf")
    assert [r.errors for r in (renee, dirk_jan, vt)] == [(), (), ()]
    person = renee.card.person
    assert person.name == "Renée Saënen"
    assert renee.card.organisation_name == "Wijkteam Houten"  # the department (second ORG part) is not kept
    assert person.function == "Jeugdverpleegkundige en gezinscoördinator"
    assert person.notes == ("Bereikbaar via het secretariaat als ze op huisbezoek is. Maandag en dinsdag in "
                            "Culemborg; overleg over cliënten altijd via Siilo.\nÉén keer per maand MDO.")


def test_outlook_21_bare_tel_types_and_pref():
    renee, dirk_jan, _ = cards("outlook_21.vcf")
    assert renee.card.person.channels == (
        Channel(ChannelKind.PHONE, "(030) 637 1234"),
        Channel(ChannelKind.MOBILE, "06-12345678"),  # TEL;CELL;VOICE
        Channel(ChannelKind.EMAIL, "renee.saenen@wijkteamhouten.nl", preferred=True),  # EMAIL;PREF
    )  # the fax number (TEL;WORK;FAX) is no way to reach a person and is left out
    assert dirk_jan.card.person.name == "Dirk-Jan de Vries"
    assert [c.preferred for c in dirk_jan.card.person.channels] == [True, False, False]


def test_outlook_company_card_becomes_an_organisation():
    *_, vt = cards("outlook_21.vcf")
    assert vt.card.kind == RowKind.ORGANISATION
    org = vt.card.organisation
    assert (org.name, org.phone, org.secure_email, org.website) == (
        "Veilig Thuis Utrecht", "0800-2000", "advies@vtu.nl", "https://www.veiligthuisutrecht.nl")


def test_21_raw_windows_1252_bytes_without_quoted_printable():
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Noël Dekkers\r\nNOTE:Cliënt\r\nEND:VCARD\r\n".encode("cp1252")
    (read,) = read_vcards(data)
    assert (read.card.person.name, read.card.person.notes) == ("Noël Dekkers", "Cliënt")


def test_21_utf8_value_in_a_windows_1252_file():
    data = (b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8:" + "Çelik".encode()
            + "\r\nNOTE:Café\r\nEND:VCARD\r\n".encode("cp1252"))
    (read,) = read_vcards(data)
    assert (read.card.person.name, read.card.person.notes) == ("Çelik", "Café")


def test_21_key_x509_base64_continued_without_indent():
    der = self_signed("Anna de Wit", "Wijkteam Houten")
    encoded = base64.b64encode(der).decode()
    body = "\r\n".join(encoded[i:i + 64] for i in range(0, len(encoded), 64))
    data = f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Anna de Wit\r\nKEY;X509;ENCODING=BASE64:\r\n{body}\r\n\r\n" \
           f"TEL;WORK:030 123 4567\r\nEND:VCARD\r\n"
    (read,) = read_vcards(data.encode())
    assert read.errors == ()
    assert read.card.person.certificate == der
    assert read.card.person.channels == (Channel(ChannelKind.PHONE, "030 123 4567"),)


# -- vCard 3.0 from phones and Google -----------------------------------------------------------------

def test_iphone_and_google_30_item_groups_labels_and_utf8():
    marieke, emre, ingrid = cards("phone_30.vcf")
    assert [r.errors for r in (marieke, emre, ingrid)] == [(), (), ()]  # the PHOTO is passed over
    assert [marieke.card.name, emre.card.name, ingrid.card.name] == ["Marieke Saënen", "Emre Çelik",
                                                                      "Ingrid Ødegård"]
    assert marieke.card.person.channels == (
        Channel(ChannelKind.MOBILE, "+31 6 23456789", preferred=True),  # item1.TEL;type=CELL;type=pref
        Channel(ChannelKind.PHONE, "030 635 5000"),
        Channel(ChannelKind.EMAIL, "m.saenen@cjghouten.nl"),
        Channel(ChannelKind.MOBILE, "06 34567890"),  # no type, but item3.X-ABLabel says "Mobiel dienst"
    )
    assert emre.card.person.channels[-1] == Channel(ChannelKind.SIILO, "Emre Çelik (Wijkteam Houten)")
    assert ingrid.card.person.channels == (
        Channel(ChannelKind.EMAIL, "ingrid.odegard@ggdru.nl"),
        Channel(ChannelKind.MOBILE, "+31 6 45678901"),
        Channel(ChannelKind.SIILO, "Ingrid Ødegård"),
    )
    assert ingrid.card.organisation_name == "GGD regio Utrecht"


def test_folded_note_with_escapes_is_unfolded():
    marieke, *_ = cards("phone_30.vcf")
    assert marieke.card.person.notes == (
        "Spreekuur op het consultatiebureau dinsdag en donderdag. Liever niet bellen tussen 12 en 13 uur, "
        "dan is er teamoverleg; daarna weer bereikbaar.\nTweede regel.")


def test_utf8_with_byte_order_mark_and_tab_folding():
    data = "\ufeffBEGIN:VCARD\nVERSION:3.0\nFN:Saënen\nNOTE:een lange\n\t notitie\nEND:VCARD\n".encode()
    (read,) = read_vcards(data)
    assert (read.card.name, read.card.person.notes) == ("Saënen", "een lange notitie")


def test_utf16_as_older_address_books_and_notepad_write_it():
    data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ødegård\r\nEND:VCARD\r\n".encode("utf-16")
    (read,) = read_vcards(data)
    assert read.card.name == "Ødegård"


def test_name_from_n_when_fn_is_missing():
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Berg;Joost;van den;dr.;\r\nEND:VCARD\r\n"
    (read,) = read_vcards(data)
    assert read.card.name == "dr. Joost van den Berg"


# -- vCard 4.0 ----------------------------------------------------------------------------------------

def nextcloud(der: bytes) -> bytes:
    text = (DATA / "nextcloud_40.vcf").read_text("utf-8")
    return text.replace("@CERTIFICATE@", base64.b64encode(der).decode()).encode()


def test_40_key_data_uri_tel_uri_pref_and_our_properties():
    der = self_signed("Sanne van der Linden", "Veilig Thuis Utrecht")
    sanne, vt = read_vcards(nextcloud(der))
    assert sanne.errors == () and vt.errors == ()
    person = sanne.card.person
    assert person.certificate == der
    assert person.function == "Aandachtsfunctionaris"  # TITLE wins over ROLE
    assert person.channels == (Channel(ChannelKind.PHONE, "+31-30-123-4567"),
                               Channel(ChannelKind.MOBILE, "+31612345670", preferred=True),  # PREF=1
                               Channel(ChannelKind.EMAIL, "s.vanderlinden@vtu.nl"))
    assert person.availability == parse_availability("ma-do 08:30-17:00; vr 08:30-12:00")
    assert person.verified_on == date(2024, 2, 29)
    org = vt.card.organisation
    assert (org.kind, org.municipalities, org.crisis_phone, org.opening_hours.text()) == (
        OrganisationKind.SAFE_AT_HOME, ("Utrecht", "Houten", "Nieuwegein"), "+318002000", "24/7")


def test_key_as_pem_text_and_pgp_key_passed_over():
    der = self_signed("Piet Pem", "GGZ")
    from wijkzorg_desktop.documents.certificates import to_pem

    pem = escape(to_pem(der).decode())
    data = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piet Pem\r\nKEY:{pem}\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Gert PGP\r\nKEY;MEDIATYPE=application/pgp-keys:data:"
            "application/pgp-keys;base64,AAAA\r\nEND:VCARD\r\n").encode()
    piet, gert = read_vcards(data)
    assert piet.card.person.certificate == to_pem(der)
    assert (gert.errors, gert.card.person.certificate) == ((), None)


# -- broken files -------------------------------------------------------------------------------------

def test_malformed_file_gives_errors_per_card_and_reads_the_others():
    found = cards("malformed.vcf")
    assert [r.number for r in found] == [1, 2, 3, 4, 5]
    assert [r.card.name for r in found] == ["Anouk Bakker", "Bram Jansen", "Chantal Smit", "Daan Visser",
                                            "Eva de Graaf"]
    assert errors_nl(found[0]) == []
    assert errors_nl(found[1]) == ["de kaart die op regel 6 begint, heeft geen END:VCARD"]
    assert errors_nl(found[2]) == ['regel 13: "dit is geen vcard-regel" is geen vCard-regel (naam:waarde)']
    assert errors_nl(found[3]) == ["regel 19: BEGIN:X-AGENDA binnen een kaart kan niet worden gelezen"]
    assert found[3].card.person.channels == (Channel(ChannelKind.PHONE, "030 765 4321"),)
    assert errors_nl(found[4]) == []  # "12" is for the contact rules to refuse


def test_last_card_without_end_and_bad_own_properties():
    data = (b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Fleur\r\nX-WIJKZORG-VERIFIED:gisteren\r\n"
            b"X-WIJKZORG-AVAILABILITY:maandag vroeg\r\nX-WIJKZORG-DEPARTED:misschien\r\n")
    (read,) = read_vcards(data)
    assert read.card.name == "Fleur"
    assert errors_nl(read) == [
        "de kaart die op regel 1 begint, heeft geen END:VCARD",
        'regel 5: bereikbaarheid is niet geldig: "maandag vroeg" moet eruitzien als "ma-vr 08:30-17:00".',
        'regel 4: "gisteren" is geen datum zoals 2024-03-31',
        'regel 6: "misschien" is geen ja of nee',
    ]


@pytest.mark.parametrize("data", [
    b"", b"hello\r\nworld\r\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"Naam;Telefoon\r\n",
])
def test_not_a_vcard_file(data):
    with pytest.raises(UnreadableContactFile) as caught:
        read_vcards(data, "kaart.vcf")
    assert caught.value.text(DUTCH).startswith("kaart.vcf kan niet als contacten worden geïmporteerd: ")


# -- writing ------------------------------------------------------------------------------------------

def sample_cards(der: bytes) -> list[ContactCard]:
    org = Organisation("Wijkteam Houten; Zuid", OrganisationKind.NEIGHBOURHOOD_TEAM,
                       ("Houten", "Bunnik, Odijk"), "Lupine 2\n3991 AA Houten", "+31306371234", "+318001234",
                       "team@wijkteamhouten.nl",
                       "https://www.wijkteamhouten.nl", parse_availability("ma-vr 08:30-17:00"),
                       "Aanmelden via het secretariaat", der)
    person = Person("Renée Saënen-Ødegård", function="jeugdverpleegkundige, gezinscoördinator",
                    channels=(Channel(ChannelKind.PHONE, "+31306371200"),
                              Channel(ChannelKind.MOBILE, "+31612345678", True),
                              Channel(ChannelKind.SECURE_EMAIL, "renee@wijkteamhouten.nl"),
                              Channel(ChannelKind.SIILO, "Renée S. (Wijkteam)")),
                    availability=parse_availability("ma,di 09:00-12:00, 13:00-17:00; vr 17:00-08:00"),
                    liaison_login="poh", verified_on=date(2024, 3, 31), known_since=date(2019, 9, 1),
                    notes="Bellen na 9 uur;\nliever niet op woensdag, \\ dan vrij. " + "Lang " * 30,
                    certificate=der, departed=True)
    return [ContactCard(RowKind.ORGANISATION, None, org), ContactCard(RowKind.PERSON, person, org)]


def test_written_vcard_is_rfc_6350():
    der = self_signed("Renée Saënen", "Wijkteam Houten")
    data = write_vcards(sample_cards(der))
    text = data.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    physical = data.split(b"\r\n")
    assert max(len(line) for line in physical) <= 75
    for line in physical:
        line.decode("utf-8")  # no line ends inside a UTF-8 sequence
    unfolded = [line for _, line in unfold(text)]
    assert "VERSION:4.0" in unfolded and "KIND:org" in unfolded and "KIND:individual" in unfolded
    assert "TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+31612345678" in unfolded
    assert "TEL;VALUE=uri;TYPE=voice:tel:+31306371200" in unfolded
    assert f"KEY:data:application/pkix-cert;base64,{base64.b64encode(der).decode()}" in unfolded
    assert "ORG:Wijkteam Houten\\; Zuid" in unfolded
    assert "X-WIJKZORG-MUNICIPALITIES:Houten,Bunnik\\, Odijk" in unfolded
    assert "X-WIJKZORG-CRISIS-TEL;VALUE=uri:tel:+318001234" in unfolded
    assert "X-WIJKZORG-VERIFIED:2024-03-31" in unfolded and "X-WIJKZORG-DEPARTED:1" in unfolded


def test_written_vcard_reads_back_the_same():
    der = self_signed("Renée Saënen", "Wijkteam Houten")
    written = sample_cards(der)
    org_read, person_read = read_vcards(write_vcards(written))
    assert org_read.errors == () and person_read.errors == ()
    assert org_read.card == written[0]
    assert person_read.card.person == written[1].person
    assert person_read.card.organisation_name == written[0].organisation.name


# -- properties ---------------------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t\\;,:\"é€😀"),
               max_size=60)
TIDY = TEXT.map(lambda t: " ".join(t.split())).filter(bool)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_read_or_refused_cleanly(data):
    try:
        found = read_vcards(b"BEGIN:VCARD\r\n" + data)
    except UnreadableContactFile:
        return
    assert found and all(r.number == i for i, r in enumerate(found, start=1))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "FN:A", "N:;;;;", "ORG:X",
                                 "TEL;CELL:06", "KEY;ENCODING=b:QUJD", "KEY:data:,x", "BEGIN:X", "END:X",
                                 "NOTE;QUOTED-PRINTABLE:a=", "=41", " folded", "garbage", "PHOTO;BASE64:",
                                 "AAAA", "", "X-WIJKZORG-KIND:wijkteam", "KIND:org",
                                 "X-WIJKZORG-VERIFIED:x", "item1.TEL:1", "item1.X-ABLabel:mobiel"])
                | st.text(max_size=20), max_size=30),
       st.sampled_from(["\r\n", "\n", "\r"]))
def test_any_line_soup_reads_or_is_refused_cleanly(lines, newline):
    """Only the documented refusal, never a crash; every card read is numbered and has a card or errors."""
    with contextlib.suppress(UnreadableContactFile):
        found = read_vcards(newline.join(lines).encode("utf-8", errors="replace"))
        assert [c.number for c in found] == list(range(1, len(found) + 1))
        assert all(c.card is not None or c.errors for c in found)


@settings(max_examples=200, deadline=None)
@given(TEXT.map(lambda t: t.replace("\r", "")))
def test_escape_then_unescape_is_the_same_text(text):
    assert unescape(escape(text)) == text
    assert split(escape(text) + ";" + escape(text[::-1])) == [text, text[::-1]]


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=300))
def test_fold_then_unfold_is_the_same_line(value):
    line = "NOTE;LANGUAGE=nl:" + value
    folded = fold_line(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert list(unfold(folded)) == [(1, line)]


PHONE = st.from_regex(r"\+316[1-9][0-9]{7}", fullmatch=True)
CHANNEL = st.one_of(st.builds(Channel, st.sampled_from([ChannelKind.PHONE, ChannelKind.MOBILE]), PHONE),
                    st.builds(Channel, st.sampled_from([ChannelKind.EMAIL, ChannelKind.SECURE_EMAIL]),
                              st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.nl", fullmatch=True)),
                    st.builds(Channel, st.just(ChannelKind.SIILO), TIDY))
AVAILABILITY = st.sampled_from(["", "24/7", "ma-vr 08:30-17:00", "za,zo 10:00-02:00"])
LOGIN = st.text(string.ascii_lowercase, min_size=2, max_size=8)


@st.composite
def people(draw) -> Person:
    channels = draw(st.lists(CHANNEL, max_size=4))
    if channels:
        index = draw(st.integers(0, len(channels) - 1))
        channels = [Channel(c.kind, c.value, i == index) for i, c in enumerate(channels)]
    return Person(name=draw(TIDY), function=draw(TIDY | st.just("")), channels=tuple(channels),
                  availability=parse_availability(draw(AVAILABILITY)),
                  liaison_login=draw(LOGIN | st.just("")),
                  verified_on=draw(st.none() | st.dates(date(2000, 1, 1), date(2030, 1, 1))),
                  known_since=draw(st.none() | st.dates(date(2000, 1, 1), date(2030, 1, 1))),
                  notes=draw(TEXT.map(str.strip)), departed=draw(st.booleans()))


@settings(max_examples=80, deadline=None)
@given(people(), TIDY | st.just(""))
def test_written_people_read_back_the_same(person, organisation):
    (read,) = read_vcards(write_vcards([ContactCard(RowKind.PERSON, person,
                                                    Organisation(organisation) if organisation else None)]))
    assert read.errors == ()
    assert read.card.person == person
    assert read.card.organisation_name == organisation


@settings(max_examples=60, deadline=None)
@given(TIDY, st.sampled_from(list(OrganisationKind)), st.lists(TIDY, max_size=3), TEXT.map(str.strip),
       st.none() | PHONE)
def test_written_organisations_read_back_the_same(name, kind, municipalities, notes, phone):
    org = Organisation(name, kind, tuple(municipalities), address=notes, phone=phone or "",
                       crisis_phone=phone or "", notes=notes)
    (read,) = read_vcards(write_vcards([ContactCard(RowKind.ORGANISATION, None, org)]))
    assert read.errors == ()
    assert read.card.organisation == org


# -- what a fuzzer found: odd charsets, control characters, parameters and line ends -----------------------

@pytest.mark.parametrize("line", [
    b"FN;CHARSET=rot13;ENCODING=QUOTED-PRINTABLE:Jan=20Smit",        # not a text encoding
    b"FN;CHARSET=base64;ENCODING=QUOTED-PRINTABLE:Jan Smit",
    b"FN;CHARSET=idna;ENCODING=QUOTED-PRINTABLE:Jan Smit=FF",         # idna cannot replace what it lacks
    b"FN;CHARSET=punycode;ENCODING=QUOTED-PRINTABLE:Jan Smit=FF=FE",
    b"FN;CHARSET=\xff\xfe\x80;ENCODING=QUOTED-PRINTABLE:Jan Smit",    # odd bytes
    b"FN;CHARSET=x-unknown-8;ENCODING=QUOTED-PRINTABLE:Jan Smit",
    b"FN;CHARSET=utf-16;ENCODING=QUOTED-PRINTABLE:Jan Smit=FF",       # an odd number of bytes
    b"FN;CHARSET=utf-16;ENCODING=BASE64:SmFuIFNtaXQ=",
    b"FN;CHARSET=utf-7:Jan Smit",
    b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jan Smit=C3",         # a cut UTF-8 sequence
])
def test_an_odd_charset_reads_the_card_anyway(line):
    (card,) = read_vcards(b"BEGIN:VCARD\r\nVERSION:2.1\r\n" + line + b"\r\nTEL;CELL:0612345678\r\nEND:VCARD\r\n")
    assert card.errors == ()
    assert card.card.person.name.startswith("Jan") or card.card.person.name
    assert card.card.person.channels == (Channel(ChannelKind.MOBILE, "0612345678"),)


@pytest.mark.parametrize("control", ["\x00", "\x08", "\x0b", "\x1f", "\x7f"])
def test_a_control_character_far_into_the_file_is_an_error_of_its_card(control):
    first = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anouk Bakker\r\nNOTE:" + "lang " * 1000 + "\r\nEND:VCARD\r\n"
    data = (first + f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva{control}de Graaf\r\nEND:VCARD\r\n").encode()
    assert data.index(control.encode()) > 4096
    anouk, eva = read_vcards(data)
    assert anouk.errors == ()
    assert errors_nl(eva) == [f"regel 8: er staat een stuurteken (U+{ord(control):04X}) in, en dat is geen tekst"]


def test_a_control_character_in_a_broken_line_is_not_quoted_as_such():
    long = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anouk Bakker\r\nNOTE:" + b"lang " * 1000 + b"\r\nEND:VCARD\r\n"
    _, card = read_vcards(long + b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva\r\nN\x00OTE:x\r\nEND:VCARD\r\n")
    assert "\x00" not in errors_nl(card)[0] and "\ufffd" in errors_nl(card)[0]


def test_android_custom_labels_and_cr_cr_lf_line_ends():
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Elle de Wit\r\n"
            "TEL;X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=57=65=72=6B):0612345678\r\n"
            "NOTE:een lange notitie die over\r\n twee regels loopt\r\nEND:VCARD\r\n").replace("\r\n", "\r\r\n")
    (card,) = read_vcards(data.encode())
    assert card.errors == ()
    assert card.card.person.channels == (Channel(ChannelKind.PHONE, "0612345678"),)
    assert card.card.person.notes == "een lange notitie die overtwee regels loopt"


def test_both_kinds_of_e_mail_are_written_apart_and_read_back():
    person = Person("Anouk Bakker", channels=(Channel(ChannelKind.EMAIL, "anouk@gmail.com"),
                                              Channel(ChannelKind.SECURE_EMAIL, "a.bakker@zorgmail.nl", True)))
    data = write_vcards([ContactCard(RowKind.PERSON, person)])
    assert b"EMAIL;TYPE=work:anouk@gmail.com\r\n" in data
    assert b"EMAIL;TYPE=work;X-WIJKZORG-SECURE=1;PREF=1:a.bakker@zorgmail.nl\r\n" in data
    (read,) = read_vcards(data)
    assert read.card.person.channels == person.channels


PARAMETER = st.text(st.sampled_from("AZaz09-_=,;:\"()\\ \t\xe9\x00"), max_size=12)
CHARSET = st.sampled_from(["", "UTF-8", "utf-16", "Windows-1252", "rot13", "base64", "idna", "punycode",
                           "\xff\xfe", "x-nonsense", "utf-7", "zlib", "hex", "unicode-escape"])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["FN", "N", "ORG", "TEL", "EMAIL", "NOTE", "KEY", "ADR", "X-WIJKZORG-VERIFIED",
                        "item1.TEL", "PHOTO", "X-ABLabel"]),
       PARAMETER, CHARSET, st.sampled_from(["", "QUOTED-PRINTABLE", "BASE64", "B", "8BIT"]),
       st.text(max_size=30), st.sampled_from(["\r\n", "\n", "\r", "\r\r\n"]))
@example("FN", "", "rot13", "QUOTED-PRINTABLE", "Jan=20A", "\r\n")
@example("FN", "", "idna", "QUOTED-PRINTABLE", "J\xe9n=FF", "\r\n")
@example("FN", "", "base64", "QUOTED-PRINTABLE", "Jan", "\r\n")
@example("TEL", "X-CUSTOM(CHARSET=UTF-8,ENCODING=QUOTED-PRINTABLE,=4C)", "", "", "0612345678", "\r\n")
@example("NOTE", "", "", "", "a\x00b", "\r\r\n")
@example("X-WIJKZORG-VERIFIED", "", "", "", "٣-3-2024", "\n")
def test_any_property_with_any_parameters_reads_cleanly(name, parameter, charset, encoding, value, newline):
    params = (f";{parameter}" if parameter else "") + (f";CHARSET={charset}" if charset else "") + \
        (f";ENCODING={encoding}" if encoding else "")
    text = newline.join(["BEGIN:VCARD", "VERSION:2.1", "FN:Vaste Naam", f"{name}{params}:{value}", "END:VCARD", ""])
    with contextlib.suppress(UnreadableContactFile):
        found = read_vcards(text.encode("utf-8", errors="replace"))
        assert [c.number for c in found] == list(range(1, len(found) + 1))
        assert all(c.card is not None for c in found)


@pytest.mark.parametrize("continuation", ["\r\n", "\r\n ", "\r\n  "])
def test_a_photo_of_megabytes_in_any_2_1_style_is_passed_over(continuation):
    """Outlook 2003 continues base64 with bare lines up to a blank one, Android with one space, Mac with two."""
    photo = base64.b64encode(bytes(range(256)) * 12_000).decode()
    body = continuation.join(photo[i:i + 76] for i in range(0, len(photo), 76))
    data = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Bos;Noor\r\nPHOTO;ENCODING=BASE64;TYPE=JPEG:" + body +
            "\r\n\r\nTEL;CELL:0612345678\r\nEND:VCARD\r\n").encode()
    assert len(data) > 4_000_000
    (card,) = read_vcards(data)
    assert card.errors == ()
    assert card.card.person.name == "Noor Bos"
    assert card.card.person.channels == (Channel(ChannelKind.MOBILE, "0612345678"),)


def test_a_stray_control_character_in_the_first_card_is_an_error_of_that_card_only():
    anouk, bram = read_vcards(b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Anouk\r\nNOTE:een\x0btwee\r\nEND:VCARD\r\n"
                              b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Bram\r\nEND:VCARD\r\n")
    assert errors_nl(anouk) == ["regel 4: er staat een stuurteken (U+000B) in, en dat is geen tekst"]
    assert bram.errors == ()
