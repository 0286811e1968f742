"""Signing a rendered PDF as PAdES B-B (pyHanko): with the practice's PKCS#12 key or a PKCS#11 token such as
a UZI-pas, and a visible signature block (signer, time, reason) in the place the page layout keeps free.

B-B means no time-stamp authority and no revocation data: the program works offline. An encrypted PDF
(``pdf_crypt``) is signed after encryption, in an incremental update, with its password.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.content import ImportedPdfPage
from pyhanko.pdf_utils.crypt import AuthStatus
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError, get_pyca_cryptography_hash
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from ..domain.availability import AMSTERDAM
from . import pdf_layout
from .dutch_text import long_datetime
from .pdf_errors import DocumentError, PdfProblem
from .practice_certificate import open_pkcs12


@dataclass(frozen=True)
class Pkcs12Key:
    """The practice certificate as the vault keeps it."""

    data: bytes
    password: str


@dataclass(frozen=True)
class Pkcs11Token:
    """A smart card (UZI-pas) or other token; the PIN is asked when signing and never kept."""

    module_path: str                # the PKCS#11 driver, e.g. a .so / .dll from the card's software
    token_label: str
    pin: str
    key_label: str = ""             # empty: the certificate on the token meant for signing (nonRepudiation)


@dataclass(frozen=True)
class SignatureStamp:
    reason: str                     # "Overdracht aan wijkteam"
    signer_name: str = ""           # empty: the certificate's common name
    location: str = ""              # "Houten"
    document_id: str = ""           # repeated in the block, so a printed page can be matched to its file


SigningKey = Pkcs12Key | Pkcs11Token


def sign(pdf: bytes, key: SigningKey, stamp: SignatureStamp, *, pdf_password: str | None = None,
         when: dt.datetime | None = None) -> bytes:
    """The PDF with a PAdES B-B signature in a visible field on its last page."""
    moment = (when or dt.datetime.now(dt.UTC)).astimezone(AMSTERDAM)
    writer = _writer(pdf, pdf_password)
    with _signer(key) as signer:
        cert = x509.load_der_x509_certificate(signer.signing_cert.dump())
        name = stamp.signer_name.strip() or _common_name(cert)
        meta = signers.PdfSignatureMetadata(
            field_name=pdf_layout.SIGNATURE_FIELD, subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256", reason=stamp.reason, location=stamp.location or None, name=name)
        spec = fields.SigFieldSpec(pdf_layout.SIGNATURE_FIELD, on_page=-1, box=pdf_layout.SIGNATURE_BOX)
        pdf_signer = signers.PdfSigner(meta, signer, stamp_style=_stamp_style(name, cert, stamp, moment),
                                       new_field_spec=spec)
        out = io.BytesIO()
        try:
            pdf_signer.sign_pdf(writer, output=out)
        except DocumentError:
            raise
        except (SigningError, PdfError, ValueError) as error:
            raise DocumentError(PdfProblem.SIGNING_FAILED, str(error)) from error
        except Exception as error:
            raise _token_error(error) from error
    return out.getvalue()


def signing_certificate(key: SigningKey) -> bytes:
    """The DER certificate ``key`` signs with: to show it, and to trust the practice's own PDFs."""
    with _signer(key) as signer:
        return signer.signing_cert.dump()


def _writer(pdf: bytes, password: str | None) -> IncrementalPdfFileWriter:
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except (PdfError, ValueError, IndexError) as error:
        raise DocumentError(PdfProblem.NOT_A_PDF, str(error)) from None
    if writer.prev.encrypted:
        if not password:
            raise DocumentError(PdfProblem.PASSWORD_NEEDED)
        if writer.encrypt(password).status == AuthStatus.FAILED:
            raise DocumentError(PdfProblem.WRONG_PDF_PASSWORD)
    if writer.prev.embedded_signatures:
        raise DocumentError(PdfProblem.ALREADY_SIGNED)
    return writer


def _stamp_style(name: str, cert: x509.Certificate, stamp: SignatureStamp,
                 moment: dt.datetime) -> StaticStampStyle:
    """The signature block, drawn by reportlab with the documents' own embedded font, as the field's look."""
    lines = [("Door", name)]
    organisation = _organisation(cert)
    if organisation and organisation != name:
        lines.append(("Namens", organisation))
    lines += [("Tijd", long_datetime(moment)), ("Reden", stamp.reason)]
    if stamp.location:
        lines.append(("Plaats", stamp.location))
    if stamp.document_id:
        lines.append(("Document-id", stamp.document_id))
    page = _PdfBytesPage(pdf_layout.signature_block(lines))
    return StaticStampStyle(background=page, border_width=0, background_opacity=1.0)


