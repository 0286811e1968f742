"""Indexes: version 7 adds them to an existing vault and version 8 trims what every write paid for, every
foreign key has one, and every lookup of one case (or one record) is a search in an index, never a scan of
a table, as ``EXPLAIN QUERY PLAN`` says."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import date

import pytest

from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.store import (
    audit_log,
    cases,
    consents,
    followups,
    involvement,
    kindchecks,
    meetings,
    meldcode,
    organisations,
    people,
    schema,
)
from wijkzorg_desktop.store.connection import Connection
from wijkzorg_desktop.store.vault import VaultPaths, create_database, open_database, prepare_new

NOW = "2026-11-01T09:00:00Z"

INDEXES_OF_VERSION_7 = {
    "timeline_entries_case", "timeline_entries_party", "timeline_versions_entry", "promises_case", "promises_party",
    "plan_items_case", "plan_items_party", "advice_requests_case", "decisions_case", "vt_contacts_case_manager",
    "consents_case", "consents_member", "sharing_bases_case", "kindchecks_member", "followups_party",
    "followups_person", "cases_updated", "promises_open", "plan_items_open", "vt_contacts_awaited", "kindchecks_next",
    "followups_status", "audit_log_object_type",
}
DROPPED_BY_VERSION_8 = {"cases_updated", "audit_log_object_type"}
PARTIAL_IN_VERSION_8 = {"timeline_entries_party", "followups_party", "followups_person", "followups_case",
                        "kindchecks_member", "kindchecks_case", "people_successor"}


@pytest.fixture
def paths(store) -> VaultPaths:
    paths = VaultPaths(store)
    prepare_new(paths)
    return paths


@pytest.fixture
def key() -> bytearray:
    return bytearray(os.urandom(32))


def _fill(conn: Connection) -> None:
    """A row or two in every table a case has, as version 6 stores them."""
    conn.executescript(f"""
        BEGIN;
        INSERT INTO users (id, login, full_name, role, created_at) VALUES (1, 'poh', 'Sanne Poh', 'poh_ggz', '{NOW}');
        INSERT INTO organisations (id, name, kind, created_at, updated_at)
            VALUES (1, 'Wijkteam Noord', 'wijkteam', '{NOW}', '{NOW}');
        INSERT INTO organisation_municipalities VALUES (1, 0, 'Houten');
        INSERT INTO people (id, name, organisation_id, created_at, updated_at)
            VALUES (1, 'Els de Boer', 1, '{NOW}', '{NOW}'), (2, 'Piet Oud', 1, '{NOW}', '{NOW}');
        INSERT INTO person_channels (person_id, position, kind, value, preferred) VALUES (1, 0, 'telefoon', '0301', 1);
        INSERT INTO cases (id, label, opened_on, created_at, updated_at)
            VALUES (1, 'Gezin A', '2026-10-01', '{NOW}', '{NOW}'), (2, 'Gezin B', '2026-10-02', '{NOW}', '{NOW}');
        INSERT INTO household_members (id, case_id, role, initials) VALUES (1, 1, 'ouder', 'M.A.');
        INSERT INTO case_parties (id, case_id, role, person_id, organisation_id, user_login)
            VALUES (7, 1, 'gezinsregisseur', 1, 1, NULL), (8, 1, 'poh', NULL, NULL, 'poh');
        INSERT INTO promises (id, case_id, party_id, text, made_on, due) VALUES (1, 1, 7, 'belt terug', '2026-10-02',
            '2026-10-09');
        INSERT INTO plan_items (id, case_id, text, party_id, due) VALUES (1, 1, 'huisbezoek', 7, '2026-11-30');
        INSERT INTO timeline_entries (id, case_id, on_date, kind, text, author_login, party_id, created_at)
            VALUES (1, 1, '2026-10-03', 'gesprek', 'gebeld', 'poh', 7, '{NOW}');
        INSERT INTO timeline_versions (entry_id, on_date, kind, text, by_login, at)
            VALUES (1, '2026-10-03', 'gesprek', 'gebeld?', 'poh', '{NOW}');
        INSERT INTO meldcode_steps VALUES (1, 1, '2026-10-04', 'poh', '');
        INSERT INTO advice_requests (case_id, source, on_date, by_login)
            VALUES (1, 'veilig_thuis', '2026-10-05', 'poh');
        INSERT INTO decisions (case_id, answers, advised, decided, by_login, on_date)
            VALUES (1, 'jn', 'melden', 'melden', 'poh', '2026-10-06');
        INSERT INTO vt_contacts (case_id, kind, on_date, role, case_manager_id, expected_feedback, by_login)
            VALUES (1, 'melding', '2026-10-06', 'melder', 2, '2026-10-13', 'poh');
        INSERT INTO consents (case_id, member_id, recipient_kind, recipient_id, purpose, status, on_date, recorded_by)
            VALUES (1, 1, 'person', 1, 'informatie', 'gegeven', '2026-10-07', 'poh');
        INSERT INTO sharing_bases (case_id, basis, recipient_kind, recipient_id, purpose, on_date, recorded_by)
            VALUES (1, 'meldrecht', 'organisation', 1, 'melding', '2026-10-08', 'poh');
        INSERT INTO kindchecks (on_date, patient, reason, cares_for_children, adequate_care, can_ask_for_help,
                                has_network, action, next_check, author_login, case_id, member_id, created_at)
            VALUES ('2026-10-09', 'M.A.', 'verslaving', 'ja', 'ja', 'ja', 'ja', 'geen', '2027-01-09', 'poh', 1, 1,
                    '{NOW}');
        INSERT INTO followups (what, kind, owner_login, due, case_id, party_id, person_id, created_by, created_at,
                               updated_at)
            VALUES ('nabellen', 'terugbellen', 'poh', '2026-11-02', 1, 7, 1, 'poh', '{NOW}', '{NOW}');
        INSERT INTO audit_log (at, user_login, user_role, workstation, action, object_type, object_id, case_id,
                               outcome, detail, prev_hash, hash)
            VALUES ('{NOW}', 'poh', 'poh_ggz', 'pc', 'read', 'case', '1', 'Gezin A', 'success', '', '0', '1');
        COMMIT;
    """)


def _rows(conn: Connection) -> dict[str, list[tuple]]:
    names = [str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    keyed = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE sql LIKE '%WITHOUT ROWID'")}
    return {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY {"1" if name in keyed else "rowid"}').fetchall()
            for name in names}


def _indexes(conn: Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'index'")}


@pytest.fixture
def migrated(paths, key) -> Connection:
    """A vault made by version 6 with a row or two everywhere, opened by this program (version 7)."""
    conn = create_database(paths, key, migrations=schema.bundled()[:6])
    try:
        _fill(conn)
    finally:
        conn.close()
    conn = open_database(paths, key)
    yield conn
    conn.close()


def test_version_seven_adds_its_indexes_to_a_vault_of_version_six_and_keeps_its_data(paths, key):
    conn = create_database(paths, key, migrations=schema.bundled()[:6])
    try:
        _fill(conn)
        before = _rows(conn)
        assert not INDEXES_OF_VERSION_7 & _indexes(conn)
    finally:
        conn.close()
    conn = open_database(paths, key, migrations=schema.bundled()[:7])
    try:
        assert schema.version(conn) == 7
        assert _indexes(conn) >= INDEXES_OF_VERSION_7
        assert _rows(conn) == before
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def _partial(conn: Connection) -> set[str]:
    return {str(r[1]) for table in ("timeline_entries", "followups", "kindchecks", "people")
            for r in conn.execute(f"PRAGMA index_list('{table}')") if r[4]}


def test_version_eight_trims_the_indexes_every_write_paid_for_and_keeps_the_data(paths, key):
    conn = create_database(paths, key, migrations=schema.bundled()[:7])
    try:
        _fill(conn)
        before = _rows(conn)
        assert not PARTIAL_IN_VERSION_8 & _partial(conn)
    finally:
        conn.close()
    conn = open_database(paths, key, migrations=schema.bundled()[:8])
    try:
        assert schema.version(conn) == 8
        assert not DROPPED_BY_VERSION_8 & _indexes(conn)
        assert _partial(conn) >= PARTIAL_IN_VERSION_8
        after = _rows(conn)
        assert after.pop("audit_object_types") == [("case",)]  # what the log held, for the audit page's choice
        assert after == before
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()


def test_deleting_a_parent_checks_its_children_through_their_partial_index(migrated):
    """The foreign-key check of a delete asks "who refers to this one?" by value, and a value implies
    the column is not empty, so the index of only the rows that have one serves it: the statement opens
    the index, not the whole table."""
    roots = {str(r[0]): int(r[1]) for r in migrated.execute("SELECT name, rootpage FROM sqlite_schema "
                                                            "WHERE type IN ('index', 'table')")}
    parents = {"timeline_entries_party": "case_parties", "followups_party": "case_parties",
               "followups_person": "people", "kindchecks_member": "household_members", "people_successor": "people"}
    for index, parent in parents.items():
        child = index.rsplit("_", 1)[0] if index != "people_successor" else "people"
        program = migrated.execute(f"EXPLAIN DELETE FROM {parent} WHERE id = 1").fetchall()
        opened = {int(row[3]) for row in program if row[1] == "OpenRead"}
        assert roots[index] in opened, (index, parent)
        assert roots[child] not in opened or child == parent, (index, parent)


def test_a_new_vault_has_the_same_indexes_as_a_migrated_one(migrated, store, key, tmp_path):
    fresh_paths = VaultPaths(tmp_path / "fresh")
    prepare_new(fresh_paths)
    fresh = create_database(fresh_paths, key)
    try:
        assert _indexes(fresh) == _indexes(migrated)
    finally:
        fresh.close()


def test_every_foreign_key_has_an_index_that_starts_with_its_columns(migrated):
    """A delete of a party, person, member or case checks every row that refers to it: without an index
    on the referring columns each such check scans the whole table."""
    tables = [str(r[0]) for r in migrated.execute("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                  "AND name NOT LIKE 'sqlite_%'")]
    missing, checked = [], 0
    for table in tables:
        keys: dict[int, list[str]] = {}
        for fk in migrated.execute(f"PRAGMA foreign_key_list('{table}')"):
            keys.setdefault(int(fk[0]), []).append(str(fk[3]))
        # a partial index serves a key only when what it leaves out is the rows without one
        leading = [[str(c[2]) for c in migrated.execute(f"PRAGMA index_info('{ix[1]}')")]
                   for ix in migrated.execute(f"PRAGMA index_list('{table}')")
                   if not ix[4] or _only_rows_with(migrated, str(ix[1]))]
        for columns in keys.values():
            checked += 1
            if not any(index[:len(columns)] == columns for index in leading):
                missing.append((table, columns))
    assert checked >= 25
    assert missing == []


def _only_rows_with(conn: Connection, index: str) -> bool:
    sql = str(conn.execute("SELECT sql FROM sqlite_schema WHERE name = ?", (index,)).fetchone()[0])
    columns = [str(c[2]) for c in conn.execute(f"PRAGMA index_info('{index}')")]
    return len(columns) == 1 and sql.endswith(f"WHERE {columns[0]} IS NOT NULL")


def _plans(conn: Connection, read: Callable[[Connection], object]) -> list[tuple[str, list[str]]]:
    """Each statement ``read`` runs (as SQLite ran it, values in place), with its query plan."""
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        read(conn)
    finally:
        conn.set_trace_callback(None)
    assert statements
    return [(sql, [str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql)]) for sql in statements]


DAY = date(2026, 11, 23)

# Every lookup of one case or one record that a user waits for.
LOOKUPS: dict[str, Callable[[Connection], object]] = {
    "case": lambda c: cases.get(c, 1),
    "household of a case": lambda c: cases.members(c, 1),
    "household member": lambda c: cases.member(c, 1),
    "why no advice": lambda c: cases.no_advice_reason(c, 1),
    "cases by id": lambda c: cases.by_ids(c, [1, 2]),
    "cases list rows of some cases": lambda c: cases.summaries(c, DAY, case_ids=[1]),
    "parties of a case": lambda c: involvement.parties(c, 1),
    "party": lambda c: involvement.party(c, 7),
    "parties by id": lambda c: involvement.parties_by_ids(c, [7, 8]),
    "promises of a case": lambda c: involvement.promises(c, 1),
    "promise": lambda c: involvement.promise(c, 1),
    "plan of a case": lambda c: involvement.plan(c, 1),
    "plan item": lambda c: involvement.plan_item(c, 1),
    "timeline of a case, with its history": lambda c: involvement.timeline(c, 1),
    "timeline entry, with its history": lambda c: involvement.entry(c, 1),
    "meldcode steps of a case": lambda c: meldcode.steps(c, 1),
    "advice requests of a case": lambda c: meldcode.advice_requests(c, 1),
    "decisions of a case": lambda c: meldcode.decisions(c, 1),
    "Veilig Thuis contacts of a case": lambda c: meldcode.vt_contacts(c, 1),
    "Veilig Thuis contact": lambda c: meldcode.vt_contact(c, 1),
    "consents of a case": lambda c: consents.consents(c, 1),
    "sharing bases of a case": lambda c: consents.bases(c, 1),
    "kindchecks of a case": lambda c: kindchecks.for_case(c, 1),
    "kindcheck": lambda c: kindchecks.get(c, 1),
    "follow-up": lambda c: followups.get(c, 1),
    "follow-ups of a user": lambda c: followups.all_followups(c, owner_login="poh", open_only=True),
    "person with channels": lambda c: people.get(c, 1),
    "people by id": lambda c: people.by_ids(c, [1, 2]),
    "organisation with municipalities": lambda c: organisations.get(c, 1),
    "organisations by id": lambda c: organisations.by_ids(c, [1]),
    "how many people an organisation has": lambda c: organisations.people_count(c, 1),
    "the people of an organisation's card": lambda c: people.of_organisation(c, 1),
    "who looked at this family": lambda c: audit_log.query(c, AuditFilter(case_id="Gezin A")),
    "what a user did": lambda c: audit_log.query(c, AuditFilter(user_login="poh")),
    "meeting series with members": lambda c: meetings.series(c, 1),
    "meetings of a series": lambda c: meetings.meetings_of(c, 1),
    "meeting": lambda c: meetings.meeting(c, 1),
    "attendance of a meeting": lambda c: meetings.attendees(c, 1),
    "attendee": lambda c: meetings.attendee(c, 1),
    "agenda of a meeting, with who an item is withheld from": lambda c: meetings.items(c, 1),
    "agenda item": lambda c: meetings.item(c, 1),
    "items of a meeting": lambda c: meetings.item_count(c, 1),
    "items of some meetings": lambda c: meetings.item_counts(c, [1, 2]),
    "households of a meeting's cases": lambda c: meetings.households(c, [1, 2]),
    "decisions of a meeting": lambda c: meetings.decisions(c, 1),
    "decision": lambda c: meetings.decision(c, 1),
    "actions of a meeting, with their state": lambda c: meetings.actions(c, 1),
    "action, with its state": lambda c: meetings.action(c, 1),
    "action of a follow-up": lambda c: meetings.action_of_followup(c, 1),
    "action of a promise": lambda c: meetings.action_of_promise(c, 1),
    "actions of an item that made something": lambda c: meetings.linked_action_count(c, 1),
    "meeting names of follow-ups": lambda c: meetings.names_by_ids(c, [1, 2]),
    "where a case was discussed": lambda c: meetings.items_of_case(c, 1),
    "follow-ups an overleg made": lambda c: c.execute("SELECT id FROM followups WHERE meeting_id = ?", (1,)).fetchall(),
}

SEARCH = re.compile(r"^SEARCH \w+ USING (COVERING INDEX|INDEX|INTEGER PRIMARY KEY|PRIMARY KEY)\b")


@pytest.mark.parametrize("lookup", list(LOOKUPS))
def test_a_lookup_of_one_case_or_record_searches_an_index(migrated, lookup):
    for sql, plan in _plans(migrated, LOOKUPS[lookup]):
        tables = [line for line in plan if line.startswith(("SCAN", "SEARCH"))]
        scans = [line for line in tables if line.startswith("SCAN") and "json_each VIRTUAL TABLE" not in line]
        assert scans == [], (sql, plan)
        assert tables and all(SEARCH.match(line) or "json_each" in line for line in tables), (sql, plan)


# Reads of the whole practice that should touch only what they show: the open records, or the first rows.
WHOLE: dict[str, tuple[Callable[[Connection], object], set[str]]] = {
    "promises still open": (involvement.open_promises, {"promises_open"}),
    "plan items with a date, not done": (involvement.due_plan_items, {"plan_items_open"}),
    "terugkoppeling awaited": (meldcode.awaited_feedback, {"vt_contacts_awaited"}),
    "next kindchecks": (kindchecks.next_checks, {"kindchecks_next"}),
    "cases list": (lambda c: cases.summaries(c, DAY), {"timeline_entries_case"}),
    "audit page's users": (lambda c: audit_log.distinct_values(c, "user_login"), {"audit_log_user"}),
    "meetings from a day": (lambda c: meetings.upcoming(c, DAY), {"meetings_date"}),
}


@pytest.mark.parametrize("read", list(WHOLE))
def test_a_read_of_the_practice_uses_the_index_of_what_it_shows(migrated, read):
    run, wanted = WHOLE[read]
    (sql, plan), = _plans(migrated, run)
    used = {m.group(1) for line in plan for m in [re.search(r"USING (?:COVERING )?INDEX (\w+)", line)] if m}
    assert wanted <= used, (sql, plan)
    bare = [line for line in plan if re.match(r"^SCAN \w+$", line) and line not in ("SCAN v", "SCAN c")]
    assert bare == [], (sql, plan)  # v: the values so far; c: the cases, of which the list shows every one


def test_the_audit_pages_object_types_come_from_their_own_short_list(migrated):
    (sql, plan), = _plans(migrated, lambda c: audit_log.distinct_values(c, "object_type"))
    assert not any("audit_log" in line for line in plan), (sql, plan)  # not one record of the log is read
    assert audit_log.distinct_values(migrated, "object_type") == ["case"]


def _steps(conn: Connection, read: Callable[[Connection], object]) -> int:
    """How much work SQLite did for ``read``: virtual-machine steps, in thousands."""
    count = [0]

    def step() -> int:
        count[0] += 1
        return 0
    conn.set_progress_handler(step, 1000)
    try:
        read(conn)
    finally:
        conn.set_progress_handler(None, 0)
    return count[0]


def test_the_first_screen_of_the_cases_list_works_out_the_figures_of_its_cases_only(migrated):
    """The figures of a case (open work, the latest day, the household) are the costly part of a row: the
    first screen chooses its cases from the bare table first and works out those of its rows only."""
    with migrated:
        migrated.executemany("INSERT INTO cases (label, opened_on, created_at, updated_at) VALUES (?, ?, ?, ?)",
                             [(f"Gezin {n}", "2026-10-01", NOW, f"2026-10-{1 + n % 28:02d}T09:00:00Z")
                              for n in range(3000)])
        migrated.executemany("INSERT INTO timeline_entries (case_id, on_date, kind, text, author_login, created_at) "
                             "SELECT id, '2026-10-03', 'gesprek', 'gebeld', 'poh', ? FROM cases", [(NOW,)] * 3)
    whole = _steps(migrated, lambda c: cases.summaries(c, DAY))
    first = _steps(migrated, lambda c: cases.summaries(c, DAY, first=20))
    assert first * 10 < whole, (first, whole)
    assert [c.id for c, *_ in cases.summaries(migrated, DAY, first=20)] == \
        [c.id for c, *_ in cases.summaries(migrated, DAY)][:20]
