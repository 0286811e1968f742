"""Meetings as an iCalendar file, read back with two other libraries: one event per meeting with the series'
name and the place, at the Dutch wall-clock time, and nothing of the agenda, the attendees or the family."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import icalendar
import meetings_helpers
import vobject

from wijkzorg_desktop.domain.meetings import (
    AgendaItem,
    ItemTopic,
    Meeting,
    MeetingKind,
    MeetingSeries,
    Rhythm,
    SeriesMember,
)
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import followups, meetings

meeting_vault = meetings_helpers.meeting_vault
SECRET_NOTES = "geheime notitie over de buren"


def _filled(v):
    poh = v.open_as("poh")
    meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id, question="Wie helpt hier?",
                                      internal_notes=SECRET_NOTES, shared_notes="zorgen over school"))
    meetings.save_meeting(poh, Meeting(v.series_id, date(2027, 3, 30), time(19, 15), 60, place="Wijkcentrum De Poort"))
    meetings.save_meeting(poh, Meeting(v.series_id, date(2026, 10, 1)))   # past, no time: an all-day event
    mdo = meetings.save_series(poh, MeetingSeries("MDO De Linde", MeetingKind.MULTIDISCIPLINARY, Rhythm.WEEKLY,
                                                  "Praktijk, spreekkamer 3", (SeriesMember(user_login="huisarts"),)))
    meetings.save_meeting(poh, Meeting(int(mdo.id), date(2026, 12, 2), time(12, 30)))
    return poh


def _forbidden(v) -> list[str]:
    return ["Gezin", v.label, "M.A.", "J.A.", "S.A.", "1987", "1989", "2018", "Ruud", "Willemijn", "Petra",
            "Hanna", "Sanne", "Wie helpt", "school", SECRET_NOTES]


def test_one_event_per_meeting_with_series_place_and_amsterdam_time(meeting_vault, tmp_path):
    v = meeting_vault
    poh = _filled(v)
    out = tmp_path / "overleg.ics"
    assert meetings.export_calendar(poh, out, v.series_id) == 3
    data = out.read_bytes()
    text = data.decode("utf-8")
    for word in _forbidden(v):
        assert word not in text, word
    parsed = vobject.readOne(text)
    events = sorted(parsed.vevent_list, key=lambda e: str(e.dtstart.value))
    assert [e.summary.value for e in events] == ["Sociaal Wijkoverleg Houten"] * 3
    assert {e.location.value for e in events} == {"Gemeentehuis, zaal 2", "Wijkcentrum De Poort"}
    starts = {e.location.value + str(e.dtstart.value.__class__.__name__): e.dtstart.value for e in events}
    assert starts["Gemeentehuis, zaal 2date"] == date(2026, 10, 1)
    assert starts["Gemeentehuis, zaal 2datetime"] == datetime(2026, 11, 26, 13, 0, tzinfo=UTC)   # 14:00 CET
    # summer time: vobject reads the zone's RDATE list as winter time, so compare the wall clock and zone here
    spring = next(e for e in events if e.location.value == "Wijkcentrum De Poort")
    assert spring.dtstart.value.replace(tzinfo=None) == datetime(2027, 3, 30, 19, 15)
    assert "DTSTART;TZID=Europe/Amsterdam:20270330T191500" in text
    other = icalendar.Calendar.from_ical(data)
    vevents = [c for c in other.walk("VEVENT")]
    assert len(vevents) == 3 and all(str(c["CLASS"]) == "CONFIDENTIAL" for c in vevents)
    assert str(other["X-WR-CALNAME"]) == "Wijkzorg overleg"
    assert len({str(c["UID"]) for c in vevents}) == 3
    long = next(c for c in vevents if str(c["LOCATION"]) == "Wijkcentrum De Poort")
    assert long.decoded("DTSTART").astimezone(UTC) == datetime(2027, 3, 30, 17, 15, tzinfo=UTC)   # 19:15 CEST
    assert (long.decoded("DTEND") - long.decoded("DTSTART")).total_seconds() == 3600


def test_all_series_and_the_same_uid_when_exported_again(meeting_vault, tmp_path):
    v = meeting_vault
    poh = _filled(v)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert meetings.export_calendar(poh, first) == 4
    meetings.export_calendar(poh, second)
    uids = [{str(c["UID"]) for c in icalendar.Calendar.from_ical(p.read_bytes()).walk("VEVENT")}
            for p in (first, second)]
    assert uids[0] == uids[1] and all(u.startswith("meeting-") for u in uids[0])


def test_an_assistant_exports_the_dates_too(meeting_vault, tmp_path):
    v = meeting_vault
    _filled(v)
    assistent = v.open_as("assistent")
    out = tmp_path / "assistent.ics"
    assert meetings.export_calendar(assistent, out) == 4
    for word in _forbidden(v):
        assert word not in out.read_text("utf-8"), word


def test_the_follow_up_calendar_adds_the_meetings_of_ones_own_series(meeting_vault, tmp_path):
    v = meeting_vault
    _filled(v)
    huisarts = v.open_as("huisarts")
    out = tmp_path / "opvolging.ics"
    followups.export_calendar(huisarts, out, translator("nl"))
    text = out.read_text("utf-8")
    for word in _forbidden(v):
        assert word not in text, word
    summaries = sorted(str(c["SUMMARY"]) for c in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert summaries == ["MDO De Linde"] + ["Sociaal Wijkoverleg Houten"] * 3   # a member of both
    assert len(meetings.calendar_events(v.open_as("poh"), mine_only=True)) == 3   # poh: not in the MDO
