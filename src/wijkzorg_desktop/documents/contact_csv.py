"""CSV files of the sociale kaart, with a header row: as Dutch Excel, Outlook or a script writes them.

Reading: UTF-8 (with or without byte-order mark) or Windows-1252; ``;``, ``,`` or tab between fields;
header names in Dutch or English, case and accents ignored; columns we do not know are named once and
otherwise ignored. Writing: ``;`` and UTF-8 with a byte-order mark, so Excel on a Dutch Windows opens it
as it is, Dutch header names, and a ``type`` column so organisations come back too.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` is written with a ``'`` before it, so a spreadsheet
shows it as text instead of running it as a formula; reading takes that ``'`` off again.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.availability import AvailabilityKind
from ..domain.contact_index import RowKind
from ..domain.contacts import PHONE_KINDS, Channel, ChannelKind, Organisation, OrganisationKind, Person
from ..domain.search import fold
from ..domain.text import QT_TRANSLATE_NOOP, Message
from .contact_card import (
    ContactCard,
    ReadCard,
    control_character,
    decode_text,
    looks_binary,
    message,
    read_availability,
    read_day,
    read_flag,
    read_kind,
    unreadable,
)

# (field, Dutch header written on export, other names accepted on import)
COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("type", "type", ("soort rij", "persoon of organisatie", "person or organisation", "record type")),
    ("name", "naam", ("name", "volledige naam", "full name", "weergavenaam", "display name",
                      "contactpersoon", "contact")),
    ("organisation", "organisatie", ("organisation", "organization", "bedrijf", "company", "instelling",
                                     "organisatienaam", "organization name", "organization 1 - name")),
    ("function", "functie", ("function", "job title", "title", "functietitel", "rol", "role", "organization title",
                             "organization 1 - title")),
    ("phone", "telefoon", ("phone", "telefoonnummer", "tel", "telefoon werk", "business phone", "work phone",
                           "phone number", "vast nummer", "vaste telefoon", "telefoon op werk", "phone 1 - value")),
    ("mobile", "mobiel", ("mobile", "mobiel nummer", "mobiele telefoon", "mobile phone", "gsm", "06")),
    ("email", "e-mail", ("email", "e-mailadres", "emailadres", "e-mail address", "email address",
                         "e-mail werk", "business email", "e-mail 1 - value")),
    ("secure_email", "beveiligde e-mail", ("secure e-mail", "secure email", "beveiligde email", "zorgmail")),
    ("siilo", "siilo", ()),
    ("preferred", "voorkeur", ("voorkeurskanaal", "preferred", "preferred channel")),
    ("availability", "bereikbaarheid", ("availability", "bereikbaar", "openingstijden", "opening hours")),
    ("verified", "gecontroleerd", ("verified", "laatst gecontroleerd", "gecontroleerd op", "last verified",
                                   "verified on")),
    ("known_since", "ken ik sinds", ("known since", "bekend sinds")),
    ("liaison", "aanspreekpunt", ("liaison", "aanspreekpunt in de praktijk", "liaison in our practice",
                                  "contactpersoon praktijk")),
    ("departed", "vertrokken", ("departed",)),
    ("kind", "soort", ("kind", "soort organisatie", "organisation kind", "organization kind", "categorie",
                       "category")),
    ("municipalities", "gemeenten", ("gemeente", "gemeente(n)", "municipality", "municipalities")),
    ("address", "adres", ("address", "bezoekadres")),
    ("crisis_phone", "crisisnummer", ("crisis number", "crisis phone", "crisistelefoon", "crisislijn")),
    ("website", "website", ("url", "web site", "web page", "webpagina", "internet", "website 1 - value")),
    ("notes", "notities", ("notes", "notitie", "note", "opmerkingen", "opmerking", "toelichting")),
    ("certificate", "certificaat", ("certificate",)),
)
# Outlook and address books split the name; we join it again.
_NAME_PARTS = (("first_name", ("voornaam", "roepnaam", "first name", "given name")),
               ("middle_name", ("tussenvoegsel", "tussenvoegsels", "middle name", "additional name",
                                "middelste naam")),
               ("last_name", ("achternaam", "last name", "surname", "family name")))
_HEADERS: dict[str, str] = {
    fold(name): key for key, dutch, others in COLUMNS for name in (key.replace("_", " "), dutch, *others)
} | {fold(name): key for key, names in _NAME_PARTS for name in names}

PERSON_TYPE, ORGANISATION_TYPE = "persoon", "organisatie"
_TYPES = {"persoon": RowKind.PERSON, "person": RowKind.PERSON, "contactpersoon": RowKind.PERSON,
          "organisatie": RowKind.ORGANISATION, "organisation": RowKind.ORGANISATION,
          "organization": RowKind.ORGANISATION, "org": RowKind.ORGANISATION,
          "instelling": RowKind.ORGANISATION}
_CHANNEL_COLUMNS = (("phone", ChannelKind.PHONE), ("mobile", ChannelKind.MOBILE),
                    ("email", ChannelKind.EMAIL), ("secure_email", ChannelKind.SECURE_EMAIL),
                    ("siilo", ChannelKind.SIILO))
_CHANNEL_WORDS = {"telefoon": ChannelKind.PHONE, "phone": ChannelKind.PHONE, "tel": ChannelKind.PHONE,
                  "mobiel": ChannelKind.MOBILE, "mobile": ChannelKind.MOBILE, "gsm": ChannelKind.MOBILE,
                  "e mail": ChannelKind.EMAIL, "email": ChannelKind.EMAIL,
                  "beveiligde e mail": ChannelKind.SECURE_EMAIL, "siilo": ChannelKind.SIILO}
_FORMULA = "=+-@"

NOT_TEXT = QT_TRANSLATE_NOOP("contacts", "it is not a text file")
EMPTY = QT_TRANSLATE_NOOP("contacts", "the file is empty")
BROKEN = QT_TRANSLATE_NOOP("contacts", "it is not a readable CSV file ({detail})")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "contacts", "its first row has no column for the name (naam) or the organisation (organisatie)")
FIELD_COUNT = QT_TRANSLATE_NOOP("contacts", "this row has {found} fields where the first row has {expected}")
UNKNOWN_TYPE = QT_TRANSLATE_NOOP("contacts", "\"{value}\" is not a type; use persoon or organisatie")
UNKNOWN_PREFERRED = QT_TRANSLATE_NOOP("contacts", "the preferred channel \"{value}\" is not in this row")
BAD_CERTIFICATE = QT_TRANSLATE_NOOP("contacts", "the certificate is neither PEM nor base64")


@dataclass(frozen=True)
class CsvContents:
    rows: tuple[ReadCard, ...]
    ignored_columns: tuple[str, ...]


def sniff_delimiter(text: str) -> str:
    """The separator of the header row: the most frequent of ``;`` ``,`` and tab outside quotes."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    unquoted = re.sub(r'"[^"]*"', "", first)
    counts = {sep: unquoted.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def read_csv(data: bytes, source: str = "") -> CsvContents:
    """Every data row, numbered from 1 (the header row not counted); ``UnreadableContactFile`` for a
    file that is not a CSV of contacts."""
    text, _ = decode_text(data)
    if looks_binary(text):
        raise unreadable(source, NOT_TEXT)
    if not text.strip():
        raise unreadable(source, EMPTY)
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text)))
    except csv.Error as exc:
        raise unreadable(source, BROKEN, detail=str(exc)) from None
    start = next((i for i, r in enumerate(records) if any(cell.strip() for cell in r)), None)
    if start is None:
        raise unreadable(source, EMPTY)
    header, body = records[start], records[start + 1:]
    columns, ignored = _columns(header)
    if not {"name", "organisation", "first_name", "last_name"} & set(columns.values()):
        raise unreadable(source, NO_NAME_COLUMN)
    rows = []
    for number, record in enumerate(body, start=1):
        if not any(cell.strip() for cell in record):
            continue
        problems: list[Message] = []
        if len(record) != len(header):
            problems.append(message(FIELD_COUNT, found=len(record), expected=len(header)))
        control = next((p for p in map(control_character, record) if p is not None), None)
        if control is not None:
            problems.append(control)
        cells = {key: _cell(record[i]) for i, key in columns.items() if i < len(record)}
        card = _card(cells, problems)
        rows.append(ReadCard(number, card, tuple(problems)))
    return CsvContents(tuple(rows), tuple(ignored))


