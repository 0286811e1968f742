"""Betrokken partijen, "wie doet wat": the parties of a case with their role and last contact, the
promises they (and our practice) made, and beside them the "Loopt het?" overview."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cached_property

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QCheckBox, QGroupBox, QMessageBox, QSplitter, QVBoxLayout, QWidget

from ...domain.errors import VaultLocked
from ...domain.followups import FollowUp
from ...domain.involvement import Party, Promise
from ...services import case_refresh, involvement
from ...services.cases import CaseFile
from ...services.involvement import RunningCheck
from ...services.practice_users import practice_staff
from ..client import VaultClient
from ..dates import show_date
from ..messages import error_text
from ..table_model import SortedTable, TableModel
from .directory import owner_text
from .party_dialog import PartyDialog
from .promise_dialog import PromiseDialog
from .running_check_pane import RunningCheckPane
from .tab_parts import DueModel, EditingTab


class PartiesModel(TableModel):
    COL_NAME, COL_ROLE, COL_CONTACT, COL_PROMISES, COL_ORGANISATION, COL_SINCE, COL_NOTES = range(7)

    def __init__(self, tab: PartiesTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Role in this case"), self.tr("Last contact"), self.tr("Open promises"),
                self.tr("Organisation"), self.tr("Since"), self.tr("Notes"))

    def display(self, party: Party, column: int) -> str:
        directory = self.tab.directory
        if column == self.COL_NAME:
            return directory.party_name(party)
        if column == self.COL_ORGANISATION:
            return directory.party_organisation(party)
        if column == self.COL_ROLE:
            return party.role
        if column == self.COL_SINCE:
            return show_date(party.since)
        if column == self.COL_CONTACT:
            return show_date(party.last_contact)
        if column == self.COL_PROMISES:
            count = sum(p.party_id == party.id and p.done_on is None for p in self.tab.promises())
            return str(count) if count else ""
        return party.notes.replace("\n", " ")

    def sort_value(self, party: Party, column: int) -> object:
        if column == self.COL_SINCE:
            return party.since or date.min
        if column == self.COL_CONTACT:
            return party.last_contact or date.min
        if column == self.COL_PROMISES:
            return int(self.display(party, column) or 0)
        return super().sort_value(party, column)

    def tooltip(self, party: Party, column: int) -> str | None:
        if column == self.COL_NOTES and party.notes:
            return party.notes
        return None


class PromisesModel(DueModel):
    COL_WHO, COL_TEXT, COL_DUE, COL_STATE, COL_AGE, COL_MADE = range(6)
    tab: PartiesTab

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Who"), self.tr("Promise"), self.tr("Due"), self.tr("State"), self.tr("Open for"),
                self.tr("Promised on"))

    def display(self, promise: Promise, column: int) -> str:
        today = self.tab.today()
        if column == self.COL_WHO:
            return self.tab.owner_text(promise.party_id, promise.owner_login)
        if column == self.COL_TEXT:
            return promise.text
        if column == self.COL_MADE:
            return show_date(promise.made_on)
        if column == self.COL_AGE:
            return "" if promise.done_on else self.tr("%n day(s)", "", promise.age_days(today))
        if column == self.COL_DUE:
            return show_date(promise.due)
        if promise.done_on is not None:
            return self.tr("done {date}").format(date=show_date(promise.done_on))
        if promise.overdue(today):
            return self.tr("%n day(s) late", "", (today - promise.due).days if promise.due else 0)
        return self.tr("open")

    def sort_value(self, promise: Promise, column: int) -> object:
        if column in (self.COL_MADE, self.COL_AGE):
            return promise.made_on
        if column == self.COL_DUE:
            return promise.due or date.max
        return super().sort_value(promise, column)


class PartiesTab(EditingTab):
    SHOWS = frozenset({"parties", "promises", "plan", "vt_contacts"})  # the last two in "Loopt het?"
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.setObjectName("partiesTab")
        self.party_model = PartiesModel(self)
        self.parties_table = SortedTable(self.party_model, parent=self)
        self.parties_table.setObjectName("partiesTable")
        self.parties_table.setAccessibleName(self.tr("Parties involved"))
        self.promise_model = PromisesModel(self)
        self.promises_table = SortedTable(self.promise_model, parent=self)
        self.promises_table.setObjectName("promisesTable")
        self.promises_table.setAccessibleName(self.tr("Promises"))
        self.show_done = QCheckBox(self.tr("Sho&w kept promises"), objectName="showDonePromises")
        self.check_pane = RunningCheckPane(self)
        self._check_stale = True
        self._check_read: int | None = None  # the case whose "Loopt het?" was read (audited) since it was shown
        self._build_actions()

        parties = QGroupBox(self.tr("Who does what"))
        parties_layout = QVBoxLayout(parties)
        parties_layout.addWidget(self.parties_table, 1)
        parties_layout.addLayout(self.buttons(self.add_party_action, self.edit_party_action, self.contact_action,
                                              self.remove_party_action))
        promises = QGroupBox(self.tr("Promises"))
        promises_layout = QVBoxLayout(promises)
        promises_layout.addWidget(self.show_done)
        promises_layout.addWidget(self.promises_table, 1)
        promises_layout.addLayout(self.buttons(self.add_promise_action, self.edit_promise_action, self.done_action))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(parties, 1)
        left_layout.addWidget(promises, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="partiesSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.check_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 340])
        self.check_pane.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        self.setTabOrder(self.parties_table, self.show_done)
        self.setTabOrder(self.show_done, self.promises_table)
        self.setTabOrder(self.promises_table, self.check_pane.text)

        for table in (self.parties_table, self.promises_table):
            table.selectionModel().selectionChanged.connect(self.update_actions)
        self.parties_table.doubleClicked.connect(lambda _index: self.edit_party())
        self.promises_table.doubleClicked.connect(lambda _index: self.edit_promise())
        self.show_done.toggled.connect(lambda _checked: self._show_promises(reloaded=False))
        self.keep_dialog("party", "party_dialog", self.add_party, self.edit_party, self.parties_table)
        self.keep_dialog("promise", "promise_dialog", self.add_promise, self.edit_promise, self.promises_table)
        self.update_actions()

    def _build_actions(self) -> None:
        key = QKeySequence
        edit_keys = [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter), key(Qt.Key.Key_F2)]
        self.add_party_action = self.action(
            self.tr("&Add party…"), "addParty", [key(Qt.Key.Key_Insert)], self.add_party,
            self.tr("Add a person or organisation from the sociale kaart"), on=self.parties_table)
        self.edit_party_action = self.action(self.tr("&Edit party…"), "editParty", edit_keys, self.edit_party,
                                             self.tr("Edit the selected party"), on=self.parties_table)
        self.contact_action = self.action(
            self.tr("Contact &today"), "contactToday", [key("Ctrl+T")], self.contact_today,
            self.tr("Record that you had contact with the selected party today"))
        self.remove_party_action = self.action(
            self.tr("Remo&ve party…"), "removeParty", [key(Qt.Key.Key_Delete)], self.remove_party,
            self.tr("Take the selected party off this case"), on=self.parties_table)
        self.add_promise_action = self.action(
            self.tr("New &promise…"), "addPromise", [key(Qt.Key.Key_Insert)], self.add_promise,
            self.tr("Record what a party or our practice promised"), on=self.promises_table)
        self.edit_promise_action = self.action(self.tr("Edit pro&mise…"), "editPromise", edit_keys,
                                               self.edit_promise, self.tr("Edit the selected promise"),
                                               on=self.promises_table)
        self.done_action = self.action(self.tr("&Kept"), "promiseDone", [key("Ctrl+D")], self.toggle_done,
                                       self.tr("The selected promise is kept (or open again)"))

    def title(self) -> str:
        return self.tr("Parties")

    # -- showing ---------------------------------------------------------------------------------

    def promises(self) -> list[Promise]:
        return self.file.promises if self.file is not None else []

    def owner_text(self, party_id: int | None, login: str) -> str:
        return owner_text(self.directory, self.file.parties if self.file is not None else [], party_id, login)

    def show_file(self, file: CaseFile) -> None:
        self._check_read = None  # the case is read in full: "Loopt het?" is an audited read again when seen
        self._fill(file)

    def show_changes(self, file: CaseFile, changed: frozenset[str]) -> None:
        self._fill(file)

    def _fill(self, file: CaseFile) -> None:
        self.file = file
        self.show_rows(self.parties_table, file.parties, widest=170)
        self._show_promises()
        self._check_stale = True
        if self.isVisible():
            self.load_check()
        super().show_file(file)

    def _show_promises(self, reloaded: bool = True) -> None:
        shown = [p for p in self.promises() if self.show_done.isChecked() or p.done_on is None]
        self.show_rows(self.promises_table, shown, widest=150, reloaded=reloaded)
        self.update_actions()

    def update_actions(self) -> None:
        for action in (self.add_party_action, self.add_promise_action):
            action.setEnabled(self.editable)
        self.enable_for_row(self.parties_table, self.edit_party_action, self.contact_action,
                            self.remove_party_action)
        promise = self.enable_for_row(self.promises_table, self.edit_promise_action, self.done_action)
        self.done_action.setText(self.tr("Open a&gain") if promise is not None and promise.done_on
                                 else self.tr("&Kept"))
        super().update_actions()

    def followup_context(self, base: FollowUp) -> FollowUp:
        """A follow-up with the selected party (Opvolging toevoegen)."""
        party = self.parties_table.current_row()
        return replace(base, party_id=party.id) if party is not None else base

    # -- "Loopt het?" ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._check_stale and self.file is not None:
            self.load_check()

    def load_check(self) -> None:
        """Loaded only when the tab is seen: it is a read of this client in the audit log. Loaded again after
        an edit, it is not: the edit's own record covers it."""
        if self.file is None:
            return
        self._check_stale = False
        case_id = self.file.case.id
        assert case_id is not None
        audited = self._check_read != case_id
        read = involvement.running_check if audited else case_refresh.running_check
        self.client.call(lambda session: read(session, case_id),
                         lambda check: self._check_loaded(case_id, check, audited), self._check_failed)

    def _check_loaded(self, case_id: int, check: RunningCheck, audited: bool = False) -> None:
        if audited:
            self._check_read = case_id
        if self.file is not None and self.file.case.id == case_id:
            self.check_pane.show_check(check, self.directory)

    def _check_failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.check_pane.show_message(error_text(error))

    def ready_for_drafts(self) -> bool:
        return super().ready_for_drafts() and self.directory.complete

    # -- parties ---------------------------------------------------------------------------------

    @cached_property
    def party_dialog(self) -> PartyDialog:
        return self.form(PartyDialog(self), self._save_party)

    def _party_dialog(self) -> PartyDialog:
        dialog = self.party_dialog
        choices = self.directory.party_choices()
        if choices is not None:  # else they follow when made (forms_ready)
            dialog.set_choices(choices)
        self.client.call(practice_staff, dialog.set_staff, self._staff_failed)
        return dialog

    def forms_ready(self) -> None:
        """The case view's forms' lists were made: an open party dialog gets the sociale kaart now."""
        dialog = self.__dict__.get("party_dialog")
        choices = self.directory.party_choices()
        if isinstance(dialog, PartyDialog) and dialog.isVisible() and choices is not None:
            dialog.set_choices(choices)

    def _staff_failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.party_dialog.notice.error(error_text(error))

    def add_party(self) -> None:
        if self.file is None or not self.editable:
            return
        assert self.file.case.id is not None
        dialog = self._party_dialog()
        dialog.prepare(Party(self.file.case.id, ""), self.today())
        dialog.open()

    def edit_party(self) -> None:
        party = self.editable_row(self.parties_table)
        if party is None:
            return
        dialog = self._party_dialog()
        dialog.prepare(party, self.today())
        dialog.open()

    def _save_party(self) -> None:
        dialog = self._party_dialog()
        party = dialog.party()
        self.save(dialog, lambda session: involvement.put_party(session, party),
                  lambda saved: self.tr("{name} is saved as {role}.").format(
                      name=self.directory.party_name(saved), role=saved.role), self.parties_table)

    def contact_today(self) -> None:
        party = self.editable_row(self.parties_table)
        if party is None:
            return
        party_id = party.id
        assert party_id is not None
        self.select_later(self.parties_table, party_id)
        self.run(lambda session: involvement.contact_made(session, party_id),
                 lambda saved: self.tr("Contact with {name} recorded for today.").format(
                     name=self.directory.party_name(saved)))

    def remove_party(self) -> None:
        party = self.editable_row(self.parties_table)
        if party is None:
            return
        name = self.directory.party_name(party)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove party"),
                          self.tr("Take {name} ({role}) off this case? The timeline keeps what happened.").format(
                              name=name, role=party.role),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRemoveParty")
        button = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        button.setObjectName("confirmRemove")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        party_id = int(party.id or 0)
        box.buttonClicked.connect(lambda clicked: self.run(
            lambda session: involvement.remove_party(session, party_id),
            lambda _removed: self.tr("{name} is taken off the case.").format(name=name)) if clicked is button
            else None)
        box.open()

    # -- promises --------------------------------------------------------------------------------

    @cached_property
    def promise_dialog(self) -> PromiseDialog:
        return self.form(PromiseDialog(self), self._save_promise)

    def add_promise(self) -> None:
        if self.file is None or not self.editable:
            return
        assert self.file.case.id is not None
        party = self.parties_table.current_row()
        login = self.client.user.login if self.client.user else ""
        promise = Promise(self.file.case.id, "", self.today(), party.id if party is not None else None,
                          "" if party is not None else login)
        self.promise_dialog.prepare(promise, self.directory, self.file.parties)
        self.promise_dialog.open()

    def edit_promise(self) -> None:
        promise = self.editable_row(self.promises_table)
        if promise is None or self.file is None:
            return
        self.promise_dialog.prepare(promise, self.directory, self.file.parties)
        self.promise_dialog.open()

    def _save_promise(self) -> None:
        promise = self.promise_dialog.promise()
        self.save(self.promise_dialog, lambda session: involvement.put_promise(session, promise),
                  lambda _saved: self.tr("The promise is saved."), self.promises_table)

    def toggle_done(self) -> None:
        promise = self.editable_row(self.promises_table)
        if promise is None:
            return
        changed = replace(promise, done_on=None if promise.done_on else self.today())
        self.select_later(self.promises_table, promise.id)
        self.run(lambda session: involvement.put_promise(session, changed),
                 lambda saved: self.tr("Kept: {text}.").format(text=saved.text) if saved.done_on
                 else self.tr("Open again: {text}.").format(text=saved.text))
