"""Gezin: the household members of a case, added, changed and removed from one table."""

from __future__ import annotations

from datetime import date
from functools import cached_property

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from ...domain.cases import HouseholdMember, MemberRole
from ...services import cases
from ...services.cases import CaseFile
from ..client import VaultClient
from ..page_parts import explanation
from ..table_model import SortedTable, TableModel
from .member_dialog import MemberDialog, member_role_label
from .tab_parts import EditingTab

_ROLE_ORDER = {MemberRole.PARENT: 0, MemberRole.CHILD: 1, MemberRole.OTHER: 2}


class MembersModel(TableModel):
    COL_ROLE, COL_INITIALS, COL_BORN, COL_AGE, COL_PATIENT, COL_HIS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Role"), self.tr("Initials"), self.tr("Birth year"), self.tr("Age"),
                self.tr("Patient here"), self.tr("HIS number"))

    def display(self, member: HouseholdMember, column: int) -> str:
        if column == self.COL_ROLE:
            return member_role_label(member.role)
        if column == self.COL_INITIALS:
            return member.initials
        if column == self.COL_BORN:
            return str(member.birth_year) if member.birth_year else ""
        if column == self.COL_AGE:
            age = member.age(self.today)
            return "" if age is None else self.tr("%n year(s)", "", age)
        if column == self.COL_PATIENT:
            return self.tr("yes") if member.is_patient else self.tr("no")
        return member.his_number

    def sort_value(self, member: HouseholdMember, column: int) -> object:
        if column == self.COL_ROLE:
            return _ROLE_ORDER.get(member.role, 9)
        if column in (self.COL_BORN, self.COL_AGE):
            return member.birth_year or 0
        return super().sort_value(member, column)

    def tooltip(self, member: HouseholdMember, column: int) -> str | None:
        if column == self.COL_AGE and member.birth_year:
            return self.tr("From the birth year: this year's birthday may still come.")
        return None


class HouseholdTab(EditingTab):
    SHOWS = frozenset({"members"})
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.setObjectName("householdTab")
        self.model = MembersModel(self)
        self.table = SortedTable(self.model, parent=self)
        self.table.setObjectName("membersTable")
        self.table.setAccessibleName(self.tr("Household members"))
        key = QKeySequence
        self.add_action = self.action(self.tr("&Add member…"), "addMember", [key(Qt.Key.Key_Insert)], self.add,
                                      self.tr("Add a parent, child or other member of the household"))
        self.edit_action = self.action(
            self.tr("&Edit…"), "editMember", [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter), key(Qt.Key.Key_F2)],
            self.edit, self.tr("Edit the selected member"), on=self.table)
        self.remove_action = self.action(self.tr("Re&move…"), "removeMember", [key(key.StandardKey.Delete)],
                                         self.remove, self.tr("Remove the selected member"), on=self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation(self.tr(
            "The family under this pseudonym: initials and birth year only, no BSN.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons(self.add_action, self.edit_action, self.remove_action))
        layout.addWidget(self.notice)
        self.table.selectionModel().selectionChanged.connect(self.update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.keep_dialog("member", "dialog", self.add, self.edit, self.table)
        self.update_actions()

    def title(self) -> str:
        return self.tr("Household")

    def show_file(self, file: CaseFile) -> None:
        self.model.today = file.today
        self.show_rows(self.table, file.members)
        super().show_file(file)

    def update_actions(self) -> None:
        self.add_action.setEnabled(self.editable)
        self.enable_for_row(self.table, self.edit_action, self.remove_action)
        super().update_actions()

    # -- editing ---------------------------------------------------------------------------------

    @cached_property
    def dialog(self) -> MemberDialog:
        return self.form(MemberDialog(self), self._save)

    def add(self) -> None:
        if self.file is None or not self.editable:
            return
        assert self.file.case.id is not None
        role = MemberRole.CHILD if self.file.members else MemberRole.PARENT
        self.dialog.prepare(HouseholdMember(self.file.case.id, role, ""), self.file.today)
        self.dialog.open()

    def edit(self) -> None:
        member = self.editable_row(self.table)
        if member is None or self.file is None:
            return
        self.dialog.prepare(member, self.file.today)
        self.dialog.open()

    def _save(self) -> None:
        member = self.dialog.member()
        self.save(self.dialog, lambda session: cases.put_member(session, member),
                  lambda saved: self.tr("{initials} is saved.").format(initials=saved.initials), self.table)

    def remove(self) -> None:
        member = self.editable_row(self.table)
        if member is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove household member"),
                          self.tr("Remove {initials} ({role}) from this case?").format(
                              initials=member.initials, role=member_role_label(member.role)),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRemoveMember")
        button = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        button.setObjectName("confirmRemove")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda clicked: self._removed(member) if clicked is button else None)
        box.open()

    def _removed(self, member: HouseholdMember) -> None:
        assert member.id is not None
        member_id = member.id
        self.run(lambda session: cases.delete_member(session, member_id),
                 lambda _none: self.tr("{initials} is removed.").format(initials=member.initials))
