"""Sociale kaart by keyboard: the shortcuts, the tab order, names for screen readers, and a form that
survives a lock as a draft."""

from __future__ import annotations

import pytest
from pages_helpers import close_rig, message_box, open_dialog, open_rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from shell_helpers import unlock, wait_workspace
from test_contacts_page import open_page, shown

from wijkzorg_desktop.domain.contacts import Organisation, OrganisationKind, Person
from wijkzorg_desktop.services import contacts
from wijkzorg_desktop.services.vaults import unlock as open_vault
from wijkzorg_desktop.ui.contacts.contacts_page import ContactsPage
from wijkzorg_desktop.ui.contacts.export_dialog import ExportDialog
from wijkzorg_desktop.ui.contacts.organisation_dialog import OrganisationDialog
from wijkzorg_desktop.ui.contacts.person_dialog import PersonDialog
from wijkzorg_desktop.ui.sections import SECTIONS

CTRL = Qt.KeyboardModifier.ControlModifier


def seed(session) -> None:
    org = contacts.save_organisation(session, Organisation("CJG Houten",
                                                           OrganisationKind.YOUTH_HEALTH_CENTRE))
    contacts.save_person(session, Person("Lieke de Boer", organisation_id=org.id, function="jeugdarts"))


@pytest.fixture
def rig(qtbot, vault, passphrase):
    rig = open_rig(vault[0], "beheer", passphrase)
    rig.run(seed)
    yield rig
    close_rig(rig)


@pytest.fixture
def page(qtbot, rig):
    page = open_page(qtbot, rig)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_ctrl_f_searches_and_enter_goes_to_the_list_and_opens_the_contact(qtbot, page):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, CTRL)
    assert page.filters.search.hasFocus()
    qtbot.keyClicks(page.filters.search, "lieke")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.table.current_row().name == "Lieke de Boer"
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = open_dialog(PersonDialog)
    assert dialog is not None and dialog.name.text() == "Lieke de Boer"
    assert dialog.organisation.currentText() == "CJG Houten"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert open_dialog(PersonDialog) is dialog
    dialog.reject()


def test_new_and_delete_shortcuts(qtbot, page):
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    person = open_dialog(PersonDialog)
    assert person is not None and person.windowTitle() == "New person"
    assert person.focusWidget() is person.name
    person.reject()
    assert "Ctrl+Alt+N" in page.new_organisation_action.toolTip()
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.AltModifier)
    organisation = open_dialog(OrganisationDialog)
    assert organisation is not None and organisation.windowTitle() == "New organisation"
    organisation.reject()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = message_box()
    assert box is not None and box.objectName() == "confirmDelete"
    box.reject()
    # Delete in the search field deletes text, not a contact
    qtbot.keyClicks(page.filters.search, "cjg")
    page.filters.search.setCursorPosition(0)
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Delete)
    assert page.filters.search.text() == "jg" and message_box() is None


def test_import_and_export_shortcuts_open_their_dialogs(qtbot, page):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, CTRL)
    export = open_dialog(ExportDialog)
    assert export is not None and export.whole.isChecked() and export.vcard.isChecked()
    export.reject()
    qtbot.keyClick(page.table, Qt.Key.Key_I, CTRL)
    files = open_dialog(QFileDialog)
    assert files is not None and files.objectName() == "importFileDialog"
    files.reject()


def test_tab_goes_from_the_filters_to_the_list_and_everything_has_a_name(qtbot, page):
    page.filters.departed.setFocus()
    qtbot.keyClick(page.filters.departed, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.table
    assert page.table.accessibleName() == "Contact map"
    for widget in (page.filters.search, page.filters.kind, page.filters.municipality, page.filters.function,
                   page.detail.card):
        assert widget.accessibleName()
    page.editing.new_person()
    dialog = open_dialog(PersonDialog)
    for widget in (dialog.name, dialog.organisation, dialog.function, dialog.liaison, dialog.notes,
                   dialog.availability.edit, *(line.value for line in dialog.channels.lines)):
        assert widget.accessibleName(), widget.objectName()
    dialog.reject()


def test_an_open_form_is_kept_across_a_lock(qtbot, make_window, vault, passphrase):
    store, _ = vault
    session = open_vault(store, "beheer", passphrase).session
    seed(session)
    session.close()
    window = make_window(store, (ContactsPage,))
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    page = window.workspace.pages[0]
    qtbot.waitUntil(lambda: "Lieke de Boer" in shown(page))
    page.editing.new_person()
    dialog = open_dialog(PersonDialog)
    qtbot.keyClicks(dialog.name, "Rik Vermeulen")
    qtbot.keyClicks(dialog.channels.lines[1].value, "06-123")
    qtbot.keyClicks(dialog.availability.edit, "di 9-12")
    dialog.organisation.setCurrentIndex(dialog.organisation.findText("CJG Houten"))
    window.lock()
    qtbot.waitUntil(lambda: not window.client.unlocked and not window._dying)

    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    qtbot.waitUntil(lambda: open_dialog(PersonDialog) is not None)
    again = open_dialog(PersonDialog)
    assert again is not dialog
    assert again.name.text() == "Rik Vermeulen"
    assert again.channels.lines[1].value.text() == "06-123"
    assert again.availability.text() == "di 9-12"
    assert again.organisation.currentText() == "CJG Houten"
    again.reject()


def test_ctrl_n_belongs_to_the_page_that_is_shown(qtbot, make_window, vault, passphrase):
    store, _ = vault
    window = make_window(store, SECTIONS)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    assert window.workspace.show_page_id("contacts")
    contacts_page = window.workspace.current_page()
    assert isinstance(contacts_page, ContactsPage)
    qtbot.waitUntil(lambda: contacts_page.map is not None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(contacts_page.table, Qt.Key.Key_N, CTRL)
    dialog = open_dialog(PersonDialog)
    assert dialog is not None
    dialog.reject()
    window.workspace.show_page_id("users")
    users = window.workspace.current_page()
    qtbot.keyClick(users, Qt.Key.Key_N, CTRL)
    assert open_dialog(PersonDialog) is None
    assert QApplication.focusWidget() is users.new_user.login
