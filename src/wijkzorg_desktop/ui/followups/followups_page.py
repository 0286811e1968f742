"""Opvolging: every open follow-up, by owner ("Mijn opvolging" or everyone's), kind and case, overdue
first. Enter opens the item's case, Space marks it done and asks for the result; a recurring one comes
back with its next date.

Loading the list is a read in the audit log, so the page loads only while it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import VaultLocked
from ...domain.followups import FollowUpKind
from ...domain.users import Permission
from ...services import followups
from ...services.followups import FollowUpItem
from ...services.practice_users import practice_users
from ...services.session import Session
from ..client import VaultClient
from ..documents.followup_pdf import FollowUpListPdf
from ..messages import error_text
from ..page import Drafts, Page
from ..page_parts import Notice, heading
from ..table_model import SortedTable
from .calendar_export import CalendarExport
from .followup_table import FollowUpModel, fit
from .followup_work import FollowUpWork
from .item_actions import ItemActions
from .labels import describe, kind_label

MINE, EVERYONE = "mine", "all"
NO_CASE = -1


@dataclass(frozen=True)
class ListData:
    items: list[FollowUpItem]
    now: datetime
    users: list[tuple[str, str]]
    cases: list[tuple[str, int | None]] = field(default_factory=list)  # the case filter's choices
    mine: list[FollowUpItem] = field(default_factory=list)  # the user's own, the list shown first


def load(session: Session) -> ListData:
    """On the worker: the open follow-ups, the user's own among them, and the cases they are for (worked
    out here, not on the GUI: at 10x the list holds 50,000)."""
    items = followups.pending(session)
    cases = sorted({(i.case_label, i.followup.case_id) for i in items if i.case_label},
                   key=lambda pair: (pair[0], pair[1] or 0))
    login = session.user.login
    mine = [i for i in items if i.followup.owner_login == login]
    return ListData(items, session.now(), practice_users(session), cases, mine)


class FollowUpsPage(Page):
    page_id = "followups"

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.data: ListData | None = None
        self._stale = True
        self._select = ""
        self.model = FollowUpModel(self)
        self.table = SortedTable(self.model, parent=self)
        self.table.setObjectName("followUpsTable")
        self.table.setAccessibleName(self.tr("Open follow-ups"))
        self.table.setColumnHidden(FollowUpModel.COL_CASE, not client.may(Permission.VIEW_CASES))
        self.table.setColumnHidden(FollowUpModel.COL_STATE, True)  # the red date says it, its tooltip how much
        for column in (FollowUpModel.COL_PHONE, FollowUpModel.COL_NOW):
            self.table.setColumnHidden(column, True)  # the day's call list is Vandaag
        self.owner = QComboBox(objectName="followUpsOwner")
        self.owner.addItem(self.tr("My follow-ups"), MINE)
        self.owner.addItem(self.tr("Everyone's"), EVERYONE)
        self.kind = QComboBox(objectName="followUpsKind")
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in FollowUpKind:
            self.kind.addItem(kind_label(kind), str(kind))
        self.case = QComboBox(objectName="followUpsCase")
        # as wide as the longest choice, counted in characters: measuring thousands of cases is a stall
        self.case.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count = QLabel(objectName="followUpsCount")
        self.detail = QLabel(objectName="followUpsDetail", wordWrap=True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.fontMetrics().height() * 3)
        self.notice = Notice("followUpsNotice")
        self.work = FollowUpWork(client, self)
        self.actions = ItemActions(self, self.table, self.table.current_row, self.work)
        self.export = CalendarExport(client, self)
        self.export_button = QPushButton(self.tr("Export to calendar (iCalendar)…"), objectName="exportCalendar")
        self.export_button.setToolTip(self.tr("Your own follow-ups with a date, as a file for your agenda"))
        self.export_button.setAutoDefault(False)
        self.pdf = FollowUpListPdf(client, self)
        self.pdf_button = QPushButton(self.tr("List as PDF…"), objectName="followUpListPdf")
        self.pdf_button.setToolTip(self.tr("The open follow-ups as a signed list, to print or take to a meeting"))
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(lambda: self.pdf.start(self.owner.currentData() == EVERYONE))

        top = QHBoxLayout()
        top.addWidget(heading(self.title()))
        top.addStretch(1)
        top.addWidget(self.count, 0, Qt.AlignmentFlag.AlignBottom)
        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("&Whose:"), buddy=self.owner), 0, 0)
        filters.addWidget(self.owner, 0, 1)
        filters.addWidget(QLabel(self.tr("&Kind:"), buddy=self.kind), 0, 2)
        filters.addWidget(self.kind, 0, 3)
        self.case_label = QLabel(self.tr("C&ase:"), buddy=self.case)
        filters.addWidget(self.case_label, 0, 4)
        filters.addWidget(self.case, 0, 5)
        filters.setColumnStretch(6, 1)
        buttons = self.actions.buttons()
        buttons.insertWidget(buttons.count() - 1, self.export_button)
        buttons.insertWidget(buttons.count() - 1, self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        for widget in (self.case_label, self.case):  # once in the page, or they would be windows of their own
            widget.setHidden(not client.may(Permission.VIEW_CASES))
        self.setTabOrder(self.owner, self.kind)
        self.setTabOrder(self.kind, self.case)
        self.setTabOrder(self.case, self.table)

        for combo in (self.owner, self.kind, self.case):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.actions.open())
        self.work.finished.connect(self._work_finished)
        self.work.failed.connect(self.notice.error)
        self.export.said.connect(self.notice.info)
        self.export.failed.connect(self.notice.error)
        self.export_button.clicked.connect(self.export.start)
        self.client.changed.connect(self.refresh)
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Follow-ups")

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.client.call(load, self._loaded, self._failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def _loaded(self, data: ListData) -> None:
        self.data = data
        self.model.now = data.now
        self.model.users = dict(data.users)
        chosen = self.case.currentData()
        self.case.blockSignals(True)
        self.case.clear()
        fixed = (self.tr("All cases"), self.tr("Without a case"))
        self.case.addItem(fixed[0], None)
        self.case.addItem(fixed[1], NO_CASE)
        for label, case_id in data.cases:
            self.case.addItem(label, case_id)
        self.case.setMinimumContentsLength(max(len(text) for text in
                                               (*fixed, *(label for label, _ in data.cases))))
        self.case.setCurrentIndex(max(self.case.findData(chosen), 0))
        self.case.blockSignals(False)
        self.apply_filter()

    def shown_items(self) -> list[FollowUpItem]:
        if self.data is None:
            return []
        kind, case, mine = self.kind.currentData(), self.case.currentData(), self.owner.currentData() == MINE
        items = self.data.mine if mine else self.data.items
        if not kind and case is None:
            return items
        return [i for i in items
                if (not kind or str(i.followup.kind) == kind)
                and (case is None or (case == NO_CASE and not i.case_label) or (i.followup.case_id == case
                     and bool(i.case_label)))]

    def apply_filter(self) -> None:
        current = self.table.current_row()
        row = self.table.currentIndex().row()
        wanted = self._select or (current.key if current is not None else "")
        self._select = ""
        shown = self.shown_items()
        self.model.set_rows(shown)
        self.table.setColumnHidden(FollowUpModel.COL_OWNER, self.owner.currentData() == MINE)
        fit(self.table)
        found = bool(wanted) and self.table.select_where(lambda item: item.key == wanted)
        if not found and shown:  # the next one after one was done; the first at the start
            self.table.selectRow(self.table.view_row(min(max(row, 0), len(shown) - 1)))
        total = len(self.data.items) if self.data else 0
        if len(shown) != total:
            self.count.setText(self.tr("{shown} of {total} open follow-ups").format(shown=len(shown), total=total))
        else:
            self.count.setText(self.tr("%n open follow-up(s)", "", total))
        self._selection_changed()

    # -- the selected item -----------------------------------------------------------------------

    def _selection_changed(self) -> None:
        self.actions.update()
        item = self.table.current_row()
        self.detail.setText(describe(item, self.model.users, self.model.now) if item is not None else "")

    def _work_finished(self, text: str, key: str) -> None:
        self.notice.info(text)
        self._select = key
        self.table.setFocus()

    def draft(self) -> Drafts:
        return self.work.draft()

    def restore_draft(self, drafts: Drafts) -> None:
        self.work.restore_draft(drafts)
