"""Consent and the one question documents and transfers ask: may this case go to X for purpose Y?"""

from __future__ import annotations

from dataclasses import replace

from ..domain.audit import AuditAction
from ..domain.cases import MemberRole
from ..domain.consent import (
    BasisRecord,
    Consent,
    Member,
    Purpose,
    Recipient,
    SharingAnswer,
    SharingBasis,
    may_share,
    purpose_toward,
)
from ..domain.contacts import OrganisationKind
from ..domain.errors import InvalidValue, NotFound
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import cases as case_store
from ..store import consents, organisations, people
from .cases import audit, case_or_fail, guard, writable
from .contacts import today
from .session import Session


def covering(session: Session, recipient: Recipient) -> tuple[list[Recipient], bool]:
    """The recipient and its organisation (consent toward an organisation covers its people), and whether
    the recipient is Veilig Thuis."""
    conn = session.conn
    covering = [recipient]
    org_id = recipient.id if recipient.kind == "organisation" else None
    if recipient.kind == "person":
        person = people.get(conn, recipient.id)
        if person is None:
            raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This person")))
        org_id = person.organisation_id
        if org_id is not None:
            covering.append(Recipient("organisation", org_id))
    org = organisations.get(conn, org_id) if org_id is not None else None
    if recipient.kind == "organisation" and org is None:
        raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This organisation")))
    return covering, org is not None and org.kind == OrganisationKind.SAFE_AT_HOME


def add_consent(session: Session, case_id: int, consent: Consent) -> Consent:
    writable(session, case_id)
    member = case_store.member(session.conn, consent.member_id)
    if member is None or member.case_id != case_id:
        raise NotFound(what=Message("cases", QT_TRANSLATE_NOOP("cases", "This household member")))
    covering(session, consent.recipient)
    consent = replace(consent, recorded_by=session.user.login, note=consent.note.strip())
    with session.changing() as conn:
        consent_id = consents.add_consent(conn, case_id, consent)
        audit(session, AuditAction.CREATE, "consent", consent_id, case_id,
              f"{consent.status} {consent.purpose} {consent.recipient.kind}:{consent.recipient.id}")
    return replace(consent, id=consent_id)


def add_basis(session: Session, case_id: int, record: BasisRecord) -> BasisRecord:
    """Sharing without consent: meldrecht (toward Veilig Thuis only) or conflict van plichten."""
    writable(session, case_id)
    _, to_safe_at_home = covering(session, record.recipient)
    if record.basis == SharingBasis.CONSENT:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "basis")), reason="toestemming")
    if record.basis == SharingBasis.RIGHT_TO_REPORT and not to_safe_at_home:
        raise InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "basis")),
                           reason=Message("consent", QT_TRANSLATE_NOOP(
                               "consent", "the right to report holds only toward Veilig Thuis")))
    record = replace(record, recorded_by=session.user.login, on=record.on or today(session))
    with session.changing() as conn:
        basis_id = consents.add_basis(conn, case_id, record)
        audit(session, AuditAction.CREATE, "sharing_basis", basis_id, case_id, str(record.basis))
    return replace(record, id=basis_id)


def may_case_be_shared(session: Session, case_id: int, recipient: Recipient, purpose: Purpose) -> SharingAnswer:
    """May this case be shared with ``recipient`` for ``purpose``, and on which basis? Toward Veilig Thuis a
    handover or an exchange is answered as the melding it is (``purpose_toward``), as every export asks it."""
    guard(session, Permission.VIEW_CASES, "case", str(case_id), case_id)
    conn = session.conn
    case_or_fail(conn, case_id)
    day = today(session)
    members = [Member(int(m.id or 0), m.initials, m.role == MemberRole.PARENT, m.age(day))
               for m in case_store.members(conn, case_id) if m.role != MemberRole.OTHER]
    recipients, to_safe_at_home = covering(session, recipient)
    return may_share(members, consents.consents(conn, case_id), consents.bases(conn, case_id), recipients,
                     purpose_toward(purpose, to_safe_at_home), to_safe_at_home)
