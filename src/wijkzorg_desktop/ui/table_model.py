"""The base of the program's table models, and the one sorting table view they are shown in.

As in Vorta's ``views/partials``: a subclass names its columns with ``COL_*`` constants, gives their
headers, and says per cell what is shown and what it sorts on. Rows are domain dataclasses handed over
whole with ``set_rows``; sorting runs on the raw values of ``SORT_ROLE``, never on the shown text, so
dates and numbers sort as dates and numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex

_ZONE = QTimeZone(b"Europe/Amsterdam")
PRACTICE_ZONE = _ZONE if _ZONE.isValid() else QTimeZone.systemTimeZone()
"""Times are stored in UTC and shown as the practice's clock shows them."""


def local_time(iso_utc: str, *, seconds: bool = True) -> str:
    moment = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso_utc
    return moment.toTimeZone(PRACTICE_ZONE).toString("dd-MM-yyyy HH:mm:ss" if seconds else "dd-MM-yyyy HH:mm")


def local_date(iso_utc: str) -> str:
    moment = QDateTime.fromString(iso_utc, Qt.DateFormat.ISODateWithMs)
    return moment.toTimeZone(PRACTICE_ZONE).toString("dd-MM-yyyy") if moment.isValid() else iso_utc


def utc_start_of(day: QDate) -> str:
    """The UTC moment the practice's ``day`` begins, comparable with stored times as text."""
    return QDateTime(day, QTime(0, 0), PRACTICE_ZONE).toUTC().toString("yyyy-MM-ddTHH:mm:ss")


class TableModel(QAbstractTableModel):
    """Subclasses give ``headers()`` and ``display()``; ``sort_value()``, ``tooltip()`` and
    ``muted()`` when the shown text is not enough."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers = tuple(self.headers())

    # -- what a subclass says --------------------------------------------------------------------

    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> object:
        return self.display(row, column).casefold()

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    def muted(self, row: Any) -> bool:
        """Rows shown greyed out (a deactivated user, say)."""
        return False

    # -- rows ------------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # -- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == SORT_ROLE:
            return self.sort_value(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(row):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


def sorting_proxy(model: TableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """The one proxy every table sorts through: on ``SORT_ROLE``, case-blind, kept sorted on reset."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setDynamicSortFilter(True)
    return proxy


class SortedTable(QTableView):
    """A read-only table of whole rows over ``model``, sorted by clicking a header.

    ``sort_column`` -1 keeps the order the rows were given in until the user sorts.
    """

    def __init__(self, model: TableModel, *, sort_column: int = -1,
                 order: Qt.SortOrder = Qt.SortOrder.AscendingOrder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = model
        self.proxy = sorting_proxy(model, self)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(sort_column, order)
        self.setSortingEnabled(True)

    def current_row(self) -> Any | None:
        """The selected domain row, or None."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.source.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_where(self, predicate: Any) -> bool:
        """Select the first row (in view order) for which ``predicate(row)`` holds."""
        for view_row in range(self.proxy.rowCount()):
            source_row = self.proxy.mapToSource(self.proxy.index(view_row, 0)).row()
            if predicate(self.source.row_at(source_row)):
                self.selectRow(view_row)
                return True
        return False

    def fit_columns(self, widest: int = 320) -> None:
        """Size columns to their contents, none wider than ``widest``; the last one takes the rest."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, widest))
