"""The main window: the unlock screen while locked, the workspace while unlocked, and the lock between.

Locking keeps every page's unsaved forms as drafts in the vault, closes the session on the worker and
destroys the pages, so nothing loaded from the vault stays in the window. While unlocked the
``DraftKeeper`` writes the drafts as the user types, so a crash loses at most a few seconds of typing.

Right after unlock the window checks every page of the vault file in the background, a piece at a time
on the worker between the pages' own reads (``checks.continue_background``); a damaged page is reported
as soon as a piece finds it. A lock stops the check: the pieces still queued find the session closed.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Iterator, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import config
from ..domain.audit import AuditAction
from ..domain.errors import VaultLocked
from ..domain.text import Message
from ..services import checks, drafts, practice
from ..services.session import Session
from ..services.vaults import Unlocked
from . import notices
from .client import VaultClient
from .documents.shell import DocumentShell
from .draft_keeper import DraftKeeper
from .followups.shell import FollowUpShell
from .lock import IdleLock
from .messages import error_text, render, show_error
from .page import NEXT_TURN_MS, Drafts, Page
from .screen_fit import resize_within
from .status_bar import ShellStatusBar
from .table_model import TableModel
from .ui_settings import UiSettings
from .unlock_screen import UnlockScreen
from .worker import Worker
from .workspace import Workspace

if TYPE_CHECKING:
    from ..store.keyfile import FailedAttempt

log = logging.getLogger(__name__)

LANGUAGES = (("nl", "Nederlands"), ("en", "English"))
NO_FULL_COLLECTION = 1 << 30
"""gc threshold of the oldest generation while unlocked: no full collection starts by itself."""
SWITCH_INTERVAL_S = 0.0002
"""How long the worker runs Python before the GUI thread, waiting for the interpreter lock, gets it
(Python's default: 5 ms). The window's Python slots and event filters need the lock for every event they
see, so at 5 ms a turn of the event loop waited 30-70 ms while the worker read the sociale kaart at 10x.
At 1 ms the longest stall of a walk through every page at 10x was still 42-65 ms (the GUI thread asks
for the lock hundreds of times a turn); at 0.2 ms 39-49 ms in seven runs, the worker as fast."""
BIG = 1000
"""A list or dict of more items than this is let go of in a step of its own when a page is destroyed."""
CHUNK = 3000
"""Items freed in one step when a large list or dict of a destroyed page is let go of."""


def _loaded_data(value: object) -> bool:
    """The program's own plain objects (a case file, the contact map, a search index), not Qt's."""
    if isinstance(value, QObject | type | Enum) or callable(value):
        return False
    return type(value).__module__.startswith("wijkzorg_desktop.")


def forget_loaded(page: QWidget) -> Iterator[bool]:
    """Let go of what a page and its widgets loaded (their tables' rows, lists, files) before it is
    deleted, a piece at each step (each large list, each loaded object). Qt's parent and child wrappers
    hold each other, so what they refer to is otherwise freed only by a full garbage collection: 0.5 s at
    10x, holding the interpreter lock."""
    for model in page.findChildren(TableModel):
        model.set_rows([])
        yield True
    for obj in (page, *page.findChildren(QObject)):
        for name in list(vars(obj)):
            value = vars(obj)[name]
            if type(value) in (list, dict, set):
                setattr(obj, name, type(value)())
            elif _loaded_data(value):
                setattr(obj, name, None)
            else:
                continue
            box = [value]
            del value
            yield from _let_go(box)
    yield True


def _let_go(box: list[object]) -> Iterator[bool]:
    """Free the one value in ``box`` when nothing else holds it, a piece at a step: its large lists and
    dicts, and those of the loaded objects it alone holds (such as the sociale kaart inside a page's
    names), ``CHUNK`` items at a time. At 10x the kaart is 33,000 objects, 57 ms to free in one go. A value
    another page still holds is only let go of here; the last page to let go of it frees it."""
    value = box.pop()
    if sys.getrefcount(value) > 2:  # this local and the call's argument: anyone else still holds it
        return
    loaded = type(value) not in (list, dict, set)
    yield from _empty(value, 0)
    del value
    if loaded:
        yield True


def _empty(value: object, depth: int) -> Iterator[bool]:
    """Empty a container in place (the frozen objects that hold such lists stay as they are), or the
    containers of a loaded object, of what only ``value`` holds."""
    if type(value) in (list, dict, set):
        yield from _clear(value)  # type: ignore[arg-type]
        return
    if depth >= 3:
        return
    for name in list(getattr(value, "__dict__", ())):
        inner = value.__dict__[name]
        # the attribute, ``inner`` and the argument: no one else holds it
        if (type(inner) in (list, dict, set) or _loaded_data(inner)) and sys.getrefcount(inner) <= 3:
            yield from _empty(inner, depth + 1)
        del inner


def _clear(items: list[object] | dict[object, object] | set[object]) -> Iterator[bool]:
    while len(items) > CHUNK:
        if isinstance(items, list):
            del items[-CHUNK:]
        else:
            for _ in range(CHUNK):
                items.popitem() if isinstance(items, dict) else items.pop()
        yield True
    rest = len(items)
    items.clear()
    if rest > BIG:
        yield True


class QuietCollector:
    """While a vault is open, Python's garbage collector never starts a full collection by itself: with
    a large practice loaded (a hundred thousand kindchecks, tens of thousands of people) one takes 0.3 s,
    holding the interpreter lock, and the window stalls for it whichever thread started it. The young
    generations are still collected as usual (most cycles die young); the full collection runs at the
    lock, once the pages and what they had loaded are gone.

    What lives before the first unlock (the modules, the window, Qt's wrappers: some 70,000 objects) lives
    as long as the program, so it is frozen then (``gc.freeze``): the collection at each lock goes over
    what the session made, not over all of that again."""

    _holders = 0  # windows with a vault open (tests have several); the thresholds are the process's
    _saved = (0, 0, 0)
    _frozen = False  # what the program is made of, once per process

    def __init__(self) -> None:
        self.holding = False

    def hold(self) -> None:
        if not self.holding:
            self.holding = True
            if QuietCollector._holders == 0:
                if not QuietCollector._frozen:
                    QuietCollector._frozen = True
                    gc.freeze()
                QuietCollector._saved = gc.get_threshold()
                gc.set_threshold(*QuietCollector._saved[:2], NO_FULL_COLLECTION)
            QuietCollector._holders += 1

    def release(self) -> None:
        if self.holding:
            self.holding = False
            QuietCollector._holders -= 1
            if QuietCollector._holders == 0:
                gc.set_threshold(*QuietCollector._saved)
                gc.collect()


def close_dialogs() -> None:
    """Close menus, message boxes and dialogs that are open; a lock cannot wait for them."""
    for _ in range(10):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            if widget.isVisible():
                widget.hide()


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, worker: Worker, store: Path, settings: UiSettings,
                 sections: Sequence[type[Page] | Message] = (), *, demo: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.setObjectName("mainWindow")
        self.worker = worker
        self.store = store
        self.settings = settings
        self.sections = tuple(sections)
        self.client = VaultClient(worker, self)
        self.idle = IdleLock(self)
        self._practice_name = ""
        self._last_login = ""
        self._dying: list[Page] = []
        self._destroying = False
        self._forgetting: Iterator[bool] | None = None  # the page being emptied before it is deleted
        self._unsaved: dict[str, Drafts] = {}  # drafts the vault could not take, per login
        self._left: Drafts = {}  # this user's drafts that no page here takes (a role changed): kept as they are
        self.keeper = DraftKeeper(self.client, self.collect_drafts, self)
        self.collector = QuietCollector()
        self._check_run = 0  # which unlock's page check the pieces that come back belong to
        self._opening = 0  # which unlock the pages being built belong to
        self.page_check: checks.BackgroundCheck | None = None
        self.damage_box: QMessageBox | None = None
        self._damage: list[str] = []  # what the page check found, as the damage box lists it

        self.busy_panel = QWidget()
        self.busy_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.busy_label.setObjectName("busyLabel")
        self.busy_bar = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy_bar.setFixedWidth(320)
        busy_layout = QVBoxLayout(self.busy_panel)
        busy_layout.addStretch(1)
        busy_layout.addWidget(self.busy_label)
        busy_layout.addWidget(self.busy_bar, 0, Qt.AlignmentFlag.AlignHCenter)
        busy_layout.addStretch(2)
        self.unlock_screen = UnlockScreen(worker, store, demo=demo)
        self.workspace = Workspace()
        self.stack = QStackedWidget()
        for widget in (self.busy_panel, self.unlock_screen, self.workspace):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self.status = ShellStatusBar()
        self.setStatusBar(self.status)
        self._build_menus()

        worker.busy_changed.connect(self.status.set_busy)
        worker.failed.connect(self._unhandled)
        self.unlock_screen.unlocked.connect(self._unlocked)
        self.workspace.page_changed.connect(self._page_changed)
        self.idle.idle.connect(self.lock)
        self.idle.lock_key.connect(self.lock)
        self.client.changed.connect(self._load_practice)
        resize_within(self, 1366, 720)  # the whole width of a 1366×768 screen, above its taskbar
        self.restoreGeometry(settings.geometry)
        self._set_locked(True)

    # -- menus -----------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = file_menu.addAction(self.tr("&Lock"), QKeySequence("Ctrl+L"), self.lock)
        self.lock_action.setObjectName("lockAction")
        file_menu.addSeparator()
        self.followups = FollowUpShell(self, file_menu)
        file_menu.addSeparator()
        self.documents = DocumentShell(self, file_menu)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        self.go_menu = bar.addMenu(self.tr("&Go"))
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = self.settings.chosen_language() or "nl"
        for code, name in LANGUAGES:
            action = QAction(name, self, checkable=True, checked=code == chosen)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Wijkzorg Desktop"), self._about)

    def _fill_go_menu(self) -> None:
        self.go_menu.clear()
        for index, page in enumerate(self.workspace.pages):
            action = self.go_menu.addAction(page.title())
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.workspace.show_page(i))

    def _choose_language(self, code: str) -> None:
        self.settings.language = code
        notices.language_changed(self)

    def _about(self) -> None:
        notices.about(self, self._practice_name)

    # -- states ----------------------------------------------------------------------------------

    def _set_locked(self, locked: bool) -> None:
        self.lock_action.setEnabled(not locked)
        self.go_menu.setEnabled(not locked)
        self.followups.set_unlocked(not locked)
        self.documents.set_unlocked(not locked)
        if locked:
            self.go_menu.clear()
            self.status.show_locked()
            self._practice_name = ""
        self._update_title()

    def _update_title(self) -> None:
        name = self._practice_name if self.client.unlocked else ""
        self.setWindowTitle(f"{name} — {config.APP_NAME}" if name else config.APP_NAME)

    def show_busy(self, text: str) -> None:
        self.busy_label.setText(text)
        self.busy_bar.show()
        self.stack.setCurrentWidget(self.busy_panel)

    def show_failure(self, error: BaseException) -> None:
        self.busy_label.setText(error_text(error))
        self.busy_bar.hide()
        self.stack.setCurrentWidget(self.busy_panel)

    def show_unlock(self, preselect: str = "") -> None:
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.prepare(preselect or self._last_login)

    # -- unlocking -------------------------------------------------------------------------------

    def _unlocked(self, result: Unlocked) -> None:
        self.open_session(result.session, result.failed_attempts)

    def open_session(self, session: Session, failed: Sequence[FailedAttempt] = ()) -> None:
        """The pages are built one per turn of the event loop behind the busy panel (all of them at once
        stalled the window 0.1 s at 10x); the workspace is shown once every page is in it."""
        self.collector.hold()
        self.client.attach(session)
        self._last_login = session.user.login
        self.status.show_user(session.user)
        self._opening += 1
        self.show_busy(self.tr("Opening the vault…"))
        steps = self.workspace.build_steps(self.client, self.sections, session.user.role)
        self._build_page(self._opening, steps, tuple(failed))

    def _build_page(self, run: int, steps: Iterator[Page], failed: Sequence[FailedAttempt]) -> None:
        if run != self._opening or not self.client.unlocked:
            return  # closed (or another session opened) while the pages were being built
        if next(steps, None) is not None:
            QTimer.singleShot(NEXT_TURN_MS, self, lambda: self._build_page(run, steps, failed))
            return
        self._opened(failed)

    def _opened(self, failed: Sequence[FailedAttempt]) -> None:
        self._fill_go_menu()
        start = self.workspace.start_page()
        if start is not None:
            self.workspace.show_page_id(start.page_id)
        elif not self.workspace.show_page_id(self.settings.last_page):
            self.workspace.show_page(0)
        self.stack.setCurrentWidget(self.workspace)
        self._set_locked(False)
        self.workspace.refresh_all()
        self._start_page_check()
        self._load_practice()
        self._left = {}
        self.client.call(drafts.peek, self._drafts_taken, self._unhandled)
        self.idle.start()
        self.followups.start()
        self.workspace.nav.setFocus()
        if failed:
            notices.failed_attempts(self, failed)

    # -- the page check after unlock --------------------------------------------------------------

    def _start_page_check(self) -> None:
        self._check_run += 1
        run = self._check_run
        self.page_check = None
        self.client.call(checks.start_background, lambda found: self._next_piece(run, found),
                         lambda error: self._check_failed(run, error))

    def _next_piece(self, run: int, found: checks.BackgroundCheck) -> None:
        """One piece at a time: whatever the pages asked for meanwhile runs before the next one."""
        if run != self._check_run or not self.client.unlocked:
            return
        self.page_check = found
        if found.done:
            return
        self.client.call(lambda session: checks.continue_background(session, found, checks.PAGES_PER_STEP),
                         lambda problems: self._piece_checked(run, found, problems),
                         lambda error: self._check_failed(run, error))

    def _piece_checked(self, run: int, found: checks.BackgroundCheck, problems: list[Message]) -> None:
        if run != self._check_run:
            return
        if problems:
            self._report_damage([render(problem) for problem in problems])
        self._next_piece(run, found)

    def _check_failed(self, run: int, error: BaseException) -> None:
        if run == self._check_run and not isinstance(error, VaultLocked):
            self._report_damage([error_text(error)])

    def _report_damage(self, problems: list[str]) -> None:
        """In the status bar, and in a message that says what it means and what to do (once a session;
        later findings are added to it)."""
        self.status.show_note(self.tr("The vault is damaged: ask the administrator to run \"wijkzorg check\""))
        if self.damage_box is None:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The vault is damaged"), "",
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("vaultDamagedBox")
            box.button(QMessageBox.StandardButton.Ok).setText(self.tr("OK"))
            box.setInformativeText(self.tr(
                "Part of the vault file no longer reads back as it was written, for instance after a disk "
                "or copying fault. What is stored there may be missing or wrong. Save nothing more than you "
                "must, and ask the administrator to run \"wijkzorg check\" and to restore the latest backup of "
                "the vault."))
            box.finished.connect(lambda _result: setattr(self, "damage_box", None))
            self.damage_box = box
            self._damage = []
        self._damage.extend(problems)
        shown = self._damage[:5] + (["…"] if len(self._damage) > 5 else [])
        self.damage_box.setText(self.tr("The background check of the vault found damage:") + "\n" + "\n".join(shown))
        self.damage_box.open()

    def _load_practice(self) -> None:
        self.client.call(practice.get, self._practice_loaded, lambda _error: None)

    def _practice_loaded(self, settings: practice.PracticeSettings) -> None:
        if not self.client.unlocked:
            return
        self._practice_name = settings.name
        self.idle.set_minutes(settings.lock_minutes)
        self._update_title()

    def _drafts_taken(self, stored: Drafts) -> None:
        """The drafts in the vault for this user (they stay there until the next write says otherwise)."""
        if not self.client.unlocked:
            return
        login = self.client.user.login if self.client.user else ""
        taken = {**self._unsaved.pop(login, {}), **stored}
        if taken:
            self._left, first = self.workspace.restore_drafts(taken)
            if first is not None:
                self.workspace.show_page_id(first.page_id)
        self.keeper.start(stored)
        if taken != stored:  # drafts the vault could not take at the last lock: write them now
            self.keeper.flush()

    def collect_drafts(self) -> Drafts:
        """Every open form of every page, and the drafts no page here takes."""
        return {**self._left, **self.workspace.collect_drafts()}

    # -- locking ---------------------------------------------------------------------------------

    def lock(self) -> None:
        """Keep the drafts, close the session on the worker, drop the pages. Cannot be cancelled."""
        if not self.client.unlocked:
            return
        forms = self.collect_drafts()
        self._check_run += 1  # the page check stops; pieces still queued find the session closed
        self.page_check = None
        self.keeper.stop()
        self.idle.stop()
        close_dialogs()
        self._dying.extend(self.workspace.tear_down())
        session = self.client.detach()
        self._set_locked(True)
        self.show_unlock(session.user.login if session else "")
        if session is None:
            return

        def job() -> None:
            try:
                drafts.replace(session, forms)
            finally:
                session.close(AuditAction.LOCK)

        def failed(error: BaseException) -> None:
            self._unsaved[session.user.login] = forms
            self._destroy_pages()
            show_error(self, error)

        self.worker.submit(job, lambda _result: self._destroy_pages(), failed)

    def _destroy_pages(self) -> None:
        """Called once the session is closed, so no result for these pages can still arrive. A piece a
        turn of the event loop (a table's rows, a page's other data, the page itself): freeing what the
        big pages had loaded is then no one long stall."""
        if self._destroying:
            return  # the pieces under way take these pages too
        self._destroying = True
        self._destroy_piece()

    def _destroy_piece(self) -> None:
        if self._forgetting is None and self._dying:
            self._forgetting = forget_loaded(self._dying[0])
        if self._forgetting is not None and next(self._forgetting, None) is None:
            self._forgetting = None
            self._dying.pop(0).deleteLater()
        if self._dying:
            QTimer.singleShot(NEXT_TURN_MS, self, self._destroy_piece)
            return
        self._destroying = False
        if not self.client.unlocked:
            QTimer.singleShot(NEXT_TURN_MS, self, self.collector.release)  # after the last page is deleted

    def _page_changed(self, page_id: str) -> None:
        self.settings.last_page = page_id

    def _unhandled(self, error: BaseException) -> None:
        if isinstance(error, VaultLocked):
            return
        show_error(self, error)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the drafts and log out on the way out; the worker is shut down by the caller."""
        self.collector.release()
        self.settings.geometry = self.saveGeometry()
        self.idle.dispose()
        self.keeper.dispose()
        if self.client.unlocked:
            forms = self.collect_drafts()
            session = self.client.detach()
            if session is not None:
                def job() -> None:
                    try:
                        drafts.replace(session, forms)
                    finally:
                        session.close(AuditAction.LOGOUT)

                try:
                    self.worker.run_sync(job)
                except Exception:
                    log.exception("could not keep the drafts while closing")
        super().closeEvent(event)
        self.closed.emit()
