"""Kindcheck page: a note typed and saved from the keyboard, counted per month and per action; a
concerning one opens a new case or is linked to an open one; a half-typed note survives a lock."""

from __future__ import annotations

from datetime import date

import pytest
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from track_helpers import Clock, use_clock

from wijkzorg_desktop.domain.kindcheck import Answer, Kindcheck, KindcheckAction, KindcheckReason
from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.services import cases, kindchecks
from wijkzorg_desktop.ui.kindcheck.case_link_dialog import CaseLinkDialog
from wijkzorg_desktop.ui.kindcheck.kindcheck_overview import KindchecksModel, MonthsModel
from wijkzorg_desktop.ui.kindcheck.kindcheck_page import KindcheckPage
from wijkzorg_desktop.ui.sections import SECTIONS

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def rig(qtbot, vault, passphrase):
    """An empty practice (no demo kindchecks), as its administrator, on Monday 23 November 2026."""
    rig = open_rig(vault[0], "beheer", passphrase)
    use_clock(rig, Clock())
    yield rig
    close_rig(rig)


def open_page(qtbot, rig) -> KindcheckPage:
    page = KindcheckPage(rig.client)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.data is not None and not rig.worker.busy)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def column(table, number: int) -> list[str]:
    proxy = table.proxy
    return [proxy.index(row, number).data() for row in range(proxy.rowCount())]


def month_row(page: KindcheckPage) -> list[str]:
    model = page.overview.months.proxy
    return [model.index(0, c).data() for c in range(model.columnCount())]


def test_only_case_workers_see_the_kindcheck_page():
    assert [role for role in Role if KindcheckPage.visible_for(role)] == [Role.ADMIN, Role.GP, Role.MH_NURSE]
    assert KindcheckPage in SECTIONS


def test_a_calm_kindcheck_is_typed_and_saved_from_the_keyboard_and_counted(qtbot, rig, dutch):
    page = open_page(qtbot, rig)
    form = page.form
    assert page.form_title.text() == "Nieuwe kindcheck"
    assert form.on.date().toString("yyyy-MM-dd") == "2026-11-23"  # the session's day
    qtbot.keyClick(page.overview.list, Qt.Key.Key_N, CTRL)
    assert form.patient.hasFocus()
    assert not page.save_action.isEnabled()  # no patient yet
    qtbot.keyClicks(form.patient, "A.B.")
    form.reason.setCurrentIndex(form.reason.findData("psychose"))
    form.cares.buttons[Answer.YES].click()
    form.count.setValue(2)
    qtbot.keyClicks(form.ages, "4, 9")
    form.adequate.buttons[Answer.YES].click()
    form.ask_help.buttons[Answer.YES].click()
    form.network.buttons[Answer.YES].click()
    assert not form.concerning.isVisible()
    qtbot.keyClick(form.patient, Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: page.notice.text() == "Kindcheck van A.B. opgeslagen." and not rig.worker.busy)
    assert open_dialog(CaseLinkDialog) is None  # nothing to worry about: no case offered
    assert page.form_title.text() == "Kindcheck van 23-11-2026, A.B."
    assert column(page.overview.list, KindchecksModel.COL_PATIENT) == ["A.B."]
    assert column(page.overview.list, KindchecksModel.COL_REASON) == ["psychose"]
    assert column(page.overview.list, KindchecksModel.COL_CHILDREN) == ["2 kinderen: 4, 9"]
    assert column(page.overview.list, KindchecksModel.COL_CONCERNS) == ["nee"]
    assert month_row(page)[:4] == ["november 2026", "1", "0", "1"]  # one, none with concerns, action "geen"
    stored = rig.run(kindchecks.overview).kindchecks
    assert [(k.patient, k.children_ages, k.author_login) for k in stored] == [("A.B.", (4, 9), "beheer")]


def test_a_concerning_kindcheck_opens_a_new_case_under_a_pseudonym(qtbot, rig, dutch):
    page = open_page(qtbot, rig)
    form = page.form
    qtbot.keyClicks(form.patient, "M.K.")
    form.reason.setCurrentIndex(form.reason.findData("verslaving"))
    form.cares.buttons[Answer.YES].click()
    qtbot.keyClicks(form.ages, "7 12")
    form.adequate.buttons[Answer.DOUBT].click()
    form.ask_help.buttons[Answer.NO].click()
    qtbot.keyClicks(form.concerns, "kinderen vaak alleen thuis")
    form.action.setCurrentIndex(form.action.findData("bespreken_met_huisarts"))
    form.next_check.set_value(date(2027, 2, 23))
    assert form.concerning.isVisible()
    qtbot.mouseClick(page.findChild(QPushButton, "saveKindcheckButton"), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: open_dialog(CaseLinkDialog) is not None)
    dialog = open_dialog(CaseLinkDialog)
    assert dialog.windowTitle() == "Casus openen of koppelen"
    assert "M.K." in dialog.intro.text()
    assert not dialog.link_case.isEnabled()  # no open case yet
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "Typ de letter voor het pseudoniem."
    qtbot.keyClicks(dialog.letter, "k")
    assert dialog.letter.text() == "K"
    qtbot.keyClick(dialog.letter, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: not dialog.isVisible() and not rig.worker.busy)
    assert page.notice.text() == "Casus Gezin K-2026-001 geopend vanuit deze kindcheck."
    assert form.linked.text() == "Gekoppeld aan Gezin K-2026-001."
    assert not form.concerning.isVisible() and not page.link_action.isEnabled()
    qtbot.waitUntil(lambda: column(page.overview.list, KindchecksModel.COL_CASE) == ["Gezin K-2026-001"])
    assert month_row(page)[MonthsModel.COL_CONCERNING] == "1"
    found = rig.run(lambda s: cases.open_case(s, s.conn.execute("SELECT id FROM cases").fetchone()[0]))
    assert found.case.summary == "kinderen vaak alleen thuis"
    assert [(m.initials, m.is_patient) for m in found.members] == [("M.K.", True)]
    assert [(k.children_ages, k.next_check) for k in found.kindchecks] == [((7, 12), date(2027, 2, 23))]


