"""The audit table: append a chained record, read them back, verify the chain and its guards."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from ..domain.audit import GENESIS_HASH, AuditEntry, AuditFilter, AuditRecord, ChainCheck, ChainProblem, record_hash
from ..domain.text import QT_TRANSLATE_NOOP, Message
from .connection import Connection

_COLUMNS = ("id, at, user_login, user_role, workstation, action, object_type, object_id, case_id, "
            "outcome, detail, prev_hash, hash")


@dataclass(frozen=True)
class Actor:
    """Who does something, and where: written into every audit record."""

    login: str
    role: str
    workstation: str


def append(conn: Connection, actor: Actor, entry: AuditEntry, at: datetime) -> AuditRecord:
    """Add one record. Call inside the transaction that makes the change it records."""
    last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    prev_id, prev_hash = (int(last[0]), str(last[1])) if last else (0, GENESIS_HASH)
    fields: dict[str, object] = {
        "id": prev_id + 1,
        "at": at.isoformat(timespec="microseconds").replace("+00:00", "Z"),
        "user_login": actor.login,
        "user_role": actor.role,
        "workstation": actor.workstation,
        "action": str(entry.action),
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "case_id": entry.case_id,
        "outcome": str(entry.outcome),
        "detail": entry.detail,
        "prev_hash": prev_hash,
    }
    fields["hash"] = record_hash(fields)
    conn.execute(f"INSERT INTO audit_log ({_COLUMNS}) VALUES ({', '.join('?' * 13)})",
                 tuple(fields.values()))
    conn.execute("INSERT OR IGNORE INTO audit_object_types (name) VALUES (?)", (entry.object_type,))
    return AuditRecord(**fields)  # type: ignore[arg-type]


def _record(row: tuple) -> AuditRecord:
    return AuditRecord(*row)


def query(conn: Connection, flt: AuditFilter) -> list[AuditRecord]:
    """Records matching the filter, newest first."""
    where, args = [], []
    if flt.user_login:
        where.append("user_login = ?")
        args.append(flt.user_login)
    if flt.action:
        where.append("action = ?")
        args.append(flt.action)
    if flt.object_text:
        where.append("(object_type LIKE ? OR object_id LIKE ? OR case_id LIKE ?)")
        like = f"%{flt.object_text}%"
        args += [like, like, like]
    if flt.case_id:
        where.append("case_id = ?")
        args.append(flt.case_id)
    if flt.date_from:
        where.append("at >= ?")
        args.append(flt.date_from)
    if flt.date_to:
        where.append("at < date(?, '+1 day')")
        args.append(flt.date_to)
    sql = f"SELECT {_COLUMNS} FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC LIMIT ?"
    args.append(flt.limit)
    return [_record(row) for row in conn.execute(sql, args)]


def all_records(conn: Connection) -> list[AuditRecord]:
    return [_record(row) for row in conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY id")]


ROWS_PER_RUN = 10_000


def record_rows(conn: Connection, run: int = ROWS_PER_RUN) -> Iterator[list[tuple]]:
    """Every record as a row (``AuditRecord``'s fields in order), by id, a run of rows at a time: a log of
    millions of records is read through without holding it."""
    cursor = conn.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY id")
    try:
        while rows := cursor.fetchmany(run):
            yield rows
    finally:
        cursor.close()


def distinct_values(conn: Connection, column: str) -> list[str]:
    """The values a column holds, in order. An indexed column is read by skipping from one value to the
    next in its index (a seek per value), not by reading every record."""
    if column not in ("user_login", "action", "object_type"):
        raise ValueError(column)
    if column == "action":
        return [str(r[0]) for r in conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY 1")]
    if column == "object_type":
        return [str(r[0]) for r in conn.execute("SELECT name FROM audit_object_types ORDER BY name")]
    rows = conn.execute(
        f"WITH RECURSIVE v(value) AS (SELECT min({column}) FROM audit_log UNION ALL "
        f"SELECT (SELECT min({column}) FROM audit_log WHERE {column} > v.value) FROM v WHERE v.value IS NOT NULL) "
        "SELECT value FROM v WHERE value IS NOT NULL")
    return [str(r[0]) for r in rows]


_GUARDS = ("audit_log_no_update", "audit_log_no_delete")


def verify(conn: Connection) -> list[ChainProblem]:
    """Chain problems plus missing append-only guards (record id 0 means the table as a whole)."""
    present = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger'")}
    problems = [
        ChainProblem(0, Message("audit", QT_TRANSLATE_NOOP("audit", "the guard {name} is missing"),
                                {"name": name}))
        for name in _GUARDS if name not in present
    ]
    chain = ChainCheck()
    for rows in record_rows(conn):
        chain.feed(rows)
    return problems + chain.problems
