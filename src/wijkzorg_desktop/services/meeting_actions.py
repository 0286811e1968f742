"""What a meeting hands out flows into the rest of the program.

An action for a practice user becomes a follow-up linked to the meeting (Vandaag shows it with the
meeting's series and date); an action for a partner on a case item becomes an open promise of that party
in the case, so "Loopt het?" shows it. The follow-up or promise stays the single truth for "done": the
action's state is read through it, so completing it in Opvolging, Vandaag, "Loopt het?" or the Parties
tab completes the action in the meeting.

Once a meeting is held, each case item writes "Besproken in <overleg> op <datum>" with the decisions in
the case's timeline (revised, with history, when the decisions change), and can record a repeated
kindcheck and a collegial consultation (meldcode step 2) without overwriting steps already recorded.
"""

from __future__ import annotations

from dataclasses import replace

from ..documents.dutch_text import long_date
from ..domain.audit import AuditAction, AuditEntry
from ..domain.errors import InvalidValue, MeetingFinal, MissingField, NotAnonymous, NotFound
from ..domain.followups import FollowUp, FollowUpKind, FollowUpStatus
from ..domain.involvement import EntryKind, Party, Promise, TimelineEntry
from ..domain.meetings import (
    ActionState,
    AgendaItem,
    ItemMode,
    Meeting,
    MeetingAction,
    MeetingDecision,
    MeetingSeries,
    MeetingStatus,
    anonymity_problems,
)
from ..domain.meldcode import AdviceFrom, AdviceRequest, StepRecord
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import cases as case_store
from ..store import followups, involvement, meldcode, organisations, people
from ..store import meetings as store
from ..store import users as users_store
from ..store.connection import Connection
from . import followups as followups_service
from .cases import audit, audit_label, writable
from .contacts import today
from .meetings import ActionView
from .session import Session, iso

DROPPED_REASON = "verwijderd uit het overleg"
"""Why the follow-up of an action taken back in the meeting lapsed (stored, as the user's own reasons)."""

_NEXT = {MeetingStatus.PLANNED: {MeetingStatus.HELD},
         MeetingStatus.HELD: {MeetingStatus.PLANNED, MeetingStatus.FINAL},
         MeetingStatus.FINAL: set()}


def _this(what: str) -> NotFound:
    return NotFound(what=Message("meetings", what))


def _meeting(conn: Connection, meeting_id: int) -> Meeting:
    found = store.meeting(conn, meeting_id)
    if found is None:
        raise _this(QT_TRANSLATE_NOOP("meetings", "This meeting"))
    return found


def _series(conn: Connection, meeting: Meeting) -> MeetingSeries:
    found = store.series(conn, meeting.series_id)
    if found is None:
        raise _this(QT_TRANSLATE_NOOP("meetings", "This meeting series"))
    return found


def _item(conn: Connection, item_id: int) -> AgendaItem:
    found = store.item(conn, item_id)
    if found is None:
        raise _this(QT_TRANSLATE_NOOP("meetings", "This agenda item"))
    return found


def _stored(conn: Connection, action_id: int) -> tuple[MeetingAction, ActionState]:
    found = store.action(conn, action_id)
    if found is None:
        raise _this(QT_TRANSLATE_NOOP("meetings", "This action"))
    return found


def _key(meeting_id: int, action_id: int) -> str:
    return f"{meeting_id}.{action_id}"


# --- status ------------------------------------------------------------------------------------------

