"""Meeting series, their meetings, attendance, agenda items, decisions and actions: all SQL of overleg.

An action's state is read through what it made: the follow-up's status for a practice user's action, the
promise's ``done_on`` for a partner's action on a case, the action's own ``done_on`` otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date, time

from ..domain.cases import HouseholdMember
from ..domain.meetings import (
    ActionState,
    AgendaItem,
    Attendee,
    ItemMode,
    ItemTopic,
    Meeting,
    MeetingAction,
    MeetingDecision,
    MeetingKind,
    MeetingSeries,
    MeetingStatus,
    MemberDuty,
    Presence,
    Rhythm,
    SeriesMember,
)
from .cases import _MEMBER as _HOUSEHOLD
from .cases import _MEMBER_ORDER, day, grouped, ids, text
from .cases import _member as _household_member
from .connection import Connection

_SERIES = "id, name, kind, rhythm, place, active, updated_at"
_MEMBER = "id, series_id, person_id, organisation_id, user_login, role, duty, secrecy"
_MEETING = "id, series_id, on_date, at_time, duration_minutes, status, place, updated_at"
_ATTENDEE = ("id, meeting_id, presence, member_id, person_id, organisation_id, user_login, guest_name, role, "
             "replaced_by_person_id, replaced_by_name, secrecy")
_ITEM = ("id, meeting_id, topic, title, case_id, question, brought_by, mode, shared_notes, internal_notes, "
         "kindcheck_repeated, colleague_consulted, position, timeline_entry_id, kindcheck_entry_id, advice_request_id")
_WITHHELD = "(SELECT json_group_array(w.attendee_id) FROM meeting_item_withheld w WHERE w.item_id = i.id)"
_DECISION = "id, item_id, text, position"
_ACTION = ("id, item_id, what, due, owner_login, owner_person_id, owner_organisation_id, followup_id, promise_id, "
           "done_on, position")
_STATE = ("CASE WHEN a.followup_id IS NOT NULL THEN coalesce(f.status, 'open') "
          "WHEN a.promise_id IS NOT NULL THEN CASE WHEN p.done_on IS NULL THEN 'open' ELSE 'gedaan' END "
          "WHEN a.done_on IS NOT NULL THEN 'gedaan' ELSE 'open' END")
_ACTION_FROM = ("FROM meeting_actions a LEFT JOIN followups f ON f.id = a.followup_id "
                "LEFT JOIN promises p ON p.id = a.promise_id")


def _prefixed(columns: str, alias: str) -> str:
    return ", ".join(f"{alias}.{c}" for c in columns.split(", "))


def _flag(value: object) -> bool | None:
    return None if value is None else bool(value)


def _bit(value: bool | None) -> int | None:
    return None if value is None else int(value)


# --- series -------------------------------------------------------------------------------------------

def _member(r: tuple) -> SeriesMember:
    return SeriesMember(id=int(r[0]), series_id=int(r[1]), person_id=r[2], organisation_id=r[3],
                        user_login=r[4] or "", role=r[5], duty=MemberDuty(r[6]), secrecy_override=_flag(r[7]))


def _series(r: tuple, members: list[SeriesMember]) -> MeetingSeries:
    return MeetingSeries(id=int(r[0]), name=r[1], kind=MeetingKind(r[2]), rhythm=Rhythm(r[3]), place=r[4],
                         active=bool(r[5]), updated_at=r[6], members=tuple(members))


def all_series(conn: Connection) -> list[MeetingSeries]:
    members = grouped(conn.execute(f"SELECT {_MEMBER} FROM series_members ORDER BY series_id, position"), _member)
    rows = conn.execute(f"SELECT {_SERIES} FROM meeting_series ORDER BY active DESC, name COLLATE NOCASE, id")
    return [_series(r, members.get(int(r[0]), [])) for r in rows]


def series(conn: Connection, series_id: int) -> MeetingSeries | None:
    row = conn.execute(f"SELECT {_SERIES} FROM meeting_series WHERE id = ?", (series_id,)).fetchone()
    if row is None:
        return None
    members = [_member(r) for r in conn.execute(f"SELECT {_MEMBER} FROM series_members WHERE series_id = ? "
                                                "ORDER BY position", (series_id,))]
    return _series(row, members)


def _member_values(m: SeriesMember, position: int) -> tuple:
    return (position, m.person_id, m.organisation_id, m.user_login or None, m.role, str(m.duty),
            _bit(m.secrecy_override))


def _put_members(conn: Connection, series_id: int, members: tuple[SeriesMember, ...]) -> None:
    """The members in their new order: a member with an id keeps it (attendance refers to it), one without
    is added, one no longer listed is removed (its past attendance stays, without the link)."""
    kept = {m.id for m in members if m.id is not None}
    old = {int(r[0]) for r in conn.execute("SELECT id FROM series_members WHERE series_id = ?", (series_id,))}
    gone = old - kept
    if gone:
        conn.execute("DELETE FROM series_members WHERE id IN (SELECT value FROM json_each(?))", (ids(gone),))
    for position, m in enumerate(members):
        if m.id is not None and m.id in old:
            conn.execute("UPDATE series_members SET position = ?, person_id = ?, organisation_id = ?, "
                         "user_login = ?, role = ?, duty = ?, secrecy = ? WHERE id = ?",
                         (*_member_values(m, position), m.id))
        else:
            conn.execute("INSERT INTO series_members (series_id, position, person_id, organisation_id, user_login, "
                         "role, duty, secrecy) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (series_id, *_member_values(m, position)))


def insert_series(conn: Connection, s: MeetingSeries, by_login: str, now: str) -> int:
    cur = conn.execute("INSERT INTO meeting_series (name, kind, rhythm, place, active, created_by, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (s.name, str(s.kind), str(s.rhythm), s.place, int(s.active), by_login, now, now))
    series_id = int(cur.lastrowid)
    _put_members(conn, series_id, s.members)
    return series_id


def update_series(conn: Connection, s: MeetingSeries, now: str) -> None:
    assert s.id is not None
    conn.execute("UPDATE meeting_series SET name = ?, kind = ?, rhythm = ?, place = ?, active = ?, updated_at = ? "
                 "WHERE id = ?", (s.name, str(s.kind), str(s.rhythm), s.place, int(s.active), now, s.id))
    _put_members(conn, s.id, s.members)


# --- meetings -----------------------------------------------------------------------------------------

def _meeting(r: tuple) -> Meeting:
    return Meeting(id=int(r[0]), series_id=int(r[1]), on=date.fromisoformat(r[2]),
                   at=time.fromisoformat(r[3]) if r[3] else None, duration_minutes=int(r[4]),
                   status=MeetingStatus(r[5]), place=r[6], updated_at=r[7])


def meetings_of(conn: Connection, series_id: int) -> list[Meeting]:
    rows = conn.execute(f"SELECT {_MEETING} FROM meetings WHERE series_id = ? ORDER BY on_date, at_time, id",
                        (series_id,))
    return [_meeting(r) for r in rows]


def all_meetings(conn: Connection) -> list[Meeting]:
    """Every meeting, by series and date: what the series list counts (a practice has a few dozen a year)."""
    rows = conn.execute(f"SELECT {_MEETING} FROM meetings ORDER BY series_id, on_date, at_time, id")
    return [_meeting(r) for r in rows]


def meeting(conn: Connection, meeting_id: int) -> Meeting | None:
    row = conn.execute(f"SELECT {_MEETING} FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    return _meeting(row) if row else None


def upcoming(conn: Connection, from_day: date, series_ids: Collection[int] | None = None) -> list[Meeting]:
    sql = f"SELECT {_MEETING} FROM meetings WHERE on_date >= ?"
    args: list[object] = [from_day.isoformat()]
    if series_ids is not None:
        sql += " AND series_id IN (SELECT value FROM json_each(?))"
        args.append(ids(series_ids))
    return [_meeting(r) for r in conn.execute(sql + " ORDER BY on_date, at_time, id", args)]


def _meeting_values(m: Meeting) -> tuple:
    return (m.on.isoformat(), m.at.isoformat("minutes") if m.at else None, m.duration_minutes, str(m.status),
            m.place)


def insert_meeting(conn: Connection, m: Meeting, by_login: str, now: str) -> int:
    cur = conn.execute("INSERT INTO meetings (series_id, on_date, at_time, duration_minutes, status, place, "
                       "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (m.series_id, *_meeting_values(m), by_login, now, now))
    return int(cur.lastrowid)


def update_meeting(conn: Connection, m: Meeting, now: str) -> None:
    """Date, time, length and place; the status changes through ``set_status`` only."""
    conn.execute("UPDATE meetings SET on_date = ?, at_time = ?, duration_minutes = ?, place = ?, updated_at = ? "
                 "WHERE id = ?", (m.on.isoformat(), m.at.isoformat("minutes") if m.at else None,
                                  m.duration_minutes, m.place, now, m.id))


def set_status(conn: Connection, meeting_id: int, status: MeetingStatus, now: str) -> None:
    conn.execute("UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?", (str(status), now, meeting_id))


def delete_meeting(conn: Connection, meeting_id: int) -> None:
    conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))


def names_by_ids(conn: Connection, meeting_ids: Collection[int]) -> dict[int, tuple[str, date]]:
    """Meeting id -> (series name, date): what a follow-up made in a meeting says of where it came from."""
    rows = conn.execute("SELECT m.id, s.name, m.on_date FROM meetings m JOIN meeting_series s ON s.id = m.series_id "
                        "WHERE m.id IN (SELECT value FROM json_each(?))", (ids(meeting_ids),))
    return {int(r[0]): (str(r[1]), date.fromisoformat(r[2])) for r in rows}


def item_counts(conn: Connection, meeting_ids: Collection[int]) -> dict[int, int]:
    rows = conn.execute("SELECT meeting_id, count(*) FROM meeting_items "
                        "WHERE meeting_id IN (SELECT value FROM json_each(?)) GROUP BY meeting_id", (ids(meeting_ids),))
    return {int(r[0]): int(r[1]) for r in rows}


def item_count(conn: Connection, meeting_id: int) -> int:
    """Agenda items of a meeting (its decisions and actions belong to them): what a delete would lose."""
    return int(conn.execute("SELECT count(*) FROM meeting_items WHERE meeting_id = ?", (meeting_id,)).fetchone()[0])


# --- attendance ---------------------------------------------------------------------------------------

def _attendee(r: tuple) -> Attendee:
    return Attendee(id=int(r[0]), meeting_id=int(r[1]), presence=Presence(r[2]), member_id=r[3], person_id=r[4],
                    organisation_id=r[5], user_login=r[6] or "", guest_name=r[7], role=r[8],
                    replaced_by_person_id=r[9], replaced_by_name=r[10], secrecy_override=_flag(r[11]))


def attendees(conn: Connection, meeting_id: int) -> list[Attendee]:
    rows = conn.execute(f"SELECT {_ATTENDEE} FROM meeting_attendees WHERE meeting_id = ? ORDER BY position, id",
                        (meeting_id,))
    return [_attendee(r) for r in rows]


def attendee(conn: Connection, attendee_id: int) -> Attendee | None:
    row = conn.execute(f"SELECT {_ATTENDEE} FROM meeting_attendees WHERE id = ?", (attendee_id,)).fetchone()
    return _attendee(row) if row else None


def put_attendee(conn: Connection, a: Attendee) -> int:
    values = (str(a.presence), a.member_id, a.person_id, a.organisation_id, a.user_login or None, a.guest_name,
              a.role, a.replaced_by_person_id, a.replaced_by_name, _bit(a.secrecy_override))
    if a.id is None:
        cur = conn.execute(
            "INSERT INTO meeting_attendees (meeting_id, position, presence, member_id, person_id, organisation_id, "
            "user_login, guest_name, role, replaced_by_person_id, replaced_by_name, secrecy) "
            "VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM meeting_attendees WHERE meeting_id = ?), "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (a.meeting_id, a.meeting_id, *values))
        return int(cur.lastrowid)
    conn.execute("UPDATE meeting_attendees SET presence = ?, member_id = ?, person_id = ?, organisation_id = ?, "
                 "user_login = ?, guest_name = ?, role = ?, replaced_by_person_id = ?, replaced_by_name = ?, "
                 "secrecy = ? WHERE id = ?", (*values, a.id))
    return a.id


def delete_attendee(conn: Connection, attendee_id: int) -> None:
    conn.execute("DELETE FROM meeting_attendees WHERE id = ?", (attendee_id,))


def copy_members(conn: Connection, meeting_id: int, series_id: int) -> None:
    """The series' members as the meeting's expected attendance, in their order."""
    conn.execute("INSERT INTO meeting_attendees (meeting_id, position, member_id, person_id, organisation_id, "
                 "user_login, role, secrecy) SELECT ?, position, id, person_id, organisation_id, user_login, role, "
                 "secrecy FROM series_members WHERE series_id = ? ORDER BY position", (meeting_id, series_id))


# --- items --------------------------------------------------------------------------------------------

def _item(r: tuple) -> AgendaItem:
    withheld = tuple(sorted(int(v) for v in json.loads(r[16]))) if r[16] else ()
    return AgendaItem(id=int(r[0]), meeting_id=int(r[1]), topic=ItemTopic(r[2]), title=r[3], case_id=r[4],
                      question=r[5], brought_by=r[6], mode=ItemMode(r[7]), shared_notes=r[8], internal_notes=r[9],
                      kindcheck_repeated=bool(r[10]), colleague_consulted=bool(r[11]), position=int(r[12]),
                      timeline_entry_id=r[13], kindcheck_entry_id=r[14], advice_request_id=r[15],
                      withheld_from=withheld)


def items(conn: Connection, meeting_id: int) -> list[AgendaItem]:
    rows = conn.execute(f"SELECT {_prefixed(_ITEM, 'i')}, {_WITHHELD} FROM meeting_items i WHERE i.meeting_id = ? "
                        "ORDER BY i.position, i.id", (meeting_id,))
    return [_item(r) for r in rows]


def item(conn: Connection, item_id: int) -> AgendaItem | None:
    row = conn.execute(f"SELECT {_prefixed(_ITEM, 'i')}, {_WITHHELD} FROM meeting_items i WHERE i.id = ?",
                       (item_id,)).fetchone()
    return _item(row) if row else None


def put_item(conn: Connection, i: AgendaItem) -> int:
    """A new item goes last; the links to what it made (``set_item_links``) are not touched here."""
    values = (str(i.topic), i.title, i.case_id, i.question, i.brought_by, str(i.mode), i.shared_notes,
              i.internal_notes, int(i.kindcheck_repeated), int(i.colleague_consulted))
    if i.id is None:
        cur = conn.execute(
            "INSERT INTO meeting_items (meeting_id, position, topic, title, case_id, question, brought_by, mode, "
            "shared_notes, internal_notes, kindcheck_repeated, colleague_consulted) "
            "VALUES (?, (SELECT coalesce(max(position), -1) + 1 FROM meeting_items WHERE meeting_id = ?), "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (i.meeting_id, i.meeting_id, *values))
        item_id = int(cur.lastrowid)
    else:
        item_id = i.id
        conn.execute("UPDATE meeting_items SET topic = ?, title = ?, case_id = ?, question = ?, brought_by = ?, "
                     "mode = ?, shared_notes = ?, internal_notes = ?, kindcheck_repeated = ?, colleague_consulted = ?, "
                     "position = ? WHERE id = ?", (*values, i.position, item_id))
        conn.execute("DELETE FROM meeting_item_withheld WHERE item_id = ?", (item_id,))
    conn.executemany("INSERT INTO meeting_item_withheld (item_id, attendee_id) VALUES (?, ?)",
                     [(item_id, a) for a in sorted(set(i.withheld_from))])
    return item_id


def delete_item(conn: Connection, item_id: int) -> None:
    conn.execute("DELETE FROM meeting_items WHERE id = ?", (item_id,))


_UNSET = object()


def set_item_links(conn: Connection, item_id: int, *, timeline_entry_id: object = _UNSET,
                   kindcheck_entry_id: object = _UNSET, advice_request_id: object = _UNSET) -> None:
    """What the item made in its case: the timeline entry, the kindcheck entry, the advice request."""
    given = {"timeline_entry_id": timeline_entry_id, "kindcheck_entry_id": kindcheck_entry_id,
             "advice_request_id": advice_request_id}
    changes = {k: v for k, v in given.items() if v is not _UNSET}
    if changes:
        assignments = ", ".join(f"{k} = ?" for k in changes)
        conn.execute(f"UPDATE meeting_items SET {assignments} WHERE id = ?", (*changes.values(), item_id))


def items_of_case(conn: Connection, case_id: int) -> list[tuple[AgendaItem, Meeting, str]]:
    """Where a case was discussed: (item, meeting, series name), oldest first."""
    rows = conn.execute(f"SELECT {_prefixed(_ITEM, 'i')}, {_WITHHELD}, {_prefixed(_MEETING, 'm')}, s.name "
                        "FROM meeting_items i JOIN meetings m ON m.id = i.meeting_id "
                        "JOIN meeting_series s ON s.id = m.series_id WHERE i.case_id = ? "
                        "ORDER BY m.on_date, i.position, i.id", (case_id,))
    return [(_item(r[:17]), _meeting(r[17:25]), str(r[25])) for r in rows]


def households(conn: Connection, case_ids: Collection[int]) -> dict[int, list[HouseholdMember]]:
    """The households of these cases (a meeting's case items), by case, each in the order of a case file."""
    rows = conn.execute(f"SELECT {_HOUSEHOLD} FROM household_members WHERE case_id IN "
                        f"(SELECT value FROM json_each(?)) ORDER BY case_id, {_MEMBER_ORDER}", (ids(case_ids),))
    return grouped(rows, _household_member)


# --- decisions ----------------------------------------------------------------------------------------

def _decision(r: tuple) -> MeetingDecision:
    return MeetingDecision(id=int(r[0]), item_id=int(r[1]), text=r[2], position=int(r[3]))


def decisions(conn: Connection, meeting_id: int) -> dict[int, list[MeetingDecision]]:
    rows = conn.execute(f"SELECT {_prefixed(_DECISION, 'd')} FROM meeting_decisions d "
                        "JOIN meeting_items i ON i.id = d.item_id WHERE i.meeting_id = ? "
                        "ORDER BY d.item_id, d.position, d.id", (meeting_id,))
    return grouped(rows, _decision)


def decision(conn: Connection, decision_id: int) -> MeetingDecision | None:
    row = conn.execute(f"SELECT {_DECISION} FROM meeting_decisions WHERE id = ?", (decision_id,)).fetchone()
    return _decision(row) if row else None


def put_decision(conn: Connection, d: MeetingDecision) -> int:
    if d.id is None:
        cur = conn.execute("INSERT INTO meeting_decisions (item_id, position, text) VALUES "
                           "(?, (SELECT coalesce(max(position), -1) + 1 FROM meeting_decisions WHERE item_id = ?), ?)",
                           (d.item_id, d.item_id, d.text))
        return int(cur.lastrowid)
    conn.execute("UPDATE meeting_decisions SET text = ?, position = ? WHERE id = ?", (d.text, d.position, d.id))
    return d.id


def delete_decision(conn: Connection, decision_id: int) -> None:
    conn.execute("DELETE FROM meeting_decisions WHERE id = ?", (decision_id,))


# --- actions ------------------------------------------------------------------------------------------

def _action(r: tuple) -> MeetingAction:
    return MeetingAction(id=int(r[0]), item_id=int(r[1]), what=r[2], due=day(r[3]), owner_login=r[4] or "",
                         owner_person_id=r[5], owner_organisation_id=r[6], followup_id=r[7], promise_id=r[8],
                         done_on=day(r[9]), position=int(r[10]))


def _with_state(r: tuple) -> tuple[MeetingAction, ActionState]:
    return _action(r[:11]), ActionState(r[11])


def actions(conn: Connection, meeting_id: int) -> dict[int, list[tuple[MeetingAction, ActionState]]]:
    rows = conn.execute(f"SELECT {_prefixed(_ACTION, 'a')}, {_STATE} {_ACTION_FROM} "
                        "JOIN meeting_items i ON i.id = a.item_id WHERE i.meeting_id = ? "
                        "ORDER BY a.item_id, a.position, a.id", (meeting_id,))
    return grouped(rows, _with_state)


def action(conn: Connection, action_id: int) -> tuple[MeetingAction, ActionState] | None:
    row = conn.execute(f"SELECT {_prefixed(_ACTION, 'a')}, {_STATE} {_ACTION_FROM} WHERE a.id = ?",
                       (action_id,)).fetchone()
    return _with_state(row) if row else None


def _action_values(a: MeetingAction) -> tuple:
    return (a.what, text(a.due), a.owner_login or None, a.owner_person_id, a.owner_organisation_id, a.followup_id,
            a.promise_id, text(a.done_on))


def insert_action(conn: Connection, a: MeetingAction) -> int:
    cur = conn.execute(
        "INSERT INTO meeting_actions (item_id, position, what, due, owner_login, owner_person_id, "
        "owner_organisation_id, followup_id, promise_id, done_on) VALUES "
        "(?, (SELECT coalesce(max(position), -1) + 1 FROM meeting_actions WHERE item_id = ?), ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.item_id, a.item_id, *_action_values(a)))
    return int(cur.lastrowid)


def update_action(conn: Connection, a: MeetingAction) -> None:
    conn.execute("UPDATE meeting_actions SET what = ?, due = ?, owner_login = ?, owner_person_id = ?, "
                 "owner_organisation_id = ?, followup_id = ?, promise_id = ?, done_on = ?, position = ? WHERE id = ?",
                 (*_action_values(a), a.position, a.id))


def delete_action(conn: Connection, action_id: int) -> None:
    conn.execute("DELETE FROM meeting_actions WHERE id = ?", (action_id,))


def action_of_followup(conn: Connection, followup_id: int) -> MeetingAction | None:
    row = conn.execute(f"SELECT {_ACTION} FROM meeting_actions WHERE followup_id = ?", (followup_id,)).fetchone()
    return _action(row) if row else None


def action_of_promise(conn: Connection, promise_id: int) -> MeetingAction | None:
    row = conn.execute(f"SELECT {_ACTION} FROM meeting_actions WHERE promise_id = ?", (promise_id,)).fetchone()
    return _action(row) if row else None


def linked_action_count(conn: Connection, item_id: int) -> int:
    """Actions of an item that made a follow-up or a promise: removing the item would orphan those."""
    return int(conn.execute("SELECT count(*) FROM meeting_actions WHERE item_id = ? "
                            "AND (followup_id IS NOT NULL OR promise_id IS NOT NULL)", (item_id,)).fetchone()[0])
