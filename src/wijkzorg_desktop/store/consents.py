"""Consent records and recorded bases for sharing without consent."""

from __future__ import annotations

from ..domain.consent import (
    BasisRecord,
    Consent,
    ConsentForm,
    ConsentStatus,
    Purpose,
    Recipient,
    SharingBasis,
    Weighing,
)
from .cases import day, grouped, text
from .connection import Connection

_CONSENT = "id, member_id, recipient_kind, recipient_id, purpose, status, on_date, form, recorded_by, note, case_id"


def _consent(r: tuple) -> Consent:
    return Consent(id=int(r[0]), member_id=int(r[1]), recipient=Recipient(r[2], int(r[3])), purpose=Purpose(r[4]),
                   status=ConsentStatus(r[5]), on=day(r[6]), form=ConsentForm(r[7]) if r[7] else None,
                   recorded_by=r[8], note=r[9])


def consents(conn: Connection, case_id: int) -> list[Consent]:
    rows = conn.execute(f"SELECT {_CONSENT} FROM consents WHERE case_id = ? ORDER BY on_date, id", (case_id,))
    return [_consent(r) for r in rows]


def consents_by_case(conn: Connection) -> dict[int, list[Consent]]:
    return grouped(conn.execute(f"SELECT {_CONSENT} FROM consents ORDER BY case_id, on_date, id"), _consent, key=10)


def add_consent(conn: Connection, case_id: int, c: Consent) -> int:
    cur = conn.execute("INSERT INTO consents (case_id, member_id, recipient_kind, recipient_id, purpose, status, "
                       "on_date, form, recorded_by, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
                       (case_id, c.member_id, c.recipient.kind, c.recipient.id, str(c.purpose), str(c.status),
                        text(c.on), str(c.form) if c.form else None, c.recorded_by, c.note))
    return int(cur.lastrowid)


_BASIS = ("id, basis, recipient_kind, recipient_id, purpose, on_date, recorded_by, serious_interest, other_way, "
          "why_no_consent, outweighs, what_to_whom, case_id")


def _basis(r: tuple) -> BasisRecord:
    weighing = None
    if SharingBasis(r[1]) == SharingBasis.CONFLICT_OF_DUTIES:
        weighing = Weighing(r[7], r[8], r[9], None if r[10] is None else bool(r[10]), r[11])
    return BasisRecord(id=int(r[0]), basis=SharingBasis(r[1]), recipient=Recipient(r[2], int(r[3])),
                       purpose=Purpose(r[4]), on=day(r[5]), recorded_by=r[6], weighing=weighing)


def bases(conn: Connection, case_id: int) -> list[BasisRecord]:
    rows = conn.execute(f"SELECT {_BASIS} FROM sharing_bases WHERE case_id = ? ORDER BY on_date, id", (case_id,))
    return [_basis(r) for r in rows]


def bases_by_case(conn: Connection) -> dict[int, list[BasisRecord]]:
    return grouped(conn.execute(f"SELECT {_BASIS} FROM sharing_bases ORDER BY case_id, on_date, id"), _basis, key=12)


def add_basis(conn: Connection, case_id: int, b: BasisRecord) -> int:
    w = b.weighing or Weighing()
    cur = conn.execute(
        "INSERT INTO sharing_bases (case_id, basis, recipient_kind, recipient_id, purpose, on_date, recorded_by, "
        "serious_interest, other_way, why_no_consent, outweighs, what_to_whom) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (case_id, str(b.basis), b.recipient.kind, b.recipient.id, str(b.purpose), text(b.on), b.recorded_by,
         w.serious_interest, w.other_way, w.why_no_consent, None if w.outweighs is None else int(w.outweighs),
         w.what_to_whom))
    return int(cur.lastrowid)
