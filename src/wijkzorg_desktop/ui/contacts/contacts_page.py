"""Sociale kaart: every partner organisation and person in one list, searched and filtered as you
type, with the selected one's card beside it.

The whole map is loaded once on the worker (``contacts.load_map``), where its rows are built too (names,
formatted phone numbers, folded search text: ``LoadedMap``), and filtered in memory on the GUI thread
(``contact_table.RowFilter``, as ``contact_index.select``), so typing never waits for the database; the
table shows the rows lazily. "Reachable now" is worked out for the current minute and refreshed every
minute.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...domain.contact_index import ContactRow, RowKind
from ...domain.errors import VaultLocked
from ...domain.users import Permission, Role
from ...services import contacts
from ...services.contacts import ContactMap, OrganisationDetails, PersonDetails
from ...services.practice_users import practice_users
from ...services.session import Session
from ..client import VaultClient
from ..documents.contact_pdf import ContactExtractPdf
from ..messages import error_text
from ..page import Drafts, Page, Target
from ..page_parts import Notice, heading
from .contact_changes import ContactChanges
from .contact_editing import ContactEditing
from .contact_filters import ContactFilters
from .contact_table import ContactModel, ContactTable, RowFilter, RowKey, row_key
from .detail_pane import DetailPane
from .exchange import ContactExchange

MINUTE_MS = 60_000


@dataclass(frozen=True)
class LoadedMap:
    """The map with its rows and filter choices, all worked out on the worker."""
    map: ContactMap
    rows: list[ContactRow]
    municipalities: list[str]
    functions: list[str]
    search: RowFilter


def load(session: Session) -> LoadedMap:
    found = contacts.load_map(session)
    rows = found.rows()
    return LoadedMap(found, rows, found.municipalities(), found.functions(), RowFilter(rows))

DETAIL_DELAY_MS = 150


class ContactsPage(Page):
    page_id = "contacts"
    roles = frozenset(Role)

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.map: ContactMap | None = None
        self.users: list[tuple[str, str]] = []
        self._rows: list[ContactRow] = []
        self._search = RowFilter([])
        self._select_keys: list[RowKey] = []
        self._details: PersonDetails | OrganisationDetails | None = None
        self._fitted = False
        self.filters = ContactFilters()
        self.model = ContactModel(self)
        self.table = ContactTable(self.model, parent=self)
        self.table.setObjectName("contactsTable")
        self.table.setAccessibleName(self.tr("Contact map"))
        self.detail = DetailPane()
        self.count = QLabel(objectName="contactsCount")
        self.notice = Notice("contactsNotice")
        self.editing = ContactEditing(self)
        self.changes = ContactChanges(self)
        self.exchange = ContactExchange(self)
        self.extract = ContactExtractPdf(client, self)
        self._build_actions()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("contactsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 340])
        self.detail.setMinimumWidth(280)
        buttons = QHBoxLayout()
        for action in (self.new_person_action, self.new_organisation_action, self.edit_action,
                       self.delete_action, self.verified_action, self.departed_action):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        for action in (self.import_action, self.export_action, self.pdf_action):
            buttons.addWidget(self._button(action))
        top = QHBoxLayout()
        top.addWidget(heading(self.title()))
        top.addStretch(1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        self.setTabOrder(self.filters.search, self.filters.kind)
        self.setTabOrder(self.filters.kind, self.filters.municipality)
        self.setTabOrder(self.filters.municipality, self.filters.function)
        self.setTabOrder(self.filters.function, self.filters.reachable)
        self.setTabOrder(self.filters.reachable, self.filters.to_check)
        self.setTabOrder(self.filters.to_check, self.filters.departed)
        self.setTabOrder(self.filters.departed, self.table)
        self.setTabOrder(self.table, self.detail.card)

        self.minute = QTimer(self)
        self.minute.setInterval(MINUTE_MS)
        self.minute.timeout.connect(self.tick)
        self.minute.start()
        self.detail_timer = QTimer(self)
        self.detail_timer.setSingleShot(True)
        self.detail_timer.setInterval(DETAIL_DELAY_MS)
        self.detail_timer.timeout.connect(self._load_details)
        self.filters.changed.connect(self.apply_filter)
        self.filters.search.returnPressed.connect(self._to_table)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.editing.edit())
        self.client.changed.connect(self.refresh)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Sociale kaart")

    # -- actions ---------------------------------------------------------------------------------

    def _action(self, text: str, name: str, keys: list[QKeySequence], slot: Callable[[], None],
                tip: str, *, on_table: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        shown = keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.triggered.connect(slot)
        if on_table:  # keys that mean something else in a text field only work in the list
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.find_action = self._action(self.tr("Search"), "findContact", [key(key.StandardKey.Find)],
                                        self.filters.focus_search, self.tr("Search the contact map"))
        self.new_person_action = self._action(
            self.tr("New person…"), "newPerson", [key("Ctrl+N")], lambda: self.editing.new_person(),
            self.tr("Add a person"))
        self.new_organisation_action = self._action(
            self.tr("New organisation…"), "newOrganisation", [key("Ctrl+Alt+N")],
            lambda: self.editing.new_organisation(), self.tr("Add an organisation"))
        self.edit_action = self._action(
            self.tr("Edit…"), "editContact",
            [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter), key(Qt.Key.Key_F2)], lambda: self.editing.edit(),
            self.tr("Edit the selected contact"), on_table=True)
        self.delete_action = self._action(
            self.tr("Delete…"), "deleteContact", [key(key.StandardKey.Delete)], lambda: self.changes.delete(),
            self.tr("Delete the selected contact"), on_table=True)
        self.verified_action = self._action(
            self.tr("Verified"), "markVerified", [], lambda: self.changes.mark_verified(),
            self.tr("The selected people's details were checked today"))
        self.departed_action = self._action(
            self.tr("Mark as departed…"), "markDeparted", [], lambda: self.changes.toggle_departed(),
            self.tr("The person no longer works there; kept for the cases that name them"))
        self.import_action = self._action(self.tr("Import…"), "importContacts", [key("Ctrl+I")],
                                          lambda: self.exchange.start_import(),
                                          self.tr("Import contacts from a vCard or CSV file"))
        self.export_action = self._action(self.tr("Export…"), "exportContacts", [key("Ctrl+E")],
                                          lambda: self.exchange.start_export(),
                                          self.tr("Export contacts as vCard or CSV"))
        self.pdf_action = self._action(self.tr("PDF of selection…"), "contactsPdf", [key("Ctrl+Shift+P")],
                                       lambda: self.extract.start(self.table.selected()),
                                       self.tr("The selected contacts as a signed PDF"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.new_person_action, self.new_organisation_action, self.verified_action,
                       self.departed_action, self.export_action, self.pdf_action):
            self.table.addAction(action)

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.text(), objectName=f"{action.objectName()}Button")
        button.setToolTip(action.toolTip())
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: (button.setEnabled(action.isEnabled()), button.setText(action.text())))
        return button

    def _update_actions(self) -> None:
        rows = self.table.selected()
        current = rows[0] if rows else None
        may_edit = self.client.may(Permission.EDIT_CONTACTS)
        loaded = self.map is not None
        for action in (self.new_person_action, self.new_organisation_action, self.import_action):
            action.setEnabled(may_edit and loaded)
        self.edit_action.setEnabled(may_edit and current is not None)
        self.delete_action.setEnabled(may_edit and current is not None)
        people = [r for r in rows if r.kind == RowKind.PERSON]
        self.verified_action.setEnabled(may_edit and bool(people))
        person = current if current is not None and current.kind == RowKind.PERSON else None
        self.departed_action.setEnabled(may_edit and person is not None)
        self.departed_action.setText(self.tr("Not departed") if person is not None and person.departed
                                     else self.tr("Mark as departed…"))
        self.export_action.setEnabled(loaded and bool(self._rows))
        self.pdf_action.setEnabled(loaded and bool(rows))

    # -- loading and filtering -------------------------------------------------------------------

    def refresh(self) -> None:
        self.client.call(load, self._loaded, self.failed)
        self.client.call(practice_users, self._users_loaded, self.failed)

    def reload(self, select: list[RowKey] | None = None) -> None:
        """After a change: load again and select these rows; other pages hear of it too."""
        if select is not None:
            self._select_keys = select
        self.client.changed.emit()

    def _loaded(self, found: LoadedMap) -> None:
        self.map = found.map
        self._rows = found.rows
        self._search = found.search
        self.filters.set_choices(found.municipalities, found.functions)
        self.editing.choices_changed()
        self.detail.shown = None  # what it shows may have changed: load the card again
        self.apply_filter()

    def _users_loaded(self, users: list[tuple[str, str]]) -> None:
        self.users = users
        self.editing.choices_changed()

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def apply_filter(self) -> None:
        now = self.clock()
        keys = self._select_keys or [row_key(r) for r in self.table.selected()]
        self._select_keys = []
        self.model.now = now
        shown = self._search.select(self.filters.current(), now)
        self.model.set_rows(shown)
        if shown and not self._fitted:
            self.table.fit_columns(widest=210)
            self._fitted = True
        if keys:
            self.table.select_keys(keys)
        self._show_count(len(shown))
        self._selection_changed()

    def _show_count(self, shown: int) -> None:
        total = len(self._rows)
        if self.filters.active() and shown != total:
            self.count.setText(self.tr("{shown} of {total} contacts").format(shown=shown, total=total))
        else:
            self.count.setText(self.tr("%n contact(s)", "", shown))

    def tick(self) -> None:
        """A new minute: who is reachable may have changed."""
        if self.filters.reachable.isChecked():
            self.apply_filter()
        else:
            self.model.set_now(self.clock())
        self._show_details()

    def _to_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.selected():
                self.table.selectRow(0)

    def focus_search(self) -> None:
        self.filters.focus_search()

    # -- the selected contact --------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self._update_actions()
        current = self.table.current_row()
        if current is None:
            self._details = None
            self.detail.show_nothing()
            return
        if self.detail.shown != (str(current.kind), current.id):
            self.detail.show_loading()
            self.detail_timer.start()

    def _load_details(self) -> None:
        current = self.table.current_row()
        if current is None:
            return
        key = row_key(current)
        if current.kind == RowKind.PERSON:
            self.client.call(lambda session: contacts.person_details(session, current.id),
                             lambda details: self._details_loaded(key, details), self._details_failed)
        else:
            self.client.call(lambda session: contacts.organisation_details(session, current.id),
                             lambda details: self._details_loaded(key, details), self._details_failed)

    def _details_loaded(self, key: RowKey, details: PersonDetails | OrganisationDetails) -> None:
        current = self.table.current_row()
        if current is None or row_key(current) != key:
            return
        self._details = details
        self._show_details()

    def _show_details(self) -> None:
        details = self._details
        if isinstance(details, PersonDetails):
            self.detail.show_person(details, self.clock())
        elif isinstance(details, OrganisationDetails):
            self.detail.show_organisation(details, self.clock())

    def _details_failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.detail.show_nothing(error_text(error))

    def current(self) -> ContactRow | None:
        return self.table.current_row()

    def show_target(self, target: Target) -> None:
        """Another page (Vandaag, Opvolging) opens a person or organisation here."""
        kind, target_id = target
        row_kind = {"person": RowKind.PERSON, "organisation": RowKind.ORGANISATION}.get(kind)
        if row_kind is None:
            return
        self._select_keys = [(row_kind, target_id)]
        if self.map is not None:
            if self.filters.search.text():
                self.filters.search.clear()  # the search may hide it; clearing filters it again
            else:
                self.apply_filter()
        self.table.setFocus()

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> Drafts:
        return self.editing.draft()

    def restore_draft(self, drafts: Drafts) -> None:
        self.editing.restore_draft(drafts)
