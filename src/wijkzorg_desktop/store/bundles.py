"""Case bundles sent and received (tables of migration 0010): what went to whom on which basis, and
which bundle ids were opened here, so a bundle is never imported twice."""

from __future__ import annotations

from dataclasses import dataclass

from .connection import Connection


@dataclass(frozen=True)
class SentBundle:
    bundle_id: str
    case_id: int
    recipient: str
    recipient_sha256: str
    purpose: str
    basis: str
    consent_ids: str
    sha256: str
    sent_at: str
    sent_by: str


@dataclass(frozen=True)
class ReceivedBundle:
    bundle_id: str
    sender_sha256: str
    received_at: str
    received_by: str
    case_id: int | None
    basis: str


_SENT = "bundle_id, case_id, recipient, recipient_sha256, purpose, basis, consent_ids, sha256, sent_at, sent_by"
_RECEIVED = "bundle_id, sender_sha256, received_at, received_by, case_id, basis"


def add_sent(conn: Connection, sent: SentBundle) -> None:
    conn.execute(f"INSERT INTO sent_bundles ({_SENT}) VALUES (?,?,?,?,?,?,?,?,?,?)",
                 (sent.bundle_id, sent.case_id, sent.recipient, sent.recipient_sha256, sent.purpose, sent.basis,
                  sent.consent_ids, sent.sha256, sent.sent_at, sent.sent_by))


def sent_for_case(conn: Connection, case_id: int) -> list[SentBundle]:
    rows = conn.execute(f"SELECT {_SENT} FROM sent_bundles WHERE case_id = ? ORDER BY sent_at, bundle_id",
                        (case_id,))
    return [SentBundle(r[0], int(r[1]), *r[2:]) for r in rows]


def sent(conn: Connection, bundle_id: str) -> SentBundle | None:
    r = conn.execute(f"SELECT {_SENT} FROM sent_bundles WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return SentBundle(r[0], int(r[1]), *r[2:]) if r else None


def add_received(conn: Connection, received: ReceivedBundle) -> None:
    conn.execute(f"INSERT INTO received_bundles ({_RECEIVED}) VALUES (?,?,?,?,?,?)",
                 (received.bundle_id, received.sender_sha256, received.received_at, received.received_by,
                  received.case_id, received.basis))


def received(conn: Connection, bundle_id: str) -> ReceivedBundle | None:
    r = conn.execute(f"SELECT {_RECEIVED} FROM received_bundles WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return ReceivedBundle(r[0], r[1], r[2], r[3], int(r[4]) if r[4] is not None else None, r[5]) if r else None


def count_received(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM received_bundles").fetchone()[0])
