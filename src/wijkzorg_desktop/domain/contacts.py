"""The sociale kaart: partner organisations, the people in them, how and when to reach them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .availability import Availability
from .text import QT_TRANSLATE_NOOP

VERIFY_AFTER_MONTHS = 12


class OrganisationKind(StrEnum):
    NEIGHBOURHOOD_TEAM = "wijkteam"
    SAFE_AT_HOME = "veilig_thuis"
    YOUTH_HEALTH_CENTRE = "cjg_jgz"
    SCHOOL = "school"
    POLICE = "politie"
    SOCIAL_WORK = "amw"
    OUTREACH_CARE = "bemoeizorg"
    YOUTH_WORK = "jongerenwerk"
    MUNICIPALITY = "gemeente"
    MENTAL_HEALTH = "ggz"
    GP_PRACTICE = "huisartsenpraktijk"
    REGIONAL_SUPPORT = "ros_zel"
    OTHER = "overig"


KIND_LABELS: dict[OrganisationKind, str] = {
    OrganisationKind.NEIGHBOURHOOD_TEAM: QT_TRANSLATE_NOOP("contacts", "Neighbourhood team"),
    OrganisationKind.SAFE_AT_HOME: QT_TRANSLATE_NOOP("contacts", "Veilig Thuis"),
    OrganisationKind.YOUTH_HEALTH_CENTRE: QT_TRANSLATE_NOOP("contacts", "CJG / youth health care"),
    OrganisationKind.SCHOOL: QT_TRANSLATE_NOOP("contacts", "School"),
    OrganisationKind.POLICE: QT_TRANSLATE_NOOP("contacts", "Police"),
    OrganisationKind.SOCIAL_WORK: QT_TRANSLATE_NOOP("contacts", "Social work"),
    OrganisationKind.OUTREACH_CARE: QT_TRANSLATE_NOOP("contacts", "Outreach care"),
    OrganisationKind.YOUTH_WORK: QT_TRANSLATE_NOOP("contacts", "Youth work"),
    OrganisationKind.MUNICIPALITY: QT_TRANSLATE_NOOP("contacts", "Municipality"),
    OrganisationKind.MENTAL_HEALTH: QT_TRANSLATE_NOOP("contacts", "Mental health care"),
    OrganisationKind.GP_PRACTICE: QT_TRANSLATE_NOOP("contacts", "GP practice"),
    OrganisationKind.REGIONAL_SUPPORT: QT_TRANSLATE_NOOP("contacts", "ROS / ZEL"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("contacts", "Other"),
}

# Offered in the function field; any other text is allowed too. Dutch, as partners call themselves.
FUNCTIONS = (
    "jeugdverpleegkundige", "jeugdarts", "gezinsregisseur", "gezinsspecialist", "aandachtsfunctionaris",
    "vertrouwensarts", "procesregisseur", "IB'er", "wijkagent", "maatschappelijk werker",
    "wijkcoördinator",
)


class ChannelKind(StrEnum):
    PHONE = "telefoon"
    MOBILE = "mobiel"
    EMAIL = "email"
    SECURE_EMAIL = "beveiligde_email"
    SIILO = "siilo"


CHANNEL_LABELS: dict[ChannelKind, str] = {
    ChannelKind.PHONE: QT_TRANSLATE_NOOP("contacts", "Phone"),
    ChannelKind.MOBILE: QT_TRANSLATE_NOOP("contacts", "Mobile"),
    ChannelKind.EMAIL: QT_TRANSLATE_NOOP("contacts", "E-mail"),
    ChannelKind.SECURE_EMAIL: QT_TRANSLATE_NOOP("contacts", "Secure e-mail"),
    ChannelKind.SIILO: QT_TRANSLATE_NOOP("contacts", "Siilo"),
}

PHONE_KINDS = frozenset({ChannelKind.PHONE, ChannelKind.MOBILE})


@dataclass(frozen=True, slots=True)
class Channel:
    kind: ChannelKind
    value: str
    preferred: bool = False


@dataclass(frozen=True, slots=True)
class CertificateInfo:
    """What a person needs to recognise a certificate; the DER bytes travel beside it."""

    subject: str
    issuer: str
    not_before: str
    not_after: str
    sha256: str


@dataclass(frozen=True, slots=True)
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    municipalities: tuple[str, ...] = ()
    address: str = ""
    phone: str = ""
    crisis_phone: str = ""
    secure_email: str = ""
    website: str = ""
    opening_hours: Availability = field(default_factory=Availability)
    notes: str = ""
    certificate: bytes | None = None
    id: int | None = None
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    organisation_id: int | None = None
    function: str = ""
    channels: tuple[Channel, ...] = ()
    availability: Availability = field(default_factory=Availability)
    liaison_login: str = ""
    verified_on: date | None = None
    known_since: date | None = None
    notes: str = ""
    certificate: bytes | None = None
    departed: bool = False
    departed_on: date | None = None      # None while not departed, or marked before the day was kept
    successor_id: int | None = None      # who took over, a person of the map
    id: int | None = None
    updated_at: str = ""

    @property
    def preferred_channel(self) -> Channel | None:
        for channel in self.channels:
            if channel.preferred:
                return channel
        return self.channels[0] if self.channels else None


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def needs_check(verified_on: date | None, today: date) -> bool:
    """People change jobs: a contact not verified in the last 12 months is to be checked ("controleren").
    One never verified is too."""
    return verified_on is None or add_months(verified_on, VERIFY_AFTER_MONTHS) <= today


_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")


def valid_email(text: str) -> bool:
    value = text.strip()
    return len(value) <= 254 and bool(_EMAIL.match(value)) and ".." not in value


SIILO_HINT = QT_TRANSLATE_NOOP("contacts", "name as found in Siilo, or its phone number")
