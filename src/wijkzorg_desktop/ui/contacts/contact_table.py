"""The sociale kaart as one table: organisations and people, whether each is reachable now, and which
people are due a check ("controleren")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache
from itertools import compress
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ...domain.availability import Reachability
from ...domain.contact_index import ContactFilter, ContactRow, RowKind
from ...domain.search import fold, terms
from ..table_model import SORT_ROLE, Index, SortedTable, TableModel
from .labels import kind_label, reachability_label

RowKey = tuple[RowKind, int]

WARNING = "#a15c00"
_DOTS = {Reachability.REACHABLE: "#1e7d32", Reachability.NOT_REACHABLE: "#9e9e9e",
         Reachability.UNKNOWN: ""}
_REACH_ORDER = {Reachability.REACHABLE: 0, Reachability.NOT_REACHABLE: 1, Reachability.UNKNOWN: 2}


_ROLES = frozenset(role.value for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole)) | {SORT_ROLE}
"""The roles the model answers: the others (asked for every cell at every paint) return at once."""


def row_key(row: ContactRow) -> RowKey:
    return (row.kind, row.id)


class RowFilter:
    """``contact_index.select`` as you type over tens of thousands of rows: the same rows in the same
    order, each part of the filter one pass over what the parts before left (the search text beside the
    rows, so a pass is one ``in`` per row), and a query that only adds to the one before (``jan`` after
    ``ja``) searched in what that one found."""

    def __init__(self, rows: list[ContactRow]) -> None:
        self.rows = rows
        self.hay = [row.haystack for row in rows]
        self.present = [row for row in rows if not row.departed]
        self.present_hay = [row.haystack for row in self.present]
        self._last: tuple[tuple[object, ...], tuple[str, ...], list[ContactRow], list[str]] | None = None

    def select(self, flt: ContactFilter, now: datetime) -> list[ContactRow]:
        query = terms(flt.query)
        rest = (flt.kind, fold(flt.municipality), fold(flt.function), flt.to_check, flt.show_organisations,
                flt.show_departed, flt.reachable_now and now)
        last = self._last
        if last is not None and last[0] == rest and all(any(old in new for new in query) for old in last[1]):
            found, hay = _search(last[2], last[3], [term for term in query if term not in last[1]])
        else:
            found, hay = self._select(flt, query, now)
        self._last = (rest, query, found, hay)
        return found

    def _select(self, flt: ContactFilter, query: tuple[str, ...],
                now: datetime) -> tuple[list[ContactRow], list[str]]:
        found, hay = (self.rows, self.hay) if flt.show_departed else (self.present, self.present_hay)
        municipality, function = fold(flt.municipality), fold(flt.function)
        if not flt.show_organisations or flt.kind is not None or municipality or function or flt.to_check:
            keep = [(flt.show_organisations or row.kind != RowKind.ORGANISATION)
                    and (flt.kind is None or row.organisation_kind == flt.kind)
                    and (not municipality or municipality in (fold(m) for m in row.municipalities))
                    and (not function or fold(row.function) == function)
                    and (not flt.to_check or row.needs_check) for row in found]
            found, hay = list(compress(found, keep)), list(compress(hay, keep))
        found, hay = _search(found, hay, query)
        if flt.reachable_now:
            keep = [row.availability.at(now) == Reachability.REACHABLE for row in found]
            found, hay = list(compress(found, keep)), list(compress(hay, keep))
        return found, hay


def _search(rows: list[ContactRow], hay: list[str], query: Sequence[str]) -> tuple[list[ContactRow], list[str]]:
    for term in query:
        keep = [term in text for text in hay]
        rows, hay = list(compress(rows, keep)), list(compress(hay, keep))
    return rows, hay


@cache
def dot(colour: str) -> QIcon:
    """A filled dot in ``colour``; an empty ring for none (unknown is never shown as reachable)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
    else:
        painter.setPen(QPen(QColor("#757575"), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(2, 2, 8, 8)
    painter.end()
    return QIcon(pixmap)


class ContactModel(TableModel):
    COL_NAME, COL_NOW, COL_CHECK, COL_FUNCTION, COL_ORGANISATION, COL_CHANNEL, COL_MUNICIPALITY = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = datetime.now(UTC)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Reachable now"), self.tr("Check"), self.tr("Function or kind"),
                self.tr("Organisation"), self.tr("Reach via"), self.tr("Municipality"))

    def set_now(self, now: datetime) -> None:
        """Reachability is worked out for this moment; the column is repainted."""
        self.now = now
        if self.rowCount():
            self.dataChanged.emit(self.index(0, self.COL_NOW), self.index(self.rowCount() - 1, self.COL_NOW))

    def reachability(self, row: ContactRow) -> Reachability:
        return row.availability.at(self.now)

    def display(self, row: ContactRow, column: int) -> str:
        person = row.kind == RowKind.PERSON
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_FUNCTION:
            return row.function if person else kind_label(row.organisation_kind)
        if column == self.COL_ORGANISATION:
            return row.organisation
        if column == self.COL_MUNICIPALITY:
            return ", ".join(row.municipalities)
        if column == self.COL_CHANNEL:
            return row.channel
        if column == self.COL_NOW:
            return {Reachability.REACHABLE: self.tr("yes"), Reachability.NOT_REACHABLE: self.tr("no"),
                    Reachability.UNKNOWN: self.tr("unknown")}[self.reachability(row)]
        if column == self.COL_CHECK:
            if row.departed:
                return self.tr("departed")
            return self.tr("check") if row.needs_check else ""
        return ""

    def sort_value(self, row: ContactRow, column: int) -> object:
        if column == self.COL_NOW:
            return _REACH_ORDER[self.reachability(row)]
        if column == self.COL_CHECK:
            return (2 if row.departed else 0 if row.needs_check else 1, row.name.casefold())
        return super().sort_value(row, column)

    def tooltip(self, row: ContactRow, column: int) -> str | None:
        if column == self.COL_NOW:
            hours = row.availability.text()
            label = reachability_label(self.reachability(row))
            return f"{label} ({hours})" if hours else label
        if column == self.COL_CHECK and row.needs_check and not row.departed:
            return self.tr("Not verified in the last 12 months: check that these details are still right, "
                           "then mark them as verified.")
        if column == self.COL_NAME:
            return self.tr("Organisation") if row.kind == RowKind.ORGANISATION else self.tr("Person")
        text = self.display(row, column)
        return text if len(text) > 30 else None

    def muted(self, row: ContactRow) -> bool:
        return row.departed

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        row: ContactRow = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_NOW:
            return dot(_DOTS[self.reachability(row)])
        if role == Qt.ItemDataRole.FontRole and column == self.COL_NAME and row.kind == RowKind.ORGANISATION:
            font = QFont()
            font.setBold(True)
            return font
        if (role == Qt.ItemDataRole.ForegroundRole and column == self.COL_CHECK and row.needs_check
                and not row.departed):
            return QBrush(QColor(WARNING))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display(row, column) or None
        return super().data(index, role)


class ContactTable(SortedTable):
    """Several rows may be selected: "Gecontroleerd" and export work on all of them."""

    def __init__(self, model: ContactModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent=parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def selected(self) -> list[ContactRow]:
        """The selected rows in view order, the current one first."""
        rows = sorted(self.selectionModel().selectedRows(), key=lambda index: index.row())
        found = [self.source.row_at(self.proxy.mapToSource(index).row()) for index in rows]
        current = self.current_row()
        if current is not None and current in found:
            found.remove(current)
            found.insert(0, current)
        return found

    def current_row(self) -> ContactRow | None:
        index = self.currentIndex()
        if index.isValid() and self.selectionModel().isRowSelected(index.row(), index.parent()):
            return self.source.row_at(self.proxy.mapToSource(index).row())
        return super().current_row()

    def select_keys(self, keys: list[RowKey]) -> bool:
        """Select the rows with these keys (the first becomes current), fetched by the view yet or not;
        False when none is shown."""
        wanted = set(keys)
        selection = self.selectionModel()
        selection.clearSelection()
        if not wanted:
            return False
        model = self.source
        found = [position for position, row in enumerate(model.shown_rows()) if (row.kind, row.id) in wanted]
        if not found:
            return False
        model.fetch_to(found[-1])
        first = None
        for position in found:
            index = self.proxy.mapFromSource(model.index(position, 0))
            selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
            if first is None or (keys and row_key(model.row_at(position)) == keys[0]):
                first = index
        assert first is not None
        selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
        self.scrollTo(first)
        return True
