"""Documenten: signed PDFs from the vault — a handover for the wijkteam, a case timeline, a follow-up
list, a contact-map extract — and checking any signed PDF.

A handover asks the consent service first: without consent or a recorded basis for this recipient and
purpose it is refused with the reasons. Making a document is not yet sharing it; saving or printing it
is, and ``record`` writes that to the audit log with the document's SHA-256 and its recipient.
"""

from __future__ import annotations

import contextlib
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..domain.audit import AuditAction, AuditEntry
from ..domain.consent import Purpose, Recipient, SharingAnswer, SharingBasis, purpose_toward
from ..domain.contacts import PHONE_KINDS, ChannelKind, Person
from ..domain.errors import NotFound, SharingRefused
from ..domain.involvement import STAFF_PARTY_ROLES
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission, Role
from ..lazy import lazy_module
from ..store import organisations, people, practice_certificate, users
from ..store import settings as settings_store
from . import cases, consent, followups, involvement
from .document_errors import in_words
from .practice import get as practice_settings
from .practice_cert import signing_key
from .session import Session

if TYPE_CHECKING:
    from ..documents.case_parts import InvolvedParty
    from ..documents.pdf_layout import Letterhead

_DOCUMENTS = "wijkzorg_desktop.documents."
timeline_pdf = lazy_module(_DOCUMENTS + "case_timeline")
extract_pdf = lazy_module(_DOCUMENTS + "contact_extract")
followups_pdf = lazy_module(_DOCUMENTS + "followup_list")
handover_pdf = lazy_module(_DOCUMENTS + "handover")
case_parts = lazy_module(_DOCUMENTS + "case_parts")
pdf_layout = lazy_module(_DOCUMENTS + "pdf_layout")
pdf_crypt = lazy_module(_DOCUMENTS + "pdf_crypt")
signing = lazy_module(_DOCUMENTS + "signing")
verify = lazy_module(_DOCUMENTS + "verify")

HANDOVER_REASON = "Overdracht aan {recipient}"
TIMELINE_REASON = "Tijdlijn voor het eigen dossier van de praktijk"
FOLLOWUPS_REASON = "Opvolglijst"
EXTRACT_REASON = "Uittreksel sociale kaart"


@dataclass(frozen=True)
class HandoverOptions:
    household_detail: bool = False
    full_names: dict[int, str] = field(default_factory=dict)
    include_weighing: bool = False
    remarks: str = ""
    encrypt: bool = False


@dataclass(frozen=True)
class IssuedDocument:
    kind: str                     # "handover" | "timeline" | "followups" | "contacts" | "meeting_agenda" | …
    title: str
    document_id: str
    pdf: bytes
    sha256: str
    recipient: str = ""
    case_label: str = ""
    password: str | None = None   # shown once, to pass on by another channel
    suggested_name: str = ""
    meeting_id: int | None = None  # the meeting a paper belongs to
    case_labels: tuple[str, ...] = ()   # pseudonyms of the cases a meeting paper discusses


def _letterhead(session: Session) -> Letterhead:
    get = settings_store.get
    conn = session.conn
    fields = ("practice.address", "practice.phone", "practice.email", "practice.website")
    return pdf_layout.Letterhead(practice_settings(session).name, *(get(conn, key) for key in fields))


def _users(session: Session) -> dict[str, str]:
    return {u.login: u.full_name for u in users.all_users(session.conn)}


def _people(session: Session) -> dict[int, str]:
    return {int(p.id or 0): p.name for p in people.all_people(session.conn)}


EMAIL = frozenset({ChannelKind.SECURE_EMAIL})


def _channel(person: Person, kinds: frozenset[ChannelKind]) -> str:
    """The person's first channel of these kinds, or ""; for e-mail the secure address before a plain one."""
    found = next((c.value for c in person.channels if c.kind in kinds), "")
    if not found and kinds == EMAIL:
        return _channel(person, frozenset({ChannelKind.EMAIL}))
    return found


def _parties(session: Session, file: cases.CaseFile) -> tuple[InvolvedParty, ...]:
    found = []
    for party in file.parties:
        name, organisation = involvement.party_name(session, party)
        person = people.get(session.conn, party.person_id) if party.person_id else None
        org = organisations.get(session.conn, party.organisation_id) if party.organisation_id else None
        if party.user_login:
            user = users.by_login(session.conn, party.user_login)
            practice = practice_settings(session)
            function = STAFF_PARTY_ROLES.get(str(user.role), "") if user else ""
            phone, email = practice.phone, practice.email
        elif person is not None:
            function, phone, email = person.function, _channel(person, PHONE_KINDS), _channel(person, EMAIL)
        else:
            function, phone, email = "", org.phone if org else "", org.secure_email if org else ""
        found.append(case_parts.InvolvedParty(party.role, name, organisation, function, phone, email, party.since,
                                              party.last_contact, party.id))
    return tuple(found)


