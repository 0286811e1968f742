"""The NEN 7513 audit trail: what a record holds and how records are chained."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import astuple, dataclass
from enum import StrEnum
from json.encoder import encode_basestring
from operator import itemgetter

from .text import QT_TRANSLATE_NOOP, Message

GENESIS_HASH = "0" * 64


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGOUT = "logout"
    LOCK = "lock"
    FAILED_UNLOCK = "failed_unlock"
    CREATE = "create"
    READ = "read"
    UPDATE = "update"
    DELETE = "delete"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    SEARCH = "search"
    SETTINGS = "settings"


class Outcome(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"


@dataclass(frozen=True)
class AuditEntry:
    """What a service asks to be recorded; the store adds time, chain and id."""

    action: AuditAction
    object_type: str = ""
    object_id: str = ""
    case_id: str = ""
    outcome: Outcome = Outcome.SUCCESS
    detail: str = ""


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: str
    user_login: str
    user_role: str
    workstation: str
    action: str
    object_type: str
    object_id: str
    case_id: str
    outcome: str
    detail: str
    prev_hash: str
    hash: str


_HASHED_FIELDS = (
    "id", "at", "user_login", "user_role", "workstation", "action",
    "object_type", "object_id", "case_id", "outcome", "detail", "prev_hash",
)


def record_hash(fields: dict[str, object]) -> str:
    """SHA-256 over the canonical JSON of a record's fields, the previous hash included."""
    payload = json.dumps({k: fields[k] for k in _HASHED_FIELDS}, sort_keys=True, ensure_ascii=False,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


ROW_FIELDS = (*_HASHED_FIELDS, "hash")
"""The columns of a record row, in the order of ``AuditRecord``'s fields."""

# The canonical JSON of ``record_hash`` as one format: the keys in sorted order, no spaces; strings written
# by the same encode_basestring json.dumps uses with ensure_ascii=False (it refuses anything but a str),
# the id as json writes an int (int.__repr__).
_ORDER = sorted(_HASHED_FIELDS)
_ID = _HASHED_FIELDS.index("id")
_FORMAT = "{" + ",".join(f"{encode_basestring(name)}:%s" for name in _ORDER) + "}"
_STRINGS_BEFORE_ID = itemgetter(*(_HASHED_FIELDS.index(name) for name in _ORDER[:_ORDER.index("id")]))
_STRINGS_AFTER_ID = itemgetter(*(_HASHED_FIELDS.index(name) for name in _ORDER[_ORDER.index("id") + 1:]))


def row_hash(row: tuple) -> str:
    """``record_hash`` of a record row (``ROW_FIELDS`` order) without building a dict: the same text when
    the id is an int and every other field a str; ``record_hash`` itself for any other value."""
    record_id = row[_ID]
    try:
        if type(record_id) is not int:
            raise TypeError(record_id)
        payload = _FORMAT % (*map(encode_basestring, _STRINGS_BEFORE_ID(row)), int.__repr__(record_id),
                             *map(encode_basestring, _STRINGS_AFTER_ID(row)))
    except TypeError:
        return record_hash(dict(zip(ROW_FIELDS, row, strict=False)))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    record_id: int
    reason: Message


class ChainCheck:
    """``verify_chain`` fed record rows a run at a time (``ROW_FIELDS`` order, ids ascending), so a log of
    millions of records is checked without holding it."""

    def __init__(self) -> None:
        self.problems: list[ChainProblem] = []
        self.prev_hash = GENESIS_HASH
        self.expected_id = 1

    def feed(self, rows: Iterable[tuple]) -> None:
        problems, prev_hash, expected_id = self.problems, self.prev_hash, self.expected_id
        for row in rows:
            record_id, stored_prev, stored_hash = row[0], row[11], row[12]
            if record_id != expected_id:
                problems.append(ChainProblem(record_id, Message("audit", QT_TRANSLATE_NOOP(
                    "audit", "records {first} to {last} before it are missing"),
                    {"first": expected_id, "last": record_id - 1})))
            if stored_prev != prev_hash:
                problems.append(ChainProblem(record_id, Message("audit", QT_TRANSLATE_NOOP(
                    "audit", "its link to the previous record is broken"))))
            if row_hash(row) != stored_hash:
                problems.append(ChainProblem(record_id, Message("audit", QT_TRANSLATE_NOOP(
                    "audit", "its content does not match its hash"))))
            prev_hash = stored_hash
            expected_id = record_id + 1
        self.prev_hash, self.expected_id = prev_hash, expected_id


def verify_chain(records: list[AuditRecord]) -> list[ChainProblem]:
    """Every problem in a run of records ordered by id: edited records, gaps, broken links."""
    check = ChainCheck()
    check.feed(astuple(r) for r in records)
    return check.problems


@dataclass(frozen=True)
class AuditFilter:
    user_login: str = ""
    action: str = ""
    object_text: str = ""
    date_from: str = ""  # YYYY-MM-DD, inclusive, UTC
    date_to: str = ""  # YYYY-MM-DD, inclusive, UTC
    case_id: str = ""  # exactly this case: "who looked at this family?"
    limit: int = 1000
