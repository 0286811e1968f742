"""The Casussen page under test on a real demo vault (users huisarts, poh, beheer, assistent and eight
cases), with the session's clock fixed so ages and lateness are always the same."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TypeVar

from pages_helpers import Rig

from wijkzorg_desktop.services import cases
from wijkzorg_desktop.ui.cases.case_tab import CaseTab
from wijkzorg_desktop.ui.cases.case_view import CaseView
from wijkzorg_desktop.ui.cases.cases_page import CasesPage

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
TabT = TypeVar("TabT", bound=CaseTab)


def fix_clock(rig: Rig, moment: datetime = MONDAY) -> None:
    def put(session) -> None:
        session.clock = lambda: moment

    rig.run(put)


def open_page(qtbot, rig: Rig) -> CasesPage:
    page = CasesPage(rig.client)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded and bool(page.users) and not rig.worker.busy)
    return page


def new_case(rig: Rig, initial: str = "T", summary: str = "zorgen om de kinderen") -> int:
    return int(rig.run(lambda s: cases.create_case(s, initial, summary)).id)


def open_case(qtbot, rig: Rig, page: CasesPage, case_id: int) -> CaseView:
    page.open_case(case_id)
    view = page.view
    qtbot.waitUntil(lambda: view.file is not None and view.file.case.id == case_id
                    and view.contact_map is not None and not rig.worker.busy)
    return view


def show_tab(qtbot, rig: Rig, view: CaseView, cls: type[TabT]) -> TabT:
    tab = next(t for t in view.case_tabs if isinstance(t, cls))
    view.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: not rig.worker.busy)
    return tab


def settled(qtbot, rig: Rig, condition=lambda: True) -> None:
    """Wait until the change and the reload after it are done and ``condition`` holds."""
    qtbot.waitUntil(lambda: not rig.worker.busy and condition(), timeout=10_000)


def shown(table, column: int = 0) -> list[str]:
    proxy = table.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def focus(qtbot, widget) -> None:
    """Keys reach a widget's shortcuts only in the active window: after a dialog closed, activate again."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
