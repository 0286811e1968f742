"""Checking a signed PDF: who signed it and when, is it intact, is it signed by someone the practice trusts,
and was anything added after the signature.

Here ``trusted`` means issued under (or equal to) one of ``trusted_certs``; the vault's own judgement
(``services/trust.judge``: the practice's certificate, a contact's confirmed certificate for that contact
only, or a path to a trust anchor) replaces it in ``services/documents.verify_pdf``. Only an intact, trusted
signature over the whole file is ``ok``; the CLI exits 0 for that alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.crypt import AuthStatus
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from ..domain.text import Message
from .pdf_errors import DocumentError, PdfProblem

# A UZI-servercertificaat is meant for digitalSignature, a UZI-pas signing certificate for nonRepudiation.
KEY_USAGE = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)


class Coverage(StrEnum):
    ENTIRE_FILE = "entire_file"              # nothing after the signature
    ENTIRE_REVISION = "entire_revision"      # the signed revision is whole; something was appended after it
    PARTIAL = "partial"                      # the signature covers only part of what it should
    UNCLEAR = "unclear"


class Verdict(StrEnum):
    """The one answer to "can I rely on this file?"."""

    OK = "ok"                      # intact, trusted, nothing after the signature
    UNTRUSTED = "untrusted"        # intact, but signed by a certificate the practice does not know
    ADDED_AFTER = "added_after"    # the signed revision is intact, something was appended after it
    CHANGED = "changed"            # the signed bytes or the signature container were changed ("gewijzigd")
    UNCHECKABLE = "uncheckable"    # the signature cannot be read ("niet te controleren")
    NOT_SIGNED = "not_signed"


_COVERAGE = {
    SignatureCoverageLevel.ENTIRE_FILE: Coverage.ENTIRE_FILE,
    SignatureCoverageLevel.ENTIRE_REVISION: Coverage.ENTIRE_REVISION,
    SignatureCoverageLevel.CONTIGUOUS_BLOCK_FROM_START: Coverage.PARTIAL,
    SignatureCoverageLevel.UNCLEAR: Coverage.UNCLEAR,
}


@dataclass(frozen=True)
class VerifyResult:
    signed: bool
    signer: str = ""                         # the certificate's common name
    signer_subject: str = ""                 # the whole subject, as RFC 4514
    signer_sha256: str = ""                  # fingerprint of the signer's certificate
    signer_certificate: bytes = b""          # DER, to show or to trust
    signed_at: dt.datetime | None = None     # as the signer's computer said (B-B has no time stamp)
    reason: str = ""
    location: str = ""
    intact: bool = False                     # the signed bytes are unchanged and the signature is sound
    trusted: bool = False
    modified_after: bool = False             # an incremental update was appended after the signature
    coverage: Coverage = Coverage.UNCLEAR
    changes: str = ""                        # pyHanko's judgement of what was appended: none, form_filling, ...
    signature_count: int = 0
    summary: str = ""                        # pyHanko's one-line summary, for the log and support
    readable: bool = True                    # False: a signature is there, but it cannot be read
    chain: tuple[bytes, ...] = ()            # other certificates the signature carries (DER), toward an anchor
    owner: str = ""                          # whom the practice knows the certificate as ("" unknown)
    owner_kind: str = ""                     # "practice" | "contact" | "anchor" | ""
    trust_warning: Message | None = None     # e.g. the signer's name is not the contact holding the certificate
    trust_reason: Message | None = None      # why it is not trusted

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.trusted and not self.modified_after

    @property
    def verdict(self) -> Verdict:
        if not self.signed:
            return Verdict.NOT_SIGNED
        if not self.readable:
            return Verdict.UNCHECKABLE
        if not self.intact:
            return Verdict.CHANGED
        if self.modified_after:
            return Verdict.ADDED_AFTER
        return Verdict.OK if self.trusted else Verdict.UNTRUSTED


def fingerprint(der: bytes) -> str:
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def verify(pdf: bytes, trusted_certs: Iterable[bytes], password: str | None = None) -> VerifyResult:
    """The first signature of the PDF (the practice's), judged against ``trusted_certs`` (DER)."""
    reader = _reader(pdf, password)
    try:
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, IndexError, TypeError, AttributeError) as error:
        return _unreadable(f"signature fields: {error}")
    if not signatures:
        if _SIGNATURE_MARK in pdf:  # a signature dictionary the reader could not reach: cut off, or damaged
            return _unreadable("a signature dictionary is there, but no signature field leads to it")
        return VerifyResult(signed=False)
    embedded = signatures[0]
    trusted_ders = {bytes(c) for c in trusted_certs}
    roots = [asn1_x509.Certificate.load(der) for der in trusted_ders]
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(embedded, context, key_usage_settings=KEY_USAGE)
        padding_clean = _padding_is_zero(embedded.pkcs7_content)
    except Exception as error:  # a damaged container fails in many ways in pyHanko: all "cannot be checked"
        return _unreadable(f"{type(error).__name__}: {error}", len(signatures))
    cert = status.signing_cert
    der = cert.dump()
    # Bytes after the DER signature are not signed by anyone: they must be the zeros the signer left.
    intact = bool(status.intact and status.valid) and padding_clean
    # A certificate the practice stored counts even once it has expired or when its key usage is unusual:
    # the practice decided to trust that very certificate. Anything else needs a valid path to one.
    trusted = intact and (bool(status.trusted) or der in trusted_ders)
    coverage = _COVERAGE.get(status.coverage, Coverage.UNCLEAR)
    level = status.modification_level
    return VerifyResult(
        signed=True,
        signer=_common_name(cert),
        signer_subject=cert.subject.human_friendly,
        signer_sha256=fingerprint(der),
        signer_certificate=der,
        signed_at=status.signer_reported_dt,
        reason=_text(embedded.sig_object.get("/Reason")),
        location=_text(embedded.sig_object.get("/Location")),
        intact=intact,
        trusted=trusted,
        modified_after=coverage != Coverage.ENTIRE_FILE,
        coverage=coverage,
        changes=level.name.lower() if level is not None else "unknown",
        signature_count=len(signatures),
        summary=status.summary() if padding_clean else "INVALID: bytes after the signature are not zero",
        chain=_chain(embedded, der),
    )


