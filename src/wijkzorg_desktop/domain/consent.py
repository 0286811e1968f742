"""Toestemming: may this case be shared with this recipient for this purpose, and on which basis?

Consent is recorded per household member, recipient and purpose. Whose consent counts: the parents,
and the children from 12 years (WGBO: from 12 the child decides with the parents, from 16 alone; a
family case is about the parents too, so theirs is always asked).

Without consent, sharing needs a recorded basis: meldrecht (Wmo 2015 art. 5.2.6), which holds only
toward Veilig Thuis, or conflict van plichten with its weighing answered in full.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP, Message

CONSENT_AGE = 12


class ConsentStatus(StrEnum):
    GIVEN = "gegeven"
    REFUSED = "geweigerd"
    NOT_ASKED = "niet_gevraagd"
    WITHDRAWN = "ingetrokken"


STATUS_LABELS = {
    ConsentStatus.GIVEN: QT_TRANSLATE_NOOP("consent", "given"),
    ConsentStatus.REFUSED: QT_TRANSLATE_NOOP("consent", "refused"),
    ConsentStatus.NOT_ASKED: QT_TRANSLATE_NOOP("consent", "not asked"),
    ConsentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("consent", "withdrawn"),
}


class ConsentForm(StrEnum):
    ORAL = "mondeling"
    WRITTEN = "schriftelijk"


class Purpose(StrEnum):
    REPORT = "melding"            # advies or melding at Veilig Thuis
    HANDOVER = "overdracht"       # handing a family over (signed PDF, case file)
    MEETING = "overleg"           # discussing the case in a sociaal wijkoverleg or MDO
    EXCHANGE = "informatie"       # exchanging information with a partner


PURPOSE_LABELS = {
    Purpose.REPORT: QT_TRANSLATE_NOOP("consent", "advice or report to Veilig Thuis"),
    Purpose.HANDOVER: QT_TRANSLATE_NOOP("consent", "handover"),
    Purpose.MEETING: QT_TRANSLATE_NOOP("consent", "discussion in a meeting"),
    Purpose.EXCHANGE: QT_TRANSLATE_NOOP("consent", "exchange of information"),
}


class SharingBasis(StrEnum):
    CONSENT = "toestemming"
    RIGHT_TO_REPORT = "meldrecht"
    CONFLICT_OF_DUTIES = "conflict_van_plichten"


BASIS_LABELS = {
    SharingBasis.CONSENT: QT_TRANSLATE_NOOP("consent", "consent"),
    SharingBasis.RIGHT_TO_REPORT: QT_TRANSLATE_NOOP("consent", "right to report (Wmo 2015 art. 5.2.6)"),
    SharingBasis.CONFLICT_OF_DUTIES: QT_TRANSLATE_NOOP("consent", "conflict of duties"),
}


@dataclass(frozen=True)
class Recipient:
    """A person or an organisation of the sociale kaart."""

    kind: str  # "person" | "organisation"
    id: int


@dataclass(frozen=True)
class Consent:
    member_id: int
    recipient: Recipient
    purpose: Purpose
    status: ConsentStatus
    on: date
    form: ConsentForm | None = None
    recorded_by: str = ""
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Weighing:
    """Conflict van plichten: the questions the KNMG asks before breaking professional secrecy."""

    serious_interest: str = ""        # which serious interest (the child's safety) is at stake?
    other_way: str = ""               # is there another way than breaking secrecy? why not?
    why_no_consent: str = ""          # why consent cannot be asked, or was refused
    outweighs: bool | None = None     # does that interest outweigh professional secrecy?
    what_to_whom: str = ""            # who gets which information (no more than needed)

    @property
    def complete(self) -> bool:
        texts = (self.serious_interest, self.other_way, self.why_no_consent, self.what_to_whom)
        return all(t.strip() for t in texts) and self.outweighs is True


@dataclass(frozen=True)
class BasisRecord:
    """Sharing without consent, recorded with its basis and (for conflict van plichten) its weighing."""

    basis: SharingBasis
    recipient: Recipient
    purpose: Purpose
    on: date
    recorded_by: str = ""
    weighing: Weighing | None = None
    id: int | None = None


@dataclass(frozen=True)
class Member:
    id: int
    label: str            # initials, as shown
    parent: bool
    age: int | None


@dataclass(frozen=True)
class SharingAnswer:
    allowed: bool
    basis: SharingBasis | None
    reasons: tuple[Message, ...]


def consenting_members(members: Iterable[Member]) -> list[Member]:
    """Whose consent counts: the parents and the children of 12 or older (age unknown counts too:
    better to ask once too often). With no parent in the household, the children alone."""
    members = list(members)
    counted = [m for m in members if m.parent or m.age is None or m.age >= CONSENT_AGE]
    return counted or members


def latest(consents: Iterable[Consent], member_id: int, recipients: Sequence[Recipient],
           purpose: Purpose) -> Consent | None:
    """The member's latest word toward any of ``recipients`` for ``purpose`` (later id wins a tie)."""
    found = [c for c in consents
             if c.member_id == member_id and c.recipient in recipients and c.purpose == purpose]
    return max(found, key=lambda c: (c.on, c.id or 0), default=None)


