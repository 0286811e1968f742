"""The reminder at unlock and every hour: how many of one's own follow-ups became overdue since the last
one, and nothing else (no name, no case); in the status bar where there is no system tray. And the
export of one's follow-ups to the agenda from the File menu."""

from __future__ import annotations

import re
from datetime import time

import vobject
from followups_helpers import Clock, day, idle, open_window, prepare, run

from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind
from wijkzorg_desktop.services import cases, followups
from wijkzorg_desktop.ui.followups.reminder import HOUR_MS, overdue_keys


def seed(session):
    case = cases.create_case(session, "R", "zorgen om de oudste")
    late = followups.save(session, FollowUp("Moeder Q.Z. terugbellen", FollowUpKind.CALL_BACK, "poh", day(-1),
                                            case_id=case.id))
    at_two = followups.save(session, FollowUp("Gezinsregisseur Ilse bellen", FollowUpKind.CALL_BACK, "poh", day(0),
                                              time(14, 0), case_id=case.id))
    return case.label, late, at_two


def test_the_reminder_counts_what_became_overdue_and_names_nothing(qtbot, make_window, demo_store, passphrase,
                                                                   dutch):
    label, late, at_two = prepare(demo_store, "poh", passphrase, seed)
    clock = Clock(time(10, 0))
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase, clock)
    reminder = window.followups.reminder
    assert reminder.timer.isActive() and reminder.timer.interval() == HOUR_MS
    told: list[str] = []
    reminder.reminded.connect(told.append)
    reminder.tray_available = lambda: False

    reminder.start()  # as at unlock, now by the test's clock
    idle(qtbot, window, lambda: bool(told))
    overdue = run(window, overdue_keys)
    assert f"followup:{late.id}" in overdue and f"followup:{at_two.id}" not in overdue
    expected = f"{len(overdue)} opvolging verlopen" if len(overdue) == 1 else f"{len(overdue)} opvolgingen verlopen"
    assert told == [expected]
    assert window.status.note.text() == f"· {expected}"

    clock.set(time(14, 5))  # the call of two o'clock is now overdue, and nothing else became so
    reminder.set_interval_ms(10)
    idle(qtbot, window, lambda: len(told) == 2)
    reminder.set_interval_ms(HOUR_MS)
    assert told[1] == "1 opvolging verlopen"
    reminder.check()  # nothing new since: no reminder
    idle(qtbot, window)
    assert len(told) == 2
    for text in told:
        assert re.fullmatch(r"\d+ opvolging(en)? verlopen", text)
        assert label not in text and "Q.Z." not in text and "Ilse" not in text

    window.lock()
    assert not reminder.timer.isActive() and window.status.note.text() == ""


def test_with_a_system_tray_the_reminder_is_a_tray_message(qtbot, make_window, demo_store, passphrase, dutch):
    prepare(demo_store, "poh", passphrase, seed)
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    reminder = window.followups.reminder
    told: list[str] = []
    reminder.reminded.connect(told.append)
    reminder.tray_available = lambda: True
    window.status.show_note("")
    reminder.start()
    idle(qtbot, window, lambda: bool(told))
    assert reminder.tray is not None and reminder.tray.toolTip() == "Wijkzorg Desktop"
    assert window.status.note.text() == ""  # not in the status bar as well
    window.lock()
    assert not reminder.tray.isVisible()


def test_one_exports_their_follow_ups_to_the_agenda_from_the_file_menu(qtbot, make_window, demo_store, passphrase,
                                                                       dutch, tmp_path):
    label, _late, _at_two = prepare(demo_store, "poh", passphrase, seed)
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    action = window.followups.export_action
    assert action.text() == "&Exporteren naar agenda (iCalendar)…" and action.isEnabled()
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    files = window.followups.export.file_dialog
    qtbot.waitUntil(lambda: files is not None and files.isVisible())
    target = tmp_path / "mijn-opvolging.ics"
    files.selectFile(str(target))
    files.accept()
    idle(qtbot, window, lambda: "geëxporteerd" in window.status.note.text())
    calendar = vobject.readOne(target.read_text("utf-8"))
    summaries = [event.summary.value for event in calendar.vevent_list]
    assert window.status.note.text() == f"· {len(summaries)} opvolgingen geëxporteerd naar {target}."
    assert summaries.count(f"Terugbellen — {label}") == 2
    assert not any("Q.Z." in s or "Ilse" in s for s in summaries)
