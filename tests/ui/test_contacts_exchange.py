"""Sociale kaart import and export: a preview with errors and duplicates that writes nothing until
"Import", and an export of the whole map or the selected rows."""

from __future__ import annotations

import pytest
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from test_contacts_page import open_page, shown

from wijkzorg_desktop.domain.audit import AuditAction, AuditFilter
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person
from wijkzorg_desktop.services import audit, contacts
from wijkzorg_desktop.ui.contacts.export_dialog import ExportDialog
from wijkzorg_desktop.ui.contacts.import_dialog import ImportDialog

CARDS = """BEGIN:VCARD
VERSION:4.0
FN:Sanne de Vries
ORG:Wijkteam Houten
TEL;TYPE=work:030 123 4567
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Tom Bakker
ORG:Wijkteam Houten
TITLE:gezinsregisseur
EMAIL:tom.bakker@zorgmail.nl
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Foutje
EMAIL:foutje@
END:VCARD
"""


@pytest.fixture
def rig(qtbot, vault, passphrase):
    rig = open_rig(vault[0], "beheer", passphrase)
    team = rig.run(lambda s: contacts.save_organisation(s, Organisation(
        "Wijkteam Houten", OrganisationKind.NEIGHBOURHOOD_TEAM, ("Houten",))))
    rig.run(lambda s: contacts.save_person(s, Person("Sanne de Vries", organisation_id=team.id)))
    yield rig
    close_rig(rig)


@pytest.fixture
def page(qtbot, rig):
    page = open_page(qtbot, rig)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def audited(rig, action: AuditAction) -> list[str]:
    return [r.object_id for r in rig.run(lambda s: audit.search(s, AuditFilter(action=str(action))))]


def open_preview(qtbot, page, path) -> ImportDialog:
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    files = page.exchange.open_dialog
    assert files is not None and files.isVisible()
    files.selectFile(str(path))
    files.accept()
    qtbot.waitUntil(lambda: open_dialog(ImportDialog) is not None)
    return open_dialog(ImportDialog)


def column(dialog: ImportDialog, col: int) -> list[str]:
    return [dialog.table.item(row, col).text() if dialog.table.item(row, col) else ""
            for row in range(dialog.table.rowCount())]


def test_the_preview_shows_rows_errors_and_a_duplicate_and_cancel_writes_nothing(
        qtbot, rig, page, tmp_path, dutch):
    cards = tmp_path / "partners.vcf"
    cards.write_text(CARDS, encoding="utf-8")
    dialog = open_preview(qtbot, page, cards)
    assert column(dialog, ImportDialog.COL_NAME) == ["Sanne de Vries", "Tom Bakker", "Foutje"]
    assert column(dialog, ImportDialog.COL_PROBLEMS) == ["", "", "\"foutje@\" is geen geldig e-mailadres"]
    assert column(dialog, ImportDialog.COL_DUPLICATE) == ["Sanne de Vries", "", ""]
    assert list(dialog.choices) == [1]  # only the duplicate asks what to do
    choice = dialog.choices[1]
    assert [choice.itemText(i) for i in range(choice.count())] == ["Overslaan", "Samenvoegen", "Toevoegen"]
    assert choice.currentText() == "Overslaan"
    assert dialog.counts.text() == ("3 contacten in het bestand, 1 met problemen, 1 staan waarschijnlijk al "
                                    "op de kaart. Importeren voegt er 1 toe, voegt er 0 samen en slaat er 2 "
                                    "over.")
    choice.setCurrentIndex(choice.findData("merge"))
    assert "voegt er 1 samen" in dialog.counts.text()

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    rig.idle(qtbot)
    found = rig.run(contacts.load_map)
    assert sorted(p.name for p in found.people) == ["Sanne de Vries"]
    assert audited(rig, AuditAction.IMPORT) == []


def test_import_writes_what_was_chosen(qtbot, rig, page, tmp_path):
    cards = tmp_path / "partners.vcf"
    cards.write_text(CARDS, encoding="utf-8")
    dialog = open_preview(qtbot, page, cards)
    dialog.choices[1].setCurrentIndex(dialog.choices[1].findData("merge"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: "Tom Bakker" in shown(page))
    assert page.notice.text() == "Imported from partners.vcf: 1 added, 1 merged, 1 skipped."
    people = {p.name: p for p in rig.run(contacts.load_map).people}
    assert sorted(people) == ["Sanne de Vries", "Tom Bakker"]
    assert people["Sanne de Vries"].channels == (Channel(ChannelKind.PHONE, "+31301234567", True),)
    assert audited(rig, AuditAction.IMPORT) == ["partners.vcf"]


def test_a_file_that_is_not_contacts_is_refused_with_nothing_imported(qtbot, page, tmp_path):
    junk = tmp_path / "notities.vcf"
    junk.write_text("Dit is geen vCard.\n", encoding="utf-8")
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    page.exchange.open_dialog.selectFile(str(junk))
    page.exchange.open_dialog.accept()
    qtbot.waitUntil(lambda: page.notice.kind == "error")
    assert "Nothing was imported" in page.notice.text()
    assert open_dialog(ImportDialog) is None


@pytest.mark.parametrize(("fmt", "selected"), [("vcf", False), ("csv", True)])
def test_export_the_whole_map_or_the_selected_rows(qtbot, rig, page, tmp_path, fmt, selected):
    assert page.table.select_where(lambda row: row.name == "Sanne de Vries")
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(ExportDialog)
    assert dialog.whole.text() == "The &whole contact map (2 contact(s))"
    (dialog.selected if selected else dialog.whole).setChecked(True)
    (dialog.csv if fmt == "csv" else dialog.vcard).setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    files = open_dialog(QFileDialog)
    assert files is not None and files.objectName() == "exportFileDialog"
    target = tmp_path / f"kaart.{fmt}"
    files.selectFile(str(target))
    files.accept()
    qtbot.waitUntil(lambda: page.notice.kind == "info")
    text = target.read_text("utf-8")
    if selected:  # a header and the one selected person
        assert len(text.strip().splitlines()) == 2 and "Sanne de Vries" in text
    else:
        assert text.count("BEGIN:VCARD") == 2
        assert "FN:Sanne de Vries" in text and "FN:Wijkteam Houten" in text
    assert str(target) in page.notice.text()
    assert audited(rig, AuditAction.EXPORT) == [fmt]
