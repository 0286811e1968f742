"""CMS SignedData for the case bundles: signing with the practice's key (PKCS#12 or a PKCS#11 token, through
pyHanko's Signer as the PDF signatures do) and opening a signed file only after its signature holds.

``open_signed`` checks the messageDigest attribute against the encapsulated content and the signature over
the DER of the signed attributes with the signer certificate's own key (RSA PKCS#1 v1.5 or PSS, ECDSA);
whether that certificate is to be trusted is the trust service's question, not this module's. It reads
what ``openssl cms -sign -nodetach -binary -md sha256`` writes, and OpenSSL verifies what it writes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

from asn1crypto import cms as asn1_cms
from asn1crypto import core, tsp  # noqa: F401 - tsp registers the ESS signing-certificate attributes
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

from .cms_errors import MAX_CERTIFICATES, MAX_SIGNED_ATTRIBUTES, CmsError, CmsProblem, check_file, check_size
from .pdf_errors import DocumentError, PdfProblem
from .signing import SigningKey, _signer, _token_error

MAX_RSA_BITS = 8192                     # a larger key (or exponent) would make verifying as slow as an attacker likes
DIGESTS: dict[str, type[hashes.HashAlgorithm]] = {
    "sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}


@dataclass(frozen=True)
class SignedContent:
    content: bytes
    signer_certificate: bytes               # DER
    certificates: tuple[bytes, ...]         # every certificate the file carries (DER), the signer's among them
    signed_at: dt.datetime | None           # the signingTime attribute (aware), when present
    signer_name: str                        # the signer certificate's common name


def sign(content: bytes, key: SigningKey, *, when: dt.datetime | None = None) -> bytes:
    """DER ContentInfo(SignedData) holding ``content``: SHA-256, signed attributes with signingTime, the
    signer certificate included. Key problems (password, PIN, card) raise the ``DocumentError`` PDF signing
    raises."""
    check_size(content, "content")
    moment = when or dt.datetime.now(dt.UTC)
    settings = PdfCMSSignedAttributes(signing_time=moment)
    with _signer(key) as signer:
        try:
            signed = asyncio.run(signer.async_sign_general_data(
                bytes(content), "sha256", detached=False, signed_attr_settings=settings))
        except DocumentError:
            raise
        except (SigningError, ValueError) as error:
            raise DocumentError(PdfProblem.SIGNING_FAILED, str(error)) from error
        except Exception as error:
            raise _token_error(error) from error
    return signed.dump()


def open_signed(der: bytes) -> SignedContent:
    """The content of a SignedData file, once its digest and signature hold; ``CmsError`` otherwise."""
    check_file(der)
    try:
        info = asn1_cms.ContentInfo.load(bytes(der), strict=True)
        kind = info["content_type"].native
    except Exception as error:  # asn1crypto raises ValueError, TypeError, ... on bad input
        raise CmsError(CmsProblem.NOT_CMS, f"{type(error).__name__}: {error}") from None
    if kind != "signed_data":
        raise CmsError(CmsProblem.NOT_SIGNED, f"content type {kind}, not signed data")
    try:
        return _checked(info["content"])
    except CmsError:
        raise
    except Exception as error:
        raise CmsError(CmsProblem.DAMAGED, f"{type(error).__name__}: {error}") from None


def _checked(signed: asn1_cms.SignedData) -> SignedContent:
    signer_infos = list(signed["signer_infos"])
    if not signer_infos:
        raise CmsError(CmsProblem.NOT_SIGNED, "no signer")
    if len(signer_infos) > 1:
        raise CmsError(CmsProblem.UNSUPPORTED, f"{len(signer_infos)} signers")
    signer_info = signer_infos[0]
    encapsulated = signed["encap_content_info"]
    content_type = encapsulated["content_type"].dotted
    if isinstance(encapsulated["content"], core.Void):
        raise CmsError(CmsProblem.UNSUPPORTED, "detached signature (no content inside)")
    content = bytes(encapsulated["content"])
    certificates = _certificates(signed)
    signer_der = _signer_certificate(signer_info["sid"], certificates)
    digest_name = signer_info["digest_algorithm"]["algorithm"].native
    if digest_name not in DIGESTS:
        raise CmsError(CmsProblem.UNSUPPORTED, f"digest {digest_name}")
    attributes = _signed_attributes(signer_info)
    if attributes.get("content_type") != content_type:
        raise CmsError(CmsProblem.SIGNATURE_INVALID, "content-type attribute differs from the content")
    digest = hashlib.new(digest_name, content).digest()
    if not hmac.compare_digest(digest, attributes["message_digest"]):
        raise CmsError(CmsProblem.SIGNATURE_INVALID, "message digest differs from the content")
    _check_protection(attributes, signer_info, digest_name)
    _check_signing_certificate(attributes, signer_der)
    raw = signer_info["signed_attrs"].contents
    _verify(signer_der, signer_info, digest_name, b"\x31" + _der_length(len(raw)) + raw)
    return SignedContent(content, signer_der, tuple(certificates), attributes.get("signing_time"),
                         _common_name(signer_der))


def _certificates(signed: asn1_cms.SignedData) -> list[bytes]:
    found = []
    choices = signed["certificates"]
    if isinstance(choices, core.Void):
        return found
    for number, choice in enumerate(choices):
        if number >= MAX_CERTIFICATES:
            raise CmsError(CmsProblem.UNSUPPORTED, "too many certificates")
        if choice.name == "certificate":
            found.append(choice.chosen.dump())
    return found


def _signer_certificate(sid: asn1_cms.SignerIdentifier, certificates: list[bytes]) -> bytes:
    from asn1crypto import x509 as asn1_x509

    for der in certificates:
        cert = asn1_x509.Certificate.load(der)
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if wanted["serial_number"].native == cert.serial_number and wanted["issuer"] == cert.issuer:
                return der
        elif cert.key_identifier is not None and sid.chosen.native == cert.key_identifier:
            return der
    raise CmsError(CmsProblem.SIGNATURE_INVALID, "the signer's certificate is not in the file")


def _signed_attributes(signer_info: asn1_cms.SignerInfo) -> dict[str, object]:
    """content_type (dotted), message_digest (bytes), signing_time, algorithm_protection: each exactly once."""
    attrs = signer_info["signed_attrs"]
    if isinstance(attrs, core.Void) or len(attrs) == 0:
        raise CmsError(CmsProblem.UNSUPPORTED, "no signed attributes")
    if len(attrs) > MAX_SIGNED_ATTRIBUTES:
        raise CmsError(CmsProblem.UNSUPPORTED, "too many signed attributes")
    found: dict[str, object] = {}
    for attribute in attrs:
        name = attribute["type"].native
        values = attribute["values"]
        if name in found or len(values) != 1:
            raise CmsError(CmsProblem.DAMAGED, f"attribute {name} repeated or without one value")
        if name == "content_type":
            found[name] = values[0].dotted
        elif name in ("message_digest", "signing_time"):
            found[name] = values[0].native
        elif name in ("cms_algorithm_protection", "signing_certificate_v2", "signing_certificate"):
            found[name] = values[0]
        else:
            found[name] = None
    if not isinstance(found.get("message_digest"), bytes):
        raise CmsError(CmsProblem.SIGNATURE_INVALID, "no message digest attribute")
    when = found.get("signing_time")
    if when is not None and not isinstance(when, dt.datetime):
        raise CmsError(CmsProblem.DAMAGED, "signing time is no time")
    return found


def _check_protection(attributes: dict[str, object], signer_info: asn1_cms.SignerInfo, digest: str) -> None:
    """RFC 6211: when the signer named its algorithms in a signed attribute, they must be the ones used."""
    protection = attributes.get("cms_algorithm_protection")
    if protection is None:
        return
    if protection["digest_algorithm"]["algorithm"].native != digest:
        raise CmsError(CmsProblem.SIGNATURE_INVALID, "algorithm protection: other digest")
    named = protection["signature_algorithm"]
    used = signer_info["signature_algorithm"]
    if not isinstance(named, core.Void) and (named["algorithm"].dotted != used["algorithm"].dotted
                                             or named["parameters"].native != used["parameters"].native):
        raise CmsError(CmsProblem.SIGNATURE_INVALID, "algorithm protection: other signature algorithm")


def _check_signing_certificate(attributes: dict[str, object], signer_der: bytes) -> None:
    """RFC 5035: a signing-certificate attribute binds the signature to one certificate by its hash; when the
    signer put one in, the certificate in the file must be that one (not another with the same key)."""
    for name, default in (("signing_certificate_v2", "sha256"), ("signing_certificate", "sha1")):
        value = attributes.get(name)
        if value is None:
            continue
        first = value["certs"][0]
        hash_name = first["hash_algorithm"]["algorithm"].native if name.endswith("v2") else default
        if hash_name not in (*DIGESTS, "sha1"):
            raise CmsError(CmsProblem.UNSUPPORTED, f"signing certificate hashed with {hash_name}")
        if not hmac.compare_digest(first["cert_hash"].native, hashlib.new(hash_name, signer_der).digest()):
            raise CmsError(CmsProblem.SIGNATURE_INVALID, "the signing-certificate attribute names another one")


def _verify(signer_der: bytes, signer_info: asn1_cms.SignerInfo, digest_name: str, data: bytes) -> None:
    algorithm = signer_info["signature_algorithm"]
    mechanism = algorithm.signature_algo
    try:
        named_hash = algorithm.hash_algo
    except ValueError:
        named_hash = digest_name                 # plain rsaEncryption / ecPublicKey: the digest algorithm's
    if named_hash != digest_name:
        raise CmsError(CmsProblem.SIGNATURE_INVALID, f"signature hash {named_hash}, digest {digest_name}")
    hash_algorithm = DIGESTS[digest_name]()
    signature = signer_info["signature"].native
    public = x509.load_der_x509_certificate(signer_der).public_key()
    if isinstance(public, rsa.RSAPublicKey) and public.key_size > MAX_RSA_BITS:
        raise CmsError(CmsProblem.UNSUPPORTED, f"RSA key of {public.key_size} bits")
    try:
        if mechanism == "rsassa_pkcs1v15" and isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, data, padding.PKCS1v15(), hash_algorithm)
        elif mechanism == "rsassa_pss" and isinstance(public, rsa.RSAPublicKey):
            public.verify(signature, data, _pss(algorithm["parameters"], digest_name), hash_algorithm)
        elif mechanism == "ecdsa" and isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, data, ec.ECDSA(hash_algorithm))
        else:
            raise CmsError(CmsProblem.UNSUPPORTED, f"signature {mechanism} with a {type(public).__name__}")
    except InvalidSignature:
        raise CmsError(CmsProblem.SIGNATURE_INVALID, "the signature does not verify") from None


def _pss(params: asn1_cms.RSASSAPSSParams, digest_name: str) -> padding.PSS:
    mgf = params["mask_gen_algorithm"]
    if (params["hash_algorithm"]["algorithm"].native != digest_name or mgf["algorithm"].native != "mgf1"
            or params["trailer_field"].native not in (1, "trailer_field_bc")):
        raise CmsError(CmsProblem.UNSUPPORTED, "PSS parameters")
    mgf_hash = mgf["parameters"]["algorithm"].native
    salt = params["salt_length"].native
    if mgf_hash not in DIGESTS or not isinstance(salt, int) or not 0 <= salt <= 512:
        raise CmsError(CmsProblem.UNSUPPORTED, "PSS parameters")
    return padding.PSS(mgf=padding.MGF1(DIGESTS[mgf_hash]()), salt_length=salt)


def _der_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    encoded = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(encoded)]) + encoded


def _common_name(der: bytes) -> str:
    cert = x509.load_der_x509_certificate(der)
    try:
        names = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
        return str(names[0].value) if names else cert.subject.rfc4514_string()
    except ValueError:
        return ""