# A header that means a field only when no other header does: Outlook's English export has "Title" for
# the salutation (Dhr., Mevr.) beside "Job Title" for the function.
_WEAK_HEADERS = frozenset({fold("title")})


def _columns(header: list[str]) -> tuple[dict[int, str], list[str]]:
    columns: dict[int, str] = {}
    names = [_cell(raw) for raw in header]
    for weak in (False, True):
        for i, name in enumerate(names):
            key = _HEADERS.get(fold(name))
            if key is not None and (fold(name) in _WEAK_HEADERS) == weak and key not in columns.values():
                columns[i] = key
    ignored = [name for i, name in enumerate(names) if name and i not in columns]
    return dict(sorted(columns.items())), ignored


def _cell(text: str) -> str:
    value = text.strip()
    if value.startswith("'") and value.lstrip("'")[:1] in tuple(_FORMULA):
        return value[1:]
    return value


def _values(text: str) -> list[str]:
    """A list in one cell: ``Houten; Nuenen, Gerwen en Nederwetten`` when a ``;`` is there (as we write
    it), else ``Houten, Bunnik`` (as people type it); one per line works too."""
    separator = r"[;\n]" if ";" in text else r"[,\n]"
    return [v.strip() for v in re.split(separator, text) if v.strip()]


def _joined(values: Iterable[str]) -> str:
    items = list(values)
    text = "; ".join(items)
    return text + ";" if len(items) == 1 and "," in text else text


