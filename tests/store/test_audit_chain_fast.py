"""The audit chain checked a run of rows at a time, its hash from one precompiled format: the same hash as
``record_hash`` for any record, the same findings as ``verify_chain`` over the whole list."""

from __future__ import annotations

import hashlib
from dataclasses import astuple, replace

from hypothesis import given, settings
from hypothesis import strategies as st
from store_helpers import raw_connection

from wijkzorg_desktop.domain.audit import (
    GENESIS_HASH,
    ROW_FIELDS,
    AuditRecord,
    ChainCheck,
    record_hash,
    row_hash,
    verify_chain,
)
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import audit_log

# Any text: quotes, backslashes, control characters, line and paragraph separators, every plane.
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ['"', "\\", "\x00", "\x1f", "\x7f", "\u2028", "\ud7ff", "é", "\U0001f600", "</script>", ""])
VALUE = TEXT | st.none() | st.integers() | st.booleans() | st.floats(allow_nan=False)


def fields_of(row: tuple) -> dict[str, object]:
    return dict(zip(ROW_FIELDS, row, strict=True))


@settings(max_examples=400)
@given(st.integers(min_value=-(2 ** 70), max_value=2 ** 70), st.lists(TEXT, min_size=12, max_size=12))
def test_row_hash_is_record_hash_for_records_of_text(record_id, texts):
    row = (record_id, *texts)
    assert row_hash(row) == record_hash(fields_of(row))


@settings(max_examples=300)
@given(VALUE | st.integers(), st.lists(VALUE, min_size=12, max_size=12))
def test_row_hash_is_record_hash_for_any_stored_values(record_id, values):
    row = (record_id, *values)
    assert row_hash(row) == record_hash(fields_of(row))


def test_the_hash_format_is_the_one_existing_vaults_hold():
    """A record as version 1 hashed it: SHA-256 over its sorted canonical JSON, non-ASCII kept."""
    row = (7, "2026-03-02T08:07:00.000000Z", "beheer", "beheerder", "balie-1", "read", "case", "7", "K-12",
           "success", 'Ëén "ding"\n\t\x01', GENESIS_HASH, "")
    canonical = ('{"action":"read","at":"2026-03-02T08:07:00.000000Z","case_id":"K-12","detail":"Ëén \\"ding\\"'
                 '\\n\\t\\u0001","id":7,"object_id":"7","object_type":"case","outcome":"success","prev_hash":"'
                 + GENESIS_HASH + '","user_login":"beheer","user_role":"beheerder","workstation":"balie-1"}')
    expected = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert record_hash(fields_of(row)) == expected
    assert row_hash(row) == expected


def chain(texts: list[str]) -> list[AuditRecord]:
    records, prev = [], GENESIS_HASH
    for i, text in enumerate(texts, start=1):
        fields: dict[str, object] = {
            "id": i, "at": f"2026-03-02T08:{i % 60:02d}:00.000000Z", "user_login": "beheer",
            "user_role": "beheerder", "workstation": "balie-1", "action": "read", "object_type": "case",
            "object_id": str(i), "case_id": "K-12", "outcome": "success", "detail": text, "prev_hash": prev}
        fields["hash"] = record_hash(fields)
        records.append(AuditRecord(**fields))  # type: ignore[arg-type]
        prev = str(fields["hash"])
    return records


def findings(problems) -> list[tuple[int, str]]:
    return [(p.record_id, p.reason.render()) for p in problems]


@settings(max_examples=100)
@given(st.lists(TEXT, min_size=1, max_size=30), st.data())
def test_checked_in_runs_it_finds_what_the_whole_list_gives(texts, data):
    records = chain(texts)
    n = len(records)
    tamper = data.draw(st.sampled_from(["none", "edit", "gap", "relink", "swap"]))
    at = data.draw(st.integers(min_value=0, max_value=n - 1))
    if tamper == "edit":
        records[at] = replace(records[at], detail=records[at].detail + "x")
    elif tamper == "gap":
        del records[at]
    elif tamper == "relink":
        records[at] = replace(records[at], prev_hash="f" * 64)
    elif tamper == "swap" and n > 1:
        records[at], records[at - 1] = records[at - 1], records[at]
    run = data.draw(st.integers(min_value=1, max_value=8))
    check = ChainCheck()
    rows = [astuple(r) for r in records]
    for start in range(0, len(rows), run):
        check.feed(rows[start:start + run])
    assert findings(check.problems) == findings(verify_chain(records))
    # A last record taken away leaves no trace in the chain itself.
    unseen = tamper == "none" or (tamper == "swap" and n == 1) or (tamper == "gap" and at == n - 1)
    assert (findings(check.problems) == []) == unseen


def test_the_rows_of_a_vault_come_in_runs_and_verify(vault, passphrase):
    store, _ = vault
    unlock(store, "beheer", passphrase).session.close()
    with raw_connection(store, "beheer", passphrase) as conn:
        records = audit_log.all_records(conn)
        runs = list(audit_log.record_rows(conn, run=3))
        assert [astuple(r) for r in records] == [row for rows in runs for row in rows]
        assert len(runs) == -(-len(records) // 3) and len(records) > 3
        assert audit_log.verify(conn) == []
        check = ChainCheck()
        for rows in runs:
            check.feed(rows)
        assert check.problems == [] and check.expected_id == len(records) + 1