def test_a_concerning_kindcheck_from_the_list_is_linked_to_an_open_case(qtbot, rig, dutch):
    case = rig.run(lambda s: cases.create_case(s, "L", "vader drinkt"))
    rig.run(lambda s: kindchecks.save_kindcheck(s, Kindcheck(
        date(2026, 11, 20), "P.L.", KindcheckReason.ADDICTION, Answer.YES, 1, (5,), Answer.NO, Answer.DOUBT,
        Answer.UNKNOWN, "", KindcheckAction.CONTACT_TEAM)))
    page = open_page(qtbot, rig)
    page.overview.list.setFocus()
    page.overview.list.selectRow(0)
    qtbot.keyClick(page.overview.list, Qt.Key.Key_Return)
    assert page.form.patient.text() == "P.L." and page.form.patient.hasFocus()
    assert page.link_action.isEnabled()
    page.link_action.trigger()
    dialog = open_dialog(CaseLinkDialog)
    assert dialog is not None and dialog.link_case.isEnabled()
    dialog.link_case.click()
    assert dialog.cases.currentText() == f"{case.label} — vader drinkt"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not dialog.isVisible() and not rig.worker.busy)
    assert page.notice.text() == f"Kindcheck gekoppeld aan {case.label}."
    assert column(page.overview.list, KindchecksModel.COL_CASE) == [case.label]
    members = rig.run(lambda s: cases.open_case(s, case.id)).members
    assert [(m.initials, m.role) for m in members] == [("P.L.", "ouder")]


def test_a_half_typed_kindcheck_is_kept_as_a_draft(qtbot, rig):
    page = open_page(qtbot, rig)
    assert page.draft() == {}
    qtbot.keyClicks(page.form.patient, "Z.Z.")
    page.form.reason.setCurrentIndex(page.form.reason.findData("overig"))
    qtbot.keyClicks(page.form.reason_other, "mantelzorg")
    qtbot.keyClicks(page.form.ages, "3")
    drafts = page.draft()
    assert drafts["form"]["patient"] == "Z.Z." and drafts["form"]["reason_other"] == "mantelzorg"

    again = KindcheckPage(rig.client)
    qtbot.addWidget(again)
    again.restore_draft(drafts)
    assert again.form.patient.text() == "Z.Z." and again.form.ages.text() == "3"
    assert again.form.reason_other.isEnabled() and again.form.reason_other.text() == "mantelzorg"
    assert again.save_action.isEnabled()


def test_the_form_is_walked_with_tab_in_reading_order_and_fields_have_names(qtbot, rig, dutch):
    page = open_page(qtbot, rig)
    form = page.form
    form.patient.setFocus()
    walked = []
    for _ in range(10):
        walked.append(page.focusWidget().objectName())
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    # one stop per question (the arrow keys choose the answer); "other reason" is skipped while disabled
    assert walked == ["kindcheckPatient", "kindcheckReason", "kindcheckCares_ja", "kindcheckCount", "kindcheckAges",
                      "kindcheckAdequate_ja", "kindcheckAskHelp_ja", "kindcheckNetwork_ja", "kindcheckConcerns",
                      "kindcheckAction"]
    assert form.patient.accessibleName() == "Patiënt"
    assert form.adequate.buttons[Answer.DOUBT].accessibleName() == "Adequate zorg: twijfel"
    assert form.concerns.accessibleName() == "Zorgen"
    assert page.save_action.toolTip() == "De kindcheck opslaan (Ctrl+S)"


def test_the_next_check_has_no_day_until_one_is_chosen(qtbot, rig, dutch):
    page = open_page(qtbot, rig)
    form = page.form
    assert not form.next_check.check.isChecked()
    assert form.next_check.edit.text().strip() == ""  # not today, not any day
    qtbot.keyClicks(form.patient, "C.D.")
    form.next_check.check.setChecked(True)  # ticked, but left empty
    qtbot.keyClick(form.patient, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.notice.text() == "Kindcheck van C.D. opgeslagen." and not rig.worker.busy)
    assert [k.next_check for k in rig.run(kindchecks.overview).kindchecks] == [None]

    qtbot.keyClick(page.overview.list, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(form.patient, "E.F.")
    form.next_check.check.setChecked(True)
    qtbot.waitUntil(form.next_check.edit.hasFocus)
    qtbot.keyClicks(form.next_check.edit, "23022027")
    qtbot.keyClick(form.next_check.edit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.notice.text() == "Kindcheck van E.F. opgeslagen." and not rig.worker.busy)
    stored = {k.patient: k.next_check for k in rig.run(kindchecks.overview).kindchecks}
    assert stored == {"C.D.": None, "E.F.": date(2027, 2, 23)}
