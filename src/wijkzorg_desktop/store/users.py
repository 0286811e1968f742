"""Users table."""

from __future__ import annotations

from ..domain.users import Role, User
from .connection import Connection

_COLUMNS = "id, login, full_name, role, active, created_at, deactivated_at"


def _user(row: tuple) -> User:
    return User(int(row[0]), str(row[1]), str(row[2]), Role(row[3]), bool(row[4]), str(row[5]), row[6])


def insert(conn: Connection, login: str, full_name: str, role: Role, created_at: str) -> User:
    cur = conn.execute("INSERT INTO users (login, full_name, role, created_at) VALUES (?, ?, ?, ?)",
                       (login, full_name, str(role), created_at))
    return User(int(cur.lastrowid), login, full_name, role, True, created_at)


def by_login(conn: Connection, login: str) -> User | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE login = ?", (login,)).fetchone()
    return _user(row) if row else None


def all_users(conn: Connection) -> list[User]:
    return [_user(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY active DESC, login")]


def count_active_admins(conn: Connection) -> int:
    row = conn.execute("SELECT count(*) FROM users WHERE active = 1 AND role = 'beheerder'").fetchone()
    return int(row[0])


def set_active(conn: Connection, login: str, active: bool, at: str | None) -> None:
    conn.execute("UPDATE users SET active = ?, deactivated_at = ? WHERE login = ?",
                 (int(active), None if active else at, login))


def update(conn: Connection, login: str, full_name: str, role: Role) -> None:
    conn.execute("UPDATE users SET full_name = ?, role = ? WHERE login = ?", (full_name, str(role), login))
