"""Add or change a party of a case: someone (or an organisation) from the sociale kaart, its role in
this case, since when it is involved, the last contact and notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ...domain.contact_index import ContactRow, RowKind
from ...domain.involvement import PARTY_ROLES, Party
from ...domain.search import matches, terms
from ...services.contacts import ContactMap
from ..dates import OptionalDate
from .case_forms import CaseDialog

KEY_ROLE = Qt.ItemDataRole.UserRole


def row_key(kind: RowKind | str, row_id: int | None) -> str:
    return f"{kind}:{row_id}"


def party_key(party: Party) -> str:
    if party.person_id is not None:
        return row_key(RowKind.PERSON, party.person_id)
    return row_key(RowKind.ORGANISATION, party.organisation_id)


class PartyDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("partyDialog", parent)
        self._base: Party | None = None
        self._rows: list[ContactRow] = []
        self.search = QLineEdit(objectName="partySearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Name, organisation or function"))
        self.choices = QListWidget(objectName="partyChoices")
        self.choices.setMinimumHeight(180)
        self.choices.setWordWrap(True)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.role = QComboBox(objectName="partyRole", editable=True)
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role.addItems(list(PARTY_ROLES))
        self.since = OptionalDate(self.tr("Involved si&nce"), "partySince")
        self.last_contact = OptionalDate(self.tr("&Last contact"), "partyLastContact")
        self.notes = QPlainTextEdit(objectName="partyNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        for widget, name in ((self.search, self.tr("Search the sociale kaart")),
                             (self.choices, self.tr("People and organisations")),
                             (self.role, self.tr("Role in this case")), (self.notes, self.tr("Notes"))):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Who:"), buddy=self.search), self.search)
        form.addRow("", self.choices)
        form.addRow(QLabel(self.tr("&Role in this case:"), buddy=self.role), self.role)
        form.addRow("", self.since)
        form.addRow("", self.last_contact)
        form.addRow(QLabel(self.tr("No&tes:"), buddy=self.notes), self.notes)
        self.body.addLayout(form)
        self.finish_layout()
        self.setTabOrder(self.search, self.choices)
        self.setTabOrder(self.choices, self.role.lineEdit())
        self.setTabOrder(self.role.lineEdit(), self.since.check)
        self.setTabOrder(self.since.check, self.since.edit)
        self.setTabOrder(self.since.edit, self.last_contact.check)
        self.setTabOrder(self.last_contact.check, self.last_contact.edit)
        self.setTabOrder(self.last_contact.edit, self.notes)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.choices.currentItemChanged.connect(self._chosen)
        self.setMinimumWidth(640)

    def set_map(self, found: ContactMap | None) -> None:
        self._rows = found.rows() if found is not None else []
        if self._base is not None:
            self._filter()

    def prepare(self, party: Party, today: date) -> None:
        self._base = party
        self.editing_id = party.id
        new = party.id is None
        self.setWindowTitle(self.tr("Add a party") if new else self.tr("Edit party"))
        self.say(self.tr("Choose from the sociale kaart: a person, or an organisation when you do not "
                         "know who. Someone missing? Add them on the Sociale kaart page first.")
                 if new else "")
        self.choices.clear()
        self.search.clear()
        self.role.setCurrentText(party.role)
        self.since.set_value(party.since or (today if new else None), today)
        self.last_contact.set_value(party.last_contact, today)
        self.notes.setPlainText(party.notes)
        self._filter()
        self.set_busy(False)
        self.search.setFocus()

    def _filter(self) -> None:
        wanted = terms(self.search.text())
        current = party_key(self._base) if self._base is not None and self._base.id is not None else ""
        chosen = self.chosen_key() or current
        self.choices.blockSignals(True)
        self.choices.clear()
        for row in self._rows:
            key = row_key(row.kind, row.id)
            if (row.departed and key != chosen) or not matches(wanted, row.haystack):
                continue
            item = QListWidgetItem(self._text(row))
            item.setData(KEY_ROLE, key)
            if row.kind == RowKind.ORGANISATION:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.choices.addItem(item)
            if key == chosen:
                self.choices.setCurrentItem(item)
        self.choices.blockSignals(False)

    def _text(self, row: ContactRow) -> str:
        if row.kind == RowKind.ORGANISATION:
            return row.name
        where = ", ".join(x for x in (row.function, row.organisation) if x)
        return f"{row.name} — {where}" if where else row.name

    def _chosen(self, item: QListWidgetItem | None) -> None:
        """A person's function is the likely role: offered when no role was typed yet."""
        if item is None or self.role.currentText().strip():
            return
        kind, _, value = str(item.data(KEY_ROLE)).partition(":")
        row = next((r for r in self._rows if str(r.kind) == kind and str(r.id) == value), None)
        if row is not None and row.function:
            self.role.setCurrentText(row.function)

    def chosen_key(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else ""

    def choose(self, kind: RowKind, row_id: int) -> bool:
        for index in range(self.choices.count()):
            if self.choices.item(index).data(KEY_ROLE) == row_key(kind, row_id):
                self.choices.setCurrentRow(index)
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or Enter) in the search field goes to the list of matches."""
        if (watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.choices.count()):
            self.choices.setFocus()
            if self.choices.currentRow() < 0:
                self.choices.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def problem(self) -> str:
        if not self.chosen_key():
            self.search.setFocus()
            return self.tr("Choose a person or organisation from the list.")
        if not self.role.currentText().strip():
            self.role.setFocus()
            return self.tr("Fill in the role in this case.")
        return ""

    def party(self) -> Party:
        assert self._base is not None
        kind, _, value = self.chosen_key().partition(":")
        person_id = int(value) if kind == str(RowKind.PERSON) else None
        organisation_id = int(value) if kind == str(RowKind.ORGANISATION) else None
        return replace(self._base, person_id=person_id, organisation_id=organisation_id,
                       role=self.role.currentText().strip(), since=self.since.value(),
                       last_contact=self.last_contact.value(), notes=self.notes.toPlainText().strip())
