"""Gezin: household members are added, changed and removed from the keyboard; initials and a birth
year only, never a BSN."""

from __future__ import annotations

import pytest
from cases_helpers import fix_clock, focus, new_case, open_case, open_page, settled, show_tab, shown
from pages_helpers import close_rig, message_box, open_dialog, open_rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from wijkzorg_desktop.domain.cases import MemberRole
from wijkzorg_desktop.services import cases
from wijkzorg_desktop.ui.cases.household_tab import HouseholdTab, MembersModel
from wijkzorg_desktop.ui.cases.member_dialog import MemberDialog


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


def members(rig, case_id):
    return [(m.role, m.initials, m.birth_year, m.is_patient, m.his_number)
            for m in rig.run(lambda s: cases.open_case(s, case_id)).members]


def test_household_members_are_added_changed_and_removed(qtbot, rig, dutch):
    case_id = new_case(rig)
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, case_id)
    tab = show_tab(qtbot, rig, view, HouseholdTab)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Gezin"

    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    dialog = open_dialog(MemberDialog)
    assert dialog is not None and dialog.windowTitle() == "Nieuw gezinslid"
    assert dialog.role.currentData() == MemberRole.PARENT  # the first member is usually a parent
    editable = {edit.objectName() for edit in dialog.findChildren(QLineEdit)} - {"qt_spinbox_lineedit"}
    assert editable == {"memberInitials", "memberHisNumber"}  # no BSN field anywhere
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.notice.text() == "Vul de initialen in."

    qtbot.keyClicks(dialog.initials, "M.K.")
    dialog.birth_year.setValue(1988)
    assert dialog.age.text() == "ongeveer 38 jaar"
    assert not dialog.his_number.isEnabled()
    dialog.patient.setChecked(True)
    qtbot.keyClicks(dialog.his_number, "104233")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.model.rowCount() == 1)
    assert tab.notice.text() == "M.K. is opgeslagen."

    tab.add_action.trigger()
    assert dialog.isVisible() and dialog.role.currentData() == MemberRole.CHILD
    qtbot.keyClicks(dialog.initials, "J.K.")
    dialog.birth_year.setValue(2013)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: tab.model.rowCount() == 2)
    assert shown(tab.table, MembersModel.COL_INITIALS) == ["M.K.", "J.K."]
    assert shown(tab.table, MembersModel.COL_AGE) == ["38 jaar", "13 jaar"]
    assert shown(tab.table, MembersModel.COL_PATIENT) == ["ja", "nee"]
    assert members(rig, case_id) == [(MemberRole.PARENT, "M.K.", 1988, True, "104233"),
                                     (MemberRole.CHILD, "J.K.", 2013, False, "")]

    assert tab.table.current_row().initials == "J.K."  # the saved one stays selected
    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.windowTitle() == "J.K. bewerken"
    dialog.birth_year.setValue(2014)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: shown(tab.table, MembersModel.COL_AGE) == ["38 jaar", "12 jaar"])

    tab.table.select_where(lambda member: member.initials == "M.K.")
    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    box = message_box()
    assert box is not None and box.text() == "M.K. (ouder) uit deze casus verwijderen?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.findChild(type(dialog.ok_button), "confirmRemove"), Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: tab.model.rowCount() == 1)
    assert members(rig, case_id) == [(MemberRole.CHILD, "J.K.", 2014, False, "")]
    assert tab.notice.text() == "M.K. is verwijderd."
