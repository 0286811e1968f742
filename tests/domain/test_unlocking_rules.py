"""Unlock rules: the growing delay after failed attempts and the recovery key's printed form."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkzorg_desktop.domain.unlocking import (
    FREE_ATTEMPTS,
    MAX_DELAY_SECONDS,
    RECOVERY_GROUP,
    RECOVERY_KEY_CHARS,
    delay_after,
    format_recovery_key,
    new_recovery_key,
    normalise_recovery_key,
)

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def test_first_attempts_are_free():
    assert [delay_after(n) for n in range(FREE_ATTEMPTS)] == [0] * FREE_ATTEMPTS


def test_delay_grows_then_stops_at_the_maximum():
    delays = [delay_after(n) for n in range(FREE_ATTEMPTS, FREE_ATTEMPTS + 10)]
    assert delays[:4] == [2, 4, 8, 16]
    assert all(a < b for a, b in pairwise(delays) if b < MAX_DELAY_SECONDS)
    assert max(delays) == MAX_DELAY_SECONDS
    assert delay_after(10_000) == MAX_DELAY_SECONDS


def test_new_recovery_keys_are_crockford_and_differ():
    keys = {new_recovery_key() for _ in range(20)}
    assert len(keys) == 20
    for key in keys:
        assert len(key) == RECOVERY_KEY_CHARS
        assert set(key) <= set(CROCKFORD)


def test_printed_form_groups_the_key():
    key = new_recovery_key()
    printed = format_recovery_key(key)
    assert re.fullmatch(rf"([{CROCKFORD}]{{{RECOVERY_GROUP}}}-)+[{CROCKFORD}]{{{RECOVERY_GROUP}}}", printed)
    assert normalise_recovery_key(printed) == key


def test_typed_key_forgives_case_spaces_and_look_alikes():
    assert normalise_recovery_key("abcd-efgh ijkl mnop") == "ABCDEFGH1JK1MN0P"
    assert normalise_recovery_key(" o0 Il1 u ") == "00111V"


@settings(max_examples=25, deadline=None, database=None)
@given(key=st.text(alphabet=CROCKFORD, min_size=1, max_size=40))
def test_format_then_normalise_round_trips(key):
    printed = format_recovery_key(key)
    assert normalise_recovery_key(printed) == key
    assert normalise_recovery_key(printed.lower()) == key
    assert format_recovery_key(printed) == printed


@settings(max_examples=25, deadline=None, database=None)
@given(text=st.text(max_size=60))
def test_normalise_is_idempotent(text):
    once = normalise_recovery_key(text)
    assert normalise_recovery_key(once) == once
