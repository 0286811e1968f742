"""Add or change a party of a case: someone (or an organisation) from the sociale kaart, or one of our
own practice, its role in this case, since when it is involved, the last contact and notes.

The lines of the sociale kaart (``map_choices``) are made on the worker, once per load of the map; the
list shows those that match the search, handed to Qt in one call and laid out a batch at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from ...domain.contact_index import ContactRow, RowKind
from ...domain.contacts import Organisation
from ...domain.involvement import PARTY_ROLES, Party
from ...domain.search import fold, matches, terms
from ...services.contacts import ContactMap, organisation_row, person_row, row_order
from ...services.practice_users import StaffMember
from ..dates import OptionalDate
from .case_forms import CaseDialog
from .slices import YIELD_EVERY, Steps, finish, sorted_steps

STAFF = "user"  # the key kind of one of our own users
LAYOUT_BATCH = 200


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


def _text(row: ContactRow) -> str:
    if row.kind == RowKind.ORGANISATION:
        return row.name
    where = ", ".join(x for x in (row.function, row.organisation) if x)
    return f"{row.name} — {where}" if where else row.name


def map_choice_steps(found: ContactMap, organisations: Mapping[int | None, Organisation],
                     same: dict[str, str] | None = None) -> Steps[list[Choice]]:
    """Every person and organisation of the map as a line of the list, in the order of ``found.rows()``;
    a step at a time, on the worker (``run_in_slices``). ``same`` hands out one copy of equal texts and
    keys to the lists made of one load (``NameLists``)."""
    one = (lambda text: same.setdefault(text, text)) if same is not None else (lambda text: text)
    rows: list[ContactRow] = []
    for count, org in enumerate(found.organisations, 1):
        rows.append(organisation_row(org))
        if count % YIELD_EVERY == 0:
            yield
    for count, person in enumerate(found.people, 1):
        rows.append(person_row(person, organisations.get(person.organisation_id), found.today))
        if count % YIELD_EVERY == 0:
            yield
    ordered = yield from sorted_steps(rows, row_order)
    choices: list[Choice] = []
    for count, row in enumerate(ordered, 1):
        choices.append(Choice(one(row_key(row.kind, row.id)), one(_text(row)),
                              row.function if row.kind == RowKind.PERSON else "", row.haystack, row.departed,
                              row.kind == RowKind.ORGANISATION))
        if count % YIELD_EVERY == 0:
            yield
    return choices


def map_choices(found: ContactMap) -> list[Choice]:
    return finish(map_choice_steps(found, {o.id: o for o in found.organisations}))


class PartyDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("partyDialog", parent)
        self._base: Party | None = None
        self._map_choices: Sequence[Choice] = ()
        self._staff: list[StaffMember] = []
        self._choices: list[Choice] = []
        self._by_key: dict[str, Choice] | None = None  # made when first asked
        self._shown: list[Choice] = []
        self._searched: tuple[tuple[str, ...], list[int]] | None = None  # the last search and what it found
        self._offered = ""  # the role this dialog filled in itself, replaced when another choice is made
        self.search = QLineEdit(objectName="partySearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Name, organisation or function"))
        self.choices = QListWidget(objectName="partyChoices")
        self.choices.setMinimumHeight(180)
        self.choices.setWordWrap(True)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.choices.setLayoutMode(QListView.LayoutMode.Batched)
        self.choices.setBatchSize(LAYOUT_BATCH)
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
        """The lines of ``found``, made here (the case's parties tab has them made on the worker)."""
        self.set_choices(map_choices(found) if found is not None else [])

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """The people and organisations of the sociale kaart (``map_choices``)."""
        if choices is not self._map_choices:
            self._map_choices = choices
            self._make_choices()

    def set_staff(self, staff: list[StaffMember]) -> None:
        """The users of our practice, who can be a party too."""
        self._staff = list(staff)
        self._make_choices()

    def _make_choices(self) -> None:
        found = list(self._map_choices)
        ours = self.tr("our practice")
        for member in self._staff:
            where = ", ".join(x for x in (member.party_role, ours) if x)
            found.append(Choice(row_key(STAFF, member.login), f"{member.full_name} — {where}", member.party_role,
                                fold(f"{member.full_name} {member.login} {member.party_role} {ours}")))
        self._choices = found
        self._by_key = None
        self._searched = None
        if self._base is not None:
            self._offer_role()
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
        self._offered = ""
        self._offer_role()
        self.since.set_value(party.since or (today if new else None), today)
        self.last_contact.set_value(party.last_contact, today)
        self.notes.setPlainText(party.notes)
        self._filter()
        self.set_busy(False)
        self.search.setFocus()

    def _offer_role(self) -> None:
        """The role of a party being edited counts as offered when it is the function of the one chosen:
        choosing another then offers theirs."""
        party = self._base
        if party is None or party.id is None or self._offered or self.role.currentText() != party.role:
            return
        base = self._choice(party_key(party))
        self._offered = party.role if base is not None and base.role == party.role else ""

    def _matching(self, wanted: tuple[str, ...]) -> list[int]:
        """The choices that hold every term; a search that only adds to the one before looks in what that
        one found."""
        last = self._searched
        narrower = last is not None and all(any(old in new for new in wanted) for old in last[0])
        candidates = last[1] if narrower and last is not None else range(len(self._choices))
        choices = self._choices
        found = [i for i in candidates if matches(wanted, choices[i].haystack)]
        self._searched = (wanted, found)
        return found

    def _filter(self) -> None:
        wanted = terms(self.search.text())
        current = party_key(self._base) if self._base is not None and self._base.id is not None else ""
        chosen = self.chosen_key() or current
        choices = self._choices
        if wanted:
            picked: Sequence[Choice] = [choices[i] for i in self._matching(wanted)]
        else:
            picked, self._searched = choices, None  # everything: the next search looks in all of it
        shown = [choice for choice in picked if not choice.departed or choice.key == chosen]
        before, self._shown = self._shown, shown
        kept = len(before) if len(before) == self.choices.count() and shown[:len(before)] == before else 0
        self.choices.blockSignals(True)
        if not kept:
            self.choices.clear()
        self.choices.addItems([choice.text for choice in shown[kept:]])  # our users, come after the map
        bold = QFont()
        bold.setBold(True)
        for row in range(kept, len(shown)):
            if shown[row].bold:
                self.choices.item(row).setFont(bold)
        row = next((i for i, choice in enumerate(shown) if choice.key == chosen), -1) if chosen else -1
        if row >= 0:
            self.choices.setCurrentRow(row)
        self.choices.blockSignals(False)

    def _choice(self, key: str) -> Choice | None:
        if self._by_key is None:
            self._by_key = {}
            for choice in reversed(self._choices):
                self._by_key[choice.key] = choice
        return self._by_key.get(key)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        """A person's function (a user's role) is the likely role: it follows the choice until the user
        types a role of their own."""
        if item is None:
            return
        typed = self.role.currentText().strip()
        if typed and typed != self._offered:
            return
        choice = self._choice(self.chosen_key())
        self._offered = choice.role if choice is not None else ""
        self.role.setCurrentText(self._offered)

    def chosen_key(self) -> str:
        row = self.choices.currentRow()
        return self._shown[row].key if 0 <= row < len(self._shown) else ""

    def choose(self, kind: RowKind | str, row_id: int | str) -> bool:
        key = row_key(kind, row_id)
        row = next((i for i, choice in enumerate(self._shown) if choice.key == key), -1)
        if row >= 0:
            self.choices.setCurrentRow(row)
        return row >= 0

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
