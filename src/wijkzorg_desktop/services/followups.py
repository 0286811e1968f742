"""Opvolging: follow-ups made by hand, and those that follow from the case records.

Follow-ups that follow a record are read from it, never copied: the expected terugkoppeling of a
melding or advice at Veilig Thuis, an open promise, a plan item with a due date, a kindcheck's next
check. Completing one completes its source (feedback received, promise kept, plan item done, next
check cleared), and completing the source makes it disappear. Items of closed cases are not pending.

An assistent sees only the follow-ups assigned to them, without the case they belong to.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from ..documents.calendar import CalendarEvent, to_ics
from ..domain.audit import AuditAction, AuditEntry
from ..domain.availability import Reachability
from ..domain.contacts import PHONE_KINDS, Organisation, OrganisationKind, Person
from ..domain.errors import MissingField, NotFound, ReasonRequired
from ..domain.followups import KIND_LABELS, Bucket, FollowUp, FollowUpKind, FollowUpStatus, sort_key
from ..domain.involvement import EntryKind, Party, PlanItem, Promise, TimelineEntry
from ..domain.kindcheck import Kindcheck
from ..domain.meetings import MeetingAction
from ..domain.meldcode import VtContact, VtContactKind, VtRole
from ..domain.text import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from ..domain.users import Permission
from ..store import cases, followups, involvement, kindchecks, meetings, meldcode, organisations, people, settings
from ..store import users as users_store
from ..store.atomic import atomic_write
from ..store.connection import Connection
from . import involvement as involvement_service
from . import meldcode as meldcode_service
from .cases import audit, audit_label, writable
from .contact_rules import display_phone
from .contacts import today
from .session import Session, iso

UPCOMING_KINDCHECK_DAYS = 14


@dataclass(frozen=True)
class FollowUpItem:
    key: str                      # "followup:12", "vt_contact:5", "promise:3", "plan:4", "kindcheck:9"
    followup: FollowUp
    case_label: str = ""          # empty for an assistent, and for follow-ups without a case
    party_name: str = ""
    waiting_for_others: bool = False
    phone: str = ""                            # the party's number to call, as the sociale kaart shows it
    reachability: Reachability | None = None   # whether they answer now; None: nobody to call
    meeting_name: str = ""                     # the series of the meeting that handed it out ("MDO De Linde")
    meeting_on: date | None = None             # and that meeting's date

    @property
    def automatic(self) -> bool:
        return not self.key.startswith("followup:")

    def late(self, now: datetime) -> bool:
        """Te laat: the one definition behind Vandaag's header and first section, the navigation's count,
        the status bar and the reminder. Open and past its moment (``FollowUp.overdue``), whether the user
        is to do it or waits for someone who owes it (a terugkoppeling of Veilig Thuis, a partner's
        promise): either way the user has to act, if only by calling to ask."""
        return self.followup.overdue(now)


class _CallList:
    """Names, numbers and availability of the parties of follow-ups, read once for a whole list: only the
    people and organisations the list refers to, however large the sociale kaart."""

    def __init__(self, session: Session, person_ids: set[int], organisation_ids: set[int]) -> None:
        conn = session.conn
        self.session = session
        self.now = session.now()
        self.people: dict[int, Person] = people.by_ids(conn, person_ids)
        organisation_ids = organisation_ids | {int(p.organisation_id) for p in self.people.values()
                                               if p.organisation_id is not None}
        self.organisations: dict[int, Organisation] = organisations.by_ids(conn, organisation_ids)
        self.users = {u.login: u.full_name for u in users_store.all_users(conn)}
        self.safe_at_home = organisations.first_of_kind(conn, OrganisationKind.SAFE_AT_HOME)
        self._person_calls: dict[int | None, tuple[str, Reachability | None]] = {}

    @classmethod
    def of(cls, session: Session, parties: list[Party], person_ids: set[int]) -> _CallList:
        return cls(session, person_ids | {p.person_id for p in parties if p.person_id is not None},
                   {p.organisation_id for p in parties if p.organisation_id is not None})

    def name(self, party: Party | None) -> str:
        if party is None:
            return ""
        if party.person_id is not None and party.person_id in self.people:
            return self.people[party.person_id].name
        if party.organisation_id is not None and party.organisation_id in self.organisations:
            return self.organisations[party.organisation_id].name
        return self.users.get(party.user_login, "?") if party.user_login else "?"

    def of_person(self, person_id: int | None) -> tuple[str, Reachability | None]:
        """The person's preferred phone (else their first, else their organisation's) and whether the
        one behind that number is reachable now; worked out once per person for the whole list."""
        if person_id not in self._person_calls:
            self._person_calls[person_id] = self._of_person(person_id)
        return self._person_calls[person_id]

    def _of_person(self, person_id: int | None) -> tuple[str, Reachability | None]:
        person = self.people.get(person_id) if person_id is not None else None
        if person is None:
            return "", None
        phones = [c for c in person.channels if c.kind in PHONE_KINDS]
        phone = next((c for c in phones if c.preferred), phones[0] if phones else None)
        if phone is not None:
            return display_phone(phone.value), person.availability.at(self.now)
        org = self.organisations.get(person.organisation_id) if person.organisation_id is not None else None
        return self.of_organisation(org) if org is not None else ("", person.availability.at(self.now))

    def of_organisation(self, org: Organisation | None) -> tuple[str, Reachability | None]:
        if org is None:
            return "", None
        number = org.phone or org.crisis_phone
        return (display_phone(number) if number else ""), org.opening_hours.at(self.now)

    def of_party(self, party: Party | None) -> tuple[str, Reachability | None]:
        if party is None or party.user_login:
            return "", None
        if party.person_id is not None:
            return self.of_person(party.person_id)
        return self.of_organisation(self.organisations.get(party.organisation_id or -1))

    def item(self, key: str, f: FollowUp, case_label: str, party: Party | None, *,
             waiting: bool = False) -> FollowUpItem:
        phone, reach = self.of_party(party)
        return FollowUpItem(key, f, case_label, self.name(party), waiting, phone, reach)


@dataclass(frozen=True)
class _Sources:
    """What the automatic follow-ups are made from: only open records of open cases, a read per kind."""

    vt_contacts: list[tuple[VtContact, str, str, str]]     # with the case's updated_at, label, responsible
    promises: list[tuple[Promise, str, str, str]]
    plan: list[tuple[PlanItem, str, str, str]]
    kindchecks: list[tuple[Kindcheck, str]]                 # with the case's label

    @classmethod
    def read(cls, conn: Connection, owner: str | None = None) -> _Sources:
        """``owner``: only what that user follows up (``FollowUp.owner_login`` of the item made from it)."""
        return cls(meldcode.awaited_feedback(conn, owner), involvement.open_promises(conn, owner),
                   involvement.due_plan_items(conn, owner), kindchecks.next_checks(conn, owner))

    @classmethod
    def none(cls) -> _Sources:
        return cls([], [], [], [])

    def party_ids(self) -> set[int]:
        return {x.party_id for x, *_ in (*self.promises, *self.plan) if x.party_id is not None}

    def person_ids(self) -> set[int]:
        return {v.case_manager_id for v, *_ in self.vt_contacts if v.case_manager_id is not None}


def _manual(session: Session, made: list[FollowUp], show_case: bool, calls: _CallList,
            known: dict[int, Party]) -> list[FollowUpItem]:
    case_ids = {f.case_id for f in made if show_case and f.case_id is not None and f.party_id is not None}
    parties = {p.id: p for p in known.values() if p.case_id in case_ids}
    wanted = {f.case_id for f in made if show_case and f.case_id}
    named = cases.by_ids(session.conn, wanted) if wanted else {}
    labels = {case_id: named[case_id].label if case_id in named else f"#{case_id}" for case_id in wanted}
    meeting_ids = {f.meeting_id for f in made if f.meeting_id is not None}
    met = meetings.names_by_ids(session.conn, meeting_ids) if meeting_ids else {}  # one read for the list
    found = []
    for f in made:
        label = labels.get(f.case_id, "") if f.case_id else ""
        party = parties.get(f.party_id) if show_case and f.party_id is not None else None
        item = calls.item(f"followup:{f.id}", f, label, party)
        if f.meeting_id is not None and f.meeting_id in met:
            item = replace(item, meeting_name=met[f.meeting_id][0], meeting_on=met[f.meeting_id][1])
        if party is None and f.person_id is not None:  # someone on the sociale kaart, which every role may see
            person = calls.people.get(f.person_id)
            phone, reach = calls.of_person(f.person_id)
            item = replace(item, party_name=person.name if person else "", phone=phone, reachability=reach)
        found.append(item)
    return found


def _derived(sources: _Sources, calls: _CallList, known: dict[int, Party]) -> list[FollowUpItem]:
    """In the order of the cases list (each case: Veilig Thuis, promises, plan), then the kindchecks."""
    def party_of(case_id: int, party_id: int | None) -> Party | None:
        party = known.get(party_id) if party_id is not None else None
        return party if party is not None and party.case_id == case_id else None

    keyed: list[tuple[tuple[str, int], int, FollowUpItem]] = []
    for v, updated_at, label, owner in sources.vt_contacts:
        owed = v.role == VtRole.REPORTER or v.kind == VtContactKind.ADVICE
        if owed:
            # the procesregisseur if one is known, else the Veilig Thuis of the sociale kaart
            phone, reach = calls.of_person(v.case_manager_id)
            if not phone:
                phone, reach = calls.of_organisation(calls.safe_at_home)
            keyed.append(((updated_at, v.case_id), 0, FollowUpItem(f"vt_contact:{v.id}", FollowUp(
                v.reference or str(v.kind), FollowUpKind.VT_FEEDBACK, owner, v.expected_feedback, case_id=v.case_id,
                source=f"vt_contact:{v.id}"), label, "Veilig Thuis", True, phone, reach)))
    for p, updated_at, label, owner in sources.promises:
        by_party = p.party_id is not None
        keyed.append(((updated_at, p.case_id), 1, calls.item(f"promise:{p.id}", FollowUp(
            p.text, FollowUpKind.CALL_BACK if "bel" in p.text.casefold() else FollowUpKind.OTHER,
            owner if by_party else (p.owner_login or owner), p.due, case_id=p.case_id, party_id=p.party_id,
            source=f"promise:{p.id}"), label, party_of(p.case_id, p.party_id), waiting=by_party)))
    for item, updated_at, label, owner in sources.plan:
        keyed.append(((updated_at, item.case_id), 2, calls.item(f"plan:{item.id}", FollowUp(
            item.text, FollowUpKind.OTHER, item.owner_login or owner, item.due, case_id=item.case_id,
            party_id=item.party_id, source=f"plan:{item.id}"), label, party_of(item.case_id, item.party_id),
            waiting=item.party_id is not None)))
    # newest change first, as the cases list; stable, so each kind keeps its own order within a case
    keyed.sort(key=lambda k: k[1])
    keyed.sort(key=lambda k: k[0], reverse=True)
    found = [item for *_, item in keyed]
    for k, label in sources.kindchecks:
        key = f"kindcheck:{k.id}"  # one string for the key and the source: tens of thousands at 10x
        found.append(FollowUpItem(key, FollowUp(
            k.patient, FollowUpKind.REPEAT_KINDCHECK, k.author_login, k.next_check,
            case_id=k.case_id, source=key), label))
    return found


def pending(session: Session, mine_only: bool = False) -> list[FollowUpItem]:
    """Every open follow-up this user may see, overdue first, then by due date. A fixed number of reads:
    the open follow-ups, the open records of open cases, and only the parties, people and organisations
    these name."""
    session.require(Permission.VIEW_FOLLOWUPS)
    conn = session.conn
    login = session.user.login
    show_cases = session.may(Permission.VIEW_CASES)
    manual = followups.all_followups(conn, owner_login=login if (mine_only or not show_cases) else None,
                                     open_only=True)
    sources = _Sources.read(conn, login if mine_only else None) if show_cases else _Sources.none()
    party_ids = sources.party_ids() | {f.party_id for f in manual if show_cases and f.party_id is not None
                                       and f.case_id is not None}
    known = involvement.parties_by_ids(conn, party_ids) if party_ids else {}
    calls = _CallList.of(session, list(known.values()),
                         sources.person_ids() | {f.person_id for f in manual if f.person_id is not None})
    items = _manual(session, manual, show_cases, calls, known)
    if show_cases:
        items += [i for i in _derived(sources, calls, known) if not mine_only or i.followup.owner_login == login]
    now = session.now()
    items.sort(key=lambda i: sort_key(i.followup, now))
    session.record(AuditEntry(AuditAction.READ, "followup_list", "mine" if mine_only else "all",
                              detail=f"{len(items)} open"))
    return items


def _check(f: FollowUp, logins: set[str]) -> FollowUp:
    what = " ".join(f.what.split())
    if not what:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "what")))
    if f.owner_login not in logins:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "owner")))
    if f.recurrence is not None and f.due is None:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "due date")))
    return replace(f, what=what)


def _logins(conn: Connection) -> set[str]:
    return {u.login for u in users_store.all_users(conn) if u.active}


def save(session: Session, followup: FollowUp) -> FollowUp:
    """Add or change a follow-up made by hand (from anywhere, a case, a party or a timeline entry)."""
    session.require(Permission.EDIT_FOLLOWUPS)
    stored = _own(session, followup.id) if followup.id is not None else None
    if followup.case_id is not None and (stored is None or stored.case_id != followup.case_id
                                         or stored.party_id != followup.party_id):
        session.require(Permission.EDIT_CASES)  # an assistent may postpone their own, not link a case
    tidy = _check(followup, _logins(session.conn))
    now = iso(session.now())
    with session.changing() as conn:
        if tidy.id is None:
            followup_id = followups.insert(conn, tidy, session.user.login, now)
            action = AuditAction.CREATE
        else:
            followup_id = tidy.id
            followups.update(conn, tidy, now)
            action = AuditAction.UPDATE
        session.record(AuditEntry(action, "followup", str(followup_id), audit_label(conn, tidy.case_id)))
    found = followups.get(session.conn, followup_id)
    assert found is not None
    return found


def _own(session: Session, followup_id: int) -> FollowUp:
    """The follow-up, if this user may act on it (an assistent only on their own)."""
    found = followups.get(session.conn, followup_id)
    if found is None or (not session.may(Permission.VIEW_CASES) and found.owner_login != session.user.login):
        raise NotFound(what=Message("followups", QT_TRANSLATE_NOOP("followups", "This follow-up")))
    return found


def complete(session: Session, key: str, result: str) -> FollowUp | None:
    """Done, with what came of it; returns the next one of a recurring follow-up. An automatic follow-up
    completes its source, and the result is written in the case's timeline."""
    session.require(Permission.EDIT_FOLLOWUPS)
    kind, _, raw_id = key.partition(":")
    item_id = int(raw_id)
    if kind == "followup":
        current = _own(session, item_id)
        done, following = current.completed(result)
        with session.changing() as conn:
            followups.update(conn, done, iso(session.now()))
            label = audit_label(conn, current.case_id)
            session.record(AuditEntry(AuditAction.UPDATE, "followup", str(item_id), label, detail="done"))
            if current.meeting_id is not None:
                _meeting_action(session, conn, meetings.action_of_followup(conn, item_id), label, "done")
            if following is not None:
                following_id = followups.insert(conn, following, session.user.login, iso(session.now()))
                session.record(AuditEntry(AuditAction.CREATE, "followup", str(following_id), label,
                                          detail=f"recurs after {item_id}"))
                return replace(following, id=following_id)
        return None
    session.require(Permission.EDIT_CASES)
    _complete_source(session, kind, item_id, result.strip())
    return None


