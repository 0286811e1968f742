"""Parties of a case, their promises, the plan van aanpak and the timeline with its history."""

from __future__ import annotations

from collections.abc import Collection

from ..domain.involvement import EntryKind, EntryVersion, Party, PlanItem, Promise, TimelineEntry
from .cases import day, grouped, ids, text
from .connection import Connection

_PARTY = "id, case_id, role, person_id, organisation_id, since, last_contact, notes, user_login"
_PROMISE = "id, case_id, party_id, owner_login, text, made_on, due, done_on"
_PLAN = "id, case_id, text, party_id, owner_login, due, done_on"
_ENTRY = "id, case_id, on_date, kind, text, author_login, party_id"


def _party(r: tuple) -> Party:
    return Party(id=int(r[0]), case_id=int(r[1]), role=r[2], person_id=r[3], organisation_id=r[4],
                 since=day(r[5]), last_contact=day(r[6]), notes=r[7], user_login=r[8] or "")


def parties(conn: Connection, case_id: int) -> list[Party]:
    return [_party(r) for r in conn.execute(f"SELECT {_PARTY} FROM case_parties WHERE case_id = ? ORDER BY id",
                                            (case_id,))]


def parties_by_case(conn: Connection) -> dict[int, list[Party]]:
    return grouped(conn.execute(f"SELECT {_PARTY} FROM case_parties ORDER BY case_id, id"), _party)


def parties_by_ids(conn: Connection, party_ids: Collection[int]) -> dict[int, Party]:
    rows = conn.execute(f"SELECT {_PARTY} FROM case_parties WHERE id IN (SELECT value FROM json_each(?))",
                        (ids(party_ids),))
    return {int(r[0]): _party(r) for r in rows}


def open_case_parties(conn: Connection) -> dict[int, list[Party]]:
    """The parties of every open case, by case, each case's in the order of ``parties``."""
    rows = conn.execute(f"SELECT {', '.join('p.' + c for c in _PARTY.split(', '))} FROM case_parties p "
                        "JOIN cases c ON c.id = p.case_id WHERE c.status = 'open' ORDER BY p.case_id, p.id")
    return grouped(rows, _party)


def party(conn: Connection, party_id: int) -> Party | None:
    row = conn.execute(f"SELECT {_PARTY} FROM case_parties WHERE id = ?", (party_id,)).fetchone()
    return _party(row) if row else None


