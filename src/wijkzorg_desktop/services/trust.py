"""Whose certificate is this, and may the practice rely on it?

- The practice's own certificate: trusted.
- A certificate stored with a person or organisation of the sociale kaart vouches for that contact only,
  and only once a huisarts, POH-GGZ or beheerder confirmed its fingerprint with the owner (by phone, say):
  a certificate can arrive in any vCard or CSV, and an outsider can name a certificate after anyone. The
  confirmation names the fingerprint it saw, so a contact whose certificate changes is unconfirmed again.
  A contact's certificate is never an issuer: it vouches for nothing issued under it.
- Trust anchors (the practice certificate, and root certificates the beheerder imported, such as UZI or
  PKIoverheid): a certificate with a valid path to one is trusted, its owner named by the anchor's label.

``judge`` answers for a signature's certificate (a PDF's or a bundle's), with whom it belongs to, its
fingerprint, a warning when the name in the signature is not the name of the contact holding it, and the
reason when it is not trusted.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from ..documents import certificates
from ..domain.audit import AuditAction, AuditEntry
from ..domain.consent import Recipient
from ..domain.contacts import CertificateInfo
from ..domain.errors import InvalidValue, NotFound
from ..domain.search import fold
from ..domain.text import QT_TRANSLATE_NOOP, Message
from ..domain.users import Permission
from ..store import practice_certificate
from ..store import trust as store
from .practice import get as practice_settings
from .session import Session, iso

CTX = "trust"


@dataclass(frozen=True)
class Trust:
    trusted: bool
    owner: str                  # whom the certificate belongs to, "" when nobody the practice knows
    owner_kind: str             # "practice" | "contact" | "anchor" | ""
    sha256: str                 # "AA:BB:…" of the judged certificate
    warning: Message | None = None
    reason: Message | None = None


@dataclass(frozen=True)
class CertificateCheck:
    sha256: str
    confirmed_by: str
    confirmed_at: str
    how: str


@dataclass(frozen=True)
class Anchor:
    id: int
    label: str
    info: CertificateInfo


def fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def _bare(sha256: str) -> str:
    """A fingerprint as typed or read aloud: colons, spaces and case ignored."""
    return "".join(ch for ch in sha256.upper() if ch in "0123456789ABCDEF")


def _holder_name(holder: store.Holder) -> str:
    return f"{holder.name} ({holder.organisation})" if holder.organisation else holder.name


def _confirmed(session: Session, holder: store.Holder, der: bytes) -> bool:
    row = store.check(session.conn, holder.kind, holder.id)
    return row is not None and row.sha256 == _bare(fingerprint(der))


def judge(session: Session, certificate: bytes, signer_name: str = "", chain: Sequence[bytes] = ()) -> Trust:
    """Whether ``certificate`` (DER) is trusted, and as whose. ``signer_name``: the name the signature gives
    (checked against the contact holding the certificate); ``chain``: certificates the signature carried,
    as intermediates toward an anchor."""
    conn = session.conn
    sha = fingerprint(certificate)
    own = practice_certificate.get(conn)
    if own is not None and own.certificate == certificate:
        return Trust(True, practice_settings(session).name, "practice", sha)
    holders = store.holders(conn, certificate)
    confirmed = [h for h in holders if _confirmed(session, h, certificate)]
    if confirmed:
        holder = confirmed[0]
        warning = None
        if signer_name.strip() and fold(signer_name) not in {fold(holder.name), fold(holder.organisation)}:
            warning = Message(CTX, QT_TRANSLATE_NOOP(
                "trust", "The signature gives the name {signer}, but the certificate belongs to {owner}."),
                {"signer": signer_name.strip(), "owner": _holder_name(holder)})
        return Trust(True, _holder_name(holder), "contact", sha, warning)
    anchor = _anchor_for(session, certificate, chain)
    if anchor is not None:
        return Trust(True, anchor, "anchor", sha)
    if holders:
        reason = Message(CTX, QT_TRANSLATE_NOOP(
            "trust", "The certificate is stored with {owner}, but its fingerprint has not been confirmed with "
                     "them; until it is, it vouches for nobody."), {"owner": _holder_name(holders[0])})
        return Trust(False, _holder_name(holders[0]), "contact", sha, reason=reason)
    reason = Message(CTX, QT_TRANSLATE_NOOP(
        "trust", "The practice does not know this certificate: it is not its own, not a confirmed certificate "
                 "of a contact, and not issued under a trusted root certificate."))
    return Trust(False, "", "", sha, reason=reason)


def _anchor_for(session: Session, certificate: bytes, chain: Sequence[bytes]) -> str | None:
    """The label of the anchor ``certificate`` has a valid path to (offline), or None."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError

    rows = store.anchors(session.conn)
    own = practice_certificate.get(session.conn)
    labelled = {row.certificate: row.label for row in rows}
    if own is not None:
        labelled.setdefault(own.certificate, practice_settings(session).name)
    if not labelled:
        return None
    try:
        roots = [asn1_x509.Certificate.load(der) for der in labelled]
        cert = asn1_x509.Certificate.load(certificate)
        others = [asn1_x509.Certificate.load(der) for der in chain if der != certificate]
        context = ValidationContext(trust_roots=roots, other_certs=others, allow_fetching=False,
                                    revocation_mode="soft-fail")
        validator = CertificateValidator(cert, intermediate_certs=others, validation_context=context)
        path = asyncio.run(validator.async_validate_usage(set()))
    except (PathBuildingError, PathValidationError, ValidationError, ValueError, TypeError):
        return None
    except Exception:  # a malformed certificate fails in many ways inside the validator: not trusted
        return None
    root = path.trust_anchor.certificate if hasattr(path.trust_anchor, "certificate") else path.first
    return labelled.get(root.dump()) if root is not None else None


