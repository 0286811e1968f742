"""What the household, parties, timeline and plan tabs share: actions with shortcuts shown as buttons,
tables that keep their selection, saving a form on the worker, the names they show (``Directory``), and
the promises and plan items that fall due."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...domain.errors import VaultLocked
from ...domain.users import Permission
from ...services.cases import CaseFile
from ...services.session import Session
from ..client import VaultClient
from ..messages import error_text
from ..page_parts import Notice, action_button
from ..table_model import Index, SortedTable, TableModel
from ..work_dialog import WorkDialog
from .case_tab import CaseTab
from .directory import Directory
from .running_check_pane import LATE

D = TypeVar("D", bound=WorkDialog)


class EditingTab(CaseTab):
    """A tab of tables with actions on their rows; every editing action is off for a closed case."""

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.directory = Directory()
        self.notice = Notice(f"{type(self).__name__[0].lower()}{type(self).__name__[1:]}Notice")
        self.editing_actions: list[QAction] = []
        self._reselect: dict[SortedTable, int | None] = {}

    @property
    def editable(self) -> bool:
        return not self.read_only and self.client.may(Permission.EDIT_CASES)

    def today(self) -> date:
        return self.file.today if self.file is not None else date.today()

    def show_directory(self, directory: Directory) -> None:
        """New names (the sociale kaart or the users were loaded): shown again, the selection kept."""
        self.directory = directory
        self.names_changed()
        self.try_restore()

    def ready_for_drafts(self) -> bool:
        return self.file is not None and self.editable

    def names_changed(self) -> None:
        for model in self.findChildren(TableModel):
            rows, columns = model.rowCount(), model.columnCount()
            if rows and columns:
                model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))

    def show_file(self, file: CaseFile) -> None:
        super().show_file(file)
        self.update_actions()

    def update_actions(self) -> None:
        """Subclasses enable what fits the selection; this turns everything off for a closed case."""
        if not self.editable:
            for action in self.editing_actions:
                action.setEnabled(False)

    # -- rows ------------------------------------------------------------------------------------

    def show_rows(self, table: SortedTable, rows: Sequence[Any], widest: int = 320,
                  wide: tuple[int, int] | None = None, *, reloaded: bool = True) -> None:
        """Replace the rows of ``table``, keeping the selected row; when the case was ``reloaded`` after a
        change, the row ``select_later`` named. ``wide`` is (column, width) for the text column."""
        saved = self._reselect.pop(table, None) if reloaded else None
        wanted = saved or getattr(table.current_row(), "id", None)
        table.source.set_rows(rows)
        table.fit_columns(widest=widest)
        if wide is not None:
            table.setColumnWidth(*wide)
        keep_selection(table, wanted)

    def select_later(self, table: SortedTable, row_id: int | None) -> None:
        """The row to select in ``table`` when the case is shown again after a change."""
        self._reselect = {table: row_id}

    def editable_row(self, table: SortedTable) -> Any | None:
        """The selected row of ``table``; None when there is none or the case may not be edited."""
        return table.current_row() if self.editable else None

    def enable_for_row(self, table: SortedTable, *actions: QAction) -> Any | None:
        """``actions`` on while the case may be edited and ``table`` has a selected row; returns that row."""
        row = table.current_row()
        for action in actions:
            action.setEnabled(self.editable and row is not None)
        return row

    # -- actions ---------------------------------------------------------------------------------

    def action(self, text: str, name: str, keys: list[QKeySequence], slot: Callable[[], None], tip: str,
               *, on: QWidget | None = None) -> QAction:
        """An editing action; with ``on`` its keys work only while that widget (a table) has focus."""
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.triggered.connect(lambda _checked=False: slot())
        target = on or self
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if on is not None
                                  else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        target.addAction(action)
        self.editing_actions.append(action)
        return action

    def buttons(self, *actions: QAction) -> QHBoxLayout:
        row = QHBoxLayout()
        for action in actions:
            row.addWidget(action_button(action))
        row.addStretch(1)
        return row

    # -- saving ----------------------------------------------------------------------------------

    def form(self, dialog: D, save: Callable[[], None]) -> D:
        """``dialog``, saved by ``save`` when it is submitted."""
        dialog.submitted.connect(save)
        return dialog

    def save(self, dialog: WorkDialog, fn: Callable[[Session], Any], said: Callable[[Any], str],
             select: SortedTable | None = None) -> None:
        """Run ``fn`` on the worker; on success close the dialog, say ``said(result)``, select the saved
        row in ``select`` once the case is shown again, and hand on what changed (``edited``)."""
        dialog.set_busy(True)

        def saved(result: Any) -> None:
            dialog.finish()
            if select is not None:
                self.select_later(select, result.id)
            self.notice.info(said(result))

        self.call_edit(fn, saved, dialog.failed)

    def run(self, fn: Callable[[Session], Any], said: Callable[[Any], str]) -> None:
        """A change without a form ("done", "contact today"): errors go to the tab's notice line."""
        self.notice.clear()

        def finished(result: Any) -> None:
            self.notice.info(said(result))

        self.call_edit(fn, finished, self.failed)

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))


def keep_selection(table: SortedTable, wanted_id: int | None) -> None:
    """Select the row with this id again after the rows were replaced."""
    if wanted_id is not None:
        table.select_where(lambda row: getattr(row, "id", None) == wanted_id)


class DueModel(TableModel):
    """Rows that fall due (promises, plan items): done ones greyed, a late one's due date and state red."""

    COL_DUE: int
    COL_STATE: int

    def __init__(self, tab: EditingTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def muted(self, row: Any) -> bool:
        return row.done_on is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() in (self.COL_DUE, self.COL_STATE)
                and self.row_at(index.row()).overdue(self.tab.today())):
            return QBrush(QColor(LATE))
        return super().data(index, role)
