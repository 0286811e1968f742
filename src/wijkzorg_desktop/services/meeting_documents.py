"""The papers of a meeting, signed by the practice: the agenda, the verslag for every participant, and a copy
of the verslag for one attendee.

A copy holds only what that attendee may have: an item withheld from them is left out, and so is a case
discussed herkenbaar unless they are bound by medical secrecy or the consent gate allows it toward them,
asked again when the copy is made (consent can be withdrawn after the meeting). The verslag for every
participant asks the gate again too, and refuses with the reasons when a herkenbaar item may no longer go
to all of them. An anonymous item is checked once more for the household's initials and birth years in
everything that goes on paper (decisions and actions included).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain.cases import HouseholdMember
from ..domain.errors import IdentifiableRefused, InvalidValue, NotAnonymous, NotFound
from ..domain.involvement import STAFF_PARTY_ROLES
from ..domain.meetings import ItemMode, ItemTopic, MemberDuty, Presence, anonymity_problems
from ..domain.search import fold
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..lazy import lazy_module
from ..store import meetings as meetings_store
from ..store import organisations, people, users
from . import documents, meeting_gate, meetings
from .document_errors import in_words
from .documents import IssuedDocument
from .meeting_gate import GateAnswer
from .meetings import AttendeeView, ItemView, MeetingFile
from .practice import get as practice_settings
from .session import Session

papers = lazy_module("wijkzorg_desktop.documents.meeting_papers")
case_parts = lazy_module("wijkzorg_desktop.documents.case_parts")
dutch_text = lazy_module("wijkzorg_desktop.documents.dutch_text")
pdf_layout = lazy_module("wijkzorg_desktop.documents.pdf_layout")

AGENDA_KIND = "meeting_agenda"
MINUTES_KIND = "meeting_minutes"
AGENDA_REASON = "Agenda {series} {date}"
MINUTES_REASON = "Verslag {series} {date}"
EVERYONE = "deelnemers {series}"


def _shown(view: AttendeeView) -> str:
    """The name on a copy: who was there (for someone replaced, the replacement)."""
    return view.name


def copy_recipients(session: Session, meeting_id: int) -> list[tuple[int, str]]:
    """Who can get a copy of the verslag: the attendees who were there (present, or by a replacement). Only
    the attendance is read: no case is opened for it."""
    session.require(Permission.HOLD_MEETINGS)
    conn = session.conn
    if meetings_store.meeting(conn, meeting_id) is None:
        raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This meeting")))
    there = [a for a in meetings_store.attendees(conn, meeting_id)
             if a.presence in (Presence.PRESENT, Presence.REPLACED)]
    known = meeting_gate.who(conn, there)
    return [(int(a.id or 0), known[int(a.id or 0)].name) for a in there]


def attendee_named(session: Session, meeting_id: int, name: str) -> int:
    """The attendee of ``copy_recipients`` called ``name`` (case and accents ignored; a part of the name is
    enough when it fits one attendee only)."""
    wanted = fold(name.strip())
    found = copy_recipients(session, meeting_id)
    exact = [aid for aid, shown in found if fold(shown) == wanted]
    matches = exact or [aid for aid, shown in found if wanted and wanted in fold(shown)]
    if len(matches) == 1:
        return matches[0]
    reason = (QT_TRANSLATE_NOOP("meetings", "no attendee of this meeting is called {name}") if not matches
              else QT_TRANSLATE_NOOP("meetings", "more than one attendee of this meeting is called {name}"))
    raise InvalidValue(field=Message("meetings", QT_TRANSLATE_NOOP("meetings", "Copy for")),
                       reason=Message("meetings", reason, {"name": name.strip()}))


def items_for(file: MeetingFile, attendee_id: int | None, gate: dict[int, GateAnswer]) -> list[ItemView]:
    """The items a paper for ``attendee_id`` may hold: not those withheld from the attendee, and a
    herkenbaar case only when the attendee is bound by secrecy or the gate allows it. The paper for every
    participant (None) holds no item withheld from any of them."""
    if attendee_id is None:
        return [view for view in file.items if not view.item.withheld_from]
    bound = {int(v.attendee.id or 0): v.bound_by_secrecy for v in file.attendees}
    chosen = []
    for view in file.items:
        item = view.item
        if attendee_id in item.withheld_from:
            continue
        if item.topic == ItemTopic.CASE and item.mode == ItemMode.IDENTIFIABLE and not bound.get(attendee_id, False):
            answer = gate.get(int(item.id or 0))
            if answer is None or not meeting_gate.allowed_for(answer, attendee_id):
                continue
        chosen.append(view)
    return chosen


def _gate(session: Session, file: MeetingFile) -> dict[int, GateAnswer]:
    return {int(v.item.id or 0): meeting_gate.check(session, int(file.meeting.id or 0), int(v.item.case_id or 0))
            for v in file.items if v.item.topic == ItemTopic.CASE and v.item.mode == ItemMode.IDENTIFIABLE}


def _check_anonymous(session: Session, items: list[ItemView]) -> None:
    """What goes on paper of an anonymous item names nobody of the household (a member added to the case
    after the item was written, or a decision typed with initials, is caught here)."""
    anonymous = [v for v in items if v.item.topic == ItemTopic.CASE and v.item.mode == ItemMode.ANONYMOUS
                 and v.item.case_id is not None]
    if not anonymous:
        return
    households = meetings_store.households(session.conn, {int(v.item.case_id or 0) for v in anonymous})
    found: list[str] = []
    for view in anonymous:
        item = view.item
        texts = [item.title, item.question, item.brought_by, item.shared_notes,
                 *(d.text for d in view.decisions), *(a.action.what for a in view.actions)]
        household = households.get(int(item.case_id or 0), [])
        found += [f"{problem} ({view.case_label})" for problem in anonymity_problems(texts, household)]
    if found:
        raise NotAnonymous(details=", ".join(dict.fromkeys(found)))


def _household(members: tuple[HouseholdMember, ...]) -> tuple[str, ...]:
    ordered = case_parts.sorted_members(list(members))
    return tuple(f"{m.initials} ({case_parts.member_role(m.role)}" + (f", {m.birth_year})" if m.birth_year else ")")
                 for m in ordered)


def _paper_item(number: int, view: ItemView, with_notes: bool) -> papers.PaperItem:
    item = view.item
    identifiable = item.topic == ItemTopic.CASE and item.mode == ItemMode.IDENTIFIABLE
    heading = view.case_label if item.topic == ItemTopic.CASE else item.title
    if item.topic == ItemTopic.CASE and item.title.strip():
        heading = f"{view.case_label}: {item.title.strip()}"
    if not with_notes:   # the agenda: pseudonym and question
        return papers.PaperItem(number, item.topic, heading, item.question, item.brought_by, item.mode)
    actions = tuple(papers.PaperAction(a.action.what, a.owner_name, a.action.due, a.state) for a in view.actions)
    return papers.PaperItem(number, item.topic, heading, item.question, item.brought_by, item.mode,
                            _household(view.household) if identifiable else (), item.shared_notes,
                            tuple(d.text for d in view.decisions), actions)


def _replaced(session: Session, file: MeetingFile) -> dict[int, tuple[str, str]]:
    """Who the replaced attendees are themselves (their view names the replacement), in fixed reads."""
    replaced = [v.attendee for v in file.attendees if v.attendee.presence == Presence.REPLACED]
    conn = session.conn
    person_ids = {a.person_id for a in replaced if a.person_id is not None}
    found = people.by_ids(conn, person_ids) if person_ids else {}
    org_ids = {a.organisation_id for a in replaced if a.organisation_id is not None}
    org_ids |= {p.organisation_id for p in found.values() if p.organisation_id is not None}
    orgs = {i: o.name for i, o in organisations.by_ids(conn, org_ids).items()} if org_ids else {}
    logins = documents._users(session) if any(a.user_login for a in replaced) else {}
    names = {}
    for a in replaced:
        person = found.get(a.person_id) if a.person_id is not None else None
        org_id = person.organisation_id if person is not None and person.organisation_id else a.organisation_id
        name = (logins.get(a.user_login, a.user_login) if a.user_login else person.name if person is not None
                else a.guest_name.strip() or orgs.get(a.organisation_id or 0, ""))
        names[int(a.id or 0)] = (name, orgs.get(org_id or 0, "") if name != orgs.get(org_id or 0, "") else "")
    return names


@dataclass(frozen=True)
class _Practice:
    name: str                            # the practice, as the organisation of its own users
    roles: dict[str, str]                # login -> "huisarts", "POH-GGZ"


def _practice(session: Session, file: MeetingFile) -> _Practice:
    if not any(v.attendee.user_login for v in file.attendees):
        return _Practice("", {})
    roles = {u.login: STAFF_PARTY_ROLES.get(str(u.role), "") for u in users.all_users(session.conn)}
    return _Practice(practice_settings(session).name, roles)


def _attendee(view: AttendeeView, replaced: dict[int, tuple[str, str]], practice: _Practice) -> papers.PaperAttendee:
    a = view.attendee
    if a.presence == Presence.REPLACED:
        name, organisation = replaced.get(int(a.id or 0), ("", ""))
        by = view.name + (f" ({view.organisation})" if view.organisation and view.organisation != organisation
                          else "")
        return papers.PaperAttendee(name or view.name, organisation, a.role, a.presence, by)
    if a.user_login:
        return papers.PaperAttendee(view.name, practice.name, a.role or practice.roles.get(a.user_login, ""),
                                    a.presence)
    return papers.PaperAttendee(view.name, view.organisation if view.organisation != view.name else "", a.role,
                                a.presence)


def _duty(file: MeetingFile, duty: MemberDuty) -> str:
    members = {m.id for m in file.series.members if m.duty == duty}
    return next((_shown(v) for v in file.attendees
                 if v.attendee.member_id in members and v.attendee.presence != Presence.ABSENT), "")


def _issue(session: Session, file: MeetingFile, items: list[ItemView], kind: str, copy_for: str,
           pin: str | None) -> IssuedDocument:
    """``copy_for``: the attendee a copy is for, or "" for the paper of every participant."""
    agenda = kind == AGENDA_KIND
    meeting, series = file.meeting, file.series
    now = session.now()
    prefix = papers.AGENDA_PREFIX if agenda else papers.MINUTES_PREFIX
    document_id = pdf_layout.new_document_id(prefix, now)
    following = file.next_meeting
    replaced, practice = _replaced(session, file), _practice(session, file)
    data = papers.MeetingPaperData(
        documents._letterhead(session), document_id, now, series.name, series.kind, meeting.on, meeting.at,
        file.place, meeting.status, _duty(file, MemberDuty.CHAIR), _duty(file, MemberDuty.MINUTES),
        tuple(_attendee(v, replaced, practice) for v in file.attendees),
        tuple(_paper_item(n, view, not agenda) for n, view in enumerate(items, start=1)),
        following.on if following else None, copy_for,
        documents._users(session).get(session.user.login, ""), following.at if following else None)
    with in_words():
        pdf = papers.render_agenda(data) if agenda else papers.render_minutes(data)
    title = papers.AGENDA_TITLE if agenda else papers.MINUTES_TITLE
    reason = (AGENDA_REASON if agenda else MINUTES_REASON).format(series=series.name,
                                                                    date=dutch_text.long_date(meeting.on))
    recipient = copy_for or EVERYONE.format(series=series.name)
    doc = documents._finish(session, kind, title, document_id, pdf, reason, pin, recipient=recipient)
    labels = tuple(dict.fromkeys(v.case_label for v in items if v.item.topic == ItemTopic.CASE and v.case_label))
    name = f"{document_id} {title} {series.name} {meeting.on.isoformat()}"
    if copy_for:
        name += f" voor {copy_for}"
    return replace(doc, meeting_id=int(meeting.id or 0), case_labels=labels, suggested_name=f"{_safe(name)}.pdf")


def _safe(name: str) -> str:
    return "".join("-" if c in '\\/:*?"<>|' else c for c in name)


def _open(session: Session, meeting_id: int) -> MeetingFile:
    session.require(Permission.HOLD_MEETINGS)
    return meetings.open_meeting(session, meeting_id)


def agenda(session: Session, meeting_id: int, pin: str | None = None,
           for_attendee: int | None = None) -> IssuedDocument:
    """The signed agenda: who is expected, and per item its pseudonym or theme and the question. With
    ``for_attendee``, without the items that attendee may not have."""
    file = _open(session, meeting_id)
    gate = _gate(session, file)
    if for_attendee is None:
        _everyone_may_have(gate)
    items = items_for(file, for_attendee, gate)
    _check_anonymous(session, items)
    return _issue(session, file, items, AGENDA_KIND, _copy_for(file, for_attendee, AGENDA_KIND), pin)


def _everyone_may_have(gate: dict[int, GateAnswer]) -> None:
    """A paper for every participant holds a herkenbaar item only while the gate still lets it go to every
    attendee (consent withdrawn, a guest added since): else it says why, and the copies are the way."""
    refused: list[Message] = []
    for answer in gate.values():
        refused += [r for r in answer.reasons() if r not in refused]
    if refused:
        raise IdentifiableRefused(refused)


def minutes(session: Session, meeting_id: int, pin: str | None = None,
            for_attendee: int | None = None) -> IssuedDocument:
    """The signed verslag for every participant, or (``for_attendee``) the copy for one attendee."""
    file = _open(session, meeting_id)
    gate = _gate(session, file)
    if for_attendee is None:
        _everyone_may_have(gate)
    items = items_for(file, for_attendee, gate)
    _check_anonymous(session, items)
    return _issue(session, file, items, MINUTES_KIND, _copy_for(file, for_attendee, MINUTES_KIND), pin)


def _copy_for(file: MeetingFile, attendee_id: int | None, kind: str) -> str:
    """The name a copy is for: an attendee who was there (the verslag), or who is coming (the agenda)."""
    if attendee_id is None:
        return ""
    there = (Presence.PRESENT, Presence.REPLACED) if kind == MINUTES_KIND else (
        Presence.EXPECTED, Presence.PRESENT, Presence.REPLACED)
    view = next((v for v in file.attendees if v.attendee.id == attendee_id and v.attendee.presence in there), None)
    if view is None:
        raise InvalidValue(field=Message("meetings", QT_TRANSLATE_NOOP("meetings", "Copy for")),
                           reason=Message("meetings", QT_TRANSLATE_NOOP(
                               "meetings", "only an attendee of this meeting gets a copy")))
    return _shown(view)
