"""Overleg: the sociaal wijkoverleg, the MDO and the other meetings a practice takes part in.

A meeting belongs to a series (who usually comes, how often, where). Its agenda items are themes, the
sociale kaart, a yearly evaluation, or a case. A case is discussed anonymously unless every present
attendee not bound by medical secrecy may hear it (consent for "overleg", or a complete weighing);
an anonymous item names no initials, birth year, address or school of the household.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum

from .cases import HouseholdMember
from .contacts import OrganisationKind, add_months
from .text import QT_TRANSLATE_NOOP


class MeetingKind(StrEnum):
    NEIGHBOURHOOD = "sociaal_wijkoverleg"
    NEIGHBOURHOOD_YOUTH = "wijkoverleg_jeugd"
    MULTIDISCIPLINARY = "mdo"
    GP_AND_PARTNERS = "huisartsenoverleg"
    INTERNAL = "intern"


class Rhythm(StrEnum):
    WEEKLY = "wekelijks"
    FORTNIGHTLY = "tweewekelijks"
    MONTHLY = "maandelijks"
    BIMONTHLY = "tweemaandelijks"
    TWICE_A_YEAR = "halfjaarlijks"
    AD_HOC = "ad_hoc"


class MemberDuty(StrEnum):
    NONE = ""
    CHAIR = "voorzitter"
    MINUTES = "notulist"


class MeetingStatus(StrEnum):
    PLANNED = "gepland"
    HELD = "gehouden"
    FINAL = "verslag_definitief"


class Presence(StrEnum):
    EXPECTED = "verwacht"
    PRESENT = "aanwezig"
    ABSENT = "afwezig"
    REPLACED = "vervangen"


class ItemTopic(StrEnum):
    CASE = "casus"
    THEME = "thema"
    CONTACT_MAP = "sociale_kaart"
    EVALUATION = "jaarevaluatie"


class ItemMode(StrEnum):
    ANONYMOUS = "anoniem"
    IDENTIFIABLE = "herkenbaar"


class ActionState(StrEnum):
    OPEN = "open"
    DONE = "gedaan"
    DROPPED = "vervallen"


KIND_LABELS = {
    MeetingKind.NEIGHBOURHOOD: QT_TRANSLATE_NOOP("meetings", "neighbourhood meeting"),
    MeetingKind.NEIGHBOURHOOD_YOUTH: QT_TRANSLATE_NOOP("meetings", "neighbourhood meeting on youth"),
    MeetingKind.MULTIDISCIPLINARY: QT_TRANSLATE_NOOP("meetings", "multidisciplinary meeting"),
    MeetingKind.GP_AND_PARTNERS: QT_TRANSLATE_NOOP("meetings", "GPs and partners"),
    MeetingKind.INTERNAL: QT_TRANSLATE_NOOP("meetings", "internal meeting"),
}

RHYTHM_LABELS = {
    Rhythm.WEEKLY: QT_TRANSLATE_NOOP("meetings", "weekly"),
    Rhythm.FORTNIGHTLY: QT_TRANSLATE_NOOP("meetings", "every two weeks"),
    Rhythm.MONTHLY: QT_TRANSLATE_NOOP("meetings", "monthly"),
    Rhythm.BIMONTHLY: QT_TRANSLATE_NOOP("meetings", "every two months"),
    Rhythm.TWICE_A_YEAR: QT_TRANSLATE_NOOP("meetings", "twice a year"),
    Rhythm.AD_HOC: QT_TRANSLATE_NOOP("meetings", "when needed"),
}

DUTY_LABELS = {
    MemberDuty.NONE: QT_TRANSLATE_NOOP("meetings", "member"),
    MemberDuty.CHAIR: QT_TRANSLATE_NOOP("meetings", "chair"),
    MemberDuty.MINUTES: QT_TRANSLATE_NOOP("meetings", "minutes"),
}

STATUS_LABELS = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("meetings", "planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("meetings", "held"),
    MeetingStatus.FINAL: QT_TRANSLATE_NOOP("meetings", "minutes final"),
}

PRESENCE_LABELS = {
    Presence.EXPECTED: QT_TRANSLATE_NOOP("meetings", "expected"),
    Presence.PRESENT: QT_TRANSLATE_NOOP("meetings", "present"),
    Presence.ABSENT: QT_TRANSLATE_NOOP("meetings", "absent"),
    Presence.REPLACED: QT_TRANSLATE_NOOP("meetings", "replaced"),
}

TOPIC_LABELS = {
    ItemTopic.CASE: QT_TRANSLATE_NOOP("meetings", "case"),
    ItemTopic.THEME: QT_TRANSLATE_NOOP("meetings", "theme"),
    ItemTopic.CONTACT_MAP: QT_TRANSLATE_NOOP("meetings", "sociale kaart"),
    ItemTopic.EVALUATION: QT_TRANSLATE_NOOP("meetings", "yearly evaluation"),
}

MODE_LABELS = {
    ItemMode.ANONYMOUS: QT_TRANSLATE_NOOP("meetings", "anonymous"),
    ItemMode.IDENTIFIABLE: QT_TRANSLATE_NOOP("meetings", "identifiable"),
}

STATE_LABELS = {
    ActionState.OPEN: QT_TRANSLATE_NOOP("meetings", "open"),
    ActionState.DONE: QT_TRANSLATE_NOOP("meetings", "done"),
    ActionState.DROPPED: QT_TRANSLATE_NOOP("meetings", "dropped"),
}

ANONYMOUS_REMINDER = QT_TRANSLATE_NOOP(
    "meetings", "No names, initials, birth years, address or school: in a small neighbourhood a few details "
    "are enough to recognise a family.")

# Organisations whose people are bound by medical secrecy themselves (BIG-registered care): hearing a
# case there is not sharing it outside the circle of secrecy.
SECRECY_KINDS = frozenset({OrganisationKind.GP_PRACTICE, OrganisationKind.MENTAL_HEALTH,
                           OrganisationKind.YOUTH_HEALTH_CENTRE, OrganisationKind.SAFE_AT_HOME})


def secrecy_of_kind(kind: OrganisationKind | None) -> bool:
    """Whether people of an organisation of this kind are bound by medical secrecy."""
    return kind in SECRECY_KINDS


_MONTHS = {Rhythm.MONTHLY: 1, Rhythm.BIMONTHLY: 2, Rhythm.TWICE_A_YEAR: 6}
_DAYS = {Rhythm.WEEKLY: 7, Rhythm.FORTNIGHTLY: 14}


def proposed_dates(rhythm: Rhythm, after: date, count: int = 3) -> list[date]:
    """The next ``count`` dates in the series' rhythm after ``after``: a monthly series from 31 January
    proposes 28 (or 29) February, 31 March, 30 April; counted from ``after`` each time, so a short month
    does not pull the later dates forward. A series "when needed" proposes nothing."""
    if rhythm in _DAYS:
        return [after + timedelta(days=_DAYS[rhythm] * n) for n in range(1, count + 1)]
    if rhythm in _MONTHS:
        return [add_months(after, _MONTHS[rhythm] * n) for n in range(1, count + 1)]
    return []


def stale(verified_on: date | None, today: date, months: int) -> bool:
    """A contact to check before a meeting: never verified, or not within ``months``."""
    return verified_on is None or add_months(verified_on, months) <= today


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _token(text: str, word: str, *, fold: bool) -> bool:
    pattern = r"(?<![0-9A-Za-zÀ-ÿ])" + re.escape(word) + r"(?![0-9A-Za-zÀ-ÿ])"
    return re.search(pattern, text, re.IGNORECASE if fold else 0) is not None


def anonymity_problems(texts: Iterable[str], members: Iterable[HouseholdMember]) -> list[str]:
    """The household's initials (as typed, "M.A.", and without dots, "MA", as whole words) and birth
    years (as four-digit numbers) that occur in ``texts``, each once, in the household's order."""
    joined = "\n".join(t for t in texts if t)
    years = set(_YEAR.findall(joined))
    found: list[str] = []
    for member in members:
        typed = member.initials.strip()
        bare = typed.replace(".", "").replace(" ", "")
        named = bool(typed) and (_token(joined, typed, fold=True)
                                 or (len(bare) >= 2 and _token(joined, bare, fold=False)))
        year = str(member.birth_year) if member.birth_year is not None else ""
        for detail in (typed if named else "", year if year in years else ""):
            if detail and detail not in found:
                found.append(detail)
    return found


