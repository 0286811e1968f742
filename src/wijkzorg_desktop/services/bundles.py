"""Veilige overdracht: a case as one encrypted, signed file for a partner (``<document id> <pseudonym>.p7m``).

Making one goes through the handover's consent gate (a refusal is audited), renders the signed handover
PDF, puts the case restricted as the handover shows it in ``case.json``, a manifest beside them, signs the
ZIP with the practice key (CMS SignedData) and encrypts it (CMS EnvelopedData) to the recipient's
certificate or a new password of words, and always also to the practice's own certificate. Saving it is
sending it (``record_sent``): a row, a timeline entry and an audit record in one transaction.

Opening one decrypts with the practice key (or card) or a password, checks the signature and judges the
signer trusted (``trust.judge``) before anything inside is read, then the ZIP's limits, the manifest's
format, schema and hashes, and refuses a bundle id seen before. Every refusal says why in words, is
audited and leaves nothing else behind. Importing makes a new case under a new local pseudonym.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain.audit import AuditAction, AuditEntry, Outcome
from ..domain.cases import Case, HouseholdMember, MemberRole, next_label
from ..domain.consent import (
    BASIS_LABELS,
    PURPOSE_LABELS,
    Purpose,
    Recipient,
    SharingAnswer,
    SharingBasis,
)
from ..domain.errors import NoPracticeCertificate, SharingRefused
from ..domain.involvement import EntryKind, TimelineEntry
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..lazy import lazy_module
from ..store import bundles as store
from ..store import cases as case_store
from ..store import involvement as involvement_store
from ..store import organisations, people
from ..store import practice_certificate as certificate_store
from . import bundle_format as fmt
from . import cases, consent, documents
from .bundle_format import BundleRefused, refused
from .contacts import today
from .document_errors import in_words
from .documents import HandoverOptions
from .practice import get as practice_settings
from .practice_cert import signing_key
from .session import Session, iso

cms = lazy_module("wijkzorg_desktop.documents.cms")
verify = lazy_module("wijkzorg_desktop.documents.verify")

BUNDLE_FORMAT = fmt.BUNDLE_FORMAT
SCHEMA_VERSION = fmt.SCHEMA_VERSION
CTX = "bundles"   # the translation context of the progress steps
STEP_GATE = QT_TRANSLATE_NOOP("bundles", "Checking consent…")
STEP_PDF = QT_TRANSLATE_NOOP("bundles", "Making and signing the handover…")
STEP_CASE = QT_TRANSLATE_NOOP("bundles", "Putting the case together…")
STEP_SIGN = QT_TRANSLATE_NOOP("bundles", "Signing the transfer file…")
STEP_ENCRYPT = QT_TRANSLATE_NOOP("bundles", "Encrypting…")
STEP_DECRYPT = QT_TRANSLATE_NOOP("bundles", "Decrypting…")
STEP_SIGNATURE = QT_TRANSLATE_NOOP("bundles", "Checking the signature and the sender…")
STEP_CONTENT = QT_TRANSLATE_NOOP("bundles", "Checking the content…")
STEP_DONE = QT_TRANSLATE_NOOP("bundles", "Done")

if TYPE_CHECKING:
    from .trust import Trust

Progress = Callable[[int, str], None]


def _quiet(_percent: int, _step: str) -> None:
    return None


@dataclass(frozen=True)
class BundleTarget:
    recipient: Recipient
    name: str
    certificate_sha256: str
    usable: bool
    reason: str                    # why not usable: a source text of the "errors" context; "" when usable


@dataclass(frozen=True)
class BundleOptions:
    handover: HandoverOptions = field(default_factory=HandoverOptions)
    use_password: bool = False
    include_his_numbers: bool = False


@dataclass(frozen=True)
class MadeBundle:
    data: bytes
    file_name: str
    bundle_id: str
    sha256: str
    password: str | None
    recipient: str
    manifest: dict = field(default_factory=dict)      # what record_sent writes down (purpose, basis, ids)


@dataclass(frozen=True)
class BundlePreview:
    bundle_id: str
    manifest: dict
    case: dict
    pdf: bytes
    sender: Trust
    signed_at: datetime | None


# -- recipients ---------------------------------------------------------------------------------------

def bundle_targets(session: Session, case_id: int) -> list[BundleTarget]:
    """Every person (not departed) and organisation of the sociale kaart that has a certificate, by name;
    those whose certificate cannot receive a bundle today say why."""
    cases.guard(session, Permission.VIEW_CASES, "case", str(case_id), case_id)
    day = today(session)
    orgs = organisations.all_organisations(session.conn)
    org_names = {o.id: o.name for o in orgs}
    found = []
    for org in orgs:
        if org.certificate:
            found.append(_target(Recipient("organisation", int(org.id or 0)), org.name, org.certificate, day))
    for person in people.all_people(session.conn):
        if person.certificate and not person.departed:
            org_name = org_names.get(person.organisation_id, "")
            name = f"{person.name} ({org_name})" if org_name else person.name
            found.append(_target(Recipient("person", int(person.id or 0)), name, person.certificate, day))
    return sorted(found, key=lambda t: t.name.casefold())


def _target(recipient: Recipient, name: str, certificate: bytes, day) -> BundleTarget:
    reason = cms.can_encrypt_to(certificate, day)
    return BundleTarget(recipient, name, verify.fingerprint(certificate), reason is None, reason or "")


def _certificate_of(session: Session, recipient: Recipient) -> bytes | None:
    if recipient.kind == "person":
        person = people.get(session.conn, recipient.id)
        return person.certificate if person else None
    org = organisations.get(session.conn, recipient.id)
    return org.certificate if org else None


# -- making -------------------------------------------------------------------------------------------

def check_bundle(session: Session, case_id: int, recipient: Recipient) -> tuple[Purpose, SharingAnswer]:
    """The handover's consent gate for a bundle; a refusal is audited with its reasons."""
    try:
        return documents.check_handover(session, case_id, recipient)
    except SharingRefused as refusal:
        reasons = "; ".join(r.render() for r in refusal.reasons)
        session.record(AuditEntry(AuditAction.EXPORT, "bundle", "", cases.audit_label(session.conn, case_id),
                                  Outcome.FAILURE, f"consent gate refused: to {recipient.kind} {recipient.id}; "
                                                   f"{reasons}"[:2000]))
        raise


