"""The sociale kaart as one list of rows (organisations and people), filtered and searched in memory.

Rows are built once per load (see services.contacts); filtering them is pure Python on folded text, so
searching as you type needs no database round trip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .availability import Availability, Reachability
from .contacts import ChannelKind, OrganisationKind
from .search import fold, matches, terms


class RowKind(StrEnum):
    ORGANISATION = "organisation"
    PERSON = "person"


@dataclass(frozen=True, slots=True)
class ContactRow:
    kind: RowKind
    id: int
    name: str
    organisation: str
    organisation_id: int | None
    organisation_kind: OrganisationKind
    function: str
    municipalities: tuple[str, ...]
    channel: str
    availability: Availability
    needs_check: bool
    departed: bool = False
    notes: str = ""
    channel_kind: ChannelKind | None = None
    haystack: str = field(default="", compare=False)

    @staticmethod
    def make(**values: object) -> ContactRow:
        # slots and one construction: the sociale kaart at 10x is 33,000 rows, held by several lists
        text = " ".join([str(values["name"]), str(values["organisation"]), str(values["function"]),
                         " ".join(values["municipalities"]), str(values.get("notes", "")),  # type: ignore[arg-type]
                         str(values["channel"])])
        return ContactRow(**values, haystack=fold(text))  # type: ignore[arg-type]

    def reachability(self, moment: datetime) -> Reachability:
        return self.availability.at(moment)


@dataclass(frozen=True)
class ContactFilter:
    query: str = ""
    kind: OrganisationKind | None = None
    municipality: str = ""
    function: str = ""
    reachable_now: bool = False
    to_check: bool = False
    show_organisations: bool = True
    show_departed: bool = False


def select(rows: list[ContactRow], flt: ContactFilter, now: datetime) -> list[ContactRow]:
    """The rows that pass every part of the filter, in the order given."""
    query = terms(flt.query)
    municipality = fold(flt.municipality)
    function = fold(flt.function)
    found = []
    for row in rows:
        if row.kind == RowKind.ORGANISATION and not flt.show_organisations:
            continue
        if row.departed and not flt.show_departed:
            continue
        if flt.kind is not None and row.organisation_kind != flt.kind:
            continue
        if municipality and municipality not in (fold(m) for m in row.municipalities):
            continue
        if function and fold(row.function) != function:
            continue
        if flt.to_check and not row.needs_check:
            continue
        if query and not matches(query, row.haystack):
            continue
        if flt.reachable_now and row.availability.at(now) != Reachability.REACHABLE:
            continue
        found.append(row)
    return found
