"""Numbered SQL migrations tracked with ``PRAGMA user_version``, one transaction each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from ..domain.errors import MigrationFailed, VaultTooNew
from .connection import Connection, DatabaseError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled() -> list[Migration]:
    found = []
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migrations are not numbered 1..n without gaps")
    return found


LATEST = len(bundled())


def version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection, migrations: list[Migration]) -> list[Migration]:
    current = version(conn)
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise VaultTooNew(found=current, supported=latest)
    return [m for m in migrations if m.version > current]


def apply(conn: Connection, migrations: list[Migration], backup: str = "-") -> int:
    """Apply what is pending, each in its own transaction; stop at the last good version on error."""
    for migration in pending(conn, migrations):
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{migration.sql}\n;PRAGMA user_version = {migration.version};\nCOMMIT;"
            )
        except DatabaseError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise MigrationFailed(version=migration.version, name=migration.name, reason=str(exc),
                                  current=version(conn), backup=backup) from exc
    return version(conn)
