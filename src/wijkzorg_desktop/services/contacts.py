"""Sociale kaart use cases: load the map, show a person, add, change, verify, mark departed, delete.

Every change and every opening of a person's details is in the audit log, in the same transaction as
the change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..documents import certificates
from ..domain.audit import AuditAction, AuditEntry
from ..domain.availability import AMSTERDAM
from ..domain.contact_index import ContactRow, RowKind
from ..domain.contacts import (
    CertificateInfo,
    ChannelKind,
    Organisation,
    OrganisationKind,
    Person,
    needs_check,
)
from ..domain.errors import DepartureInFuture, NotFound, OrganisationHasPeople, PersonLinked, SuccessorIsSelf
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import organisations, people, users
from ..store.connection import IntegrityError
from .contact_rules import check_organisation, check_person, display_channel, display_phone, kept_numbers
from .session import Session, iso


@dataclass(frozen=True)
class ContactMap:
    organisations: list[Organisation]
    people: list[Person]
    today: date

    def organisation(self, organisation_id: int | None) -> Organisation | None:
        for org in self.organisations:
            if org.id == organisation_id:
                return org
        return None

    def rows(self) -> list[ContactRow]:
        by_id = {o.id: o for o in self.organisations}
        rows = [organisation_row(o) for o in self.organisations]
        rows += [person_row(p, by_id.get(p.organisation_id), self.today) for p in self.people]
        rows.sort(key=row_order)
        return rows

    def municipalities(self) -> list[str]:
        return sorted({m for o in self.organisations for m in o.municipalities}, key=str.casefold)

    def functions(self) -> list[str]:
        return sorted({p.function for p in self.people if p.function}, key=str.casefold)


def organisation_row(o: Organisation) -> ContactRow:
    """An organisation as a row of the sociale kaart (``ContactMap.rows``)."""
    return ContactRow.make(kind=RowKind.ORGANISATION, id=o.id, name=o.name, organisation="",
                           organisation_id=o.id, organisation_kind=o.kind, function="",
                           municipalities=o.municipalities,
                           channel=display_phone(o.crisis_phone or o.phone),
                           availability=o.opening_hours, needs_check=False, notes=o.notes,
                           channel_kind=ChannelKind.PHONE if o.crisis_phone or o.phone else None)


def person_row(p: Person, org: Organisation | None, on: date) -> ContactRow:
    """A person (of ``org``) as a row of the sociale kaart on day ``on``."""
    preferred = p.preferred_channel
    return ContactRow.make(
        kind=RowKind.PERSON, id=p.id, name=p.name, organisation=org.name if org else "",
        organisation_id=p.organisation_id,
        organisation_kind=org.kind if org else OrganisationKind.OTHER,
        function=p.function, municipalities=org.municipalities if org else (),
        channel=display_channel(preferred) if preferred else "", availability=p.availability,
        channel_kind=preferred.kind if preferred else None,
        needs_check=needs_check(p.verified_on, on), departed=p.departed, notes=p.notes)


def row_order(row: ContactRow) -> tuple[str, RowKind]:
    """The order of ``ContactMap.rows``: by name, an organisation before a person of the same name."""
    return (row.name.casefold(), row.kind)


def today(session: Session) -> date:
    return session.now().astimezone(AMSTERDAM).date()


def load_map(session: Session) -> ContactMap:
    """The whole sociale kaart; audited at every call. The pages that show it (the sociale kaart, the
    names in an open case) share one read until anything is written (by this session or another connection)
    or the day changes: at 10x a read is 2 s and 23 MB."""
    session.require(Permission.VIEW_CONTACTS)
    conn = session.conn
    # this session's writes, and (data_version) those of any other connection to the file
    depends = (session.writes, int(conn.execute("PRAGMA data_version").fetchone()[0]), today(session))
    kept = session.cache.get("contact_map")
    if kept is not None and kept[0] == depends and isinstance(kept[1], ContactMap):
        found = kept[1]
    else:
        found = ContactMap(organisations.all_organisations(conn), people.all_people(conn), depends[2])
        session.cache["contact_map"] = (depends, found)
    session.record(AuditEntry(AuditAction.READ, "contact_map", "list",
                              detail=f"{len(found.people)} people, {len(found.organisations)} organisations"))
    return found


@dataclass(frozen=True)
class PersonDetails:
    person: Person
    organisation: Organisation | None
    liaison_name: str
    certificate: CertificateInfo | None
    needs_check: bool
    successor_name: str = ""   # who took over from a departed person


def _person(session: Session, person_id: int) -> Person:
    found = people.get(session.conn, person_id)
    if found is None:
        raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This person")))
    return found


def _organisation(session: Session, organisation_id: int) -> Organisation:
    found = organisations.get(session.conn, organisation_id)
    if found is None:
        raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This organisation")))
    return found


def person_details(session: Session, person_id: int) -> PersonDetails:
    """A person's card; opening it is a read in the audit log."""
    session.require(Permission.VIEW_CONTACTS)
    person = _person(session, person_id)
    org = organisations.get(session.conn, person.organisation_id) if person.organisation_id else None
    liaison = users.by_login(session.conn, person.liaison_login) if person.liaison_login else None
    successor = people.get(session.conn, person.successor_id) if person.successor_id else None
    session.record(AuditEntry(AuditAction.READ, "person", str(person_id)))
    return PersonDetails(person, org, liaison.full_name if liaison else "",
                         certificates.describe(person.certificate) if person.certificate else None,
                         needs_check(person.verified_on, today(session)), successor.name if successor else "")


