"""Cases and their household members."""

from __future__ import annotations

from datetime import date

from ..domain.cases import Case, CaseStatus, HouseholdMember, MemberRole
from .connection import Connection

_CASE = "id, label, status, responsible_login, summary, opened_on, closed_on, close_reason, updated_at"
_MEMBER = "id, case_id, role, initials, birth_year, is_patient, his_number"


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _case(row: tuple) -> Case:
    return Case(id=int(row[0]), label=row[1], status=CaseStatus(row[2]), responsible_login=row[3],
                summary=row[4], opened_on=day(row[5]), closed_on=day(row[6]), close_reason=row[7],
                updated_at=row[8])


def insert(conn: Connection, case: Case, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO cases (label, status, responsible_login, summary, opened_on, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case.label, str(case.status), case.responsible_login, case.summary, text(case.opened_on), now, now))
    return int(cur.lastrowid)


def update(conn: Connection, case: Case, now: str) -> None:
    conn.execute("UPDATE cases SET label = ?, responsible_login = ?, summary = ?, updated_at = ? "
                 "WHERE id = ?", (case.label, case.responsible_login, case.summary, now, case.id))


def set_status(conn: Connection, case_id: int, status: CaseStatus, closed_on: date | None, reason: str,
               now: str) -> None:
    conn.execute("UPDATE cases SET status = ?, closed_on = ?, close_reason = ?, updated_at = ? WHERE id = ?",
                 (str(status), text(closed_on), reason, now, case_id))


def touch(conn: Connection, case_id: int, now: str) -> None:
    conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id))


def get(conn: Connection, case_id: int) -> Case | None:
    row = conn.execute(f"SELECT {_CASE} FROM cases WHERE id = ?", (case_id,)).fetchone()
    return _case(row) if row else None


def all_cases(conn: Connection) -> list[Case]:
    return [_case(r) for r in conn.execute(f"SELECT {_CASE} FROM cases ORDER BY updated_at DESC, id DESC")]


def labels(conn: Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute("SELECT label FROM cases")]


def no_advice_reason(conn: Connection, case_id: int) -> str:
    row = conn.execute("SELECT no_vt_advice_why FROM cases WHERE id = ?", (case_id,)).fetchone()
    return str(row[0]) if row else ""


def set_no_advice_reason(conn: Connection, case_id: int, reason: str, now: str) -> None:
    conn.execute("UPDATE cases SET no_vt_advice_why = ?, updated_at = ? WHERE id = ?", (reason, now, case_id))


def _member(row: tuple) -> HouseholdMember:
    return HouseholdMember(id=int(row[0]), case_id=int(row[1]), role=MemberRole(row[2]), initials=row[3],
                           birth_year=row[4], is_patient=bool(row[5]), his_number=row[6])


def members(conn: Connection, case_id: int) -> list[HouseholdMember]:
    rows = conn.execute(f"SELECT {_MEMBER} FROM household_members WHERE case_id = ? ORDER BY CASE role "
                        "WHEN 'ouder' THEN 0 WHEN 'kind' THEN 1 ELSE 2 END, birth_year, id", (case_id,))
    return [_member(r) for r in rows]


def member(conn: Connection, member_id: int) -> HouseholdMember | None:
    row = conn.execute(f"SELECT {_MEMBER} FROM household_members WHERE id = ?", (member_id,)).fetchone()
    return _member(row) if row else None


def put_member(conn: Connection, m: HouseholdMember) -> int:
    values = (str(m.role), m.initials, m.birth_year, int(m.is_patient), m.his_number)
    if m.id is None:
        cur = conn.execute("INSERT INTO household_members (case_id, role, initials, birth_year, is_patient, "
                           "his_number) VALUES (?, ?, ?, ?, ?, ?)", (m.case_id, *values))
        return int(cur.lastrowid)
    conn.execute("UPDATE household_members SET role = ?, initials = ?, birth_year = ?, is_patient = ?, "
                 "his_number = ? WHERE id = ?", (*values, m.id))
    return m.id


def delete_member(conn: Connection, member_id: int) -> None:
    conn.execute("DELETE FROM household_members WHERE id = ?", (member_id,))
