"""The list of cases: one row per family with where it stands, filtered and searched as you type.

The list is loaded on the worker (``list_cases``: the first screen, then the whole list) with the folded
search text of every case, and filtered in memory, so typing never waits for the database nor folds
thousands of concerns. The search folds case and accents ("zoe" finds "Zoë") over label and concern.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import compress

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...domain.cases import CaseStatus
from ...domain.meldcode import STEPS
from ...domain.search import fold, matches, terms
from ...services import cases
from ...services.cases import CaseSummary
from ...services.session import Session
from ..table_model import Index, SortedTable, TableModel
from .case_header import status_label

LATE = "#b00020"
ALL = ""


@dataclass(frozen=True)
class CaseFilter:
    query: str = ""
    status: str = str(CaseStatus.OPEN)   # a CaseStatus, or "" for all
    mine: bool = False
    overdue: bool = False

    def active(self) -> bool:
        return bool(self.query.strip() or self.mine or self.overdue or self.status != str(CaseStatus.OPEN))


def haystack(row: CaseSummary) -> str:
    return fold(f"{row.case.label} {row.case.summary}")


def select_cases(rows: Sequence[CaseSummary], flt: CaseFilter, login: str,
                 folded: Mapping[int | None, str] | None = None) -> list[CaseSummary]:
    """The rows that pass ``flt``; ``folded`` holds each case's search text, folded on the worker."""
    wanted = terms(flt.query)
    status, mine, overdue = flt.status, flt.mine, flt.overdue
    found = []
    for row in rows:
        case = row.case
        if ((status and str(case.status) != status) or (mine and case.responsible_login != login)
                or (overdue and not row.feedback_overdue)):
            continue
        if wanted:
            text = folded.get(case.id) if folded is not None else None
            if not matches(wanted, text if text is not None else haystack(row)):
                continue
        found.append(row)
    return found


class CaseSearch:
    """``select_cases`` as you type over thousands of cases: the folded text beside the rows, one ``in``
    per row and word, and a query that only adds to the one before searched in what that one found."""

    def __init__(self, rows: Sequence[CaseSummary], folded: Mapping[int | None, str], login: str) -> None:
        self.rows, self.login = list(rows), login
        self.hay = [folded.get(row.case.id) or haystack(row) for row in self.rows]
        self._last: tuple[tuple[str, bool, bool], tuple[str, ...], list[CaseSummary], list[str]] | None = None

    def select(self, flt: CaseFilter) -> list[CaseSummary]:
        query, rest = terms(flt.query), (flt.status, flt.mine, flt.overdue)
        last = self._last
        if last is not None and last[0] == rest and all(any(old in new for new in query) for old in last[1]):
            found, hay = last[2], last[3]
            query_left: Sequence[str] = [term for term in query if term not in last[1]]
        else:
            found, hay, query_left = self.rows, self.hay, query
            status, mine, overdue = rest
            if status or mine or overdue:
                keep = [(not status or str(row.case.status) == status)
                        and (not mine or row.case.responsible_login == self.login)
                        and (not overdue or row.feedback_overdue) for row in found]
                found, hay = list(compress(found, keep)), list(compress(hay, keep))
        for term in query_left:
            keep = [term in text for text in hay]
            found, hay = list(compress(found, keep)), list(compress(hay, keep))
        self._last = (rest, query, found, hay)
        return found


@dataclass(frozen=True)
class CaseRows:
    """Cases as read on the worker, with their folded search text; ``complete`` when no case is left out."""
    rows: list[CaseSummary]
    folded: dict[int | None, str] = field(default_factory=dict)
    complete: bool = True


def read_cases(session: Session, *, first: int | None = None,
               case_ids: Collection[int] | None = None) -> CaseRows:
    """On the worker: the first ``first`` cases (the first screen), these cases, or all of them."""
    rows = cases.list_cases(session, case_ids=case_ids, first=first)
    return CaseRows(rows, {row.case.id: haystack(row) for row in rows},
                    complete=first is None or len(rows) < first)


def newest_first(row: CaseSummary) -> tuple[str, int]:
    """The order ``list_cases`` gives: last changed first."""
    return (row.case.updated_at, row.case.id or 0)


