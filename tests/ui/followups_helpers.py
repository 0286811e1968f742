"""Opvolging and Vandaag under test in the whole window, on a real demo vault.

The demo's follow-ups are dated from the day it is made, so the tests date their own from that same day
(``day(n)``) and fix the session's clock at ten in the morning of it, in Dutch time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from pages_helpers import open_dialog
from PySide6.QtWidgets import QApplication
from shell_helpers import unlock, wait_workspace

from wijkzorg_desktop.domain.availability import AMSTERDAM
from wijkzorg_desktop.services import vaults
from wijkzorg_desktop.ui.followups.finish_dialog import FinishDialog
from wijkzorg_desktop.ui.followups.followup_dialog import FollowUpDialog
from wijkzorg_desktop.ui.followups.followups_page import FollowUpsPage
from wijkzorg_desktop.ui.followups.today_page import KEY_ROLE, TodayPage
from wijkzorg_desktop.ui.main_window import MainWindow
from wijkzorg_desktop.ui.sections import SECTIONS

TODAY = datetime.now(AMSTERDAM).date()


def day(offset: int = 0) -> date:
    return TODAY + timedelta(days=offset)


class Clock:
    """The session's clock, moved by the test; ten o'clock Dutch time today unless set."""

    def __init__(self, at: time = time(10, 0)) -> None:
        self.now = datetime.combine(TODAY, at, AMSTERDAM)

    def set(self, at: time, offset: int = 0) -> None:
        self.now = datetime.combine(day(offset), at, AMSTERDAM)

    def __call__(self) -> datetime:
        return self.now


def prepare(store, login: str, passphrase: str, fn):
    """Run ``fn(session)`` as ``login`` before the window opens (the vault has one writer at a time)."""
    session = vaults.unlock(store, login, passphrase).session
    try:
        return fn(session)
    finally:
        session.close()


def open_window(qtbot, make_window, store, login: str, passphrase: str, clock: Clock | None = None) -> MainWindow:
    window = make_window(store, SECTIONS)
    unlock(qtbot, window, login, passphrase)
    wait_workspace(qtbot, window)
    clock = clock or Clock()

    def use_clock() -> None:
        session = window.client._session
        assert session is not None
        session.clock = clock

    window.worker.run_sync(use_clock)
    window.client.changed.emit()  # load again by this clock
    idle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def idle(qtbot, window: MainWindow, condition=lambda: True) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy and condition(), timeout=10_000)


def run(window: MainWindow, fn):
    """``fn(session)`` on the window's worker, for a test's own setup and checks."""
    session = window.client._session
    assert session is not None
    return window.worker.run_sync(lambda: fn(session))


def today_page(window: MainWindow) -> TodayPage:
    return next(p for p in window.workspace.pages if isinstance(p, TodayPage))


def list_page(window: MainWindow) -> FollowUpsPage:
    return next(p for p in window.workspace.pages if isinstance(p, FollowUpsPage))


def sections(page: TodayPage) -> dict[str, list[str]]:
    """Each section title (with its count) and the keys of the follow-ups under it, in order."""
    found = {}
    for top in range(page.tree.topLevelItemCount()):
        head = page.tree.topLevelItem(top)
        found[head.text(0)] = [head.child(i).data(0, KEY_ROLE) for i in range(head.childCount())
                               if head.child(i).data(0, KEY_ROLE)]
    return found


def all_texts(page: TodayPage) -> list[str]:
    tree = page.tree
    texts = []
    for top in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(top)
        for i in range(head.childCount()):
            texts += [head.child(i).text(c) for c in range(tree.columnCount()) if not tree.isColumnHidden(c)]
    return texts


def select_key(qtbot, page: TodayPage, key: str) -> None:
    assert page._select_key(key)
    page.tree.setFocus()
    qtbot.waitUntil(page.tree.hasFocus)


def finish_dialog() -> FinishDialog | None:
    return open_dialog(FinishDialog)


def form() -> FollowUpDialog | None:
    return open_dialog(FollowUpDialog)


def focused_window(qtbot, window: MainWindow) -> None:
    """Keys reach the window's shortcuts only while it is active (after a dialog closed, say)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
