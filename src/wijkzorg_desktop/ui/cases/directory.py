"""Names for what a case file refers to by id: practice users by login, parties by their person or
organisation on the sociale kaart, or by the user of our practice they are.

The case view loads the contact map and the practice users once per opened case and hands the
directory to the tabs that show names (``show_directory``), so no tab looks names up on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ...domain.contacts import Organisation, Person
from ...domain.involvement import Party
from ...services.contacts import ContactMap


@dataclass
class Directory:
    users: list[tuple[str, str]] = field(default_factory=list)   # (login, full name)
    contact_map: ContactMap | None = None

    def __post_init__(self) -> None:
        self._names = dict(self.users)
        found = self.contact_map
        self._people: dict[int, Person] = {int(p.id or 0): p for p in found.people} if found else {}
        self._orgs: dict[int, Organisation] = {int(o.id or 0): o for o in found.organisations} if found else {}

    def user_name(self, login: str) -> str:
        return self._names.get(login, login)

    def person(self, person_id: int | None) -> Person | None:
        return self._people.get(person_id) if person_id is not None else None

    def organisation(self, organisation_id: int | None) -> Organisation | None:
        return self._orgs.get(organisation_id) if organisation_id is not None else None

    def party_name(self, party: Party) -> str:
        if party.user_login:
            return self.user_name(party.user_login)
        person = self.person(party.person_id)
        if person is not None:
            return person.name
        org = self.organisation(party.organisation_id)
        return org.name if org is not None else "…"

    def party_organisation(self, party: Party) -> str:
        """The organisation a person party works for; "" for an organisation itself; our practice for one
        of our own users."""
        if party.user_login:
            return QCoreApplication.translate("Directory", "our practice")
        person = self.person(party.person_id)
        if person is None:
            return ""
        org = self.organisation(party.organisation_id) or self.organisation(person.organisation_id)
        return org.name if org is not None else ""

    def party_label(self, party: Party) -> str:
        """"Ilse de Vries (Wijkteam Houten) — gezinsregisseur"."""
        org = self.party_organisation(party)
        name = f"{self.party_name(party)} ({org})" if org else self.party_name(party)
        return f"{name} — {party.role}" if party.role else name

    def party_short(self, parties: Sequence[Party], party_id: int | None) -> str:
        party = next((p for p in parties if p.id == party_id), None)
        return self.party_name(party) if party is not None else ""


OWNER_PARTY = "party"
OWNER_USER = "user"


def fill_owners(combo: QComboBox, directory: Directory, parties: Sequence[Party], *,
                nobody: bool = False) -> None:
    """The parties of the case and the people of our practice, as owners of a promise or plan item.

    Item data is ``"party:<id>"`` or ``"user:<login>"``; with ``nobody`` the first choice is none."""
    chosen = combo.currentData()
    combo.clear()
    if nobody:
        combo.addItem(QCoreApplication.translate("Directory", "(nobody)"), None)
    for party in parties:
        combo.addItem(directory.party_label(party), f"{OWNER_PARTY}:{party.id}")
    for login, full_name in directory.users:
        combo.addItem(QCoreApplication.translate("Directory", "Our practice: {name}").format(name=full_name),
                      f"{OWNER_USER}:{login}")
    choose_owner(combo, chosen)


def choose_owner(combo: QComboBox, owner: object) -> bool:
    index = combo.findData(owner) if owner else -1
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def owner_of(party_id: int | None, login: str) -> str:
    if party_id is not None:
        return f"{OWNER_PARTY}:{party_id}"
    return f"{OWNER_USER}:{login}" if login else ""


def split_owner(data: object) -> tuple[int | None, str]:
    """(party_id, owner_login) from a combo's item data."""
    kind, _, value = str(data or "").partition(":")
    if kind == OWNER_PARTY and value.isdigit():
        return int(value), ""
    if kind == OWNER_USER and value:
        return None, value
    return None, ""


def owner_text(directory: Directory, parties: Sequence[Party], party_id: int | None, login: str) -> str:
    if party_id is not None:
        return directory.party_short(parties, party_id) or "…"
    if login:
        return QCoreApplication.translate("Directory", "{name} (our practice)").format(
            name=directory.user_name(login))
    return ""
