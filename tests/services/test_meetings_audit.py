"""What the overleg services write to the audit log: every record names the meeting, a case item's records
name the case by its pseudonym (so "who looked at this family" lists the meeting), and an assistant's reads
of a meeting never touch a case."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import meetings_helpers
import pytest

from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.domain.errors import NotAllowed
from wijkzorg_desktop.domain.meetings import (
    AgendaItem,
    ItemTopic,
    Meeting,
    MeetingDecision,
    MeetingKind,
    MeetingSeries,
    Presence,
    Rhythm,
)
from wijkzorg_desktop.services import meetings
from wijkzorg_desktop.store import audit_log
from wijkzorg_desktop.store import meetings as meeting_store

meeting_vault = meetings_helpers.meeting_vault


def _since(session, mark: int):
    return [r for r in audit_log.all_records(session.conn) if r.id > mark]


def _mark(session) -> int:
    return int(session.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0])


def _of_meeting(record, meeting_id: int) -> bool:
    return record.object_id == str(meeting_id) or record.object_id.startswith(f"{meeting_id}.")


def test_every_change_and_read_names_the_meeting_and_a_case_item_the_pseudonym(meeting_vault, tmp_path):
    v = meeting_vault
    poh = v.open_as("poh")
    mark = _mark(poh)
    theme = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.THEME, "Overlast"))
    case_item = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id,
                                                  question="Wie kent dit gezin?"))
    meetings.put_item(poh, replace(case_item.item, shared_notes="school belt"))
    decision = meetings.put_decision(poh, MeetingDecision(int(case_item.item.id), "Huisbezoek"))
    meetings.put_decision(poh, replace(decision, text="Huisbezoek door wijkteam"))
    meetings.put_decision(poh, MeetingDecision(int(theme.item.id), "Jongerenwerk gaat langs"))
    meetings.put_attendee(poh, replace(meeting_store.attendee(poh.conn, v.attendees["Ruud Visser"]),
                                       presence=Presence.PRESENT))
    meetings.save_meeting(poh, replace(meeting_store.meeting(poh.conn, v.meeting_id), at=time(13, 30)))
    meetings.open_meeting(poh, v.meeting_id)
    meetings.remove_decision(poh, int(decision.id))
    records = _since(poh, mark)
    assert records and all(r.object_type.startswith("meeting") and _of_meeting(r, v.meeting_id) for r in records)
    about_case = [(r.action, r.object_type, r.object_id) for r in records if r.case_id == v.label]
    item_key = f"{v.meeting_id}.{case_item.item.id}"
    assert about_case == [
        ("create", "meeting_item", item_key), ("update", "meeting_item", item_key),
        ("create", "meeting_decision", f"{v.meeting_id}.{decision.id}"),
        ("update", "meeting_decision", f"{v.meeting_id}.{decision.id}"),
        ("read", "meeting_item", item_key), ("delete", "meeting_decision", f"{v.meeting_id}.{decision.id}")]
    no_case = [(r.action, r.object_type) for r in records if r.case_id == ""]
    assert no_case == [("create", "meeting_item"), ("create", "meeting_decision"), ("update", "meeting_attendee"),
                       ("update", "meeting"), ("read", "meeting")]
    looked = audit_log.query(poh.conn, AuditFilter(case_id=v.label))
    assert ("read", "meeting_item", item_key, "poh") in {(r.action, r.object_type, r.object_id, r.user_login)
                                                         for r in looked}


def test_creating_series_and_meetings_and_the_calendar_are_audited(meeting_vault, tmp_path):
    v = meeting_vault
    poh = v.open_as("poh")
    mark = _mark(poh)
    series = meetings.save_series(poh, MeetingSeries("MDO", MeetingKind.MULTIDISCIPLINARY,
                                                     Rhythm.WEEKLY))
    meeting = meetings.save_meeting(poh, Meeting(int(series.id), meetings_helpers.MEETING_DAY))
    meetings.delete_meeting(poh, int(meeting.id))
    meetings.list_series(poh)
    meetings.export_calendar(poh, tmp_path / "a.ics", v.series_id)
    meetings.export_calendar(poh, tmp_path / "b.ics")
    found = [(r.action, r.object_type, r.object_id, r.detail) for r in _since(poh, mark)]
    assert found == [("create", "meeting_series", str(series.id), "MDO"),
                     ("create", "meeting", str(meeting.id), f"series {series.id}; 2026-11-26"),
                     ("delete", "meeting", str(meeting.id), "2026-11-26"),
                     ("read", "meeting_series", "list", "2 series"),
                     ("export", "meeting_series", str(v.series_id), "ics; 1 events"),
                     ("export", "meeting_series", "all", "ics; 1 events")]


def test_an_assistant_reads_no_case_and_a_refused_item_is_audited_as_a_failure(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id, question="Hoe verder?"))
    assistent = v.open_as("assistent")
    mark = _mark(assistent)
    opened = meetings.open_meeting(assistent, v.meeting_id)
    assert opened.items == ()
    meetings.put_attendee(assistent, replace(meeting_store.attendee(assistent.conn, v.attendees["Petra Mulder"]),
                                             presence=Presence.ABSENT))
    assert all(r.case_id == "" for r in _since(assistent, mark))
    with pytest.raises(NotAllowed):
        meetings.put_item(assistent, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id, question="?"))
    (failure,) = [r for r in _since(assistent, mark) if r.outcome == "failure"]
    assert (failure.object_type, failure.object_id, failure.case_id, failure.user_login) == (
        "meeting_item", str(v.meeting_id), v.label, "assistent")
