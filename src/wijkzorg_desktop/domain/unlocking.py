"""Rules for unlocking: how long to wait after failed attempts, and the recovery key's form."""

from __future__ import annotations

import secrets

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 60

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_KEY_CHARS = 32  # 160 bits
RECOVERY_GROUP = 4


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt, growing after a few free tries."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1))


def new_recovery_key() -> str:
    return "".join(secrets.choice(_CROCKFORD) for _ in range(RECOVERY_KEY_CHARS))


def normalise_recovery_key(text: str) -> str:
    """Upper case without separators; letters people confuse read as the digits they resemble."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"}))


def format_recovery_key(key: str) -> str:
    key = normalise_recovery_key(key)
    return "-".join(key[i : i + RECOVERY_GROUP] for i in range(0, len(key), RECOVERY_GROUP))