def _certificate(text: str, problems: list[Message]) -> bytes | None:
    if not text:
        return None
    if "-----BEGIN CERTIFICATE-----" in text:
        return text.encode("ascii", errors="replace")
    compact = "".join(text.split())
    try:
        return base64.b64decode(compact + "=" * (-len(compact) % 4), validate=True)
    except (binascii.Error, ValueError):
        problems.append(message(BAD_CERTIFICATE))
        return None


def _kind(cells: dict[str, str], problems: list[Message]) -> RowKind:
    word = fold(cells.get("type", ""))
    if not word:
        named = any(cells.get(key) for key in ("name", "first_name", "last_name"))
        return RowKind.ORGANISATION if not named and cells.get("organisation") else RowKind.PERSON
    if word not in _TYPES:
        problems.append(message(UNKNOWN_TYPE, value=cells["type"]))
        return RowKind.PERSON
    return _TYPES[word]


def _card(cells: dict[str, str], problems: list[Message]) -> ContactCard:
    kind = _kind(cells, problems)
    get = cells.get
    certificate = _certificate(get("certificate", ""), problems)
    availability = read_availability(get("availability", ""), problems)
    if kind == RowKind.ORGANISATION:
        phones = _values(get("phone", "") or get("mobile", ""))
        emails = _values(get("secure_email", "") or get("email", ""))
        organisation = Organisation(
            name=get("name", "") or get("organisation", ""), kind=read_kind(get("kind", ""), problems),
            municipalities=tuple(_values(get("municipalities", ""))), address=get("address", ""),
            phone=phones[0] if phones else "", crisis_phone=get("crisis_phone", ""),
            secure_email=emails[0] if emails else "", website=get("website", ""),
            opening_hours=availability, notes=get("notes", ""), certificate=certificate)
        return ContactCard(RowKind.ORGANISATION, None, organisation)
    name = get("name", "") or " ".join(get(part, "") for part, _ in _NAME_PARTS if get(part, ""))
    person = Person(
        name=name, function=get("function", ""), channels=_channels(cells, problems),
        availability=availability, liaison_login=get("liaison", ""),
        verified_on=read_day(get("verified", ""), problems),
        known_since=read_day(get("known_since", ""), problems), notes=get("notes", ""),
        certificate=certificate, departed=read_flag(get("departed", ""), problems))
    org = get("organisation", "")
    return ContactCard(RowKind.PERSON, person, Organisation(org) if org else None)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _channels(cells: dict[str, str], problems: list[Message]) -> tuple[Channel, ...]:
    found = [Channel(kind, value) for key, kind in _CHANNEL_COLUMNS for value in _values(cells.get(key, ""))]
    wanted = cells.get("preferred", "")
    if not wanted or not found:
        return tuple(found)
    chosen = next((i for i, c in enumerate(found) if c.value.casefold() == wanted.casefold()), -1)
    if chosen < 0 and _digits(wanted):
        chosen = next((i for i, c in enumerate(found)
                       if c.kind in PHONE_KINDS and _digits(c.value) == _digits(wanted)), -1)
    if chosen < 0 and fold(wanted) in _CHANNEL_WORDS:  # "mobiel": the first mobile number
        kind = _CHANNEL_WORDS[fold(wanted)]
        chosen = next((i for i, c in enumerate(found) if c.kind == kind), -1)
    if chosen < 0:
        problems.append(message(UNKNOWN_PREFERRED, value=wanted))
    return tuple(Channel(c.kind, c.value, i == chosen) for i, c in enumerate(found))