def _complete_source(session: Session, kind: str, item_id: int, result: str) -> None:
    conn, day = session.conn, today(session)
    if kind == "vt_contact":
        meldcode_service.feedback_received(session, item_id, result)
        return
    if kind == "promise":
        _complete_promise(session, item_id, result)
        return
    if kind == "plan":
        item = involvement.plan_item(conn, item_id)
        if item is None:
            raise NotFound(what=Message("followups", QT_TRANSLATE_NOOP("followups", "This follow-up")))
        involvement_service.put_plan_item(session, replace(item, done_on=day))
        case_id, what = item.case_id, item.text
    elif kind == "kindcheck":
        check = kindchecks.get(conn, item_id)
        if check is None:
            raise NotFound(what=Message("followups", QT_TRANSLATE_NOOP("followups", "This follow-up")))
        with session.changing() as c:
            kindchecks.update(c, replace(check, next_check=None))
            session.record(AuditEntry(AuditAction.UPDATE, "kindcheck", str(item_id), audit_label(c, check.case_id),
                                      detail="next check done"))
        if check.case_id is None:
            return
        case_id, what = check.case_id, f"Kindcheck herhaald ({check.patient})"
    else:
        raise NotFound(what=Message("followups", QT_TRANSLATE_NOOP("followups", "This follow-up")))
    if result:
        involvement_service.add_entry(session, TimelineEntry(case_id, day, EntryKind.PARTNER_CONTACT,
                                                             f"{what}: {result}", ""))


