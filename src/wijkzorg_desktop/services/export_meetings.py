"""The meetings of ``wijkzorg export-json`` (key ``meetings``): series with their members, meetings with
attendance, agenda items (internal notes included: the export is the practice's own whole vault), decisions
and actions with their state. Field names as in the code, dates YYYY-MM-DD, times HH:MM, choices as stored."""

from __future__ import annotations

from collections.abc import Iterator

from ..store import export_reads
from ..store.connection import Connection
from .export_cases import plain


def iter_series(conn: Connection) -> Iterator[dict[str, object]]:
    for series in export_reads.series_by_id(conn):
        yield plain(series)  # type: ignore[misc]


def iter_meetings(conn: Connection) -> Iterator[dict[str, object]]:
    """Every meeting by id with everything in it; one read per kind of record, a meeting held at a time."""
    for meeting, attendance, items, decisions, actions in export_reads.meetings_by_id(conn):
        yield {
            **plain(meeting),  # type: ignore[dict-item]
            "attendance": plain(attendance),
            "items": [{**plain(item),  # type: ignore[dict-item]
                       "decisions": plain(decisions.get(int(item.id or 0), [])),
                       "actions": [{**plain(action), "state": state.value}  # type: ignore[dict-item]
                                   for action, state in actions.get(int(item.id or 0), [])]}
                      for item in items],
        }
