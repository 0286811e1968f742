"""CMS (RFC 5652) for the encrypted, signed case bundles: EnvelopedData to certificates (RSAES-OAEP with
SHA-256) and to passwords (RFC 3211), AES-256-CBC content; SignedData in ``cms_signed``.

The structures are asn1crypto's, the mathematics `cryptography`'s. Everything a file controls is bounded
(``cms_errors``) and every way a file can be wrong comes out as a ``CmsError``. OpenSSL reads what this
writes, and this reads what OpenSSL writes with::

    openssl cms -encrypt -binary -aes-256-cbc -recip cert.pem \\
        -keyopt rsa_padding_mode:oaep -keyopt rsa_oaep_md:sha256 -outform DER
    openssl cms -encrypt -binary -aes-256-cbc -pwri_password WORDS -outform DER
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import algos, core
from asn1crypto import cms as asn1_cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import padding as sym_padding
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from ..domain.text import QT_TRANSLATE_NOOP
from . import cms_pwri
from .cms_errors import (
    MAX_BUNDLE_BYTES,
    MAX_ITERATIONS,
    MAX_RECIPIENTS,
    MIN_ITERATIONS,
    CmsError,
    CmsProblem,
    check_file,
    check_size,
)
from .cms_signed import SignedContent, open_signed, sign
from .signing import Pkcs11Token

__all__ = ["MAX_BUNDLE_BYTES", "CertificateRecipient", "CmsError", "CmsProblem", "PasswordRecipient",
           "RecipientInfo", "SignedContent", "can_encrypt_to", "decrypt_with_key", "decrypt_with_password",
           "decrypt_with_token", "encrypt", "open_signed", "recipients_of", "sign"]

CONTENT_CIPHERS = {"aes128_cbc": 16, "aes192_cbc": 24, "aes256_cbc": 32}
OAEP_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
    "sha512": hashes.SHA512}
MIN_RSA_BITS = 2048
SALT_BYTES = 16


@dataclass(frozen=True)
class CertificateRecipient:
    certificate: bytes              # DER, an RSA key


@dataclass(frozen=True)
class PasswordRecipient:
    password: str
    iterations: int = 600_000


@dataclass(frozen=True)
class RecipientInfo:
    kind: str                       # "certificate" | "password" | "other" (key agreement, KEK: not opened here)
    issuer: str                     # the certificate's issuer, readable; "" for a password
    serial: int                     # the certificate's serial number; 0 for a password


# -- encrypting ---------------------------------------------------------------------------------------

def encrypt(content: bytes, recipients: Sequence[CertificateRecipient | PasswordRecipient]) -> bytes:
    """DER ContentInfo(EnvelopedData): ``content`` under a new AES-256-CBC key, that key for each recipient."""
    check_size(content, "content")
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    key, iv = os.urandom(32), os.urandom(16)
    infos = [_ktri(r, key) if isinstance(r, CertificateRecipient) else _pwri(r, key) for r in recipients]
    padder = sym_padding.PKCS7(128).padder()
    padded = padder.update(bytes(content)) + padder.finalize()
    encrypted = _cbc(key, iv, padded, encrypt=True)
    enveloped = asn1_cms.EnvelopedData({
        # RFC 5652 6.1: version 3 once a password recipient is present, 0 for key transport alone
        "version": "v3" if any(isinstance(r, PasswordRecipient) for r in recipients) else "v0",
        "recipient_infos": infos,
        "encrypted_content_info": {
            "content_type": "data",
            "content_encryption_algorithm": {"algorithm": "aes256_cbc", "parameters": iv},
            "encrypted_content": encrypted}})
    return asn1_cms.ContentInfo({"content_type": "enveloped_data", "content": enveloped}).dump()


def _ktri(recipient: CertificateRecipient, key: bytes) -> asn1_cms.RecipientInfo:
    try:
        cert = asn1_x509.Certificate.load(bytes(recipient.certificate), strict=True)
        public = x509.load_der_x509_certificate(bytes(recipient.certificate)).public_key()
    except Exception as error:  # asn1crypto and cryptography raise many kinds on bad DER
        raise CmsError(CmsProblem.UNSUPPORTED, f"recipient certificate unreadable: {error}") from None
    if not isinstance(public, rsa.RSAPublicKey):
        raise CmsError(CmsProblem.UNSUPPORTED, f"recipient key is {type(public).__name__}, not RSA")
    encrypted = public.encrypt(key, _oaep("sha256"))
    return asn1_cms.RecipientInfo(name="ktri", value={
        "version": "v0",
        "rid": asn1_cms.RecipientIdentifier(name="issuer_and_serial_number", value={
            "issuer": cert.issuer, "serial_number": cert.serial_number}),
        "key_encryption_algorithm": {"algorithm": "rsaes_oaep", "parameters": {
            "hash_algorithm": {"algorithm": "sha256"},
            "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": "sha256"}}}},
        "encrypted_key": encrypted})


def _pwri(recipient: PasswordRecipient, key: bytes) -> asn1_cms.RecipientInfo:
    if not recipient.password:
        raise ValueError("a password recipient needs a password")
    if not MIN_ITERATIONS <= recipient.iterations <= MAX_ITERATIONS:
        raise ValueError(f"PBKDF2 iterations must lie in {MIN_ITERATIONS}..{MAX_ITERATIONS}")
    salt, iv = os.urandom(SALT_BYTES), os.urandom(16)
    kek = cms_pwri.derive_kek(recipient.password, salt, recipient.iterations, 32, "sha256")
    kek_algorithm = algos.EncryptionAlgorithm({"algorithm": "aes256_cbc", "parameters": iv})
    return asn1_cms.RecipientInfo(name="pwri", value={
        "version": "v0",
        "key_derivation_algorithm": {"algorithm": "pbkdf2", "parameters": {
            "salt": algos.Pbkdf2Salt(name="specified", value=salt), "iteration_count": recipient.iterations,
            "prf": {"algorithm": "sha256"}}},
        "key_encryption_algorithm": {"algorithm": cms_pwri.PWRI_KEK_OID, "parameters": kek_algorithm},
        "encrypted_key": cms_pwri.wrap(kek, iv, key)})


# -- reading ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Envelope:
    infos: list[asn1_cms.RecipientInfo]
    cipher_key_bytes: int
    iv: bytes
    encrypted: bytes


def _envelope(der: bytes) -> _Envelope:
    check_file(der)
    try:
        info = asn1_cms.ContentInfo.load(bytes(der), strict=True)
        kind = info["content_type"].native
    except Exception as error:  # asn1crypto raises ValueError, TypeError, ... on bad input
        raise CmsError(CmsProblem.NOT_CMS, f"{type(error).__name__}: {error}") from None
    if kind != "enveloped_data":
        raise CmsError(CmsProblem.NOT_CMS, f"content type {kind}, not enveloped data")
    try:
        enveloped = info["content"]
        infos = list(enveloped["recipient_infos"])
        if len(infos) > MAX_RECIPIENTS:
            raise CmsError(CmsProblem.UNSUPPORTED, f"{len(infos)} recipients")
        content = enveloped["encrypted_content_info"]
        algorithm = content["content_encryption_algorithm"]
        name = algorithm["algorithm"].native
        if name not in CONTENT_CIPHERS:
            raise CmsError(CmsProblem.UNSUPPORTED, f"content cipher {name}")
        iv = algorithm["parameters"].native
        encrypted = content["encrypted_content"].native
        for choice in infos:
            choice.chosen.native    # noqa: B018 - parse each now, so a broken one is found here
    except CmsError:
        raise
    except Exception as error:
        raise CmsError(CmsProblem.DAMAGED, f"{type(error).__name__}: {error}") from None
    if not isinstance(iv, bytes) or len(iv) != 16:
        raise CmsError(CmsProblem.DAMAGED, "content IV is not 16 bytes")
    if not isinstance(encrypted, bytes) or not encrypted or len(encrypted) % 16:
        raise CmsError(CmsProblem.DAMAGED, "no encrypted content, or not whole blocks")
    return _Envelope(infos, CONTENT_CIPHERS[name], iv, encrypted)


def _open(envelope: _Envelope, key: bytes) -> bytes:
    if len(key) != envelope.cipher_key_bytes:
        raise CmsError(CmsProblem.DAMAGED, f"content key of {len(key)} bytes")
    padded = _cbc(key, envelope.iv, envelope.encrypted, encrypt=False)
    unpadder = sym_padding.PKCS7(128).unpadder()
    try:
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        raise CmsError(CmsProblem.DAMAGED, "content padding") from None


def recipients_of(der: bytes) -> list[RecipientInfo]:
    """Who can open the file, without a key (for ``bundle inspect``)."""
    found = []
    for choice in _envelope(der).infos:
        try:
            if choice.name == "ktri" and choice.chosen["rid"].name == "issuer_and_serial_number":
                rid = choice.chosen["rid"].chosen
                found.append(RecipientInfo("certificate", rid["issuer"].human_friendly,
                                           int(rid["serial_number"].native)))
            elif choice.name == "ktri":
                found.append(RecipientInfo("certificate", "", 0))
            elif choice.name == "pwri":
                found.append(RecipientInfo("password", "", 0))
            else:
                found.append(RecipientInfo("other", "", 0))
        except Exception as error:
            raise CmsError(CmsProblem.DAMAGED, f"recipient: {type(error).__name__}: {error}") from None
    return found


def decrypt_with_key(der: bytes, certificate: bytes, private_key: rsa.RSAPrivateKey) -> bytes:
    """The content, when ``certificate`` (DER) is a recipient and ``private_key`` its key."""
    envelope = _envelope(der)
    mine = _identity(certificate)
    if not isinstance(private_key, rsa.RSAPrivateKey):
        raise CmsError(CmsProblem.NOT_FOR_US, f"the key is {type(private_key).__name__}, not RSA")
    for choice in envelope.infos:
        if choice.name != "ktri" or not _is_for(choice.chosen, mine):
            continue
        encrypted, oaep = _key_transport(choice.chosen, private_key.key_size)
        try:
            key = private_key.decrypt(encrypted, oaep)
        except ValueError:
            raise CmsError(CmsProblem.DAMAGED, "RSA-OAEP decryption of the content key failed") from None
        return _open(envelope, key)
    raise CmsError(CmsProblem.NOT_FOR_US, "no key transport recipient for this certificate")


def decrypt_with_token(der: bytes, token: Pkcs11Token) -> bytes:
    """The content, decrypted with the key on a PKCS#11 token (UZI-pas) whose certificate is a recipient.
    Token problems (PIN, card absent) come out as the ``DocumentError`` PDF signing gives."""
    from . import cms_token

    envelope = _envelope(der)
    with cms_token.opened(token) as session:
        for ident, certificate in cms_token.keys(session):
            mine = _identity(certificate)
            for choice in envelope.infos:
                if choice.name != "ktri" or not _is_for(choice.chosen, mine):
                    continue
                size = x509.load_der_x509_certificate(certificate).public_key().key_size
                encrypted, _ = _key_transport(choice.chosen, size)
                hash_name = _oaep_hash(choice.chosen)
                key = cms_token.decrypt(session, ident, encrypted, hash_name)
                if key is None:
                    raise CmsError(CmsProblem.DAMAGED, "RSA-OAEP decryption of the content key failed")
                return _open(envelope, key)
    raise CmsError(CmsProblem.NOT_FOR_US, "no key transport recipient for a certificate on the token")


def decrypt_with_password(der: bytes, password: str) -> bytes:
    """The content, when one of the password recipients opens with ``password``."""
    envelope = _envelope(der)
    usable, refused = [], None
    for choice in envelope.infos:
        if choice.name == "pwri":
            try:
                usable.append(_password_parameters(choice.chosen))
            except CmsError as error:
                refused = refused or error
    if not usable:
        raise refused or CmsError(CmsProblem.NO_PASSWORD_RECIPIENT)
    # each recipient tried costs its iterations: together they get what one may ask for, checked before any
    if sum(parameters[1] for parameters in usable) > MAX_ITERATIONS:
        raise CmsError(CmsProblem.UNSUPPORTED, "the password recipients ask for too many iterations together")
    for salt, iterations, prf, kek_bytes, kek_iv, wrapped in usable:
        kek = cms_pwri.derive_kek(password, salt, iterations, kek_bytes, prf)
        key = cms_pwri.unwrap(kek, kek_iv, wrapped)
        if key is not None and len(key) == envelope.cipher_key_bytes:
            return _open(envelope, key)
    raise CmsError(CmsProblem.WRONG_PASSWORD)


def _password_parameters(info: asn1_cms.PasswordRecipientInfo) -> tuple[bytes, int, str, int, bytes, bytes]:
    try:
        kdf = info["key_derivation_algorithm"]
        if isinstance(kdf, core.Void) or kdf["algorithm"].native != "pbkdf2":
            raise CmsError(CmsProblem.UNSUPPORTED, "password recipient without PBKDF2")
        params = kdf["parameters"]
        if params["salt"].name != "specified":
            raise CmsError(CmsProblem.UNSUPPORTED, "PBKDF2 salt from another source")
        salt = params["salt"].native
        iterations = params["iteration_count"].native
        prf = params["prf"]["algorithm"].native
        length = params["key_length"].native
        wrap = info["key_encryption_algorithm"]
        if wrap["algorithm"].dotted != cms_pwri.PWRI_KEK_OID:
            raise CmsError(CmsProblem.UNSUPPORTED, f"password key wrap {wrap['algorithm'].dotted}")
        inner = algos.EncryptionAlgorithm.load(wrap["parameters"].dump(), strict=True)
        cipher = inner["algorithm"].native
        kek_iv = inner["parameters"].native
        wrapped = info["encrypted_key"].native
    except CmsError:
        raise
    except Exception as error:
        raise CmsError(CmsProblem.DAMAGED, f"password recipient: {type(error).__name__}: {error}") from None
    if prf not in cms_pwri.PRF_HASHES:
        raise CmsError(CmsProblem.UNSUPPORTED, f"PBKDF2 with {prf}")
    if not isinstance(iterations, int) or not MIN_ITERATIONS <= iterations <= MAX_ITERATIONS:
        raise CmsError(CmsProblem.UNSUPPORTED, f"PBKDF2 iteration count {iterations}")
    if not isinstance(salt, bytes) or not 8 <= len(salt) <= 64:
        raise CmsError(CmsProblem.DAMAGED, "PBKDF2 salt length")
    if cipher not in CONTENT_CIPHERS:
        raise CmsError(CmsProblem.UNSUPPORTED, f"password key wrap with {cipher}")
    kek_bytes = CONTENT_CIPHERS[cipher]
    if length is not None and length != kek_bytes:
        raise CmsError(CmsProblem.DAMAGED, f"PBKDF2 key length {length}")
    if not isinstance(kek_iv, bytes) or len(kek_iv) != 16 or not isinstance(wrapped, bytes):
        raise CmsError(CmsProblem.DAMAGED, "password key wrap parameters")
    return salt, iterations, prf, kek_bytes, kek_iv, wrapped


# -- certificates -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Identity:
    issuer: asn1_x509.Name
    serial: int
    key_id: bytes | None


def _identity(certificate: bytes) -> _Identity:
    try:
        cert = asn1_x509.Certificate.load(bytes(certificate), strict=True)
        return _Identity(cert.issuer, cert.serial_number, cert.key_identifier)
    except Exception as error:
        raise CmsError(CmsProblem.UNSUPPORTED, f"own certificate unreadable: {error}") from None


def _is_for(info: asn1_cms.KeyTransRecipientInfo, mine: _Identity) -> bool:
    try:
        rid = info["rid"]
        if rid.name == "issuer_and_serial_number":
            return rid.chosen["serial_number"].native == mine.serial and rid.chosen["issuer"] == mine.issuer
        return mine.key_id is not None and rid.chosen.native == mine.key_id
    except Exception as error:
        raise CmsError(CmsProblem.DAMAGED, f"recipient identifier: {type(error).__name__}: {error}") from None


def _oaep_hash(info: asn1_cms.KeyTransRecipientInfo) -> str:
    """The OAEP hash (also the MGF1 hash, and an empty label, as every CMS writer does)."""
    try:
        algorithm = info["key_encryption_algorithm"]
        name = algorithm["algorithm"].native
        if name != "rsaes_oaep":
            raise CmsError(CmsProblem.UNSUPPORTED, f"key transport {name} (only RSAES-OAEP is accepted)")
        params = algorithm["parameters"]
        hash_name = params["hash_algorithm"]["algorithm"].native
        mgf = params["mask_gen_algorithm"]
        mgf_hash = mgf["parameters"]["algorithm"].native
        label = params["p_source_algorithm"]["parameters"].native
        if mgf["algorithm"].native != "mgf1":
            raise CmsError(CmsProblem.UNSUPPORTED, f"OAEP mask generation {mgf['algorithm'].native}")
    except CmsError:
        raise
    except Exception as error:
        raise CmsError(CmsProblem.DAMAGED, f"OAEP parameters: {type(error).__name__}: {error}") from None
    if hash_name not in OAEP_HASHES or mgf_hash != hash_name or label not in (b"", None):
        raise CmsError(CmsProblem.UNSUPPORTED, f"OAEP with {hash_name}, MGF1 {mgf_hash}, label {label!r}")
    return hash_name


def _key_transport(info: asn1_cms.KeyTransRecipientInfo, key_bits: int) -> tuple[bytes, padding.OAEP]:
    hash_name = _oaep_hash(info)
    try:
        encrypted = info["encrypted_key"].native
    except Exception as error:
        raise CmsError(CmsProblem.DAMAGED, f"encrypted key: {type(error).__name__}: {error}") from None
    if not isinstance(encrypted, bytes) or len(encrypted) != (key_bits + 7) // 8:
        raise CmsError(CmsProblem.DAMAGED, "encrypted key is not the size of the RSA key")
    return encrypted, _oaep(hash_name)


def _oaep(hash_name: str) -> padding.OAEP:
    algorithm = OAEP_HASHES[hash_name]()
    return padding.OAEP(mgf=padding.MGF1(algorithm), algorithm=algorithm, label=None)


def can_encrypt_to(der: bytes, today: dt.date) -> str | None:
    """None when a bundle can be encrypted to this certificate today; else why not (a source text in the
    "errors" context, to translate)."""
    try:
        cert = x509.load_der_x509_certificate(bytes(der))
        public = cert.public_key()
    except Exception:  # cryptography raises ValueError and others for bad DER
        return QT_TRANSLATE_NOOP("errors", "The certificate cannot be read.")
    if not isinstance(public, rsa.RSAPublicKey):
        return QT_TRANSLATE_NOOP("errors", "The certificate's key is not an RSA key; transfer files are "
                                           "encrypted to RSA keys only.")
    if public.key_size < MIN_RSA_BITS:
        return QT_TRANSLATE_NOOP("errors", "The certificate's RSA key is shorter than 2048 bits.")
    if today > cert.not_valid_after_utc.date():
        return QT_TRANSLATE_NOOP("errors", "The certificate has expired.")
    if today < cert.not_valid_before_utc.date():
        return QT_TRANSLATE_NOOP("errors", "The certificate is not valid yet.")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return None
    except Exception:  # a malformed extension
        return QT_TRANSLATE_NOOP("errors", "The certificate cannot be read.")
    if not usage.key_encipherment:
        return QT_TRANSLATE_NOOP("errors", "The certificate may not be used for encryption (its key usage "
                                           "lacks keyEncipherment).")
    return None


def _cbc(key: bytes, iv: bytes, data: bytes, *, encrypt: bool) -> bytes:
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    worker = cipher.encryptor() if encrypt else cipher.decryptor()
    return worker.update(data) + worker.finalize()
