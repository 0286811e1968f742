"""The base of the program's table models, and the one sorting table view they are shown in.

As in Vorta's ``views/partials``: a subclass names its columns with ``COL_*`` constants, gives their
headers, and says per cell what is shown and what it sorts on. Rows are domain dataclasses handed over
whole with ``set_rows``; sorting runs on the raw values of ``SORT_ROLE``, never on the shown text, so
dates and numbers sort as dates and numbers.

Lists of thousands of rows stay quick, as Anki's browser does it: every row is known from the start,
but the view is given ``CHUNK`` rows at a time as it scrolls (``canFetchMore``/``fetchMore``), a cell's
text is worked out when it is shown (and kept), and the model sorts its own rows on keys computed once
per column, where Qt's proxy would ask ``data()`` twice per comparison. A page with a big list can
compute the order on the worker with ``prepare()`` and hand that to ``set_rows``.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
    QTimer,
    QTimeZone,
)
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QStyle, QTableView, QWidget

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHUNK = 500
"""Rows handed to the view at a time: a few screens."""
FIT_ROWS = 60
"""Rows ``fit_columns`` measures: the first ones, never the whole list."""
_TEXT_CACHE = 20_000

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


Sort = tuple[int, Qt.SortOrder]
UNSORTED: Sort = (-1, Qt.SortOrder.AscendingOrder)


@dataclass(frozen=True)
class Prepared:
    """Rows with their order for ``sort`` worked out (on the worker), for ``TableModel.set_rows``."""
    rows: list[Any]
    sort: Sort
    order: Sequence[int]


def _safe_order(keys: list[Any], descending: bool) -> Sequence[int]:
    """Positions in ``keys`` sorted stably; values that do not compare (None beside a date) as text. Kept
    as an array of machine ints: a list of 100,000 int objects is four times the size."""
    positions = range(len(keys))
    try:
        return array("q", sorted(positions, key=keys.__getitem__, reverse=descending))
    except TypeError:
        text = [(value is not None, type(value).__name__, str(value)) for value in keys]
        return array("q", sorted(positions, key=text.__getitem__, reverse=descending))


class TableModel(QAbstractTableModel):
    """Subclasses give ``headers()`` and ``display()``; ``sort_value()``, ``tooltip()`` and
    ``muted()`` when the shown text is not enough.

    ``row_at(i)`` is the i-th row in the shown (sorted) order; ``rows()`` gives them as handed over.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[Any] = []       # as handed over
        self._order: Sequence[int] = []   # shown position -> position in _given
        self._rows: list[Any] = []        # in the shown order
        self._fetched = 0                 # rows the view has been given
        self._sort: Sort = UNSORTED
        self._text: dict[tuple[int, int], str] = {}
        self._headers = tuple(self.headers())
        self._proxies: list[QSortFilterProxyModel] = []
        self._resorting = False
        self.dataChanged.connect(self._changed)

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

    def set_rows(self, rows: Sequence[Any] | Prepared) -> None:
        """All rows at once; the view is given the first ``CHUNK`` and asks for more as it scrolls."""
        if isinstance(rows, Prepared):
            given, order = list(rows.rows), rows.order if rows.sort == self._sort else None
        else:
            given, order = list(rows), None
        if order is None:
            order = self.order_of(given, self._sort)
        self.beginResetModel()
        self._given, self._order = given, order
        self._rows = [given[i] for i in order]
        self._fetched = min(len(given), CHUNK)
        self._text.clear()
        self.endResetModel()

    def prepare(self, rows: Sequence[Any], sort: Sort | None = None) -> Prepared:
        """``rows`` with their order worked out; safe on the worker (only ``sort_value`` is called)."""
        sort = self._sort if sort is None else sort
        given = list(rows)
        return Prepared(given, sort, self.order_of(given, sort))

    def order_of(self, rows: Sequence[Any], sort: Sort) -> Sequence[int]:
        column, order = sort
        if column < 0 or column >= len(self._headers):
            return range(len(rows))
        keys = [self.sort_value(row, column) for row in rows]
        return _safe_order(keys, order == Qt.SortOrder.DescendingOrder)

    def current_sort(self) -> Sort:
        return self._sort

    def rows(self) -> list[Any]:
        return list(self._given)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def shown_rows(self) -> Sequence[Any]:
        """Every row in the shown order, fetched by the view or not (not to be changed)."""
        return self._rows

    def row_count(self) -> int:
        """Every row, fetched by the view or not (``rowCount`` counts only the fetched ones)."""
        return len(self._rows)

    def find(self, predicate: Callable[[Any], bool]) -> int:
        """The first position (in shown order) whose row satisfies ``predicate``, or -1."""
        for position, row in enumerate(self._rows):
            if predicate(row):
                return position
        return -1

    def fetch_to(self, row: int) -> None:
        """Make sure the view has been given row ``row`` (and the chunk it is in)."""
        if row >= self._fetched:
            self._fetch(min(len(self._rows), (row // CHUNK + 1) * CHUNK))

    def _fetch(self, upto: int) -> None:
        if upto <= self._fetched:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, upto - 1)
        self._fetched = upto
        self.endInsertRows()

    def _changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        """Shown text changed: forget it; when the sort column is among it, sort again (once, soon), as
        Qt's proxy keeps a list sorted."""
        self._text.clear()
        column = self._sort[0]
        if column >= 0 and top.column() <= column <= bottom.column() and not self._resorting:
            self._resorting = True
            QTimer.singleShot(0, self, self._resort)

    def _resort(self) -> None:
        self._resorting = False
        sort, self._sort = self._sort, UNSORTED
        self.sort(*sort)

    def watch(self, proxy: QSortFilterProxyModel) -> None:
        """A proxy over this model: the rows it holds on to (a selection) stay fetched when sorted."""
        self._proxies.append(proxy)

    def _held_rows(self) -> list[int]:
        rows = [index.row() for index in self.persistentIndexList()]
        alive = []
        for proxy in self._proxies:
            try:
                rows.extend(proxy.mapToSource(index).row() for index in proxy.persistentIndexList())
            except RuntimeError:  # the proxy is gone with its view
                continue
            alive.append(proxy)
        self._proxies = alive
        return [row for row in rows if 0 <= row < len(self._order)]

    # -- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._fetched < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._fetch(min(len(self._rows), self._fetched + CHUNK))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Every row, fetched or not, in the order of ``column``; the selection stays on its rows."""
        sort: Sort = (column, order)
        if sort == self._sort:
            return
        new_order = self.order_of(self._given, sort)
        self._sort = sort
        if not self._given:
            return
        where = [0] * len(new_order)
        for position, given in enumerate(new_order):
            where[given] = position
        moved = [where[self._order[row]] for row in self._held_rows()]
        if moved:
            self.fetch_to(max(moved))  # a selected row sorted far down is still there
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        self.changePersistentIndexList(kept, [self.index(where[self._order[index.row()]], index.column())
                                              for index in kept])
        self._order = new_order
        self._rows = [self._given[i] for i in new_order]
        self._text.clear()
        self.layoutChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def text_at(self, row: int, column: int) -> str:
        """The shown text of a cell (``display`` of the row in the shown order), worked out once."""
        key = (row, column)
        text = self._text.get(key)
        if text is None:
            if len(self._text) >= _TEXT_CACHE:
                self._text.clear()
            text = self._text[key] = self.display(self._rows[row], column)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text_at(index.row(), index.column())
        row = self._rows[index.row()]
        if role == SORT_ROLE:
            return self.sort_value(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and self.muted(row):
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


class SortProxy(QSortFilterProxyModel):
    """Passes the rows through as the model orders them: sorting is the model's, over every row,
    not only the ones fetched so far."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, TableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)


def sorting_proxy(model: TableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    """The one proxy every table sorts through: the model sorts itself on ``SORT_ROLE`` values."""
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    model.watch(proxy)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
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
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setSortIndicator(sort_column, order)
        self.setSortingEnabled(True)

    def current_row(self) -> Any | None:
        """The selected domain row, or None."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.source.row_at(self.proxy.mapToSource(rows[0]).row())

    def view_row(self, source_row: int) -> int:
        """The view's row for the model's ``source_row``, fetching it first when the view has not yet."""
        self.source.fetch_to(source_row)
        return self.proxy.mapFromSource(self.source.index(source_row, 0)).row()

    def select_where(self, predicate: Any) -> bool:
        """Select the first row (in view order) for which ``predicate(row)`` holds, fetched yet or not."""
        position = self.source.find(predicate)
        if position < 0:
            return False
        self.selectRow(self.view_row(position))
        return True

    def content_width(self, column: int) -> int:
        """What ``column`` needs for its header and the text of its first ``FIT_ROWS`` rows, measured on
        the shown text itself (in bold where the row is bold, with room for an icon where it has one): a
        fraction of what Qt's size hints cost, which ask a dozen roles of every cell."""
        model, style = self.source, self.style()
        widest = self.horizontalHeader().sectionSizeHint(column)
        rows = min(model.rowCount(), FIT_ROWS)
        if not rows:
            return widest
        plain = self.fontMetrics()
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        icon = self.iconSize().width() if self.iconSize().isValid() else style.pixelMetric(
            QStyle.PixelMetric.PM_SmallIconSize, None, self)
        # createIndex, not index(): the latter asks the model's rowCount and columnCount (Python) each time.
        # Only a model with its own data() can have a bold row or an icon; each text is measured once.
        index_of, data, display = model.createIndex, model.data, Qt.ItemDataRole.DisplayRole
        own_data = type(model).data is not TableModel.data
        measured: dict[tuple[str, bool], int] = {}
        for row in range(rows):
            is_bold = has_icon = False
            if not own_data:
                text = str(model.text_at(row, column) or "")
            else:
                index = index_of(row, column)
                text = str(data(index, display) or "")
                font = data(index, Qt.ItemDataRole.FontRole)
                is_bold = isinstance(font, QFont) and font.bold()
                has_icon = data(index, Qt.ItemDataRole.DecorationRole) is not None
            width = measured.get((text, is_bold))
            if width is None:
                width = measured[text, is_bold] = (bold if is_bold else plain).horizontalAdvance(text) + margin
            widest = max(widest, width + (icon + margin if has_icon else 0))
        return widest

    def fit_columns(self, widest: int = 320) -> None:
        """Size columns to the contents of their first rows, none wider than ``widest``; the last one
        takes the rest."""
        header = self.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(self.content_width(column) + 12, widest))
