"""The practice's signing certificate: a PKCS#12 file it imports (a UZI-servercertificaat in real use) or a
self-signed one made at setup, kept (key and all) inside the vault as PKCS#12 bytes under a password.

Shown to the user: subject, issuer, validity and fingerprint, and a warning from 30 days before expiry.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ..domain.contacts import CertificateInfo
from . import certificates
from .pdf_errors import DocumentError, PdfProblem

KEY_BITS = 3072
VALID_DAYS = 3 * 365
EXPIRY_WARNING_DAYS = 30


@dataclass(frozen=True)
class PracticeCertificate:
    der: bytes                      # the certificate; what partners store to trust the practice's PDFs
    info: CertificateInfo           # subject, issuer, validity (ISO dates), SHA-256 fingerprint
    common_name: str
    not_after: dt.datetime          # aware (UTC)

    def days_left(self, today: dt.date) -> int:
        return (self.not_after.date() - today).days

    def expiry_warning(self, today: dt.date) -> bool:
        """Expired, or expiring within 30 days: time to renew (a UZI certificate takes weeks to arrive)."""
        return self.days_left(today) <= EXPIRY_WARNING_DAYS

    def expired(self, today: dt.date) -> bool:
        return self.days_left(today) < 0


def describe(der: bytes) -> PracticeCertificate:
    cert = x509.load_der_x509_certificate(der)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    common = str(names[0].value) if names else cert.subject.rfc4514_string()
    return PracticeCertificate(der, certificates.describe(der), common, cert.not_valid_after_utc)


def generate(common_name: str, organisation: str, password: str, *, email: str = "",
             days: int = VALID_DAYS, now: dt.datetime | None = None) -> bytes:
    """A self-signed practice certificate, RSA 3072, key usage digitalSignature and nonRepudiation (to sign)
    and keyEncipherment (so partners can encrypt case bundles to it), as PKCS#12 bytes protected by
    ``password`` (AES-256, PBKDF2)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name.strip()),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip() or common_name.strip()),
                  x509.NameAttribute(NameOID.COUNTRY_NAME, "NL")]
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()))
    name = x509.Name(attributes)
    start = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(minutes=5)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=True,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=days))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(usage, critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    encryption = serialization.BestAvailableEncryption(password.encode("utf-8"))
    return pkcs12.serialize_key_and_certificates(common_name.encode("utf-8"), key, cert, None, encryption)


@dataclass(frozen=True)
class Pkcs12Contents:
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]


def open_pkcs12(data: bytes, password: str) -> Pkcs12Contents:
    """The key, its certificate and any chain; a ``DocumentError`` saying what is wrong otherwise."""
    try:
        loaded = pkcs12.load_pkcs12(data, password.encode("utf-8") if password else None)
    except ValueError as error:
        # cryptography gives one ValueError for both; a file that is no PKCS#12 at all cannot be parsed
        # even without its password, whereas a real one says "Invalid password or PKCS12 data" for both.
        problem = PdfProblem.WRONG_PASSWORD if _looks_like_pkcs12(data) else PdfProblem.NOT_PKCS12
        raise DocumentError(problem, str(error)) from None
    if loaded.key is None or loaded.cert is None:
        raise DocumentError(PdfProblem.NO_KEY, "the PKCS#12 file holds no key with its certificate")
    key = loaded.key
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise DocumentError(PdfProblem.NO_KEY, f"unsupported key type {type(key).__name__}")
    certificate = loaded.cert.certificate
    if key.public_key().public_numbers() != certificate.public_key().public_numbers():
        raise DocumentError(PdfProblem.NO_KEY, "the key does not belong to the certificate")
    return Pkcs12Contents(key, certificate, tuple(c.certificate for c in loaded.additional_certs))


def load(data: bytes, password: str) -> PracticeCertificate:
    """Check a PKCS#12 file and its password before the vault keeps it; what to show about it."""
    contents = open_pkcs12(data, password)
    return describe(contents.certificate.public_bytes(serialization.Encoding.DER))


def _looks_like_pkcs12(data: bytes) -> bool:
    """A DER SEQUENCE whose first element is the version INTEGER 3 (RFC 7292 PFX)."""
    if len(data) < 8 or data[0] != 0x30:
        return False
    length = data[1]
    offset = 2 + (length & 0x7F if length & 0x80 else 0)
    return data[offset:offset + 3] == b"\x02\x01\x03"