def _holder(session: Session, recipient: Recipient) -> bytes:
    der = store.certificate_of(session.conn, recipient.kind, recipient.id)
    if der is None:
        raise NotFound(what=Message("trust", QT_TRANSLATE_NOOP("trust", "A certificate of this contact")))
    return der


def certificate_check(session: Session, recipient: Recipient) -> CertificateCheck | None:
    """The confirmation of the contact's current certificate, or None (never confirmed, or since changed)."""
    der = store.certificate_of(session.conn, recipient.kind, recipient.id)
    row = store.check(session.conn, recipient.kind, recipient.id)
    if der is None or row is None or row.sha256 != _bare(fingerprint(der)):
        return None
    return CertificateCheck(fingerprint(der), row.confirmed_by, row.confirmed_at, row.how)


def _invalid(field: str, reason: str) -> InvalidValue:
    return InvalidValue(field=Message("fields", field), reason=Message("trust", reason))


def confirm_certificate(session: Session, recipient: Recipient, sha256: str, how: str) -> CertificateCheck:
    """Record that the fingerprint of the contact's certificate was checked with its owner: ``sha256`` as
    read to them (colons and case do not matter), ``how`` ("telefonisch met Ilse de Vries")."""
    session.require(Permission.CONFIRM_CERTIFICATES)
    der = _holder(session, recipient)
    if _bare(sha256) != _bare(fingerprint(der)):
        raise _invalid(QT_TRANSLATE_NOOP("fields", "fingerprint"), QT_TRANSLATE_NOOP(
            "trust", "it is not the fingerprint of the certificate stored with this contact"))
    if not how.strip():
        raise _invalid(QT_TRANSLATE_NOOP("fields", "how it was checked"), QT_TRANSLATE_NOOP(
            "trust", "say how and with whom the fingerprint was checked"))
    row = store.CheckRow(recipient.kind, recipient.id, _bare(fingerprint(der)), session.user.login,
                         iso(session.now()), how.strip())
    with session.changing() as conn:
        store.put_check(conn, row)
        session.record(AuditEntry(AuditAction.UPDATE, f"{recipient.kind}.certificate", str(recipient.id),
                                  detail=f"fingerprint confirmed: sha256 {row.sha256}; {row.how}"))
    return CertificateCheck(fingerprint(der), row.confirmed_by, row.confirmed_at, row.how)


def anchors(session: Session) -> list[Anchor]:
    session.require(Permission.VIEW_CONTACTS)
    return [Anchor(row.id, row.label, certificates.describe(row.certificate)) for row in store.anchors(session.conn)]


def add_anchor(session: Session, data: bytes, label: str) -> Anchor:
    """A root certificate (PEM or DER) the beheerder imports, such as a UZI or PKIoverheid root."""
    session.require(Permission.MANAGE_SETTINGS)
    der = certificates.load(data)
    if not label.strip():
        raise _invalid(QT_TRANSLATE_NOOP("fields", "name"), QT_TRANSLATE_NOOP(
            "trust", "give the root certificate a name the practice recognises"))
    sha = _bare(fingerprint(der))
    if any(row.sha256 == sha for row in store.anchors(session.conn)):
        raise _invalid(QT_TRANSLATE_NOOP("fields", "certificate"), QT_TRANSLATE_NOOP(
            "trust", "this root certificate is trusted already"))
    with session.changing() as conn:
        anchor_id = store.add_anchor(conn, der, sha, label.strip(), session.user.login, iso(session.now()))
        session.record(AuditEntry(AuditAction.SETTINGS, "trust_anchor", str(anchor_id),
                                  detail=f"added: sha256 {sha}; {label.strip()}"))
    return Anchor(anchor_id, label.strip(), certificates.describe(der))


def remove_anchor(session: Session, anchor_id: int) -> None:
    session.require(Permission.MANAGE_SETTINGS)
    with session.changing() as conn:
        removed = store.remove_anchor(conn, anchor_id)
        if removed is None:
            raise NotFound(what=Message("trust", QT_TRANSLATE_NOOP("trust", "This root certificate")))
        session.record(AuditEntry(AuditAction.SETTINGS, "trust_anchor", str(anchor_id),
                                  detail=f"removed: sha256 {removed.sha256}; {removed.label}"))
