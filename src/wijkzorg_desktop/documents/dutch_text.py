"""Dutch as the PDFs write it: dates ("4 maart 2026"), phone numbers ("030 123 4567"), the domain's labels
in the words the program shows on screen, and people by name rather than login."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import date, datetime

import phonenumbers

from ..domain.availability import AMSTERDAM

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
WEEKDAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")


def long_date(day: date | None) -> str:
    return "" if day is None else f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: date | None) -> str:
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year}"


def long_datetime(moment: datetime) -> str:
    local = moment.astimezone(AMSTERDAM)
    return f"{long_date(local.date())}, {local:%H:%M}"


def weekday_date(day: date | None) -> str:
    return "" if day is None else f"{WEEKDAYS[day.weekday()]} {short_date(day)}"


def display_phone(stored: str) -> str:
    """Dutch numbers in Dutch format (``030 123 4567``), foreign ones internationally; a number kept as
    written (not E.164) as it was written."""
    try:
        number = phonenumbers.parse(stored, "NL")
    except phonenumbers.NumberParseException:
        return stored
    if not stored.startswith("+") or not phonenumbers.is_valid_number(number):
        return stored
    style = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 31
             else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, style)


@functools.cache
def _dutch() -> Callable[[str, str], str]:
    from .. import i18n  # the domain's labels speak English in code; a PDF is always Dutch

    return i18n.translator("nl")


def dutch(context: str, text: str) -> str:
    """A domain label (``QT_TRANSLATE_NOOP`` source) in the Dutch the program shows on screen."""
    return _dutch()(context, text)


def name_of(login: str, names: Mapping[str, str]) -> str:
    return names.get(login, login) if login else ""
