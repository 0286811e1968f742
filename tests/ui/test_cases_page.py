"""Casussen: only case workers see it; a new case is made from the keyboard and opened; the list is
searched without accents and filtered on status, own cases and late terugkoppeling."""

from __future__ import annotations

from datetime import date

import pytest
from cases_helpers import fix_clock, new_case, open_case, open_page, settled, shown
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from shell_helpers import unlock, wait_workspace

from wijkzorg_desktop.domain.cases import next_label
from wijkzorg_desktop.domain.meldcode import VtContact, VtContactKind, VtRole
from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.services import cases, meldcode
from wijkzorg_desktop.ui.cases.case_list import CaseListModel
from wijkzorg_desktop.ui.cases.cases_page import CasesPage
from wijkzorg_desktop.ui.cases.new_case_dialog import NewCaseDialog
from wijkzorg_desktop.ui.sections import SECTIONS

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


def test_the_assistant_has_no_cases_section_and_the_gp_has(qtbot, make_window, demo_store, passphrase, dutch):
    assert [role for role in Role if CasesPage.visible_for(role)] == [Role.ADMIN, Role.GP, Role.MH_NURSE]
    window = make_window(demo_store, SECTIONS)
    unlock(qtbot, window, "assistent", passphrase)
    wait_workspace(qtbot, window)
    nav = [window.workspace.nav.item(row).text() for row in range(window.workspace.nav.count())]
    assert "Sociale kaart" in nav and "Casussen" not in nav
    assert all(page.page_id != "cases" for page in window.workspace.pages)

    window.lock()
    unlock(qtbot, window, "huisarts", passphrase)
    wait_workspace(qtbot, window)
    nav = [window.workspace.nav.item(row).text() for row in range(window.workspace.nav.count())]
    assert nav[0].startswith("Vandaag") and nav[1:4] == ["Opvolging", "Sociale kaart", "Casussen"]


