"""Sociale kaart: add a person through the form (a wrong number is refused in Dutch and can be fixed),
find them by searching without accents, and see who is reachable now."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt

from wijkzorg_desktop.domain.availability import Availability, parse_availability
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person
from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.services import contacts
from wijkzorg_desktop.ui.contacts.contact_table import ContactModel
from wijkzorg_desktop.ui.contacts.contacts_page import ContactsPage
from wijkzorg_desktop.ui.contacts.person_dialog import PersonDialog
from wijkzorg_desktop.ui.sections import SECTIONS

MONDAY_MORNING = datetime(2025, 3, 3, 9, 30, tzinfo=UTC)  # 10:30 in Houten
SUNDAY_MORNING = datetime(2025, 3, 9, 9, 30, tzinfo=UTC)


@pytest.fixture
def rig(qtbot, vault, passphrase):
    rig = open_rig(vault[0], "beheer", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def team(rig) -> Organisation:
    return rig.run(lambda s: contacts.save_organisation(s, Organisation(
        "Sociaal Wijkteam Houten", OrganisationKind.NEIGHBOURHOOD_TEAM, ("Houten",))))


def open_page(qtbot, rig) -> ContactsPage:
    page = ContactsPage(rig.client)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.map is not None and not rig.worker.busy)
    return page


def shown(page: ContactsPage, column: int = ContactModel.COL_NAME) -> list[str]:
    proxy = page.table.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def cell(page: ContactsPage, name: str, column: int) -> str:
    return shown(page, column)[shown(page).index(name)]


def test_a_wrong_number_is_refused_in_dutch_and_the_fixed_person_is_found_and_reachable(
        qtbot, rig, team, dutch):
    page = open_page(qtbot, rig)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(PersonDialog)
    assert dialog is not None and dialog.windowTitle() == "Nieuwe persoon"
    qtbot.keyClicks(dialog.name, "Anouk Sa")
    dialog.name.insert("ë")  # QTest types ASCII only
    qtbot.keyClicks(dialog.name, "nen")
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("Sociaal Wijkteam Houten"))
    dialog.function.setCurrentText("jeugdverpleegkundige")
    phone = dialog.channels.lines[0]
    qtbot.keyClicks(phone.value, "030-12")
    qtbot.mouseClick(dialog.availability.presets["always"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    # refused: the dialog stays open with what was typed, the field marked with the reason in Dutch
    qtbot.waitUntil(lambda: dialog.notice.kind == "error")
    assert dialog.isVisible()
    assert dialog.name.text() == "Anouk Saënen" and phone.value.text() == "030-12"
    assert phone.value.property("invalid") is True
    assert phone.error.isVisible()
    assert phone.error.text() == "\"030-12\" is geen geldig telefoonnummer"
    assert "Niet opgeslagen" in dialog.notice.text()
    assert rig.run(contacts.load_map).people == []

    phone.value.clear()
    assert phone.value.property("invalid") is False and not phone.error.isVisible()
    qtbot.keyClicks(phone.value, "030 123 4567")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = rig.run(contacts.load_map).people
    assert saved.name == "Anouk Saënen" and saved.organisation_id == team.id
    assert saved.channels == (Channel(ChannelKind.PHONE, "+31301234567", True),)
    assert saved.availability == Availability.always()
    qtbot.waitUntil(lambda: "Anouk Saënen" in shown(page))
    assert page.table.current_row().name == "Anouk Saënen"
    assert cell(page, "Anouk Saënen", ContactModel.COL_CHANNEL) == "030 123 4567"

    rig.run(lambda s: contacts.save_person(s, Person("Piet de Graaf", organisation_id=team.id)))
    page.refresh()
    qtbot.waitUntil(lambda: "Piet de Graaf" in shown(page))

    qtbot.keyClicks(page.filters.search, "saenen")
    assert shown(page) == ["Anouk Saënen"]
    page.filters.search.clear()
    qtbot.keyClicks(page.filters.search, "WIJKTEAM houten")
    assert sorted(shown(page)) == ["Anouk Saënen", "Piet de Graaf", "Sociaal Wijkteam Houten"]
    page.filters.search.clear()

    assert cell(page, "Piet de Graaf", ContactModel.COL_NOW) == "onbekend"
    assert cell(page, "Anouk Saënen", ContactModel.COL_NOW) == "ja"
    page.filters.reachable.setChecked(True)
    assert shown(page) == ["Anouk Saënen"]
    assert page.count.text() == "1 van 3 contacten"


def test_reachable_now_follows_the_clock_each_minute(qtbot, rig, team):
    rig.run(lambda s: contacts.save_person(s, Person(
        "Mila Jansen", organisation_id=team.id, availability=parse_availability("ma-vr 08:30-17:00"))))
    page = open_page(qtbot, rig)
    page.clock = lambda: MONDAY_MORNING
    page.filters.reachable.setChecked(True)
    assert shown(page) == ["Mila Jansen"]
    page.clock = lambda: SUNDAY_MORNING
    page.tick()
    assert shown(page) == []
    page.filters.reachable.setChecked(False)
    assert cell(page, "Mila Jansen", ContactModel.COL_NOW) == "no"
    page.clock = lambda: MONDAY_MORNING
    page.tick()
    assert cell(page, "Mila Jansen", ContactModel.COL_NOW) == "yes"
    assert page.minute.isActive() and page.minute.interval() == 60_000


def test_filters_by_kind_municipality_and_function(qtbot, rig, team):
    school = rig.run(lambda s: contacts.save_organisation(s, Organisation(
        "Basisschool De Linde", OrganisationKind.SCHOOL, ("Culemborg",))))
    for name, org, function in (("Sanne Visser", school, "IB'er"), ("Joris Bakker", team, "gezinsregisseur")):
        rig.run(lambda s, n=name, o=org, f=function: contacts.save_person(
            s, Person(n, organisation_id=o.id, function=f)))
    page = open_page(qtbot, rig)
    filters = page.filters
    filters.kind.setCurrentIndex(filters.kind.findData(str(OrganisationKind.SCHOOL)))
    assert sorted(shown(page)) == ["Basisschool De Linde", "Sanne Visser"]
    filters.kind.setCurrentIndex(0)
    filters.municipality.setCurrentIndex(filters.municipality.findData("Houten"))
    assert sorted(shown(page)) == ["Joris Bakker", "Sociaal Wijkteam Houten"]
    filters.municipality.setCurrentIndex(0)
    filters.function.setCurrentIndex(filters.function.findData("IB'er"))
    assert shown(page) == ["Sanne Visser"]
    assert page.count.text() == "1 of 4 contacts"


def test_the_detail_pane_shows_the_card_with_dutch_numbers(qtbot, rig, team):
    rig.run(lambda s: contacts.save_person(s, Person(
        "Noor El Idrissi", organisation_id=team.id, function="gezinsregisseur",
        channels=(Channel(ChannelKind.MOBILE, "0612345678", True),
                  Channel(ChannelKind.SECURE_EMAIL, "noor@zorgmail.nl")),
        liaison_login="beheer", notes="Belt liever terug")))
    page = open_page(qtbot, rig)
    assert page.table.select_where(lambda row: row.name == "Noor El Idrissi")
    qtbot.waitUntil(lambda: "Noor El Idrissi" in page.detail.card.text())
    card = page.detail.card.text()
    assert "06 12345678" in card and "noor@zorgmail.nl" in card
    assert "Marieke Saënen" in card and "Belt liever terug" in card and "Sociaal Wijkteam Houten" in card
    assert "availability unknown" in card


def test_the_page_follows_vandaag_and_opvolging_for_every_role():
    assert [s.page_id for s in SECTIONS[:3]] == ["today", "followups", "contacts"]
    assert all(ContactsPage.visible_for(role) for role in Role)
