"""Casussen builds the view of an open case only once the page is shown, its tabs ahead of the first
case opened; a case opened before that is done opens all the same, on the tab asked for."""

from __future__ import annotations

from cases_helpers import fix_clock, new_case, open_page
from pages_helpers import close_rig, open_rig
from shell_helpers import unlock, wait_workspace

from wijkzorg_desktop.ui.cases.cases_page import CasesPage
from wijkzorg_desktop.ui.cases.tabs import case_tabs
from wijkzorg_desktop.ui.sections import SECTIONS


def test_the_case_view_is_built_once_the_page_is_shown_with_every_tab(qtbot, make_window, demo_store,
                                                                         passphrase, dutch):
    window = make_window(demo_store, SECTIONS)
    unlock(qtbot, window, "huisarts", passphrase)
    wait_workspace(qtbot, window)
    page = window.workspace.page("cases")
    assert isinstance(page, CasesPage)
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert page._view is None  # Vandaag is shown: nothing of an open case is built
    window.workspace.show_page_id("cases")
    qtbot.waitUntil(lambda: page._view is not None, timeout=10_000)
    view = page._view
    assert [type(tab) for tab in view.case_tabs] == case_tabs()
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [t.title() for t in view.case_tabs]
    assert view.parent() is page.stack and page.stack.currentWidget() is page.list_view


def test_a_case_opened_before_the_view_is_built_ahead_opens_on_its_tab(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    try:
        fix_clock(rig)
        case_id = new_case(rig)
        page = open_page(qtbot, rig)
        assert page._view is None or len(page._view.case_tabs) == len(case_tabs())
        page.show_target(("case", case_id, "planTab"))  # from Vandaag, say
        view = page.view
        qtbot.waitUntil(lambda: view.file is not None and not rig.worker.busy, timeout=10_000)
        assert [type(tab) for tab in view.case_tabs] == case_tabs()
        assert page.in_case() and view.file.case.id == case_id
        assert view.tabs.currentWidget().objectName() == "planTab"
        qtbot.wait(50)  # the turns still queued to build ahead find the view there
        assert page.view is view and page.stack.count() == 2
    finally:
        close_rig(rig)
