"""vCard files of the sociale kaart: read 2.1, 3.0 and 4.0 as real programs write them; write 4.0.

Each card is read on its own: a card with a broken line, a missing ``END:VCARD`` or an unknown nested
block gets its own errors and the other cards are still read. What we write (RFC 6350, one card per
organisation with ``KIND:org`` and one per person) reads back into the same contact map, our own
fields travelling as ``X-WIJKZORG-*`` properties.
"""

from __future__ import annotations

import base64
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..domain.availability import Availability, AvailabilityKind
from ..domain.contact_index import RowKind
from ..domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person
from ..domain.search import fold
from ..domain.text import QT_TRANSLATE_NOOP, Message
from .contact_card import (
    ContactCard,
    ReadCard,
    at_line,
    control_character,
    decode_text,
    looks_binary,
    message,
    printable,
    read_availability,
    read_day,
    read_flag,
    read_kind,
    unreadable,
)
from .vcard_lines import (
    ContentLine,
    base64_bytes,
    decoded,
    escape,
    fold_line,
    parse_line,
    split,
    unescape,
    unfold,
)

NOT_A_LINE = QT_TRANSLATE_NOOP("contacts", "\"{text}\" is not a vCard line (name:value)")
NO_END = QT_TRANSLATE_NOOP("contacts", "the card that starts at line {line} has no END:VCARD")
NESTED = QT_TRANSLATE_NOOP("contacts", "BEGIN:{name} inside a card cannot be read")
STRAY_END = QT_TRANSLATE_NOOP("contacts", "END:{name} without BEGIN:{name}")
BAD_BASE64 = QT_TRANSLATE_NOOP("contacts", "the certificate (KEY) is not valid base64")
NO_CARDS = QT_TRANSLATE_NOOP("contacts", "there is no vCard in it (BEGIN:VCARD is missing)")
NOT_TEXT = QT_TRANSLATE_NOOP("contacts", "it is not a text file")

