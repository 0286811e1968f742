"""Overleg: meeting series, their meetings and attendance, the agenda with its decisions, one meeting as a file.

Dates and attendance are for every role (an assistant keeps them); agenda items only for those who hold
meetings, and a case item besides needs the right to see (or change) cases. A herkenbaar case item passes
the meeting gate first; an anonymous one may not name the household. Every read or change of a meeting
is audited with the meeting's id, and a case item's with the case's pseudonym.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from ..documents.calendar import CalendarEvent, to_ics
from ..domain.audit import AuditAction, AuditEntry
from ..domain.errors import (
    IdentifiableRefused,
    InvalidValue,
    MeetingFinal,
    MeetingHasItems,
    MeetingHeld,
    MissingField,
    NotAnonymous,
    NotFound,
)
from ..domain.meetings import (
    AgendaItem,
    Attendee,
    ItemMode,
    ItemTopic,
    Meeting,
    MeetingDecision,
    MeetingSeries,
    MeetingStatus,
    Presence,
    SeriesMember,
    anonymity_problems,
    proposed_dates,
    stale,
)
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import cases as case_store
from ..store import meetings as store
from ..store import organisations, people, settings, users
from ..store.atomic import atomic_write
from ..store.connection import Connection
from . import meeting_gate
from .cases import audit_label, guard, writable
from .contacts import today
from .meeting_views import (  # noqa: F401  (the read models are part of this module's interface)
    ActionView,
    AttendeeView,
    ItemView,
    MeetingFile,
    MeetingLine,
    SeriesSummary,
    item_views,
    view_of,
)
from .session import Session, iso

CALENDAR_NAME = "Wijkzorg overleg"


def _field(text: str) -> Message:
    return Message("fields", text)


def _meeting_or_fail(conn: Connection, meeting_id: int) -> Meeting:
    found = store.meeting(conn, meeting_id)
    if found is None:
        raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This meeting")))
    return found


def _series_or_fail(conn: Connection, series_id: int) -> MeetingSeries:
    found = store.series(conn, series_id)
    if found is None:
        raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This meeting series")))
    return found


def _item_or_fail(conn: Connection, item_id: int) -> AgendaItem:
    found = store.item(conn, item_id)
    if found is None:
        raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This agenda item")))
    return found


def _open_for_changes(conn: Connection, meeting_id: int) -> Meeting:
    found = _meeting_or_fail(conn, meeting_id)
    if found.status == MeetingStatus.FINAL:
        raise MeetingFinal()
    return found


def _record(session: Session, action: AuditAction, object_type: str, object_id: str, case_id: int | None = None,
            detail: str = "") -> None:
    session.record(AuditEntry(action, object_type, object_id, audit_label(session.conn, case_id), detail=detail))


# --- series -------------------------------------------------------------------------------------------

def list_series(session: Session) -> list[SeriesSummary]:
    """Every series with its next and last meeting and how many it had; one read of the meetings."""
    session.require(Permission.VIEW_MEETINGS)
    conn, day = session.conn, today(session)
    by_series: dict[int, list[Meeting]] = {}
    for m in store.all_meetings(conn):
        by_series.setdefault(m.series_id, []).append(m)
    found = []
    for s in store.all_series(conn):
        held = by_series.get(int(s.id or 0), [])
        found.append(SeriesSummary(s, next((m for m in held if m.on >= day), None),
                                   next((m for m in reversed(held) if m.on < day), None), len(held)))
    session.record(AuditEntry(AuditAction.READ, "meeting_series", "list", detail=f"{len(found)} series"))
    return found


def _checked_members(conn: Connection, members: tuple[SeriesMember, ...]) -> tuple[SeriesMember, ...]:
    person_ids = {m.person_id for m in members if m.person_id is not None}
    org_ids = {m.organisation_id for m in members if m.organisation_id is not None}
    logins = {u.login for u in users.all_users(conn)}
    known_people = people.by_ids(conn, person_ids) if person_ids else {}
    known_orgs = organisations.by_ids(conn, org_ids) if org_ids else {}
    checked = []
    for m in members:
        if m.user_login:
            if m.user_login not in logins:
                raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This user")))
            m = replace(m, person_id=None, organisation_id=None)
        elif m.person_id is None and m.organisation_id is None:
            raise MissingField(field=_field(QT_TRANSLATE_NOOP("fields", "who the member is")))
        if m.person_id is not None and m.person_id not in known_people:
            raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This person")))
        if m.organisation_id is not None and m.organisation_id not in known_orgs:
            raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This organisation")))
        checked.append(replace(m, role=m.role.strip()))
    return tuple(checked)


def save_series(session: Session, series: MeetingSeries) -> MeetingSeries:
    session.require(Permission.HOLD_MEETINGS)
    name = series.name.strip()
    if not name:
        raise MissingField(field=_field(QT_TRANSLATE_NOOP("fields", "name of the meeting")))
    conn = session.conn
    if series.id is not None:
        _series_or_fail(conn, series.id)
    series = replace(series, name=name, place=series.place.strip(), members=_checked_members(conn, series.members))
    with session.changing() as conn:
        if series.id is None:
            series_id = store.insert_series(conn, series, session.user.login, iso(session.now()))
            _record(session, AuditAction.CREATE, "meeting_series", str(series_id), detail=name)
        else:
            series_id = series.id
            store.update_series(conn, series, iso(session.now()))
            _record(session, AuditAction.UPDATE, "meeting_series", str(series_id), detail=name)
            for held in store.meetings_of(conn, series_id):  # "besproken in <name> ..."
                _reach_the_cases(session, conn, int(held.id or 0))
    return _series_or_fail(session.conn, series_id)


# --- meetings -----------------------------------------------------------------------------------------

def meetings_of(session: Session, series_id: int) -> list[Meeting]:
    """The series' meetings by date: dates only, not audited."""
    session.require(Permission.VIEW_MEETINGS)
    return store.meetings_of(session.conn, series_id)