def set_status(session: Session, meeting_id: int, status: MeetingStatus) -> Meeting:
    """Gepland -> gehouden -> verslag definitief (back from gehouden to gepland while the minutes are not
    final). A held meeting writes its case items' outcomes in the cases, in the same transaction."""
    session.require(Permission.HOLD_MEETINGS)
    meeting = _meeting(session.conn, meeting_id)
    if meeting.status == MeetingStatus.FINAL:
        raise MeetingFinal()
    if status != meeting.status and status not in _NEXT[meeting.status]:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "status")),
                           reason=Message("meetings", QT_TRANSLATE_NOOP(
                               "meetings", "a meeting is held before its minutes are made final")))
    now = iso(session.now())
    with session.changing() as conn:
        if status != meeting.status:
            store.set_status(conn, meeting_id, status, now)
            session.record(AuditEntry(AuditAction.UPDATE, "meeting", str(meeting_id), detail=f"status {status}"))
        if status in (MeetingStatus.HELD, MeetingStatus.FINAL):
            sync_in(session, conn, replace(meeting, status=status))
    return _meeting(session.conn, meeting_id)


# --- actions -----------------------------------------------------------------------------------------

def _tidy(conn: Connection, action: MeetingAction) -> MeetingAction:
    what = " ".join(action.what.split())
    if not what:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "what")))
    owner = Message("fields", QT_TRANSLATE_NOOP("fields", "owner"))
    if action.owner_login:
        user = users_store.by_login(conn, action.owner_login)
        if user is None or not user.active:
            raise MissingField(field=owner)
        return replace(action, what=what, owner_person_id=None, owner_organisation_id=None)
    if action.owner_person_id is None and action.owner_organisation_id is None:
        raise MissingField(field=owner)
    if action.owner_person_id is not None and people.get(conn, action.owner_person_id) is None:
        raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This person")))
    if action.owner_organisation_id is not None and organisations.get(conn, action.owner_organisation_id) is None:
        raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This organisation")))
    return replace(action, what=what)


def _owner_name(conn: Connection, action: MeetingAction) -> str:
    if action.owner_login:
        user = users_store.by_login(conn, action.owner_login)
        return user.full_name if user else action.owner_login
    if action.owner_person_id is not None:
        person = people.get(conn, action.owner_person_id)
        if person is not None:
            return person.name
    if action.owner_organisation_id is not None:
        org = organisations.get(conn, action.owner_organisation_id)
        if org is not None:
            return org.name
    return "?"


def _view(conn: Connection, action_id: int) -> ActionView:
    action, state = _stored(conn, action_id)
    return ActionView(action, _owner_name(conn, action), state)


def _party_for(session: Session, conn: Connection, meeting: Meeting, case_id: int,
               action: MeetingAction) -> tuple[int, bool]:
    """The case's party for the action's owner (same person, else same organisation), made when missing:
    (party id, made now)."""
    parties = involvement.parties(conn, case_id)
    if action.owner_person_id is not None:
        found = next((p for p in parties if p.person_id == action.owner_person_id), None)
    else:
        found = next((p for p in parties if p.person_id is None and not p.user_login
                      and p.organisation_id == action.owner_organisation_id), None)
    if found is not None:
        return int(found.id or 0), False
    attendee = next((a for a in store.attendees(conn, meeting.id or 0) if a.role and (
        (action.owner_person_id is not None and a.person_id == action.owner_person_id)
        or (action.owner_person_id is None and a.person_id is None
            and a.organisation_id == action.owner_organisation_id))), None)
    person = people.get(conn, action.owner_person_id) if action.owner_person_id is not None else None
    role = (attendee.role if attendee else "") or (person.function if person else "") or "overleg"
    party = Party(case_id, role, person_id=action.owner_person_id,
                  organisation_id=None if action.owner_person_id is not None else action.owner_organisation_id,
                  since=meeting.on)
    party_id = involvement.put_party(conn, party)
    audit(session, AuditAction.CREATE, "case_party", party_id, case_id, f"{role}; meeting {meeting.id}")
    return party_id, True


