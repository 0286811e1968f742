"""Who does what: parties from the sociale kaart, their promises, the plan van aanpak, the timeline, and
"Loopt het?" — every party, its last contact, every open promise with its age, what is overdue."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..domain.audit import AuditAction
from ..domain.errors import MissingField, NotFound, PartyHasWork
from ..domain.involvement import Party, PlanItem, Promise, TimelineEntry
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import cases as case_store
from ..store import involvement, meldcode, organisations, people, users
from .cases import audit, case_or_fail, guard, writable
from .contacts import today
from .practice import get as practice_settings
from .session import Session, iso


def _required(text: str, field: str) -> str:
    if not text.strip():
        raise MissingField(field=Message("fields", field))
    return text.strip()


def put_party(session: Session, party: Party) -> Party:
    writable(session, party.case_id)
    if party.user_login:
        if users.by_login(session.conn, party.user_login) is None:
            raise NotFound(what=Message("cases", QT_TRANSLATE_NOOP("cases", "This user")))
        party = replace(party, person_id=None, organisation_id=None)
    elif party.person_id is None and party.organisation_id is None:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "person or organisation")))
    party = replace(party, role=_required(party.role, QT_TRANSLATE_NOOP("fields", "role in this case")))
    with session.changing() as conn:
        party_id = involvement.put_party(conn, party)
        case_store.touch(conn, party.case_id, iso(session.now()))
        audit(session, AuditAction.CREATE if party.id is None else AuditAction.UPDATE, "case_party", party_id,
              party.case_id, party.role)
    found = involvement.party(session.conn, party_id)
    assert found is not None
    return found


def contact_made(session: Session, party_id: int, day: date | None = None) -> Party:
    """"Contact gehad": the party's last contact becomes today (or ``day``)."""
    party = involvement.party(session.conn, party_id)
    if party is None:
        raise NotFound(what=Message("cases", QT_TRANSLATE_NOOP("cases", "This party")))
    return put_party(session, replace(party, last_contact=day or today(session)))


def remove_party(session: Session, party_id: int) -> Party:
    """Take a party off the case (added by mistake, or no longer involved). Its promises and plan items
    keep who promised what, so a party that has any stays until they are done or moved."""
    party = involvement.party(session.conn, party_id)
    if party is None:
        raise NotFound(what=Message("cases", QT_TRANSLATE_NOOP("cases", "This party")))
    writable(session, party.case_id)
    work = [p for p in involvement.promises(session.conn, party.case_id) if p.party_id == party_id]
    work += [p for p in involvement.plan(session.conn, party.case_id) if p.party_id == party_id]
    if work:
        raise PartyHasWork(name=party_name(session, party)[0], count=len(work))
    with session.changing() as conn:
        involvement.delete_party(conn, party_id)
        case_store.touch(conn, party.case_id, iso(session.now()))
        audit(session, AuditAction.DELETE, "case_party", party_id, party.case_id, party.role)
    return party


def put_promise(session: Session, promise: Promise) -> Promise:
    writable(session, promise.case_id)
    promise = replace(promise, text=_required(promise.text, QT_TRANSLATE_NOOP("fields", "promise")))
    with session.changing() as conn:
        promise_id = involvement.put_promise(conn, promise)
        case_store.touch(conn, promise.case_id, iso(session.now()))
        detail = "done" if promise.done_on else ""
        audit(session, AuditAction.CREATE if promise.id is None else AuditAction.UPDATE, "promise", promise_id,
              promise.case_id, detail)
    return next(p for p in involvement.promises(session.conn, promise.case_id) if p.id == promise_id)


def put_plan_item(session: Session, item: PlanItem) -> PlanItem:
    writable(session, item.case_id)
    item = replace(item, text=_required(item.text, QT_TRANSLATE_NOOP("fields", "goal or agreement")))
    with session.changing() as conn:
        item_id = involvement.put_plan_item(conn, item)
        case_store.touch(conn, item.case_id, iso(session.now()))
        audit(session, AuditAction.CREATE if item.id is None else AuditAction.UPDATE, "plan_item", item_id,
              item.case_id)
    return next(p for p in involvement.plan(session.conn, item.case_id) if p.id == item_id)


def add_entry(session: Session, entry: TimelineEntry) -> TimelineEntry:
    writable(session, entry.case_id)
    entry = replace(entry, text=_required(entry.text, QT_TRANSLATE_NOOP("fields", "text")),
                    author_login=session.user.login)
    with session.changing() as conn:
        entry_id = involvement.add_entry(conn, entry, iso(session.now()))
        case_store.touch(conn, entry.case_id, iso(session.now()))
        audit(session, AuditAction.CREATE, "timeline_entry", entry_id, entry.case_id, str(entry.kind))
    found = involvement.entry(session.conn, entry_id)
    assert found is not None
    return found


