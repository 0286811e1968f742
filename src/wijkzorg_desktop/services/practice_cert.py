"""Beheer > Certificaat: the practice's signing certificate.

A PKCS#12 (a UZI-servercertificaat in real use, or a self-signed one made here until the practice has
one) is kept inside the encrypted vault with a random password of its own; a PKCS#11 token (UZI-pas) is
remembered by module and label, and its PIN is asked at every signature, never kept.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from ..documents import certificates, practice_certificate
from ..documents.practice_certificate import PracticeCertificate
from ..domain.audit import AuditAction, AuditEntry
from ..domain.errors import NoPracticeCertificate
from ..domain.users import Permission
from ..lazy import lazy_module
from ..store import practice_certificate as store
from ..store.atomic import atomic_write
from ..store.practice_certificate import StoredCertificate
from .document_errors import in_words
from .practice import get as practice_settings
from .session import Session, iso

signing = lazy_module("wijkzorg_desktop.documents.signing")


@dataclass(frozen=True)
class PracticeCertStatus:
    source: str
    certificate: PracticeCertificate
    module_path: str = ""
    token_label: str = ""


def _status(stored: StoredCertificate) -> PracticeCertStatus:
    return PracticeCertStatus(stored.source, practice_certificate.describe(stored.certificate), stored.module_path,
                              stored.token_label)


def current(session: Session) -> PracticeCertStatus | None:
    stored = store.get(session.conn)
    return _status(stored) if stored else None


def needs_pin(session: Session) -> bool:
    stored = store.get(session.conn)
    return stored is not None and stored.source == "pkcs11"


def _save(session: Session, stored: StoredCertificate, detail: str) -> PracticeCertStatus:
    with session.changing() as conn:
        store.put(conn, stored, session.user.login, iso(session.now()))
        session.record(AuditEntry(AuditAction.SETTINGS, "practice_certificate", stored.source, detail=detail))
    return _status(stored)


def _own_password() -> str:
    return secrets.token_urlsafe(32)


def import_pkcs12(session: Session, data: bytes, password: str) -> PracticeCertStatus:
    """Keep an imported PKCS#12 (re-wrapped under a password of the vault's own)."""
    session.require(Permission.MANAGE_SETTINGS)
    with in_words():
        loaded = practice_certificate.load(data, password)
    return _save(session, StoredCertificate("pkcs12", loaded.der, data, password), loaded.info.sha256)


def generate_self_signed(session: Session) -> PracticeCertStatus:
    """A self-signed practice certificate (RSA 3072) until the practice has its UZI-servercertificaat."""
    session.require(Permission.MANAGE_SETTINGS)
    name = practice_settings(session).name
    password = _own_password()
    data = practice_certificate.generate(name, name, password)
    loaded = practice_certificate.load(data, password)
    return _save(session, StoredCertificate("self_signed", loaded.der, data, password), loaded.info.sha256)


def use_token(session: Session, module_path: str, token_label: str, pin: str) -> PracticeCertStatus:
    """Remember a PKCS#11 token; the PIN opens it once now, to read the signing certificate."""
    session.require(Permission.MANAGE_SETTINGS)
    token = signing.Pkcs11Token(module_path.strip(), token_label.strip(), pin)
    with in_words():
        der = signing.signing_certificate(token)
    stored = StoredCertificate("pkcs11", der, None, "", token.module_path, token.token_label)
    return _save(session, stored, practice_certificate.describe(der).info.sha256)


def signing_key(session: Session, pin: str | None = None) -> object:
    """What signs the practice's documents; ``pin`` for a token."""
    stored = store.get(session.conn)
    if stored is None:
        raise NoPracticeCertificate()
    if stored.source == "pkcs11":
        return signing.Pkcs11Token(stored.module_path, stored.token_label, pin or "", stored.key_label)
    assert stored.pkcs12 is not None
    return signing.Pkcs12Key(stored.pkcs12, stored.pkcs12_password)


def export_public(session: Session, out: Path) -> None:
    """The practice certificate (public part only, PEM) for partners to store, so they can trust the
    practice's signed documents; a self-signed certificate is only trusted once a partner has it."""
    stored = store.get(session.conn)
    if stored is None:
        raise NoPracticeCertificate()
    atomic_write(out, certificates.to_pem(stored.certificate), mode=0o644)
    session.record(AuditEntry(AuditAction.EXPORT, "practice_certificate", stored.source, detail=str(out)))
