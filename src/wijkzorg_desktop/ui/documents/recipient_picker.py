"""Choosing who receives a document: any organisation or person of the sociale kaart, found as you type
(name, function or organisation; "saenen" finds "Saënen").

The lines (``picker_choices``) are made once per load of the sociale kaart, on the worker; the list shows
the lines that match, handed to Qt in one call and laid out a batch at a time, so that even 33,000 of
them do not hold up the window.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListView, QListWidget, QVBoxLayout, QWidget

from ...domain.consent import Recipient
from ...domain.contacts import Organisation
from ...domain.search import fold, matches, terms
from ...services.contacts import ContactMap
from ..cases.slices import YIELD_EVERY, Steps, finish, sorted_steps

LAYOUT_BATCH = 200


@dataclass(frozen=True)
class PickerChoice:
    text: str
    key: str        # "organisation:<id>" or "person:<id>"
    haystack: str   # folded text
    name: str       # the person's or organisation's name alone


def picker_choice_steps(contact_map: ContactMap, organisations: Mapping[int | None, Organisation],
                        same: dict[str, str] | None = None) -> Steps[tuple[PickerChoice, ...]]:
    """Organisations, then the people who have not left, each by name; a step at a time, on the worker
    (``run_in_slices``). ``same`` hands out one copy of equal texts and keys to the lists of one load."""
    one = (lambda text: same.setdefault(text, text)) if same is not None else (lambda text: text)
    found: list[PickerChoice] = []
    orgs = yield from sorted_steps((o for o in contact_map.organisations if o.id is not None),
                                   lambda o: fold(o.name))
    for org in orgs:
        found.append(PickerChoice(org.name, one(f"organisation:{org.id}"), fold(org.name), org.name))
    people = yield from sorted_steps((p for p in contact_map.people if p.id is not None and not p.departed),
                                     lambda p: fold(p.name))
    for count, person in enumerate(people, 1):
        org = organisations.get(person.organisation_id)
        where = ", ".join(part for part in (person.function, org.name if org else "") if part)
        text = one(f"{person.name} — {where}") if where else person.name
        found.append(PickerChoice(text, one(f"person:{person.id}"), fold(text), person.name))
        if count % YIELD_EVERY == 0:
            yield
    return tuple(found)


def picker_choices(contact_map: ContactMap) -> tuple[PickerChoice, ...]:
    return finish(picker_choice_steps(contact_map, {o.id: o for o in contact_map.organisations}))


class RecipientPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: Sequence[PickerChoice] = ()
        self._shown: list[PickerChoice] = []
        self._chosen = ""   # the key of the recipient chosen last; kept while a search hides it
        self._searched: tuple[tuple[str, ...], list[int]] | None = None  # the last search and what it found
        self.search = QLineEdit(objectName="recipientSearch")
        self.search.setPlaceholderText(self.tr("Search by name, function or organisation"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the sociale kaart"))
        self.list = QListWidget(objectName="recipientList")
        self.list.setAccessibleName(self.tr("Recipients"))
        self.list.setMinimumHeight(150)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(LAYOUT_BATCH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.currentRowChanged.connect(self._row_changed)

    def set_map(self, contact_map: ContactMap) -> None:
        """The lines of ``contact_map``, made here (a window that has them made on the worker calls
        ``set_choices``)."""
        self.set_choices(picker_choices(contact_map))

    def set_choices(self, choices: Sequence[PickerChoice]) -> None:
        if choices is self._choices and self._shown:
            return
        self._choices = choices
        self._searched = None
        self._filter()

    def _matching(self, wanted: tuple[str, ...]) -> list[int]:
        """The lines that hold every term; a search that only adds to the one before looks in what that
        one found."""
        last = self._searched
        if not wanted:
            found = list(range(len(self._choices)))
        else:
            narrower = last is not None and all(any(old in new for new in wanted) for old in last[0])
            candidates = last[1] if narrower and last is not None else range(len(self._choices))
            choices = self._choices
            found = [i for i in candidates if matches(wanted, choices[i].haystack)]
        self._searched = (wanted, found)
        return found

    def _filter(self) -> None:
        wanted = terms(self.search.text())
        shown = [self._choices[i] for i in self._matching(wanted)]
        self._shown = shown
        row = next((i for i, choice in enumerate(shown) if choice.key == self._chosen), -1) if self._chosen else -1
        if row < 0 and wanted and shown:
            row = 0
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([choice.text for choice in shown])
        if row >= 0:
            self.list.setCurrentRow(row)
            self._chosen = shown[row].key
        self.list.blockSignals(False)
        self.changed.emit()

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._shown):
            self._chosen = self._shown[row].key
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search field goes to the list."""
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in keys and self.list.count()):
            self.list.setFocus()
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def _current(self) -> PickerChoice | None:
        row = self.list.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def recipient(self) -> Recipient | None:
        current = self._current()
        if current is None:
            return None
        kind, _, number = current.key.partition(":")
        return Recipient(kind, int(number))

    def recipient_name(self) -> str:
        """The chosen person's or organisation's name alone."""
        current = self._current()
        return current.name if current is not None else ""

    def _choose(self, choice: PickerChoice | None) -> bool:
        """Choose ``choice``: at once when the search shows it, else as soon as it does."""
        if choice is None:
            return False
        self._chosen = choice.key
        row = next((i for i, shown in enumerate(self._shown) if shown.key == choice.key), -1)
        self.list.setCurrentRow(row)  # -1: none chosen while the search hides it
        return True

    def choose(self, recipient: Recipient) -> bool:
        wanted = f"{recipient.kind}:{recipient.id}"
        return self._choose(next((c for c in self._choices if c.key == wanted), None))

    def choose_text(self, text: str) -> bool:
        """Choose the first recipient shown as ``text`` (or starting with it)."""
        return self._choose(next((c for c in self._choices
                                  if c.text == text or c.text.startswith(f"{text} — ")), None))
