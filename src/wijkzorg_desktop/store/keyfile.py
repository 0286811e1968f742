"""The key file: the data key wrapped once per user and once for the recovery key (like LUKS slots).

Argon2id turns a passphrase into a key-encryption key; AES-256-GCM wraps the 256-bit data key with
the vault id and slot id as associated data, so a slot cannot be moved to another vault or user.
The file holds no personal data: logins, KDF parameters, wrapped keys and failed-attempt times.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..domain.errors import KeyFileCorrupt, KeyFileMissing
from ..domain.os_errors import os_reason
from .atomic import atomic_write

FORMAT = "wijkzorg-keys"
VERSION = 1
RECOVERY_SLOT = "recovery"
DATA_KEY_BYTES = 32
SALT_BYTES = 16
MAX_FAILED_KEPT = 100


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return hash_secret_raw(secret, salt, self.time_cost, self.memory_kib, self.parallelism,
                               DATA_KEY_BYTES, Type.ID)


# Cheap parameters for tests and throw-away vaults; never for a practice's real users.
TEST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
DEFAULT_KDF = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=2)


def calibrate(target_seconds: float = 0.5, memory_kib: int = 64 * 1024, parallelism: int = 2) -> KdfParams:
    """The time cost that makes one derivation take about ``target_seconds`` on this machine.

    Measured twice: the first guess from a short run, then corrected from a run near the target,
    since a run's fixed cost (allocating the memory) weighs more in a short one."""
    time_cost = 2
    for _ in range(2):
        params = KdfParams(time_cost, memory_kib, parallelism)
        start = time.perf_counter()
        params.derive(b"calibration", b"calibration-salt")
        elapsed = max(time.perf_counter() - start, 1e-4)
        time_cost = max(2, min(100, round(time_cost * target_seconds / elapsed)))
    return KdfParams(time_cost, memory_kib, parallelism)


@dataclass(frozen=True)
class FailedAttempt:
    at: str
    workstation: str


@dataclass(frozen=True)
class Slot:
    id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    failed: tuple[FailedAttempt, ...] = ()

    @property
    def login(self) -> str | None:
        return self.id.removeprefix("user:") if self.id.startswith("user:") else None


def user_slot_id(login: str) -> str:
    return f"user:{login}"


@dataclass(frozen=True)
class KeyFile:
    vault_id: str
    slots: tuple[Slot, ...] = field(default_factory=tuple)

    def slot(self, slot_id: str) -> Slot | None:
        return next((s for s in self.slots if s.id == slot_id), None)

    def logins(self) -> list[str]:
        return sorted(s.login for s in self.slots if s.login)

    def with_slot(self, slot: Slot) -> KeyFile:
        others = tuple(s for s in self.slots if s.id != slot.id)
        return replace(self, slots=(*others, slot))

    def without_slot(self, slot_id: str) -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if s.id != slot_id))

    def _aad(self, slot_id: str) -> bytes:
        return f"{FORMAT}/{VERSION}/{self.vault_id}/{slot_id}".encode()

    def wrap(self, slot_id: str, secret: bytes, data_key: bytes | bytearray, kdf: KdfParams) -> Slot:
        salt = os.urandom(SALT_BYTES)
        nonce = os.urandom(12)
        kek = kdf.derive(secret, salt)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), self._aad(slot_id))
        return Slot(slot_id, kdf, salt, nonce, wrapped)

    def unwrap(self, slot: Slot, secret: bytes) -> bytearray | None:
        """The data key, or None when the secret does not open this slot."""
        kek = slot.kdf.derive(secret, slot.salt)
        try:
            return bytearray(AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.id)))
        except InvalidTag:
            return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _slot_to_json(slot: Slot) -> dict[str, object]:
    return {
        "id": slot.id,
        "kdf": {"algorithm": "argon2id", "time_cost": slot.kdf.time_cost,
                "memory_kib": slot.kdf.memory_kib, "parallelism": slot.kdf.parallelism},
        "salt": _b64(slot.salt),
        "cipher": "aes-256-gcm",
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
        "failed": [{"at": f.at, "workstation": f.workstation} for f in slot.failed[-MAX_FAILED_KEPT:]],
    }


