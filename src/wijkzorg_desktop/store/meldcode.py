"""The meldcode track: steps, advice requests, decisions and Veilig Thuis contacts."""

from __future__ import annotations

from ..domain.assessment import Outcome
from ..domain.meldcode import AdviceFrom, AdviceRequest, Decision, StepRecord, VtContact, VtContactKind, VtRole
from .cases import day, grouped, text
from .connection import Connection

_VT = "id, case_id, kind, on_date, role, reference, case_manager_id, expected_feedback, received_on, summary, by_login"


def _step(r: tuple) -> StepRecord:
    return StepRecord(int(r[0]), int(r[1]), day(r[2]), r[3], r[4])


def steps(conn: Connection, case_id: int) -> list[StepRecord]:
    rows = conn.execute("SELECT case_id, step, on_date, by_login, notes FROM meldcode_steps WHERE case_id = ? "
                        "ORDER BY step", (case_id,))
    return [_step(r) for r in rows]


def steps_by_case(conn: Connection) -> dict[int, list[StepRecord]]:
    rows = conn.execute("SELECT case_id, step, on_date, by_login, notes FROM meldcode_steps ORDER BY case_id, step")
    return grouped(rows, _step, key=0)


def put_step(conn: Connection, s: StepRecord) -> None:
    conn.execute("INSERT INTO meldcode_steps (case_id, step, on_date, by_login, notes) VALUES (?, ?, ?, ?, ?) "
                 "ON CONFLICT (case_id, step) DO UPDATE SET on_date = excluded.on_date, "
                 "by_login = excluded.by_login, notes = excluded.notes",
                 (s.case_id, s.step, text(s.on), s.by_login, s.notes))


_ADVICE = "id, case_id, source, on_date, by_login, summary, anonymous"


def _advice(r: tuple) -> AdviceRequest:
    return AdviceRequest(id=int(r[0]), case_id=int(r[1]), source=AdviceFrom(r[2]), on=day(r[3]), by_login=r[4],
                         summary=r[5], anonymous=bool(r[6]))


def advice_requests(conn: Connection, case_id: int) -> list[AdviceRequest]:
    rows = conn.execute(f"SELECT {_ADVICE} FROM advice_requests WHERE case_id = ? ORDER BY on_date, id", (case_id,))
    return [_advice(r) for r in rows]


def advice_requests_by_case(conn: Connection) -> dict[int, list[AdviceRequest]]:
    return grouped(conn.execute(f"SELECT {_ADVICE} FROM advice_requests ORDER BY case_id, on_date, id"), _advice)


def add_advice_request(conn: Connection, a: AdviceRequest) -> int:
    cur = conn.execute("INSERT INTO advice_requests (case_id, source, on_date, by_login, summary, anonymous) "
                       "VALUES (?, ?, ?, ?, ?, ?)",
                       (a.case_id, str(a.source), text(a.on), a.by_login, a.summary, int(a.anonymous)))
    return int(cur.lastrowid)


_DECISION = "id, case_id, answers, advised, decided, by_login, on_date, why"


def _decision(r: tuple) -> Decision:
    return Decision(id=int(r[0]), case_id=int(r[1]), answers=tuple(c == "j" for c in r[2]),
                    advised=Outcome(r[3]), decided=Outcome(r[4]), by_login=r[5], on=day(r[6]), why=r[7])


def decisions(conn: Connection, case_id: int) -> list[Decision]:
    rows = conn.execute(f"SELECT {_DECISION} FROM decisions WHERE case_id = ? ORDER BY id", (case_id,))
    return [_decision(r) for r in rows]


def decisions_by_case(conn: Connection) -> dict[int, list[Decision]]:
    return grouped(conn.execute(f"SELECT {_DECISION} FROM decisions ORDER BY case_id, id"), _decision)


def add_decision(conn: Connection, d: Decision) -> int:
    cur = conn.execute("INSERT INTO decisions (case_id, answers, advised, decided, by_login, on_date, why) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (d.case_id, "".join("j" if a else "n" for a in d.answers), str(d.advised), str(d.decided),
                        d.by_login, text(d.on), d.why))
    return int(cur.lastrowid)


def _vt(r: tuple) -> VtContact:
    return VtContact(id=int(r[0]), case_id=int(r[1]), kind=VtContactKind(r[2]), on=day(r[3]), role=VtRole(r[4]),
                     reference=r[5], case_manager_id=r[6], expected_feedback=day(r[7]), received_on=day(r[8]),
                     summary=r[9], by_login=r[10])


def vt_contacts(conn: Connection, case_id: int | None = None) -> list[VtContact]:
    """One case's contacts, or (``None``) every case's: the cases list shows overdue feedback."""
    if case_id is None:
        return [_vt(r) for r in conn.execute(f"SELECT {_VT} FROM vt_contacts ORDER BY on_date, id")]
    rows = conn.execute(f"SELECT {_VT} FROM vt_contacts WHERE case_id = ? ORDER BY on_date, id", (case_id,))
    return [_vt(r) for r in rows]


def vt_contacts_by_case(conn: Connection) -> dict[int, list[VtContact]]:
    return grouped(conn.execute(f"SELECT {_VT} FROM vt_contacts ORDER BY case_id, on_date, id"), _vt)


def awaited_feedback(conn: Connection, owner: str | None = None) -> list[tuple[VtContact, str, str, str]]:
    """Contacts of open cases whose terugkoppeling is still awaited, with the case's updated_at, label and
    responsible login, in the order of the cases list, then as ``vt_contacts``; ``owner``: only in the
    cases that user is responsible for. The partial index holds only the awaited ones."""
    cols = ", ".join("v." + c for c in _VT.split(", "))
    rows = conn.execute(
        f"SELECT {cols}, c.updated_at, c.label, c.responsible_login FROM vt_contacts v "
        "CROSS JOIN cases c ON c.id = v.case_id "
        "WHERE v.received_on IS NULL AND v.expected_feedback IS NOT NULL AND c.status = 'open' "
        "AND (:owner IS NULL OR c.responsible_login = :owner) "
        "ORDER BY c.updated_at DESC, c.id DESC, v.on_date, v.id", {"owner": owner})
    return [(_vt(r), r[11], r[12], r[13]) for r in rows]


def vt_contact(conn: Connection, contact_id: int) -> VtContact | None:
    row = conn.execute(f"SELECT {_VT} FROM vt_contacts WHERE id = ?", (contact_id,)).fetchone()
    return _vt(row) if row else None


def put_vt_contact(conn: Connection, v: VtContact) -> int:
    values = (str(v.kind), text(v.on), str(v.role), v.reference, v.case_manager_id, text(v.expected_feedback),
              text(v.received_on), v.summary, v.by_login)
    if v.id is None:
        cur = conn.execute("INSERT INTO vt_contacts (case_id, kind, on_date, role, reference, case_manager_id, "
                           "expected_feedback, received_on, summary, by_login) VALUES (?,?,?,?,?,?,?,?,?,?)",
                           (v.case_id, *values))
        return int(cur.lastrowid)
    conn.execute("UPDATE vt_contacts SET kind = ?, on_date = ?, role = ?, reference = ?, case_manager_id = ?, "
                 "expected_feedback = ?, received_on = ?, summary = ?, by_login = ? WHERE id = ?", (*values, v.id))
    return v.id
