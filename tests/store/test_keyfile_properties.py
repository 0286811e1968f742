"""The key file is outside input: whatever it holds, it parses to key slots or is refused, and a slot
gives the right data key or nothing."""

from __future__ import annotations

import json
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkzorg_desktop.store.keyfile import (
    DATA_KEY_BYTES,
    RECOVERY_SLOT,
    SALT_BYTES,
    TEST_KDF,
    FailedAttempt,
    KdfParams,
    KeyFile,
    Slot,
    dumps,
    loads,
    user_slot_id,
)

FEW = settings(max_examples=25, deadline=None, database=None)

data_keys = st.binary(min_size=DATA_KEY_BYTES, max_size=DATA_KEY_BYTES)
passphrases = st.binary(max_size=64)
vault_ids = st.text(max_size=40)
slot_ids = st.one_of(st.just(RECOVERY_SLOT), st.text(min_size=1, max_size=20).map(user_slot_id))
kdf_params = st.builds(KdfParams, time_cost=st.integers(1, 100), memory_kib=st.integers(8, 4 * 1024 * 1024),
                       parallelism=st.integers(1, 64)).filter(lambda k: k.memory_kib >= 8 * k.parallelism)
slots = st.builds(
    Slot, id=slot_ids, kdf=kdf_params,
    salt=st.binary(min_size=SALT_BYTES, max_size=SALT_BYTES),
    nonce=st.binary(min_size=12, max_size=12),
    wrapped=st.binary(min_size=DATA_KEY_BYTES + 16, max_size=DATA_KEY_BYTES + 16),
    failed=st.lists(st.builds(FailedAttempt, st.text(max_size=30), st.text(max_size=30)),
                    max_size=3).map(tuple),
)
key_files = st.builds(KeyFile, vault_ids, st.lists(slots, max_size=4, unique_by=lambda s: s.id).map(tuple))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=20,
)

DATA_KEY = bytes(range(DATA_KEY_BYTES))
SECRETS = {user_slot_id("beheer"): b"correct horse battery staple",
           RECOVERY_SLOT: b"0123456789ABCDEFGHJKMNPQRSTVWXYZ"}


@cache
def sample_file() -> bytes:
    keys = KeyFile("0b5c1f0e-8a4e-4f43-9d52-7f3e0b1f9a10")
    for slot_id, secret in SECRETS.items():
        keys = keys.with_slot(keys.wrap(slot_id, secret, DATA_KEY, TEST_KDF))
    slot = keys.slot(user_slot_id("beheer"))
    assert slot is not None
    failed = (FailedAttempt("2026-03-02T08:30:00Z", "balie-1"),)
    return dumps(keys.with_slot(Slot(slot.id, slot.kdf, slot.salt, slot.nonce, slot.wrapped, failed)))


@FEW
@given(vault_id=vault_ids, slot_id=slot_ids, secret=passphrases, data_key=data_keys)
def test_wrap_then_unwrap_gives_the_data_key(vault_id, slot_id, secret, data_key):
    keys = KeyFile(vault_id)
    keys = keys.with_slot(keys.wrap(slot_id, secret, data_key, TEST_KDF))
    again = loads(dumps(keys))
    slot = again.slot(slot_id)
    assert slot is not None
    assert again.unwrap(slot, secret) == data_key


@FEW
@given(secret=passphrases, other=passphrases, data_key=data_keys)
def test_wrong_secret_never_unwraps(secret, other, data_key):
    if other == secret:
        other += b"!"
    keys = KeyFile("kluis")
    slot = keys.wrap(user_slot_id("beheer"), secret, data_key, TEST_KDF)
    assert keys.unwrap(slot, other) is None
    assert KeyFile("andere kluis").unwrap(slot, secret) is None  # the vault id is bound in
    moved = Slot(user_slot_id("huisarts"), slot.kdf, slot.salt, slot.nonce, slot.wrapped)
    assert keys.unwrap(moved, secret) is None  # and so is the slot id


@FEW
@given(keys=key_files)
def test_dumps_then_loads_round_trips(keys):
    assert loads(dumps(keys)) == keys


# Mostly bytes that keep the file parseable (base64 letters, digits, JSON punctuation), so that many
# mutations get as far as unwrapping.
PLAUSIBLE = st.sampled_from(b"ABCDQZabcxyz0189+/=:,{}[] \"\\-.e")


@settings(FEW, max_examples=50)
@given(data=st.data())
def test_a_single_changed_byte_never_gives_a_wrong_key(data):
    original = sample_file()
    index = data.draw(st.integers(0, len(original) - 1), label="index")
    value = data.draw(st.one_of(PLAUSIBLE, st.integers(0, 255)), label="value")
    mutated = bytearray(original)
    mutated[index] = value
    try:
        keys = loads(bytes(mutated))
    except ValueError:
        return
    for slot in keys.slots:
        assert keys.unwrap(slot, SECRETS.get(slot.id, b"?")) in (None, DATA_KEY)


def test_the_unchanged_sample_opens():
    keys = loads(sample_file())
    assert [keys.unwrap(s, SECRETS[s.id]) for s in keys.slots] == [DATA_KEY, DATA_KEY]


def _other_char(text: str, at: int) -> str:
    return text[:at] + ("B" if text[at] == "A" else "A") + text[at + 1 :]


def test_every_changed_value_that_still_parses_unwraps_to_nothing():
    doc = json.loads(sample_file())
    edits = [("vault_id", lambda d: d.update(vault_id=_other_char(d["vault_id"], 0)))]
    for i in range(len(doc["slots"])):
        for name in ("salt", "nonce", "wrapped"):
            for at in (0, 10):
                edits.append((f"{i}.{name}[{at}]", lambda d, i=i, name=name, at=at:
                              d["slots"][i].update({name: _other_char(d["slots"][i][name], at)})))
        edits.append((f"{i}.time_cost", lambda d, i=i: d["slots"][i]["kdf"].update(time_cost=2)))
        edits.append((f"{i}.memory_kib", lambda d, i=i: d["slots"][i]["kdf"].update(memory_kib=8 * 1024 + 8)))
    for what, edit in edits:
        changed = json.loads(sample_file())
        edit(changed)
        keys = loads(json.dumps(changed).encode())
        assert len(keys.slots) == 2
        assert [keys.unwrap(s, SECRETS[s.id]) for s in keys.slots].count(None) >= 1, what
        assert all(keys.unwrap(s, SECRETS[s.id]) in (None, DATA_KEY) for s in keys.slots), what


@FEW
@given(raw=st.binary(max_size=200))
def test_arbitrary_bytes_parse_or_are_refused(raw):
    try:
        keys = loads(raw)
    except ValueError:
        return
    assert isinstance(keys, KeyFile)


@FEW
@given(value=json_values, slots_value=json_values)
def test_arbitrary_json_parses_or_is_refused(value, slots_value):
    for doc in (value, {"format": "wijkzorg-keys", "version": 1, "vault_id": "v", "slots": [slots_value]}):
        try:
            keys = loads(json.dumps(doc).encode())
        except ValueError:
            continue
        assert isinstance(keys, KeyFile)