class _PdfBytesPage(ImportedPdfPage):
    """pyHanko imports a stamp's page from a file name; this one from bytes in memory."""

    def __init__(self, data: bytes) -> None:
        super().__init__(file_name="", page_ix=0)
        self.data = data

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.data)), page_ix=0)
        name = "/Stamp"
        self.resources.xobject[name] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name.encode("ascii") + b" Do"


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def _organisation(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(x509.oid.NameOID.ORGANIZATION_NAME)
    return str(names[0].value) if names else ""


# -- PKCS#12 ------------------------------------------------------------------------------------------

class _KeySigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner parses (and checks) the private key again for every signature it makes,
    which for RSA 3072 costs more than the rest of the signing; this one keeps the parsed key."""

    def __init__(self, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, cert: x509.Certificate,
                 chain: tuple[x509.Certificate, ...]) -> None:
        der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        store = SimpleCertificateStore()
        store.register_multiple([_asn1(c) for c in chain])
        super().__init__(signing_cert=_asn1(cert), signing_key=asn1_keys.PrivateKeyInfo.load(der),
                         cert_registry=store)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
        if mechanism == "rsassa_pkcs1v15" and isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, padding.PKCS1v15(), hash_algorithm)
        if mechanism == "ecdsa" and isinstance(self._key, ec.EllipticCurvePrivateKey):
            return self._key.sign(data, ec.ECDSA(hash_algorithm))
        return super().sign_raw(data, digest_algorithm)


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


# -- PKCS#11 ------------------------------------------------------------------------------------------

def _token_error(error: Exception) -> DocumentError:
    import pkcs11.exceptions as p11

    problems = {p11.PinIncorrect: PdfProblem.WRONG_PIN, p11.PinLenRange: PdfProblem.WRONG_PIN,
                p11.PinLocked: PdfProblem.PIN_LOCKED, p11.TokenNotPresent: PdfProblem.TOKEN_NOT_FOUND,
                p11.TokenNotRecognised: PdfProblem.TOKEN_NOT_FOUND, p11.NoSuchToken: PdfProblem.TOKEN_NOT_FOUND}
    for kind, problem in problems.items():
        if isinstance(error, kind):
            return DocumentError(problem, type(error).__name__)
    return DocumentError(PdfProblem.SIGNING_FAILED, f"{type(error).__name__}: {error}")


@contextmanager
def _signer(key: SigningKey) -> Iterator[signers.Signer]:
    if isinstance(key, Pkcs12Key):
        contents = open_pkcs12(key.data, key.password)
        yield _KeySigner(contents.key, contents.certificate, contents.chain)
        return
    with token_session(key) as session:
        yield _token_signer(session, key.key_label)


@contextmanager
def token_session(token: Pkcs11Token) -> Iterator[object]:
    """An open, logged-in session on the token; closed (and logged out) however the block ends."""
    import pkcs11
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.pkcs11 import open_pkcs11_session

    try:
        pkcs11.lib(token.module_path)
    except (RuntimeError, OSError, pkcs11.PKCS11Error) as error:
        raise DocumentError(PdfProblem.MODULE_NOT_LOADED, str(error)) from None
    try:
        session = open_pkcs11_session(token.module_path, token_criteria=TokenCriteria(label=token.token_label),
                                      user_pin=token.pin)
    except pkcs11.PKCS11Error as error:
        if type(error) is pkcs11.PKCS11Error and "No token" in str(error):
            raise DocumentError(PdfProblem.TOKEN_NOT_FOUND, str(error)) from None
        raise _token_error(error) from None
    try:
        yield session
    finally:
        session.close()


@dataclass(frozen=True)
class TokenCertificate:
    label: str
    id: bytes
    der: bytes
    for_signing: bool               # key usage nonRepudiation: the UZI-pas's signing certificate


def token_certificates(session: object) -> list[TokenCertificate]:
    """The certificates on the token that have a private key beside them (same CKA_ID)."""
    from pkcs11 import Attribute, ObjectClass

    key_ids = {k[Attribute.ID] for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})}
    found = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        ident, der = bytes(obj[Attribute.ID]), bytes(obj[Attribute.VALUE])
        if ident not in key_ids:
            continue
        cert = x509.load_der_x509_certificate(der)
        try:
            usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
            signing = usage.content_commitment
        except x509.ExtensionNotFound:
            signing = False
        found.append(TokenCertificate(str(obj[Attribute.LABEL]), ident, der, signing))
    return found


def _token_signer(session: object, key_label: str) -> signers.Signer:
    from pyhanko.sign.pkcs11 import PKCS11Signer

    candidates = token_certificates(session)
    if key_label:
        candidates = [c for c in candidates if c.label == key_label]
    candidates.sort(key=lambda c: not c.for_signing)
    if not candidates:
        raise DocumentError(PdfProblem.NO_SIGNING_KEY, f"no certificate with a key (label {key_label!r})")
    chosen = candidates[0]
    return PKCS11Signer(session, cert_id=chosen.id, key_id=chosen.id,
                        signing_cert=asn1_x509.Certificate.load(chosen.der))