class CaseListModel(TableModel):
    # The flags a GP scans for come first; the concern, the widest column, last.
    COL_LABEL, COL_FEEDBACK, COL_STATUS, COL_STEP, COL_OPEN, COL_RESPONSIBLE, COL_ACTIVITY, COL_SUMMARY = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: dict[str, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Case"), self.tr("Terugkoppeling"), self.tr("Status"), self.tr("Meldcode"),
                self.tr("Open follow-ups"), self.tr("Responsible"), self.tr("Last activity"), self.tr("Concern"))

    def display(self, row: CaseSummary, column: int) -> str:
        case = row.case
        if column == self.COL_LABEL:
            return case.label
        if column == self.COL_SUMMARY:
            return " ".join(case.summary.split())
        if column == self.COL_STATUS:
            return status_label(case.status)
        if column == self.COL_RESPONSIBLE:
            return self.users.get(case.responsible_login, case.responsible_login)
        if column == self.COL_ACTIVITY:
            return row.last_activity.strftime("%d-%m-%Y") if row.last_activity else ""
        if column == self.COL_OPEN:
            if row.late_items:
                return self.tr("{open} ({late} late)").format(open=row.open_items, late=row.late_items)
            return str(row.open_items) if row.open_items else ""
        if column == self.COL_STEP:
            return self.tr("step {step} of 5").format(step=row.step_reached) if row.step_reached else ""
        return self.tr("Feedback overdue") if row.feedback_overdue else ""

    def sort_value(self, row: CaseSummary, column: int) -> object:
        if column == self.COL_ACTIVITY:
            return row.last_activity or date.min
        if column == self.COL_OPEN:
            return row.open_items
        if column == self.COL_STEP:
            return row.step_reached
        if column == self.COL_FEEDBACK:
            return int(row.feedback_overdue)
        return super().sort_value(row, column)

    def tooltip(self, row: CaseSummary, column: int) -> str | None:
        if column == self.COL_STEP and 1 <= row.step_reached <= len(STEPS):
            return QCoreApplication.translate("meldcode", STEPS[row.step_reached - 1])
        if column == self.COL_FEEDBACK and row.feedback_overdue:
            return self.tr("Veilig Thuis has not given the terugkoppeling on a melding in time")
        if column == self.COL_SUMMARY and len(row.case.summary) > 50:
            return row.case.summary
        return None

    def muted(self, row: CaseSummary) -> bool:
        return row.case.closed

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            row: CaseSummary = self.row_at(index.row())
            late = index.column() == self.COL_OPEN and row.late_items
            if (index.column() == self.COL_FEEDBACK and row.feedback_overdue) or late:
                return QBrush(QColor(LATE)) if role == Qt.ItemDataRole.ForegroundRole else _bold()
            if role == Qt.ItemDataRole.FontRole and index.column() == self.COL_LABEL:
                return _bold()
        return super().data(index, role)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class CaseTable(SortedTable):
    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent=parent)
        self.setObjectName("casesTable")


class CaseFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="caseSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Pseudonym or concern (Ctrl+F)"))
        self.status = QComboBox(objectName="caseStatusFilter")
        self.status.addItem(self.tr("Open cases"), str(CaseStatus.OPEN))
        self.status.addItem(self.tr("Closed cases"), str(CaseStatus.CLOSED))
        self.status.addItem(self.tr("All cases"), ALL)
        self.mine = QCheckBox(self.tr("&Mine only"), objectName="mineFilter")
        self.mine.setToolTip(self.tr("Only cases for which you are responsible"))
        self.overdue = QCheckBox(self.tr("Feedback o&verdue"), objectName="overdueFilter")
        self.overdue.setToolTip(self.tr("Only cases where Veilig Thuis's terugkoppeling is late"))
        self.search.setAccessibleName(self.tr("Search the cases"))
        self.status.setAccessibleName(self.tr("Status"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Sea&rch:"), buddy=self.search))
        layout.addWidget(self.search, 3)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("S&tatus:"), buddy=self.status))
        layout.addWidget(self.status)
        layout.addSpacing(8)
        layout.addWidget(self.mine)
        layout.addWidget(self.overdue)
        self.search.textChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        self.mine.toggled.connect(self.changed)
        self.overdue.toggled.connect(self.changed)

    def current(self) -> CaseFilter:
        return CaseFilter(self.search.text(), str(self.status.currentData() or ""), self.mine.isChecked(),
                          self.overdue.isChecked())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
