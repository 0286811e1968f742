"""The password recipient of RFC 3211 (CMS PasswordRecipientInfo): PBKDF2 turns the password into a key
encryption key, and the id-alg-PWRI-KEK key wrap (two CBC passes) protects the content key with it.

The wrap, RFC 3211 section 2.3.1: ``LEN || check || key || padding``, where LEN is the key's length in
one byte, check the complement of the key's first three bytes and padding random bytes up to a multiple of
the block size (at least two blocks); that is CBC-encrypted, then CBC-encrypted again with the last block
of the first pass as IV. Unwrapping checks LEN and the check bytes: a wrong password fails there (all but
one in 2**24 times), before the content is touched. This is what OpenSSL's ``cms -pwri_password`` does.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

PWRI_KEK_OID = "1.2.840.113549.1.9.16.3.9"
BLOCK = 16                                  # AES
MAX_WRAPPED = 16 * BLOCK                    # a wrapped AES key is 3 blocks; anything far larger is refused

PRF_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384,
    "sha512": hashes.SHA512}


def derive_kek(password: str, salt: bytes, iterations: int, length: int, prf: str = "sha256") -> bytes:
    """PBKDF2-HMAC over the UTF-8 password (RFC 8018); ``prf`` one of PRF_HASHES."""
    kdf = PBKDF2HMAC(algorithm=PRF_HASHES[prf](), length=length, salt=salt, iterations=iterations)
    return kdf.derive(password.encode("utf-8"))


def wrap(kek: bytes, iv: bytes, key: bytes) -> bytes:
    """The content ``key`` wrapped under ``kek`` (AES-CBC with ``iv``), RFC 3211 section 2.3.1."""
    if not 0 < len(key) < 256:
        raise ValueError("a wrapped key has 1 to 255 bytes")
    check = bytes(b ^ 0xFF for b in key[:3].ljust(3, b"\0"))
    body = bytes([len(key)]) + check + key
    size = max(2 * BLOCK, -(-len(body) // BLOCK) * BLOCK)
    block = body + os.urandom(size - len(body))
    first = _cbc(kek, iv, block, encrypt=True)
    return _cbc(kek, first[-BLOCK:], first, encrypt=True)


def unwrap(kek: bytes, iv: bytes, wrapped: bytes) -> bytes | None:
    """The content key, or None when ``kek`` (the password) does not fit or the wrap is malformed."""
    if len(wrapped) < 2 * BLOCK or len(wrapped) % BLOCK or len(wrapped) > MAX_WRAPPED:
        return None
    # The last block of the first pass is the IV of the second: decrypt the last block of the output with
    # the block before it as IV to find it, then undo both passes.
    last_iv = _cbc(kek, wrapped[-2 * BLOCK:-BLOCK], wrapped[-BLOCK:], encrypt=False)
    first = _cbc(kek, last_iv, wrapped, encrypt=False)
    plain = _cbc(kek, iv, first, encrypt=False)
    length = plain[0]
    if length == 0 or length + 4 > len(plain):
        return None
    key = plain[4:4 + length]
    check = plain[1:4]
    expected = bytes(b ^ 0xFF for b in key[:3].ljust(3, b"\0"))
    if check != expected:
        return None
    return key


def _cbc(key: bytes, iv: bytes, data: bytes, *, encrypt: bool) -> bytes:
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    worker = cipher.encryptor() if encrypt else cipher.decryptor()
    return worker.update(data) + worker.finalize()
