"""Opening the SQLCipher database: the raw key first, then a test query, then the pragmas."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from ..domain.errors import NotAVault

Connection = sqlcipher.Connection
DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError


def connect(path: Path, data_key: bytes | bytearray) -> Connection:
    """An open connection, or ``NotAVault`` when the file does not open with this key."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher's own log goes to stderr; failures reach the user as our messages instead.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except DatabaseError as exc:
        conn.close()
        raise NotAVault(path=str(path)) from exc
    return conn


def cipher_problems(conn: Connection) -> list[str]:
    """Pages whose HMAC fails (an altered or damaged file), as SQLCipher reports them."""
    return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def sqlite_problems(conn: Connection) -> list[str]:
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: everything inside commits together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
