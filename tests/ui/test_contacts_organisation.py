"""Sociale kaart: an organisation with its certificate chosen from a file, shown so it can be recognised;
wrong fields marked one by one."""

from __future__ import annotations

import pytest
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt
from test_contacts_page import open_page

from wijkzorg_desktop.documents import certificates
from wijkzorg_desktop.domain.contacts import OrganisationKind
from wijkzorg_desktop.services import contacts
from wijkzorg_desktop.ui.contacts.organisation_dialog import OrganisationDialog


@pytest.fixture
def rig(qtbot, vault, passphrase):
    rig = open_rig(vault[0], "beheer", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def page(qtbot, rig):
    page = open_page(qtbot, rig)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def new_organisation(qtbot, page) -> OrganisationDialog:
    qtbot.keyClick(page.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    dialog = open_dialog(OrganisationDialog)
    assert dialog is not None and dialog.windowTitle() == "New organisation"
    return dialog


def choose_file(qtbot, dialog: OrganisationDialog, path) -> None:
    qtbot.mouseClick(dialog.certificate.choose_button, Qt.MouseButton.LeftButton)
    files = dialog.certificate.file_dialog
    assert files is not None and files.isVisible()
    files.selectFile(str(path))
    files.accept()


def test_an_organisation_with_a_certificate_shows_subject_and_fingerprint(qtbot, rig, page, tmp_path):
    der = certificates.self_signed("Veilig Thuis Utrecht", "Veilig Thuis Utrecht", "vt@zorgmail.nl")
    info = certificates.describe(der)
    pem = tmp_path / "veilig-thuis.pem"
    pem.write_bytes(certificates.to_pem(der))
    dialog = new_organisation(qtbot, page)
    qtbot.keyClicks(dialog.name, "Veilig Thuis Utrecht")
    dialog.kind.setCurrentIndex(dialog.kind.findData(str(OrganisationKind.SAFE_AT_HOME)))
    qtbot.keyClicks(dialog.municipalities, "Houten, Utrecht")
    qtbot.keyClicks(dialog.lines["crisis_phone"], "030-2762000")
    qtbot.mouseClick(dialog.opening_hours.presets["always"], Qt.MouseButton.LeftButton)
    choose_file(qtbot, dialog, pem)
    qtbot.waitUntil(lambda: dialog.certificate.der == der)
    summary = dialog.certificate.summary.text()
    assert "CN=Veilig Thuis Utrecht" in summary
    first_half, second_half = info.sha256[:47], info.sha256[48:]
    assert first_half in summary and second_half in summary
    assert dialog.certificate.remove_button.isEnabled()

    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = rig.run(contacts.load_map).organisations
    assert saved.certificate == der and saved.crisis_phone == "+31302762000"
    assert saved.municipalities == ("Houten", "Utrecht")
    qtbot.waitUntil(lambda: "Veilig Thuis Utrecht" in page.detail.card.text()
                    and first_half in page.detail.card.text())
    card = page.detail.card.text()
    assert "030 276 2000" in card and "CN=Veilig Thuis Utrecht" in card


def test_a_file_that_is_not_a_certificate_is_refused_beside_the_button(qtbot, page, tmp_path):
    junk = tmp_path / "brief.der"
    junk.write_bytes(b"Beste collega, hierbij de gegevens.")
    dialog = new_organisation(qtbot, page)
    choose_file(qtbot, dialog, junk)
    qtbot.waitUntil(lambda: dialog.certificate.error.isVisible())
    assert dialog.certificate.error.text() == "this is not an X.509 certificate (PEM or DER)"
    assert dialog.certificate.der is None
    dialog.reject()


def test_every_wrong_field_is_marked_and_the_form_kept(qtbot, rig, page):
    dialog = new_organisation(qtbot, page)
    qtbot.keyClicks(dialog.name, "Jongerenwerk Houten")
    qtbot.keyClicks(dialog.lines["phone"], "12")
    qtbot.keyClicks(dialog.lines["secure_email"], "jongerenwerk@")
    qtbot.keyClicks(dialog.lines["website"], "geen site")
    qtbot.keyClicks(dialog.opening_hours.edit, "ma-vr 9-17")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.notice.kind == "error")
    marked = {key for key, edit in dialog.lines.items() if edit.property("invalid")}
    assert marked == {"phone", "secure_email", "website"}
    assert dialog.findChild(type(dialog.certificate.error), "websiteError").text() == \
        "\"geen site\" is not a web address"
    assert dialog.lines["secure_email"].text() == "jongerenwerk@"
    assert rig.run(contacts.load_map).organisations == []


def test_hours_that_are_not_understood_are_said_at_once_and_block_saving(qtbot, rig, page):
    dialog = new_organisation(qtbot, page)
    qtbot.keyClicks(dialog.name, "GGD")
    qtbot.keyClicks(dialog.opening_hours.edit, "maandag 9 tot 5")
    assert dialog.opening_hours.hint.text().startswith("Not understood:")
    dialog.ok_button.click()
    assert dialog.opening_hours.edit.property("invalid") is True and dialog.isVisible()
    assert not dialog.busy
    dialog.opening_hours.edit.clear()
    qtbot.mouseClick(dialog.opening_hours.presets["office"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.opening_hours.presets["evenings"], Qt.MouseButton.LeftButton)
    assert dialog.opening_hours.text() == "ma-vr 08:30-17:00, 17:00-22:00"
    assert dialog.opening_hours.edit.property("invalid") is False
    assert dialog.opening_hours.hint.text() == "Understood as: ma-vr 08:30-17:00, 17:00-22:00"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [saved] = rig.run(contacts.load_map).organisations
    assert saved.opening_hours.text() == "ma-vr 08:30-17:00, 17:00-22:00"