def _used(file: cases.CaseFile, covering: list[Recipient], purpose: Purpose,
          answer: SharingAnswer) -> tuple[tuple, tuple]:
    """The consents and recorded bases the gate's answer rests on, as the handover names them."""
    consents = tuple(c for c in file.consents if c.recipient in covering and c.purpose == purpose
                     and answer.basis == SharingBasis.CONSENT)
    bases = tuple(b for b in file.bases if b.recipient in covering and b.purpose == purpose
                  and b.basis == answer.basis)
    return consents, bases


def make_bundle(session: Session, case_id: int, recipient: Recipient, options: BundleOptions,
                pin: str | None = None, progress: Progress | None = None) -> MadeBundle:
    """The encrypted, signed bundle of this case for ``recipient`` (see the module's text). Nothing is
    recorded as sent until ``record_sent``."""
    step = progress or _quiet
    step(2, STEP_GATE)
    purpose, answer = check_bundle(session, case_id, recipient)
    own = certificate_store.get(session.conn)
    if own is None:
        raise NoPracticeCertificate()
    target = None
    if not options.use_password:
        target = _certificate_of(session, recipient)
        if target is None:
            raise refused(QT_TRANSLATE_NOOP("errors", "This recipient has no certificate in the sociale kaart; "
                                                      "choose a password instead."), "no certificate")
        reason = cms.can_encrypt_to(target, today(session))
        if reason is not None:
            raise BundleRefused(Message("errors", reason), "recipient certificate unusable")
    step(10, STEP_PDF)
    doc = documents.handover(session, case_id, recipient, _unencrypted(options.handover), pin)
    step(45, STEP_CASE)
    file = cases.open_case(session, case_id)
    covering, _ = consent.covering(session, recipient)
    consents_used, bases_used = _used(file, covering, purpose, answer)
    practice = practice_settings(session).name
    handover = options.handover
    content = fmt.CaseContent(
        file.case.label, file.case.summary, fmt._day(file.case.opened_on), tuple(file.members), tuple(file.steps),
        tuple(file.advice_requests), tuple(file.vt_contacts), tuple(file.decisions),
        documents._parties(session, file), tuple(file.plan), tuple(file.promises),
        str(answer.basis or ""), consents_used,
        next((b.weighing for b in reversed(bases_used) if b.basis == SharingBasis.CONFLICT_OF_DUTIES), None),
        documents._users(session), documents._people(session), practice)
    case_data = fmt.case_json(content, handover.household_detail, dict(handover.full_names),
                              handover.include_weighing, options.include_his_numbers, handover.remarks)
    bundle_id = str(uuid.uuid4())
    facts = fmt.ManifestFacts(
        bundle_id, iso(session.now()), practice, verify.fingerprint(own.certificate), doc.recipient,
        recipient.kind, verify.fingerprint(target) if target else "", options.use_password, str(purpose),
        str(answer.basis or ""), tuple(int(c.id) for c in consents_used if c.id is not None),
        tuple(int(b.id) for b in bases_used if b.id is not None), file.case.label, doc.document_id)
    files = {fmt.CASE: case_data, fmt.PDF: doc.pdf}
    files[fmt.MANIFEST] = fmt.manifest(facts, files)
    archive = fmt.write_zip(files)
    step(65, STEP_SIGN)
    with in_words():
        signed = cms.sign(archive, signing_key(session, pin), when=session.now())
    step(85, STEP_ENCRYPT)
    password = fmt.new_password() if options.use_password else None
    first = cms.PasswordRecipient(password) if password else cms.CertificateRecipient(target)
    own_copy = [cms.CertificateRecipient(der) for der in _own_certificates(session, own, pin)]
    try:
        data = cms.encrypt(signed, [first, *own_copy])
    except cms.CmsError as error:
        raise BundleRefused(error.message, error.detail) from None
    step(100, STEP_DONE)
    manifest = json.loads(files[fmt.MANIFEST])
    return MadeBundle(data, fmt.file_name(doc.document_id, file.case.label), bundle_id, fmt.sha256(data), password,
                      doc.recipient, manifest)