def _reason(text: str, **params: object) -> Message:
    return Message("consent", text, params)


def purpose_toward(purpose: Purpose, to_safe_at_home: bool) -> Purpose:
    """What sharing a family's case is for, given where it goes: handing it over or passing information to
    Veilig Thuis is an advice or melding there, where the meldrecht applies. Discussing it in a meeting
    stays a meeting."""
    if to_safe_at_home and purpose in (Purpose.HANDOVER, Purpose.EXCHANGE):
        return Purpose.REPORT
    return purpose


def may_share(members: Iterable[Member], consents: Iterable[Consent], bases: Iterable[BasisRecord],
              recipients: Sequence[Recipient], purpose: Purpose, to_safe_at_home: bool) -> SharingAnswer:
    """``recipients``: the recipient and what covers it (a person and their organisation: consent
    toward the organisation covers its people). ``to_safe_at_home``: the recipient is Veilig Thuis."""
    consents = list(consents)
    needed = consenting_members(members)
    missing: list[Message] = []
    for member in needed:
        word = latest(consents, member.id, recipients, purpose)
        status = word.status if word else ConsentStatus.NOT_ASKED
        if status != ConsentStatus.GIVEN:
            missing.append(_reason(QT_TRANSLATE_NOOP("consent", "{member}: consent {status}"),
                                   member=member.label, status=Message("consent", STATUS_LABELS[status])))
    if needed and not missing:
        return SharingAnswer(True, SharingBasis.CONSENT, ())
    reasons = list(missing)
    if not needed:
        reasons.append(_reason(QT_TRANSLATE_NOOP("consent", "the case has no household members yet")))
    relevant = [b for b in bases if b.recipient in recipients and b.purpose == purpose]
    for record in sorted(relevant, key=lambda b: (b.on, b.id or 0), reverse=True):
        if record.basis == SharingBasis.RIGHT_TO_REPORT:
            if to_safe_at_home:
                return SharingAnswer(True, SharingBasis.RIGHT_TO_REPORT, tuple(reasons))
            reasons.append(_reason(QT_TRANSLATE_NOOP(
                "consent", "the right to report holds only toward Veilig Thuis")))
        elif record.basis == SharingBasis.CONFLICT_OF_DUTIES:
            if record.weighing is not None and record.weighing.complete:
                return SharingAnswer(True, SharingBasis.CONFLICT_OF_DUTIES, tuple(reasons))
            reasons.append(_reason(QT_TRANSLATE_NOOP(
                "consent", "the weighing for a conflict of duties is not complete")))
    return SharingAnswer(False, None, tuple(reasons))
