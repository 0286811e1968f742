"""Follow-ups made by hand."""

from __future__ import annotations

from datetime import time

from ..domain.followups import FollowUp, FollowUpKind, FollowUpStatus, Recurrence
from .cases import day, text
from .connection import Connection

_COLUMNS = ("id, what, kind, owner_login, due, due_time, case_id, party_id, person_id, meeting_id, "
            "recur_every_days, recur_until, status, result")


def _followup(r: tuple) -> FollowUp:
    recurrence = Recurrence(int(r[10]), day(r[11])) if r[10] else None
    return FollowUp(id=int(r[0]), what=r[1], kind=FollowUpKind(r[2]), owner_login=r[3], due=day(r[4]),
                    due_time=time.fromisoformat(r[5]) if r[5] else None, case_id=r[6], party_id=r[7],
                    person_id=r[8], meeting_id=r[9], recurrence=recurrence, status=FollowUpStatus(r[12]),
                    result=r[13])


def _values(f: FollowUp) -> tuple:
    return (f.what, str(f.kind), f.owner_login, text(f.due), f.due_time.isoformat("minutes") if f.due_time else None,
            f.case_id, f.party_id, f.person_id, f.meeting_id, f.recurrence.every_days if f.recurrence else None,
            text(f.recurrence.until) if f.recurrence else None, str(f.status), f.result)


def insert(conn: Connection, f: FollowUp, by_login: str, now: str) -> int:
    cur = conn.execute(f"INSERT INTO followups ({_COLUMNS.removeprefix('id, ')}, created_by, created_at, updated_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (*_values(f), by_login, now, now))
    return int(cur.lastrowid)


def update(conn: Connection, f: FollowUp, now: str) -> None:
    names = _COLUMNS.removeprefix("id, ").split(", ")
    assignments = ", ".join(f"{n} = ?" for n in names)
    conn.execute(f"UPDATE followups SET {assignments}, updated_at = ? WHERE id = ?", (*_values(f), now, f.id))


def get(conn: Connection, followup_id: int) -> FollowUp | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM followups WHERE id = ?", (followup_id,)).fetchone()
    return _followup(row) if row else None


def all_followups(conn: Connection, owner_login: str | None = None, open_only: bool = False) -> list[FollowUp]:
    where, args = [], []
    if owner_login is not None:
        where.append("owner_login = ?")
        args.append(owner_login)
    if open_only:
        where.append("status = 'open'")
    sql = f"SELECT {_COLUMNS} FROM followups" + (" WHERE " + " AND ".join(where) if where else "")
    return [_followup(r) for r in conn.execute(sql + " ORDER BY due IS NULL, due, due_time, id", args)]