def list_meetings(session: Session, series_id: int | None = None) -> list[MeetingLine]:
    """The meetings (of one series, or all) by date; the number of agenda items only for those who may
    see the agenda. Audited as one read of the list."""
    session.require(Permission.VIEW_MEETINGS)
    conn = session.conn
    if series_id is not None:
        _series_or_fail(conn, series_id)
    all_of = {int(s.id or 0): s for s in store.all_series(conn)}
    chosen = store.meetings_of(conn, series_id) if series_id is not None else store.all_meetings(conn)
    chosen.sort(key=lambda m: (m.on, m.at is not None, m.at, m.id or 0))
    counts = None
    if session.may(Permission.HOLD_MEETINGS) and session.may(Permission.VIEW_CASES):
        counts = store.item_counts(conn, [int(m.id or 0) for m in chosen]) if chosen else {}
    session.record(AuditEntry(AuditAction.READ, "meeting_series", str(series_id) if series_id is not None else "all",
                              detail=f"{len(chosen)} meetings"))
    return [MeetingLine(m, all_of[m.series_id].name, m.place or all_of[m.series_id].place,
                        None if counts is None else counts.get(int(m.id or 0), 0)) for m in chosen]


def propose_dates(session: Session, series_id: int, count: int = 3) -> list[date]:
    """The next dates in the series' rhythm after its latest meeting (or today), none before today."""
    session.require(Permission.VIEW_MEETINGS)
    conn, day = session.conn, today(session)
    series = _series_or_fail(conn, series_id)
    held = store.meetings_of(conn, series_id)
    after = held[-1].on if held else day
    if after < day:
        passed = [d for d in proposed_dates(series.rhythm, after, 400) if d < day]
        after = passed[-1] if passed else after
    return [d for d in proposed_dates(series.rhythm, after, count + 1) if d >= day][:count]


def save_meeting(session: Session, meeting: Meeting) -> Meeting:
    """A new meeting gets the series' members as expected attendance; a change sets date, time, length and
    place only (the status changes with ``meeting_actions.set_status``)."""
    session.require(Permission.EDIT_MEETING_DATES)
    conn = session.conn
    _series_or_fail(conn, meeting.series_id)
    if meeting.duration_minutes <= 0:
        raise InvalidValue(field=_field(QT_TRANSLATE_NOOP("fields", "duration in minutes")), reason="> 0")
    meeting = replace(meeting, place=meeting.place.strip())
    if meeting.id is not None:
        current = _open_for_changes(conn, meeting.id)
        meeting = replace(meeting, series_id=current.series_id, status=current.status)
    when = f"{meeting.on.isoformat()}" + (f" {meeting.at.isoformat('minutes')}" if meeting.at else "")
    with session.changing() as conn:
        if meeting.id is None:
            meeting_id = store.insert_meeting(conn, replace(meeting, status=MeetingStatus.PLANNED),
                                              session.user.login, iso(session.now()))
            store.copy_members(conn, meeting_id, meeting.series_id)
            _record(session, AuditAction.CREATE, "meeting", str(meeting_id),
                    detail=f"series {meeting.series_id}; {when}")
        else:
            meeting_id = meeting.id
            store.update_meeting(conn, meeting, iso(session.now()))
            _record(session, AuditAction.UPDATE, "meeting", str(meeting_id), detail=when)
            _reach_the_cases(session, conn, meeting_id)  # "besproken in ... op <date>"
    return _meeting_or_fail(session.conn, meeting_id)


