"""Add or change a party of a case: someone (or an organisation) from the sociale kaart, or one of our
own practice, its role in this case, since when it is involved, the last contact and notes."""

from __future__ import annotations

from dataclasses import dataclass, replace
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
from ...domain.search import fold, matches, terms
from ...services.contacts import ContactMap
from ...services.practice_users import StaffMember
from ..dates import OptionalDate
from .case_forms import CaseDialog

KEY_ROLE = Qt.ItemDataRole.UserRole
STAFF = "user"  # the key kind of one of our own users


def row_key(kind: RowKind | str, row_id: int | None) -> str:
    return f"{kind}:{row_id}"


def party_key(party: Party) -> str:
    if party.user_login:
        return row_key(STAFF, party.user_login)
    if party.person_id is not None:
        return row_key(RowKind.PERSON, party.person_id)
    return row_key(RowKind.ORGANISATION, party.organisation_id)


@dataclass(frozen=True)
class Choice:
    """One line of the list: a person or organisation of the map, or one of our users."""

    key: str
    text: str
    role: str          # the role this choice suggests: a person's function, a user's role
    haystack: str
    departed: bool = False
    bold: bool = False


class PartyDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("partyDialog", parent)
        self._base: Party | None = None
        self._rows: list[ContactRow] = []
        self._staff: list[StaffMember] = []
        self._choices: list[Choice] = []
        self._offered = ""  # the role this dialog filled in itself, replaced when another choice is made
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
        for widget, name in ((self.search, self.tr("Search the sociale kaart and our practice")),
                             (self.choices, self.tr("People, organisations and our practice")),
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
        self.setTabOrder(self.choices, self.role)  # the combo, not its line edit: that one Tab skips
        self.setTabOrder(self.role, self.since.check)
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
        self._make_choices()

    def set_staff(self, staff: list[StaffMember]) -> None:
        """The users of our practice, who can be a party too."""
        self._staff = list(staff)
        self._make_choices()

    def _make_choices(self) -> None:
        found = [Choice(row_key(row.kind, row.id), self._text(row), row.function if row.kind == RowKind.PERSON
                        else "", row.haystack, row.departed, row.kind == RowKind.ORGANISATION)
                 for row in self._rows]
        ours = self.tr("our practice")
        for member in self._staff:
            where = ", ".join(x for x in (member.party_role, ours) if x)
            found.append(Choice(row_key(STAFF, member.login), f"{member.full_name} — {where}", member.party_role,
                                fold(f"{member.full_name} {member.login} {member.party_role} {ours}")))
        self._choices = found
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
        base = self._choice(party_key(party)) if party.id is not None else None
        self._offered = party.role if base is not None and base.role == party.role else ""
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
        for choice in self._choices:
            key = choice.key
            if (choice.departed and key != chosen) or not matches(wanted, choice.haystack):
                continue
            item = QListWidgetItem(choice.text)
            item.setData(KEY_ROLE, key)
            if choice.bold:
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

    def _choice(self, key: str) -> Choice | None:
        return next((c for c in self._choices if c.key == key), None)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        """A person's function (a user's role) is the likely role: it follows the choice until the user
        types a role of their own."""
        if item is None:
            return
        typed = self.role.currentText().strip()
        if typed and typed != self._offered:
            return
        choice = self._choice(str(item.data(KEY_ROLE)))
        self._offered = choice.role if choice is not None else ""
        self.role.setCurrentText(self._offered)

    def chosen_key(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else ""

    def choose(self, kind: RowKind | str, row_id: int | str) -> bool:
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
            return self.tr("Choose a person, an organisation or someone of our practice from the list.")
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
                       user_login=value if kind == STAFF else "",
                       role=self.role.currentText().strip(), since=self.since.value(),
                       last_contact=self.last_contact.value(), notes=self.notes.toPlainText().strip())
