"""Kindcheck notes."""

from __future__ import annotations

from ..domain.kindcheck import Answer, Kindcheck, KindcheckAction, KindcheckReason
from .cases import day, text
from .connection import Connection

_COLUMNS = ("id, on_date, patient, reason, reason_other, cares_for_children, children_count, children_ages, "
            "adequate_care, can_ask_for_help, has_network, concerns, action, next_check, author_login, "
            "case_id, member_id")


class _Shared:
    """Equal values of a long read made once: dates, logins, initials and answers repeat across a
    hundred thousand kindchecks, and each row would otherwise hold its own copy."""

    def __init__(self) -> None:
        self.days: dict[str, object] = {}
        self.texts: dict[object, object] = {}

    def day(self, value: str | None) -> object:
        if not value:
            return None
        found = self.days.get(value)
        if found is None:
            found = self.days[value] = day(value)
        return found

    def text(self, value: object) -> object:
        return self.texts.setdefault(value, value)


def _kindcheck(r: tuple, shared: _Shared | None = None) -> Kindcheck:
    s = shared or _Shared()
    ages = r[7]
    return Kindcheck(
        id=int(r[0]), on=s.day(r[1]), patient=s.text(r[2]), reason=KindcheckReason(r[3]), reason_other=s.text(r[4]),
        cares_for_children=Answer(r[5]), children_count=r[6],
        children_ages=s.text(tuple(int(a) for a in ages.split(",") if a.strip())) if ages else (),
        adequate_care=Answer(r[8]), can_ask_for_help=Answer(r[9]), has_network=Answer(r[10]),
        concerns=s.text(r[11]), action=KindcheckAction(r[12]), next_check=s.day(r[13]),
        author_login=s.text(r[14]), case_id=r[15], member_id=r[16])


def _values(k: Kindcheck) -> tuple:
    return (text(k.on), k.patient, str(k.reason), k.reason_other, str(k.cares_for_children), k.children_count,
            ",".join(str(a) for a in k.children_ages), str(k.adequate_care), str(k.can_ask_for_help),
            str(k.has_network), k.concerns, str(k.action), text(k.next_check), k.author_login, k.case_id,
            k.member_id)


def insert(conn: Connection, k: Kindcheck, now: str) -> int:
    cur = conn.execute(f"INSERT INTO kindchecks ({_COLUMNS.removeprefix('id, ')}, created_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (*_values(k), now))
    return int(cur.lastrowid)


def update(conn: Connection, k: Kindcheck) -> None:
    names = _COLUMNS.removeprefix("id, ").split(", ")
    assignments = ", ".join(f"{n} = ?" for n in names)
    conn.execute(f"UPDATE kindchecks SET {assignments} WHERE id = ?", (*_values(k), k.id))


def link_case(conn: Connection, kindcheck_id: int, case_id: int, member_id: int | None) -> None:
    conn.execute("UPDATE kindchecks SET case_id = ?, member_id = ? WHERE id = ?",
                 (case_id, member_id, kindcheck_id))


def get(conn: Connection, kindcheck_id: int) -> Kindcheck | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM kindchecks WHERE id = ?", (kindcheck_id,)).fetchone()
    return _kindcheck(row) if row else None


def all_kindchecks(conn: Connection) -> list[Kindcheck]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM kindchecks ORDER BY on_date DESC, id DESC")
    shared = _Shared()
    return [_kindcheck(r, shared) for r in rows]


def for_case(conn: Connection, case_id: int) -> list[Kindcheck]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM kindchecks WHERE case_id = ? ORDER BY on_date DESC, id DESC",
                        (case_id,))
    return [_kindcheck(r) for r in rows]


def next_checks(conn: Connection, author: str | None = None) -> list[tuple[Kindcheck, str]]:
    """Kindchecks with a next check, except those of closed cases, with the case's label ("" for none),
    newest first as ``all_kindchecks``; ``author``: only that user's."""
    cols = ", ".join("k." + c for c in _COLUMNS.split(", "))
    rows = conn.execute(f"SELECT {cols}, c.label FROM kindchecks k LEFT JOIN cases c ON c.id = k.case_id "
                        "WHERE k.next_check IS NOT NULL AND (c.status IS NULL OR c.status = 'open') "
                        "AND (:author IS NULL OR k.author_login = :author) "
                        "ORDER BY k.on_date DESC, k.id DESC", {"author": author})
    shared = _Shared()
    return [(_kindcheck(r, shared), shared.text(r[17] or "")) for r in rows]
