"""Casussen: the list of cases, and one open case in its place (Enter opens, Esc goes back).

Only huisarts, POH-GGZ and beheerder see this page; the services refuse anyone else as well. Loading
the list and opening a case are reads in the audit log, so the page loads only while it is shown: a
change elsewhere marks it out of date and it loads again when the user comes back.

The list comes in two reads: the first screen (``FIRST_SCREEN`` cases, newest change first) is shown at
once, then the whole list replaces it. An edit in the open case (``CaseView.case_touched``) reads only that
case's row again, when the user is back at the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from ...domain.cases import Case
from ...domain.errors import VaultLocked
from ...domain.followups import FollowUp
from ...domain.users import Permission, Role
from ...services import cases
from ...services.cases import CaseSummary
from ..client import VaultClient
from ..messages import error_text
from ..page import NEXT_TURN_MS, Drafts, Page, Target
from ..page_parts import Notice, action_button, heading
from .case_list import CaseFilters, CaseListModel, CaseRows, CaseSearch, CaseTable, newest_first, read_cases
from .case_tab import CaseTab
from .case_view import CaseView
from .new_case_dialog import NewCaseDialog
from .tabs import case_tabs

FIRST_SCREEN = 60
"""Cases read first, to fill the first screen while the whole list is read."""
AHEAD_POLL_MS, AHEAD_WAIT_MS = 50, 2000
"""How often, and how long at most, building the case view ahead waits for the worker to be idle."""
NEW_CASE_FORM = "new_case"
CASE_FORM = "case"


class CasesPage(Page):
    page_id = "cases"
    roles = frozenset({Role.GP, Role.MH_NURSE, Role.ADMIN})

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.rows: list[CaseSummary] = []
        self.folded: dict[int | None, str] = {}
        self.complete = False          # the whole list is in, not only the first screen
        self._reading = 0              # which load the results that arrive belong to
        self._touched: set[int] = set()  # cases edited since their row was read
        self._own_change = False
        self._search = CaseSearch([], {}, "")
        self._fitted = False
        self.users: list[tuple[str, str]] = []
        self.loaded = False
        self._stale = False
        self._list_stale = False
        self._select_id: int | None = None
        self.new_dialog: NewCaseDialog | None = None
        self.filters = CaseFilters()
        self.model = CaseListModel(self)
        self.table = CaseTable(self.model, parent=self)
        self.table.setAccessibleName(self.tr("Cases"))
        self.count = QLabel(objectName="casesCount")
        self.notice = Notice("casesNotice")
        self._view: CaseView | None = None  # see ``view``
        self._ahead: list[CaseTab] | None = None  # its tabs built so far, once the page was shown
        self._piece: Iterator[CaseTab | None] | None = None  # the next tab ahead, while it is built
        self._build_actions()

        top = QHBoxLayout()
        top.addWidget(heading(self.title()))
        top.addStretch(1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        buttons.addWidget(action_button(self.new_action))
        buttons.addWidget(action_button(self.open_action))
        buttons.addStretch(1)
        self.list_view = QWidget(objectName="caseListView")
        list_layout = QVBoxLayout(self.list_view)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.filters)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.notice)
        self.stack = QStackedWidget(objectName="casesStack")
        self.stack.addWidget(self.list_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setTabOrder(self.filters.search, self.filters.status)
        self.setTabOrder(self.filters.status, self.filters.mine)
        self.setTabOrder(self.filters.mine, self.filters.overdue)
        self.setTabOrder(self.filters.overdue, self.table)

        self.filters.changed.connect(self.apply_filter)
        self.filters.search.returnPressed.connect(self._to_table)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.client.changed.connect(self._vault_changed)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Cases")

    @property
    def view(self) -> CaseView:
        """The open case. Not built at unlock (its tabs were most of what building the window cost, for
        users who may not open a case at all): once the page is shown its tabs are built ahead, one per
        turn of the event loop (``_build_ahead``), then the view with them; or all at once when a case is
        opened before that is done."""
        if self._view is None:
            ahead, self._ahead, self._piece = self._ahead or [], None, None
            classes = case_tabs()
            # CaseView calls each of its tab classes with the client: a tab built ahead is handed back
            tabs = [*((lambda _client, tab=tab: tab) for tab in ahead), *classes[len(ahead):]]
            view = CaseView(self.client, tabs)
            self.stack.addWidget(view)
            view.back_requested.connect(self.back_to_list)
            view.case_changed.connect(self._case_changed)
            view.case_touched.connect(self._case_touched)
            view.followup_requested.connect(self.followup_requested)
            if self.users:
                view.set_users(self.users)
            self._view = view
        return self._view

    def _build_ahead(self, waited: int = 0) -> None:
        """A tab a turn, while the worker is idle (a tab built while it reads the list waits for the
        interpreter lock as well), or in any case once ``AHEAD_WAIT_MS`` were waited in all."""
        if self._view is not None or self._ahead is None or not self.client.unlocked:
            return
        if self.client.worker.busy and waited < AHEAD_WAIT_MS:
            QTimer.singleShot(AHEAD_POLL_MS, self, lambda: self._build_ahead(waited + AHEAD_POLL_MS))
            return
        classes = case_tabs()
        if len(self._ahead) < len(classes):
            if self._piece is None:
                self._piece = classes[len(self._ahead)].built(self.client)
            tab = next(self._piece)
            if tab is not None:
                self._ahead.append(tab)
                self._piece = None
            QTimer.singleShot(NEXT_TURN_MS, self, lambda: self._build_ahead(waited))
        else:
            QTimer.singleShot(NEXT_TURN_MS, self, lambda: self.view)

    def in_case(self) -> bool:
        return self._view is not None and self.stack.currentWidget() is self._view

    # -- actions ---------------------------------------------------------------------------------

    def _action(self, text: str, name: str, keys: list[QKeySequence], slot: Callable[[], None], tip: str,
                *, on: QWidget | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.triggered.connect(lambda _checked=False: slot())
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if on is not None
                                  else Qt.ShortcutContext.WindowShortcut)
        (on or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.find_action = self._action(self.tr("Search"), "findCase", [key(key.StandardKey.Find)],
                                        self.focus_search, self.tr("Search the cases"))
        self.new_action = self._action(self.tr("&New case…"), "newCase", [key("Ctrl+N")], self.new_case,
                                       self.tr("Start a new case under a pseudonym"))
        self.open_action = self._action(self.tr("&Open"), "openCase", [key(Qt.Key.Key_Return),
                                                                         key(Qt.Key.Key_Enter)],
                                        self.open_selected, self.tr("Open the selected case"), on=self.table)
        self.back_action = self._action(self.tr("Back to the list"), "backToList",
                                        [key(Qt.Key.Key_Escape), key("Alt+Left")], self.back_to_list,
                                        self.tr("Back to the list of cases"))
        self.reload_action = self._action(self.tr("Reload"), "reloadCases", [key(Qt.Key.Key_F5)], self.refresh,
                                          self.tr("Load the cases again"))

    def _update_actions(self) -> None:
        in_case = self.in_case()
        self.new_action.setEnabled(self.client.may(Permission.EDIT_CASES) and self.loaded)
        self.open_action.setEnabled(not in_case and self.table.current_row() is not None)
        self.back_action.setEnabled(in_case)

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.client.call(cases.case_workers, self._users_loaded, self.failed)
        self.load_list()
        if self.in_case() and self.view.case_id is not None:
            self.view.open(self.view.case_id, fresh=True)

    def load_list(self) -> None:
        """The first screen, then (when there are more cases) the whole list."""
        self._list_stale = False
        self._touched.clear()
        self._reading += 1
        reading = self._reading
        self.client.call(lambda session: read_cases(session, first=FIRST_SCREEN),
                         lambda found: self._first_loaded(reading, found), self.failed)

    def _first_loaded(self, reading: int, found: CaseRows) -> None:
        if reading != self._reading:
            return
        self._loaded(found)
        if not found.complete:
            self.client.call(read_cases, lambda whole: self._whole_loaded(reading, whole), self.failed)

    def _whole_loaded(self, reading: int, found: CaseRows) -> None:
        if reading == self._reading:
            self._loaded(found)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
        if self._view is None and self._ahead is None:
            self._ahead = []
            QTimer.singleShot(NEXT_TURN_MS, self, self._build_ahead)

    def _vault_changed(self) -> None:
        if self._own_change:
            return  # the open case's edit: case_touched says which row to read again
        if not self.isVisible():
            self._stale = True
        elif self.stack.currentWidget() is self.list_view:
            self.load_list()
        else:
            self._list_stale = True  # the list loads when the user goes back to it

    def _case_changed(self) -> None:
        """Something of the open case was saved: every other page (Vandaag first) hears of it; this list
        reads only that case's row again (``_case_touched``)."""
        self._own_change = True
        try:
            self.client.changed.emit()
        finally:
            self._own_change = False

    def _case_touched(self, case_id: int) -> None:
        self._touched.add(case_id)
        if self.isVisible() and self.stack.currentWidget() is self.list_view:
            self._read_touched()

    def _read_touched(self) -> None:
        """One read of the rows of the cases edited since the list was read; nothing else is read again."""
        if not self._touched or self._stale or self._list_stale:
            return
        ids, reading = sorted(self._touched), self._reading
        self._touched.clear()
        self.client.call(lambda session: read_cases(session, case_ids=ids),
                         lambda found: self._touched_loaded(reading, ids, found), self.failed)

    def _touched_loaded(self, reading: int, ids: list[int], found: CaseRows) -> None:
        if reading != self._reading:
            return  # a whole list read since has them
        gone = set(ids)
        kept = [row for row in self.rows if row.case.id not in gone]
        if not found.rows:
            self.rows = kept
        else:
            self.rows = sorted([*found.rows, *kept], key=newest_first, reverse=True)
        for case_id in gone:
            self.folded.pop(case_id, None)
        self.folded.update(found.folded)
        self._search = self._new_search()
        if self.table.current_row() is None and self._view is not None and self._view.case_id in gone:
            self._select_id = self.view.case_id  # back from a new case: it is selected once its row is in
        self.apply_filter()

    def _users_loaded(self, users: list[tuple[str, str]]) -> None:
        self.users = users
        self.model.users = dict(users)
        self._fitted = False  # names instead of logins: fit the columns to them once more
        if self._view is not None:
            self._view.set_users(users)
        if self.new_dialog is not None:
            self.new_dialog.set_users(users)
        self.apply_filter()

    def _loaded(self, found: CaseRows) -> None:
        self.rows = found.rows
        self.folded = found.folded
        self.complete = found.complete
        self.loaded = True
        self._search = self._new_search()
        self.apply_filter()
        self._update_actions()

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def _new_search(self) -> CaseSearch:
        return CaseSearch(self.rows, self.folded, self.client.user.login if self.client.user else "")

    def apply_filter(self) -> None:
        row = self.table.current_row()
        wanted = self._select_id or (row.case.id if row is not None else None)
        self._select_id = None
        shown = self._search.select(self.filters.current())
        self.model.set_rows(shown)
        if shown and not self._fitted:  # once: later the user's own widths stay
            self.table.fit_columns(widest=240)
            self._fitted = True
        if wanted is not None:
            self.table.select_where(lambda row: row.case.id == wanted)
        total = len(self.rows)
        if not self.complete and self.loaded:
            self.count.setText(self.tr("{shown} cases shown, loading the others…").format(shown=len(shown)))
        elif self.filters.current().active() and len(shown) != total:
            self.count.setText(self.tr("{shown} of {total} cases").format(shown=len(shown), total=total))
        else:
            self.count.setText(self.tr("%n case(s)", "", len(shown)))
        self._update_actions()

    def focus_search(self) -> None:
        if self.in_case():
            self.back_to_list()
        self.filters.focus_search()

    def _to_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if self.table.current_row() is None:
                self.table.selectRow(0)

    # -- opening and going back ------------------------------------------------------------------

    def open_selected(self) -> None:
        row = self.table.current_row()
        if row is not None and not self.in_case():
            self.open_case(int(row.case.id))

    def open_case(self, case_id: int) -> None:
        self.view.open(case_id)
        self.stack.setCurrentWidget(self.view)
        self.view.header.back_button.setFocus()
        self._update_actions()

    def show_target(self, target: Target) -> None:
        """Another page (Vandaag, Opvolging) opens a case here, on the tab it names if it names one."""
        kind, case_id, *tab = target
        if kind == "case" and not (self.in_case() and self.view.case_id == case_id):
            self.open_case(case_id)
        if kind == "case" and tab:
            self.view.show_tab(str(tab[0]))

    def followup_context(self) -> FollowUp | None:
        if self.in_case():
            return self.view.followup_context()
        return None

    def back_to_list(self) -> None:
        if not self.in_case():
            return
        if self.view.header.dirty() and self.view.editable:
            self._ask_unsaved()
            return
        self._show_list()

    def _show_list(self) -> None:
        self._select_id = self.view.case_id
        self.stack.setCurrentWidget(self.list_view)
        if self._list_stale:
            self.load_list()
        else:
            self.apply_filter()
            self._read_touched()
        self.table.setFocus()
        self._update_actions()

    def _ask_unsaved(self) -> None:
        label = self.view.file.case.label if self.view.file is not None else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The concern or responsible practitioner of {label} was changed and not "
                                  "saved.").format(label=label),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedCaseBox")
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(button: object) -> None:
            choice = box.standardButton(button)  # type: ignore[arg-type]
            if choice == QMessageBox.StandardButton.Save:
                self.view.save_header()
                self._show_list()
            elif choice == QMessageBox.StandardButton.Discard:
                if self.view.file is not None:
                    self.view.header.show_case(self.view.file.case, self.view.editable)
                self._show_list()

        box.buttonClicked.connect(answered)
        box.open()

    # -- a new case ------------------------------------------------------------------------------

    def _new_dialog(self) -> NewCaseDialog:
        if self.new_dialog is None:
            self.new_dialog = NewCaseDialog(self)
            self.new_dialog.set_users(self.users)
            self.new_dialog.submitted.connect(self._create)
        return self.new_dialog

    def new_case(self) -> None:
        if not self.new_action.isEnabled():
            return
        dialog = self._new_dialog()
        dialog.prepare(self.client.user.login if self.client.user else "", QDate.currentDate().year())
        dialog.open()

    def _create(self) -> None:
        dialog = self._new_dialog()
        letter, summary, responsible = dialog.values()
        dialog.set_busy(True)
        self.client.call(lambda session: cases.create_case(session, letter, summary, responsible),
                         self._created, dialog.failed)

    def _created(self, case: Case) -> None:
        if self.new_dialog is not None:
            self.new_dialog.finish()
        self.notice.info(self.tr("{label} is created.").format(label=case.label))
        if case.id is not None:
            self._touched.add(int(case.id))  # its row is read when the user goes back to the list
        self.open_case(int(case.id or 0))

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> Drafts:
        drafts: Drafts = {}
        if self.new_dialog is not None and self.new_dialog.isVisible():
            drafts[NEW_CASE_FORM] = self.new_dialog.draft()
        header = self._view.draft() if self._view is not None else {}
        if header:
            drafts[CASE_FORM] = header
        return drafts

    def restore_draft(self, drafts: Drafts) -> None:
        if drafts.get(CASE_FORM):
            case_id = drafts[CASE_FORM].get("case_id")
            if isinstance(case_id, int):
                self.view.restore_draft(drafts[CASE_FORM])
                self.stack.setCurrentWidget(self.view)
                self._update_actions()
        if drafts.get(NEW_CASE_FORM):
            dialog = self._new_dialog()
            dialog.prepare(self.client.user.login if self.client.user else "", QDate.currentDate().year())
            dialog.restore(drafts[NEW_CASE_FORM])
            dialog.open()