def _complete_promise(session: Session, promise_id: int, result: str) -> None:
    """A promise kept, what came of it in the timeline, and the meeting's action it came from done: one
    transaction with its audit records."""
    promise = involvement.promise(session.conn, promise_id)
    if promise is None:
        raise NotFound(what=Message("followups", QT_TRANSLATE_NOOP("followups", "This follow-up")))
    writable(session, promise.case_id)
    day, now = today(session), iso(session.now())
    with session.changing() as conn:
        involvement.put_promise(conn, replace(promise, done_on=day))
        cases.touch(conn, promise.case_id, now)
        audit(session, AuditAction.UPDATE, "promise", promise_id, promise.case_id, "done")
        _meeting_action(session, conn, meetings.action_of_promise(conn, promise_id),
                        audit_label(conn, promise.case_id), "done")
        if result:
            entry = TimelineEntry(promise.case_id, day, EntryKind.PARTNER_CONTACT, f"{promise.text}: {result}",
                                  session.user.login)
            entry_id = involvement.add_entry(conn, entry, now)
            audit(session, AuditAction.CREATE, "timeline_entry", entry_id, promise.case_id, str(entry.kind))


def _meeting_action(session: Session, conn: Connection, action: MeetingAction | None, label: str,
                    detail: str) -> None:
    """The audit record of a meeting's action done or dropped through its follow-up or promise."""
    if action is None:
        return
    item = meetings.item(conn, action.item_id)
    if item is not None:
        session.record(AuditEntry(AuditAction.UPDATE, "meeting_action", f"{item.meeting_id}.{action.id}", label,
                                  detail=detail))


