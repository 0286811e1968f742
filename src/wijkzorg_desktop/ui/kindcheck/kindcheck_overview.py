"""How often the practice does the kindcheck, and what came of it: counts per month and per action taken,
and every kindcheck in a list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.kindcheck import ACTION_LABELS, ANSWER_LABELS, REASON_LABELS, Kindcheck, KindcheckAction, MonthCount
from ..cases.track_parts import day_order, word
from ..dates import show_date
from ..table_model import Prepared, SortedTable, TableModel

ACTIONS = tuple(KindcheckAction)


def month_name(month: str) -> str:
    """"2026-11" as "november 2026" in the chosen language."""
    try:
        year, number = (int(part) for part in month.split("-"))
    except ValueError:
        return month
    return QLocale().toString(QDate(year, number, 1), "MMMM yyyy")


class MonthsModel(TableModel):
    """One row a month; after the totals a column per action taken, under a short header (the full name
    is its tooltip)."""

    COL_MONTH, COL_TOTAL, COL_CONCERNING = range(3)

    def headers(self) -> tuple[str, ...]:
        short = {KindcheckAction.NONE: self.tr("None"), KindcheckAction.DISCUSS_WITH_GP: self.tr("GP"),
                 KindcheckAction.ADVICE_SAFE_AT_HOME: self.tr("VT advice"),
                 KindcheckAction.CONTACT_TEAM: self.tr("Wijkteam/CJG"),
                 KindcheckAction.START_MELDCODE: self.tr("Meldcode")}
        return (self.tr("Month"), self.tr("Kindchecks"), self.tr("With concerns"),
                *(short[action] for action in ACTIONS))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and section > self.COL_CONCERNING):
            return self.tr("Action taken: {action}").format(
                action=word("kindcheck", ACTION_LABELS[ACTIONS[section - 3]]))
        return super().headerData(section, orientation, role)

    def display(self, month: MonthCount, column: int) -> str:
        if column == self.COL_MONTH:
            return month_name(month.month)
        if column == self.COL_TOTAL:
            return str(month.total)
        if column == self.COL_CONCERNING:
            return str(month.concerning)
        return str(month.by_action.get(str(ACTIONS[column - 3]), 0))

    def sort_value(self, month: MonthCount, column: int) -> object:
        if column == self.COL_MONTH:
            return month.month
        return int(self.display(month, column))


class KindchecksModel(TableModel):
    COL_ON, COL_PATIENT, COL_REASON, COL_CHILDREN, COL_CONCERNS, COL_ACTION, COL_NEXT, COL_CASE = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_labels: dict[int, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Patient"), self.tr("Reason"), self.tr("Children"), self.tr("Concerns"),
                self.tr("Action"), self.tr("Next check"), self.tr("Case"))

    def display(self, k: Kindcheck, column: int) -> str:
        if column == self.COL_ON:
            return show_date(k.on)
        if column == self.COL_PATIENT:
            return k.patient
        if column == self.COL_REASON:
            reason = word("kindcheck", REASON_LABELS[k.reason])
            return f"{reason}: {k.reason_other}" if k.reason_other else reason
        if column == self.COL_CHILDREN:
            return self.children(k)
        if column == self.COL_CONCERNS:
            return self.tr("yes") if k.concerning else self.tr("no")
        if column == self.COL_ACTION:
            return word("kindcheck", ACTION_LABELS[k.action])
        if column == self.COL_NEXT:
            return show_date(k.next_check)
        return self.case_labels.get(k.case_id, "") if k.case_id is not None else ""

    def children(self, k: Kindcheck) -> str:
        if k.children_ages:
            return self.tr("%n child(ren): {ages}", "", len(k.children_ages)).format(
                ages=", ".join(str(age) for age in k.children_ages))
        if k.children_count is not None:
            return self.tr("%n child(ren)", "", k.children_count)
        return word("kindcheck", ANSWER_LABELS[k.cares_for_children])

    def sort_value(self, k: Kindcheck, column: int) -> object:
        if column == self.COL_ON:
            return day_order(k.on, k.id)
        if column == self.COL_NEXT:
            return k.next_check.isoformat() if k.next_check else ""
        return super().sort_value(k, column)

    def tooltip(self, k: Kindcheck, column: int) -> str | None:
        return k.concerns or None


class KindcheckOverviewBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months_model = MonthsModel(self)
        self.months = SortedTable(self.months_model, parent=self)
        self.months.setObjectName("kindcheckMonths")
        self.months.setAccessibleName(self.tr("Kindchecks per month"))
        self.months.setMaximumHeight(180)
        self.list_model = KindchecksModel(self)
        self.list = SortedTable(self.list_model, sort_column=KindchecksModel.COL_ON,
                                order=Qt.SortOrder.DescendingOrder, parent=self)
        self.list.setObjectName("kindcheckList")
        self.list.setAccessibleName(self.tr("Kindchecks"))
        self.summary = QLabel(objectName="kindcheckSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>Per month</b>")))
        layout.addWidget(self.months)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("<b>Every kindcheck</b> (Enter opens one in the form)")))
        layout.addWidget(self.list, 1)

    def show_overview(self, kindchecks: list[Kindcheck] | Prepared, months: list[MonthCount],
                      case_labels: dict[int, str]) -> None:
        selected = getattr(self.list.current_row(), "id", None)
        self.months_model.set_rows(months)
        self.list_model.case_labels = case_labels
        self.list_model.set_rows(kindchecks)
        self.months.fit_columns(widest=130)
        self.list.fit_columns(widest=170)
        if selected is not None:
            self.list.select_where(lambda k: k.id == selected)
        total = sum(m.total for m in months)
        concerning = sum(m.concerning for m in months)
        self.summary.setText(self.tr("%n kindcheck(s) in all, {concerning} with concerns.", "", total).format(
            concerning=concerning))
