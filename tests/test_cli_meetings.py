"""``wijkzorg meetings list`` and ``ics`` on a real vault: the meetings by date (agenda counts only for the
care roles), the calendar file, and refusals in one Dutch line."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "services"))
import meetings_helpers

from wijkzorg_desktop.cli import run
from wijkzorg_desktop.domain.meetings import AgendaItem, ItemTopic, Meeting
from wijkzorg_desktop.services import meetings

meeting_vault = meetings_helpers.meeting_vault


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_refusal(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("wijkzorg: "), err
    return lines[0]


@pytest.fixture
def filled(meeting_vault, passphrase_file):
    v = meeting_vault
    poh = v.open_as("poh")
    meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.THEME, "Overlast"))
    meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id, question="Wie helpt?"))
    later = meetings.save_meeting(poh, Meeting(v.series_id, date(2026, 12, 17)))
    v.close()
    return v, later, passphrase_file


def as_user(v, login, passphrase_file):
    return ["--store", v.store, "--user", login, "--passphrase-file", passphrase_file]


def test_the_list_shows_meetings_by_date_and_agenda_counts_only_to_the_care_roles(filled, capsys):
    v, later, passphrase_file = filled
    code, out, err = cli(capsys, "meetings", "list", *as_user(v, "poh", passphrase_file))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{v.meeting_id:>4}  do 26-11-2026 14:00  Sociaal Wijkoverleg Houten  gepland  2 punten",
        f"{later.id:>4}  do 17-12-2026        Sociaal Wijkoverleg Houten  gepland  0 punten"]
    code, out, err = cli(capsys, "meetings", "list", *as_user(v, "assistent", passphrase_file),
                         "--series", v.series_id)
    assert (code, err) == (0, "")
    assert [line.rstrip() for line in out.splitlines()] == [
        f"{v.meeting_id:>4}  do 26-11-2026 14:00  Sociaal Wijkoverleg Houten  gepland",
        f"{later.id:>4}  do 17-12-2026        Sociaal Wijkoverleg Houten  gepland"]
    assert "Gezin" not in out and "Overlast" not in out


def test_the_calendar_file_names_only_series_and_place(filled, capsys, tmp_path):
    v, _, passphrase_file = filled
    out_file = tmp_path / "overleg.ics"
    code, out, err = cli(capsys, "meetings", "ics", *as_user(v, "assistent", passphrase_file), "--out", out_file,
                         "--series", v.series_id)
    assert (code, err) == (0, "")
    assert out == f"Overleggen geschreven naar {out_file}: 2.\n"
    events = icalendar.Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    assert {str(e["SUMMARY"]) for e in events} == {"Sociaal Wijkoverleg Houten"}
    assert {str(e["LOCATION"]) for e in events} == {"Gemeentehuis, zaal 2"}
    assert b"Gezin" not in out_file.read_bytes() and b"Overlast" not in out_file.read_bytes()
    starts = sorted(e.decoded("DTSTART") for e in events if isinstance(e.decoded("DTSTART"), datetime))
    assert [s.astimezone(UTC) for s in starts] == [datetime(2026, 11, 26, 13, 0, tzinfo=UTC)]   # 14:00 in Houten


def test_refusals_are_one_dutch_line(filled, capsys, tmp_path):
    v, _, passphrase_file = filled
    code, _, err = cli(capsys, "meetings", "list", *as_user(v, "poh", passphrase_file), "--series", 99)
    assert code == 1 and "bestaat niet meer" in one_line_refusal(err)
    code, _, err = cli(capsys, "meetings", "list", *as_user(v, "poh", passphrase_file), "--series", "twee")
    assert code == 2 and "twee is geen nummer van een overleg of reeks" in one_line_refusal(err)
    code, _, err = cli(capsys, "meetings", "agenda", *as_user(v, "poh", passphrase_file), "--meeting", 99,
                       "--out", tmp_path / "a.pdf")
    assert code == 1 and "bestaat niet meer" in one_line_refusal(err)
    assert not (tmp_path / "a.pdf").exists()
    code, _, err = cli(capsys, "meetings", "agenda", *as_user(v, "assistent", passphrase_file), "--meeting",
                       v.meeting_id, "--out", tmp_path / "b.pdf")
    assert code == 1 and "assistent" in one_line_refusal(err)
    assert not (tmp_path / "b.pdf").exists()


@pytest.mark.parametrize("path", [("meetings",), ("meetings", "list"), ("meetings", "ics"), ("meetings", "agenda"),
                                  ("meetings", "minutes")])
def test_help_is_dutch(path, capsys):
    code, out, _ = cli(capsys, *path, "--help")
    assert code == 0
    assert "overleg" in out.lower() or "pdf" in out or "iCalendar" in out
    for english in ("usage", "show this help", "the meeting", "written to"):
        assert english not in out
