"""Who does what around a family: involved parties and their promises, the timeline, the plan, and the
"Loopt het?" overview that puts them on one screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP

# Suggested roles of a party in a case; any other text is allowed.
PARTY_ROLES = ("gezinsregisseur", "procesregisseur", "jeugdverpleegkundige", "school", "wijkagent",
               "POH-GGZ", "huisarts", "vertrouwensarts", "maatschappelijk werker", "jeugdarts")

# The role a user of our practice has in a case unless another is typed, by their role in the program
# (the values of ``users.Role``): Dutch words, as the other roles of a party.
STAFF_PARTY_ROLES = {"huisarts": "huisarts", "poh_ggz": "POH-GGZ", "assistent": "doktersassistent"}


@dataclass(frozen=True, slots=True)
class Party:
    """A person or organisation of the sociale kaart, or one of the practice's own users, in a role in
    this case."""

    case_id: int
    role: str
    person_id: int | None = None
    organisation_id: int | None = None
    user_login: str = ""
    since: date | None = None
    last_contact: date | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Promise:
    """An open promise ("belt terug", "houdt een oogje in het zeil"): what, by whom, by when."""

    case_id: int
    text: str
    made_on: date
    party_id: int | None = None          # the party who promised; None: someone in our practice
    owner_login: str = ""
    due: date | None = None
    done_on: date | None = None
    id: int | None = None

    def age_days(self, today: date) -> int:
        return (today - self.made_on).days

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due is not None and self.due < today


class EntryKind(StrEnum):
    SIGNAL = "signaal"
    CONVERSATION = "gesprek"
    MEETING = "overleg"
    PARTNER_CONTACT = "contact_partner"
    APPOINTMENT = "afspraak"
    DECISION = "besluit"


ENTRY_KIND_LABELS = {
    EntryKind.SIGNAL: QT_TRANSLATE_NOOP("cases", "signal"),
    EntryKind.CONVERSATION: QT_TRANSLATE_NOOP("cases", "conversation"),
    EntryKind.MEETING: QT_TRANSLATE_NOOP("cases", "meeting"),
    EntryKind.PARTNER_CONTACT: QT_TRANSLATE_NOOP("cases", "contact with a partner"),
    EntryKind.APPOINTMENT: QT_TRANSLATE_NOOP("cases", "agreement"),
    EntryKind.DECISION: QT_TRANSLATE_NOOP("cases", "decision"),
}


@dataclass(frozen=True, slots=True)
class EntryVersion:
    text: str
    kind: EntryKind
    on: date
    by_login: str
    at: str                                # when this version was written (UTC)


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """A dated entry; an edit adds a version, earlier text stays in ``history`` (oldest first)."""

    case_id: int
    on: date
    kind: EntryKind
    text: str
    author_login: str
    party_id: int | None = None
    history: tuple[EntryVersion, ...] = ()
    id: int | None = None

    @property
    def edited(self) -> bool:
        return bool(self.history)


@dataclass(frozen=True, slots=True)
class PlanItem:
    """Plan van aanpak: a goal or agreement with its owner (a party or a practice user) and due date."""

    case_id: int
    text: str
    party_id: int | None = None
    owner_login: str = ""
    due: date | None = None
    done_on: date | None = None
    id: int | None = None

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due is not None and self.due < today
