"""The reminder at unlock and every hour, when one of one's own follow-ups became late since the last
one: how many are late now, as Vandaag counts them, and nothing else (no name, no case); in the status bar
where there is no system tray. And the export of one's follow-ups to the agenda from the File menu.

The hourly timer is driven by hand (its ``timeout``), so no test waits on a clock."""

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

    with qtbot.waitSignal(reminder.reminded, timeout=10_000):
        reminder.start()  # as at unlock, now by the test's clock
    overdue = run(window, overdue_keys)
    assert f"followup:{late.id}" in overdue and f"followup:{at_two.id}" not in overdue
    expected = late_words(len(overdue))
    assert told == [expected]
    assert window.status.late.text() == expected and window.status.note.text() == ""

    clock.set(time(14, 5))  # the call of two o'clock is now late, and nothing else became so
    with qtbot.waitSignal(reminder.reminded, timeout=10_000):
        reminder.timer.timeout.emit()  # an hour later
    assert told[1] == late_words(len(overdue) + 1)  # all that is late now, as Vandaag says
    reminder.check()  # nothing new since: no reminder
    idle(qtbot, window)
    assert len(told) == 2
    for text in told:
        assert re.fullmatch(r"\d+ opvolging(en)? te laat", text)
        assert label not in text and "Q.Z." not in text and "Ilse" not in text

    window.lock()
    assert not reminder.timer.isActive() and window.status.late.text() == "" and window.status.note.text() == ""


def late_words(count: int) -> str:
    return f"{count} opvolging te laat" if count == 1 else f"{count} opvolgingen te laat"


def test_with_a_system_tray_the_reminder_is_a_tray_message(qtbot, make_window, demo_store, passphrase, dutch):
    prepare(demo_store, "poh", passphrase, seed)
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    reminder = window.followups.reminder
    told: list[str] = []
    reminder.reminded.connect(told.append)
    reminder.tray_available = lambda: True
    window.status.show_late("")
    with qtbot.waitSignal(reminder.reminded, timeout=10_000):
        reminder.start()
    assert reminder.tray is not None and reminder.tray.toolTip() == "Wijkzorg Desktop"
    assert window.status.late.text() == ""  # the tray told, not the status bar as well
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
