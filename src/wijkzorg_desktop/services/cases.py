"""Cases: the list, opening one (a read of that client in the audit log), the household, closing.

Only huisarts, POH-GGZ and beheerder work with cases; a refused attempt is itself audited. A closed
case is read-only until it is reopened. Every audit record of a case carries its id in ``case_id``, so
Beheer > Audit answers "who looked at this family, and when".
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import date

from ..domain.audit import AuditAction, AuditEntry, Outcome
from ..domain.cases import Case, CaseStatus, HouseholdMember, next_label
from ..domain.consent import BasisRecord, Consent
from ..domain.errors import CaseClosed, MissingField, NotFound, ReasonRequired
from ..domain.involvement import Party, PlanItem, Promise, TimelineEntry
from ..domain.kindcheck import Kindcheck
from ..domain.meldcode import AdviceRequest, Decision, StepRecord, VtContact
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission, allowed
from ..store import cases, consents, involvement, kindchecks, meldcode, users
from ..store.connection import Connection
from .contacts import today
from .session import Session, iso


def guard(session: Session, permission: Permission, object_type: str, object_id: str = "",
          case_id: int | None = None) -> None:
    """``NotAllowed`` for a role without ``permission``, after auditing the refused attempt."""
    if not session.may(permission):
        session.record(AuditEntry(AuditAction.READ, object_type, object_id, audit_label(session.conn, case_id),
                                  Outcome.FAILURE, "not allowed"))
        session.require(permission)


def audit_label(conn: Connection, case_id: int | None) -> str:
    """What the audit log records as the client: the case's pseudonym ("Gezin K-2026-014"), which never
    changes, so Beheer > Audit can be searched by it; ``#id`` for a case that does not exist."""
    if case_id is None:
        return ""
    found = cases.get(conn, case_id)
    return found.label if found else f"#{case_id}"


def case_or_fail(conn: Connection, case_id: int) -> Case:
    found = cases.get(conn, case_id)
    if found is None:
        raise NotFound(what=Message("cases", QT_TRANSLATE_NOOP("cases", "This case")))
    return found


def writable(session: Session, case_id: int) -> Case:
    """The case, if this user may change it and it is open."""
    guard(session, Permission.EDIT_CASES, "case", str(case_id), case_id)
    found = case_or_fail(session.conn, case_id)
    if found.closed:
        raise CaseClosed(label=found.label)
    return found


def audit(session: Session, action: AuditAction, object_type: str, object_id: object, case_id: int,
          detail: str = "") -> None:
    session.record(AuditEntry(action, object_type, str(object_id), audit_label(session.conn, case_id), detail=detail))


@dataclass(frozen=True)
class CaseSummary:
    case: Case
    open_items: int               # open promises and plan items
    step_reached: int             # highest meldcode step recorded, 0 for none
    feedback_overdue: bool        # a melding whose terugkoppeling is late
    members: int
    last_activity: date | None = None   # the latest dated thing that happened in the case
    late_items: int = 0                 # open promises and plan items past their date


def list_cases(session: Session, case_ids: Collection[int] | None = None,
               first: int | None = None) -> list[CaseSummary]:
    """The cases list, newest change first: all cases, only ``case_ids`` (one row refreshed after an
    edit), or the first ``first`` (the first screen). One read however many cases; audited as one read."""
    guard(session, Permission.VIEW_CASES, "case_list")
    found = [CaseSummary(case, open_items, step, overdue, members, last, late)
             for case, open_items, late, step, overdue, members, last
             in cases.summaries(session.conn, today(session), case_ids, first)]
    session.record(AuditEntry(AuditAction.READ, "case_list", "", detail=f"{len(found)} cases"))
    return found


def open_labels(session: Session) -> list[tuple[int, str]]:
    """(id, pseudonym) of every open case, by pseudonym: what a case is chosen from elsewhere (an agenda
    item), without the cases list's figures. Audited as a read of the list."""
    guard(session, Permission.VIEW_CASES, "case_list")
    found = sorted(((int(c.id or 0), c.label) for c in cases.open_cases(session.conn)),
                   key=lambda pair: pair[1].casefold())
    session.record(AuditEntry(AuditAction.READ, "case_list", "", detail=f"{len(found)} open cases, labels only"))
    return found


@dataclass(frozen=True)
class CaseFile:
    """Everything about one case, as one read."""

    case: Case
    members: list[HouseholdMember]
    parties: list[Party]
    promises: list[Promise]
    plan: list[PlanItem]
    timeline: list[TimelineEntry]
    steps: list[StepRecord]
    advice_requests: list[AdviceRequest]
    no_advice_reason: str
    decisions: list[Decision]
    vt_contacts: list[VtContact]
    consents: list[Consent]
    bases: list[BasisRecord]
    kindchecks: list[Kindcheck]
    today: date


