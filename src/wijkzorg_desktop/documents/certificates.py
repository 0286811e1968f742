"""X.509 certificates of partners (for encrypted transfer): read PEM or DER, describe for a person."""

from __future__ import annotations

import hashlib

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from ..domain.contacts import CertificateInfo
from ..domain.errors import InvalidValue
from ..domain.text import QT_TRANSLATE_NOOP, Message

MAX_BYTES = 64 * 1024


def _invalid(reason: str) -> InvalidValue:
    return InvalidValue(field=Message("fields", QT_TRANSLATE_NOOP("fields", "certificate")),
                        reason=Message("contacts", reason))


def load(data: bytes) -> bytes:
    """The certificate's DER bytes, from PEM or DER; ``InvalidValue`` for anything else."""
    if len(data) > MAX_BYTES:
        raise _invalid(QT_TRANSLATE_NOOP("contacts", "the file is too large for a certificate"))
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            cert = x509.load_pem_x509_certificate(data)
        else:
            cert = x509.load_der_x509_certificate(data)
    except ValueError:
        reason = QT_TRANSLATE_NOOP("contacts", "this is not an X.509 certificate (PEM or DER)")
        raise _invalid(reason) from None
    return cert.public_bytes(serialization.Encoding.DER)


def describe(der: bytes) -> CertificateInfo:
    cert = x509.load_der_x509_certificate(der)
    fingerprint = hashlib.sha256(der).hexdigest().upper()
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc.date().isoformat(),
        not_after=cert.not_valid_after_utc.date().isoformat(),
        sha256=":".join(fingerprint[i:i + 2] for i in range(0, len(fingerprint), 2)),
    )


def to_pem(der: bytes) -> bytes:
    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)


def self_signed(common_name: str, organisation: str, email: str = "", days: int = 730) -> bytes:
    """A self-signed certificate (EC P-256) as DER: for the demo map, and for tests."""
    import datetime

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                  x509.NameAttribute(NameOID.COUNTRY_NAME, "NL")]
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    name = x509.Name(attributes)
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=days)).sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.DER)
