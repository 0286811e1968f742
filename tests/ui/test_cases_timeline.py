"""Tijdlijn: a dated entry with its author; revising it keeps the earlier text, shown on selection."""

from __future__ import annotations

import pytest
from cases_helpers import fix_clock, focus, new_case, open_case, open_page, settled, show_tab, shown
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import QDate, Qt

from wijkzorg_desktop.domain.involvement import EntryKind
from wijkzorg_desktop.services import cases
from wijkzorg_desktop.ui.cases.entry_dialog import EntryDialog
from wijkzorg_desktop.ui.cases.timeline_tab import TimelineModel, TimelineTab


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


def test_revising_an_entry_keeps_the_earlier_text_in_its_history(qtbot, rig, dutch):
    case_id = new_case(rig)
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, case_id)
    tab = show_tab(qtbot, rig, view, TimelineTab)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Tijdlijn"

    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    dialog = open_dialog(EntryDialog)
    assert dialog is not None and dialog.windowTitle() == "Nieuwe tijdlijnnotitie"
    assert [dialog.kind.itemText(i) for i in range(dialog.kind.count())] == [
        "signaal", "gesprek", "overleg", "contact met partner", "afspraak", "besluit"]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.notice.text() == "Schrijf op wat er gebeurde."
    dialog.on.setDate(QDate(2026, 11, 20))
    dialog.kind.setCurrentIndex(dialog.kind.findData("signaal"))
    qtbot.keyClicks(dialog.text, "school meldt verzuim")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.model.rowCount() == 1)
    assert shown(tab.table, TimelineModel.COL_DATE) == ["20-11-2026"]
    assert shown(tab.table, TimelineModel.COL_KIND) == ["signaal"]
    assert shown(tab.table, TimelineModel.COL_AUTHOR) == ["Fatma Özdemir"]
    assert shown(tab.table, TimelineModel.COL_EDITED) == [""]

    assert tab.table.current_row() is not None
    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.windowTitle() == "Tijdlijnnotitie herzien"
    assert dialog.intro.text() == "De eerdere tekst blijft zichtbaar in de geschiedenis van de notitie."
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.text, " (3 weken)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: shown(tab.table, TimelineModel.COL_EDITED) == ["bewerkt"])
    assert shown(tab.table, TimelineModel.COL_TEXT) == ["school meldt verzuim (3 weken)"]

    detail = tab.detail.toPlainText()
    assert "20-11-2026 — signaal" in detail and "Geschreven door Fatma Özdemir" in detail
    assert "school meldt verzuim (3 weken)" in detail
    assert "Geschiedenis: 1 eerdere versie" in detail
    assert "Versie 1 (20-11-2026, signaal) — vervangen op 23-11-2026 10:00 door Fatma Özdemir" in detail
    assert detail.rstrip().endswith("school meldt verzuim")
    [entry] = rig.run(lambda s: cases.open_case(s, case_id)).timeline
    assert (entry.kind, entry.text, [v.text for v in entry.history]) == (
        EntryKind.SIGNAL, "school meldt verzuim (3 weken)", ["school meldt verzuim"])
