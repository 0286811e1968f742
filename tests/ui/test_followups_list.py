"""Opvolging: the list by owner, kind and case; Space marks done and a recurring one comes back with its
next date; completing an automatic one completes its source; dropping one needs a reason."""

from __future__ import annotations

from datetime import time

from followups_helpers import day, finish_dialog, focused_window, idle, list_page, open_window, run, today_page
from PySide6.QtCore import Qt

from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind, FollowUpStatus, Recurrence
from wijkzorg_desktop.domain.meldcode import VtContact, VtContactKind, VtRole
from wijkzorg_desktop.services import cases, followups, meldcode
from wijkzorg_desktop.store import followups as stored
from wijkzorg_desktop.ui.dates import show_date
from wijkzorg_desktop.ui.followups.followup_table import FollowUpModel


def show_list(qtbot, window):
    assert window.workspace.show_page_id("followups")
    page = list_page(window)
    idle(qtbot, window, lambda: page.data is not None)
    return page


def keys(page) -> list[str]:
    proxy = page.table.proxy
    return [page.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).key for r in range(proxy.rowCount())]


def select(qtbot, window, page, key: str) -> None:
    assert page.table.select_where(lambda item: item.key == key)
    focused_window(qtbot, window)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)


def test_the_list_filters_by_owner_kind_and_case_overdue_first(qtbot, make_window, demo_store, passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)

    def make(session):
        case = cases.create_case(session, "F")
        mine = followups.save(session, FollowUp("Afspraken nalopen", FollowUpKind.SAFETY_MONITORING, "poh", day(3),
                                                case_id=case.id))
        theirs = followups.save(session, FollowUp("Huisbezoek plannen", FollowUpKind.OTHER, "huisarts", day(-2),
                                                  case_id=case.id))
        return case.label, f"followup:{mine.id}", f"followup:{theirs.id}"

    label, mine, theirs = run(window, make)
    page = show_list(qtbot, window)
    assert page.owner.currentText() == "Mijn opvolging"
    assert mine in keys(page) and theirs not in keys(page)
    assert page.table.isColumnHidden(FollowUpModel.COL_OWNER)
    page.owner.setCurrentIndex(page.owner.findData("all"))
    assert {mine, theirs} <= set(keys(page)) and not page.table.isColumnHidden(FollowUpModel.COL_OWNER)
    overdue = [k for k in keys(page) if page.data and next(i for i in page.data.items if i.key == k)
               .followup.overdue(page.data.now)]
    assert keys(page)[:len(overdue)] == overdue  # overdue first
    page.case.setCurrentIndex(page.case.findText(label))
    assert keys(page) == [theirs, mine]
    page.kind.setCurrentIndex(page.kind.findText("monitoring veiligheidsafspraken"))
    assert keys(page) == [mine] and page.count.text() == f"1 van {len(page.data.items)} open opvolgingen"


def test_space_on_a_recurring_follow_up_shows_the_next_one_with_its_date(qtbot, make_window, demo_store,
                                                                         passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    made = run(window, lambda s: followups.save(s, FollowUp(
        "Veiligheidsafspraken nalopen met vader", FollowUpKind.SAFETY_MONITORING, "poh", day(0), time(9, 30),
        recurrence=Recurrence(14, day(60)))))
    page = show_list(qtbot, window)
    key = f"followup:{made.id}"
    select(qtbot, window, page, key)
    assert page.table.current_row().key == key
    shown = page.table.proxy.index(page.table.currentIndex().row(), FollowUpModel.COL_DUE)
    assert shown.data() == f"{show_date(day(0))} 09:30 ↻"
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    dialog = finish_dialog()
    assert dialog is not None and "herhaalt elke 2 weken" in dialog.intro.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window, lambda: not dialog.isVisible() and key not in keys(page) and page.table.current_row()
         is not None and page.table.current_row().key != key)
    following = page.table.current_row()
    assert following.followup.what == "Veiligheidsafspraken nalopen met vader"
    assert (following.followup.due, following.followup.due_time) == (day(14), time(9, 30))
    assert page.notice.text() == (f"Gedaan: Veiligheidsafspraken nalopen met vader. De volgende is op "
                                  f"{show_date(day(14))}.")


def test_completing_an_automatic_terugkoppeling_records_the_feedback_as_received(qtbot, make_window, demo_store,
                                                                                 passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "huisarts", passphrase)

    def make(session):
        case = cases.create_case(session, "M")
        contact = meldcode.put_vt_contact(session, VtContact(case.id, VtContactKind.REPORT, day(-12), VtRole.REPORTER,
                                                             "VT-2026-555"))
        return case, contact

    case, contact = run(window, make)
    key = f"vt_contact:{contact.id}"
    today = today_page(window)
    window.client.changed.emit()  # as any page does after a change
    idle(qtbot, window, lambda: key in today.items)
    item = today.items[key]
    assert item.automatic and item.waiting_for_others
    page = show_list(qtbot, window)
    page.owner.setCurrentIndex(page.owner.findData("all"))
    select(qtbot, window, page, key)
    row = page.table.currentIndex().row()
    assert page.table.proxy.index(row, FollowUpModel.COL_ORIGIN).data() == "Veilig Thuis"
    assert page.table.proxy.index(row, FollowUpModel.COL_KIND).data() == "terugkoppeling Veilig Thuis"
    assert "automatisch: Veilig Thuis" in page.detail.text()
    assert not page.actions.drop_action.isEnabled() and not page.actions.edit_action.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    dialog = finish_dialog()
    assert "terugkoppeling van Veilig Thuis binnen is" in dialog.intro.text()
    qtbot.keyClicks(dialog.text_edit, "melding aangenomen, onderzoek gestart")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window, lambda: not dialog.isVisible() and key not in keys(page))
    idle(qtbot, window, lambda: key not in today.items)
    received = run(window, lambda s: cases.open_case(s, case.id)).vt_contacts[0]
    assert received.received_on == day(0)


def test_dropping_a_follow_up_needs_a_reason(qtbot, make_window, demo_store, passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    made = run(window, lambda s: followups.save(s, FollowUp("IB'er bellen", FollowUpKind.CALL_BACK, "poh", day(1))))
    key = f"followup:{made.id}"
    page = show_list(qtbot, window)
    select(qtbot, window, page, key)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    dialog = finish_dialog()
    assert dialog.windowTitle() == "Opvolging vervalt" and dialog.label.text() == "&Reden (verplicht):"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.notice.kind == "error"
    assert dialog.notice.text() == "Geef de reden: waarom het niet meer nodig is."
    assert run(window, lambda s: stored.get(s.conn, made.id)).status == FollowUpStatus.OPEN
    qtbot.keyClicks(dialog.text_edit, "school heeft zelf contact opgenomen")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window, lambda: not dialog.isVisible() and key not in keys(page))
    dropped = run(window, lambda s: stored.get(s.conn, made.id))
    assert (dropped.status, dropped.result) == (FollowUpStatus.DROPPED, "school heeft zelf contact opgenomen")
    assert page.notice.text() == "Vervallen: IB'er bellen."