PART_READERS: dict[str, Callable[[Session, int], object]] = {
    "case": lambda s, case_id: case_or_fail(s.conn, case_id),
    "members": lambda s, case_id: cases.members(s.conn, case_id),
    "parties": lambda s, case_id: involvement.parties(s.conn, case_id),
    "promises": lambda s, case_id: involvement.promises(s.conn, case_id),
    "plan": lambda s, case_id: involvement.plan(s.conn, case_id),
    "timeline": lambda s, case_id: involvement.timeline(s.conn, case_id),
    "steps": lambda s, case_id: meldcode.steps(s.conn, case_id),
    "advice_requests": lambda s, case_id: meldcode.advice_requests(s.conn, case_id),
    "no_advice_reason": lambda s, case_id: cases.no_advice_reason(s.conn, case_id),
    "decisions": lambda s, case_id: meldcode.decisions(s.conn, case_id),
    "vt_contacts": lambda s, case_id: meldcode.vt_contacts(s.conn, case_id),
    "consents": lambda s, case_id: consents.consents(s.conn, case_id),
    "bases": lambda s, case_id: consents.bases(s.conn, case_id),
    "kindchecks": lambda s, case_id: kindchecks.for_case(s.conn, case_id),
    "today": lambda s, _case_id: today(s),
}
"""How each ``CaseFile`` field is read for one case: by ``open_case``, and again after an edit
(``case_refresh.read_parts``) for the fields the edit changed."""


def open_case(session: Session, case_id: int) -> CaseFile:
    """The whole case; audited as a read of this client."""
    guard(session, Permission.VIEW_CASES, "case", str(case_id), case_id)
    found = CaseFile(**{part: read(session, case_id) for part, read in PART_READERS.items()})  # type: ignore[arg-type]
    audit(session, AuditAction.READ, "case", case_id, case_id)
    return found


def create_case(session: Session, initial: str, summary: str = "", responsible_login: str = "",
                opened_on: date | None = None) -> Case:
    """A new open case under the next free pseudonym ("Gezin K-2026-014"), opened today unless the
    work started earlier (a case made from an earlier kindcheck, say)."""
    guard(session, Permission.EDIT_CASES, "case")
    day = opened_on if opened_on is not None and opened_on <= today(session) else today(session)
    label = next_label(initial, day.year, cases.labels(session.conn))
    case = Case(label, summary=summary.strip(), responsible_login=responsible_login or session.user.login,
                opened_on=day)
    with session.changing() as conn:
        case_id = cases.insert(conn, case, iso(session.now()))
        audit(session, AuditAction.CREATE, "case", case_id, case_id, label)
    return case_or_fail(session.conn, case_id)


def update_case(session: Session, case: Case) -> Case:
    assert case.id is not None
    current = writable(session, case.id)
    with session.changing() as conn:
        cases.update(conn, replace(current, summary=case.summary.strip(),
                                   responsible_login=case.responsible_login), iso(session.now()))
        audit(session, AuditAction.UPDATE, "case", case.id, case.id)
    return case_or_fail(session.conn, case.id)


def put_member(session: Session, member: HouseholdMember) -> HouseholdMember:
    writable(session, member.case_id)
    initials = member.initials.strip()
    if not initials:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "initials")))
    if member.birth_year is not None and not 1900 <= member.birth_year <= today(session).year:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "birth year")))
    member = replace(member, initials=initials, his_number=member.his_number.strip())
    with session.changing() as conn:
        member_id = cases.put_member(conn, member)
        cases.touch(conn, member.case_id, iso(session.now()))
        audit(session, AuditAction.CREATE if member.id is None else AuditAction.UPDATE, "household_member",
              member_id, member.case_id)
    found = cases.member(session.conn, member_id)
    assert found is not None
    return found


def delete_member(session: Session, member_id: int) -> None:
    member = cases.member(session.conn, member_id)
    if member is None:
        raise NotFound(what=Message("cases", QT_TRANSLATE_NOOP("cases", "This household member")))
    writable(session, member.case_id)
    with session.changing() as conn:
        cases.delete_member(conn, member_id)
        audit(session, AuditAction.DELETE, "household_member", member_id, member.case_id)


def case_workers(session: Session) -> list[tuple[str, str]]:
    """(login, full name) of the active users who work on cases, by name: who can be responsible."""
    session.require(Permission.VIEW_CASES)
    found = [(u.login, u.full_name) for u in users.all_users(session.conn)
             if u.active and allowed(u.role, Permission.EDIT_CASES)]
    return sorted(found, key=lambda pair: pair[1].casefold())


def close_case(session: Session, case_id: int, reason: str) -> Case:
    writable(session, case_id)
    if not reason.strip():
        raise ReasonRequired(what=Message("cases", QT_TRANSLATE_NOOP("cases", "why the case is closed")))
    with session.changing() as conn:
        cases.set_status(conn, case_id, CaseStatus.CLOSED, today(session), reason.strip(), iso(session.now()))
        audit(session, AuditAction.UPDATE, "case", case_id, case_id, f"closed: {reason.strip()}")
    return case_or_fail(session.conn, case_id)


def reopen_case(session: Session, case_id: int, reason: str) -> Case:
    guard(session, Permission.EDIT_CASES, "case", str(case_id), case_id)
    case_or_fail(session.conn, case_id)
    if not reason.strip():
        raise ReasonRequired(what=Message("cases", QT_TRANSLATE_NOOP("cases", "why the case is reopened")))
    with session.changing() as conn:
        cases.set_status(conn, case_id, CaseStatus.OPEN, None, "", iso(session.now()))
        audit(session, AuditAction.UPDATE, "case", case_id, case_id, f"reopened: {reason.strip()}")
    return case_or_fail(session.conn, case_id)
