"""One contact as it travels in a vCard or CSV file, and the field readers both formats share.

A card read from a file is not checked yet: phone numbers are as written, the certificate is raw bytes
and the organisation of a person is only a name. ``services.contact_exchange`` checks and links them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date

from ..domain.availability import Availability, parse_availability
from ..domain.contact_index import RowKind
from ..domain.contacts import KIND_LABELS, Organisation, OrganisationKind, Person
from ..domain.errors import InvalidValue, UnreadableContactFile
from ..domain.search import fold
from ..domain.text import QT_TRANSLATE_NOOP, Message

CTX = "contacts"
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class ContactCard:
    """A person (``organisation`` holds only the name of theirs, if any) or an organisation."""

    kind: RowKind
    person: Person | None = None
    organisation: Organisation | None = None

    @property
    def name(self) -> str:
        if self.kind == RowKind.PERSON and self.person is not None:
            return self.person.name
        return self.organisation.name if self.organisation is not None else ""

    @property
    def organisation_name(self) -> str:
        return self.organisation.name if self.organisation is not None else ""


@dataclass(frozen=True)
class ReadCard:
    """What one card (vCard) or row (CSV) of a file gave: ``number`` counts from 1 in the file."""

    number: int
    card: ContactCard | None
    errors: tuple[Message, ...] = ()


def message(source: str, **params: object) -> Message:
    return Message(CTX, source, params)


def unreadable(source: str, reason: str, **params: object) -> UnreadableContactFile:
    return UnreadableContactFile(path=source or "-", reason=message(reason, **params))


def decode_text(data: bytes) -> tuple[str, bool]:
    """The text of a file and whether it was UTF-8: a byte-order mark wins, then UTF-8, then
    Windows-1252 (what Outlook and Excel write on a Dutch Windows), Latin-1 for bytes 1252 lacks."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), True
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), True
    except UnicodeDecodeError:
        pass
    return data.decode("cp1252", errors=_LATIN1), False


def _as_latin1(error: UnicodeError) -> tuple[str, int]:
    """The five bytes Windows-1252 leaves undefined become the Latin-1 control characters."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("latin-1"), error.end


_LATIN1 = "wijkzorg-latin1"
codecs.register_error(_LATIN1, _as_latin1)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # not tab, line feed, form feed, carriage return
CONTROL_CHARACTER = QT_TRANSLATE_NOOP("contacts", "it holds a control character ({code}), which is not text")


def control_character(text: str) -> Message | None:
    """A problem naming the first control character other than tab and line breaks, if there is one."""
    found = _CONTROL.search(text)
    return message(CONTROL_CHARACTER, code=f"U+{ord(found.group()):04X}") if found else None


def printable(text: str) -> str:
    """``text`` with its control characters shown as \ufffd, to quote it in a message."""
    return _CONTROL.sub("\ufffd", text)


def looks_binary(text: str) -> bool:
    """Not a text file: a NUL in its first 4 KB, or more than one in a hundred other control characters.
    A stray one (a vertical tab, as Word-based editors write for a manual line break, pasted into a note) is
    an error of its row or card instead."""
    sample = text[:4096]
    return "\x00" in sample or len(_CONTROL.findall(sample)) > 1 + len(sample) // 100


def read_availability(text: str, problems: list[Message]) -> Availability:
    try:
        return parse_availability(text)
    except InvalidValue as exc:
        problems.append(exc.as_message())
        return Availability()


NOT_A_DATE = QT_TRANSLATE_NOOP("contacts", "\"{value}\" is not a date like 2024-03-31")


def read_day(text: str, problems: list[Message]) -> date | None:
    value = text.strip()
    if not value:
        return None
    for candidate in (value, _dutch_date(value)):
        if candidate and candidate.isascii():  # no "³" or "٣" for a digit
            try:
                return date.fromisoformat(candidate)
            except ValueError:
                continue
    problems.append(message(NOT_A_DATE, value=printable(value)))
    return None


def _dutch_date(value: str) -> str:
    """``31-3-2024`` or ``31/03/2024`` (how Dutch Excel shows dates) as ISO, else empty."""
    parts = value.replace("/", "-").replace(".", "-").split("-")
    if len(parts) == 3 and all(p.isascii() and p.isdigit() for p in parts) and len(parts[2]) == 4:
        return f"{parts[2]}-{int(parts[1]):02d}-{int(parts[0]):02d}"
    return ""


_YES = {"1", "ja", "j", "yes", "y", "true", "waar", "x"}
_NO = {"", "0", "nee", "n", "no", "false", "onwaar"}
NOT_YES_NO = QT_TRANSLATE_NOOP("contacts", "\"{value}\" is not yes or no (ja/nee)")


def read_flag(text: str, problems: list[Message]) -> bool:
    value = fold(text)
    if value in _YES:
        return True
    if value not in _NO:
        problems.append(message(NOT_YES_NO, value=text.strip()))
    return False


_KIND_WORDS: dict[str, OrganisationKind] = {
    **{fold(kind.value.replace("_", " ")): kind for kind in OrganisationKind},
    **{fold(kind.value): kind for kind in OrganisationKind},
    **{fold(label): kind for kind, label in KIND_LABELS.items()},
    "cjg": OrganisationKind.YOUTH_HEALTH_CENTRE, "jgz": OrganisationKind.YOUTH_HEALTH_CENTRE,
    "ggd": OrganisationKind.YOUTH_HEALTH_CENTRE, "vt": OrganisationKind.SAFE_AT_HOME,
    "huisarts": OrganisationKind.GP_PRACTICE, "ros": OrganisationKind.REGIONAL_SUPPORT,
    "zel": OrganisationKind.REGIONAL_SUPPORT, "maatschappelijk werk": OrganisationKind.SOCIAL_WORK,
    "wijkagent": OrganisationKind.POLICE, "overige": OrganisationKind.OTHER,
}
NOT_A_KIND = QT_TRANSLATE_NOOP("contacts", "\"{value}\" is not a kind of organisation we know")


def read_kind(text: str, problems: list[Message]) -> OrganisationKind:
    value = fold(text)
    if not value:
        return OrganisationKind.OTHER
    kind = _KIND_WORDS.get(value)
    if kind is None:
        problems.append(message(NOT_A_KIND, value=text.strip()))
        return OrganisationKind.OTHER
    return kind


def at_line(line: int, problem: Message) -> Message:
    return message(QT_TRANSLATE_NOOP("contacts", "line {line}: {problem}"), line=line, problem=problem)
