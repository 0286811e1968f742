"""Version 9 (overleg) on a vault made by version 8 with data in it: the data stays as it was, the new
tables and their indexes are there as in a new vault, and the foreign keys hold."""

from __future__ import annotations

import os
from datetime import date

import pytest
from test_indexes import _fill, _indexes, _rows

from wijkzorg_desktop.domain.meetings import (
    AgendaItem,
    Attendee,
    ItemTopic,
    Meeting,
    MeetingAction,
    MeetingKind,
    MeetingSeries,
    Presence,
    Rhythm,
    SeriesMember,
)
from wijkzorg_desktop.store import meetings, schema
from wijkzorg_desktop.store.connection import IntegrityError
from wijkzorg_desktop.store.vault import VaultPaths, create_database, open_database, prepare_new

NOW = "2026-11-01T09:00:00Z"
TABLES = {"meeting_series", "series_members", "meetings", "meeting_attendees", "meeting_items",
          "meeting_item_withheld", "meeting_decisions", "meeting_actions"}
INDEXES_OF_VERSION_9 = {
    "series_members_series", "series_members_person", "series_members_organisation", "series_members_user",
    "meetings_series", "meetings_date", "meeting_attendees_meeting", "meeting_attendees_member",
    "meeting_attendees_person", "meeting_attendees_organisation", "meeting_attendees_user",
    "meeting_attendees_replacement", "meeting_items_meeting", "meeting_items_case", "meeting_items_entry",
    "meeting_items_kindcheck_entry", "meeting_items_advice", "meeting_item_withheld_attendee",
    "meeting_decisions_item", "meeting_actions_item", "meeting_actions_owner", "meeting_actions_person",
    "meeting_actions_organisation", "meeting_actions_followup", "meeting_actions_promise", "followups_meeting",
}


@pytest.fixture
def paths(store) -> VaultPaths:
    paths = VaultPaths(store)
    prepare_new(paths)
    return paths


@pytest.fixture
def key() -> bytearray:
    return bytearray(os.urandom(32))


def test_version_nine_adds_overleg_to_a_vault_of_version_eight_and_keeps_its_data(paths, key, tmp_path):
    conn = create_database(paths, key, migrations=schema.bundled()[:8])
    try:
        _fill(conn)
        before = _rows(conn)
        assert schema.version(conn) == 8 and not INDEXES_OF_VERSION_9 & _indexes(conn)
    finally:
        conn.close()
    conn = open_database(paths, key)
    try:
        assert schema.version(conn) == schema.LATEST >= 9
        after = _rows(conn)
        assert {name: rows for name, rows in after.items() if name in before} == before
        assert all(after[name] == [] for name in TABLES)
        assert _indexes(conn) >= INDEXES_OF_VERSION_9
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        fresh_paths = VaultPaths(tmp_path / "fresh")
        prepare_new(fresh_paths)
        fresh = create_database(fresh_paths, key)
        try:
            assert _indexes(fresh) == _indexes(conn)
        finally:
            fresh.close()
    finally:
        conn.close()


def test_the_new_tables_refer_to_what_exists_and_refuse_what_does_not(paths, key):
    conn = create_database(paths, key, migrations=schema.bundled()[:8])
    try:
        _fill(conn)
    finally:
        conn.close()
    conn = open_database(paths, key)
    try:
        with conn:
            series_id = meetings.insert_series(conn, MeetingSeries("SWO", MeetingKind.NEIGHBOURHOOD, Rhythm.MONTHLY,
                                                                   members=(SeriesMember(person_id=1),
                                                                            SeriesMember(user_login="poh"))),
                                               "poh", NOW)
            meeting_id = meetings.insert_meeting(conn, Meeting(series_id, date(2026, 11, 5)),
                                                 "poh", NOW)
            meetings.copy_members(conn, meeting_id, series_id)
            item_id = meetings.put_item(conn, AgendaItem(meeting_id, ItemTopic.CASE, case_id=1))
            meetings.insert_action(conn, MeetingAction(item_id, "bellen", owner_login="poh", followup_id=1))
            conn.execute("UPDATE followups SET meeting_id = ? WHERE id = 1", (meeting_id,))
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for wrong in (lambda: meetings.put_attendee(conn, Attendee(meeting_id, Presence.PRESENT, person_id=99)),
                      lambda: meetings.put_attendee(conn, Attendee(meeting_id, Presence.PRESENT)),  # nobody
                      lambda: meetings.put_item(conn, AgendaItem(meeting_id, ItemTopic.THEME, "x", case_id=1)),
                      lambda: meetings.insert_action(conn, MeetingAction(item_id, "x", owner_login="niemand")),
                      lambda: meetings.insert_action(conn, MeetingAction(item_id, "x"))):  # no owner
            with pytest.raises(IntegrityError), conn:
                wrong()
        with pytest.raises(IntegrityError), conn:
            conn.execute("DELETE FROM cases WHERE id = 1")   # a case discussed in a meeting stays
        with conn:
            conn.execute("DELETE FROM followups WHERE id = 1")
        (action, _), = meetings.actions(conn, meeting_id)[item_id]
        assert action.followup_id is None
    finally:
        conn.close()