def delete_meeting(session: Session, meeting_id: int) -> None:
    """Only a planned meeting without agenda items: a held one keeps who came."""
    session.require(Permission.EDIT_MEETING_DATES)
    conn = session.conn
    found = _meeting_or_fail(conn, meeting_id)
    if found.status != MeetingStatus.PLANNED:
        raise MeetingHeld()
    count = store.item_count(conn, meeting_id)
    if count:
        raise MeetingHasItems(count=count)
    with session.changing() as conn:
        store.delete_meeting(conn, meeting_id)
        _record(session, AuditAction.DELETE, "meeting", str(meeting_id), detail=found.on.isoformat())


# --- attendance ---------------------------------------------------------------------------------------

def _checked_attendee(conn: Connection, a: Attendee) -> Attendee:
    a = replace(a, guest_name=a.guest_name.strip(), role=a.role.strip(), replaced_by_name=a.replaced_by_name.strip())
    if a.user_login:
        if users.by_login(conn, a.user_login) is None:
            raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This user")))
        a = replace(a, person_id=None, organisation_id=None, guest_name="")
    elif a.person_id is None and a.organisation_id is None and not a.guest_name:
        raise MissingField(field=_field(QT_TRANSLATE_NOOP("fields", "who the attendee is")))
    for person_id in (a.person_id, a.replaced_by_person_id):
        if person_id is not None and people.get(conn, person_id) is None:
            raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This person")))
    if a.organisation_id is not None and organisations.get(conn, a.organisation_id) is None:
        raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This organisation")))
    if a.presence == Presence.REPLACED:
        if a.replaced_by_person_id is None and not a.replaced_by_name:
            raise MissingField(field=_field(QT_TRANSLATE_NOOP("fields", "replaced by")))
    else:
        a = replace(a, replaced_by_person_id=None, replaced_by_name="")
    return a


def put_attendee(session: Session, attendee: Attendee) -> AttendeeView:
    session.require(Permission.EDIT_MEETING_DATES)
    conn = session.conn
    _open_for_changes(conn, attendee.meeting_id)
    current = store.attendee(conn, attendee.id) if attendee.id is not None else None
    if attendee.id is not None and (current is None or current.meeting_id != attendee.meeting_id):
        raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This attendee")))
    if attendee.secrecy_override != (current.secrecy_override if current is not None else None):
        # whether someone is bound by medical secrecy decides what the herkenbaar gate lets through:
        # for those who hold meetings to say, not for whoever keeps the dates and attendance
        guard(session, Permission.HOLD_MEETINGS, "meeting_attendee", f"{attendee.meeting_id}.{attendee.id or ''}")
    attendee = _checked_attendee(conn, attendee)
    secrecy = {None: "by kind", True: "bound", False: "not bound"}[attendee.secrecy_override]
    with session.changing() as conn:
        attendee_id = store.put_attendee(conn, attendee)
        _record(session, AuditAction.CREATE if attendee.id is None else AuditAction.UPDATE, "meeting_attendee",
                f"{attendee.meeting_id}.{attendee_id}", detail=f"{attendee.presence}; secrecy {secrecy}")
    saved = store.attendee(session.conn, attendee_id)
    assert saved is not None
    return view_of(saved, meeting_gate.who(session.conn, [saved])[attendee_id])


def remove_attendee(session: Session, attendee_id: int) -> None:
    session.require(Permission.EDIT_MEETING_DATES)
    conn = session.conn
    found = store.attendee(conn, attendee_id)
    if found is None:
        raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This attendee")))
    _open_for_changes(conn, found.meeting_id)
    with session.changing() as conn:
        store.delete_attendee(conn, attendee_id)
        _record(session, AuditAction.DELETE, "meeting_attendee", f"{found.meeting_id}.{attendee_id}")


# --- one meeting as a file ----------------------------------------------------------------------------

def verify_after_months(session: Session) -> int:
    return settings.verify_after_months(session.conn)


