"""Practice settings as key/value rows."""

from __future__ import annotations

from ..domain.practice import PracticeSettings
from .connection import Connection


def get(conn: Connection, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def put(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


LETTERHEAD = ("address", "phone", "email", "website")


def practice(conn: Connection, default_lock_minutes: int) -> PracticeSettings:
    return PracticeSettings(get(conn, "practice.name"),
                            int(get(conn, "practice.lock_minutes", str(default_lock_minutes))),
                            **{field: get(conn, f"practice.{field}") for field in LETTERHEAD},
                            verify_after_months=verify_after_months(conn))


def verify_after_months(conn: Connection) -> int:
    """After how many months a contact is to be checked before a meeting (12 until the practice sets it)."""
    return int(get(conn, "practice.verify_after_months", "12"))


def put_practice(conn: Connection, settings: PracticeSettings) -> None:
    put(conn, "practice.name", settings.name)
    put(conn, "practice.lock_minutes", str(settings.lock_minutes))
    for field in LETTERHEAD:
        put(conn, f"practice.{field}", getattr(settings, field))
    put(conn, "practice.verify_after_months", str(settings.verify_after_months))


def all_settings(conn: Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM settings ORDER BY key")}
