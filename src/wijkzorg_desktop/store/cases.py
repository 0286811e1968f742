"""Cases and their household members."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable
from datetime import date
from typing import TypeVar

from ..domain.cases import Case, CaseStatus, HouseholdMember, MemberRole
from .connection import Connection

_CASE = "id, label, status, responsible_login, summary, opened_on, closed_on, close_reason, updated_at"
_MEMBER = "id, case_id, role, initials, birth_year, is_patient, his_number"


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def text(value: date | None) -> str | None:
    return value.isoformat() if value else None


T = TypeVar("T")


def ids(values: Collection[int]) -> str:
    """A set of ids as one parameter: ``x IN (SELECT value FROM json_each(?))`` takes any number."""
    return json.dumps(sorted({int(v) for v in values}))


def grouped(rows: Iterable[tuple], make: Callable[[tuple], T], key: int = 1) -> dict[int, list[T]]:
    """Rows of many cases (or entries) by the id in column ``key``, each group in the rows' order."""
    found: dict[int, list[T]] = {}
    for r in rows:
        found.setdefault(int(r[key]), []).append(make(r))
    return found


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


_OPEN_WORK = ("(SELECT count(*) FROM promises x WHERE x.case_id = c.id AND x.done_on IS NULL{late}) + "
              "(SELECT count(*) FROM plan_items x WHERE x.case_id = c.id AND x.done_on IS NULL{late})")
_LAST = ("max(coalesce(c.opened_on, ''), coalesce(c.closed_on, ''), "
         + ", ".join(f"coalesce((SELECT max(x.{column}) FROM {table} x WHERE x.case_id = c.id), '')"
                     for table, column in (("timeline_entries", "on_date"), ("meldcode_steps", "on_date"),
                                           ("advice_requests", "on_date"), ("vt_contacts", "on_date"),
                                           ("vt_contacts", "received_on"), ("case_parties", "last_contact"),
                                           ("promises", "made_on"), ("promises", "done_on")))
         + ")")
_SUMMARY = (
    f"SELECT {', '.join('c.' + c for c in _CASE.split(', '))}, "
    f"{_OPEN_WORK.format(late='')}, "
    f"CASE WHEN c.status = 'open' THEN {_OPEN_WORK.format(late=' AND x.due < :today')} ELSE 0 END, "
    "(SELECT coalesce(max(x.step), 0) FROM meldcode_steps x WHERE x.case_id = c.id), "
    "EXISTS (SELECT 1 FROM vt_contacts x WHERE x.case_id = c.id AND x.role = 'melder' AND x.received_on IS NULL "
    "AND x.expected_feedback < :today), "
    "(SELECT count(*) FROM household_members x WHERE x.case_id = c.id), "
    f"nullif({_LAST}, '') "
)
_ORDER = " ORDER BY c.updated_at DESC, c.id DESC"


def summaries(conn: Connection, today: date, case_ids: Collection[int] | None = None,
              first: int | None = None) -> list[tuple[Case, int, int, int, bool, int, date | None]]:
    """Every case (or these, or the first ``first``) in the order of ``all_cases``, each with its open
    promises and plan items, those past their date (none in a closed case), the highest meldcode step, a
    melding whose terugkoppeling is late, the household's size and the latest day something happened:
    one statement however many cases."""
    args: dict[str, object] = {"today": today.isoformat()}
    where = ""
    if case_ids is not None:
        where = " WHERE c.id IN (SELECT value FROM json_each(:ids))"
        args["ids"] = ids(case_ids)
    if first is None:
        sql = f"{_SUMMARY}FROM cases c{where}{_ORDER}"
    else:  # the first cases chosen from the bare table, so the figures are worked out for those only
        sql = f"{_SUMMARY}FROM (SELECT * FROM cases c{where}{_ORDER} LIMIT :first) c{_ORDER}"
        args["first"] = max(int(first), 0)
    return [(_case(r), int(r[9]), int(r[10]), int(r[11]), bool(r[12]), int(r[13]), day(r[14]))
            for r in conn.execute(sql, args)]


def by_ids(conn: Connection, case_ids: Collection[int]) -> dict[int, Case]:
    rows = conn.execute(f"SELECT {_CASE} FROM cases WHERE id IN (SELECT value FROM json_each(?))", (ids(case_ids),))
    return {int(r[0]): _case(r) for r in rows}


def no_advice_reasons(conn: Connection) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, no_vt_advice_why FROM cases")}


def open_cases(conn: Connection) -> list[Case]:
    """The open cases in the order of ``all_cases``."""
    return [_case(r) for r in conn.execute(f"SELECT {_CASE} FROM cases WHERE status = 'open' "
                                           "ORDER BY updated_at DESC, id DESC")]


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


_MEMBER_ORDER = "CASE role WHEN 'ouder' THEN 0 WHEN 'kind' THEN 1 ELSE 2 END, birth_year, id"


def members(conn: Connection, case_id: int) -> list[HouseholdMember]:
    rows = conn.execute(f"SELECT {_MEMBER} FROM household_members WHERE case_id = ? ORDER BY {_MEMBER_ORDER}",
                        (case_id,))
    return [_member(r) for r in rows]


def members_by_case(conn: Connection) -> dict[int, list[HouseholdMember]]:
    """Every case's household, each in the order of ``members``."""
    rows = conn.execute(f"SELECT {_MEMBER} FROM household_members ORDER BY case_id, {_MEMBER_ORDER}")
    return grouped(rows, _member)


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
