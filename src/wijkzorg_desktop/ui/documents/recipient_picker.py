"""Choosing who receives a document: any organisation or person of the sociale kaart, found as you type
(name, function or organisation; "saenen" finds "Saënen")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...domain.consent import Recipient
from ...domain.search import fold, matches, terms
from ...services.contacts import ContactMap

RECIPIENT_ROLE = Qt.ItemDataRole.UserRole
HAYSTACK_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class RecipientPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="recipientSearch")
        self.search.setPlaceholderText(self.tr("Search by name, function or organisation"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the sociale kaart"))
        self.list = QListWidget(objectName="recipientList")
        self.list.setAccessibleName(self.tr("Recipients"))
        self.list.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.search)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(lambda *_args: self.changed.emit())

    def set_map(self, contact_map: ContactMap) -> None:
        chosen = self.recipient()
        self.list.clear()
        orgs = sorted((o for o in contact_map.organisations if o.id is not None), key=lambda o: fold(o.name))
        for org in orgs:
            self._add(org.name, Recipient("organisation", int(org.id or 0)), org.name, org.name)
        people = sorted((p for p in contact_map.people if p.id is not None and not p.departed),
                        key=lambda p: fold(p.name))
        for person in people:
            org = contact_map.organisation(person.organisation_id)
            where = ", ".join(part for part in (person.function, org.name if org else "") if part)
            text = f"{person.name} — {where}" if where else person.name
            self._add(text, Recipient("person", int(person.id or 0)), text, person.name)
        if chosen is not None:
            self.choose(chosen)
        self._filter()

    def _add(self, text: str, recipient: Recipient, haystack: str, name: str) -> None:
        item = QListWidgetItem(text)
        item.setData(NAME_ROLE, name)
        item.setData(RECIPIENT_ROLE, f"{recipient.kind}:{recipient.id}")
        item.setData(HAYSTACK_ROLE, fold(haystack))
        self.list.addItem(item)

    def _filter(self) -> None:
        wanted = terms(self.search.text())
        first: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not matches(wanted, str(item.data(HAYSTACK_ROLE)))
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and wanted and first is not None:
            self.list.setCurrentItem(first)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search field goes to the list."""
        keys = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (watched is self.search and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in keys and self.list.count()):
            self.list.setFocus()
            current = self.list.currentItem()
            if current is None or current.isHidden():
                shown = [self.list.item(r) for r in range(self.list.count()) if not self.list.item(r).isHidden()]
                if shown:
                    self.list.setCurrentItem(shown[0])
            return True
        return super().eventFilter(watched, event)

    def recipient(self) -> Recipient | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        kind, _, number = str(item.data(RECIPIENT_ROLE)).partition(":")
        return Recipient(kind, int(number))

    def recipient_name(self) -> str:
        """The chosen person's or organisation's name alone."""
        item = self.list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None and not item.isHidden() else ""

    def choose(self, recipient: Recipient) -> bool:
        wanted = f"{recipient.kind}:{recipient.id}"
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(RECIPIENT_ROLE) == wanted:
                self.list.setCurrentItem(item)
                return True
        return False

    def choose_text(self, text: str) -> bool:
        """Choose the first recipient shown as ``text`` (or starting with it)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.text() == text or item.text().startswith(f"{text} — "):
                self.list.setCurrentItem(item)
                return True
        return False
