"""Open follow-ups as rows: when, what, which kind, for which case and with whom, whose, where an
automatic one comes from, and the number to call with whether they answer now. Overdue dates in red;
the order is the service's (overdue first).

``fit()`` sizes a table of them: what is to be done takes the room the other columns leave."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QHeaderView

from ...domain.availability import Reachability
from ...services.followups import FollowUpItem
from ..contacts.contact_table import _DOTS as DOTS
from ..contacts.contact_table import dot
from ..contacts.labels import reachability_label
from ..table_model import Index, SortedTable, TableModel
from .labels import LATE, completes_text, due_text, kind_label, lateness, origin_text, recurrence_text, source_name


class FollowUpModel(TableModel):
    COL_DUE, COL_STATE, COL_WHAT, COL_KIND, COL_CASE, COL_WITH, COL_OWNER, COL_ORIGIN, COL_PHONE, COL_NOW = range(10)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.now = datetime.now(UTC)
        self.users: dict[str, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("State"), self.tr("What"), self.tr("Kind"), self.tr("Case"),
                self.tr("With"), self.tr("Owner"), self.tr("Automatic, from"), self.tr("Phone"),
                self.tr("Reachable now"))

    def display(self, item: FollowUpItem, column: int) -> str:
        return cell_text(item, column, self.users, self.now)

    def sort_value(self, item: FollowUpItem, column: int) -> object:
        f = item.followup
        if column in (self.COL_DUE, self.COL_STATE):
            return (f.due or date.max, f.due_time or time(23, 59))
        return super().sort_value(item, column)

    def tooltip(self, item: FollowUpItem, column: int) -> str | None:
        return cell_tooltip(item, column, self.now)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() in (self.COL_DUE, self.COL_STATE)
                and self.row_at(index.row()).followup.overdue(self.now)):
            return QBrush(QColor(LATE))
        return super().data(index, role)


def cell_text(item: FollowUpItem, column: int, users: dict[str, str], now: datetime) -> str:
    """What a column of the item shows; a plain function (Qt's translate is thread-safe), so Vandaag
    works out its rows on the worker."""
    f = item.followup
    m = FollowUpModel
    if column == m.COL_DUE:
        return due_text(f) + (" ↻" if f.recurrence is not None else "")
    if column == m.COL_STATE:
        return lateness(f, now)
    if column == m.COL_WHAT:
        return " ".join(f.what.split())
    if column == m.COL_KIND:
        return kind_label(f.kind)
    if column == m.COL_CASE:
        return item.case_label
    if column == m.COL_WITH:
        return item.party_name
    if column == m.COL_OWNER:
        return users.get(f.owner_login, f.owner_login)
    if column == m.COL_PHONE:
        return item.phone
    if column == m.COL_NOW:
        return reachable_text(item.reachability)
    return source_name(item)


def cell_tooltip(item: FollowUpItem, column: int, now: datetime) -> str | None:
    f = item.followup
    m = FollowUpModel
    if column == m.COL_DUE:
        late = lateness(f, now)
        if f.recurrence is not None:
            every = QCoreApplication.translate("FollowUpModel", "Recurs {every}").format(
                every=recurrence_text(f.recurrence))
            return f"{late} — {every}" if late else every
        return late or None
    if column == m.COL_ORIGIN and item.automatic:
        return f"{origin_text(item)}. {completes_text(item)}"
    if column == m.COL_KIND:
        return kind_label(f.kind)
    if column == m.COL_WHAT and len(f.what) > 50:
        return f.what
    if column == m.COL_NOW and item.reachability is not None:
        return reachability_label(item.reachability)
    return None


translate = QCoreApplication.translate
WIDEST = {FollowUpModel.COL_KIND: 160, FollowUpModel.COL_WITH: 140, FollowUpModel.COL_OWNER: 150,
          FollowUpModel.COL_CASE: 150}


def reachable_text(reachability: Reachability | None) -> str:
    """"ja", "nee" or "onbekend", as the sociale kaart says it; nothing when there is nobody to call."""
    if reachability is None:
        return ""
    return {Reachability.REACHABLE: translate("ContactModel", "yes"),
            Reachability.NOT_REACHABLE: translate("ContactModel", "no"),
            Reachability.UNKNOWN: translate("ContactModel", "unknown")}[reachability]


def reachable_dot(reachability: Reachability | None) -> QIcon | None:
    return dot(DOTS[reachability]) if reachability is not None else None


def fit(table: SortedTable) -> None:
    """Columns as wide as their contents (within ``WIDEST``), the "what" column stretched over the rest;
    a hidden column is measured when it is shown (the next fit)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        if column == FollowUpModel.COL_WHAT:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        if header.isSectionHidden(column):
            continue
        header.resizeSection(column, min(table.content_width(column) + 12, WIDEST.get(column, 200)))