def drop(session: Session, followup_id: int, reason: str) -> FollowUp:
    """Vervallen: no longer needed, with the reason."""
    session.require(Permission.EDIT_FOLLOWUPS)
    if not reason.strip():
        raise ReasonRequired(what=Message("followups", QT_TRANSLATE_NOOP("followups", "why it is no longer needed")))
    current = _own(session, followup_id)
    dropped = replace(current, status=FollowUpStatus.DROPPED, result=reason.strip())
    with session.changing() as conn:
        followups.update(conn, dropped, iso(session.now()))
        label = audit_label(conn, current.case_id)
        session.record(AuditEntry(AuditAction.UPDATE, "followup", str(followup_id), label, detail="dropped"))
        if current.meeting_id is not None:
            _meeting_action(session, conn, meetings.action_of_followup(conn, followup_id), label, "dropped")
    return dropped


@dataclass(frozen=True)
class FormChoices:
    """What the follow-up form offers: owners, the open cases with their parties, people to contact."""

    users: list[tuple[str, str]]                      # (login, full name) of every active user, by name
    cases: list[tuple[int, str]]                      # (id, label) of the open cases; none for an assistent
    parties: dict[int, list[tuple[int, str]]]         # case id -> (party id, name — role)
    people: list[tuple[int, str]]                     # (person id, "name (organisation)"), not departed


