"""Uittreksel uit de sociale kaart: the organisations and people the user selected, how and when to reach
them, to hand to a locum or a partner. Notes stay out unless the user chooses them (they are often
internal: "liever niet via het secretariaat")."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..domain.availability import AMSTERDAM, format_availability
from ..domain.contacts import CHANNEL_LABELS, KIND_LABELS, PHONE_KINDS, Channel, Organisation, Person, needs_check
from .dutch_text import display_phone, dutch, short_date
from .pdf_layout import (
    DocumentInfo,
    Letterhead,
    build,
    heading,
    key_values,
    nothing,
    table,
    title_block,
)

TITLE = "Uittreksel sociale kaart"
DOCUMENT_PREFIX = "SK"


@dataclass(frozen=True)
class ContactExtractData:
    letterhead: Letterhead
    document_id: str
    created: datetime                                        # aware
    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()
    organisation_names: Mapping[int, str] = field(default_factory=dict)   # for people whose organisation
    purpose: str = ""                                        # is not itself selected; "voor de waarneming"
    include_notes: bool = False
    author: str = ""


def render(data: ContactExtractData) -> bytes:
    info = DocumentInfo(TITLE, data.letterhead, data.document_id, data.created,
                        subtitle=data.purpose or "Geselecteerde organisaties en personen", author=data.author)
    today = data.created.astimezone(AMSTERDAM).date()
    story: list[Flowable] = title_block(info, [("Organisaties", str(len(data.organisations))),
                                               ("Personen", str(len(data.people)))])
    selected = {o.id for o in data.organisations}
    for org in sorted(data.organisations, key=lambda o: o.name.casefold()):
        story += heading(f"{org.name} — {dutch('contacts', KIND_LABELS[org.kind])}")
        story.append(key_values(_organisation_facts(org, data.include_notes)))
        people = [p for p in data.people if p.organisation_id == org.id]
        if people:
            story += [Spacer(1, 2 * mm), _people(people, today, data.include_notes)]
    others = [p for p in data.people if p.organisation_id not in selected or p.organisation_id is None]
    if others:
        story += heading("Personen" if not data.organisations else "Overige personen")
        story.append(_people(others, today, data.include_notes, data.organisation_names))
    if not data.organisations and not data.people:
        story.append(nothing("Niets geselecteerd."))
    return build(info, story)


def fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def _organisation_facts(org: Organisation, include_notes: bool) -> list[tuple[str, str]]:
    facts = [("Gemeenten", ", ".join(org.municipalities)), ("Adres", org.address),
             ("Telefoon", display_phone(org.phone) if org.phone else ""),
             ("Crisisnummer", display_phone(org.crisis_phone) if org.crisis_phone else ""),
             ("Beveiligde e-mail", org.secure_email), ("Website", org.website),
             ("Openingstijden", format_availability(org.opening_hours)),
             ("Certificaat (SHA-256)", fingerprint(org.certificate) if org.certificate else "")]
    if include_notes:
        facts.append(("Notities", org.notes))
    return [(k, v) for k, v in facts if v.strip()] or [("Gegevens", "geen")]


def channel_text(channel: Channel) -> str:
    value = display_phone(channel.value) if channel.kind in PHONE_KINDS else channel.value
    mark = " (voorkeur)" if channel.preferred else ""
    return f"{dutch('contacts', CHANNEL_LABELS[channel.kind])}: {value}{mark}"


def _verified(person: Person, today: date) -> str:
    if person.verified_on is None:
        return "nooit gecontroleerd"
    return short_date(person.verified_on) + (" (controleren)" if needs_check(person.verified_on, today) else "")


def _people(people: list[Person], today: date, include_notes: bool,
            organisation_names: Mapping[int, str] | None = None) -> Flowable:
    with_org = organisation_names is not None
    rows = []
    for p in sorted(people, key=lambda p: p.name.casefold()):
        name = p.name + (" (vertrokken)" if p.departed else "")
        if p.certificate:
            name += f"\nCertificaat {fingerprint(p.certificate)[:23]}…"
        row = [name, p.function]
        if with_org:
            row.append((organisation_names or {}).get(p.organisation_id or -1, ""))
        reach = [channel_text(c) for c in p.channels]
        if include_notes and p.notes.strip():
            reach.append(f"Notitie: {p.notes.strip()}")
        row += ["\n".join(reach), format_availability(p.availability), _verified(p, today)]
        rows.append(row)
    header = ["Naam", "Functie"] + (["Organisatie"] if with_org else []) + ["Bereikbaar via", "Beschikbaar",
                                                                            "Gecontroleerd"]
    widths = [28, 33, 25, 37, 22, 25] if with_org else [32, 33, 46, 30, 25]
    return table(header, rows, widths)
