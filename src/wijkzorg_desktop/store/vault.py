"""Where a vault's files live, and opening its database: integrity, migrations, backups."""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..config import BACKUP_DIRNAME, DB_FILENAME, KEYFILE_FILENAME, LOCKFILE_FILENAME
from ..domain.errors import NoVault, StorageFailed, VaultCorrupt, VaultExists
from ..domain.os_errors import os_reason
from . import schema
from .atomic import fsync_dir
from .connection import PAGE_HMAC, Connection, cipher_problems, connect, page_hmac
from .reencrypt import reencrypted


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def keys(self) -> Path:
        return self.root / KEYFILE_FILENAME

    @property
    def lock(self) -> Path:
        return self.root / LOCKFILE_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIRNAME

    def exists(self) -> bool:
        return self.db.exists() or self.keys.exists()

    def database_files(self) -> list[Path]:
        return [self.db, self.db.with_name(self.db.name + "-wal"), self.db.with_name(self.db.name + "-shm")]


def prepare_new(paths: VaultPaths) -> None:
    if paths.exists():
        raise VaultExists(path=str(paths.root))
    try:
        paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StorageFailed(path=str(paths.root), reason=os_reason(exc)) from exc


def remove_database(paths: VaultPaths) -> None:
    """Undo a vault that failed while it was being made."""
    for path in [*paths.database_files(), paths.keys]:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def create_database(paths: VaultPaths, data_key: bytes | bytearray,
                    migrations: list[schema.Migration] | None = None) -> Connection:
    conn = connect(paths.db, data_key)
    try:
        os.chmod(paths.db, 0o600)
        schema.apply(conn, migrations if migrations is not None else schema.bundled())
    except BaseException:
        conn.close()
        raise
    return conn


def open_database(paths: VaultPaths, data_key: bytes | bytearray, *, verify: bool = False,
                  migrations: list[schema.Migration] | None = None) -> Connection:
    """The vault's connection, opened with its key and migrated to the schema this program knows.

    The cheap checks only (the key opens it, its schema is one this program knows): the page check over
    the whole file grows with the vault, so the window runs it in the background after unlock and
    ``wijkzorg check`` in full. ``verify`` runs it here; a migration always does, before its backup.
    """
    if not paths.db.exists():
        raise NoVault(path=str(paths.root))
    migrations = migrations if migrations is not None else schema.bundled()
    conn = connect(paths.db, data_key)
    try:
        if page_hmac(conn) != PAGE_HMAC:
            # the old file is kept as a backup first, as before a migration; without room for it, the
            # vault is used as it is and re-encrypted at a later open
            with contextlib.suppress(StorageFailed):
                backup(conn, paths, "voor-herversleuteling")
                conn = reencrypted(paths.db, conn, data_key)
        todo = schema.pending(conn, migrations)
        if verify or todo:
            problems = cipher_problems(conn)
            if problems:
                raise VaultCorrupt(problems="; ".join(problems[:5]))
        if todo:
            copy = backup(conn, paths, f"voor-schema-{todo[0].version:04d}")
            schema.apply(conn, migrations, backup=str(copy))
    except BaseException:
        conn.close()
        raise
    return conn


def backup(conn: Connection, paths: VaultPaths, label: str) -> Path:
    """An encrypted copy of the database file (same key), after folding the WAL into it."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = paths.backups / f"vault-{stamp}-{label}.db"
    tmp = target.with_suffix(".tmp")
    try:
        paths.backups.mkdir(exist_ok=True, mode=0o700)
        shutil.copyfile(paths.db, tmp)
        os.chmod(tmp, 0o600)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_dir(paths.backups)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageFailed(path=str(target), reason=os_reason(exc)) from exc
    return target
