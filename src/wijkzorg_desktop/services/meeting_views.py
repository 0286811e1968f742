"""What a meeting looks like to the program: the read models of ``services.meetings`` and the reads that
make them, a fixed number of statements however many items, decisions and actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.cases import HouseholdMember
from ..domain.meetings import (
    ActionState,
    AgendaItem,
    Attendee,
    ItemMode,
    Meeting,
    MeetingAction,
    MeetingDecision,
    MeetingSeries,
)
from ..store import cases as case_store
from ..store import meetings as store
from ..store import organisations, people, users
from ..store.connection import Connection
from . import meeting_gate


@dataclass(frozen=True)
class SeriesSummary:
    series: MeetingSeries
    next_meeting: Meeting | None
    last_meeting: Meeting | None
    count: int


@dataclass(frozen=True)
class AttendeeView:
    attendee: Attendee
    name: str
    organisation: str
    bound_by_secrecy: bool
    person_id_to_check: int | None      # the person whose details count (the replacement if replaced)
    verified_on: date | None


@dataclass(frozen=True)
class ActionView:
    action: MeetingAction
    owner_name: str
    state: ActionState


@dataclass(frozen=True)
class ItemView:
    item: AgendaItem
    case_label: str
    decisions: tuple[MeetingDecision, ...]
    actions: tuple[ActionView, ...]
    household: tuple[HouseholdMember, ...]   # only for an identifiable item, else ()


@dataclass(frozen=True)
class MeetingFile:
    series: MeetingSeries
    meeting: Meeting
    place: str
    attendees: tuple[AttendeeView, ...]
    items: tuple[ItemView, ...]
    next_meeting: Meeting | None
    to_check: tuple[AttendeeView, ...]
    verify_after_months: int
    may_see_items: bool


def view_of(a: Attendee, w: meeting_gate.Who) -> AttendeeView:
    return AttendeeView(a, w.name, w.organisation, w.bound_by_secrecy, w.person_id, w.verified_on)


def _owner_names(conn: Connection, actions: list[MeetingAction]) -> dict[int, str]:
    person_ids = {a.owner_person_id for a in actions if a.owner_person_id is not None}
    org_ids = {a.owner_organisation_id for a in actions if a.owner_organisation_id is not None}
    found_people = people.by_ids(conn, person_ids) if person_ids else {}
    org_ids |= {p.organisation_id for p in found_people.values() if p.organisation_id is not None}
    found_orgs = organisations.by_ids(conn, org_ids) if org_ids else {}
    logins = {u.login: u.full_name for u in users.all_users(conn)} if any(a.owner_login for a in actions) else {}
    names = {}
    for a in actions:
        if a.owner_login:
            names[int(a.id or 0)] = logins.get(a.owner_login, a.owner_login)
            continue
        person = found_people.get(a.owner_person_id) if a.owner_person_id is not None else None
        org_id = a.owner_organisation_id or (person.organisation_id if person is not None else None)
        org = found_orgs.get(org_id) if org_id is not None else None
        names[int(a.id or 0)] = meeting_gate.display_name(meeting_gate.Who(
            person.name if person else "", org.name if org else "", False, None, None, (), False, True))
    return names


def item_views(conn: Connection, meeting_id: int, only: set[int] | None = None) -> list[ItemView]:
    """The meeting's items with their decisions, actions and (identifiable items) households: a fixed
    number of reads however many items and actions."""
    found = [i for i in store.items(conn, meeting_id) if only is None or i.id in only]
    decided = store.decisions(conn, meeting_id)
    done = store.actions(conn, meeting_id)
    case_ids = {i.case_id for i in found if i.case_id is not None}
    labels = {c: case.label for c, case in case_store.by_ids(conn, case_ids).items()} if case_ids else {}
    shown = {i.case_id for i in found if i.case_id is not None and i.mode == ItemMode.IDENTIFIABLE}
    homes = store.households(conn, shown) if shown else {}
    owners = _owner_names(conn, [a for pairs in done.values() for a, _ in pairs])
    return [ItemView(i, labels.get(i.case_id, "") if i.case_id is not None else "",
                     tuple(decided.get(int(i.id or 0), [])),
                     tuple(ActionView(a, owners.get(int(a.id or 0), ""), state)
                           for a, state in done.get(int(i.id or 0), [])),
                     tuple(homes.get(i.case_id, [])) if i.case_id in shown else ())
            for i in found]


@dataclass(frozen=True)
class MeetingLine:
    """One meeting in a list: its series' name and place, and (for those who see agendas) how many items."""

    meeting: Meeting
    series_name: str
    place: str
    item_count: int | None
