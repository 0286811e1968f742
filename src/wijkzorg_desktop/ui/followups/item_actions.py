"""The keys of a list of follow-ups, shared by Vandaag and Opvolging: Enter opens the item's case (or its
contact), Space marks it done and asks for the result, Delete drops it with a reason, F2 changes it,
Ctrl+N adds one. Each is also a button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...domain.users import Permission
from ...services.followups import FollowUpItem
from ..page import Page
from ..page_parts import action_button
from .followup_work import FollowUpWork
from .labels import target_of


class ItemActions(QObject):
    def __init__(self, page: Page, view: QWidget, current: Callable[[], FollowUpItem | None],
                 work: FollowUpWork) -> None:
        super().__init__(page)
        self.page = page
        self.view = view
        self.current = current
        self.work = work
        key = QKeySequence
        self.open_action = self._action(self.tr("&Open"), "openFollowUp", [key(Qt.Key.Key_Return),
                                                                        key(Qt.Key.Key_Enter)],
                                        self.open, self.tr("Open the case or contact of the selected follow-up"))
        self.done_action = self._action(self.tr("&Done…"), "followUpDone", [key(Qt.Key.Key_Space)], self.complete,
                                        self.tr("Mark the selected follow-up done, with its result"))
        self.drop_action = self._action(self.tr("No &longer needed…"), "dropFollowUp", [key(key.StandardKey.Delete)],
                                        self.drop, self.tr("Drop the selected follow-up, with the reason"))
        self.edit_action = self._action(self.tr("Chang&e…"), "editFollowUp", [key(Qt.Key.Key_F2)], self.edit,
                                        self.tr("Change the selected follow-up"))
        self.new_action = self._action(self.tr("&New follow-up…"), "newFollowUp", [key("Ctrl+N")], self.add,
                                       self.tr("Add a follow-up"), on_view=False)
        self.update()

    def _action(self, text: str, name: str, keys: list[QKeySequence], slot: Callable[[], None], tip: str,
                *, on_view: bool = True) -> QAction:
        """With ``on_view`` the keys work only while the list has focus (Space and Delete type elsewhere)."""
        action = QAction(text, self.page)
        action.setObjectName(name)
        action.setShortcuts(keys)
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})")
        action.triggered.connect(lambda _checked=False: slot())
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if on_view
                                  else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        (self.view if on_view else self.page).addAction(action)
        return action

    def buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for action in (self.open_action, self.done_action, self.drop_action, self.edit_action):
            row.addWidget(action_button(action))
        row.addStretch(1)
        row.addWidget(action_button(self.new_action))
        return row

    def update(self) -> None:
        item = self.current()
        may_edit = self.page.client.may(Permission.EDIT_FOLLOWUPS)
        self.open_action.setEnabled(item is not None and self._target(item) is not None)
        self.done_action.setEnabled(may_edit and item is not None)
        self.drop_action.setEnabled(may_edit and item is not None and not item.automatic)
        self.edit_action.setEnabled(may_edit and item is not None and not item.automatic)
        self.new_action.setEnabled(may_edit)

    def _target(self, item: FollowUpItem):
        return target_of(item, self.page.client.may(Permission.VIEW_CASES))

    def open(self) -> None:
        item = self.current()
        found = self._target(item) if item is not None else None
        if found is not None:
            self.page.go_to.emit(*found)

    def complete(self) -> None:
        item = self.current()
        if item is not None and self.done_action.isEnabled():
            self.work.complete(item)

    def drop(self) -> None:
        item = self.current()
        if item is not None and self.drop_action.isEnabled():
            self.work.drop(item)

    def edit(self) -> None:
        item = self.current()
        if item is not None and self.edit_action.isEnabled():
            self.work.edit(item)

    def add(self) -> None:
        if self.new_action.isEnabled():
            self.work.add()
