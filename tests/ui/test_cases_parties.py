"""Betrokken partijen: a party chosen from the sociale kaart, its promises and ours, "Contact gehad
vandaag", and "Loopt het?" with every party, each open promise's age and what is late, in red."""

from __future__ import annotations

from datetime import date

import pytest
from cases_helpers import fix_clock, focus, new_case, open_case, open_page, settled, show_tab, shown
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from wijkzorg_desktop.domain.contacts import Person
from wijkzorg_desktop.domain.involvement import PlanItem
from wijkzorg_desktop.domain.meldcode import VtContact, VtContactKind, VtRole
from wijkzorg_desktop.services import cases, contacts, involvement, meldcode
from wijkzorg_desktop.ui.cases.parties_tab import PartiesModel, PartiesTab, PromisesModel
from wijkzorg_desktop.ui.cases.party_dialog import PartyDialog
from wijkzorg_desktop.ui.cases.promise_dialog import PromiseDialog

RED = QColor("#b00020")


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


@pytest.fixture
def regisseur(rig) -> Person:
    def make(session) -> Person:
        team = next(o for o in contacts.load_map(session).organisations if o.name == "Sociaal Wijkteam Houten-Zuid")
        return contacts.save_person(session, Person("Anouk Saënen", team.id, "gezinsregisseur"))

    return rig.run(make)


