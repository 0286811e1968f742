"""Unsaved form contents kept across a lock, per user and form."""

from __future__ import annotations

import json

from .connection import Connection


def save(conn: Connection, login: str, form_key: str, payload: dict[str, object], at: str) -> None:
    conn.execute("INSERT INTO drafts (user_login, form_key, payload, saved_at) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (user_login, form_key) DO UPDATE SET payload = excluded.payload, "
                 "saved_at = excluded.saved_at",
                 (login, form_key, json.dumps(payload, ensure_ascii=False), at))


def for_user(conn: Connection, login: str) -> dict[str, dict[str, object]]:
    rows = conn.execute("SELECT form_key, payload FROM drafts WHERE user_login = ?", (login,))
    return {str(key): json.loads(payload) for key, payload in rows}


def delete(conn: Connection, login: str, form_key: str) -> None:
    conn.execute("DELETE FROM drafts WHERE user_login = ? AND form_key = ?", (login, form_key))


def all_drafts(conn: Connection) -> list[dict[str, object]]:
    rows = conn.execute("SELECT user_login, form_key, payload, saved_at FROM drafts ORDER BY user_login")
    return [{"user_login": u, "form_key": k, "payload": json.loads(p), "saved_at": s} for u, k, p, s in rows]