@dataclass(frozen=True)
class OrganisationDetails:
    organisation: Organisation
    people: list[Person]
    certificate: CertificateInfo | None


def organisation_details(session: Session, organisation_id: int) -> OrganisationDetails:
    session.require(Permission.VIEW_CONTACTS)
    org = _organisation(session, organisation_id)
    members = people.of_organisation(session.conn, organisation_id)
    session.record(AuditEntry(AuditAction.READ, "organisation", str(organisation_id)))
    return OrganisationDetails(org, members,
                               certificates.describe(org.certificate) if org.certificate else None)


def _context(session: Session) -> tuple[set[str], set[int]]:
    logins = {u.login for u in users.all_users(session.conn)}
    org_ids = set(organisations.names(session.conn))
    return logins, org_ids


def save_person(session: Session, person: Person) -> Person:
    """Add (``id`` None) or change a person; ``FormInvalid`` names every wrong field."""
    session.require(Permission.EDIT_CONTACTS)
    kept = kept_numbers(_person(session, person.id)) if person.id is not None else frozenset()
    tidy = check_person(person, *_context(session), as_written=kept)
    now = iso(session.now())
    with session.changing() as conn:
        if tidy.id is None:
            person_id = people.insert(conn, tidy, now)
            session.record(AuditEntry(AuditAction.CREATE, "person", str(person_id)))
        else:
            old = _person(session, tidy.id)
            person_id = tidy.id
            # departure is changed by set_departed only; the form keeps what it was
            people.update(conn, replace(tidy, departed=old.departed, departed_on=old.departed_on,
                                        successor_id=old.successor_id), now)
            session.record(AuditEntry(AuditAction.UPDATE, "person", str(person_id)))
    return _person(session, person_id)


def save_organisation(session: Session, org: Organisation) -> Organisation:
    session.require(Permission.EDIT_CONTACTS)
    kept = kept_numbers(organisation=_organisation(session, org.id)) if org.id is not None else frozenset()
    tidy = check_organisation(org, kept)
    now = iso(session.now())
    with session.changing() as conn:
        if tidy.id is None:
            organisation_id = organisations.insert(conn, tidy, now)
            session.record(AuditEntry(AuditAction.CREATE, "organisation", str(organisation_id)))
        else:
            _organisation(session, tidy.id)
            organisation_id = tidy.id
            organisations.update(conn, tidy, now)
            session.record(AuditEntry(AuditAction.UPDATE, "organisation", str(organisation_id)))
    return _organisation(session, organisation_id)


def mark_verified(session: Session, person_ids: list[int]) -> date:
    """"Gecontroleerd": the people's details were checked today."""
    session.require(Permission.EDIT_CONTACTS)
    day = today(session)
    now = iso(session.now())
    with session.changing() as conn:
        for person_id in person_ids:
            _person(session, person_id)
            people.set_verified(conn, person_id, day, now)
            session.record(AuditEntry(AuditAction.UPDATE, "person", str(person_id), detail="verified"))
    return day


def set_departed(session: Session, person_id: int, departed: bool = True, on: date | None = None,
                 successor_id: int | None = None) -> Person:
    """Vertrokken on ``on`` (today when not given; an earlier day is allowed), perhaps succeeded by another
    person of the map: kept for the cases that name the person, left out of the everyday list.
    ``departed=False`` undoes it and forgets the day and the successor."""
    session.require(Permission.EDIT_CONTACTS)
    _person(session, person_id)
    day = (on or today(session)) if departed else None
    if day is not None and day > today(session):
        raise DepartureInFuture(day=day.strftime("%d-%m-%Y"))
    if departed and successor_id is not None:
        if successor_id == person_id:
            raise SuccessorIsSelf()
        _person(session, successor_id)
    with session.changing() as conn:
        people.set_departed(conn, person_id, day, successor_id if departed else None, iso(session.now()))
        detail = "returned"
        if day is not None:
            detail = f"departed {day.isoformat()}" + (f", successor {successor_id}" if successor_id else "")
        session.record(AuditEntry(AuditAction.UPDATE, "person", str(person_id), detail=detail))
    return _person(session, person_id)


def delete_person(session: Session, person_id: int) -> None:
    session.require(Permission.EDIT_CONTACTS)
    person = _person(session, person_id)
    try:
        with session.changing() as conn:
            people.delete(conn, person_id)
            session.record(AuditEntry(AuditAction.DELETE, "person", str(person_id)))
    except IntegrityError:
        raise PersonLinked(name=person.name) from None


def delete_organisation(session: Session, organisation_id: int) -> None:
    session.require(Permission.EDIT_CONTACTS)
    org = _organisation(session, organisation_id)
    count = organisations.people_count(session.conn, organisation_id)
    if count:
        raise OrganisationHasPeople(name=org.name, count=count)
    with session.changing() as conn:
        organisations.delete(conn, organisation_id)
        session.record(AuditEntry(AuditAction.DELETE, "organisation", str(organisation_id)))
