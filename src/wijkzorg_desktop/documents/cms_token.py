"""Opening the content key of a bundle with the RSA key on a PKCS#11 token (a UZI-pas).

The token is asked for RSAES-OAEP with the bundle's hash. Tokens that only know OAEP with SHA-1 (SoftHSM
2.6, several smart cards) refuse that mechanism; then the token does the raw RSA operation and the OAEP
decoding (RFC 8017 section 7.1.2) happens here. The private key never leaves the token either way.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from contextlib import contextmanager

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from .signing import Pkcs11Token, _token_error, token_certificates, token_session

_MECHANISMS = ("SHA_1", "SHA224", "SHA256", "SHA384", "SHA512")
_HASHES = dict(zip(("sha1", "sha224", "sha256", "sha384", "sha512"), _MECHANISMS, strict=True))


@contextmanager
def opened(token: Pkcs11Token) -> Iterator[object]:
    with token_session(token) as session:
        yield session


def keys(session: object) -> list[tuple[bytes, bytes]]:
    """(CKA_ID, DER certificate) of every RSA certificate on the token that has its private key beside it."""
    found = []
    for entry in token_certificates(session):
        if isinstance(x509.load_der_x509_certificate(entry.der).public_key(), rsa.RSAPublicKey):
            found.append((entry.id, entry.der))
    return found


def decrypt(session: object, ident: bytes, encrypted: bytes, hash_name: str) -> bytes | None:
    """The OAEP-decrypted content key, or None when the token says the ciphertext does not decrypt."""
    import pkcs11
    from pkcs11 import MGF, Mechanism, ObjectClass

    try:
        key = session.get_key(object_class=ObjectClass.PRIVATE_KEY, id=ident)
    except pkcs11.PKCS11Error as error:
        raise _token_error(error) from None
    mechanism = getattr(Mechanism, _HASHES[hash_name])
    mgf = getattr(MGF, hash_name.upper())
    try:
        return bytes(key.decrypt(encrypted, mechanism=Mechanism.RSA_PKCS_OAEP,
                                 mechanism_param=(mechanism, mgf, None)))
    except (pkcs11.MechanismInvalid, pkcs11.MechanismParamInvalid, pkcs11.ArgumentsBad,
            pkcs11.FunctionFailed):
        pass                                            # no OAEP with this hash: raw RSA below
    except (pkcs11.EncryptedDataInvalid, pkcs11.EncryptedDataLenRange):
        return None
    except pkcs11.PKCS11Error as error:
        raise _token_error(error) from None
    try:
        raw = bytes(key.decrypt(encrypted, mechanism=Mechanism.RSA_X_509))
    except (pkcs11.EncryptedDataInvalid, pkcs11.EncryptedDataLenRange):
        return None
    except pkcs11.PKCS11Error as error:
        raise _token_error(error) from None
    return oaep_decode(raw.rjust(len(encrypted), b"\0"), hash_name)


def oaep_decode(block: bytes, hash_name: str) -> bytes | None:
    """EME-OAEP decoding with an empty label (RFC 8017 7.1.2 step 3); None when the block is malformed.
    Every check is made before any is judged, so a failure takes the same path whichever check failed."""
    size = hashlib.new(hash_name).digest_size
    if len(block) < 2 * size + 2:
        return None
    masked_seed, masked_db = block[1:1 + size], block[1 + size:]
    seed = _xor(masked_seed, _mgf1(masked_db, size, hash_name))
    db = _xor(masked_db, _mgf1(seed, len(masked_db), hash_name))
    label_ok = hmac.compare_digest(db[:size], hashlib.new(hash_name, b"").digest())
    rest = db[size:]
    separator = -1
    bad_padding = 0
    for index, byte in enumerate(rest):
        if separator < 0 and byte == 1:
            separator = index
        elif separator < 0 and byte != 0:
            bad_padding = 1
    if block[0] != 0 or not label_ok or separator < 0 or bad_padding:
        return None
    return rest[separator + 1:]


def _mgf1(seed: bytes, length: int, hash_name: str) -> bytes:
    out = b""
    counter = 0
    while len(out) < length:
        out += hashlib.new(hash_name, seed + counter.to_bytes(4, "big")).digest()
        counter += 1
    return out[:length]


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))
