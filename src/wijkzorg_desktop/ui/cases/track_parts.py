"""What the meldcode, Veilig Thuis and consent tabs share: the words for stored values, dates as the
practice writes them, and the sociale kaart and practice users, so a tab shows names instead of ids.

The sociale kaart is loaded on the worker (``load_lookup``), once per tab and again when the vault
says something changed; a tab shows its records at once and fills in the names when the map is there.
In the case view the names come with the view's ``Directory`` instead, loaded once for every tab.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from ...domain.consent import Recipient
from ...services.contacts import ContactMap
from ...services.practice_users import practice_users
from ...services.session import Session
from .choices import ChoiceCombo, Choices
from .directory import MapNames, load_names

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
    names: MapNames | None = None  # what is looked up in the map: made of it here when not given

    def __post_init__(self) -> None:
        if self.names is None:
            object.__setattr__(self, "names", MapNames(self.map))

    @property
    def _names(self) -> MapNames:
        assert self.names is not None
        return self.names

    @property
    def complete(self) -> bool:
        """The forms' lists are there too (``NameLists``)."""
        return self._names.lists is not None

    def user(self, login: str) -> str:
        return self.users.get(login, login)

    def person(self, person_id: int | None) -> str:
        person = self._names.people.get(person_id) if person_id is not None else None
        if person is not None:
            return self._names.person_text(person)
        return "" if person_id is None else f"#{person_id}"

    def recipient(self, recipient: Recipient) -> str:
        if recipient.kind == "person":
            return self.person(recipient.id)
        org = self._names.organisations.get(recipient.id)
        return org.name if org else f"#{recipient.id}"

    def case_managers(self) -> Choices:
        """People who can be the procesregisseur (item data: the person's id), Veilig Thuis's
        procesregisseurs first."""
        return self._names.forms().case_managers

    def recipients(self) -> Choices:
        """Organisations (Veilig Thuis first), then people, each by name (item data: "kind:id")."""
        return self._names.recipients


def load_lookup(session: Session) -> Lookup:
    """On the worker: the sociale kaart, what is looked up in it and the forms' lists, and the practice's
    users."""
    names = load_names(session)
    names.forms()
    return Lookup(names.map, dict(practice_users(session)), names)


class RecipientCombo(ChoiceCombo):
    """An organisation or a person of the sociale kaart."""

    def set_lookup(self, lookup: Lookup) -> None:
        self.set_choices(lookup.recipients())

    def recipient(self) -> Recipient | None:
        kind, _, number = str(self.currentData() or "").partition(":")
        return Recipient(kind, int(number)) if number else None

    def choose(self, recipient: Recipient) -> None:
        index = self.findData(f"{recipient.kind}:{recipient.id}")
        if index >= 0:
            self.setCurrentIndex(index)
