"""Casussen: a family under a pseudonymous label, its household, who is involved and what happened.

No BSN anywhere: a household member is known by initials, birth year and, for a patient of this
practice, optionally the HIS patient number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .text import QT_TRANSLATE_NOOP


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "gesloten"


STATUS_LABELS = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("cases", "open"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("cases", "closed"),
}


class MemberRole(StrEnum):
    PARENT = "ouder"
    CHILD = "kind"
    OTHER = "overig"


MEMBER_ROLE_LABELS = {
    MemberRole.PARENT: QT_TRANSLATE_NOOP("cases", "parent"),
    MemberRole.CHILD: QT_TRANSLATE_NOOP("cases", "child"),
    MemberRole.OTHER: QT_TRANSLATE_NOOP("cases", "other"),
}


@dataclass(frozen=True, slots=True)
class Case:
    label: str
    status: CaseStatus = CaseStatus.OPEN
    responsible_login: str = ""
    summary: str = ""
    opened_on: date | None = None
    closed_on: date | None = None
    close_reason: str = ""
    id: int | None = None
    updated_at: str = ""

    @property
    def closed(self) -> bool:
        return self.status == CaseStatus.CLOSED


@dataclass(frozen=True, slots=True)
class HouseholdMember:
    case_id: int
    role: MemberRole
    initials: str
    birth_year: int | None = None
    is_patient: bool = False
    his_number: str = ""
    id: int | None = None

    def age(self, today: date) -> int | None:
        """Age in whole years as far as a birth year tells: this year's birthday may still come."""
        return None if self.birth_year is None else today.year - self.birth_year


_LABEL = re.compile(r"^Gezin [A-Z]-(\d{4})-(\d{3,})$")


def next_label(initial: str, year: int, existing: list[str]) -> str:
    """A pseudonym such as "Gezin K-2026-014": a letter chosen by the user, the year, a running number
    per year across all cases (so the letter alone never identifies a family)."""
    letter = (initial.strip()[:1] or "X").upper()
    if not letter.isalpha() or not letter.isascii():
        letter = "X"
    numbers = [int(m.group(2)) for m in map(_LABEL.match, existing) if m and int(m.group(1)) == year]
    return f"Gezin {letter}-{year}-{max(numbers, default=0) + 1:03d}"
