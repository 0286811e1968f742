"""Passphrase rules: the minimum length, the repeat, and a strength hint a person can act on."""

from __future__ import annotations

import pytest

from wijkzorg_desktop.domain.errors import PassphraseMismatch, PassphraseTooShort
from wijkzorg_desktop.domain.passphrase import HINTS, MIN_LENGTH, estimate, validate_new


def test_minimum_length():
    assert MIN_LENGTH == 12
    assert validate_new("a" * 12) == "a" * 12
    with pytest.raises(PassphraseTooShort) as exc:
        validate_new("a" * 11)
    assert "12" in str(exc.value)
    with pytest.raises(PassphraseTooShort):
        validate_new("")


def test_the_repeat_must_match():
    validate_new("fiets boom wolk lamp", "fiets boom wolk lamp")
    with pytest.raises(PassphraseMismatch):
        validate_new("fiets boom wolk lamp", "fiets boom wolk lamp ")


def test_too_short_is_said_before_a_mismatch():
    with pytest.raises(PassphraseTooShort):
        validate_new("kort", "anders")


@pytest.mark.parametrize(("passphrase", "score"), [
    ("", 0),
    ("aaaaaaaaaaaaaaaa", 0),
    ("wachtwoord123", 0),
    ("abcdefghijkl", 0),
    ("paard batterij nietje correct", 4),
    ("Kruidnoten-op-7-december!", 4),
])
def test_estimate_scores(passphrase, score):
    strength = estimate(passphrase)
    assert strength.score == score
    assert strength.hint == HINTS[score]


def test_longer_passphrases_score_no_lower():
    words = ["fiets", "boom", "wolk", "lamp", "gracht", "molen"]
    scores = [estimate(" ".join(words[:n])).score for n in range(1, len(words) + 1)]
    assert scores == sorted(scores)
    assert scores[0] < scores[-1]


def test_common_words_lower_the_estimate():
    assert estimate("welkom01welkom01").bits < estimate("kapstok9vlinder7").bits
    assert estimate("x").bits >= 0.0