def _own_certificates(session: Session, own, pin: str | None) -> list[bytes]:
    """The practice's own copy goes to its certificate; with a token (a UZI-pas, whose signing key does not
    decrypt) to the certificates on it that may receive (keyEncipherment: its encryption certificate), and only
    when it has none to the signing certificate."""
    if own.source != "pkcs11":
        return [own.certificate]
    from ..documents import cms_token
    from ..documents.signing import Pkcs11Token

    with in_words(), cms_token.opened(Pkcs11Token(own.module_path, own.token_label, pin or "", own.key_label)) as t:
        found = [der for _, der in cms_token.keys(t) if cms.can_encrypt_to(der, today(session)) is None]
    return found or [own.certificate]


def _unencrypted(options: HandoverOptions) -> HandoverOptions:
    """The PDF inside is not password-protected itself: the bundle is the encryption."""
    return replace(options, encrypt=False)


def record_sent(session: Session, made: MadeBundle, case_id: int, path: str) -> None:
    """Saving the bundle is sending it: the sent_bundles row, the case timeline and the audit record (with
    purpose, basis, consent ids and SHA-256), in one transaction."""
    cases.guard(session, Permission.VIEW_CASES, "case", str(case_id), case_id)
    m = made.manifest
    recipient_sha = str(m.get("recipient", {}).get("certificate_sha256", ""))
    purpose, ids = str(m.get("purpose", "")), fmt.consent_ids_text(m)
    basis = str(m.get("sharing", {}).get("basis", ""))
    basis_text = _dutch("consent", BASIS_LABELS.get(_basis(basis), basis)) if basis else "geen"
    purpose_text = _dutch("consent", PURPOSE_LABELS.get(_purpose(purpose), purpose))
    how = "met een wachtwoord" if made.password else f"voor het certificaat {recipient_sha}"
    text = (f"Versleuteld overdrachtsbestand {made.file_name} verstuurd aan {made.recipient} ({how}); doel: "
            f"{purpose_text}; grondslag: {basis_text}{_ids_words(m)}" +
            f"; bundel {made.bundle_id}; SHA-256 {made.sha256}.")
    now = iso(session.now())
    label = cases.audit_label(session.conn, case_id)
    with session.changing() as conn:
        store.add_sent(conn, store.SentBundle(made.bundle_id, case_id, made.recipient, recipient_sha, purpose, basis,
                                              ids, made.sha256, now, session.user.login))
        involvement_store.add_entry(conn, TimelineEntry(case_id, today(session), EntryKind.PARTNER_CONTACT, text,
                                                        session.user.login), now)
        case_store.touch(conn, case_id, now)
        session.record(AuditEntry(AuditAction.EXPORT, "bundle", made.bundle_id, label,
                                  detail=f"to {made.recipient}; purpose {purpose}; basis {basis or '-'}; "
                                         f"ids {ids or '-'}; sha256 {made.sha256}; {path}"))