def _add(session: Session, conn: Connection, meeting: Meeting, item: AgendaItem, action: MeetingAction,
         now: str) -> MeetingAction:
    """Make the follow-up or promise of a new action; the action with its link."""
    label = audit_label(conn, item.case_id)
    if action.owner_login:
        followup = FollowUp(action.what, FollowUpKind.OTHER, action.owner_login, action.due, case_id=item.case_id,
                            meeting_id=meeting.id)
        followup_id = followups.insert(conn, followup, session.user.login, now)
        session.record(AuditEntry(AuditAction.CREATE, "followup", str(followup_id), label,
                                  detail=f"meeting {meeting.id}"))
        return replace(action, followup_id=followup_id)
    if item.case_id is None:
        return action  # a partner's action on a theme: only in the minutes
    party_id, _ = _party_for(session, conn, meeting, item.case_id, action)
    promise_id = involvement.put_promise(conn, Promise(item.case_id, action.what, meeting.on, party_id,
                                                       due=action.due))
    case_store.touch(conn, item.case_id, now)
    audit(session, AuditAction.CREATE, "promise", promise_id, item.case_id, f"meeting {meeting.id}")
    return replace(action, promise_id=promise_id)


def _change_links(session: Session, conn: Connection, item: AgendaItem, stored: MeetingAction,
                  action: MeetingAction, now: str) -> None:
    """A changed what or due date, in the follow-up or promise the action made too."""
    if (action.what, action.due) == (stored.what, stored.due):
        return
    if stored.followup_id is not None:
        followup = followups.get(conn, stored.followup_id)
        if followup is not None and followup.open:
            followups.update(conn, replace(followup, what=action.what, due=action.due), now)
            session.record(AuditEntry(AuditAction.UPDATE, "followup", str(followup.id),
                                      audit_label(conn, followup.case_id)))
    if stored.promise_id is not None:
        promise = involvement.promise(conn, stored.promise_id)
        if promise is not None and promise.done_on is None:
            involvement.put_promise(conn, replace(promise, text=action.what, due=action.due))
            case_store.touch(conn, promise.case_id, now)
            audit(session, AuditAction.UPDATE, "promise", promise.id, promise.case_id)


def put_action(session: Session, action: MeetingAction) -> ActionView:
    """Add or change an action: what, who and when. Who does it cannot change (remove it and add another)."""
    session.require(Permission.HOLD_MEETINGS)
    conn = session.conn
    stored = _stored(conn, action.id)[0] if action.id is not None else None
    item = _item(conn, stored.item_id if stored is not None else action.item_id)
    meeting = _meeting(conn, item.meeting_id)
    if meeting.status == MeetingStatus.FINAL:
        raise MeetingFinal()
    if item.case_id is not None:
        writable(session, item.case_id)
    tidy = _tidy(conn, replace(action, item_id=item.id or 0))
    if item.case_id is not None and item.mode == ItemMode.ANONYMOUS:  # actions go on the minutes
        problems = anonymity_problems([tidy.what], case_store.members(conn, item.case_id))
        if problems:
            raise NotAnonymous(details=", ".join(problems))
    if stored is not None and (tidy.owner_login, tidy.owner_person_id, tidy.owner_organisation_id) != (
            stored.owner_login, stored.owner_person_id, stored.owner_organisation_id):
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "owner")),
                           reason=Message("meetings", QT_TRANSLATE_NOOP(
                               "meetings", "remove the action and add a new one for someone else")))
    now = iso(session.now())
    with session.changing() as c:
        if stored is None:
            linked = _add(session, c, meeting, item, replace(tidy, followup_id=None, promise_id=None, done_on=None),
                          now)
            action_id = store.insert_action(c, linked)
            verb = AuditAction.CREATE
        else:
            action_id = int(stored.id or 0)
            _change_links(session, c, item, stored, tidy, now)
            store.update_action(c, replace(stored, what=tidy.what, due=tidy.due))
            verb = AuditAction.UPDATE
        session.record(AuditEntry(verb, "meeting_action", _key(meeting.id or 0, action_id),
                                  audit_label(c, item.case_id)))
    return _view(session.conn, action_id)


