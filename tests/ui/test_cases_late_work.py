"""The cases list shows, beside the open follow-ups, how many of them are late: "loopt het?" at a glance."""

from __future__ import annotations

import pytest
from cases_helpers import open_page
from pages_helpers import close_rig, open_rig
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from wijkzorg_desktop.ui.cases.case_list import CaseListModel


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "huisarts", passphrase)
    yield rig
    close_rig(rig)


def test_late_promises_and_plan_items_show_in_the_list(qtbot, rig, dutch):
    page = open_page(qtbot, rig)
    proxy = page.table.proxy
    rows = {proxy.index(r, CaseListModel.COL_LABEL).data(): r for r in range(proxy.rowCount())}
    busy = next(label for label in rows if label.startswith("Gezin K-"))
    cell = proxy.index(rows[busy], CaseListModel.COL_OPEN)
    assert cell.data().endswith("te laat)")  # the demo's busy case has a late promise and plan item
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b00020")
    calm = next(label for label in rows if label.startswith("Gezin G-"))
    assert "te laat" not in (proxy.index(rows[calm], CaseListModel.COL_OPEN).data() or "")