def _ids_words(manifest: dict) -> str:
    """ " (toestemmingen nr. 4, 5)" or " (vastgelegde grondslag nr. 3)": what the basis rests on, for a timeline."""
    sharing = manifest.get("sharing", {})
    consents = [str(i) for i in sharing.get("consent_ids", []) if isinstance(i, int)]
    bases = [str(i) for i in sharing.get("basis_ids", []) if isinstance(i, int)]
    parts = ([f"toestemmingen nr. {', '.join(consents)}"] if consents else []) + (
        [f"vastgelegde grondslag nr. {', '.join(bases)}"] if bases else [])
    return f" ({'; '.join(parts)})" if parts else ""


def _basis(value: str) -> SharingBasis | str:
    try:
        return SharingBasis(value)
    except ValueError:
        return value


def _purpose(value: str) -> Purpose | str:
    try:
        return Purpose(value)
    except ValueError:
        return value


def _dutch(context: str, source: str) -> str:
    from ..i18n import translator

    return translator("nl")(context, source)


# -- opening ------------------------------------------------------------------------------------------

NEEDS_PASSWORD = QT_TRANSLATE_NOOP("errors", "This transfer file is opened with a password; give the password "
                                             "that was passed on to you.")
UNTRUSTED = QT_TRANSLATE_NOOP("errors", "The transfer file is signed by {signer} (certificate {sha256}), whom "
                                        "this practice does not trust: {reason} Nothing was imported.")
SENDER_MISMATCH = QT_TRANSLATE_NOOP("errors", "The manifest names another sender certificate than the one that "
                                              "signed the transfer file; nothing was imported.")
REPLAYED = QT_TRANSLATE_NOOP("errors", "This transfer file (bundle {bundle_id}) was already imported on {when}; "
                                       "it is not imported twice.")
OWN_BUNDLE = QT_TRANSLATE_NOOP("errors", "This practice sent this transfer file itself; it is not imported as a "
                                         "new case.")
OTHER_RECIPIENT = QT_TRANSLATE_NOOP("errors", "This transfer file was made for {name}, not for this practice; "
                                              "nothing was imported.")
NOT_A_PDF = QT_TRANSLATE_NOOP("errors", "The handover inside the transfer file is not a PDF; nothing was imported.")


def _refusal(session: Session, error: BundleRefused, bundle_id: str = "") -> BundleRefused:
    session.record(AuditEntry(AuditAction.IMPORT, "bundle", bundle_id, "", Outcome.FAILURE,
                              f"refused: {error.detail}"[:2000]))
    return error


def _decrypt(session: Session, data: bytes, password: str | None, pin: str | None) -> bytes:
    if password is not None:
        return cms.decrypt_with_password(data, password)
    own = certificate_store.get(session.conn)
    if own is None:
        raise NoPracticeCertificate()
    kinds = {r.kind for r in cms.recipients_of(data)}
    try:
        return _decrypt_with_practice_key(session, own, data, pin)
    except cms.CmsError as error:
        if error.problem == cms.CmsProblem.NOT_FOR_US and "password" in kinds:
            raise refused(NEEDS_PASSWORD, "password bundle opened without a password") from None
        raise


