"""After an edit in an open case: what it changed, and only those parts of the case read again.

An edit runs inside ``Session.noting()``; the audit records it wrote say what it changed (a
``timeline_entry``, a ``promise``, ...). ``CaseChanges`` turns them into the ``CaseFile`` fields they touch
and ``read_parts`` reads only those, as Anki's operations return ``OpChanges`` and the window refreshes
what they name. These reads write no audit record: the edit's own record covers what it shows again, so
an edit never costs a second audited read of the whole case.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..domain.users import Permission
from .cases import PART_READERS, CaseFile, guard
from .involvement import RunningCheck, build_running_check
from .session import Change, Session

T = TypeVar("T")

READERS = PART_READERS  # how each field is read, the same as for opening the case

ALL_PARTS = frozenset(field.name for field in dataclasses.fields(CaseFile))

TOUCHED = "case"  # what ``cases.touch`` changes: ``case.updated_at``

PARTS_OF: dict[str, frozenset[str]] = {
    "case": frozenset({"case"}),
    "household_member": frozenset({"members", TOUCHED}),
    "case_party": frozenset({"parties", TOUCHED}),
    "promise": frozenset({"promises", TOUCHED}),
    "plan_item": frozenset({"plan", TOUCHED}),
    "timeline_entry": frozenset({"timeline", TOUCHED}),
    "meldcode_step": frozenset({"steps", TOUCHED}),
    "advice_request": frozenset({"advice_requests", TOUCHED}),
    "meldcode": frozenset({"no_advice_reason", TOUCHED}),
    "decision": frozenset({"decisions", TOUCHED}),
    "vt_contact": frozenset({"vt_contacts", TOUCHED}),
    "consent": frozenset({"consents"}),
    "sharing_basis": frozenset({"bases"}),
    "kindcheck": frozenset({"kindchecks"}),
    "followup": frozenset(),   # follow-ups are not part of the case file
}
"""The ``CaseFile`` fields an audit record of each object type changes, dependents included."""


def parts_of(change: Change) -> frozenset[str]:
    """The fields ``change`` touches; a document changes none, an object type not known here all of them."""
    if change.object_type.startswith("document."):
        return frozenset()
    return PARTS_OF.get(change.object_type, ALL_PARTS)


@dataclass(frozen=True)
class CaseChanges:
    """What an edit changed in case ``case_id``: the ``CaseFile`` fields to show again."""

    case_id: int
    parts: frozenset[str]

    @classmethod
    def of(cls, case_id: int, changes: Iterable[Change]) -> CaseChanges:
        found: set[str] = set()
        for change in changes:
            found |= parts_of(change)
        return cls(case_id, frozenset(found))


def read_parts(session: Session, case_id: int, parts: Collection[str]) -> dict[str, object]:
    """Only the named ``CaseFile`` fields of the case, read again without an audit record."""
    unknown = set(parts) - READERS.keys()
    if unknown:
        raise ValueError(f"not a part of a case file: {sorted(unknown)}")
    guard(session, Permission.VIEW_CASES, "case", str(case_id), case_id)
    return {part: READERS[part](session, case_id) for part in sorted(parts)}


@dataclass(frozen=True)
class Edited(Generic[T]):
    """An edit done: what the service returned, what it changed, and those parts read again with
    ``today`` (every tab counts from it; it changes when the window stays open past midnight)."""

    result: T
    changes: CaseChanges
    parts: dict[str, object]


def edit(session: Session, case_id: int, fn: Callable[[Session], T]) -> Edited[T]:
    """Run ``fn`` (a service call that changes case ``case_id``) and read again what it changed."""
    with session.noting() as noted:
        result = fn(session)
    changes = CaseChanges.of(case_id, noted)
    return Edited(result, changes, read_parts(session, case_id, changes.parts | {"today"}))


def running_check(session: Session, case_id: int) -> RunningCheck:
    """"Loopt het?" again after an edit of this case, as ``involvement.running_check`` gives it but not
    audited: it was audited when first shown, and the edit's record covers what it shows again."""
    guard(session, Permission.VIEW_CASES, "case", str(case_id), case_id)
    return build_running_check(session, case_id)

