"""Organisations of the sociale kaart and the municipalities each serves."""

from __future__ import annotations

from collections.abc import Collection

from ..domain.availability import parse_availability
from ..domain.contacts import Organisation, OrganisationKind
from .cases import ids
from .connection import Connection

_COLUMNS = ("id, name, kind, address, phone, crisis_phone, secure_email, website, opening_hours, notes, "
            "certificate, updated_at")


def _municipalities(conn: Connection, organisation_id: int) -> tuple[str, ...]:
    rows = conn.execute("SELECT municipality FROM organisation_municipalities WHERE organisation_id = ? "
                        "ORDER BY position", (organisation_id,))
    return tuple(str(r[0]) for r in rows)


def _many_municipalities(conn: Connection, organisation_ids: Collection[int] | None) -> dict[int, tuple[str, ...]]:
    """The municipalities of these organisations (``None``: of all), in one read."""
    sql = "SELECT organisation_id, municipality FROM organisation_municipalities"
    args: tuple = ()
    if organisation_ids is not None:
        sql += " WHERE organisation_id IN (SELECT value FROM json_each(?))"
        args = (ids(organisation_ids),)
    found: dict[int, list[str]] = {}
    for r in conn.execute(sql + " ORDER BY organisation_id, position", args):
        found.setdefault(int(r[0]), []).append(str(r[1]))
    return {k: tuple(v) for k, v in found.items()}


def _organisation(conn: Connection, row: tuple, municipalities: tuple[str, ...] | None = None) -> Organisation:
    return Organisation(
        id=int(row[0]), name=str(row[1]), kind=OrganisationKind(row[2]), address=row[3], phone=row[4],
        crisis_phone=row[5], secure_email=row[6], website=row[7],
        opening_hours=parse_availability(row[8]), notes=row[9],
        certificate=bytes(row[10]) if row[10] is not None else None, updated_at=row[11],
        municipalities=_municipalities(conn, int(row[0])) if municipalities is None else municipalities,
    )


def _values(org: Organisation) -> tuple:
    return (org.name, str(org.kind), org.address, org.phone, org.crisis_phone, org.secure_email,
            org.website, org.opening_hours.text(), org.notes, org.certificate)


def _put_municipalities(conn: Connection, organisation_id: int, municipalities: tuple[str, ...]) -> None:
    conn.execute("DELETE FROM organisation_municipalities WHERE organisation_id = ?", (organisation_id,))
    conn.executemany("INSERT INTO organisation_municipalities (organisation_id, position, municipality) "
                     "VALUES (?, ?, ?)", [(organisation_id, i, m) for i, m in enumerate(municipalities)])


def insert(conn: Connection, org: Organisation, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO organisations (name, kind, address, phone, crisis_phone, secure_email, website, "
        "opening_hours, notes, certificate, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (*_values(org), now, now))
    organisation_id = int(cur.lastrowid)
    _put_municipalities(conn, organisation_id, org.municipalities)
    return organisation_id


def update(conn: Connection, org: Organisation, now: str) -> None:
    conn.execute(
        "UPDATE organisations SET name = ?, kind = ?, address = ?, phone = ?, crisis_phone = ?, "
        "secure_email = ?, website = ?, opening_hours = ?, notes = ?, certificate = ?, updated_at = ? "
        "WHERE id = ?", (*_values(org), now, org.id))
    _put_municipalities(conn, int(org.id or 0), org.municipalities)


def get(conn: Connection, organisation_id: int) -> Organisation | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM organisations WHERE id = ?", (organisation_id,)).fetchone()
    return _organisation(conn, row) if row else None


def all_organisations(conn: Connection) -> list[Organisation]:
    municipalities = _many_municipalities(conn, None)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM organisations ORDER BY name COLLATE NOCASE, id").fetchall()
    return [_organisation(conn, r, municipalities.get(int(r[0]), ())) for r in rows]


def by_ids(conn: Connection, organisation_ids: Collection[int]) -> dict[int, Organisation]:
    """These organisations by id, in two reads however many."""
    municipalities = _many_municipalities(conn, organisation_ids)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM organisations WHERE id IN (SELECT value FROM json_each(?))",
                        (ids(organisation_ids),)).fetchall()
    return {int(r[0]): _organisation(conn, r, municipalities.get(int(r[0]), ())) for r in rows}


def first_of_kind(conn: Connection, kind: OrganisationKind) -> Organisation | None:
    """The first organisation of this kind in the order of ``all_organisations``."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM organisations WHERE kind = ? ORDER BY name COLLATE NOCASE, id "
                       "LIMIT 1", (str(kind),)).fetchone()
    return _organisation(conn, row) if row else None


def names(conn: Connection) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM organisations")}


def people_count(conn: Connection, organisation_id: int) -> int:
    return int(conn.execute("SELECT count(*) FROM people WHERE organisation_id = ?",
                            (organisation_id,)).fetchone()[0])


def delete(conn: Connection, organisation_id: int) -> None:
    conn.execute("DELETE FROM organisations WHERE id = ?", (organisation_id,))
