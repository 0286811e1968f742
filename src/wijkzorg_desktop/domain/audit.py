"""The NEN 7513 audit trail: what a record holds and how records are chained."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from enum import StrEnum

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


@dataclass(frozen=True)
class ChainProblem:
    record_id: int
    reason: Message


def verify_chain(records: list[AuditRecord]) -> list[ChainProblem]:
    """Every problem in a run of records ordered by id: edited records, gaps, broken links."""
    problems: list[ChainProblem] = []
    prev_hash = GENESIS_HASH
    expected_id = 1
    for record in records:
        if record.id != expected_id:
            problems.append(ChainProblem(record.id, Message("audit", QT_TRANSLATE_NOOP(
                "audit", "records {first} to {last} before it are missing"),
                {"first": expected_id, "last": record.id - 1})))
        if record.prev_hash != prev_hash:
            problems.append(ChainProblem(record.id, Message("audit", QT_TRANSLATE_NOOP(
                "audit", "its link to the previous record is broken"))))
        if record_hash(asdict(record)) != record.hash:
            problems.append(ChainProblem(record.id, Message("audit", QT_TRANSLATE_NOOP(
                "audit", "its content does not match its hash"))))
        prev_hash = record.hash
        expected_id = record.id + 1
    return problems


@dataclass(frozen=True)
class AuditFilter:
    user_login: str = ""
    action: str = ""
    object_text: str = ""
    date_from: str = ""  # YYYY-MM-DD, inclusive, UTC
    date_to: str = ""  # YYYY-MM-DD, inclusive, UTC
    case_id: str = ""  # exactly this case: "who looked at this family?"
    limit: int = 1000
