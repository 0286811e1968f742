"""Sociale kaart: deleting asks first and is audited; a person in a case is marked as departed instead;
"Gecontroleerd" takes away the "controleren" mark."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pages_helpers import close_rig, message_box, open_dialog, open_rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from test_contacts_page import cell, open_page, shown

from wijkzorg_desktop.domain.audit import AuditAction, AuditFilter
from wijkzorg_desktop.domain.contacts import Organisation, OrganisationKind, Person
from wijkzorg_desktop.domain.involvement import Party
from wijkzorg_desktop.services import audit, cases, contacts, involvement
from wijkzorg_desktop.ui.contacts.contact_table import ContactModel
from wijkzorg_desktop.ui.contacts.departure_dialog import DepartureDialog
from wijkzorg_desktop.ui.contacts.labels import long_date
from wijkzorg_desktop.ui.dates import from_qdate, to_qdate


@pytest.fixture
def rig(qtbot, vault, passphrase):
    rig = open_rig(vault[0], "beheer", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def people(rig) -> dict[str, Person]:
    team = rig.run(lambda s: contacts.save_organisation(s, Organisation(
        "Wijkteam Culemborg", OrganisationKind.NEIGHBOURHOOD_TEAM, ("Culemborg",))))
    made = {}
    for name, verified in (("Karin Smit", date(2020, 1, 6)), ("Ahmed Yilmaz", date.today())):
        made[name] = rig.run(lambda s, n=name, v=verified: contacts.save_person(
            s, Person(n, organisation_id=team.id, function="gezinsregisseur", verified_on=v)))
    return made


def select(page, name: str) -> None:
    assert page.table.select_where(lambda row: row.name == name)


def deletes(rig) -> list[str]:
    records = rig.run(lambda s: audit.search(s, AuditFilter(action=str(AuditAction.DELETE))))
    return [f"{r.object_type} {r.object_id}" for r in records]


def test_delete_asks_first_with_no_as_default_and_is_audited(qtbot, rig, people):
    page = open_page(qtbot, rig)
    select(page, "Karin Smit")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = message_box()
    assert box is not None and "Karin Smit" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    rig.idle(qtbot)
    assert "Karin Smit" in shown(page) and deletes(rig) == []

    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    message_box().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "Karin Smit" not in shown(page))
    assert page.notice.text() == "Karin Smit is deleted."
    assert deletes(rig) == [f"person {people['Karin Smit'].id}"]


def test_an_organisation_with_people_is_not_deleted(qtbot, rig, people):
    page = open_page(qtbot, rig)
    select(page, "Wijkteam Culemborg")
    page.delete_action.trigger()
    message_box().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.notice.kind == "error")
    assert "still has 2 people" in page.notice.text()
    assert "Wijkteam Culemborg" in shown(page)


def test_a_person_in_a_case_is_offered_to_be_marked_as_departed(qtbot, rig, people):
    person_id = people["Karin Smit"].id

    def link(session) -> None:  # a case names the person as one of its parties
        case = cases.create_case(session, "S")
        involvement.put_party(session, Party(case.id, "gezinsregisseur", person_id=person_id))

    rig.run(link)
    page = open_page(qtbot, rig)
    select(page, "Karin Smit")
    page.delete_action.trigger()
    message_box().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: message_box() is not None and message_box().objectName() == "personLinked")
    box = message_box()
    assert "involved in a case" in box.text()
    box.findChild(QPushButton, "markDepartedInstead").click()

    # the day (today unless told otherwise, never later) and, if known, who took over
    dialog = open_dialog(DepartureDialog)
    assert dialog is not None and dialog.windowTitle() == "Karin Smit departed"
    today = rig.run(contacts.today)
    assert from_qdate(dialog.on.date()) == today and from_qdate(dialog.on.maximumDate()) == today
    assert dialog.successor.currentData() is None
    assert [dialog.successor.itemText(i) for i in range(dialog.successor.count())] == [
        "(nobody, or not known)", "Ahmed Yilmaz — gezinsregisseur, Wijkteam Culemborg"]
    earlier = today - timedelta(days=12)
    dialog.on.setDate(to_qdate(earlier))
    dialog.successor.setCurrentIndex(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Karin Smit" not in shown(page) and not dialog.isVisible())
    assert "marked as departed" in page.notice.text()
    saved = rig.run(lambda s: contacts.person_details(s, person_id)).person
    assert (saved.departed, saved.departed_on, saved.successor_id) == (True, earlier, people["Ahmed Yilmaz"].id)

    page.filters.departed.setChecked(True)
    assert cell(page, "Karin Smit", ContactModel.COL_CHECK) == "departed"
    select(page, "Karin Smit")
    qtbot.waitUntil(lambda: "Taken over by Ahmed Yilmaz" in page.detail.card.text())
    assert f"Departed on {long_date(earlier)}" in page.detail.card.text()
    assert page.departed_action.text() == "Not departed"
    page.departed_action.trigger()
    qtbot.waitUntil(lambda: cell(page, "Karin Smit", ContactModel.COL_CHECK) == "check")
    saved = rig.run(lambda s: contacts.person_details(s, person_id)).person
    assert (saved.departed, saved.departed_on, saved.successor_id) == (False, None, None)
    details = [r.detail for r in rig.run(lambda s: audit.search(s, AuditFilter(action=str(AuditAction.UPDATE))))
               if r.object_id == str(person_id)]
    assert f"departed {earlier.isoformat()}, successor {people['Ahmed Yilmaz'].id}" in details
    assert "returned" in details


def test_verified_takes_away_the_check_mark(qtbot, rig, people):
    page = open_page(qtbot, rig)
    assert cell(page, "Karin Smit", ContactModel.COL_CHECK) == "check"
    assert cell(page, "Ahmed Yilmaz", ContactModel.COL_CHECK) == ""
    page.filters.to_check.setChecked(True)
    assert shown(page) == ["Karin Smit"]
    select(page, "Karin Smit")
    assert page.verified_action.isEnabled()
    page.findChild(QPushButton, "markVerifiedButton").click()
    qtbot.waitUntil(lambda: shown(page) == [])
    assert "is marked as verified" in page.notice.text()
    page.filters.to_check.setChecked(False)
    assert cell(page, "Karin Smit", ContactModel.COL_CHECK) == ""
    saved = rig.run(lambda s: contacts.person_details(s, people["Karin Smit"].id))
    assert not saved.needs_check and saved.person.verified_on == rig.run(contacts.today)


def test_several_people_are_verified_at_once(qtbot, rig, people):
    page = open_page(qtbot, rig)
    page.table.selectAll()
    with qtbot.waitSignal(page.model.modelReset, timeout=10_000):  # the table loaded again after the change
        page.changes.mark_verified()
    assert page.notice.text().startswith("2 people are marked as verified")
    assert all(cell(page, name, ContactModel.COL_CHECK) == "" for name in people)
