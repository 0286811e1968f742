"""Vandaag: the first page after unlocking, overdue first, Space marks an item done and asks for the
result, Enter opens its case; the count beside the navigation follows."""

from __future__ import annotations

from followups_helpers import (
    day,
    finish_dialog,
    idle,
    open_window,
    prepare,
    run,
    sections,
    select_key,
    today_page,
)
from PySide6.QtCore import Qt
from shell_helpers import unlock, wait_workspace

from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind, FollowUpStatus
from wijkzorg_desktop.services import cases, followups
from wijkzorg_desktop.store import followups as stored
from wijkzorg_desktop.ui.cases.cases_page import CasesPage
from wijkzorg_desktop.ui.followups.labels import LATE
from wijkzorg_desktop.ui.followups.today_page import REFRESH_MS
from wijkzorg_desktop.ui.sections import SECTIONS


def late_call(store, passphrase) -> tuple[int, int, str]:
    """A call-back of the POH-GGZ forty days late, in a new case: (follow-up id, case id, case label)."""
    def make(session):
        case = cases.create_case(session, "L", "moeder vraagt hulp bij de opvoeding")
        made = followups.save(session, FollowUp("Moeder terugbellen over opvoedondersteuning", FollowUpKind.CALL_BACK,
                                                "poh", day(-40), case_id=case.id))
        return made.id, case.id, case.label

    return prepare(store, "poh", passphrase, make)


def test_an_overdue_item_comes_first_and_space_marks_it_done_with_its_result(qtbot, make_window, demo_store,
                                                                              passphrase, dutch):
    followup_id, _case_id, label = late_call(demo_store, passphrase)
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    page = today_page(window)
    assert window.workspace.current_page() is page
    key = f"followup:{followup_id}"
    idle(qtbot, window, lambda: key in page.items)
    first_section, overdue = next(iter(sections(page).items()))
    assert first_section == f"Te laat ({len(overdue)})" and overdue[0] == key
    row = page.tree.topLevelItem(0).child(0)
    assert row.text(1) == "Moeder terugbellen over opvoedondersteuning" and row.text(2) == label
    assert row.foreground(0).color().name() == LATE
    assert row.toolTip(0) == "40 dagen te laat"
    before = window.workspace.nav.item(0).text()
    assert before.startswith("Vandaag (")

    select_key(qtbot, page, key)
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    dialog = finish_dialog()
    assert dialog is not None and dialog.windowTitle() == "Opvolging gedaan"
    assert dialog.label.text() == "&Resultaat (niet verplicht):"
    assert dialog.focusWidget() is dialog.text_edit
    qtbot.keyClicks(dialog.text_edit, "moeder teruggebeld, aangemeld bij het CJG")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    idle(qtbot, window, lambda: not dialog.isVisible() and key not in page.items)
    assert all(key not in keys for keys in sections(page).values())
    assert page.notice.text() == "Gedaan: Moeder terugbellen over opvoedondersteuning."
    assert page.current_item() is not None and window.focusWidget() is page.tree  # on to the next one
    done = run(window, lambda s: stored.get(s.conn, followup_id))
    assert (done.status, done.result) == (FollowUpStatus.DONE, "moeder teruggebeld, aangemeld bij het CJG")
    count = int(before.removeprefix("Vandaag (").removesuffix(")"))
    expected = f"Vandaag ({count - 1})" if count > 1 else "Vandaag"
    assert window.workspace.nav.item(0).text() == expected


def test_vandaag_is_the_first_page_after_unlocking_for_every_role(qtbot, make_window, demo_store, passphrase,
                                                                  settings, dutch):
    settings.last_page = "contacts"
    window = make_window(demo_store, SECTIONS)
    for login in ("assistent", "huisarts", "poh", "beheer"):
        unlock(qtbot, window, login, passphrase)
        wait_workspace(qtbot, window)
        assert window.workspace.current_page().page_id == "today", login
        assert window.workspace.nav.currentRow() == 0
        assert window.go_menu.actions()[0].text() == "Vandaag"
        window.workspace.show_page_id("contacts")
        idle(qtbot, window)
        window.lock()


def test_enter_opens_the_case_of_the_item_on_the_cases_page(qtbot, make_window, demo_store, passphrase, dutch):
    followup_id, case_id, label = late_call(demo_store, passphrase)
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    page = today_page(window)
    idle(qtbot, window, lambda: f"followup:{followup_id}" in page.items)
    select_key(qtbot, page, f"followup:{followup_id}")
    assert page.actions.open_action.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    cases_page = window.workspace.current_page()
    assert isinstance(cases_page, CasesPage)
    idle(qtbot, window, lambda: cases_page.view.file is not None and cases_page.view.file.case.id == case_id)
    assert cases_page.stack.currentWidget() is cases_page.view
    assert cases_page.view.header.label.text() == label


def test_the_page_loads_again_on_its_timer(qtbot, make_window, demo_store, passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    page = today_page(window)
    made = run(window, lambda s: followups.save(s, FollowUp("Wijkagent bellen", FollowUpKind.CALL_BACK, "poh",
                                                            day(0))))
    key = f"followup:{made.id}"
    assert key not in page.items  # saved behind the page's back
    assert page.refresh_timer.isActive() and page.refresh_timer.interval() == REFRESH_MS
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh_timer.timeout.emit()  # as the timer does every five minutes
    assert key in page.items
    due_today = next(keys for title, keys in sections(page).items() if title.startswith("Vandaag ("))
    assert key in due_today
