"""Checking and tidying what is typed into a contact: Dutch phone numbers, e-mail, dates, certificate.

Phone numbers are kept in E.164 (``+31301234567``) and shown in Dutch format (``030 123 4567``);
a form is refused as a whole with every wrong field named, so nothing half-right is saved.

A number that is neither Dutch nor international (``(555) 123-4567`` without its country code, or a
label such as ``BusinessPhone`` where the number should be) can come in from another address book. It
is kept as written, not in E.164, and is shown as written with a warning to check it; the person is
not refused for it. A number typed in the form must still be readable, unless it is the one already
stored.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from dataclasses import replace

import phonenumbers

from ..documents import certificates
from ..domain.contacts import (
    PHONE_KINDS,
    Channel,
    ChannelKind,
    Organisation,
    Person,
    valid_email,
)
from ..domain.errors import FormInvalid, InvalidValue
from ..domain.text import QT_TRANSLATE_NOOP, Message

REGION = "NL"

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("fields", "name"),
    "organisation": QT_TRANSLATE_NOOP("fields", "organisation"),
    "channels": QT_TRANSLATE_NOOP("fields", "channels"),
    "phone": QT_TRANSLATE_NOOP("fields", "general number"),
    "crisis_phone": QT_TRANSLATE_NOOP("fields", "crisis number"),
    "secure_email": QT_TRANSLATE_NOOP("fields", "secure e-mail"),
    "website": QT_TRANSLATE_NOOP("fields", "website"),
    "liaison": QT_TRANSLATE_NOOP("fields", "liaison in our practice"),
    "certificate": QT_TRANSLATE_NOOP("fields", "certificate"),
}

NOT_A_PHONE = QT_TRANSLATE_NOOP("contacts", "\"{value}\" is not a valid phone number")
NOT_AN_EMAIL = QT_TRANSLATE_NOOP("contacts", "\"{value}\" is not a valid e-mail address")
NOT_A_WEBSITE = QT_TRANSLATE_NOOP("contacts", "\"{value}\" is not a web address")
_WEBSITE = re.compile(r"^(https?://)?[\w-]+(\.[\w-]+)+(:\d+)?(/\S*)?$", re.IGNORECASE)


def phone_to_e164(text: str) -> str | None:
    """``030-1234567``, ``+31 30 123 45 67``, ``0031...`` -> ``+31301234567``; ``None`` if invalid."""
    value = text.strip()
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def readable_phone(stored: str) -> bool:
    """Whether a stored number is one we read (E.164), not one kept as written."""
    return stored.startswith("+") and phone_to_e164(stored) == stored


@functools.lru_cache(maxsize=65536)
def display_phone(stored: str) -> str:
    """Dutch numbers in Dutch format (``030 123 4567``), foreign ones internationally, a number kept as
    written as it was written. Remembered per number: lists of thousands show the same numbers again."""
    if not readable_phone(stored):
        return stored
    number = phonenumbers.parse(stored, REGION)
    if number.country_code == 31:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def display_channel(channel: Channel) -> str:
    return display_phone(channel.value) if channel.kind in PHONE_KINDS else channel.value


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


KEEP_AS_WRITTEN: Container[str] = _Everything()
"""For ``check_person``/``check_organisation`` on an import: every unreadable number stays as written."""

PHONE_AS_WRITTEN = QT_TRANSLATE_NOOP(
    "contacts", "\"{value}\" is not a Dutch or international phone number; it is kept as written: check it")


def phone_warnings(person: Person | None = None, organisation: Organisation | None = None) -> list[Message]:
    """A warning for each number kept as written, for the import preview."""
    numbers = [c.value for c in person.channels if c.kind in PHONE_KINDS] if person is not None else []
    if organisation is not None:
        numbers += [organisation.phone, organisation.crisis_phone]
    return [Message("contacts", PHONE_AS_WRITTEN, {"value": n}) for n in numbers if n and not readable_phone(n)]


def kept_numbers(person: Person | None = None, organisation: Organisation | None = None) -> frozenset[str]:
    """The numbers of a stored person or organisation that are kept as written: saving the form again
    keeps them."""
    numbers = [c.value for c in person.channels if c.kind in PHONE_KINDS] if person is not None else []
    if organisation is not None:
        numbers += [organisation.phone, organisation.crisis_phone]
    return frozenset(n for n in numbers if n and not readable_phone(n))


class _Errors:
    def __init__(self, as_written: Container[str] = frozenset()) -> None:
        self.errors: dict[str, Message] = {}
        self.as_written = as_written

    def add(self, key: str, reason: str, **params: object) -> None:
        self.errors.setdefault(key, Message("contacts", reason, params))

    def raise_if_any(self) -> None:
        if self.errors:
            fields = dict.fromkeys(key.split(".")[0] for key in self.errors)
            raise FormInvalid(self.errors, [Message("fields", FIELD_LABELS.get(f, f)) for f in fields])


def _phone(errors: _Errors, key: str, value: str) -> str:
    if not value.strip():
        return ""
    e164 = phone_to_e164(value)
    if e164 is None:
        written = " ".join(value.split())
        if written not in errors.as_written:
            errors.add(key, NOT_A_PHONE, value=value.strip())
        return written
    return e164


def _email(errors: _Errors, key: str, value: str) -> str:
    value = value.strip()
    if value and not valid_email(value):
        errors.add(key, NOT_AN_EMAIL, value=value)
    return value


def _certificate(errors: _Errors, data: bytes | None) -> bytes | None:
    if data is None:
        return None
    try:
        return certificates.load(data)
    except InvalidValue as exc:
        reason = exc.params["reason"]
        errors.errors.setdefault("certificate", reason if isinstance(reason, Message) else
                                 Message("contacts", str(reason)))
        return None


def _channels(errors: _Errors, channels: tuple[Channel, ...]) -> tuple[Channel, ...]:
    tidy: list[Channel] = []
    for i, channel in enumerate(channels):
        key = f"channels.{i}"
        value = channel.value.strip()
        if not value:
            continue
        if channel.kind in PHONE_KINDS:
            value = _phone(errors, key, value)
        elif channel.kind in (ChannelKind.EMAIL, ChannelKind.SECURE_EMAIL):
            value = _email(errors, key, value)
        tidy.append(Channel(channel.kind, value, channel.preferred))
    if sum(c.preferred for c in tidy) > 1:
        errors.add("channels", QT_TRANSLATE_NOOP("contacts", "choose one preferred channel"))
    if tidy and not any(c.preferred for c in tidy):
        tidy[0] = replace(tidy[0], preferred=True)
    return tuple(tidy)


def check_person(person: Person, logins: set[str], organisation_ids: set[int],
                 as_written: Container[str] = frozenset()) -> Person:
    """``person`` tidied (trimmed text, E.164 phones, DER certificate), or ``FormInvalid``. A phone
    number in ``as_written`` that cannot be read is kept as written instead of refused."""
    errors = _Errors(as_written)
    name = " ".join(person.name.split())
    if not name:
        errors.add("name", QT_TRANSLATE_NOOP("contacts", "a name is required"))
    if person.organisation_id is not None and person.organisation_id not in organisation_ids:
        errors.add("organisation", QT_TRANSLATE_NOOP("contacts", "this organisation no longer exists"))
    channels = _channels(errors, person.channels)
    if person.liaison_login and person.liaison_login not in logins:
        errors.add("liaison", QT_TRANSLATE_NOOP("contacts", "{value} is not a user of this practice"),
                   value=person.liaison_login)
    certificate = _certificate(errors, person.certificate)
    errors.raise_if_any()
    return replace(person, name=name, function=person.function.strip(), channels=channels,
                   notes=person.notes.strip(), certificate=certificate)


def check_organisation(org: Organisation, as_written: Container[str] = frozenset()) -> Organisation:
    errors = _Errors(as_written)
    name = " ".join(org.name.split())
    if not name:
        errors.add("name", QT_TRANSLATE_NOOP("contacts", "a name is required"))
    phone = _phone(errors, "phone", org.phone)
    crisis = _phone(errors, "crisis_phone", org.crisis_phone)
    email = _email(errors, "secure_email", org.secure_email)
    website = org.website.strip()
    if website and not _WEBSITE.match(website):
        errors.add("website", NOT_A_WEBSITE, value=website)
    municipalities = tuple(dict.fromkeys(m.strip() for m in org.municipalities if m.strip()))
    certificate = _certificate(errors, org.certificate)
    errors.raise_if_any()
    return replace(org, name=name, phone=phone, crisis_phone=crisis, secure_email=email, website=website,
                   municipalities=municipalities, address=org.address.strip(), notes=org.notes.strip(),
                   certificate=certificate)