SECURE = "X-WIJKZORG-SECURE"  # EMAIL parameter: the address is secure e-mail (beveiligde e-mail)
_MOBILE_TYPES = {"cell", "mobile", "iphone", "cellular"}
_MOBILE_WORDS = ("mobiel", "mobile", "cell", "gsm", "iphone")
_PGP = re.compile(r"pgp", re.IGNORECASE)
_TEL_URI = re.compile(r"^\+?[0-9]+$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class _Block:
    number: int
    begin: int
    lines: list[ContentLine] = field(default_factory=list)
    errors: list[Message] = field(default_factory=list)


def read_vcards(data: bytes, source: str = "") -> list[ReadCard]:
    """Every card in the file, numbered from 1; ``UnreadableContactFile`` when there is none."""
    text, utf8 = decode_text(data)
    if looks_binary(text):
        raise unreadable(source, NOT_TEXT)
    blocks = _blocks(text)
    if not blocks:
        raise unreadable(source, NO_CARDS)
    return [_read_card(block, utf8) for block in blocks]


def _short(text: str) -> str:
    return printable(text if len(text) <= 40 else text[:39] + "…")


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    nested = ""
    for number, logical in unfold(text):
        if not logical.strip():
            continue
        line = parse_line(number, logical.lstrip())
        word = line.value.strip().upper() if line else ""
        starts_card = line is not None and line.name == "BEGIN" and word == "VCARD"
        if current is None:
            if starts_card:
                current = _Block(len(blocks) + 1, number)
            continue
        if starts_card:
            current.errors.append(message(NO_END, line=current.begin))
            blocks.append(current)
            current, nested = _Block(len(blocks) + 1, number), ""
        elif nested:
            if line is not None and line.name == "END" and word == nested:
                nested = ""
        elif line is None:
            current.errors.append(at_line(number, message(NOT_A_LINE, text=_short(logical.strip()))))
        elif line.name == "BEGIN":
            current.errors.append(at_line(number, message(NESTED, name=line.value.strip())))
            nested = word
        elif line.name == "END":
            if word == "VCARD":
                blocks.append(current)
                current = None
            else:
                current.errors.append(at_line(number, message(STRAY_END, name=line.value.strip())))
        else:
            current.lines.append(line)
    if current is not None:
        current.errors.append(message(NO_END, line=current.begin))
        blocks.append(current)
    return blocks


# -- one card ----------------------------------------------------------------------------------------

@dataclass
class _Card:
    utf8: bool
    problems: list[Message] = field(default_factory=list)
    fn: str = ""
    n: str = ""
    org: str = ""
    title: str = ""
    role: str = ""
    kind: str = ""
    show_as: str = ""
    channels: list[tuple[int, Channel]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    certificate: bytes | None = None
    address: str = ""
    website: str = ""
    own: dict[str, ContentLine] = field(default_factory=dict)
    flagged: set[int] = field(default_factory=set)

    def text(self, line: ContentLine) -> str:
        value = decoded(line, self.utf8)
        problem = control_character(value.replace("\r", "").replace("\n", ""))
        if problem is not None and line.line not in self.flagged:
            self.flagged.add(line.line)
            self.problems.append(at_line(line.line, problem))
        return value


def _read_card(block: _Block, utf8: bool) -> ReadCard:
    card = _Card(utf8, list(block.errors))
    labels = {line.group.lower(): fold(_apple_label(unescape(card.text(line))))
              for line in block.lines if line.name == "X-ABLABEL" and line.group}
    for line in block.lines:
        _read_line(card, line, labels)
    is_org = card.kind != "individual" and (
        card.kind == "org" or card.show_as == "COMPANY" or "X-WIJKZORG-KIND" in card.own
        or (bool(card.org) and not card.n and (not card.fn or fold(card.fn) == fold(card.org))))
    result = _organisation(card) if is_org else _person(card)
    return ReadCard(block.number, result, tuple(card.problems))


def _apple_label(text: str) -> str:
    """``_$!<Mobile>!$_`` (Apple's built-in labels) -> ``Mobile``."""
    match = re.fullmatch(r"_\$!<(.*)>!\$_", text.strip())
    return match.group(1) if match else text


def _read_line(card: _Card, line: ContentLine, labels: dict[str, str]) -> None:
    name = line.name
    if name == "FN":
        card.fn = card.fn or " ".join(unescape(card.text(line)).split())
    elif name == "N":
        card.n = card.n or _name_from_n(split(card.text(line)))
    elif name == "ORG":
        card.org = card.org or " ".join(split(card.text(line))[0].split())
    elif name == "TITLE":
        card.title = card.title or unescape(card.text(line)).strip()
    elif name == "ROLE":
        card.role = card.role or unescape(card.text(line)).strip()
    elif name == "KIND":
        card.kind = unescape(card.text(line)).strip().lower()
    elif name == "X-ABSHOWAS":
        card.show_as = card.text(line).strip().upper()
    elif name in ("TEL", "EMAIL", "X-SIILO", "IMPP"):
        channel = _channel(card, line, labels.get(line.group.lower(), ""))
        if channel is not None:
            card.channels.append((_rank(line), channel))
    elif name == "NOTE":
        card.notes.append(unescape(card.text(line)).replace("\r\n", "\n"))
    elif name == "KEY" and card.certificate is None:
        card.certificate = _key(card, line)
    elif name == "ADR":
        card.address = card.address or _address(split(card.text(line)))
    elif name == "URL":
        card.website = card.website or unescape(card.text(line)).strip()
    elif name.startswith("X-WIJKZORG-"):
        card.own.setdefault(name, line)


def _name_from_n(parts: list[str]) -> str:
    family, given, additional, prefix, suffix = (parts + [""] * 5)[:5]
    words = [prefix, given, additional, family, suffix]
    return " ".join(" ".join(w.replace(",", " ").split()) for w in words if w.strip())


def _address(parts: list[str]) -> str:
    pobox, extended, street, locality, region, code, country = (parts + [""] * 7)[:7]
    pieces = [pobox, extended, street, f"{code.strip()} {locality.strip()}", region, country]
    return ", ".join(p.strip() for p in pieces if p.strip())


def _rank(line: ContentLine) -> int:
    """How preferred: ``PREF=1`` (4.0) before ``PREF=2``; ``TYPE=pref`` (3.0) or bare ``PREF`` (2.1)
    count as 1; 1000 is not preferred."""
    pref = line.param("PREF").strip()
    if pref.isdigit():
        return max(1, min(int(pref), 100))
    return 1 if "pref" in line.types else 1000


def _tel_value(text: str) -> str:
    value = text.strip()
    if value.lower().startswith("tel:"):
        value = urllib.parse.unquote(value[4:].split(";", 1)[0])
    return value


def _channel(card: _Card, line: ContentLine, label: str) -> Channel | None:
    value = unescape(card.text(line)).strip()
    types = line.types
    if line.name == "TEL":
        if "fax" in types and "voice" not in types:
            return None
        mobile = bool(types & _MOBILE_TYPES) or any(word in label for word in _MOBILE_WORDS)
        kind = ChannelKind.MOBILE if mobile else ChannelKind.PHONE
        value = _tel_value(value)
    elif line.name == "EMAIL":
        # Plain e-mail, as every address book writes it; secure only as we write it, when the user chose it.
        kind = ChannelKind.SECURE_EMAIL if read_flag(line.param(SECURE), []) else ChannelKind.EMAIL
        value = value[7:] if value.lower().startswith("mailto:") else value
    elif line.name == "X-SIILO":
        kind = ChannelKind.SIILO
    else:  # IMPP: siilo:name, or X-SERVICE-TYPE=Siilo
        service = fold(line.param("X-SERVICE-TYPE"))
        if value.lower().startswith("siilo:"):
            value = value[6:]
        elif service != "siilo":
            return None
        kind = ChannelKind.SIILO
    return Channel(kind, value.strip()) if value.strip() else None


def _key(card: _Card, line: ContentLine) -> bytes | None:
    """The certificate in a KEY: base64 (2.1, 3.0), a data URI (4.0) or PEM text; PGP keys and
    links are not certificates and are passed over."""
    if _PGP.search(" ".join(line.types) + line.param("MEDIATYPE")):
        return None
    value = line.value.strip()
    try:
        if line.encoding == "b":
            return base64_bytes(value)
        if value.lower().startswith("data:"):
            head, _, payload = value[5:].replace("\\,", ",").partition(",")
            if _PGP.search(head):
                return None
            if head.lower().endswith(";base64"):
                return base64_bytes(payload)
            return urllib.parse.unquote_to_bytes(payload)
    except ValueError:
        card.problems.append(at_line(line.line, message(BAD_BASE64)))
        return None
    text = unescape(card.text(line))
    if "-----BEGIN CERTIFICATE-----" in text:
        return text.encode("ascii", errors="replace")
    if re.match(r"^[a-z][a-z0-9+.-]*:", value, re.IGNORECASE):  # a link (https:, ldap:)
        return None
    try:
        return base64_bytes(value)
    except ValueError:
        card.problems.append(at_line(line.line, message(BAD_BASE64)))
        return None


def _own(card: _Card, name: str) -> tuple[ContentLine | None, str]:
    line = card.own.get(name)
    return (line, unescape(card.text(line))) if line is not None else (None, "")


def _checked(card: _Card, name: str, read):
    """Our own property ``name`` read with ``read(text, problems)``, its problems tagged with its line."""
    line, text = _own(card, name)
    problems: list[Message] = []
    value = read(text, problems)
    card.problems += [at_line(line.line if line else 0, p) for p in problems]
    return value


def _preferred(channels: list[tuple[int, Channel]]) -> tuple[Channel, ...]:
    best = min((rank for rank, _ in channels), default=1000)
    chosen = next((i for i, (rank, _) in enumerate(channels) if rank == best), -1) if best < 1000 else -1
    return tuple(Channel(c.kind, c.value, i == chosen) for i, (_, c) in enumerate(channels))


def _person(card: _Card) -> ContactCard:
    person = Person(
        name=card.fn or card.n,
        function=card.title or card.role,
        channels=_preferred(card.channels),
        availability=_checked(card, "X-WIJKZORG-AVAILABILITY", read_availability),
        liaison_login=_own(card, "X-WIJKZORG-LIAISON")[1].strip(),
        verified_on=_checked(card, "X-WIJKZORG-VERIFIED", read_day),
        known_since=_checked(card, "X-WIJKZORG-KNOWN-SINCE", read_day),
        notes="\n".join(card.notes),
        certificate=card.certificate,
        departed=_checked(card, "X-WIJKZORG-DEPARTED", read_flag),
    )
    return ContactCard(RowKind.PERSON, person, Organisation(card.org) if card.org else None)


def _organisation(card: _Card) -> ContactCard:
    phones = [c.value for _, c in card.channels if c.kind in (ChannelKind.PHONE, ChannelKind.MOBILE)]
    emails = [c.value for _, c in sorted(card.channels, key=lambda rc: rc[1].kind != ChannelKind.SECURE_EMAIL)
              if c.kind in (ChannelKind.EMAIL, ChannelKind.SECURE_EMAIL)]
    listed = card.own.get("X-WIJKZORG-MUNICIPALITIES")
    municipalities = tuple(m.strip() for m in split(card.text(listed), ",") if m.strip()) if listed else ()
    organisation = Organisation(
        name=card.fn or card.org or card.n,
        kind=_checked(card, "X-WIJKZORG-KIND", read_kind),
        municipalities=municipalities,
        address=card.address,
        phone=phones[0] if phones else "",
        crisis_phone=_tel_value(_own(card, "X-WIJKZORG-CRISIS-TEL")[1]),
        secure_email=emails[0] if emails else "",
        website=card.website,
        opening_hours=_checked(card, "X-WIJKZORG-AVAILABILITY", read_availability),
        notes="\n".join(card.notes),
        certificate=card.certificate,
    )
    return ContactCard(RowKind.ORGANISATION, None, organisation)


# -- writing -----------------------------------------------------------------------------------------

def write_vcards(cards: Iterable[ContactCard]) -> bytes:
    """vCard 4.0, UTF-8, CRLF, lines folded at 75 octets."""
    lines: list[str] = []
    for card in cards:
        if card.kind == RowKind.ORGANISATION and card.organisation is not None:
            body = _organisation_lines(card.organisation)
        elif card.person is not None:
            body = _person_lines(card.person, card.organisation_name)
        else:
            continue
        lines += ["BEGIN:VCARD", "VERSION:4.0", *body, "END:VCARD"]
    return "".join(fold_line(line) + "\r\n" for line in lines).encode("utf-8")


def _text(value: str) -> str:
    return escape(_CONTROL.sub(" ", value))


def _tel(name: str, params: str, value: str) -> str:
    if _TEL_URI.match(value):
        return f"{name};VALUE=uri{params}:tel:{value}"
    return f"{name}{params}:{_text(value)}"


def _key_line(certificate: bytes | None) -> list[str]:
    if certificate is None:
        return []
    return ["KEY:data:application/pkix-cert;base64," + base64.b64encode(certificate).decode("ascii")]


def _availability_line(availability: Availability) -> list[str]:
    if availability.kind == AvailabilityKind.UNKNOWN:
        return []
    return [f"X-WIJKZORG-AVAILABILITY:{_text(availability.text())}"]


def _person_lines(person: Person, organisation: str) -> list[str]:
    words = person.name.split()
    given, family = (words[0], " ".join(words[1:])) if len(words) > 1 else ("", person.name)
    lines = ["KIND:individual", f"FN:{_text(person.name)}", f"N:{_text(family)};{_text(given)};;;"]
    if organisation:
        lines.append(f"ORG:{_text(organisation)}")
    if person.function:
        lines.append(f"TITLE:{_text(person.function)}")
    for channel in person.channels:
        pref = ";PREF=1" if channel.preferred else ""
        if channel.kind == ChannelKind.PHONE:
            lines.append(_tel("TEL", f";TYPE=voice{pref}", channel.value))
        elif channel.kind == ChannelKind.MOBILE:
            lines.append(_tel("TEL", f";TYPE=cell{pref}", channel.value))
        elif channel.kind == ChannelKind.EMAIL:
            lines.append(f"EMAIL;TYPE=work{pref}:{_text(channel.value)}")
        elif channel.kind == ChannelKind.SECURE_EMAIL:
            lines.append(f"EMAIL;TYPE=work;{SECURE}=1{pref}:{_text(channel.value)}")
        else:
            lines.append(f"X-SIILO{pref}:{_text(channel.value)}")
    if person.notes:
        lines.append(f"NOTE:{_text(person.notes)}")
    lines += _key_line(person.certificate)
    lines += _availability_line(person.availability)
    if person.verified_on:
        lines.append(f"X-WIJKZORG-VERIFIED:{person.verified_on.isoformat()}")
    if person.known_since:
        lines.append(f"X-WIJKZORG-KNOWN-SINCE:{person.known_since.isoformat()}")
    if person.liaison_login:
        lines.append(f"X-WIJKZORG-LIAISON:{_text(person.liaison_login)}")
    if person.departed:
        lines.append("X-WIJKZORG-DEPARTED:1")
    return lines


def _organisation_lines(org: Organisation) -> list[str]:
    lines = ["KIND:org", f"FN:{_text(org.name)}", f"ORG:{_text(org.name)}"]
    if org.kind != OrganisationKind.OTHER:
        lines.append(f"X-WIJKZORG-KIND:{org.kind.value}")
    if org.municipalities:
        lines.append("X-WIJKZORG-MUNICIPALITIES:" + ",".join(_text(m) for m in org.municipalities))
    if org.address:
        lines.append(f"ADR;TYPE=work:;;{_text(org.address)};;;;")
    if org.phone:
        lines.append(_tel("TEL", ";TYPE=work,voice", org.phone))
    if org.crisis_phone:
        lines.append(_tel("X-WIJKZORG-CRISIS-TEL", "", org.crisis_phone))
    if org.secure_email:
        lines.append(f"EMAIL;TYPE=work;{SECURE}=1:{_text(org.secure_email)}")
    if org.website:
        lines.append(f"URL:{_text(org.website)}")
    lines += _availability_line(org.opening_hours)
    if org.notes:
        lines.append(f"NOTE:{_text(org.notes)}")
    lines += _key_line(org.certificate)
    return lines
