"""Plan van aanpak: goals and agreements, each with who does it and by when; marked done, late in red."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cached_property

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...domain.involvement import PlanItem
from ...services import involvement
from ...services.cases import CaseFile
from ..client import VaultClient
from ..dates import show_date
from ..page_parts import explanation
from ..table_model import SortedTable
from .directory import owner_text
from .plan_dialog import PlanDialog
from .tab_parts import DueModel, EditingTab


class PlanModel(DueModel):
    COL_TEXT, COL_OWNER, COL_DUE, COL_STATE = range(4)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Goal or agreement"), self.tr("Who"), self.tr("Due"), self.tr("State"))

    def display(self, item: PlanItem, column: int) -> str:
        if column == self.COL_TEXT:
            return " ".join(item.text.split())
        if column == self.COL_OWNER:
            parties = self.tab.file.parties if self.tab.file is not None else []
            return owner_text(self.tab.directory, parties, item.party_id, item.owner_login)
        if column == self.COL_DUE:
            return show_date(item.due)
        today = self.tab.today()
        if item.done_on is not None:
            return self.tr("done {date}").format(date=show_date(item.done_on))
        if item.overdue(today) and item.due is not None:
            return self.tr("%n day(s) late", "", (today - item.due).days)
        return self.tr("open")

    def sort_value(self, item: PlanItem, column: int) -> object:
        if column == self.COL_DUE:
            return item.due or date.max
        if column == self.COL_STATE:
            return (item.done_on is not None, item.due or date.max)
        return super().sort_value(item, column)

    def tooltip(self, item: PlanItem, column: int) -> str | None:
        return item.text if column == self.COL_TEXT and len(item.text) > 60 else None


class PlanTab(EditingTab):
    SHOWS = frozenset({"plan", "parties"})
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.setObjectName("planTab")
        self.model = PlanModel(self)
        self.table = SortedTable(self.model, parent=self)
        self.table.setObjectName("planTable")
        self.table.setAccessibleName(self.tr("Plan van aanpak"))
        key = QKeySequence
        self.add_action = self.action(self.tr("&New goal or agreement…"), "addPlanItem", [key(Qt.Key.Key_Insert)],
                                      self.add, self.tr("Add a goal or agreement to the plan"))
        self.edit_action = self.action(
            self.tr("&Edit…"), "editPlanItem", [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter), key(Qt.Key.Key_F2)],
            self.edit, self.tr("Edit the selected goal or agreement"), on=self.table)
        self.done_action = self.action(self.tr("&Done"), "planItemDone", [key("Ctrl+D")], self.toggle_done,
                                       self.tr("The selected goal or agreement is done (or open again)"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation(self.tr(
            "What the partners agreed to do for this family: who does what, by when.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons(self.add_action, self.edit_action, self.done_action))
        layout.addWidget(self.notice)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.keep_dialog("plan_item", "dialog", self.add, self.edit, self.table)
        self.update_actions()

    def title(self) -> str:
        return self.tr("Plan")

    def show_file(self, file: CaseFile) -> None:
        self.file = file
        self.show_rows(self.table, file.plan, widest=260, wide=(PlanModel.COL_TEXT, 380))
        super().show_file(file)

    def update_actions(self) -> None:
        self.add_action.setEnabled(self.editable)
        item = self.enable_for_row(self.table, self.edit_action, self.done_action)
        self.done_action.setText(self.tr("Open a&gain") if item is not None and item.done_on
                                 else self.tr("&Done"))
        super().update_actions()

    @cached_property
    def dialog(self) -> PlanDialog:
        return self.form(PlanDialog(self), self._save)

    def add(self) -> None:
        if self.file is None or not self.editable:
            return
        assert self.file.case.id is not None
        self.dialog.prepare(PlanItem(self.file.case.id, ""), self.directory, self.file.parties)
        self.dialog.open()

    def edit(self) -> None:
        item = self.editable_row(self.table)
        if item is None or self.file is None:
            return
        self.dialog.prepare(item, self.directory, self.file.parties)
        self.dialog.open()

    def _save(self) -> None:
        item = self.dialog.item()
        self.save(self.dialog, lambda session: involvement.put_plan_item(session, item),
                  lambda _saved: self.tr("The plan is saved."), self.table)

    def toggle_done(self) -> None:
        item = self.editable_row(self.table)
        if item is None:
            return
        changed = replace(item, done_on=None if item.done_on else self.today())
        self.select_later(self.table, item.id)
        self.run(lambda session: involvement.put_plan_item(session, changed),
                 lambda saved: self.tr("Done: {text}.").format(text=saved.text) if saved.done_on
                 else self.tr("Open again: {text}.").format(text=saved.text))
