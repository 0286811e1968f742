"""What the household, parties, timeline and plan tabs share: actions with shortcuts shown as buttons,
saving a form on the worker, and the names they show (``Directory``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...domain.errors import VaultLocked
from ...domain.users import Permission
from ...services.cases import CaseFile
from ...services.session import Session
from ..client import VaultClient
from ..messages import error_text
from ..page_parts import Notice
from ..table_model import SortedTable, TableModel
from .case_forms import CaseDialog
from .case_tab import CaseTab
from .directory import Directory


class EditingTab(CaseTab):
    """A tab of tables with actions on their rows; every editing action is off for a closed case."""

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.directory = Directory()
        self.notice = Notice(f"{type(self).__name__[0].lower()}{type(self).__name__[1:]}Notice")
        self.editing_actions: list[QAction] = []

    @property
    def editable(self) -> bool:
        return not self.read_only and self.client.may(Permission.EDIT_CASES)

    def show_directory(self, directory: Directory) -> None:
        """New names (the sociale kaart or the users were loaded): shown again, the selection kept."""
        self.directory = directory
        self.names_changed()

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

    def save(self, dialog: CaseDialog, fn: Callable[[Session], Any],
             done: Callable[[Any], None] | None = None) -> None:
        """Run ``fn`` on the worker; on success close the dialog and say the case changed."""
        dialog.set_busy(True)

        def saved(result: Any) -> None:
            dialog.finish()
            if done is not None:
                done(result)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            if isinstance(error, VaultLocked):
                dialog.set_busy(False)
            else:
                dialog.show_error(error_text(error))

        self.client.call(fn, saved, failed)

    def run(self, fn: Callable[[Session], Any], done: Callable[[Any], None] | None = None) -> None:
        """A change without a form ("done", "contact today"): errors go to the tab's notice line."""
        self.notice.clear()

        def finished(result: Any) -> None:
            if done is not None:
                done(result)
            self.changed.emit()

        self.client.call(fn, finished, self.failed)

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))


def action_button(action: QAction) -> QPushButton:
    button = QPushButton(action.text(), objectName=f"{action.objectName()}Button")
    button.setToolTip(action.toolTip())
    button.setAutoDefault(False)
    button.setEnabled(action.isEnabled())
    button.clicked.connect(action.trigger)
    action.changed.connect(lambda: (button.setEnabled(action.isEnabled()), button.setText(action.text())))
    return button


def keep_selection(table: SortedTable, wanted_id: int | None) -> None:
    """Select the row with this id again after the rows were replaced."""
    if wanted_id is not None:
        table.select_where(lambda row: getattr(row, "id", None) == wanted_id)
