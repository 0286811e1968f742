"""What the meldcode, Veilig Thuis and consent tabs share: the words for stored values, dates as the
practice writes them, and the sociale kaart and practice users, so a tab shows names instead of ids.

The sociale kaart is loaded on the worker (``load_lookup``), once per tab and again when the vault
says something changed; a tab shows its records at once and fills in the names when the map is there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ...domain.consent import Recipient
from ...domain.contacts import OrganisationKind, Person
from ...services import contacts
from ...services.contacts import ContactMap
from ...services.practice_users import practice_users
from ...services.session import Session

ERROR_COLOR = "#b00020"
WARNING_STYLE = f"color: {ERROR_COLOR}; font-weight: bold;"
BANNER_STYLE = (f"background-color: {ERROR_COLOR}; color: white; font-weight: bold; padding: 8px; "
                "border-radius: 3px;")


def word(context: str, source: str) -> str:
    """A label of the domain (``meldcode``, ``consent``, ``assessment`` ...) in the chosen language."""
    return QCoreApplication.translate(context, source)


def day_order(day: date | None, record_id: int | None) -> str:
    """What a table sorts a dated record on: the day, then the order it was recorded in."""
    return f"{day.isoformat() if day else '0000-00-00'}#{record_id or 0:010d}"


def fill(combo: QComboBox, labels: Mapping[object, str], context: str) -> None:
    """The choices of a stored value, shown in the chosen language; the value itself as item data."""
    combo.clear()
    for value, label in labels.items():
        combo.addItem(word(context, label), str(value))


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(str(value))
    if index >= 0:
        combo.setCurrentIndex(index)


def fit_text(label: QLabel, dialog: QWidget) -> None:
    """Room for all lines of a wrapped ``label`` whose text was set after ``dialog`` was laid out: a
    dialog does not grow for a label's height-for-width by itself."""
    layout = dialog.layout()
    margins = layout.contentsMargins() if layout is not None else None
    shown = dialog.width() if dialog.isVisible() else dialog.minimumWidth()  # a hidden one is 640 wide
    width = shown - (margins.left() + margins.right() if margins else 0)
    label.ensurePolished()
    label.setMinimumHeight(label.heightForWidth(width))
    dialog.adjustSize()


def warning_label(object_name: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(WARNING_STYLE)
    label.hide()
    return label


@dataclass(frozen=True)
class Lookup:
    map: ContactMap
    users: dict[str, str]   # login -> full name

    def user(self, login: str) -> str:
        return self.users.get(login, login)

    def _person(self, person: Person) -> str:
        org = self.map.organisation(person.organisation_id)
        return f"{person.name} ({org.name})" if org else person.name

    def person(self, person_id: int | None) -> str:
        for person in self.map.people:
            if person.id == person_id:
                return self._person(person)
        return "" if person_id is None else f"#{person_id}"

    def recipient(self, recipient: Recipient) -> str:
        if recipient.kind == "person":
            return self.person(recipient.id)
        org = self.map.organisation(recipient.id)
        return org.name if org else f"#{recipient.id}"

    def _at_safe_at_home(self, person: Person) -> bool:
        org = self.map.organisation(person.organisation_id)
        return org is not None and org.kind == OrganisationKind.SAFE_AT_HOME

    def case_managers(self) -> list[tuple[str, int]]:
        """People who can be the procesregisseur: Veilig Thuis's procesregisseurs first, then the rest
        of Veilig Thuis, then everyone else; departed people last of all."""
        def rank(person: Person) -> tuple[int, int, int, str]:
            return (int(person.departed), int(not self._at_safe_at_home(person)),
                    int(person.function.casefold() != "procesregisseur"), person.name.casefold())

        found = sorted((p for p in self.map.people if p.id is not None), key=rank)
        return [(self._person(p), int(p.id or 0)) for p in found]

    def recipients(self) -> list[tuple[str, Recipient]]:
        """Organisations (Veilig Thuis first), then people, each by name."""
        orgs = sorted((o for o in self.map.organisations if o.id is not None),
                      key=lambda o: (o.kind != OrganisationKind.SAFE_AT_HOME, o.name.casefold()))
        people = sorted((p for p in self.map.people if p.id is not None and not p.departed),
                        key=lambda p: p.name.casefold())
        return ([(o.name, Recipient("organisation", int(o.id or 0))) for o in orgs]
                + [(self._person(p), Recipient("person", int(p.id or 0))) for p in people])


def load_lookup(session: Session) -> Lookup:
    """On the worker: the sociale kaart and the practice's users."""
    return Lookup(contacts.load_map(session), dict(practice_users(session)))


class RecipientCombo(QComboBox):
    """An organisation or a person of the sociale kaart."""

    def set_lookup(self, lookup: Lookup) -> None:
        chosen = self.recipient()
        self.clear()
        for text, recipient in lookup.recipients():
            self.addItem(text, f"{recipient.kind}:{recipient.id}")
        if chosen is not None:
            self.choose(chosen)

    def recipient(self) -> Recipient | None:
        kind, _, number = str(self.currentData() or "").partition(":")
        return Recipient(kind, int(number)) if number else None

    def choose(self, recipient: Recipient) -> None:
        index = self.findData(f"{recipient.kind}:{recipient.id}")
        if index >= 0:
            self.setCurrentIndex(index)
