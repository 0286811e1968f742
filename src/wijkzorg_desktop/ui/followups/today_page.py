"""Vandaag: the first page after unlocking. What is late (te laat: one's own, and what others owe that is
past its date, marked "wacht op ..."), due today and this week, what others owe us (open promises,
terugkoppeling from Veilig Thuis), and the kindchecks coming up. Each item opens where it came from (the
case's tab, the contact, the kindcheck), and Space marks it done. Items with someone to call show their
number and whether they answer now: the day's call list.

The page loads whether shown or not, every few minutes and after every change, because the navigation
shows its count ("Vandaag (3)": late and due today) and the status bar how many are late.

A large practice's GP has hundreds of late items: every text and tooltip of the rows is worked out on the
worker with the load (``prepare``), and the rows go into the tree ``CHUNK`` at a time, one chunk per turn
of the event loop. ``loaded`` says the whole page is shown.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
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

from ...domain.availability import AMSTERDAM, Reachability
from ...domain.errors import VaultLocked
from ...domain.followups import FollowUp
from ...domain.users import Permission
from ...services import followups
from ...services.followups import FollowUpItem, Today
from ...services.practice_users import practice_users
from ...services.session import Session
from ..client import VaultClient
from ..messages import error_text
from ..page import NEXT_TURN_MS, Drafts, Page
from ..page_parts import Notice, heading
from .followup_table import FollowUpModel, cell_text, cell_tooltip, reachable_dot
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
NOW = COLUMNS.index(M.COL_NOW)


CHUNK = 200
"""Rows put into the tree per turn of the event loop."""
MEASURED = 8
"""The longest texts of a column (by length) that fitting the columns measures."""


@dataclass(frozen=True)
class TodayRow:
    key: str
    texts: tuple[str, ...]  # one per column of ``COLUMNS``
    tips: tuple[str, ...]   # the tooltip of each column, "" for none
    late: bool              # its date in red
    reachability: Reachability | None  # the dot beside "reachable now"


@dataclass(frozen=True)
class TodaySection:
    title: str  # with its count: "Te laat (3)"
    rows: tuple[TodayRow, ...]
    empty: str  # the line shown when it has no rows


@dataclass(frozen=True)
class TodayData:
    today: Today
    users: list[tuple[str, str]]
    sections: tuple[TodaySection, ...]
    widest: tuple[tuple[str, ...], ...]  # per column, the texts fitting it measures
    items: dict[str, FollowUpItem]      # by key, every item the sections show


def load(session: Session) -> TodayData:
    return prepare(followups.today_page(session), practice_users(session))


def prepare(today: Today, users: list[tuple[str, str]]) -> TodayData:
    """On the worker: the sections with their rows' texts and tooltips, and what fitting the columns
    measures."""
    names = dict(users)
    parts = ((QCoreApplication.translate("TodayPage", "Overdue"), today.overdue,
              QCoreApplication.translate("TodayPage", "Nothing overdue.")),
             (QCoreApplication.translate("TodayPage", "Due today"), today.today,
              QCoreApplication.translate("TodayPage", "Nothing else due today.")),
             (QCoreApplication.translate("TodayPage", "Later this week"), today.this_week,
              QCoreApplication.translate("TodayPage", "Nothing more this week.")),
             (QCoreApplication.translate("TodayPage", "Waiting for others"), today.waiting,
              QCoreApplication.translate("TodayPage", "No open promises of others, no terugkoppeling expected.")),
             (QCoreApplication.translate("TodayPage", "Kindchecks coming up"), today.kindchecks,
              QCoreApplication.translate("TodayPage", "No kindcheck in the next two weeks.")))
    sections = []
    items: dict[str, FollowUpItem] = {}
    for title, found, empty in parts:
        rows = []
        for item in found:
            items[item.key] = item
            rows.append(TodayRow(item.key, tuple(row_text(item, column, names, today.now) for column in COLUMNS),
                                 tuple(row_tip(item, column, today.now) for column in COLUMNS),
                                 item.followup.overdue(today.now), item.reachability))
        sections.append(TodaySection(f"{title} ({len(found)})", tuple(rows), empty))
    every = [row.texts for section in sections for row in section.rows]
    widest = tuple(tuple(heapq.nlargest(MEASURED, {texts[position] for texts in every}, key=len))
                   for position in range(len(COLUMNS)))
    return TodayData(today, users, tuple(sections), widest, items)


def row_text(item: FollowUpItem, column: int, users: dict[str, str], now: datetime) -> str:
    """As the Opvolging list shows it, but for two things the missing kind column would have said: a
    late item others owe says whom we wait for ("wacht op Veilig Thuis"), and a terugkoppeling or a
    kindcheck says what it is before its reference or initials."""
    text = cell_text(item, column, users, now)
    if column == M.COL_WITH and item.waiting_for_others and item.late(now) and item.party_name:
        return QCoreApplication.translate("TodayPage", "waiting for {name}").format(name=item.party_name)
    if column == M.COL_WHAT and source_kind(item) in ("vt_contact", "kindcheck"):
        kind = kind_label(item.followup.kind)
        return f"{kind[:1].upper()}{kind[1:]}: {text}"
    return text


def row_tip(item: FollowUpItem, column: int, now: datetime) -> str:
    if column == M.COL_WHAT:
        return item.followup.what
    if column in (M.COL_DUE, M.COL_NOW, M.COL_ORIGIN):
        return cell_tooltip(item, column, now) or ""
    return ""


class TodayPage(Page):
    page_id = "today"
    start_page = True
    loaded = Signal()  # shown anew from a fresh load; ``counts()`` has the new numbers

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.data: TodayData | None = None
        self.items: dict[str, FollowUpItem] = {}
        self._select = ""
        self._fills = 0  # which load the chunks being put in belong to
        self._filling: tuple[str, int] | None = None  # while they are: the key, else the row, to select
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
        self._row_size = QSize(0, self.tree.fontMetrics().height() + 8)  # room for the dots of Ö and the like
        self._bold = QFont(self.tree.font())
        self._bold.setBold(True)
        self._late = QBrush(QColor(LATE))
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
        if self._filling is not None:  # the fill before this one was not done: what it would select stays
            wanted, position = self._filling
        else:
            current = self.current_item()
            wanted, position = (current.key if current is not None else ""), self._position()
        wanted = self._select or wanted
        self._select = ""
        self._filling = (wanted, position)
        self._fills += 1
        self.cells.now = data.today.now
        self.cells.users = dict(data.users)
        self.day.setText(day_text(data.today.now.astimezone(AMSTERDAM).date()))
        counts = data.today.counts()
        self.summary.setText(self.tr("{overdue} overdue · {today} today · {week} this week").format(
            overdue=counts["overdue"], today=counts["today"], week=counts["this_week"]))
        self.data = data
        self.items = data.items
        heads = self._start_fill(data)
        rows = [(head, row) for head, section in zip(heads, data.sections, strict=True) for row in section.rows]
        self._fill_chunk(self._fills, rows, 0)

    def _start_fill(self, data: TodayData) -> list[QTreeWidgetItem]:
        """The sections with their counts (and the line of an empty one); their rows follow a chunk a turn."""
        self.tree.blockSignals(True)
        self.tree.clear()
        heads = []
        for section in data.sections:
            head = QTreeWidgetItem(self.tree, [section.title])
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setSizeHint(0, self._row_size)
            head.setFont(0, self._bold)
            if not section.rows:
                row = QTreeWidgetItem(head, [section.empty])
                row.setSizeHint(0, self._row_size)
                row.setFirstColumnSpanned(True)
                row.setFlags(Qt.ItemFlag.NoItemFlags)
                head.setExpanded(True)
            heads.append(head)
        self._fit_columns(data)
        self.tree.blockSignals(False)
        return heads

    def _fill_chunk(self, fill: int, rows: list[tuple[QTreeWidgetItem, TodayRow]], start: int) -> None:
        if fill != self._fills:
            return  # a newer load is being shown
        added: dict[int, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        for head, row in rows[start:start + CHUNK]:
            added.setdefault(id(head), (head, []))[1].append(self._row(row))
        for head, children in added.values():
            head.addChildren(children)
            head.setExpanded(True)
        if start + CHUNK < len(rows):
            QTimer.singleShot(NEXT_TURN_MS, self, lambda: self._fill_chunk(fill, rows, start + CHUNK))
            return
        wanted, position = self._filling or ("", -1)
        self._filling = None
        if not self._select_key(wanted):
            self._select_at(max(position, 0))  # the next one after one was done; the first at the start
        self.nav_text_changed.emit()
        self.loaded.emit()

    def _row(self, row: TodayRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem(list(row.texts))
        item.setData(0, KEY_ROLE, row.key)
        icon = reachable_dot(row.reachability)
        if icon is not None:
            item.setIcon(NOW, icon)
        for position, tip in enumerate(row.tips):
            if tip:
                item.setToolTip(position, tip)
        item.setSizeHint(0, self._row_size)
        if row.late:
            item.setForeground(0, self._late)
        return item

    def _fit_columns(self, data: TodayData) -> None:
        """Each column as wide as its items (not the section titles across it), within ``WIDEST``; what is
        to be done takes the rest. The longest texts of each column are measured, not every one."""
        metrics = self.tree.fontMetrics()
        for position, column in enumerate(COLUMNS):
            if column == M.COL_WHAT:
                continue  # it takes the room the others leave
            texts = [self.tree.headerItem().text(position), *data.widest[position]]
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
