"""Kindcheck notes."""

from __future__ import annotations

from ..domain.kindcheck import Answer, Kindcheck, KindcheckAction, KindcheckReason
from .cases import day, text
from .connection import Connection

_COLUMNS = ("id, on_date, patient, reason, reason_other, cares_for_children, children_count, children_ages, "
            "adequate_care, can_ask_for_help, has_network, concerns, action, next_check, author_login, "
            "case_id, member_id")


def _kindcheck(r: tuple) -> Kindcheck:
    return Kindcheck(
        id=int(r[0]), on=day(r[1]), patient=r[2], reason=KindcheckReason(r[3]), reason_other=r[4],
        cares_for_children=Answer(r[5]), children_count=r[6],
        children_ages=tuple(int(a) for a in r[7].split(",") if a.strip()), adequate_care=Answer(r[8]),
        can_ask_for_help=Answer(r[9]), has_network=Answer(r[10]), concerns=r[11],
        action=KindcheckAction(r[12]), next_check=day(r[13]), author_login=r[14], case_id=r[15],
        member_id=r[16])


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
    return [_kindcheck(r) for r in rows]


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
    return [(_kindcheck(r), r[17] or "") for r in rows]