def _finish(session: Session, kind: str, title: str, document_id: str, pdf: bytes, reason: str, pin: str | None,
            encrypt: bool = False, recipient: str = "", case_label: str = "") -> IssuedDocument:
    """Encrypt when asked (before signing: the signature must cover the encrypted file), then sign."""
    key = signing_key(session, pin)
    password = None
    with in_words():
        if encrypt:
            encrypted = pdf_crypt.encrypt(pdf)
            pdf, password = encrypted.data, encrypted.password
        stamp = signing.SignatureStamp(reason, _users(session).get(session.user.login, ""), document_id=document_id)
        signed = signing.sign(pdf, key, stamp, pdf_password=password)
    name = f"{document_id}.pdf" if not case_label else f"{document_id} {case_label}.pdf"
    return IssuedDocument(kind, title, document_id, signed, hashlib.sha256(signed).hexdigest(), recipient,
                          case_label, password, name)


def _recipient(session: Session, recipient: Recipient) -> handover_pdf.Addressee:
    conn = session.conn
    if recipient.kind == "person":
        person = people.get(conn, recipient.id)
        if person is None:
            raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This person")))
        org = organisations.get(conn, person.organisation_id) if person.organisation_id else None
        return handover_pdf.Addressee(person.name, person.function, org.name if org else "",
                                      org.address if org else "", _channel(person, EMAIL))
    org = organisations.get(conn, recipient.id)
    if org is None:
        raise NotFound(what=Message("contacts", QT_TRANSLATE_NOOP("contacts", "This organisation")))
    return handover_pdf.Addressee(org.name, "", "", org.address, org.secure_email)


def check_handover(session: Session, case_id: int, recipient: Recipient) -> tuple[Purpose, SharingAnswer]:
    """The consent gate of a handover, on its own so the window can ask it before the PIN: ``SharingRefused``
    with the reasons, or the purpose and the answer that allow it. Handing a family's file to Veilig Thuis
    is a melding (where meldrecht applies); to anyone else, a handover."""
    cases.guard(session, Permission.VIEW_CASES, "case", str(case_id), case_id)
    _, to_safe_at_home = consent.covering(session, recipient)
    purpose = purpose_toward(Purpose.HANDOVER, to_safe_at_home)
    answer = consent.may_case_be_shared(session, case_id, recipient, purpose)
    if not answer.allowed:
        raise SharingRefused(_recipient(session, recipient).name, list(answer.reasons))
    return purpose, answer


def handover(session: Session, case_id: int, recipient: Recipient, options: HandoverOptions | None = None,
             pin: str | None = None) -> IssuedDocument:
    """The signed overdrachtsdocument, if this case may go to ``recipient`` for a handover."""
    options = options or HandoverOptions()
    purpose, answer = check_handover(session, case_id, recipient)
    addressee = _recipient(session, recipient)
    covering, _ = consent.covering(session, recipient)
    file = cases.open_case(session, case_id)
    me = users.by_login(session.conn, session.user.login)
    role = {Role.GP: "huisarts", Role.MH_NURSE: "POH-GGZ"}.get(session.user.role, "")
    contact = handover_pdf.ContactPerson(me.full_name if me else session.user.login, role,
                                         settings_store.get(session.conn, "practice.phone"))
    consents_used = tuple(c for c in file.consents if c.recipient in covering and c.purpose == purpose
                          and answer.basis == SharingBasis.CONSENT)
    weighing = next((b.weighing for b in reversed(file.bases) if b.recipient in covering
                     and b.basis == SharingBasis.CONFLICT_OF_DUTIES), None)
    now = session.now()
    document_id = pdf_layout.new_document_id(handover_pdf.DOCUMENT_PREFIX, now)
    data = handover_pdf.HandoverData(
        _letterhead(session), document_id, now, file.case, addressee, contact, tuple(file.members),
        file.case.summary, tuple(file.steps), tuple(file.advice_requests), tuple(file.vt_contacts),
        tuple(file.decisions), _parties(session, file), tuple(file.plan), tuple(file.promises), answer.basis,
        consents_used, weighing, _users(session), _people(session), options.household_detail,
        dict(options.full_names), options.include_weighing, options.remarks.strip(), contact.name)
    with in_words():
        pdf = handover_pdf.render(data)
    return _finish(session, "handover", handover_pdf.TITLE, document_id, pdf,
                   HANDOVER_REASON.format(recipient=addressee.organisation or addressee.name), pin, options.encrypt,
                   addressee.name, file.case.label)


def case_timeline(session: Session, case_id: int, options: HandoverOptions | None = None,
                  pin: str | None = None) -> IssuedDocument:
    """The case's timeline for the practice's own file."""
    options = options or HandoverOptions()
    file = cases.open_case(session, case_id)
    now = session.now()
    document_id = pdf_layout.new_document_id(timeline_pdf.DOCUMENT_PREFIX, now)
    data = timeline_pdf.CaseTimelineData(
        _letterhead(session), document_id, now, file.case, tuple(file.members), tuple(file.timeline),
        tuple(file.steps), tuple(file.advice_requests), tuple(file.vt_contacts), tuple(file.decisions),
        _parties(session, file), _users(session), _people(session), options.household_detail,
        dict(options.full_names), options.include_weighing, show_history=True,
        author=_users(session).get(session.user.login, ""))
    with in_words():
        pdf = timeline_pdf.render(data)
    return _finish(session, "timeline", timeline_pdf.TITLE, document_id, pdf, TIMELINE_REASON, pin, options.encrypt,
                   "", file.case.label)


