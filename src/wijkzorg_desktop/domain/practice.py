"""Practice-wide settings kept inside the vault."""

from __future__ import annotations

from dataclasses import dataclass, replace

from .errors import InvalidValue, MissingField
from .text import QT_TRANSLATE_NOOP, Message

MIN_LOCK_MINUTES = 1
MAX_LOCK_MINUTES = 60


@dataclass(frozen=True)
class PracticeSettings:
    name: str
    lock_minutes: int
    # The letterhead of the practice's documents; all optional.
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""

    def validated(self) -> PracticeSettings:
        name = self.name.strip()
        if not name:
            raise MissingField(field=Message("fields", QT_TRANSLATE_NOOP("fields", "practice name")))
        if not MIN_LOCK_MINUTES <= self.lock_minutes <= MAX_LOCK_MINUTES:
            raise InvalidValue(
                field=Message("fields", QT_TRANSLATE_NOOP("fields", "lock after minutes")),
                reason=f"{MIN_LOCK_MINUTES}-{MAX_LOCK_MINUTES}",
            )
        return replace(self, name=name, address=self.address.strip(), phone=self.phone.strip(),
                       email=self.email.strip(), website=self.website.strip())