def dumps(keyfile: KeyFile) -> bytes:
    doc = {"format": FORMAT, "version": VERSION, "vault_id": keyfile.vault_id,
           "slots": [_slot_to_json(s) for s in keyfile.slots]}
    return json.dumps(doc, indent=2).encode("utf-8")


class _Invalid(ValueError):
    pass


def _need(mapping: object, key: str, kind: type) -> object:
    if not isinstance(mapping, dict) or key not in mapping or not isinstance(mapping[key], kind):
        raise _Invalid(f"field '{key}' missing or wrong")
    value = mapping[key]
    if kind is int and isinstance(value, bool):
        raise _Invalid(f"field '{key}' missing or wrong")
    return value


def _bytes(mapping: object, key: str, length: int | None = None) -> bytes:
    try:
        value = base64.b64decode(str(_need(mapping, key, str)), validate=True)
    except ValueError as exc:
        raise _Invalid(f"field '{key}' is not base64") from exc
    if length is not None and len(value) != length:
        raise _Invalid(f"field '{key}' has the wrong length")
    return value


def _slot_from_json(raw: object) -> Slot:
    kdf = _need(raw, "kdf", dict)
    if _need(kdf, "algorithm", str) != "argon2id" or _need(raw, "cipher", str) != "aes-256-gcm":
        raise _Invalid("unknown algorithm")
    params = KdfParams(int(_need(kdf, "time_cost", int)), int(_need(kdf, "memory_kib", int)),
                       int(_need(kdf, "parallelism", int)))
    if not (1 <= params.time_cost <= 100 and 8 <= params.memory_kib <= 4 * 1024 * 1024
            and 1 <= params.parallelism <= 64 and params.memory_kib >= 8 * params.parallelism):
        raise _Invalid("KDF parameters out of range")
    failed_raw = raw.get("failed", []) if isinstance(raw, dict) else []
    if not isinstance(failed_raw, list):
        raise _Invalid("field 'failed' is wrong")
    failed = tuple(FailedAttempt(str(_need(f, "at", str)), str(_need(f, "workstation", str)))
                   for f in failed_raw)
    slot_id = str(_need(raw, "id", str))
    if not (slot_id == RECOVERY_SLOT or (slot_id.startswith("user:") and len(slot_id) > 5)):
        raise _Invalid("unknown slot id")
    return Slot(slot_id, params, _bytes(raw, "salt", SALT_BYTES), _bytes(raw, "nonce", 12),
                _bytes(raw, "wrapped", DATA_KEY_BYTES + 16), failed)


def loads(data: bytes) -> KeyFile:
    """Parse a key file; raises ``ValueError`` with a short English reason for anything malformed."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _Invalid("not JSON") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _Invalid("not a Wijkzorg key file")
    if _need(doc, "version", int) != VERSION:
        raise _Invalid(f"unknown version {doc.get('version')}")
    raw_slots = _need(doc, "slots", list)
    slots = tuple(_slot_from_json(s) for s in raw_slots)  # type: ignore[union-attr]
    if len({s.id for s in slots}) != len(slots):
        raise _Invalid("duplicate slot")
    return KeyFile(str(_need(doc, "vault_id", str)), slots)


def read(path: Path) -> KeyFile:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise KeyFileMissing(path=str(path)) from exc
    except OSError as exc:
        raise KeyFileCorrupt(path=str(path), reason=os_reason(exc)) from exc
    try:
        return loads(data)
    except ValueError as exc:
        raise KeyFileCorrupt(path=str(path), reason=str(exc)) from exc


def write(path: Path, keyfile: KeyFile) -> None:
    atomic_write(path, dumps(keyfile))