def followup_list(session: Session, mine: bool, start: date | None = None, end: date | None = None,
                  pin: str | None = None) -> IssuedDocument:
    if not mine and not session.may(Permission.VIEW_CASES):
        # Such a role sees only its own follow-ups: a list titled for the whole practice would hold less than it says.
        raise session.not_allowed(Message("roles", QT_TRANSLATE_NOOP("roles", "make the follow-up list of everyone")))
    items = followups.pending(session, mine_only=mine)
    lines = tuple(followups_pdf.FollowUpLine(i.followup, i.case_label, i.party_name) for i in items)
    owner = session.user.login if mine else None
    lines = tuple(followups_pdf.select(lines, owner, start, end))
    now = session.now()
    document_id = pdf_layout.new_document_id(followups_pdf.DOCUMENT_PREFIX, now)
    data = followups_pdf.FollowUpListData(_letterhead(session), document_id, now, lines, owner, start, end,
                                          _users(session), _users(session).get(session.user.login, ""))
    with in_words():
        pdf = followups_pdf.render(data)
    return _finish(session, "followups", followups_pdf.TITLE, document_id, pdf, FOLLOWUPS_REASON, pin)


def contact_extract(session: Session, person_ids: list[int], organisation_ids: list[int],
                    pin: str | None = None, purpose: str = "") -> IssuedDocument:
    session.require(Permission.VIEW_CONTACTS)
    conn = session.conn
    chosen_people = tuple(p for p in people.all_people(conn) if p.id in set(person_ids))
    all_orgs = organisations.all_organisations(conn)
    chosen_orgs = tuple(o for o in all_orgs if o.id in set(organisation_ids))
    names = {int(o.id or 0): o.name for o in all_orgs}
    now = session.now()
    document_id = pdf_layout.new_document_id(extract_pdf.DOCUMENT_PREFIX, now)
    data = extract_pdf.ContactExtractData(_letterhead(session), document_id, now, chosen_orgs, chosen_people, names,
                                          purpose, author=_users(session).get(session.user.login, ""))
    with in_words():
        pdf = extract_pdf.render(data)
    return _finish(session, "contacts", extract_pdf.TITLE, document_id, pdf, EXTRACT_REASON, pin)


def record(session: Session, doc: IssuedDocument, action: str, path: str = "") -> None:
    """Saving or printing a document is sharing it: audited with its SHA-256 and recipient. A meeting paper
    also names its meeting, and leaves one more record per case it discusses, under the case's pseudonym, so
    the audit of a family shows every paper that carried it."""
    audit_action = AuditAction.PRINT if action == "print" else AuditAction.EXPORT
    detail = f"{doc.title}; sha256 {doc.sha256}; to {doc.recipient or '-'}" + (f"; {path}" if path else "")
    if doc.meeting_id is not None:
        detail += f"; meeting {doc.meeting_id}"
    entries = [AuditEntry(audit_action, f"document.{doc.kind}", doc.document_id, doc.case_label, detail=detail)]
    entries += [AuditEntry(audit_action, f"document.{doc.kind}", doc.document_id, label, detail=f"{detail}; case item")
                for label in doc.case_labels]
    with contextlib.nullcontext() if session.conn.in_transaction or len(entries) == 1 else session.changing():
        for entry in entries:   # all of them or none
            session.record(entry)


def trusted_certificates(session: Session) -> list[bytes]:
    """The trust anchors: the practice's own certificate and the root certificates the beheerder imported.
    Certificates stored with contacts are not among them: each vouches only for its contact, once confirmed
    (``trust.judge``)."""
    from ..store import trust as trust_store

    found = []
    own = practice_certificate.get(session.conn)
    if own is not None:
        found.append(own.certificate)
    found += [row.certificate for row in trust_store.anchors(session.conn)]
    return found


def verify_pdf(session: Session | None, data: bytes, password: str | None = None) -> verify.VerifyResult:
    """Signer, time, intact, trusted (as ``trust.judge`` says, naming whom the certificate belongs to);
    without a vault nothing is trusted."""
    from dataclasses import replace

    from .trust import judge

    with in_words():
        result = verify.verify(data, [], password)
    if session is not None and result.signed and result.readable and result.signer_certificate:
        judged = judge(session, result.signer_certificate, result.signer, result.chain)
        result = replace(result, trusted=result.intact and judged.trusted, owner=judged.owner,
                         owner_kind=judged.owner_kind, trust_warning=judged.warning, trust_reason=judged.reason)
    if session is not None:
        session.record(AuditEntry(AuditAction.READ, "document.verify", hashlib.sha256(data).hexdigest()[:16],
                                  detail=f"signed={result.signed} intact={result.intact} trusted={result.trusted} "
                                         f"signer={result.signer_sha256 or '-'}"))
    return result
