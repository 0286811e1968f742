"""The whole vault read through for ``export-json``, a record at a time: every kind of case record read once,
ordered by case, beside the cases themselves, so that one case is held at a time however large the vault.

The columns, orders and row makers are those of each module's ``*_by_case`` read: a case's records come in
the same order as there (a test holds them to it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..domain.cases import Case
from ..domain.contacts import Channel, ChannelKind, Person
from ..domain.followups import FollowUp
from ..domain.involvement import EntryVersion, TimelineEntry
from ..domain.kindcheck import Kindcheck
from ..domain.meetings import (
    ActionState,
    AgendaItem,
    Attendee,
    Meeting,
    MeetingAction,
    MeetingDecision,
    MeetingSeries,
)
from . import cases, consents, followups, involvement, kindchecks, meetings, meldcode, people
from .connection import Connection

T = TypeVar("T")


class ByCase(Generic[T]):
    """The rows of one statement ordered by case id (column ``key``), handed out a case at a time."""

    def __init__(self, conn: Connection, sql: str, make: Callable[[tuple], T], key: int = 1) -> None:
        self._rows = iter(conn.execute(sql))
        self._make, self._key = make, key
        self._next: tuple | None = next(self._rows, None)

    def take(self, case_id: int) -> list[T]:
        """The records of this case. Cases are asked for in ascending order; rows of a case never asked for
        are passed over, as the ``*_by_case`` reads leave them out of what is looked up."""
        found: list[T] = []
        key, row = self._key, self._next
        while row is not None and int(row[key]) < case_id:
            row = next(self._rows, None)
        while row is not None and int(row[key]) == case_id:
            found.append(self._make(row))
            row = next(self._rows, None)
        self._next = row
        return found


def _as_is(row: tuple) -> tuple:
    return row


def _version(row: tuple) -> tuple[int, EntryVersion]:
    return int(row[1]), involvement._version(row[1:])


class Timelines:
    """``involvement.timeline_by_case`` a case at a time: its entries, each with its history."""

    def __init__(self, conn: Connection) -> None:
        self._entries = ByCase(conn, f"SELECT {involvement._ENTRY} FROM timeline_entries "
                                     "ORDER BY case_id, on_date DESC, id DESC", _as_is)
        self._versions = ByCase(conn, f"SELECT e.case_id, {involvement._VERSION} FROM timeline_versions v "
                                      "JOIN timeline_entries e ON e.id = v.entry_id "
                                      "ORDER BY e.case_id, v.entry_id, v.id", _version, key=0)

    def take(self, case_id: int) -> list[TimelineEntry]:
        rows = self._entries.take(case_id)
        versions: dict[int, list[EntryVersion]] = {}
        for entry_id, version in self._versions.take(case_id):
            versions.setdefault(entry_id, []).append(version)
        return involvement._entries(rows, versions)


@dataclass
class CaseParts:
    """Each kind of record of the cases, to take a case at a time in ascending case id."""

    members: ByCase
    parties: ByCase
    promises: ByCase
    plan: ByCase
    timeline: Timelines
    steps: ByCase
    advice_requests: ByCase
    decisions: ByCase
    vt_contacts: ByCase
    consents: ByCase
    bases: ByCase


def case_parts(conn: Connection) -> CaseParts:
    """One statement per kind of record, each read as its case comes."""
    return CaseParts(
        members=ByCase(conn, f"SELECT {cases._MEMBER} FROM household_members "
                             f"ORDER BY case_id, {cases._MEMBER_ORDER}", cases._member),
        parties=ByCase(conn, f"SELECT {involvement._PARTY} FROM case_parties ORDER BY case_id, id",
                       involvement._party),
        promises=ByCase(conn, f"SELECT {involvement._PROMISE} FROM promises ORDER BY case_id, made_on, id",
                        involvement._promise),
        plan=ByCase(conn, f"SELECT {involvement._PLAN} FROM plan_items ORDER BY case_id, due IS NULL, due, id",
                    involvement._plan),
        timeline=Timelines(conn),
        steps=ByCase(conn, "SELECT case_id, step, on_date, by_login, notes FROM meldcode_steps "
                           "ORDER BY case_id, step", meldcode._step, key=0),
        advice_requests=ByCase(conn, f"SELECT {meldcode._ADVICE} FROM advice_requests ORDER BY case_id, on_date, id",
                               meldcode._advice),
        decisions=ByCase(conn, f"SELECT {meldcode._DECISION} FROM decisions ORDER BY case_id, id",
                         meldcode._decision),
        vt_contacts=ByCase(conn, f"SELECT {meldcode._VT} FROM vt_contacts ORDER BY case_id, on_date, id",
                           meldcode._vt),
        consents=ByCase(conn, f"SELECT {consents._CONSENT} FROM consents ORDER BY case_id, on_date, id",
                        consents._consent, key=10),
        bases=ByCase(conn, f"SELECT {consents._BASIS} FROM sharing_bases ORDER BY case_id, on_date, id",
                     consents._basis, key=12),
    )


def cases_by_id(conn: Connection) -> Iterator[tuple[Case, str]]:
    """Every case by id, with its reason for no Veilig Thuis advice (as ``cases.no_advice_reasons``)."""
    for row in conn.execute(f"SELECT {cases._CASE}, no_vt_advice_why FROM cases ORDER BY id"):
        yield cases._case(row), str(row[9])


def kindchecks_by_id(conn: Connection) -> Iterator[Kindcheck]:
    for row in conn.execute(f"SELECT {kindchecks._COLUMNS} FROM kindchecks ORDER BY id"):
        yield kindchecks._kindcheck(row)


def followups_by_id(conn: Connection) -> Iterator[FollowUp]:
    """Every follow-up made by hand, as ``followups.all_followups`` reads them, by id."""
    for row in conn.execute(f"SELECT {followups._COLUMNS} FROM followups ORDER BY id"):
        yield followups._followup(row)


_PERSON = ", ".join("p." + c for c in people._COLUMNS.split(", "))


def people_by_name(conn: Connection) -> Iterator[Person]:
    """Everyone in the sociale kaart as ``people.all_people`` gives them, one person at a time: the people
    and their channels in one read, in that order."""
    rows = conn.execute(f"SELECT {_PERSON}, c.kind, c.value, c.preferred FROM people p "
                        "LEFT JOIN person_channels c ON c.person_id = p.id "
                        "ORDER BY p.name COLLATE NOCASE, p.id, c.position")
    width = len(people._COLUMNS.split(", "))
    person: tuple | None = None
    channels: list[Channel] = []
    for row in rows:
        if person is not None and row[0] != person[0]:
            yield people._person(person, tuple(channels))
            channels = []
        person = row[:width]
        if row[width] is not None:
            channels.append(Channel(ChannelKind(row[width]), str(row[width + 1]), bool(row[width + 2])))
    if person is not None:
        yield people._person(person, tuple(channels))


def series_by_id(conn: Connection) -> Iterator[MeetingSeries]:
    """Every meeting series with its members, by id: two statements however many."""
    members = ByCase(conn, f"SELECT {meetings._MEMBER} FROM series_members ORDER BY series_id, position",
                     meetings._member)
    for row in conn.execute(f"SELECT {meetings._SERIES} FROM meeting_series ORDER BY id"):
        yield meetings._series(row, members.take(int(row[0])))


MeetingParts = tuple[Meeting, list[Attendee], list[AgendaItem], dict[int, list[MeetingDecision]],
                     dict[int, list[tuple[MeetingAction, ActionState]]]]


def _by_item(pairs: list[tuple[int, T]]) -> dict[int, list[T]]:
    found: dict[int, list[T]] = {}
    for item_id, value in pairs:
        found.setdefault(item_id, []).append(value)
    return found


def meetings_by_id(conn: Connection) -> Iterator[MeetingParts]:
    """Every meeting by id with its attendance, items, decisions and actions (with their state): one
    statement per kind of record, a meeting held at a time."""
    attendance = ByCase(conn, f"SELECT {meetings._ATTENDEE} FROM meeting_attendees ORDER BY meeting_id, position, id",
                        meetings._attendee)
    items = ByCase(conn, f"SELECT {meetings._prefixed(meetings._ITEM, 'i')}, {meetings._WITHHELD} "
                         "FROM meeting_items i ORDER BY i.meeting_id, i.position, i.id", meetings._item)
    decided = ByCase(conn, f"SELECT i.meeting_id, {meetings._prefixed(meetings._DECISION, 'd')} "
                           "FROM meeting_decisions d JOIN meeting_items i ON i.id = d.item_id "
                           "ORDER BY i.meeting_id, d.item_id, d.position, d.id",
                     lambda r: (int(r[2]), meetings._decision(r[1:])), key=0)
    done = ByCase(conn, f"SELECT i.meeting_id, {meetings._prefixed(meetings._ACTION, 'a')}, {meetings._STATE} "
                        f"{meetings._ACTION_FROM} JOIN meeting_items i ON i.id = a.item_id "
                        "ORDER BY i.meeting_id, a.item_id, a.position, a.id",
                  lambda r: (int(r[2]), meetings._with_state(r[1:])), key=0)
    for row in conn.execute(f"SELECT {meetings._MEETING} FROM meetings ORDER BY id"):
        meeting_id = int(row[0])
        yield (meetings._meeting(row), attendance.take(meeting_id), items.take(meeting_id),
               _by_item(decided.take(meeting_id)), _by_item(done.take(meeting_id)))
