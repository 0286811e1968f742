"""Names for what a case file refers to by id: practice users by login, parties by their person or
organisation on the sociale kaart, or by the user of our practice they are.

The case view loads the sociale kaart once, not per case (``load_names``, on the worker, where
``MapNames`` works out what the tabs look up: people and organisations by id, the lines of the recipient
combos), and after it, in slices on the worker (``run_in_slices``), the longer lists of the forms
(``NameLists``). It hands the tabs that show names one ``Directory`` of the names and the practice users
(``show_directory``), so no tab looks names up on its own and nothing is made per contact on the GUI
thread when a case opens.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from ...domain.contacts import Organisation, OrganisationKind, Person
from ...domain.involvement import Party
from ...services import contacts
from ...services.contacts import ContactMap
from ...services.session import Session
from ..documents.recipient_picker import PickerChoice, picker_choice_steps
from .choices import Choices
from .party_dialog import Choice, map_choice_steps
from .slices import YIELD_EVERY, Steps, finish, sorted_steps


class MapNames:
    """One load of the sociale kaart as the case's tabs use it; made on the worker."""

    def __init__(self, found: ContactMap) -> None:
        finish(self._fill(found))

    @classmethod
    def steps(cls, found: ContactMap) -> Steps[MapNames]:
        """``MapNames(found)``, a step at a time (``run_in_slices``): 30,000 people are sorted and named."""
        names = cls.__new__(cls)
        yield from names._fill(found)
        return names

    def _fill(self, found: ContactMap) -> Steps[None]:
        self.map = found
        self.people: dict[int, Person] = {int(p.id): p for p in found.people if p.id is not None}
        self.organisations: dict[int, Organisation] = {int(o.id): o for o in found.organisations
                                                       if o.id is not None}
        self.same: dict[str, str] = {}  # one copy of each text and key for all the lists of this load
        self.lists: NameLists | None = None  # the forms' lists: NameLists.of, on the worker too
        yield
        self.recipients = yield from self._recipient_steps()

    def person_text(self, person: Person) -> str:
        """"Ilse de Vries (Wijkteam Houten)"."""
        org = self.organisations.get(person.organisation_id) if person.organisation_id is not None else None
        if org is None:
            return person.name
        text = f"{person.name} ({org.name})"
        return self.same.setdefault(text, text)

    def at_safe_at_home(self, person: Person) -> bool:
        org = self.organisations.get(person.organisation_id) if person.organisation_id is not None else None
        return org is not None and org.kind == OrganisationKind.SAFE_AT_HOME

    def _recipient_steps(self) -> Steps[Choices]:
        """Organisations (Veilig Thuis first), then the people who have not left, each by name."""
        orgs = yield from sorted_steps(self.organisations.values(),
                                       lambda o: (o.kind != OrganisationKind.SAFE_AT_HOME, o.name.casefold()))
        people = yield from sorted_steps((p for p in self.people.values() if not p.departed),
                                         lambda p: p.name.casefold())
        one = self.same.setdefault
        lines = [(o.name, one(f"organisation:{o.id}", f"organisation:{o.id}")) for o in orgs]
        for count, person in enumerate(people, 1):
            key = f"person:{person.id}"
            lines.append((self.person_text(person), one(key, key)))
            if count % YIELD_EVERY == 0:
                yield
        return (yield from Choices.steps(lines))

    def case_manager_steps(self) -> Steps[Choices]:
        """People who can be the procesregisseur: Veilig Thuis's procesregisseurs first, then the rest
        of Veilig Thuis, then everyone else; departed people last of all."""
        def rank(person: Person) -> tuple[int, int, int, str]:
            return (int(person.departed), int(not self.at_safe_at_home(person)),
                    int(person.function.casefold() != "procesregisseur"), person.name.casefold())

        people = yield from sorted_steps(self.people.values(), rank)
        return (yield from Choices.steps((self.person_text(p), int(p.id or 0)) for p in people))

    def forms(self) -> NameLists:
        """The forms' lists: made on the worker after the names (``NameLists.of``); made here only when a
        form opens before they came."""
        if self.lists is None:
            self.lists = NameLists.of(self)
        return self.lists


@dataclass(frozen=True, eq=False)
class NameLists:
    """The long lists of the forms of a case, made once per load of the sociale kaart on the worker."""

    parties: Sequence[Choice]                   # the party dialog's people and organisations
    case_managers: Choices                      # the procesregisseur of a contact with Veilig Thuis
    document_recipients: Sequence[PickerChoice]  # who receives a document

    @staticmethod
    def of(names: MapNames) -> NameLists:
        return finish(NameLists.steps(names))

    @staticmethod
    def steps(names: MapNames) -> Steps[NameLists]:
        """``of``, a step at a time, for ``run_in_slices``."""
        organisations: dict[int | None, Organisation] = dict(names.organisations)
        parties = yield from map_choice_steps(names.map, organisations, names.same)
        managers = yield from names.case_manager_steps()
        recipients = yield from picker_choice_steps(names.map, organisations, names.same)
        names.same = {}  # the lists keep the shared copies; the index of them is not needed any more
        return NameLists(parties, managers, recipients)


def load_names(session: Session, fresh: bool = False) -> MapNames:
    """On the worker: the sociale kaart (an audited read) and what the case's tabs look up in it. Pages and
    tabs that ask while the sociale kaart is unchanged and another of them still holds its names get the
    same ones. The session keeps only a weak reference: the names go when the last page lets go of them
    (piece by piece at lock), not all at once when the session closes. ``fresh`` (F5) makes them anew."""
    return finish(names_steps(session, fresh))


def names_steps(session: Session, fresh: bool = False) -> Steps[MapNames]:
    """``load_names``, a step at a time (``run_in_slices``)."""
    found = contacts.load_map(session)
    kept = session.cache.get("map_names")
    names = kept() if isinstance(kept, weakref.ref) else None
    if fresh or not isinstance(names, MapNames) or names.map is not found:
        names = yield from MapNames.steps(found)
        session.cache["map_names"] = weakref.ref(names)
    return names


@dataclass
class Directory:
    users: list[tuple[str, str]] = field(default_factory=list)   # (login, full name)
    contact_map: ContactMap | None = None
    names: MapNames | None = None  # made of contact_map here when not given (made on the worker)

    def __post_init__(self) -> None:
        self._names = dict(self.users)
        if self.names is None and self.contact_map is not None:
            self.names = MapNames(self.contact_map)
        if self.names is not None:
            self.contact_map = self.names.map
        self._people: dict[int, Person] = self.names.people if self.names is not None else {}
        self._orgs: dict[int, Organisation] = self.names.organisations if self.names is not None else {}

    @property
    def complete(self) -> bool:
        """The sociale kaart and the forms' lists are there."""
        return self.names is not None and self.names.lists is not None

    def party_choices(self) -> Sequence[Choice] | None:
        """The party dialog's people and organisations; None until they were made."""
        lists = self.names.lists if self.names is not None else None
        return lists.parties if lists is not None else None

    def document_recipients(self) -> Sequence[PickerChoice] | None:
        return self.names.forms().document_recipients if self.names is not None else None

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