@dataclass(frozen=True, slots=True)
class SeriesMember:
    """Who usually comes: a person or organisation of the sociale kaart, or a practice user."""

    person_id: int | None = None
    organisation_id: int | None = None
    user_login: str = ""
    role: str = ""
    duty: MemberDuty = MemberDuty.NONE
    secrecy_override: bool | None = None     # None: from the organisation's kind (users: bound)
    series_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class MeetingSeries:
    name: str
    kind: MeetingKind
    rhythm: Rhythm
    place: str = ""
    members: tuple[SeriesMember, ...] = ()
    active: bool = True
    id: int | None = None
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    series_id: int
    on: date
    at: time | None = None
    duration_minutes: int = 90
    status: MeetingStatus = MeetingStatus.PLANNED
    place: str = ""                          # "" = the series' place
    id: int | None = None
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Attendee:
    meeting_id: int
    presence: Presence = Presence.EXPECTED
    member_id: int | None = None
    person_id: int | None = None
    organisation_id: int | None = None
    user_login: str = ""
    guest_name: str = ""
    role: str = ""
    replaced_by_person_id: int | None = None
    replaced_by_name: str = ""
    secrecy_override: bool | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    meeting_id: int
    topic: ItemTopic
    title: str = ""
    case_id: int | None = None
    question: str = ""
    brought_by: str = ""
    mode: ItemMode = ItemMode.ANONYMOUS
    shared_notes: str = ""
    internal_notes: str = ""                 # stays in the practice: never on a paper or a copy
    kindcheck_repeated: bool = False
    colleague_consulted: bool = False
    withheld_from: tuple[int, ...] = ()      # attendee ids that do not get this item in their copy
    position: int = 0
    timeline_entry_id: int | None = None
    kindcheck_entry_id: int | None = None
    advice_request_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class MeetingDecision:
    item_id: int
    text: str
    position: int = 0
    id: int | None = None


@dataclass(frozen=True, slots=True)
class MeetingAction:
    item_id: int
    what: str
    due: date | None = None
    owner_login: str = ""
    owner_person_id: int | None = None
    owner_organisation_id: int | None = None
    followup_id: int | None = None
    promise_id: int | None = None
    done_on: date | None = None
    position: int = 0
    id: int | None = None

    @property
    def partner(self) -> bool:
        """Someone outside the practice does it (a promise), not a practice user (a follow-up)."""
        return self.owner_login == ""
