"""How strong a passphrase is, said so a person can act on it."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .errors import PassphraseMismatch, PassphraseTooShort
from .text import QT_TRANSLATE_NOOP

_COMMON = {
    "wachtwoord", "password", "welkom", "welkom01", "qwerty", "azerty", "123456", "geheim",
    "huisarts", "praktijk", "wijkzorg", "letmein", "zomer", "winter", "voorjaar", "najaar",
}

HINTS = (
    QT_TRANSLATE_NOOP("passphrase", "Very weak: use a sentence of several unrelated words."),
    QT_TRANSLATE_NOOP("passphrase", "Weak: add more words or characters."),
    QT_TRANSLATE_NOOP("passphrase", "Fair: a few more words make it strong."),
    QT_TRANSLATE_NOOP("passphrase", "Strong."),
    QT_TRANSLATE_NOOP("passphrase", "Very strong."),
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    bits: float

    @property
    def hint(self) -> str:
        return HINTS[self.score]


def estimate(passphrase: str) -> Strength:
    """A conservative entropy guess: character pool per run, penalties for repeats and common words."""
    if not passphrase:
        return Strength(0, 0.0)
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"\d", passphrase):
        pool += 10
    if re.search(r"[^a-zA-Z0-9]", passphrase):
        pool += 33
    distinct = len(set(passphrase))
    effective_length = min(len(passphrase), distinct * 2)
    bits = effective_length * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    for word in _COMMON:
        if word in lowered:
            bits -= len(word) * math.log2(max(pool, 2)) * 0.8
    if re.fullmatch(r"(.)\1*", passphrase) or lowered in ("abcdefghijkl", "0123456789ab"):
        bits = min(bits, 10)
    bits = max(bits, 0.0)
    score = 0 if bits < 35 else 1 if bits < 50 else 2 if bits < 65 else 3 if bits < 90 else 4
    return Strength(score, bits)


MIN_LENGTH = 12


def validate_new(passphrase: str, repeated: str | None = None) -> str:
    """The passphrase if it may be used; otherwise the error a person should see."""
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseTooShort(minimum=MIN_LENGTH)
    if repeated is not None and repeated != passphrase:
        raise PassphraseMismatch()
    return passphrase
