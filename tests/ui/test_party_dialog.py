"""The party dialog saves what it shows: the role of the one selected (also when arrowing through the
matches), Tab reaches the role, and our own users can be a party, named as such everywhere."""

from __future__ import annotations

import re
import subprocess

import pytest
from cases_helpers import fix_clock, new_case, open_case, open_page, settled, show_tab, shown
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wijkzorg_desktop.domain.contacts import Person
from wijkzorg_desktop.services import cases, contacts, documents
from wijkzorg_desktop.ui.cases.parties_tab import PartiesModel, PartiesTab
from wijkzorg_desktop.ui.cases.party_dialog import PartyDialog


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


def _two_at_one_school(rig) -> None:
    def make(session) -> None:
        school = next(o for o in contacts.load_map(session).organisations if o.kind == "school")
        contacts.save_person(session, Person("Zwaantje Aaldering", school.id, "directeur"))
        contacts.save_person(session, Person("Zwaantje Bakker", school.id, "IB'er"))

    rig.run(make)


def _open_party_dialog(qtbot, rig):
    case_id = new_case(rig)
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, case_id)
    tab = show_tab(qtbot, rig, view, PartiesTab)
    tab.add_party_action.trigger()
    dialog = open_dialog(PartyDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.search.hasFocus() and not rig.worker.busy)
    return case_id, tab, dialog


def pdf_text(data: bytes) -> str:
    found = subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True)
    return found.stdout.decode()


def _texts(dialog: PartyDialog) -> list[str]:
    return [dialog.choices.item(i).text() for i in range(dialog.choices.count())]


def test_the_role_saved_is_the_role_of_the_one_selected(qtbot, rig, dutch):
    _two_at_one_school(rig)
    case_id, tab, dialog = _open_party_dialog(qtbot, rig)
    qtbot.keyClicks(dialog.search, "zwaantje")
    assert len(_texts(dialog)) == 2
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.choices.currentItem().text().startswith("Zwaantje Aaldering")
    assert dialog.role.currentText() == "directeur"
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
    assert dialog.choices.currentItem().text().startswith("Zwaantje Bakker")
    assert dialog.role.currentText() == "IB'er"

    # Tab goes from the list to the role; a role typed there stays when another is selected
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (dialog.role, dialog.role.lineEdit())
    dialog.role.lineEdit().selectAll()
    qtbot.keyClicks(dialog.role.lineEdit(), "intern begeleider")
    dialog.choices.setCurrentRow(0)
    assert dialog.role.currentText() == "intern begeleider"
    dialog.choices.setCurrentRow(1)

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.party_model.rowCount() == 1)
    [party] = rig.run(lambda s: cases.open_case(s, case_id)).parties
    assert party.role == "intern begeleider"
    assert shown(tab.parties_table, PartiesModel.COL_NAME) == ["Zwaantje Bakker"]


def test_one_of_our_own_users_is_a_party(qtbot, rig, dutch):
    case_id, tab, dialog = _open_party_dialog(qtbot, rig)
    qtbot.keyClicks(dialog.search, "ozdemir")
    qtbot.waitUntil(lambda: not rig.worker.busy)
    qtbot.waitUntil(lambda: _texts(dialog) == ["Fatma Özdemir — POH-GGZ, onze praktijk"])
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.role.currentText() == "POH-GGZ"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.party_model.rowCount() == 1)

    [party] = rig.run(lambda s: cases.open_case(s, case_id)).parties
    assert (party.user_login, party.person_id, party.organisation_id, party.role) == ("poh", None, None, "POH-GGZ")
    assert shown(tab.parties_table, PartiesModel.COL_NAME) == ["Fatma Özdemir"]
    assert shown(tab.parties_table, PartiesModel.COL_ORGANISATION) == ["onze praktijk"]
    assert shown(tab.parties_table, PartiesModel.COL_ROLE) == ["POH-GGZ"]
    qtbot.waitUntil(lambda: "Fatma Özdemir" in tab.check_pane.plain_text())

    # the case's documents name her with her role and the practice
    issued = rig.run(lambda s: documents.case_timeline(s, case_id))
    parties = pdf_text(issued.pdf).split("Betrokken partijen", 1)[1].split("Tijdlijn", 1)[0]
    assert re.search(r"POH-GGZ +Fatma Özdemir +Huisartsenpraktijk +030 630 1234", parties)

    # editing keeps her chosen
    tab.parties_table.selectRow(0)
    tab.edit_party_action.trigger()
    qtbot.waitUntil(lambda: dialog.isVisible() and not rig.worker.busy)
    assert dialog.chosen_key() == "user:poh"
