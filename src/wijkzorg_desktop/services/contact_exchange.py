"""Contact map exchange: import a vCard or CSV file through a preview, export the map as vCard 4.0 or CSV.

``preview`` reads and checks a file and writes nothing; ``apply`` writes the rows the user chose in one
transaction, with an audit record per organisation and person and one for the import, or nothing at
all; ``export`` writes the whole map or a selection and records it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from ..documents.contact_card import MAX_FILE_BYTES, ContactCard, ReadCard, decode_text, unreadable
from ..documents.contact_csv import read_csv, write_csv
from ..documents.vcard import read_vcards, write_vcards
from ..domain.audit import AuditAction, AuditEntry
from ..domain.availability import AvailabilityKind
from ..domain.contact_index import RowKind
from ..domain.contacts import PHONE_KINDS, Channel, ChannelKind, Organisation, OrganisationKind, Person
from ..domain.errors import FormInvalid, ImportFailed, InvalidValue, NotFound
from ..domain.os_errors import os_reason
from ..domain.search import fold
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import organisations, people, users
from ..store.atomic import atomic_write
from ..store.connection import Connection, DatabaseError
from .contact_rules import KEEP_AS_WRITTEN, check_organisation, check_person, display_phone, phone_warnings
from .session import Session, iso

FORMATS = ("vcf", "csv")
_SUFFIXES = {".vcf": "vcf", ".vcard": "vcf", ".csv": "csv", ".txt": "csv"}


class Decision(StrEnum):
    ADD = "add"
    SKIP = "skip"
    MERGE = "merge"


DECISION_LABELS = {
    Decision.ADD: QT_TRANSLATE_NOOP("contacts", "add"),
    Decision.SKIP: QT_TRANSLATE_NOOP("contacts", "skip"),
    Decision.MERGE: QT_TRANSLATE_NOOP("contacts", "merge"),
}


@dataclass(frozen=True)
class ImportRow:
    """One card or row of the file. For a person, ``organisation`` is the one named: an existing one
    (``id`` set) or one the import will make (``id`` None). ``duplicate_of`` is the id of the existing
    person or organisation this row likely is; ``duplicate_row`` the number of an earlier row of the
    same file it likely is (then ``duplicate_of`` is None). ``warnings`` do not stop the row: a phone
    number kept as written, to be checked."""

    number: int
    kind: RowKind
    person: Person | None
    organisation: Organisation | None
    errors: tuple[Message, ...] = ()
    duplicate_of: int | None = None
    duplicate_name: str = ""
    decision: Decision = Decision.ADD
    duplicate_row: int | None = None
    warnings: tuple[Message, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None or self.duplicate_row is not None

    @property
    def name(self) -> str:
        if self.kind == RowKind.PERSON:
            return self.person.name if self.person else ""
        return self.organisation.name if self.organisation else ""

    @property
    def organisation_name(self) -> str:
        return self.organisation.name if self.kind == RowKind.PERSON and self.organisation else ""


@dataclass(frozen=True)
class ImportPreview:
    source: str
    format: str
    rows: tuple[ImportRow, ...]
    ignored_columns: tuple[str, ...] = ()

    @property
    def invalid_count(self) -> int:
        return sum(not row.valid for row in self.rows)

    @property
    def duplicate_count(self) -> int:
        return sum(row.is_duplicate for row in self.rows)


@dataclass(frozen=True)
class ImportResult:
    """``added`` + ``merged`` + ``skipped`` is the number of rows; ``organisations_added`` counts the
    organisations made, from their own rows or because a person named one the map did not have."""

    added: int
    merged: int
    skipped: int
    organisations_added: int


# -- preview -----------------------------------------------------------------------------------------

CANNOT_OPEN = QT_TRANSLATE_NOOP("contacts", "it cannot be opened ({detail})")
TOO_LARGE = QT_TRANSLATE_NOOP("contacts", "it is larger than 20 MB")
EMPTY = QT_TRANSLATE_NOOP("contacts", "the file is empty")


def _read(path: Path) -> tuple[str, list[ReadCard], tuple[str, ...]]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise unreadable(path.name, TOO_LARGE)
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path.name, CANNOT_OPEN, detail=os_reason(exc)) from None
    if not data.strip():
        raise unreadable(path.name, EMPTY)
    fmt = _SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        text = decode_text(data[:65536])[0]
        fmt = "vcf" if re.search(r"^\s*BEGIN:VCARD", text, re.IGNORECASE | re.MULTILINE) else "csv"
    if fmt == "vcf":
        return fmt, read_vcards(data, path.name), ()
    contents = read_csv(data, path.name)
    return fmt, list(contents.rows), contents.ignored_columns


@dataclass(frozen=True)
class _Match:
    name: str
    id: int | None = None
    row: int | None = None


class _Duplicates:
    """Who is already on the map, or earlier in the file: by name and organisation, phone, e-mail."""

    def __init__(self) -> None:
        self.people: dict[object, _Match] = {}
        self.organisations: dict[str, _Match] = {}

    @staticmethod
    def keys(person: Person, organisation: str) -> list[object]:
        keys: list[object] = [("name", fold(person.name), fold(organisation))] if fold(person.name) else []
        for channel in person.channels:
            if channel.kind in PHONE_KINDS and channel.value.startswith("+"):
                keys.append(("phone", channel.value))
            elif channel.kind in (ChannelKind.EMAIL, ChannelKind.SECURE_EMAIL) and channel.value:
                keys.append(("email", channel.value.casefold()))
        return keys

    def person(self, person: Person, organisation: str, match: _Match, keep: bool = True) -> _Match | None:
        """The first match for ``person``; ``keep`` adds it for the rows after it (not when it has
        errors: it will not be written)."""
        keys = self.keys(person, organisation)
        found = next((self.people[key] for key in keys if key in self.people), None)
        for key in keys if keep else ():
            self.people.setdefault(key, match)
        return found

    def organisation(self, org: Organisation, match: _Match, keep: bool = True) -> _Match | None:
        key = fold(org.name)
        if not key:
            return None
        found = self.organisations.get(key)
        if keep:
            self.organisations.setdefault(key, match)
        return found


def _problems(exc: FormInvalid) -> list[Message]:
    return list(exc.errors.values())


def preview(session: Session, path: Path) -> ImportPreview:
    """The file read and checked row by row, duplicates flagged; nothing is written or recorded.
    ``UnreadableContactFile`` when the file is not a vCard or CSV file of contacts."""
    session.require(Permission.EDIT_CONTACTS)
    fmt, cards, ignored = _read(path)
    conn = session.conn
    existing_orgs = organisations.all_organisations(conn)
    by_name = {}
    for org in existing_orgs:
        by_name.setdefault(fold(org.name), org)
    org_names = {o.id: o.name for o in existing_orgs}
    logins = {u.login for u in users.all_users(conn) if u.active}
    duplicates = _Duplicates()
    for org in existing_orgs:
        duplicates.organisation(org, _Match(org.name, id=org.id))
    for person in people.all_people(conn):
        organisation = org_names.get(person.organisation_id, "")
        duplicates.person(person, organisation, _Match(person.name, id=person.id))
    org_ids = {int(o.id) for o in existing_orgs if o.id is not None}
    rows = []
    for read in cards:
        if read.card is not None and read.card.kind == RowKind.ORGANISATION:
            rows.append(_organisation_row(read, read.card, duplicates))
        else:
            rows.append(_person_row(read, by_name, logins, org_ids, duplicates))
    return ImportPreview(path.name, fmt, tuple(rows), ignored)


def _decided(row: ImportRow) -> ImportRow:
    decision = Decision.SKIP if row.errors or row.is_duplicate else Decision.ADD
    return replace(row, decision=decision)


def _with_match(row: ImportRow, match: _Match | None) -> ImportRow:
    if match is None:
        return _decided(row)
    return _decided(replace(row, duplicate_of=match.id, duplicate_row=match.row, duplicate_name=match.name))


def _organisation_row(read: ReadCard, card: ContactCard, duplicates: _Duplicates) -> ImportRow:
    errors = list(read.errors)
    org = card.organisation or Organisation("")
    warnings: list[Message] = []
    try:
        org = check_organisation(org, KEEP_AS_WRITTEN)
        warnings = phone_warnings(organisation=org)
    except FormInvalid as exc:
        errors += _problems(exc)
    row = ImportRow(read.number, RowKind.ORGANISATION, None, org, tuple(errors), warnings=tuple(warnings))
    return _with_match(row, duplicates.organisation(org, _Match(org.name, row=read.number), not errors))


def _person_row(read: ReadCard, by_name: dict[str, Organisation], logins: set[str], org_ids: set[int],
                duplicates: _Duplicates) -> ImportRow:
    errors = list(read.errors)
    card = read.card or ContactCard(RowKind.PERSON, Person(""))
    person = card.person or Person("")
    named = card.organisation.name.strip() if card.organisation else ""
    organisation = by_name.get(fold(named)) or (Organisation(" ".join(named.split())) if named else None)
    # A liaison is a login of the practice that wrote the file; one this practice lacks is dropped.
    liaison = person.liaison_login.strip().lower()
    person = replace(person, organisation_id=organisation.id if organisation else None,
                     liaison_login=liaison if liaison in logins else "", id=None, updated_at="")
    warnings: list[Message] = []
    try:
        person = check_person(person, logins, org_ids, KEEP_AS_WRITTEN)
        warnings = phone_warnings(person)
    except FormInvalid as exc:
        errors += _problems(exc)
    row = ImportRow(read.number, RowKind.PERSON, person, organisation, tuple(errors), warnings=tuple(warnings))
    if not person.name.strip():
        return _decided(row)
    match = duplicates.person(person, organisation.name if organisation else "",
                              _Match(person.name, row=read.number), not errors)
    return _with_match(row, match)


# -- apply -------------------------------------------------------------------------------------------

def _merge_channels(old: tuple[Channel, ...], new: tuple[Channel, ...]) -> tuple[Channel, ...]:
    have = {(c.kind, c.value.casefold()) for c in old}
    extra = [c for c in new if (c.kind, c.value.casefold()) not in have]
    if any(c.preferred for c in old):
        extra = [replace(c, preferred=False) for c in extra]
    return (*old, *extra)


def merge_person(old: Person, new: Person) -> Person:
    """``old`` with its empty fields filled from ``new`` and the channels it lacks added."""
    known = old.availability.kind != AvailabilityKind.UNKNOWN
    return replace(
        old, organisation_id=old.organisation_id or new.organisation_id,
        function=old.function or new.function, channels=_merge_channels(old.channels, new.channels),
        availability=old.availability if known else new.availability,
        liaison_login=old.liaison_login or new.liaison_login, verified_on=old.verified_on or new.verified_on,
        known_since=old.known_since or new.known_since, notes=old.notes or new.notes,
        certificate=old.certificate or new.certificate)


def merge_organisation(old: Organisation, new: Organisation) -> Organisation:
    known = old.opening_hours.kind != AvailabilityKind.UNKNOWN
    return replace(
        old, kind=old.kind if old.kind != OrganisationKind.OTHER else new.kind,
        municipalities=tuple(dict.fromkeys((*old.municipalities, *new.municipalities))),
        address=old.address or new.address, phone=old.phone or new.phone,
        crisis_phone=old.crisis_phone or new.crisis_phone, secure_email=old.secure_email or new.secure_email,
        website=old.website or new.website, opening_hours=old.opening_hours if known else new.opening_hours,
        notes=old.notes or new.notes, certificate=old.certificate or new.certificate)


class _Import:
    """The writing half of ``apply``, run inside its transaction."""

    def __init__(self, session: Session, conn: Connection) -> None:
        self.session, self.conn = session, conn
        self.now = iso(session.now())
        self.by_name: dict[str, int] = {}
        self.org_ids: set[int] = set()
        for org in organisations.all_organisations(conn):
            self.by_name.setdefault(fold(org.name), int(org.id or 0))
            self.org_ids.add(int(org.id or 0))
        self.logins = {u.login for u in users.all_users(conn) if u.active}
        self.made: dict[tuple[RowKind, int], int] = {}
        self.added = self.merged = self.skipped = self.organisations_added = 0
        self.row = 0

    def record(self, action: AuditAction, kind: str, object_id: int, detail: str) -> None:
        self.session.record(AuditEntry(action, kind, str(object_id), detail=detail))

    def insert_organisation(self, org: Organisation) -> int:
        organisation_id = organisations.insert(self.conn, check_organisation(replace(org, id=None), KEEP_AS_WRITTEN),
                                               self.now)
        self.record(AuditAction.CREATE, "organisation", organisation_id, "import")
        self.by_name[fold(org.name)] = organisation_id
        self.org_ids.add(organisation_id)
        self.organisations_added += 1
        return organisation_id

    def target(self, row: ImportRow) -> int | None:
        if row.duplicate_of is not None:
            return row.duplicate_of
        return self.made.get((row.kind, row.duplicate_row)) if row.duplicate_row is not None else None

    def organisation(self, row: ImportRow, decision: Decision) -> None:
        org = row.organisation or Organisation("")
        target = self.target(row) if decision == Decision.MERGE else None
        old = organisations.get(self.conn, target) if target is not None else None
        if old is None:
            self.made[(row.kind, row.number)] = self.insert_organisation(org)
            self.added += 1
            return
        merged = check_organisation(merge_organisation(old, org), KEEP_AS_WRITTEN)
        organisations.update(self.conn, merged, self.now)
        self.record(AuditAction.UPDATE, "organisation", int(old.id or 0), "import: merged")
        self.made[(row.kind, row.number)] = int(old.id or 0)
        self.merged += 1

    def organisation_for(self, row: ImportRow) -> int | None:
        if row.organisation is None or not row.organisation.name.strip():
            return None
        found = self.by_name.get(fold(row.organisation.name))
        return found if found is not None else self.insert_organisation(Organisation(row.organisation.name))

    def person(self, row: ImportRow, decision: Decision) -> None:
        target = self.target(row) if decision == Decision.MERGE else None
        old = people.get(self.conn, target) if target is not None else None
        keeps_own = old is not None and old.organisation_id is not None
        incoming = replace(row.person or Person(""), id=None,
                           organisation_id=None if keeps_own else self.organisation_for(row))
        if old is None:
            person_id = people.insert(self.conn, check_person(incoming, self.logins, self.org_ids, KEEP_AS_WRITTEN),
                                      self.now)
            self.record(AuditAction.CREATE, "person", person_id, "import")
            self.made[(row.kind, row.number)] = person_id
            self.added += 1
            return
        merged = check_person(merge_person(old, incoming), self.logins, self.org_ids, KEEP_AS_WRITTEN)
        people.update(self.conn, merged, self.now)
        self.record(AuditAction.UPDATE, "person", int(old.id or 0), "import: merged")
        self.made[(row.kind, row.number)] = int(old.id or 0)
        self.merged += 1


def _decision(row: ImportRow, decisions: dict[int, Decision]) -> Decision:
    if not row.valid:
        return Decision.SKIP
    decision = Decision(decisions.get(row.number, row.decision))
    return Decision.ADD if decision == Decision.MERGE and not row.is_duplicate else decision


def apply(session: Session, preview: ImportPreview,
          decisions: dict[int, Decision] | None = None) -> ImportResult:
    """Write the rows as decided (``decisions`` by row number over each row's own ``decision``); rows
    with errors are always skipped. All or nothing: ``ImportFailed`` names the row it stopped at."""
    session.require(Permission.EDIT_CONTACTS)
    chosen = decisions or {}
    ordered = sorted(preview.rows, key=lambda r: r.kind != RowKind.ORGANISATION)  # organisations first
    work: _Import | None = None
    try:
        with session.changing() as conn:
            work = _Import(session, conn)
            for row in ordered:
                work.row = row.number
                decision = _decision(row, chosen)
                if decision == Decision.SKIP:
                    work.skipped += 1
                elif row.kind == RowKind.ORGANISATION:
                    work.organisation(row, decision)
                else:
                    work.person(row, decision)
            session.record(AuditEntry(
                AuditAction.IMPORT, "contact_map", preview.source,
                detail=f"{preview.format}: {work.added} added, {work.merged} merged, {work.skipped} skipped, "
                       f"{work.organisations_added} organisations made"))
    except FormInvalid as exc:
        reason = next(iter(exc.errors.values()), exc.as_message())
        raise ImportFailed(number=work.row if work else 0, reason=reason) from exc
    except DatabaseError as exc:
        raise ImportFailed(number=work.row if work else 0, reason=str(exc)) from exc
    return ImportResult(work.added, work.merged, work.skipped, work.organisations_added)


# -- export ------------------------------------------------------------------------------------------

NOT_A_FORMAT = QT_TRANSLATE_NOOP("contacts", "choose vcf or csv")


def _select(items: list, wanted: set[int], what: str) -> list:
    chosen = [item for item in items if item.id in wanted]
    if len(chosen) != len(wanted):
        raise NotFound(what=Message("contacts", what))
    return chosen


def _for_spreadsheet(card: ContactCard) -> ContactCard:
    """Phone numbers as a Dutch reader writes them (``030 123 4567``); read back into E.164."""
    if card.person is not None:
        channels = tuple(replace(c, value=display_phone(c.value)) if c.kind in PHONE_KINDS else c
                         for c in card.person.channels)
        return replace(card, person=replace(card.person, channels=channels))
    if card.kind == RowKind.ORGANISATION and card.organisation is not None:
        org = card.organisation
        return replace(card, organisation=replace(
            org, phone=display_phone(org.phone) if org.phone else "",
            crisis_phone=display_phone(org.crisis_phone) if org.crisis_phone else ""))
    return card


def export(session: Session, path: Path, fmt: str, person_ids: list[int] | None = None,
           organisation_ids: list[int] | None = None) -> int:
    """Write the whole map (both lists None) or a selection; a vCard selection of people carries their
    organisations too. Returns the number of cards or rows written."""
    session.require(Permission.VIEW_CONTACTS)
    if fmt not in FORMATS:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "format")),
                           reason=Message("contacts", NOT_A_FORMAT))
    conn = session.conn
    all_orgs, all_people = organisations.all_organisations(conn), people.all_people(conn)
    if person_ids is None and organisation_ids is None:
        chosen_orgs, chosen_people = all_orgs, all_people
    else:
        chosen_people = _select(all_people, set(person_ids or ()),
                                QT_TRANSLATE_NOOP("contacts", "A person in the selection"))
        wanted = set(organisation_ids or ())
        _select(all_orgs, wanted, QT_TRANSLATE_NOOP("contacts", "An organisation in the selection"))
        if fmt == "vcf":
            wanted |= {p.organisation_id for p in chosen_people if p.organisation_id is not None}
        chosen_orgs = [o for o in all_orgs if o.id in wanted]
    by_id = {o.id: o for o in all_orgs}
    cards = [ContactCard(RowKind.ORGANISATION, None, o) for o in chosen_orgs]
    cards += [ContactCard(RowKind.PERSON, p, by_id.get(p.organisation_id)) for p in chosen_people]
    data = write_vcards(cards) if fmt == "vcf" else write_csv([_for_spreadsheet(c) for c in cards])
    with session.changing():
        session.record(AuditEntry(
            AuditAction.EXPORT, "contact_map", fmt,
            detail=f"{len(cards)} contacts ({len(chosen_orgs)} organisations, {len(chosen_people)} people) "
                   f"to {path.name}"))
        atomic_write(path, data)
    return len(cards)