def complete_action(session: Session, action_id: int, result: str = "") -> ActionView:
    """Done: through its follow-up or promise (as Opvolging and "Loopt het?" complete them), else the
    action itself."""
    session.require(Permission.HOLD_MEETINGS)
    conn = session.conn
    action, state = _stored(conn, action_id)
    if state != ActionState.OPEN:
        return _view(conn, action_id)
    if action.followup_id is not None:
        followups_service.complete(session, f"followup:{action.followup_id}", result)
    elif action.promise_id is not None:
        followups_service.complete(session, f"promise:{action.promise_id}", result)
    else:
        item = _item(conn, action.item_id)
        with session.changing() as c:
            store.update_action(c, replace(action, done_on=today(session)))
            session.record(AuditEntry(AuditAction.UPDATE, "meeting_action", _key(item.meeting_id, action_id),
                                      audit_label(c, item.case_id), detail="done"))
    return _view(session.conn, action_id)


def remove_action(session: Session, action_id: int) -> None:
    """Take an action back: its open follow-up lapses, its open promise goes; a done one stays."""
    session.require(Permission.HOLD_MEETINGS)
    conn = session.conn
    action, state = _stored(conn, action_id)
    item = _item(conn, action.item_id)
    meeting = _meeting(conn, item.meeting_id)
    if meeting.status == MeetingStatus.FINAL:
        raise MeetingFinal()
    if state != ActionState.OPEN:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "action")),
                           reason=Message("meetings", QT_TRANSLATE_NOOP(
                               "meetings", "it is done or dropped already and stays in the minutes")))
    promise = involvement.promise(conn, action.promise_id) if action.promise_id is not None else None
    if promise is not None:
        writable(session, promise.case_id)
    now = iso(session.now())
    with session.changing() as c:
        if action.followup_id is not None:
            followup = followups.get(c, action.followup_id)
            if followup is not None and followup.open:
                followups.update(c, replace(followup, status=FollowUpStatus.DROPPED, result=DROPPED_REASON), now)
                session.record(AuditEntry(AuditAction.UPDATE, "followup", str(followup.id),
                                          audit_label(c, followup.case_id), detail="dropped"))
        store.delete_action(c, action_id)
        if promise is not None:
            involvement.delete_promise(c, int(promise.id or 0))
            case_store.touch(c, promise.case_id, now)
            audit(session, AuditAction.DELETE, "promise", promise.id, promise.case_id, f"meeting {meeting.id}")
        session.record(AuditEntry(AuditAction.DELETE, "meeting_action", _key(meeting.id or 0, action_id),
                                  audit_label(c, item.case_id)))


# --- outcomes in the cases ---------------------------------------------------------------------------

def outcome_text(series: MeetingSeries, meeting: Meeting, item: AgendaItem,
                 decisions: list[MeetingDecision]) -> str:
    """The timeline entry of a discussed case item (stored Dutch, as the case's other entries)."""
    mode = "anoniem" if item.mode == ItemMode.ANONYMOUS else "herkenbaar"
    lines = [f"Besproken in {series.name} op {long_date(meeting.on)} ({mode})."]
    if item.question.strip():
        lines.append(f"Vraag: {' '.join(item.question.split())}")
    texts = [" ".join(d.text.split()) for d in sorted(decisions, key=lambda d: (d.position, d.id or 0))]
    if texts:
        lines.append(f"Besluiten: {'; '.join(texts)}")
    return "\n".join(lines)