def form_choices(session: Session) -> FormChoices:
    """For the form that adds or changes a follow-up; reading the case labels is audited. A fixed number
    of reads however many cases and parties."""
    session.require(Permission.EDIT_FOLLOWUPS)
    conn = session.conn
    every_user = users_store.all_users(conn)
    users = sorted(((u.login, u.full_name) for u in every_user if u.active), key=lambda pair: pair[1].casefold())
    orgs = organisations.names(conn)
    everyone = people.all_people(conn)
    persons = sorted(((int(p.id or 0), f"{p.name} ({orgs[p.organisation_id]})" if p.organisation_id in orgs
                       else p.name) for p in everyone if not p.departed),
                     key=lambda pair: pair[1].casefold())
    open_cases: list[tuple[int, str]] = []
    parties: dict[int, list[tuple[int, str]]] = {}
    if session.may(Permission.VIEW_CASES):
        names = {u.login: u.full_name for u in every_user}
        person_names = {int(p.id or 0): p.name for p in everyone}

        def name(p: Party) -> str:  # as involvement.party_name
            if p.user_login:
                return names.get(p.user_login, p.user_login)
            if p.person_id is not None and p.person_id in person_names:
                return person_names[p.person_id]
            return orgs.get(p.organisation_id or 0, "?") if p.organisation_id else "?"

        of_case = involvement.open_case_parties(conn)
        for case in cases.open_cases(conn):
            assert case.id is not None
            open_cases.append((case.id, case.label))
            parties[case.id] = [(int(p.id or 0), " — ".join(x for x in (name(p), p.role) if x))
                                for p in of_case.get(case.id, [])]
        open_cases.sort(key=lambda pair: pair[1])
        session.record(AuditEntry(AuditAction.READ, "case_list", "", detail=f"{len(open_cases)} open, follow-up form"))
    return FormChoices(users, open_cases, parties, persons)


