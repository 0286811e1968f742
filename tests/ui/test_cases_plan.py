"""Plan van aanpak: a goal with who does it and by when; late in red; marked done."""

from __future__ import annotations

from datetime import date

import pytest
from cases_helpers import fix_clock, new_case, open_case, open_page, settled, show_tab, shown
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from wijkzorg_desktop.domain.involvement import Party
from wijkzorg_desktop.services import cases, contacts, involvement
from wijkzorg_desktop.ui.cases.plan_dialog import PlanDialog
from wijkzorg_desktop.ui.cases.plan_tab import PlanModel, PlanTab


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


def test_plan_items_have_an_owner_and_a_due_date_and_are_marked_done(qtbot, rig, dutch):
    case_id = new_case(rig)

    def school(session) -> None:
        org = next(o for o in contacts.load_map(session).organisations if o.name == "Basisschool De Regenboog")
        involvement.put_party(session, Party(case_id, "school", organisation_id=org.id))

    rig.run(school)
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, case_id)
    tab = show_tab(qtbot, rig, view, PlanTab)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Plan van aanpak"

    tab.add_action.trigger()
    dialog = open_dialog(PlanDialog)
    assert dialog is not None and dialog.windowTitle() == "Nieuw doel of nieuwe afspraak"
    owners = [dialog.owner.itemText(i) for i in range(dialog.owner.count())]
    assert owners[:2] == ["(niemand)", "Basisschool De Regenboog — school"]
    assert "Onze praktijk: Fatma Özdemir" in owners and "Onze praktijk: Lotte de Wit" not in owners
    qtbot.keyClicks(dialog.text, "verzuim bespreken met moeder")
    dialog.owner.setCurrentIndex(1)
    dialog.due.check.setChecked(True)
    dialog.due.edit.setDate(QDate(2026, 11, 18))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.model.rowCount() == 1)

    tab.add_action.trigger()
    qtbot.keyClicks(dialog.text, "kindcheck herhalen")
    dialog.owner.setCurrentIndex(dialog.owner.findText("Onze praktijk: Fatma Özdemir"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: tab.model.rowCount() == 2)

    columns = (shown(tab.table, column) for column in (PlanModel.COL_TEXT, PlanModel.COL_OWNER, PlanModel.COL_STATE))
    rows = {text: (owner, state) for text, owner, state in zip(*columns, strict=True)}
    assert rows == {"verzuim bespreken met moeder": ("Basisschool De Regenboog", "5 dagen te laat"),
                    "kindcheck herhalen": ("Fatma Özdemir (onze praktijk)", "open")}
    tab.table.select_where(lambda item: item.text == "verzuim bespreken met moeder")
    late = tab.table.proxy.index(tab.table.currentIndex().row(), PlanModel.COL_STATE)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b00020")

    assert tab.done_action.text() == "G&edaan"
    tab.done_action.trigger()
    settled(qtbot, rig, lambda: "gedaan 23-11-2026" in shown(tab.table, PlanModel.COL_STATE))
    assert tab.done_action.text() == "&Weer open"
    plan = rig.run(lambda s: cases.open_case(s, case_id)).plan
    assert {(p.text, p.due, p.done_on, p.owner_login) for p in plan} == {
        ("verzuim bespreken met moeder", date(2026, 11, 18), date(2026, 11, 23), ""),
        ("kindcheck herhalen", None, None, "poh")}