def test_a_new_case_is_made_from_the_keyboard_and_opened(qtbot, rig, dutch):
    page = open_page(qtbot, rig)
    before = len(page.rows)
    expected = next_label("W", 2026, [row.case.label for row in page.rows])
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    dialog = open_dialog(NewCaseDialog)
    assert dialog is not None and dialog.windowTitle() == "Nieuwe casus"
    assert dialog.responsible.currentData() == "poh"
    assert dialog.responsible.findData("assistent") < 0  # the assistant does not work on cases

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.notice.kind == "error"
    assert dialog.notice.text() == "Kies een letter voor het pseudoniem."
    qtbot.keyClicks(dialog.letter, "w")
    assert dialog.preview.text().startswith("Gezin W-2026-…")
    qtbot.keyClicks(dialog.summary, "zorgen om zoon na scheiding")
    dialog.responsible.setCurrentIndex(dialog.responsible.findData("huisarts"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    view = page.view
    settled(qtbot, rig, lambda: view.file is not None)
    assert page.stack.currentWidget() is view
    assert view.header.label.text() == expected
    assert view.header.status.text() == "open"
    assert view.header.responsible.currentText() == "dr. Joost van den Berg"
    assert view.header.summary.text() == "zorgen om zoon na scheiding"
    assert view.tabs.tabText(0) == "Gezin" and view.tabs.isEnabled()

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(view.header.back_button, Qt.Key.Key_Escape)
    settled(qtbot, rig, lambda: len(page.rows) == before + 1)
    assert page.stack.currentWidget() is page.list_view
    assert page.table.current_row().case.label == expected
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    settled(qtbot, rig, lambda: page.stack.currentWidget() is view)
    assert view.header.label.text() == expected


def test_the_concern_is_changed_in_the_header_and_saved_with_ctrl_s(qtbot, rig):
    page = open_page(qtbot, rig)
    case_id = new_case(rig, "S", "eerste zorg")
    view = open_case(qtbot, rig, page, case_id)
    assert not view.header.save_button.isEnabled()
    view.header.summary.clear()
    qtbot.keyClicks(view.header.summary, "moeder drinkt, kinderen vaak alleen")
    assert view.header.save_button.isEnabled()
    view.case_tabs[0].changed.emit()  # another part of the case was saved: the file is read again
    settled(qtbot, rig)
    assert view.header.summary.text() == "moeder drinkt, kinderen vaak alleen"  # what was typed stays
    qtbot.keyClick(view.header.summary, Qt.Key.Key_S, CTRL)
    settled(qtbot, rig, lambda: view.file.case.summary == "moeder drinkt, kinderen vaak alleen")
    assert rig.run(lambda s: cases.open_case(s, case_id)).case.summary == "moeder drinkt, kinderen vaak alleen"
    assert not view.header.save_button.isEnabled()


def test_the_list_is_searched_without_accents_and_filtered(qtbot, rig, dutch):
    first = rig.run(lambda s: cases.create_case(s, "P", "Vader (patiënt) drinkt; zorgen om tweeling"))
    second = rig.run(lambda s: cases.create_case(s, "Q", "tweeling verzuimt school", "huisarts"))
    mine, theirs = int(first.id), int(second.id)
    rig.run(lambda s: meldcode.put_vt_contact(s, VtContact(theirs, VtContactKind.REPORT, date(2026, 11, 2),
                                                         VtRole.REPORTER, "VT-88")))
    page = open_page(qtbot, rig)
    label = {mine: first.label, theirs: second.label}

    qtbot.keyClicks(page.filters.search, "PATIENT tweeling")
    assert shown(page.table) == [label[mine]]
    page.filters.search.clear()
    qtbot.keyClicks(page.filters.search, "tweeling")
    assert sorted(shown(page.table)) == [label[mine], label[theirs]]
    assert page.count.text() == f"2 van {len(page.rows)} casussen"

    page.filters.mine.setChecked(True)
    assert shown(page.table) == [label[mine]]
    page.filters.mine.setChecked(False)
    page.filters.overdue.setChecked(True)
    assert shown(page.table) == [label[theirs]]
    late = page.table.proxy.index(0, CaseListModel.COL_FEEDBACK)
    assert late.data() == "Terugkoppeling te laat"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b00020")
    page.filters.overdue.setChecked(False)

    rig.run(lambda s: cases.close_case(s, mine, "hulp loopt"))
    page.refresh()
    settled(qtbot, rig)
    assert shown(page.table) == [label[theirs]]  # open cases only, at first
    page.filters.status.setCurrentIndex(page.filters.status.findData("gesloten"))
    assert shown(page.table) == [label[mine]]
    assert shown(page.table, CaseListModel.COL_STATUS) == ["gesloten"]
    page.filters.status.setCurrentIndex(page.filters.status.findData(""))
    assert sorted(shown(page.table)) == [label[mine], label[theirs]]


def test_ctrl_f_from_a_case_goes_back_to_the_search(qtbot, rig):
    case_id = new_case(rig)
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, case_id)
    label = view.file.case.label
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(view.header.back_button, Qt.Key.Key_F, CTRL)
    assert page.stack.currentWidget() is page.list_view
    qtbot.waitUntil(page.filters.search.hasFocus)
    qtbot.keyClicks(page.filters.search, label.removeprefix("Gezin T-"))
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.table.current_row().case.label == label

    later = rig.run(lambda s: cases.create_case(s, "U", "pas aangemaakt")).label
    page.filters.search.clear()
    qtbot.keyClick(page.table, Qt.Key.Key_F5)
    settled(qtbot, rig, lambda: later in shown(page.table))


def test_unsaved_forms_are_kept_as_drafts_across_a_lock(qtbot, rig):
    case_id = new_case(rig, "D", "eerste zorg")
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, case_id)
    view.header.summary.setText("zorg half getypt")
    page.new_case()
    dialog = open_dialog(NewCaseDialog)
    qtbot.keyClicks(dialog.letter, "r")
    qtbot.keyClicks(dialog.summary, "nog niet opgeslagen")
    drafts = page.draft()
    assert drafts == {"new_case": {"letter": "R", "summary": "nog niet opgeslagen", "responsible": "poh"},
                      "case": {"case_id": case_id, "tab": "householdTab",
                               "header": {"summary": "zorg half getypt", "responsible": "poh"}}}
    dialog.reject()

    again = CasesPage(rig.client)
    qtbot.addWidget(again)
    again.show()
    again.refresh()
    again.restore_draft(drafts)
    qtbot.waitUntil(lambda: again.view.file is not None and again.users and not rig.worker.busy)
    assert again.stack.currentWidget() is again.view
    assert again.view.header.summary.text() == "zorg half getypt" and again.view.header.dirty()
    restored = again.new_dialog
    assert restored.isVisible() and restored.letter.text() == "R"
    assert restored.summary.text() == "nog niet opgeslagen" and restored.responsible.currentData() == "poh"
