"""Closing a case asks why (an empty reason is refused, in Dutch); a closed case is read-only with a
banner until it is reopened, which asks why as well."""

from __future__ import annotations

import pytest
from cases_helpers import fix_clock, new_case, open_case, open_page, settled
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.services import cases
from wijkzorg_desktop.ui.cases.close_case_dialog import CloseCaseDialog
from wijkzorg_desktop.ui.cases.tab_parts import EditingTab


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "huisarts", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


def editing_buttons(view) -> dict[str, bool]:
    """Every button of the household, parties, timeline and plan tabs, and whether it is enabled."""
    return {button.objectName(): button.isEnabled()
            for tab in view.case_tabs if isinstance(tab, EditingTab)
            for button in tab.findChildren(QPushButton)}


def test_closing_asks_why_makes_the_case_read_only_and_reopening_undoes_it(qtbot, rig, dutch):
    case_id = new_case(rig)
    rig.run(lambda s: cases.put_member(s, HouseholdMember(case_id, MemberRole.CHILD, "J.K.", 2013)))
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, case_id)
    view.case_tabs[0].table.selectRow(0)
    assert any(editing_buttons(view).values())
    assert not view.header.banner.isVisible()

    assert view.header.close_button.text() == "Casus &sluiten…"
    qtbot.mouseClick(view.header.close_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(CloseCaseDialog)
    assert dialog is not None and dialog.windowTitle() == f"{view.file.case.label} sluiten"
    qtbot.keyClicks(dialog.reason, "   ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.notice.text() == "Geef de reden: waarom de casus wordt gesloten."
    assert not rig.run(lambda s: cases.open_case(s, case_id)).case.closed

    qtbot.keyClicks(dialog.reason, "hulp loopt via het wijkteam.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and view.file.case.closed)
    assert view.header.status.text() == "gesloten"
    assert view.header.banner.isVisible()
    assert view.header.banner.text() == ("Gesloten op 23-11-2026 — reden: hulp loopt via het wijkteam. De casus is "
                                         "in te zien; heropen hem om iets te wijzigen.")
    assert not view.header.summary.isEnabled() and not view.header.responsible.isEnabled()
    assert all(tab.read_only for tab in view.case_tabs)
    buttons = editing_buttons(view)
    assert buttons and not any(buttons.values()), buttons
    assert all(not action.isEnabled() for tab in view.case_tabs if isinstance(tab, EditingTab)
               for action in tab.editing_actions)
    assert view.notice.text() == f"{view.file.case.label} is gesloten."

    assert view.header.close_button.text() == "Casus &heropenen…"
    qtbot.mouseClick(view.header.close_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.windowTitle() == f"{view.file.case.label} heropenen"
    assert dialog.reason.toPlainText() == ""
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "Geef de reden: waarom de casus wordt heropend."
    qtbot.keyClicks(dialog.reason, "nieuwe signalen van school")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and not view.file.case.closed)
    assert not view.header.banner.isVisible() and view.header.status.text() == "open"
    assert view.header.summary.isEnabled()
    assert not any(tab.read_only for tab in view.case_tabs)
    assert editing_buttons(view)["addMemberButton"]