def open_meeting(session: Session, meeting_id: int) -> MeetingFile:
    """The meeting with its attendance, and (for those who hold meetings and see cases) its agenda; audited
    as a read of the meeting and of each case item's case."""
    session.require(Permission.VIEW_MEETINGS)
    conn = session.conn
    meeting = _meeting_or_fail(conn, meeting_id)
    series = _series_or_fail(conn, meeting.series_id)
    present = store.attendees(conn, meeting_id)
    known = meeting_gate.who(conn, present)
    views = tuple(view_of(a, known[int(a.id or 0)]) for a in present)
    months, day = verify_after_months(session), today(session)
    to_check = tuple(v for v in views if v.person_id_to_check is not None and stale(v.verified_on, day, months))
    may_see = session.may(Permission.HOLD_MEETINGS) and session.may(Permission.VIEW_CASES)
    items = tuple(item_views(conn, meeting_id)) if may_see else ()
    later = [m for m in store.meetings_of(conn, meeting.series_id)
             if (m.on, m.id or 0) > (meeting.on, meeting.id or 0)]
    with session.changing():  # the read of the meeting and of each case item's case: one commit
        session.record(AuditEntry(AuditAction.READ, "meeting", str(meeting_id)))
        for view in items:
            if view.item.case_id is not None:
                session.record(AuditEntry(AuditAction.READ, "meeting_item", f"{meeting_id}.{view.item.id}",
                                          view.case_label))
    return MeetingFile(series, meeting, meeting.place or series.place, views, items, later[0] if later else None,
                       to_check, months, may_see)


# --- agenda items and decisions -----------------------------------------------------------------------

def _may_work_on(session: Session, item: AgendaItem) -> None:
    session.require(Permission.HOLD_MEETINGS)
    if item.case_id is not None:
        writable(session, item.case_id)


def _checked_item(session: Session, item: AgendaItem) -> AgendaItem:
    texts = {f: getattr(item, f).strip() for f in ("title", "question", "brought_by", "shared_notes",
                                                   "internal_notes")}
    item = replace(item, **texts)
    if item.topic != ItemTopic.CASE:
        item = replace(item, case_id=None, mode=ItemMode.ANONYMOUS, kindcheck_repeated=False,
                       colleague_consulted=False)
        if not item.title:
            raise MissingField(field=_field(QT_TRANSLATE_NOOP("fields", "subject of the agenda item")))
    elif item.case_id is None:
        raise MissingField(field=_field(QT_TRANSLATE_NOOP("fields", "case")))
    present = {a.id for a in store.attendees(session.conn, item.meeting_id)}
    if not set(item.withheld_from) <= present:
        raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This attendee")))
    return item


def put_item(session: Session, item: AgendaItem) -> ItemView:
    """An agenda item; a case item is checked against the household (anonymous) or the gate (herkenbaar)."""
    guard(session, Permission.HOLD_MEETINGS, "meeting_item", str(item.meeting_id), item.case_id)
    conn = session.conn
    _open_for_changes(conn, item.meeting_id)
    if item.id is not None:
        current = _item_or_fail(conn, item.id)
        if current.meeting_id != item.meeting_id:
            raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This agenda item")))
        if (current.topic, current.case_id) != (item.topic, item.case_id):
            # its actions, promises and the timeline entry of a held meeting belong to the case it was about
            raise InvalidValue(field=_field(QT_TRANSLATE_NOOP("fields", "case")),
                               reason=Message("meetings", QT_TRANSLATE_NOOP(
                                   "meetings", "an item stays about what it was about: remove it and add another")))
    item = _checked_item(session, item)
    _may_work_on(session, item)
    if item.case_id is not None and item.mode == ItemMode.ANONYMOUS:
        problems = anonymity_problems((item.title, item.question, item.shared_notes, item.brought_by),
                                      case_store.members(conn, item.case_id))
        if problems:
            raise NotAnonymous(details=", ".join(problems))
    if item.case_id is not None and item.mode == ItemMode.IDENTIFIABLE:
        answer = meeting_gate.check(session, item.meeting_id, item.case_id)
        if not answer.allowed:
            raise IdentifiableRefused(list(answer.reasons()))
    with session.changing() as conn:
        item_id = store.put_item(conn, item)
        _record(session, AuditAction.CREATE if item.id is None else AuditAction.UPDATE, "meeting_item",
                f"{item.meeting_id}.{item_id}", item.case_id, f"{item.topic} {item.mode}")
        _reach_the_cases(session, conn, item.meeting_id)
    return item_views(session.conn, item.meeting_id, {item_id})[0]


def remove_item(session: Session, item_id: int) -> None:
    """An item whose actions made follow-ups or promises stays: remove those actions first."""
    conn = session.conn
    item = _item_or_fail(conn, item_id)
    guard(session, Permission.HOLD_MEETINGS, "meeting_item", f"{item.meeting_id}.{item_id}", item.case_id)
    _open_for_changes(conn, item.meeting_id)
    _may_work_on(session, item)
    linked = store.linked_action_count(conn, item_id)
    if linked:
        raise MeetingHasItems(count=linked)
    with session.changing() as conn:
        store.delete_item(conn, item_id)
        _record(session, AuditAction.DELETE, "meeting_item", f"{item.meeting_id}.{item_id}", item.case_id)


