"""May this case be discussed identifiably (herkenbaar) in this meeting?

Every attendee who is there (present, expected, or the one who replaces an absent member) and is not bound
by medical secrecy must be covered: consent of the family for "overleg" toward that person or their
organisation, or a complete conflict-of-duties weighing. Practice users are bound; so are the people of
GP practices, GGZ, CJG/JGZ and Veilig Thuis, unless the series or meeting says otherwise for someone. A
guest or replacement who is not on the sociale kaart cannot be covered: consent cannot be recorded toward
someone the practice does not know.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..domain.cases import MemberRole
from ..domain.consent import Member, Purpose, Recipient, SharingBasis, may_share
from ..domain.contacts import Organisation, OrganisationKind, Person
from ..domain.errors import NotFound
from ..domain.meetings import Attendee, Presence, secrecy_of_kind
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import cases as case_store
from ..store import consents, meetings, organisations, people, users
from ..store.connection import Connection
from .cases import case_or_fail, guard
from .contacts import today
from .session import Session


@dataclass(frozen=True)
class Who:
    """An attendee as the sociale kaart knows them: the replacement, for one who was replaced."""

    name: str
    organisation: str
    bound_by_secrecy: bool
    person_id: int | None            # whose contact details count (and are to be checked)
    verified_on: date | None
    recipients: tuple[Recipient, ...]  # toward whom consent covers them: the person, their organisation
    to_safe_at_home: bool
    on_map: bool


def _label(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if name and organisation and name != organisation else name or organisation


def who(conn: Connection, attendees: Iterable[Attendee]) -> dict[int, Who]:
    """Each attendee's name, organisation and secrecy, by attendee id, in a fixed number of reads."""
    attendees = list(attendees)
    person_ids = {i for a in attendees for i in (a.person_id, a.replaced_by_person_id) if i is not None}
    found_people = people.by_ids(conn, person_ids) if person_ids else {}
    org_ids = {a.organisation_id for a in attendees if a.organisation_id is not None}
    org_ids |= {p.organisation_id for p in found_people.values() if p.organisation_id is not None}
    found_orgs = organisations.by_ids(conn, org_ids) if org_ids else {}
    names = {u.login: u.full_name for u in users.all_users(conn)} if any(a.user_login for a in attendees) else {}
    return {int(a.id or 0): _who(a, found_people, found_orgs, names) for a in attendees}


def _who(a: Attendee, found_people: dict[int, Person], found_orgs: dict[int, Organisation],
         names: dict[str, str]) -> Who:
    if a.user_login:
        bound = True if a.secrecy_override is None else a.secrecy_override
        return Who(names.get(a.user_login, a.user_login), "", bound, None, None, (), False, True)
    replaced = a.presence == Presence.REPLACED
    person_id = a.replaced_by_person_id if replaced else a.person_id
    person = found_people.get(person_id) if person_id is not None else None
    org_id = person.organisation_id if person is not None else (None if replaced else a.organisation_id)
    org = found_orgs.get(org_id) if org_id is not None else None
    if person is None and org is None:
        name = a.replaced_by_name if replaced else a.guest_name
        bound = bool(a.secrecy_override) if not replaced and a.secrecy_override is not None else False
        return Who(name.strip(), "", bound, None, None, (), False, False)
    kind: OrganisationKind | None = org.kind if org is not None else None
    bound = secrecy_of_kind(kind)
    if a.secrecy_override is not None and not replaced:
        bound = a.secrecy_override
    recipients = ([Recipient("person", person.id or 0)] if person is not None else []) + \
                 ([Recipient("organisation", org.id or 0)] if org is not None else [])
    return Who(person.name if person is not None else "", org.name if org is not None else "", bound,
               person.id if person is not None else None, person.verified_on if person is not None else None,
               tuple(recipients), kind == OrganisationKind.SAFE_AT_HOME, True)


def display_name(w: Who) -> str:
    return _label(w.name, w.organisation)


@dataclass(frozen=True)
class AttendeeVerdict:
    attendee_id: int
    name: str
    bound_by_secrecy: bool
    allowed: bool
    basis: SharingBasis | None
    reasons: tuple[Message, ...]


@dataclass(frozen=True)
class GateAnswer:
    allowed: bool
    verdicts: tuple[AttendeeVerdict, ...]

    def reasons(self) -> tuple[Message, ...]:
        """Why not, one sentence per attendee and missing consent: "Ruud Visser (Gemeente Houten): M.A.:
        consent not asked"."""
        return tuple(Message("meetings", QT_TRANSLATE_NOOP("meetings", "{name}: {reason}"),
                             {"name": v.name, "reason": reason})
                     for v in self.verdicts if not v.allowed for reason in v.reasons)


_NOT_ON_MAP = QT_TRANSLATE_NOOP("meetings", "not on the sociale kaart: consent cannot be recorded")


def check(session: Session, meeting_id: int, case_id: int) -> GateAnswer:
    """The gate for one case in one meeting; the case's household, consents and bases are read once."""
    guard(session, Permission.VIEW_CASES, "meeting_item", str(meeting_id), case_id)
    conn = session.conn
    case_or_fail(conn, case_id)
    if meetings.meeting(conn, meeting_id) is None:
        raise NotFound(what=Message("meetings", QT_TRANSLATE_NOOP("meetings", "This meeting")))
    counting = [a for a in meetings.attendees(conn, meeting_id) if a.presence != Presence.ABSENT]
    known = who(conn, counting)
    day = today(session)
    members = [Member(int(m.id or 0), m.initials, m.role == MemberRole.PARENT, m.age(day))
               for m in case_store.members(conn, case_id) if m.role != MemberRole.OTHER]
    given, bases = consents.consents(conn, case_id), consents.bases(conn, case_id)
    verdicts = []
    for a in counting:
        w = known[int(a.id or 0)]
        name = display_name(w)
        if w.bound_by_secrecy:
            verdicts.append(AttendeeVerdict(int(a.id or 0), name, True, True, None, ()))
        elif not w.on_map:
            verdicts.append(AttendeeVerdict(int(a.id or 0), name, False, False, None,
                                            (Message("meetings", _NOT_ON_MAP),)))
        else:
            answer = may_share(members, given, bases, list(w.recipients), Purpose.MEETING, w.to_safe_at_home)
            verdicts.append(AttendeeVerdict(int(a.id or 0), name, False, answer.allowed, answer.basis,
                                            () if answer.allowed else answer.reasons))
    return GateAnswer(all(v.allowed for v in verdicts), tuple(verdicts))


def allowed_for(answer: GateAnswer, attendee_id: int) -> bool:
    """Whether the item may be in this attendee's own copy: bound by secrecy, or covered. An attendee the
    gate did not weigh (absent) gets no identifiable item."""
    return any(v.attendee_id == attendee_id and v.allowed for v in answer.verdicts)