def _decrypt_with_practice_key(session: Session, own, data: bytes, pin: str | None) -> bytes:
    with in_words():
        if own.source == "pkcs11":
            from ..documents.signing import Pkcs11Token

            token = Pkcs11Token(own.module_path, own.token_label, pin or "", own.key_label)
            return cms.decrypt_with_token(data, token)
        key = _practice_key(session, own)
    return cms.decrypt_with_key(data, own.certificate, key)


def _practice_key(session: Session, own) -> object:
    """The practice's private key from its PKCS#12, unwrapped once per unlocked session (about 0.1 s each
    time otherwise); the session forgets it at lock and logout with its other kept reads."""
    from ..documents.practice_certificate import open_pkcs12

    assert own.pkcs12 is not None
    kept = session.cache.get("bundles.practice_key")
    if kept is not None and kept[0] == own.pkcs12:
        return kept[1]
    key = open_pkcs12(own.pkcs12, own.pkcs12_password).key
    session.cache["bundles.practice_key"] = (own.pkcs12, key)
    return key


def _check_meant_for_us(session: Session, manifest: dict, judged: Trust) -> None:
    """A bundle made for another practice's certificate (then encrypted anew to this one) is refused: the
    sender's consent gate said yes to that recipient, not to this practice. The practice's own copy is its own."""
    meant = manifest["recipient"].get("certificate_sha256")
    own = certificate_store.get(session.conn)
    if meant and judged.owner_kind != "practice" and own is not None and meant != verify.fingerprint(own.certificate):
        raise refused(OTHER_RECIPIENT, f"made for {meant}", name=str(manifest["recipient"].get("name", ""))[:200])


def read_bundle(session: Session, data: bytes, password: str | None = None, pin: str | None = None,
                progress: Progress | None = None) -> BundlePreview:
    """What a bundle holds, once it is decrypted, its signature holds, its signer is trusted, and its ZIP,
    manifest and hashes are in order and its id is new here. Only the audit record is written."""
    step = progress or _quiet
    cases.guard(session, Permission.VIEW_CASES, "bundle")
    bundle_id = ""
    try:
        step(5, STEP_DECRYPT)
        try:
            inner = _decrypt(session, data, password, pin)
            step(40, STEP_SIGNATURE)
            signed = cms.open_signed(inner)
        except cms.CmsError as error:
            raise BundleRefused(error.message, f"cms {error.problem}: {error.detail}") from None
        from .trust import judge

        judged = judge(session, signed.signer_certificate, signed.signer_name, signed.certificates)
        if not judged.trusted:
            reason = judged.reason or Message("errors", QT_TRANSLATE_NOOP("errors", "the certificate is unknown."))
            raise BundleRefused(Message("errors", UNTRUSTED, {"signer": signed.signer_name or "?",
                                                              "sha256": judged.sha256, "reason": reason}),
                                f"untrusted signer {judged.sha256}")
        step(60, STEP_CONTENT)
        files = fmt.read_zip(signed.content)   # only now, from a trusted signer, is the inside read
        manifest, case = fmt.check_files(files)
        bundle_id = manifest["bundle_id"]
        claimed = manifest["sender"].get("certificate_sha256")
        if claimed and claimed != judged.sha256:
            raise refused(SENDER_MISMATCH, f"manifest sender {claimed}")
        _check_meant_for_us(session, manifest, judged)
        if not files[fmt.PDF].startswith(b"%PDF-"):
            raise refused(NOT_A_PDF, "overdracht.pdf is not a PDF")
        fmt.received_case(case, today(session).year)
        seen = store.received(session.conn, bundle_id)
        if seen is not None:
            raise refused(REPLAYED, "replayed", bundle_id=bundle_id, when=seen.received_at[:10])
    except BundleRefused as error:
        raise _refusal(session, error, bundle_id) from None
    session.record(AuditEntry(AuditAction.READ, "bundle", bundle_id, "",
                              detail=f"from {judged.owner}; signer {judged.sha256}; "
                                     f"case {manifest['case_pseudonym']}"))
    step(100, STEP_DONE)
    return BundlePreview(bundle_id, manifest, case, files[fmt.PDF], judged, signed.signed_at)