def _reach_the_cases(session: Session, conn: Connection, meeting_id: int) -> None:
    """What a held meeting says about a case is in its timeline: a change to its items or decisions
    revises that in the same transaction (a planned meeting has said nothing yet; final minutes change no
    more)."""
    from .meeting_actions import sync_in  # builds on this module

    meeting = store.meeting(conn, meeting_id)
    if meeting is not None and meeting.status == MeetingStatus.HELD:
        sync_in(session, conn, meeting)


def put_decision(session: Session, decision: MeetingDecision) -> MeetingDecision:
    conn = session.conn
    item = _item_or_fail(conn, decision.item_id)
    guard(session, Permission.HOLD_MEETINGS, "meeting_decision", str(item.meeting_id), item.case_id)
    _open_for_changes(conn, item.meeting_id)
    _may_work_on(session, item)
    text = decision.text.strip()
    if not text:
        raise MissingField(field=_field(QT_TRANSLATE_NOOP("fields", "decision")))
    if item.case_id is not None and item.mode == ItemMode.ANONYMOUS:   # decisions go on the minutes
        problems = anonymity_problems([text], case_store.members(conn, item.case_id))
        if problems:
            raise NotAnonymous(details=", ".join(problems))
    if decision.id is not None:
        current = store.decision(conn, decision.id)
        if current is None or current.item_id != decision.item_id:
            raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This decision")))
    with session.changing() as conn:
        decision_id = store.put_decision(conn, replace(decision, text=text))
        _record(session, AuditAction.CREATE if decision.id is None else AuditAction.UPDATE, "meeting_decision",
                f"{item.meeting_id}.{decision_id}", item.case_id, f"item {item.id}")
        _reach_the_cases(session, conn, item.meeting_id)
    saved = store.decision(session.conn, decision_id)
    assert saved is not None
    return saved


def remove_decision(session: Session, decision_id: int) -> None:
    conn = session.conn
    found = store.decision(conn, decision_id)
    if found is None:
        raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This decision")))
    item = _item_or_fail(conn, found.item_id)
    guard(session, Permission.HOLD_MEETINGS, "meeting_decision", f"{item.meeting_id}.{decision_id}", item.case_id)
    _open_for_changes(conn, item.meeting_id)
    _may_work_on(session, item)
    with session.changing() as conn:
        store.delete_decision(conn, decision_id)
        _record(session, AuditAction.DELETE, "meeting_decision", f"{item.meeting_id}.{decision_id}", item.case_id,
                f"item {item.id}")
        _reach_the_cases(session, conn, item.meeting_id)


# --- calendar -----------------------------------------------------------------------------------------

def calendar_events(session: Session, series_id: int | None = None, mine_only: bool = False) -> list[CalendarEvent]:
    """The meetings as calendar events: the series' name and the place, nothing of the agenda or who comes.
    ``mine_only``: the series the user is a member of."""
    session.require(Permission.VIEW_MEETINGS)
    conn = session.conn
    all_of = {int(s.id or 0): s for s in store.all_series(conn)}
    if mine_only:
        all_of = {i: s for i, s in all_of.items() if any(m.user_login == session.user.login for m in s.members)}
    chosen = store.meetings_of(conn, series_id) if series_id is not None else store.all_meetings(conn)
    vault_id = settings.get(conn, "vault.id", "wijkzorg")
    return [CalendarEvent(f"meeting-{m.id}@{vault_id}", all_of[m.series_id].name, m.on, m.at,
                          m.duration_minutes, m.place or all_of[m.series_id].place)
            for m in sorted(chosen, key=lambda m: (m.on, m.at is not None, m.at, m.id or 0))
            if m.series_id in all_of]


def export_calendar(session: Session, out: Path, series_id: int | None = None) -> int:
    """The meetings (of one series, or all) as an iCalendar file; returns the number of events."""
    session.require(Permission.VIEW_MEETINGS)
    if series_id is not None:
        _series_or_fail(session.conn, series_id)
    events = calendar_events(session, series_id)
    atomic_write(out, to_ics(events, session.now(), CALENDAR_NAME))
    session.record(AuditEntry(AuditAction.EXPORT, "meeting_series", str(series_id) if series_id is not None else "all",
                              detail=f"ics; {len(events)} events"))
    return len(events)
