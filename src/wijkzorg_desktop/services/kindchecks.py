"""Kindcheck notes: record one, open or link a case from a concerning one, and the monthly overview."""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..domain.audit import AuditAction, AuditEntry
from ..domain.cases import Case, HouseholdMember, MemberRole
from ..domain.errors import InvalidValue, MissingField, NotFound
from ..domain.kindcheck import Answer, Kindcheck, MonthCount, per_month
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import cases as case_store
from ..store import kindchecks
from .cases import audit, audit_label, create_case, guard, writable
from .session import Session, iso


def _check(k: Kindcheck) -> Kindcheck:
    patient = " ".join(k.patient.split())
    if not patient:
        raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "patient")))
    if k.children_count is not None and not 0 <= k.children_count <= 20:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "number of children")),
                           reason="0-20")
    if any(not 0 <= age <= 25 for age in k.children_ages):
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "ages of the children")),
                           reason="0-25")
    if k.next_check is not None and k.next_check < k.on:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "next check")),
                           reason=Message("kindcheck", QT_TRANSLATE_NOOP("kindcheck", "before the kindcheck itself")))
    if k.cares_for_children == Answer.YES and k.children_count is None and k.children_ages:
        k = replace(k, children_count=len(k.children_ages))
    return replace(k, patient=patient, concerns=k.concerns.strip())


def save_kindcheck(session: Session, kindcheck: Kindcheck) -> Kindcheck:
    """Add or change a kindcheck; one linked to a case follows that case's read-only rule."""
    guard(session, Permission.EDIT_CASES, "kindcheck", str(kindcheck.id or ""), kindcheck.case_id)
    if kindcheck.case_id is not None:
        writable(session, kindcheck.case_id)
    tidy = _check(replace(kindcheck, author_login=kindcheck.author_login or session.user.login))
    with session.changing() as conn:
        if tidy.id is None:
            kindcheck_id = kindchecks.insert(conn, tidy, iso(session.now()))
            action = AuditAction.CREATE
        else:
            kindcheck_id = tidy.id
            kindchecks.update(conn, tidy)
            action = AuditAction.UPDATE
        session.record(AuditEntry(action, "kindcheck", str(kindcheck_id), audit_label(conn, tidy.case_id),
                                  detail="concerns" if tidy.concerning else ""))
    return _get(session, kindcheck_id)


def _get(session: Session, kindcheck_id: int) -> Kindcheck:
    found = kindchecks.get(session.conn, kindcheck_id)
    if found is None:
        raise NotFound(what=Message("kindcheck", QT_TRANSLATE_NOOP("kindcheck", "This kindcheck")))
    return found


def open_case_from(session: Session, kindcheck_id: int, initial: str, summary: str = "") -> Case:
    """A concerning kindcheck becomes a case: the patient joins the household as a parent."""
    kindcheck = _get(session, kindcheck_id)
    case = create_case(session, initial, summary or kindcheck.concerns, opened_on=kindcheck.on)
    assert case.id is not None
    link_case(session, kindcheck_id, case.id)
    return case


def link_case(session: Session, kindcheck_id: int, case_id: int) -> Kindcheck:
    """Link a kindcheck to an existing case; the patient is added to the household if not yet there."""
    kindcheck = _get(session, kindcheck_id)
    writable(session, case_id)
    members = case_store.members(session.conn, case_id)
    member = next((m for m in members if m.initials == kindcheck.patient), None)
    with session.changing() as conn:
        if member is None:
            member_id = case_store.put_member(conn, HouseholdMember(case_id, MemberRole.PARENT, kindcheck.patient,
                                                                    is_patient=True))
            audit(session, AuditAction.CREATE, "household_member", member_id, case_id)
        else:
            member_id = int(member.id or 0)
        kindchecks.link_case(conn, kindcheck_id, case_id, member_id)
        audit(session, AuditAction.UPDATE, "kindcheck", kindcheck_id, case_id, "linked to case")
    return _get(session, kindcheck_id)


@dataclass(frozen=True)
class KindcheckOverview:
    kindchecks: list[Kindcheck]
    months: list[MonthCount]


def overview(session: Session) -> KindcheckOverview:
    """Every kindcheck, and counts per month and per outcome: how often the practice does it."""
    guard(session, Permission.VIEW_CASES, "kindcheck_list")
    found = kindchecks.all_kindchecks(session.conn)
    session.record(AuditEntry(AuditAction.READ, "kindcheck_list", "", detail=f"{len(found)} kindchecks"))
    return KindcheckOverview(found, per_month(found))