def test_a_party_from_the_map_its_promises_and_loopt_het(qtbot, rig, regisseur, dutch):
    case_id = new_case(rig)
    rig.run(lambda s: meldcode.put_vt_contact(s, VtContact(case_id, VtContactKind.REPORT, date(2026, 11, 2),
                                                           VtRole.REPORTER, "VT-2026-0412")))
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, case_id)
    tab = show_tab(qtbot, rig, view, PartiesTab)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Partijen"
    qtbot.waitUntil(lambda: "Nog geen partijen betrokken." in tab.check_pane.plain_text())

    # a party from the sociale kaart, found without the accent, its role taken from the function
    qtbot.mouseClick(tab.findChild(type(view.header.save_button), "addPartyButton"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(PartyDialog)
    assert dialog is not None and dialog.windowTitle() == "Partij toevoegen"
    qtbot.waitUntil(dialog.search.hasFocus)
    qtbot.keyClicks(dialog.search, "anouk saenen")
    assert [dialog.choices.item(i).text() for i in range(dialog.choices.count())] == [
        "Anouk Saënen — gezinsregisseur, Sociaal Wijkteam Houten-Zuid"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.choices.hasFocus() and dialog.role.currentText() == "gezinsregisseur"
    dialog.last_contact.check.setChecked(True)
    dialog.last_contact.edit.setDate(QDate(2026, 11, 9))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.party_model.rowCount() == 1)
    assert shown(tab.parties_table, PartiesModel.COL_NAME) == ["Anouk Saënen"]
    assert shown(tab.parties_table, PartiesModel.COL_ORGANISATION) == ["Sociaal Wijkteam Houten-Zuid"]
    assert shown(tab.parties_table, PartiesModel.COL_SINCE) == ["23-11-2026"]
    assert shown(tab.parties_table, PartiesModel.COL_CONTACT) == ["09-11-2026"]
    [party] = rig.run(lambda s: cases.open_case(s, case_id)).parties
    assert (party.person_id, party.role) == (regisseur.id, "gezinsregisseur")

    # her promise, made two weeks ago and late by a week
    focus(qtbot, tab.promises_table)
    qtbot.keyClick(tab.promises_table, Qt.Key.Key_Insert)
    promise = open_dialog(PromiseDialog)
    assert promise is not None
    assert promise.owner.currentText() == "Anouk Saënen (Sociaal Wijkteam Houten-Zuid) — gezinsregisseur"
    promise.text.setCurrentText("belt terug na huisbezoek")
    promise.made_on.setDate(QDate(2026, 11, 9))
    promise.due.check.setChecked(True)
    promise.due.edit.setDate(QDate(2026, 11, 16))
    qtbot.mouseClick(promise.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not promise.isVisible() and tab.promise_model.rowCount() == 1)
    assert shown(tab.promises_table, PromisesModel.COL_AGE) == ["14 dagen"]
    assert shown(tab.promises_table, PromisesModel.COL_STATE) == ["7 dagen te laat"]
    state = tab.promises_table.proxy.index(0, PromisesModel.COL_STATE)
    assert state.data(Qt.ItemDataRole.ForegroundRole).color() == RED

    # one of our own, by the POH
    tab.parties_table.clearSelection()
    tab.add_promise_action.trigger()
    assert promise.isVisible() and promise.owner.currentText() == "Onze praktijk: Fatma Özdemir"
    promise.text.setCurrentText("POH belt moeder")
    qtbot.mouseClick(promise.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: tab.promise_model.rowCount() == 2)
    assert "Fatma Özdemir (onze praktijk)" in shown(tab.promises_table, PromisesModel.COL_WHO)

    # a late plan item joins the late promise and the late terugkoppeling
    [party] = rig.run(lambda s: cases.open_case(s, case_id)).parties
    rig.run(lambda s: involvement.put_plan_item(s, PlanItem(case_id, "gezinsplan opstellen", party.id,
                                                            due=date(2026, 11, 20))))
    page.reload_action.trigger()
    settled(qtbot, rig, lambda: "gezinsplan" in tab.check_pane.plain_text())
    text = tab.check_pane.plain_text()
    for line in ("Stand van 23-11-2026",
                 "Te laat",
                 "Terugkoppeling Veilig Thuis: VT-2026-0412 — verwacht 09-11-2026, 14 dagen te laat",
                 "Toezegging: belt terug na huisbezoek — verwacht 16-11-2026, 7 dagen te laat",
                 "Plan van aanpak: gezinsplan opstellen — verwacht 20-11-2026, 3 dagen te laat",
                 "Anouk Saënen (Sociaal Wijkteam Houten-Zuid) — gezinsregisseur",
                 "Laatste contact: 14 dagen geleden",
                 "belt terug na huisbezoek (14 dagen open) uiterlijk 16-11-2026: 7 dagen te laat",
                 "Onze praktijk",
                 "Fatma Özdemir: POH belt moeder (0 dagen open)"):
        assert line in text, line
    assert tab.check_pane.text.toHtml().count("#b00020") >= 4  # the late ones are red

    # "Contact gehad vandaag", then the promise is kept
    tab.parties_table.selectRow(0)
    qtbot.mouseClick(tab.findChild(type(view.header.save_button), "contactTodayButton"), Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: shown(tab.parties_table, PartiesModel.COL_CONTACT) == ["23-11-2026"])
    qtbot.waitUntil(lambda: "Laatste contact: vandaag" in tab.check_pane.plain_text())
    assert tab.notice.text() == "Contact met Anouk Saënen vastgelegd voor vandaag."

    tab.promises_table.select_where(lambda p: p.text == "belt terug na huisbezoek")
    assert tab.done_action.text() == "&Nagekomen"
    focus(qtbot, tab.promises_table)
    qtbot.keyClick(tab.promises_table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, rig, lambda: shown(tab.promises_table, PromisesModel.COL_TEXT) == ["POH belt moeder"])
    tab.show_done.setChecked(True)
    assert "nagekomen 23-11-2026" in shown(tab.promises_table, PromisesModel.COL_STATE)
    qtbot.waitUntil(lambda: "belt terug na huisbezoek" not in tab.check_pane.plain_text())


def test_a_party_is_taken_off_the_case_after_asking(qtbot, rig, regisseur, dutch):
    from datetime import date as day

    from pages_helpers import message_box
    from PySide6.QtWidgets import QMessageBox

    from wijkzorg_desktop.domain.involvement import Party, Promise

    case_id = new_case(rig)
    mistaken = rig.run(lambda s: involvement.put_party(s, Party(case_id, "gezinsregisseur", person_id=regisseur.id)))
    school = next(o.id for o in rig.run(lambda s: contacts.load_map(s).organisations)
                  if o.name == "Basisschool De Regenboog")
    busy = rig.run(lambda s: involvement.put_party(s, Party(case_id, "school", organisation_id=school)))
    rig.run(lambda s: involvement.put_promise(s, Promise(case_id, "meldt verzuim", day(2026, 11, 20), busy.id)))
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, case_id)
    tab = show_tab(qtbot, rig, view, PartiesTab)

    def choose(name: str) -> None:
        row = shown(tab.parties_table, PartiesModel.COL_NAME).index(name)
        tab.parties_table.selectRow(row)

    choose("Anouk Saënen")
    focus(qtbot, tab.parties_table)
    qtbot.keyClick(tab.parties_table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: message_box() is not None)
    box = message_box()
    assert box.objectName() == "confirmRemoveParty" and "Anouk Saënen" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.findChild(type(box.defaultButton()), "confirmRemove").click()
    settled(qtbot, rig, lambda: "Anouk Saënen" not in shown(tab.parties_table, PartiesModel.COL_NAME))
    assert "van de casus gehaald" in tab.notice.text()
    assert mistaken.id not in [p.id for p in rig.run(lambda s: cases.open_case(s, case_id)).parties]

    choose("Basisschool De Regenboog")
    tab.remove_party_action.trigger()
    qtbot.waitUntil(lambda: message_box() is not None)
    message_box().findChild(type(message_box().defaultButton()), "confirmRemove").click()
    qtbot.waitUntil(lambda: tab.notice.kind == "error")
    assert "toezeggingen" in tab.notice.text()
    assert "Basisschool De Regenboog" in shown(tab.parties_table, PartiesModel.COL_NAME)