# -- writing -----------------------------------------------------------------------------------------

def safe_cell(value: str) -> str:
    """``=1+1`` -> ``'=1+1``: a spreadsheet shows it instead of running it."""
    return "'" + value if value.lstrip("'")[:1] in tuple(_FORMULA) and value else value


def _person_cells(person: Person, organisation: str) -> dict[str, str]:
    cells = {"type": PERSON_TYPE, "name": person.name, "organisation": organisation,
             "function": person.function, "liaison": person.liaison_login, "notes": person.notes,
             "verified": person.verified_on.isoformat() if person.verified_on else "",
             "known_since": person.known_since.isoformat() if person.known_since else "",
             "departed": "ja" if person.departed else ""}
    for key, kind in _CHANNEL_COLUMNS:
        cells[key] = _joined(c.value for c in person.channels if c.kind == kind)
    preferred = next((c for c in person.channels if c.preferred), None)
    if preferred is not None and len(person.channels) > 1:
        cells["preferred"] = preferred.value
    if person.availability.kind != AvailabilityKind.UNKNOWN:
        cells["availability"] = person.availability.text()
    if person.certificate:
        cells["certificate"] = base64.b64encode(person.certificate).decode("ascii")
    return cells


def _organisation_cells(org: Organisation) -> dict[str, str]:
    cells = {"type": ORGANISATION_TYPE, "name": org.name, "phone": org.phone, "secure_email": org.secure_email,
             "kind": org.kind.value if org.kind != OrganisationKind.OTHER else "",
             "municipalities": _joined(org.municipalities), "address": org.address,
             "crisis_phone": org.crisis_phone, "website": org.website, "notes": org.notes}
    if org.opening_hours.kind != AvailabilityKind.UNKNOWN:
        cells["availability"] = org.opening_hours.text()
    if org.certificate:
        cells["certificate"] = base64.b64encode(org.certificate).decode("ascii")
    return cells


def write_csv(cards: Iterable[ContactCard]) -> bytes:
    """``;``-separated UTF-8 with a byte-order mark and CRLF, one row per organisation and person."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([dutch for _, dutch, _ in COLUMNS])
    for card in cards:
        if card.kind == RowKind.ORGANISATION and card.organisation is not None:
            cells = _organisation_cells(card.organisation)
        elif card.person is not None:
            cells = _person_cells(card.person, card.organisation_name)
        else:
            continue
        writer.writerow([safe_cell(cells.get(key, "")) for key, _, _ in COLUMNS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