def put_party(conn: Connection, p: Party) -> int:
    values = (p.role, p.person_id, p.organisation_id, p.user_login or None, text(p.since), text(p.last_contact),
              p.notes)
    if p.id is None:
        cur = conn.execute("INSERT INTO case_parties (case_id, role, person_id, organisation_id, user_login, "
                           "since, last_contact, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (p.case_id, *values))
        return int(cur.lastrowid)
    conn.execute("UPDATE case_parties SET role = ?, person_id = ?, organisation_id = ?, user_login = ?, "
                 "since = ?, last_contact = ?, notes = ? WHERE id = ?", (*values, p.id))
    return p.id


def delete_party(conn: Connection, party_id: int) -> None:
    conn.execute("DELETE FROM case_parties WHERE id = ?", (party_id,))


def _promise(r: tuple) -> Promise:
    return Promise(id=int(r[0]), case_id=int(r[1]), party_id=r[2], owner_login=r[3], text=r[4],
                   made_on=day(r[5]), due=day(r[6]), done_on=day(r[7]))


def promises(conn: Connection, case_id: int) -> list[Promise]:
    rows = conn.execute(f"SELECT {_PROMISE} FROM promises WHERE case_id = ? ORDER BY made_on, id", (case_id,))
    return [_promise(r) for r in rows]


def promises_by_case(conn: Connection) -> dict[int, list[Promise]]:
    return grouped(conn.execute(f"SELECT {_PROMISE} FROM promises ORDER BY case_id, made_on, id"), _promise)


def put_promise(conn: Connection, p: Promise) -> int:
    values = (p.party_id, p.owner_login, p.text, text(p.made_on), text(p.due), text(p.done_on))
    if p.id is None:
        cur = conn.execute("INSERT INTO promises (case_id, party_id, owner_login, text, made_on, due, done_on) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", (p.case_id, *values))
        return int(cur.lastrowid)
    conn.execute("UPDATE promises SET party_id = ?, owner_login = ?, text = ?, made_on = ?, due = ?, "
                 "done_on = ? WHERE id = ?", (*values, p.id))
    return p.id


def delete_promise(conn: Connection, promise_id: int) -> None:
    """A promise made by mistake (an action taken back in the meeting that made it)."""
    conn.execute("DELETE FROM promises WHERE id = ?", (promise_id,))


def _plan(r: tuple) -> PlanItem:
    return PlanItem(id=int(r[0]), case_id=int(r[1]), text=r[2], party_id=r[3], owner_login=r[4],
                    due=day(r[5]), done_on=day(r[6]))


def plan(conn: Connection, case_id: int) -> list[PlanItem]:
    rows = conn.execute(f"SELECT {_PLAN} FROM plan_items WHERE case_id = ? ORDER BY due IS NULL, due, id",
                        (case_id,))
    return [_plan(r) for r in rows]


def plan_by_case(conn: Connection) -> dict[int, list[PlanItem]]:
    rows = conn.execute(f"SELECT {_PLAN} FROM plan_items ORDER BY case_id, due IS NULL, due, id")
    return grouped(rows, _plan)


def put_plan_item(conn: Connection, p: PlanItem) -> int:
    values = (p.text, p.party_id, p.owner_login, text(p.due), text(p.done_on))
    if p.id is None:
        cur = conn.execute("INSERT INTO plan_items (case_id, text, party_id, owner_login, due, done_on) "
                           "VALUES (?, ?, ?, ?, ?, ?)", (p.case_id, *values))
        return int(cur.lastrowid)
    conn.execute("UPDATE plan_items SET text = ?, party_id = ?, owner_login = ?, due = ?, done_on = ? "
                 "WHERE id = ?", (*values, p.id))
    return p.id


def _of_open_cases(columns: str) -> str:
    return ", ".join("x." + c for c in columns.split(", ")) + ", c.updated_at, c.label, c.responsible_login"


def open_promises(conn: Connection, owner: str | None = None) -> list[tuple[Promise, str, str, str]]:
    """Promises not yet kept in open cases, with the case's updated_at, label and responsible login, in the
    order of the cases list, then as ``promises``. ``owner``: only those that user follows up: a party's
    promise by the case's responsible user, the practice's own by its owner (else the responsible user)."""
    rows = conn.execute(
        f"SELECT {_of_open_cases(_PROMISE)} FROM promises x CROSS JOIN cases c ON c.id = x.case_id "
        "WHERE x.done_on IS NULL AND c.status = 'open' AND (:owner IS NULL OR CASE "
        "WHEN x.party_id IS NOT NULL OR x.owner_login = '' THEN c.responsible_login ELSE x.owner_login END = :owner) "
        "ORDER BY c.updated_at DESC, c.id DESC, x.made_on, x.id", {"owner": owner})
    return [(_promise(r), r[8], r[9], r[10]) for r in rows]


def due_plan_items(conn: Connection, owner: str | None = None) -> list[tuple[PlanItem, str, str, str]]:
    """Plan items with a date, not yet done, in open cases; as ``open_promises``, ``owner`` being the item's
    owner, else the case's responsible user."""
    rows = conn.execute(
        f"SELECT {_of_open_cases(_PLAN)} FROM plan_items x CROSS JOIN cases c ON c.id = x.case_id "
        "WHERE x.done_on IS NULL AND x.due IS NOT NULL AND c.status = 'open' AND (:owner IS NULL OR CASE "
        "WHEN x.owner_login = '' THEN c.responsible_login ELSE x.owner_login END = :owner) "
        "ORDER BY c.updated_at DESC, c.id DESC, x.due, x.id", {"owner": owner})
    return [(_plan(r), r[7], r[8], r[9]) for r in rows]


def _version(r: tuple) -> EntryVersion:
    return EntryVersion(r[1], EntryKind(r[2]), day(r[3]), r[4], r[5])


_VERSION = "v.entry_id, v.text, v.kind, v.on_date, v.by_login, v.at"


def _history(conn: Connection, entry_id: int) -> tuple[EntryVersion, ...]:
    rows = conn.execute(f"SELECT {_VERSION} FROM timeline_versions v WHERE v.entry_id = ? ORDER BY v.id",
                        (entry_id,))
    return tuple(_version(r) for r in rows)


def _entry(r: tuple, history: tuple[EntryVersion, ...]) -> TimelineEntry:
    return TimelineEntry(id=int(r[0]), case_id=int(r[1]), on=day(r[2]), kind=EntryKind(r[3]), text=r[4],
                         author_login=r[5], party_id=r[6], history=history)


def _entries(rows: list[tuple], versions: dict[int, list[EntryVersion]]) -> list[TimelineEntry]:
    return [_entry(r, tuple(versions.get(int(r[0]), ()))) for r in rows]


def timeline(conn: Connection, case_id: int) -> list[TimelineEntry]:
    """The case's entries, newest first, each with its history: two reads however many entries."""
    rows = conn.execute(f"SELECT {_ENTRY} FROM timeline_entries WHERE case_id = ? ORDER BY on_date DESC, "
                        "id DESC", (case_id,)).fetchall()
    versions = grouped(conn.execute(
        f"SELECT {_VERSION} FROM timeline_versions v JOIN timeline_entries e ON e.id = v.entry_id "
        "WHERE e.case_id = ? ORDER BY v.entry_id, v.id", (case_id,)), _version, key=0)
    return _entries(rows, versions)


def timeline_by_case(conn: Connection) -> dict[int, list[TimelineEntry]]:
    """Every case's timeline as ``timeline`` gives it, in two reads."""
    rows = conn.execute(f"SELECT {_ENTRY} FROM timeline_entries ORDER BY case_id, on_date DESC, id DESC").fetchall()
    versions = grouped(conn.execute(f"SELECT {_VERSION} FROM timeline_versions v ORDER BY v.entry_id, v.id"),
                       _version, key=0)
    found: dict[int, list[TimelineEntry]] = {}
    for e in _entries(rows, versions):
        found.setdefault(e.case_id, []).append(e)
    return found


def entry(conn: Connection, entry_id: int) -> TimelineEntry | None:
    row = conn.execute(f"SELECT {_ENTRY} FROM timeline_entries WHERE id = ?", (entry_id,)).fetchone()
    return _entry(row, _history(conn, entry_id)) if row else None


def add_entry(conn: Connection, e: TimelineEntry, now: str) -> int:
    cur = conn.execute("INSERT INTO timeline_entries (case_id, on_date, kind, text, author_login, party_id, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (e.case_id, text(e.on), str(e.kind), e.text, e.author_login, e.party_id, now))
    return int(cur.lastrowid)


def revise_entry(conn: Connection, old: TimelineEntry, new: TimelineEntry, by_login: str, now: str) -> None:
    """Keep the text as it was in the history, then put the new text in place."""
    conn.execute("INSERT INTO timeline_versions (entry_id, on_date, kind, text, by_login, at) "
                 "VALUES (?, ?, ?, ?, ?, ?)", (old.id, text(old.on), str(old.kind), old.text, by_login, now))
    conn.execute("UPDATE timeline_entries SET on_date = ?, kind = ?, text = ?, party_id = ? WHERE id = ?",
                 (text(new.on), str(new.kind), new.text, new.party_id, old.id))


def promise(conn: Connection, promise_id: int) -> Promise | None:
    row = conn.execute(f"SELECT {_PROMISE} FROM promises WHERE id = ?", (promise_id,)).fetchone()
    return _promise(row) if row else None


def plan_item(conn: Connection, item_id: int) -> PlanItem | None:
    row = conn.execute(f"SELECT {_PLAN} FROM plan_items WHERE id = ?", (item_id,)).fetchone()
    return _plan(row) if row else None
