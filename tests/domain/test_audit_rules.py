"""The audit chain rules: each record's hash covers its fields and the previous hash."""

from __future__ import annotations

from dataclasses import asdict, replace

from wijkzorg_desktop.domain.audit import GENESIS_HASH, AuditRecord, record_hash, verify_chain


def chain(count: int) -> list[AuditRecord]:
    records: list[AuditRecord] = []
    prev = GENESIS_HASH
    for i in range(1, count + 1):
        fields: dict[str, object] = {
            "id": i, "at": f"2026-03-02T08:{i:02d}:00.000000Z", "user_login": "beheer",
            "user_role": "beheerder", "workstation": "balie-1", "action": "read", "object_type": "case",
            "object_id": str(i), "case_id": "K-12", "outcome": "success", "detail": "Ëén ding",
            "prev_hash": prev,
        }
        fields["hash"] = record_hash(fields)
        records.append(AuditRecord(**fields))  # type: ignore[arg-type]
        prev = str(fields["hash"])
    return records


def reasons(records: list[AuditRecord]) -> list[tuple[int, str]]:
    return [(p.record_id, p.reason.render()) for p in verify_chain(records)]


def test_an_intact_chain_verifies():
    assert verify_chain(chain(5)) == []
    assert verify_chain([]) == []


def test_hash_is_sha256_hex_and_covers_every_field():
    record = chain(1)[0]
    fields = asdict(record)
    assert len(record.hash) == 64
    assert int(record.hash, 16) >= 0
    for name in fields:
        if name == "hash":
            continue
        changed = dict(fields, **{name: fields[name] + 1 if name == "id" else str(fields[name]) + "x"})
        assert record_hash(changed) != record.hash, name
    assert record_hash(dict(fields, hash="anders")) == record.hash  # the hash is not hashed


def test_an_edited_record_is_named():
    records = chain(5)
    records[2] = replace(records[2], detail="iets anders")
    assert reasons(records) == [(3, "its content does not match its hash")]


def test_an_edited_and_rehashed_record_breaks_the_next_link():
    records = chain(5)
    edited = replace(records[2], detail="iets anders")
    records[2] = replace(edited, hash=record_hash(asdict(edited)))
    assert reasons(records) == [(4, "its link to the previous record is broken")]


def test_a_missing_record_is_named_by_the_next():
    records = chain(5)
    del records[1]
    assert reasons(records) == [
        (3, "records 2 to 2 before it are missing"),
        (3, "its link to the previous record is broken"),
    ]


def test_missing_first_records_are_named():
    records = chain(4)[2:]
    assert reasons(records)[0] == (3, "records 1 to 2 before it are missing")


def test_a_wrong_start_is_found():
    records = chain(3)
    first = replace(records[0], prev_hash="1" * 64)
    records[0] = replace(first, hash=record_hash(asdict(first)))
    assert (1, "its link to the previous record is broken") in reasons(records)