def _chain(embedded: object, signer: bytes) -> tuple[bytes, ...]:
    try:
        found = tuple(cert.dump() for cert in getattr(embedded, "other_embedded_certs", ()))
    except Exception:  # a damaged certificate set: no intermediates, the signer alone is judged
        return ()
    return tuple(der for der in found if der != signer)


_SIGNATURE_MARK = b"/ByteRange"
_TAIL = 64  # bytes of something other than white space allowed after the last %%EOF


def _unreadable(detail: str, count: int = 1) -> VerifyResult:
    return VerifyResult(signed=True, readable=False, signature_count=count, summary=f"unreadable: {detail}")


def _padding_is_zero(contents: bytes) -> bool:
    """Whether everything in /Contents after the DER-encoded signature is zero padding."""
    data = bytes(contents)
    if len(data) < 2:
        return False
    first = data[1]
    if first < 0x80:
        end = 2 + first
    else:
        size = first & 0x7F
        if size == 0 or size > 4 or len(data) < 2 + size:
            return False
        end = 2 + size + int.from_bytes(data[2:2 + size], "big")
    return end <= len(data) and not any(data[end:])

def _reader(pdf: bytes, password: str | None) -> PdfFileReader:
    # A PDF ends with %%EOF. Without one near the end the file was cut off, or it was cut off in the middle of
    # a later revision (such as the signature's) and ends with what follows an earlier %%EOF.
    end = pdf.rfind(b"%%EOF")
    if end < 0 or len(pdf[end + 5:].strip(b"\x00\t\n\f\r ")) > _TAIL:
        raise DocumentError(PdfProblem.NOT_A_PDF, "it does not end with %%EOF: cut off or damaged")
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    except (PdfError, ValueError, IndexError) as error:
        raise DocumentError(PdfProblem.NOT_A_PDF, str(error)) from None
    if reader.encrypted:
        if not password:
            raise DocumentError(PdfProblem.PASSWORD_NEEDED)
        if reader.decrypt(password).status == AuthStatus.FAILED:
            raise DocumentError(PdfProblem.WRONG_PDF_PASSWORD)
    return reader


def _common_name(cert: asn1_x509.Certificate) -> str:
    names = cert.subject.native
    return str(names.get("common_name") or cert.subject.human_friendly)


def _text(value: object) -> str:
    """A text entry of the signature dictionary; in an encrypted PDF it comes as a proxy to decrypt first."""
    if value is not None and hasattr(value, "get_object"):
        value = value.get_object()
    return "" if value is None else str(value)