def import_bundle(session: Session, preview: BundlePreview) -> int:
    """A new case from a read bundle, under a new local pseudonym, with where it came from in its timeline;
    the replay check again, in the same transaction as everything it writes."""
    cases.guard(session, Permission.EDIT_CASES, "bundle", preview.bundle_id)
    day = today(session)
    received = fmt.received_case(preview.case, day.year)
    m = preview.manifest
    basis = str(m["sharing"].get("basis", ""))
    ids = fmt.consent_ids_text(m)
    basis_text = _dutch("consent", BASIS_LABELS.get(_basis(basis), basis)) if basis else "geen"
    when = preview.signed_at.date().isoformat() if preview.signed_at else str(m.get("created", ""))[:10]
    provenance = (f"Ontvangen als versleuteld overdrachtsbestand van {preview.sender.owner} (certificaat "
                  f"{preview.sender.sha256}); bundel {preview.bundle_id}, ondertekend op {when}; daar "
                  f"{m['case_pseudonym']}, document {m['document_id']}; grondslag: {basis_text}{_ids_words(m)}.")
    now = iso(session.now())
    try:
        with session.changing() as conn:
            seen = store.received(conn, preview.bundle_id)
            if seen is not None:
                raise refused(REPLAYED, "replayed", bundle_id=preview.bundle_id, when=seen.received_at[:10])
            if store.sent(conn, preview.bundle_id) is not None:
                raise refused(OWN_BUNDLE, "own bundle")
            label = next_label(received.letter, day.year, case_store.labels(conn))
            case_id = case_store.insert(conn, Case(label, summary=received.summary,
                                                   responsible_login=session.user.login, opened_on=day), now)
            for member in received.members:
                case_store.put_member(conn, HouseholdMember(case_id, MemberRole(member.role), member.initials,
                                                            member.birth_year))
            login = session.user.login
            if received.content:   # first, so where it came from stands above it (newest first)
                involvement_store.add_entry(conn, TimelineEntry(case_id, day, EntryKind.PARTNER_CONTACT,
                                                                "Uit de overdracht:\n" + received.content, login),
                                            now)
            involvement_store.add_entry(conn, TimelineEntry(case_id, day, EntryKind.PARTNER_CONTACT, provenance,
                                                            login), now)
            store.add_received(conn, store.ReceivedBundle(preview.bundle_id, preview.sender.sha256, now, login,
                                                          case_id, basis))
            cases.audit(session, AuditAction.CREATE, "case", case_id, case_id, f"{label} from bundle")
            session.record(AuditEntry(AuditAction.IMPORT, "bundle", preview.bundle_id, label,
                                      detail=f"from {preview.sender.owner}; signer {preview.sender.sha256}; "
                                             f"their case {m['case_pseudonym']}; basis {basis or '-'}; "
                                             f"ids {ids or '-'}"))
    except BundleRefused as error:
        raise _refusal(session, error, preview.bundle_id) from None
    return case_id


def inspect_bundle(data: bytes) -> list:
    """Who can open a bundle (certificate issuer and serial, or a password), without any key."""
    try:
        return cms.recipients_of(data)
    except cms.CmsError as error:
        raise BundleRefused(error.message, error.detail) from None


# -- "Openen zonder Wijkzorg" -------------------------------------------------------------------------

def open_without(session: Session, pin: str | None = None) -> documents.IssuedDocument:
    """The one-page "Openen zonder Wijkzorg" with the practice certificate's fingerprint, signed."""
    from ..documents import open_without as page
    from ..documents.pdf_layout import new_document_id

    own = certificate_store.get(session.conn)
    if own is None:
        raise NoPracticeCertificate()
    now = session.now()
    document_id = new_document_id(page.DOCUMENT_PREFIX, now)
    subject = describe_certificate(own.certificate).subject
    data = page.OpenWithoutData(documents._letterhead(session), document_id, now, verify.fingerprint(own.certificate),
                                subject)
    with in_words():
        pdf = page.render(data)
    return documents._finish(session, "open_without", page.TITLE, document_id, pdf, page.TITLE, pin)


def describe_certificate(der: bytes):
    from ..documents.certificates import describe

    return describe(der)
