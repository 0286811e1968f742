"""Vandaag: the first page after unlocking. What is late (te laat: one's own, and what others owe that is
past its date, marked "wacht op ..."), due today and this week, what others owe us (open promises,
terugkoppeling from Veilig Thuis), and the kindchecks coming up. Each item opens where it came from (the
case's tab, the contact, the kindcheck), and Space marks it done. Items with someone to call show their
number and whether they answer now: the day's call list.

The page loads whether shown or not, every few minutes and after every change, because the navigation
shows its count ("Vandaag (3)": late and due today) and the status bar how many are late.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.availability import AMSTERDAM
from ...domain.errors import VaultLocked
from ...domain.followups import FollowUp
from ...domain.users import Permission
from ...services import followups
from ...services.followups import FollowUpItem, Today
from ...services.practice_users import practice_users
from ...services.session import Session
from ..client import VaultClient
from ..messages import error_text
from ..page import Drafts, Page
from ..page_parts import Notice, heading
from .followup_table import FollowUpModel, reachable_dot
from .followup_work import FollowUpWork
from .item_actions import ItemActions
from .labels import LATE, day_text, describe, kind_label, source_kind

REFRESH_MS = 5 * 60_000
KEY_ROLE = Qt.ItemDataRole.UserRole
M = FollowUpModel
COLUMNS = (M.COL_DUE, M.COL_WHAT, M.COL_CASE, M.COL_WITH, M.COL_PHONE, M.COL_NOW, M.COL_ORIGIN)
"""Kind, owner (always the user: it is their own day) and lateness are left to the line under the list
(and the date's tooltip): seven columns fit beside the navigation on a 1366 pixel wide screen; the section
says what is late, its dates are red."""
WIDEST = {M.COL_WITH: 190, M.COL_CASE: 150, M.COL_PHONE: 130, M.COL_NOW: 120}


@dataclass(frozen=True)
class TodayData:
    today: Today
    users: list[tuple[str, str]]


def load(session: Session) -> TodayData:
    return TodayData(followups.today_page(session), practice_users(session))


class TodayPage(Page):
    page_id = "today"
    start_page = True
    loaded = Signal()  # shown anew from a fresh load; ``counts()`` has the new numbers

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.data: TodayData | None = None
        self.items: dict[str, FollowUpItem] = {}
        self._select = ""
        self.cells = FollowUpModel(self)
        self.tree = QTreeWidget(objectName="todayTree")
        self.tree.setAccessibleName(self.tr("Follow-ups for today"))
        headers = self.cells.headers()
        self.tree.setHeaderLabels([headers[c] for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMNS.index(M.COL_WHAT), QHeaderView.ResizeMode.Stretch)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnHidden(COLUMNS.index(M.COL_CASE), not client.may(Permission.VIEW_CASES))
        self.day = QLabel(objectName="todayDate")
        self.summary = QLabel(objectName="todaySummary")
        self.detail = QLabel(objectName="todayDetail", wordWrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 3)
        self.notice = Notice("todayNotice")
        self.work = FollowUpWork(client, self)
        self.actions = ItemActions(self, self.tree, self.current_item, self.work)

        top = QHBoxLayout()
        top.addWidget(heading(self.title()))
        top.addSpacing(12)
        top.addWidget(self.day, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)
        layout.addLayout(self.actions.buttons())
        layout.addWidget(self.notice)

        self.tree.currentItemChanged.connect(lambda *_args: self._selection_changed())
        self.tree.itemDoubleClicked.connect(lambda *_args: self.actions.open())
        self.work.finished.connect(self._work_finished)
        self.work.failed.connect(self.notice.error)
        self.client.changed.connect(self.refresh)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        self.refresh_timer.start()
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Today")

    def counts(self) -> dict[str, int]:
        return self.data.today.counts() if self.data is not None else {}

    def nav_text(self) -> str:
        counts = self.counts()
        now = counts.get("overdue", 0) + counts.get("today", 0)
        return self.tr("Today ({count})").format(count=now) if now else self.title()

    def nav_tooltip(self) -> str:
        counts = self.counts()
        if not counts:
            return self.title()
        return self.tr("{overdue} overdue, {today} due today, {week} later this week").format(
            overdue=counts["overdue"], today=counts["today"], week=counts["this_week"])

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.client.call(load, self._loaded, self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def _loaded(self, data: TodayData) -> None:
        current = self.current_item()
        wanted = self._select or (current.key if current is not None else "")
        position = self._position()
        self._select = ""
        self.data = data
        self.cells.now = data.today.now
        self.cells.users = dict(data.users)
        self.day.setText(day_text(data.today.now.astimezone(AMSTERDAM).date()))
        counts = data.today.counts()
        self.summary.setText(self.tr("{overdue} overdue · {today} today · {week} this week").format(
            overdue=counts["overdue"], today=counts["today"], week=counts["this_week"]))
        self._fill(data.today)
        if not self._select_key(wanted):
            self._select_at(max(position, 0))  # the next one after one was done; the first at the start
        self.nav_text_changed.emit()
        self.loaded.emit()

    def _fill(self, today: Today) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self.items = {}
        sections = ((self.tr("Overdue"), today.overdue, self.tr("Nothing overdue.")),
                    (self.tr("Due today"), today.today, self.tr("Nothing else due today.")),
                    (self.tr("Later this week"), today.this_week, self.tr("Nothing more this week.")),
                    (self.tr("Waiting for others"), today.waiting,
                     self.tr("No open promises of others, no terugkoppeling expected.")),
                    (self.tr("Kindchecks coming up"), today.kindchecks, self.tr("No kindcheck in the next two weeks.")))
        height = self.tree.fontMetrics().height() + 8  # room for the dots of Ö and the like
        for title, items, empty in sections:
            head = QTreeWidgetItem(self.tree, [f"{title} ({len(items)})"])
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setSizeHint(0, QSize(0, height))
            font = QFont(head.font(0))
            font.setBold(True)
            head.setFont(0, font)
            for item in items:
                self.items[item.key] = item
                row = QTreeWidgetItem(head, [self._text(item, c, today) for c in COLUMNS])
                row.setData(0, KEY_ROLE, item.key)
                icon = reachable_dot(item.reachability)
                if icon is not None:
                    row.setIcon(COLUMNS.index(M.COL_NOW), icon)
                row.setToolTip(COLUMNS.index(M.COL_NOW), self.cells.tooltip(item, M.COL_NOW) or "")
                row.setSizeHint(0, QSize(0, height))
                if item.followup.overdue(today.now):
                    row.setForeground(0, QBrush(QColor(LATE)))
                row.setToolTip(0, self.cells.tooltip(item, M.COL_DUE) or "")
                row.setToolTip(COLUMNS.index(M.COL_WHAT), item.followup.what)
                row.setToolTip(COLUMNS.index(M.COL_ORIGIN), self.cells.tooltip(item, M.COL_ORIGIN) or "")
            if not items:
                row = QTreeWidgetItem(head, [empty])
                row.setSizeHint(0, QSize(0, height))
                row.setFirstColumnSpanned(True)
                row.setFlags(Qt.ItemFlag.NoItemFlags)
        self.tree.expandAll()
        self._fit_columns()
        self.tree.blockSignals(False)

    def _text(self, item: FollowUpItem, column: int, today: Today) -> str:
        """As the Opvolging list shows it, but for two things the missing kind column would have said: a
        late item others owe says whom we wait for ("wacht op Veilig Thuis"), and a terugkoppeling or a
        kindcheck says what it is before its reference or initials."""
        text = self.cells.display(item, column)
        if column == M.COL_WITH and item.waiting_for_others and item.late(today.now) and item.party_name:
            return self.tr("waiting for {name}").format(name=item.party_name)
        if column == M.COL_WHAT and source_kind(item) in ("vt_contact", "kindcheck"):
            kind = kind_label(item.followup.kind)
            return f"{kind[:1].upper()}{kind[1:]}: {text}"
        return text

    def _fit_columns(self) -> None:
        """Each column as wide as its items (not the section titles across it), within ``WIDEST``; what is
        to be done takes the rest."""
        metrics = self.tree.fontMetrics()
        rows = self._rows()
        for position, column in enumerate(COLUMNS):
            if column == M.COL_WHAT:
                continue  # it takes the room the others leave
            texts = [self.tree.headerItem().text(position)] + [row.text(position) for row in rows]
            wanted = max(metrics.horizontalAdvance(text) for text in texts) + 20
            if position == 0:
                wanted += self.tree.indentation()
            if column == M.COL_NOW:
                wanted += self.tree.iconSize().width() + 8  # the dot
            self.tree.setColumnWidth(position, min(wanted, WIDEST.get(column, 200)))

    # -- the selected item -----------------------------------------------------------------------

    def _rows(self) -> list[QTreeWidgetItem]:
        found = []
        for top in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(top)
            found += [head.child(i) for i in range(head.childCount()) if head.child(i).data(0, KEY_ROLE)]
        return found

    def _position(self) -> int:
        current = self.tree.currentItem()
        rows = self._rows()
        return rows.index(current) if current in rows else -1

    def _select_key(self, key: str) -> bool:
        for row in self._rows():
            if row.data(0, KEY_ROLE) == key:
                self.tree.setCurrentItem(row)
                return True
        self._selection_changed()
        return False

    def _select_at(self, position: int) -> None:
        rows = self._rows()
        if rows and position >= 0:
            self.tree.setCurrentItem(rows[min(position, len(rows) - 1)])

    def current_item(self) -> FollowUpItem | None:
        row = self.tree.currentItem()
        key = row.data(0, KEY_ROLE) if row is not None else None
        return self.items.get(key) if key else None

    def _selection_changed(self) -> None:
        self.actions.update()
        item = self.current_item()
        if item is None:
            self.detail.setText("<span style='color:gray'>" + escape(self.tr(
                "Select a follow-up: Enter opens its case, Space marks it done.")) + "</span>")
        else:
            self.detail.setText(describe(item, self.cells.users, self.cells.now))

    def _work_finished(self, text: str, key: str) -> None:
        self.notice.info(text)
        self._select = key
        self.tree.setFocus()

    # -- the window asks -------------------------------------------------------------------------

    def quick_add(self, prefill: FollowUp | None) -> None:
        self.work.add(prefill)

    def draft(self) -> Drafts:
        return self.work.draft()

    def restore_draft(self, drafts: Drafts) -> None:
        self.work.restore_draft(drafts)
