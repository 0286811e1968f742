"""A number another address book wrote that is neither Dutch nor international: the import preview warns
about it without refusing the person, and the card and the form show it as written."""

from __future__ import annotations

import pytest
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt
from test_contacts_exchange import column, open_preview
from test_contacts_page import open_page, shown

from wijkzorg_desktop.services import contact_exchange, contacts
from wijkzorg_desktop.ui.contacts.import_dialog import WARNING_COLOUR, ImportDialog
from wijkzorg_desktop.ui.contacts.person_dialog import PersonDialog

CARD = """BEGIN:VCARD
VERSION:2.1
N:Brouwer;Jeroen
FN:Jeroen Brouwer
TEL;WORK;VOICE:BusinessPhone
TEL;CELL;VOICE:(555) 987-6543
END:VCARD
"""


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


def test_a_number_kept_as_written_is_a_warning_and_the_person_is_imported(qtbot, rig, page, tmp_path, dutch):
    path = tmp_path / "outlook.vcf"
    path.write_text(CARD, encoding="utf-8")
    dialog = open_preview(qtbot, page, path)
    assert column(dialog, ImportDialog.COL_NAME) == ["Jeroen Brouwer"]
    assert column(dialog, ImportDialog.COL_PROBLEMS) == [
        '"BusinessPhone" is geen Nederlands of internationaal telefoonnummer; het is bewaard zoals het er staat: '
        'controleer het; "(555) 987-6543" is geen Nederlands of internationaal telefoonnummer; het is bewaard '
        "zoals het er staat: controleer het"]
    assert dialog.table.item(0, ImportDialog.COL_PROBLEMS).foreground().color().name() == WARNING_COLOUR
    assert column(dialog, ImportDialog.COL_ACTION) == ["toevoegen"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "Jeroen Brouwer" in shown(page))
    jeroen = next(p for p in rig.run(contacts.load_map).people if p.name == "Jeroen Brouwer")
    assert [c.value for c in jeroen.channels] == ["BusinessPhone", "(555) 987-6543"]


def test_the_card_and_the_form_show_the_number_as_written_and_save_it(qtbot, rig, page, tmp_path, dutch):
    path = tmp_path / "outlook.vcf"
    path.write_text(CARD, encoding="utf-8")
    rig.run(lambda s: contact_exchange.apply(s, contact_exchange.preview(s, path)))
    page.reload()
    qtbot.waitUntil(lambda: "Jeroen Brouwer" in shown(page))
    assert page.table.select_where(lambda row: row.name == "Jeroen Brouwer")
    qtbot.waitUntil(lambda: "Jeroen Brouwer" in page.detail.card.text())
    card = page.detail.card.toPlainText()
    assert "BusinessPhone geen Nederlands of internationaal nummer: controleer het" in card
    assert "(555) 987-6543 geen Nederlands of internationaal nummer: controleer het" in card
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: open_dialog(PersonDialog) is not None)
    dialog = open_dialog(PersonDialog)
    assert [line.value.text() for line in dialog.channels.lines] == ["BusinessPhone", "(555) 987-6543"]
    dialog.function.setCurrentText("schuldhulpverlener")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    jeroen = next(p for p in rig.run(contacts.load_map).people if p.name == "Jeroen Brouwer")
    assert jeroen.function == "schuldhulpverlener"
    assert [c.value for c in jeroen.channels] == ["BusinessPhone", "(555) 987-6543"]
