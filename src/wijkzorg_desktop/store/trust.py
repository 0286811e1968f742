"""Confirmed contact certificates and the practice's trust anchors (migration 10)."""

from __future__ import annotations

from dataclasses import dataclass

from .connection import Connection


@dataclass(frozen=True)
class CheckRow:
    contact_kind: str          # "person" | "organisation"
    contact_id: int
    sha256: str                # as confirmed: upper-case hex without colons
    confirmed_by: str
    confirmed_at: str
    how: str


@dataclass(frozen=True)
class AnchorRow:
    id: int
    certificate: bytes
    sha256: str
    label: str
    added_by: str
    added_at: str


@dataclass(frozen=True)
class Holder:
    """A contact that has this very certificate stored with it."""

    kind: str                  # "person" | "organisation"
    id: int
    name: str
    organisation: str          # the person's organisation, "" for an organisation itself


def holders(conn: Connection, certificate: bytes) -> list[Holder]:
    """Every person and organisation whose stored certificate is exactly ``certificate``."""
    found = [Holder("organisation", int(row[0]), row[1], "")
             for row in conn.execute("SELECT id, name FROM organisations WHERE certificate = ?", (certificate,))]
    found += [Holder("person", int(row[0]), row[1], row[2] or "") for row in conn.execute(
        "SELECT p.id, p.name, o.name FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id "
        "WHERE p.certificate = ?", (certificate,))]
    return found


def certificate_of(conn: Connection, kind: str, contact_id: int) -> bytes | None:
    table = "people" if kind == "person" else "organisations"
    row = conn.execute(f"SELECT certificate FROM {table} WHERE id = ?", (contact_id,)).fetchone()
    return bytes(row[0]) if row is not None and row[0] is not None else None


def check(conn: Connection, kind: str, contact_id: int) -> CheckRow | None:
    row = conn.execute("SELECT contact_kind, contact_id, sha256, confirmed_by, confirmed_at, how FROM "
                       "certificate_checks WHERE contact_kind = ? AND contact_id = ?", (kind, contact_id)).fetchone()
    return CheckRow(row[0], int(row[1]), row[2], row[3], row[4], row[5]) if row is not None else None


def put_check(conn: Connection, row: CheckRow) -> None:
    conn.execute("INSERT OR REPLACE INTO certificate_checks (contact_kind, contact_id, sha256, confirmed_by, "
                 "confirmed_at, how) VALUES (?, ?, ?, ?, ?, ?)",
                 (row.contact_kind, row.contact_id, row.sha256, row.confirmed_by, row.confirmed_at, row.how))


def anchors(conn: Connection) -> list[AnchorRow]:
    return [AnchorRow(int(r[0]), bytes(r[1]), r[2], r[3], r[4], r[5]) for r in conn.execute(
        "SELECT id, certificate, sha256, label, added_by, added_at FROM trust_anchors ORDER BY label, id")]


def add_anchor(conn: Connection, certificate: bytes, sha256: str, label: str, by: str, at: str) -> int:
    cursor = conn.execute("INSERT INTO trust_anchors (certificate, sha256, label, added_by, added_at) "
                          "VALUES (?, ?, ?, ?, ?)", (certificate, sha256, label, by, at))
    return int(cursor.lastrowid or 0)


def remove_anchor(conn: Connection, anchor_id: int) -> AnchorRow | None:
    found = next((a for a in anchors(conn) if a.id == anchor_id), None)
    if found is not None:
        conn.execute("DELETE FROM trust_anchors WHERE id = ?", (anchor_id,))
    return found
