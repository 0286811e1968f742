"""Practice-wide settings kept inside the vault."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .errors import InvalidValue, MissingField
from .text import QT_TRANSLATE_NOOP, Message

MIN_LOCK_MINUTES = 1
MAX_LOCK_MINUTES = 60
MIN_VERIFY_MONTHS = 1
MAX_VERIFY_MONTHS = 60


@dataclass(frozen=True)
class PracticeSettings:
    name: str
    lock_minutes: int
    # The letterhead of the practice's documents; all optional.
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    # A contact not verified within this many months is listed "to check" before a meeting.
    verify_after_months: int = 12

    def validated(self) -> PracticeSettings:
        name = self.name.strip()
        if not name:
            raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "practice name")))
        if not MIN_LOCK_MINUTES <= self.lock_minutes <= MAX_LOCK_MINUTES:
            raise InvalidValue(
                field=Message("fields", QT_TRANSLATE_NOOP("fields", "lock after minutes")),
                reason=f"{MIN_LOCK_MINUTES}-{MAX_LOCK_MINUTES}",
            )
        if not MIN_VERIFY_MONTHS <= self.verify_after_months <= MAX_VERIFY_MONTHS:
            raise InvalidValue(
                field=Message("fields", QT_TRANSLATE_NOOP("fields", "check contacts after months")),
                reason=f"{MIN_VERIFY_MONTHS}-{MAX_VERIFY_MONTHS}",
            )
        return replace(self, name=name, address=self.address.strip(), phone=self.phone.strip(),
                       email=self.email.strip(), website=self.website.strip())