@dataclass(frozen=True)
class Today:
    """Vandaag: the first page after unlocking."""

    now: datetime
    overdue: list[FollowUpItem]          # te laat (``FollowUpItem.late``): one's own and what others owe
    today: list[FollowUpItem]
    this_week: list[FollowUpItem]
    waiting: list[FollowUpItem]          # promised by others, or terugkoppeling expected; not yet late
    kindchecks: list[FollowUpItem]       # next checks in the coming two weeks

    def counts(self) -> dict[str, int]:
        return {"overdue": len(self.overdue), "today": len(self.today), "this_week": len(self.this_week)}


def today_page(session: Session) -> Today:
    """The user's own day: what they must do, and what others promised them (in the cases they are
    responsible for); the whole practice's list is on the Opvolging page."""
    items = pending(session, mine_only=True)
    now = session.now()
    is_late = [i.late(now) for i in items]  # once per item: the list can be long
    late = [i for i, x in zip(items, is_late, strict=True) if x]
    on_time = [i for i, x in zip(items, is_late, strict=True) if not x]
    planned = [(i, i.followup.bucket(now)) for i in on_time
               if not i.waiting_for_others and i.followup.kind != FollowUpKind.REPEAT_KINDCHECK]
    horizon = today(session) + timedelta(days=UPCOMING_KINDCHECK_DAYS)
    return Today(
        now,
        late,
        [i for i, bucket in planned if bucket == Bucket.TODAY],
        [i for i, bucket in planned if bucket == Bucket.THIS_WEEK],
        [i for i in on_time if i.waiting_for_others],
        [i for i in on_time if i.followup.kind == FollowUpKind.REPEAT_KINDCHECK and i.followup.due is not None
         and i.followup.due <= horizon],
    )


def export_calendar(session: Session, out: Path, translate: Translate = untranslated) -> int:
    """The user's own open follow-ups with a date as an iCalendar file; each event says only the kind and
    the case's pseudonym; and the meetings of the series the user is a member of, with only the series'
    name and the place. Returns the number of events."""
    items = [i for i in pending(session, mine_only=True) if i.followup.due is not None]
    vault_id = settings.get(session.conn, "vault.id", "wijkzorg")
    events = []
    for item in items:
        kind = translate("followups", KIND_LABELS[item.followup.kind])
        summary = f"{kind[:1].upper()}{kind[1:]}" + (f" — {item.case_label}" if item.case_label else "")
        assert item.followup.due is not None
        events.append(CalendarEvent(f"{item.key.replace(':', '-')}@{vault_id}", summary, item.followup.due,
                                    item.followup.due_time))
    if session.may(Permission.VIEW_MEETINGS):
        from . import meetings as meetings_service  # meetings reads follow-ups' people: no import cycle

        events += meetings_service.calendar_events(session, mine_only=True)
    atomic_write(out, to_ics(events, session.now()))
    session.record(AuditEntry(AuditAction.EXPORT, "followup_list", "ics", detail=f"{len(events)} events"))
    return len(events)
