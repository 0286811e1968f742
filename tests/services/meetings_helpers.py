"""A vault for overleg tests: three users who take part, a CJG (bound by secrecy), a municipality and a police
team (not bound) with one person each, a family case of two parents and a child of 8, and a sociaal
wijkoverleg with those as members and one planned meeting. Opened with a fixed clock (Monday 23 November
2026, 09:00 UTC)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.domain.contacts import Organisation, OrganisationKind, Person
from wijkzorg_desktop.domain.meetings import (
    Meeting,
    MeetingKind,
    MeetingSeries,
    MemberDuty,
    Rhythm,
    SeriesMember,
)
from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.services import accounts, cases, contacts, meetings
from wijkzorg_desktop.services.session import Session
from wijkzorg_desktop.services.vaults import create_vault, unlock

PASSPHRASE = "correct horse battery staple"
MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
MEETING_DAY = date(2026, 11, 26)
HOUSEHOLD = (("M.A.", 1987, MemberRole.PARENT), ("J.A.", 1989, MemberRole.PARENT), ("S.A.", 2018, MemberRole.CHILD))


class Clock:
    def __init__(self, now: datetime = MONDAY) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class MeetingVault:
    store: Path
    clock: Clock
    case_id: int
    label: str
    series_id: int
    meeting_id: int
    organisations: dict[str, int]        # "cjg", "gemeente", "politie" -> id
    people: dict[str, int]               # "Petra Mulder", "Ruud Visser", "Willemijn van der Linden" -> id
    members: dict[str, int]              # household initials -> member id
    attendees: dict[str, int]            # attendee name (user full name or person name) -> attendee id
    opened: list[Session] = field(default_factory=list)

    def open_as(self, login: str) -> Session:
        session = unlock(self.store, login, PASSPHRASE, clock=self.clock).session
        self.opened.append(session)
        return session

    def close(self) -> None:
        for session in self.opened:
            session.close()
        self.opened.clear()


def make_meeting_vault(store: Path) -> MeetingVault:
    clock = Clock()
    admin = create_vault(store, "Huisartsenpraktijk De Linde", "beheer", "Marieke Beheer", PASSPHRASE,
                         clock=clock).session
    try:
        for login, name, role in (("huisarts", "Hanna Huisarts", Role.GP), ("poh", "Sanne Poh", Role.MH_NURSE),
                                  ("assistent", "Anouk Assistent", Role.ASSISTANT)):
            accounts.add_user(admin, login, name, role, PASSPHRASE)
        orgs = {key: contacts.save_organisation(admin, Organisation(name, kind)).id
                for key, name, kind in (("cjg", "CJG Houten", OrganisationKind.YOUTH_HEALTH_CENTRE),
                                        ("gemeente", "Gemeente Houten", OrganisationKind.MUNICIPALITY),
                                        ("politie", "Politie Houten", OrganisationKind.POLICE))}
        found_people = {}
        for name, org, function, verified in (("Petra Mulder", "cjg", "jeugdverpleegkundige", date(2026, 10, 1)),
                                              ("Ruud Visser", "gemeente", "beleidsmedewerker jeugd",
                                               date(2026, 9, 1)),
                                              ("Willemijn van der Linden", "politie", "wijkagent", None)):
            found_people[name] = contacts.save_person(admin, Person(name, orgs[org], function,
                                                                    verified_on=verified)).id
    finally:
        admin.close()
    poh = unlock(store, "poh", PASSPHRASE, clock=clock).session
    try:
        case = cases.create_case(poh, "A", "zorgen om S.")
        members = {}
        for initials, year, role in HOUSEHOLD:
            members[initials] = cases.put_member(poh, HouseholdMember(case.id, role, initials, year)).id
        series = meetings.save_series(poh, MeetingSeries(
            "Sociaal Wijkoverleg Houten", MeetingKind.NEIGHBOURHOOD, Rhythm.MONTHLY, "Gemeentehuis, zaal 2", (
                SeriesMember(user_login="huisarts", duty=MemberDuty.CHAIR),
                SeriesMember(user_login="poh", duty=MemberDuty.MINUTES),
                SeriesMember(person_id=found_people["Ruud Visser"], role="wijkcoördinator gemeente"),
                SeriesMember(person_id=found_people["Willemijn van der Linden"], role="wijkagent"),
                SeriesMember(person_id=found_people["Petra Mulder"], role="jeugdverpleegkundige"))))
        meeting = meetings.save_meeting(poh, Meeting(series.id, MEETING_DAY, time(14, 0)))
        opened = meetings.open_meeting(poh, meeting.id)
        attendees = {v.name: int(v.attendee.id) for v in opened.attendees}
    finally:
        poh.close()
    return MeetingVault(store, clock, case.id, case.label, series.id, meeting.id, orgs, found_people, members,
                        attendees)


@pytest.fixture
def meeting_vault(store: Path) -> Iterator[MeetingVault]:
    made = make_meeting_vault(store)
    yield made
    made.close()
