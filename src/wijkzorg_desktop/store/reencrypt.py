"""Re-encrypting a vault made with ``LEGACY_PAGE_HMAC`` into one with ``PAGE_HMAC``: the same key and rows,
written whole into a file beside it, checked, and only then put in its place.

At every moment one complete vault is where the program looks for it: until the rename the old file
(with its WAL folded in) is untouched, and a copy left by a crash or a power cut is removed at the next
open. A copy that cannot be made (a damaged page, a full disk) leaves the old vault in use; the next open
tries again."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .atomic import fsync_dir
from .connection import PAGE_HMAC, Connection, DatabaseError, connect, page_hmac


def staging(db: Path) -> Path:
    return db.with_name(db.name + ".rekey")


def discard_staging(db: Path) -> None:
    """What a re-encryption stopped half-way left behind."""
    target = staging(db)
    for path in (target, *(target.with_name(target.name + end) for end in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _counts(conn: Connection, schema: str = "main") -> dict[str, int]:
    names = [str(r[0]) for r in conn.execute(f"SELECT name FROM {schema}.sqlite_schema WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]) for name in names}


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def reencrypted(db: Path, conn: Connection, data_key: bytes | bytearray) -> Connection:
    """A connection to ``db`` re-encrypted with ``PAGE_HMAC``; ``conn`` (closed then) if it already was, or
    ``conn`` itself, still open and unchanged, when the copy could not be made."""
    if page_hmac(conn) == PAGE_HMAC:
        return conn
    target = staging(db)
    discard_staging(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        before = _counts(conn)
        conn.execute("ATTACH DATABASE ? AS rekey KEY ?", (str(target), f"x'{bytes(data_key).hex()}'"))
        try:
            conn.execute(f"PRAGMA rekey.cipher_hmac_algorithm = {PAGE_HMAC}")
            conn.execute("SELECT sqlcipher_export('rekey')").fetchall()
            conn.execute(f"PRAGMA rekey.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE rekey")
        os.chmod(target, 0o600)
        _fsync(target)
        copy = connect(target, data_key, page_hmac=PAGE_HMAC)
        try:
            same = (int(copy.execute("PRAGMA user_version").fetchone()[0]) == version and _counts(copy) == before)
        finally:
            copy.close()
        if not same:
            raise DatabaseError("the re-encrypted copy differs from the vault")
    except (DatabaseError, OSError):
        discard_staging(db)
        return conn
    conn.close()  # folds the WAL in (it is empty after the checkpoint) and removes it
    for end in ("-wal", "-shm"):
        side = db.with_name(db.name + end)
        with contextlib.suppress(FileNotFoundError):
            if end == "-wal" and side.stat().st_size:  # never leave old frames beside the new file
                discard_staging(db)
                return connect(db, data_key)
            side.unlink()
    os.replace(target, db)
    fsync_dir(db.parent)
    return connect(db, data_key, page_hmac=PAGE_HMAC)
