"""File dialogs speak Dutch: Qt's own texts come from the Qt translation PySide6 ships, and the few it
lacks from ours."""

from __future__ import annotations

from pathlib import Path

import pytest
from pages_helpers import close_rig, open_rig
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton
from test_contacts_page import open_page

from wijkzorg_desktop.ui.application import qt_translation_dirs


@pytest.fixture
def rig(qtbot, vault, passphrase):
    rig = open_rig(vault[0], "beheer", passphrase)
    yield rig
    close_rig(rig)


def test_qt_translations_are_found_where_pyside6_ships_them():
    assert any((Path(folder) / "qtbase_nl.qm").is_file() for folder in qt_translation_dirs())
    assert str(Path(qt_translation_dirs()[-1])).endswith(str(Path("PySide6", "Qt", "translations")))


def test_the_import_file_dialog_reads_dutch(qtbot, rig, dutch):
    page = open_page(qtbot, rig)
    page.import_action.trigger()
    dialog = page.exchange.open_dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitUntil(dialog.isVisible)
    try:
        buttons = {b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()}
        assert {"&Openen", "Annuleren"} <= buttons
        labels = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
        assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= labels
        assert QApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?").startswith(
            "%1 bestaat al.")
    finally:
        dialog.reject()
