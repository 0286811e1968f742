"""What the Overleg page reads on the worker: the series with the sociale kaart and the practice's users
(for names and the pickers), the meetings of one series with the dates its rhythm proposes, one meeting,
and the open cases an agenda item can be about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

from ...domain.contacts import OrganisationKind
from ...domain.meetings import Meeting, SeriesMember, secrecy_of_kind
from ...domain.users import Permission
from ...services import cases, meetings
from ...services.contacts import today
from ...services.meetings import SeriesSummary
from ...services.practice_users import practice_users
from ...services.session import Session
from ..cases.choices import Choices
from ..cases.directory import load_names
from ..cases.track_parts import Lookup


@dataclass(eq=False)
class PageData:
    series: list[SeriesSummary]
    lookup: Lookup
    today: date

    @cached_property
    def people(self) -> Choices:
        """The people of the sociale kaart who have not left (item data: the person's id), for who replaced
        a member: made when first asked for, since most visits of the page replace nobody (at 10x it is
        30,000 lines kept while the page is open)."""
        names = self.lookup.names
        assert names is not None
        people = sorted((p for p in names.people.values() if not p.departed), key=lambda p: p.name.casefold())
        return Choices.of((names.person_text(p), int(p.id or 0)) for p in people)


@dataclass(frozen=True)
class SeriesData:
    series_id: int
    meetings: list[Meeting]
    proposed: list[date]


def load_page(session: Session) -> PageData:
    series = meetings.list_series(session)
    # the names only: this page's pickers need none of the case forms' long lists (NameLists)
    names = load_names(session)
    return PageData(series, Lookup(names.map, dict(practice_users(session)), names), today(session))


def load_series(session: Session, series_id: int) -> SeriesData:
    return SeriesData(series_id, meetings.meetings_of(session, series_id), meetings.propose_dates(session, series_id))


def open_cases(session: Session) -> list[tuple[int, str]]:
    """(id, pseudonym) of the open cases, for a case item; none for a role that sees no cases."""
    if not session.may(Permission.VIEW_CASES):
        return []
    return cases.open_labels(session)


def kind_of(lookup: Lookup, person_id: int | None, organisation_id: int | None) -> OrganisationKind | None:
    """The kind of the organisation a member comes from (a person's own organisation)."""
    names = lookup.names
    assert names is not None
    if person_id is not None:
        person = names.people.get(person_id)
        organisation_id = person.organisation_id if person is not None else None
    org = names.organisations.get(organisation_id) if organisation_id is not None else None
    return org.kind if org is not None else None


def bound_by_kind(lookup: Lookup, member: SeriesMember) -> bool:
    """Whether a member is bound by medical secrecy by what they are: our own users are; a partner by the
    kind of their organisation."""
    if member.user_login:
        return True
    return secrecy_of_kind(kind_of(lookup, member.person_id, member.organisation_id))


def member_name(lookup: Lookup, person_id: int | None, organisation_id: int | None, login: str = "",
                guest: str = "") -> str:
    names = lookup.names
    assert names is not None
    if login:
        return lookup.user(login)
    if person_id is not None:
        return lookup.person(person_id)
    if organisation_id is not None:
        org = names.organisations.get(organisation_id)
        return org.name if org is not None else f"#{organisation_id}"
    return guest
