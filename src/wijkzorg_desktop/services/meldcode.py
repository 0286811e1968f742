"""The meldcode track of a case: steps, advice requests, the afwegingskader decision, Veilig Thuis."""

from __future__ import annotations

from dataclasses import replace

from ..domain.assessment import Outcome, advise
from ..domain.audit import AuditAction
from ..domain.errors import InvalidValue, NotFound, ReasonRequired
from ..domain.meldcode import AdviceRequest, Decision, StepRecord, VtContact, expected_feedback
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..store import cases as case_store
from ..store import meldcode
from .cases import audit, writable
from .contacts import today
from .session import Session, iso


def put_step(session: Session, record: StepRecord) -> StepRecord:
    writable(session, record.case_id)
    if not 1 <= record.step <= 5:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "meldcode step")), reason="1-5")
    record = replace(record, by_login=record.by_login or session.user.login, notes=record.notes.strip())
    with session.changing() as conn:
        meldcode.put_step(conn, record)
        case_store.touch(conn, record.case_id, iso(session.now()))
        audit(session, AuditAction.UPDATE, "meldcode_step", record.step, record.case_id)
    return record


def add_advice_request(session: Session, request: AdviceRequest) -> AdviceRequest:
    writable(session, request.case_id)
    request = replace(request, by_login=request.by_login or session.user.login, summary=request.summary.strip())
    with session.changing() as conn:
        request_id = meldcode.add_advice_request(conn, request)
        case_store.touch(conn, request.case_id, iso(session.now()))
        audit(session, AuditAction.CREATE, "advice_request", request_id, request.case_id, str(request.source))
    return replace(request, id=request_id)


def set_no_advice_reason(session: Session, case_id: int, reason: str) -> None:
    """Why Veilig Thuis was not asked for advice (the KNMG meldcode asks doctors to record it)."""
    writable(session, case_id)
    with session.changing() as conn:
        case_store.set_no_advice_reason(conn, case_id, reason.strip(), iso(session.now()))
        audit(session, AuditAction.UPDATE, "meldcode", "no_vt_advice", case_id)


def record_decision(session: Session, case_id: int, answers: tuple[bool, ...], decided: Outcome,
                    why: str) -> Decision:
    """The decision at step 5, with the afwegingskader's advice beside it. A reason is always required;
    it matters most when the decision differs from the advice."""
    writable(session, case_id)
    advice = advise(answers)
    if advice.outcome == Outcome.CONTINUE:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "afwegingskader")),
                           reason=Message("meldcode", QT_TRANSLATE_NOOP("meldcode", "answer the next question first")))
    if decided == Outcome.CONTINUE:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "decision")), reason="-")
    if not why.strip():
        raise ReasonRequired(what=Message("meldcode", QT_TRANSLATE_NOOP("meldcode", "why this was decided")))
    if case_store.no_advice_reason(session.conn, case_id) == "" and \
            not any(r.source == "veilig_thuis" for r in meldcode.advice_requests(session.conn, case_id)):
        raise ReasonRequired(what=Message("meldcode", QT_TRANSLATE_NOOP(
            "meldcode", "why Veilig Thuis was not asked for advice (step 2)")))
    decision = Decision(case_id, tuple(answers), advice.outcome, decided, session.user.login, today(session),
                        why.strip())
    with session.changing() as conn:
        decision_id = meldcode.add_decision(conn, decision)
        case_store.touch(conn, case_id, iso(session.now()))
        audit(session, AuditAction.CREATE, "decision", decision_id, case_id,
              f"advised {advice.outcome}, decided {decided}")
    return replace(decision, id=decision_id)


def put_vt_contact(session: Session, contact: VtContact) -> VtContact:
    """An advies or melding at Veilig Thuis; after a melding feedback is expected in five working days
    unless another date is given."""
    writable(session, contact.case_id)
    if contact.expected_feedback is None:
        contact = replace(contact, expected_feedback=expected_feedback(contact.kind, contact.on))
    if contact.received_on is not None and contact.received_on < contact.on:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "feedback received")),
                           reason=Message("meldcode", QT_TRANSLATE_NOOP("meldcode", "before the contact itself")))
    contact = replace(contact, by_login=contact.by_login or session.user.login, reference=contact.reference.strip(),
                      summary=contact.summary.strip())
    with session.changing() as conn:
        contact_id = meldcode.put_vt_contact(conn, contact)
        case_store.touch(conn, contact.case_id, iso(session.now()))
        audit(session, AuditAction.CREATE if contact.id is None else AuditAction.UPDATE, "vt_contact", contact_id,
              contact.case_id, f"{contact.kind} as {contact.role}")
    found = meldcode.vt_contact(session.conn, contact_id)
    if found is None:
        raise NotFound(what=Message("meldcode", QT_TRANSLATE_NOOP("meldcode", "This Veilig Thuis contact")))
    return found


def feedback_received(session: Session, contact_id: int, summary: str) -> VtContact:
    contact = meldcode.vt_contact(session.conn, contact_id)
    if contact is None:
        raise NotFound(what=Message("meldcode", QT_TRANSLATE_NOOP("meldcode", "This Veilig Thuis contact")))
    return put_vt_contact(session, replace(contact, received_on=today(session), summary=summary or contact.summary))
