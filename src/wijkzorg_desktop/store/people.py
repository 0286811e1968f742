"""People of the sociale kaart and their channels."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from ..domain.availability import parse_availability
from ..domain.contacts import Channel, ChannelKind, Person
from .cases import ids
from .connection import Connection

_COLUMNS = ("id, name, organisation_id, function, availability, liaison_login, verified_on, known_since, "
            "notes, certificate, departed, updated_at, departed_on, successor_id")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _channels(conn: Connection, person_id: int) -> tuple[Channel, ...]:
    rows = conn.execute("SELECT kind, value, preferred FROM person_channels WHERE person_id = ? "
                        "ORDER BY position", (person_id,))
    return tuple(Channel(ChannelKind(r[0]), str(r[1]), bool(r[2])) for r in rows)


def _all_channels(conn: Connection, person_ids: Collection[int] | None = None) -> dict[int, tuple[Channel, ...]]:
    """The channels of these people (``None``: of everyone), in one read."""
    sql = "SELECT person_id, kind, value, preferred FROM person_channels"
    args: tuple = ()
    if person_ids is not None:
        sql += " WHERE person_id IN (SELECT value FROM json_each(?))"
        args = (ids(person_ids),)
    found: dict[int, list[Channel]] = {}
    for r in conn.execute(sql + " ORDER BY person_id, position", args):
        found.setdefault(int(r[0]), []).append(Channel(ChannelKind(r[1]), str(r[2]), bool(r[3])))
    return {k: tuple(v) for k, v in found.items()}


def _person(row: tuple, channels: tuple[Channel, ...], shared: dict | None = None) -> Person:
    # ``shared``: equal values of a long read made once (functions, logins, dates repeat across people)
    if shared is None:
        shared = {}
    share = shared.setdefault

    def day(text: str | None) -> date | None:
        if not text:
            return None
        found = shared.get(("day", text))
        if found is None:
            found = shared[("day", text)] = _day(text)
        return found

    return Person(
        id=int(row[0]), name=str(row[1]), organisation_id=row[2], function=share(row[3], row[3]),
        availability=parse_availability(row[4]), liaison_login=share(row[5], row[5]), verified_on=day(row[6]),
        known_since=day(row[7]), notes=share(row[8], row[8]),
        certificate=bytes(row[9]) if row[9] is not None else None, departed=bool(row[10]),
        updated_at=share(row[11], row[11]), departed_on=day(row[12]), successor_id=row[13], channels=channels,
    )


def _values(p: Person) -> tuple:
    return (p.name, p.organisation_id, p.function, p.availability.text(), p.liaison_login,
            p.verified_on.isoformat() if p.verified_on else None,
            p.known_since.isoformat() if p.known_since else None, p.notes, p.certificate, int(p.departed),
            p.departed_on.isoformat() if p.departed and p.departed_on else None,
            p.successor_id if p.departed else None)


def _put_channels(conn: Connection, person_id: int, channels: tuple[Channel, ...]) -> None:
    conn.execute("DELETE FROM person_channels WHERE person_id = ?", (person_id,))
    conn.executemany(
        "INSERT INTO person_channels (person_id, position, kind, value, preferred) VALUES (?, ?, ?, ?, ?)",
        [(person_id, i, str(c.kind), c.value, int(c.preferred)) for i, c in enumerate(channels)])


def insert(conn: Connection, person: Person, now: str) -> int:
    cur = conn.execute(
        "INSERT INTO people (name, organisation_id, function, availability, liaison_login, verified_on, "
        "known_since, notes, certificate, departed, departed_on, successor_id, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (*_values(person), now, now))
    person_id = int(cur.lastrowid)
    _put_channels(conn, person_id, person.channels)
    return person_id


def update(conn: Connection, person: Person, now: str) -> None:
    conn.execute(
        "UPDATE people SET name = ?, organisation_id = ?, function = ?, availability = ?, liaison_login = ?, "
        "verified_on = ?, known_since = ?, notes = ?, certificate = ?, departed = ?, departed_on = ?, "
        "successor_id = ?, updated_at = ? "
        "WHERE id = ?", (*_values(person), now, person.id))
    _put_channels(conn, int(person.id or 0), person.channels)


def set_verified(conn: Connection, person_id: int, day: date, now: str) -> None:
    conn.execute("UPDATE people SET verified_on = ?, updated_at = ? WHERE id = ?",
                 (day.isoformat(), now, person_id))


def set_departed(conn: Connection, person_id: int, on: date | None, successor_id: int | None, now: str) -> None:
    """Departed on ``on`` (perhaps with a successor); ``None``: not departed, which forgets both."""
    conn.execute("UPDATE people SET departed = ?, departed_on = ?, successor_id = ?, updated_at = ? WHERE id = ?",
                 (int(on is not None), on.isoformat() if on else None, successor_id if on else None, now,
                  person_id))


def get(conn: Connection, person_id: int) -> Person | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM people WHERE id = ?", (person_id,)).fetchone()
    return _person(row, _channels(conn, person_id)) if row else None


def all_people(conn: Connection) -> list[Person]:
    channels = _all_channels(conn)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM people ORDER BY name COLLATE NOCASE, id")
    shared: dict = {}
    return [_person(r, channels.get(int(r[0]), ()), shared) for r in rows]


def of_organisation(conn: Connection, organisation_id: int) -> list[Person]:
    """The organisation's people in the order of ``all_people``."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM people WHERE organisation_id = ? ORDER BY name COLLATE NOCASE, id",
                        (organisation_id,)).fetchall()
    channels = _all_channels(conn, [int(r[0]) for r in rows])
    return [_person(r, channels.get(int(r[0]), ())) for r in rows]


def by_ids(conn: Connection, person_ids: Collection[int]) -> dict[int, Person]:
    """These people by id, in two reads however many."""
    channels = _all_channels(conn, person_ids)
    rows = conn.execute(f"SELECT {_COLUMNS} FROM people WHERE id IN (SELECT value FROM json_each(?))",
                        (ids(person_ids),)).fetchall()
    return {int(r[0]): _person(r, channels.get(int(r[0]), ())) for r in rows}


def delete(conn: Connection, person_id: int) -> None:
    """Raises ``IntegrityError`` when a case still refers to the person (foreign keys RESTRICT)."""
    conn.execute("DELETE FROM people WHERE id = ?", (person_id,))