def _sync_item(session: Session, conn: Connection, series: MeetingSeries, meeting: Meeting, item: AgendaItem,
               decisions: list[MeetingDecision], now: str) -> bool:
    case_id = int(item.case_id or 0)
    login, changed = session.user.login, False
    text = outcome_text(series, meeting, item, decisions)
    old = involvement.entry(conn, item.timeline_entry_id) if item.timeline_entry_id is not None else None
    if old is None:
        entry_id = involvement.add_entry(conn, TimelineEntry(case_id, meeting.on, EntryKind.MEETING, text, login),
                                         now)
        store.set_item_links(conn, item.id or 0, timeline_entry_id=entry_id)
        audit(session, AuditAction.CREATE, "timeline_entry", entry_id, case_id, f"{EntryKind.MEETING}; "
              f"meeting {meeting.id}")
        changed = True
    elif (old.text, old.on) != (text, meeting.on):
        involvement.revise_entry(conn, old, replace(old, text=text, on=meeting.on), login, now)
        audit(session, AuditAction.UPDATE, "timeline_entry", old.id, case_id,
              f"version {len(old.history) + 2}; meeting {meeting.id}")
        changed = True
    where = f"{series.name} op {long_date(meeting.on)}"
    steps: set[int] | None = None
    if item.kindcheck_repeated and item.kindcheck_entry_id is None:
        steps = {s.step for s in meldcode.steps(conn, case_id)}
        entry_id = involvement.add_entry(conn, TimelineEntry(case_id, meeting.on, EntryKind.SIGNAL,
                                                             f"Kindcheck herhaald in {where}.", login), now)
        store.set_item_links(conn, item.id or 0, kindcheck_entry_id=entry_id)
        audit(session, AuditAction.CREATE, "timeline_entry", entry_id, case_id,
              f"{EntryKind.SIGNAL}; meeting {meeting.id}")
        _step(session, conn, case_id, 1, meeting, f"Kindcheck herhaald in {where}.", steps)
        changed = True
    if item.colleague_consulted and item.advice_request_id is None:
        steps = steps if steps is not None else {s.step for s in meldcode.steps(conn, case_id)}
        request_id = meldcode.add_advice_request(conn, AdviceRequest(
            case_id, AdviceFrom.COLLEAGUE, meeting.on, login, f"Collegiale consultatie in {where}.",
            anonymous=item.mode == ItemMode.ANONYMOUS))
        store.set_item_links(conn, item.id or 0, advice_request_id=request_id)
        audit(session, AuditAction.CREATE, "advice_request", request_id, case_id,
              f"{AdviceFrom.COLLEAGUE}; meeting {meeting.id}")
        _step(session, conn, case_id, 2, meeting, f"Collegiale consultatie in {where}.", steps)
        changed = True
    if changed:
        case_store.touch(conn, case_id, now)
    return changed


def _step(session: Session, conn: Connection, case_id: int, step: int, meeting: Meeting, notes: str,
          have: set[int]) -> None:
    """Meldcode step ``step`` from the meeting, only when the case has none yet: a step recorded already
    (perhaps with its own notes) is never overwritten."""
    if step in have:
        return
    meldcode.put_step(conn, StepRecord(case_id, step, meeting.on, session.user.login, notes))
    have.add(step)
    audit(session, AuditAction.UPDATE, "meldcode_step", step, case_id, f"meeting {meeting.id}")


def sync_in(session: Session, conn: Connection, meeting: Meeting) -> list[int]:
    """``sync_case_outcomes`` inside an open transaction (a change to a held meeting's items makes it)."""
    if meeting.status == MeetingStatus.PLANNED or not session.may(Permission.EDIT_CASES):
        return []
    items = [i for i in store.items(conn, meeting.id or 0) if i.case_id is not None]
    if not items:
        return []
    series = _series(conn, meeting)
    open_cases = {case_id for case_id, case in case_store.by_ids(conn, {int(i.case_id or 0) for i in items}).items()
                  if not case.closed}
    decisions = store.decisions(conn, meeting.id or 0)
    now = iso(session.now())
    touched: dict[int, None] = {}  # in the agenda's order, each case once
    for item in items:
        case_id = int(item.case_id or 0)
        if case_id in open_cases and _sync_item(session, conn, series, meeting, item,
                                                decisions.get(item.id or 0, []), now):
            touched[case_id] = None
    return list(touched)


def sync_case_outcomes(session: Session, meeting_id: int) -> list[int]:
    """Write what a held meeting said about each case in the case (once; a revision when the decisions
    changed); closed cases are left as they are. Returns the ids of the cases changed."""
    session.require(Permission.HOLD_MEETINGS)
    meeting = _meeting(session.conn, meeting_id)
    with session.changing() as conn:
        return sync_in(session, conn, meeting)