def revise_entry(session: Session, entry: TimelineEntry) -> TimelineEntry:
    """An entry is never silently changed: the earlier text goes to its history, and both are audited."""
    assert entry.id is not None
    old = involvement.entry(session.conn, entry.id)
    if old is None:
        raise NotFound(what=Message("cases", QT_TRANSLATE_NOOP("cases", "This timeline entry")))
    writable(session, old.case_id)
    text = _required(entry.text, QT_TRANSLATE_NOOP("fields", "text"))
    if (text, entry.kind, entry.on, entry.party_id) == (old.text, old.kind, old.on, old.party_id):
        return old
    with session.changing() as conn:
        involvement.revise_entry(conn, old, replace(entry, text=text), session.user.login, iso(session.now()))
        case_store.touch(conn, old.case_id, iso(session.now()))
        audit(session, AuditAction.UPDATE, "timeline_entry", old.id, old.case_id,
              f"version {len(old.history) + 2}")
    found = involvement.entry(session.conn, entry.id)
    assert found is not None
    return found


@dataclass(frozen=True)
class PartyStatus:
    party: Party
    name: str                      # the person, or the organisation
    organisation: str              # the person's organisation, or ""
    days_since_contact: int | None
    open_promises: list[Promise]


@dataclass(frozen=True)
class Overdue:
    what: str                      # "promise" | "plan" | "feedback"
    text: str
    due: date
    days_late: int


@dataclass(frozen=True)
class RunningCheck:
    """"Loopt het?": one screen with every party, its last contact, open promises and what is late."""

    label: str
    today: date
    parties: list[PartyStatus]
    practice_promises: list[Promise]    # promises made by our own practice (no party)
    overdue: list[Overdue]


def party_name(session: Session, party: Party) -> tuple[str, str]:
    """(name, organisation); for one of our own users the practice is the organisation."""
    conn = session.conn
    if party.user_login:
        user = users.by_login(conn, party.user_login)
        return (user.full_name if user else party.user_login), practice_settings(session).name
    org = organisations.get(conn, party.organisation_id) if party.organisation_id else None
    if party.person_id is not None:
        person = people.get(conn, party.person_id)
        if person is not None:
            person_org = org or (organisations.get(conn, person.organisation_id) if person.organisation_id else None)
            return person.name, person_org.name if person_org else ""
    return (org.name if org else "?"), ""


def party_names(session: Session, parties: list[Party]) -> dict[int, tuple[str, str]]:
    """``party_name`` of each party, by party id, in a fixed number of reads however many parties."""
    conn = session.conn
    persons = people.by_ids(conn, {p.person_id for p in parties if p.person_id is not None})
    orgs = organisations.by_ids(conn, {p.organisation_id for p in parties if p.organisation_id is not None}
                                | {p.organisation_id for p in persons.values() if p.organisation_id is not None})
    logins = {u.login: u.full_name for u in users.all_users(conn)} if any(p.user_login for p in parties) else {}
    practice = practice_settings(session).name if logins else ""
    found = {}
    for party in parties:
        if party.user_login:
            found[int(party.id or 0)] = logins.get(party.user_login, party.user_login), practice
            continue
        org = orgs.get(party.organisation_id) if party.organisation_id else None
        person = persons.get(party.person_id) if party.person_id is not None else None
        if person is not None:
            person_org = org or (orgs.get(person.organisation_id) if person.organisation_id else None)
            found[int(party.id or 0)] = person.name, person_org.name if person_org else ""
        else:
            found[int(party.id or 0)] = (org.name if org else "?"), ""
    return found


def running_check(session: Session, case_id: int) -> RunningCheck:
    guard(session, Permission.VIEW_CASES, "case", str(case_id), case_id)
    check = build_running_check(session, case_id)
    audit(session, AuditAction.READ, "case", case_id, case_id, "loopt het")
    return check


def build_running_check(session: Session, case_id: int) -> RunningCheck:
    """``running_check`` without its guard and audit record (``case_refresh`` shows it again after an edit)."""
    conn, day = session.conn, today(session)
    case = case_or_fail(conn, case_id)
    promises = [p for p in involvement.promises(conn, case_id) if p.done_on is None]
    statuses = []
    parties = involvement.parties(conn, case_id)
    names = party_names(session, parties)
    for party in parties:
        name, org = names[int(party.id or 0)]
        statuses.append(PartyStatus(party, name, org,
                                    (day - party.last_contact).days if party.last_contact else None,
                                    [p for p in promises if p.party_id == party.id]))
    overdue = [Overdue("promise", p.text, p.due, (day - p.due).days) for p in promises
               if p.due is not None and p.overdue(day)]
    overdue += [Overdue("plan", p.text, p.due, (day - p.due).days) for p in involvement.plan(conn, case_id)
                if p.due is not None and p.overdue(day)]
    overdue += [Overdue("feedback", v.reference or str(v.kind), v.expected_feedback,
                        (day - v.expected_feedback).days)
                for v in meldcode.vt_contacts(conn, case_id)
                if v.expected_feedback is not None and v.feedback_overdue(day)]
    overdue.sort(key=lambda o: o.due)
    return RunningCheck(case.label, day, statuses, [p for p in promises if p.party_id is None], overdue)
