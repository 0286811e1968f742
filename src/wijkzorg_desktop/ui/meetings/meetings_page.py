"""Overleg: the practice's meetings with its partners (sociaal wijkoverleg, MDO, huisartsenoverleg).

On the left the series, in the middle the meetings of the chosen series, on the right the chosen meeting
with its attendance and agenda. Ctrl+N starts a new series, Ctrl+M a new meeting; Ctrl+S saves the
notes of the agenda item. Opening a meeting is a read in the audit log, so the page loads only while it
is shown. Text typed in its dialogs and in the item notes is kept across a lock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import VaultLocked
from ...domain.meetings import KIND_LABELS, RHYTHM_LABELS, Meeting, MeetingStatus
from ...domain.users import Permission
from ...services import meetings
from ...services.meetings import MeetingFile
from ...services.session import Session
from ..client import VaultClient
from ..dates import show_date
from ..messages import error_text
from ..page import Drafts, Page, Target
from ..page_parts import Notice, action_button, explanation, heading, page_action
from .labels import ShortList, meeting_line, word
from .loading import PageData, SeriesData, load_page, load_series
from .meeting_view import MeetingView
from .page_work import MeetingWork


def _list(name: str, accessible: str) -> ShortList:
    found = ShortList(objectName=name)
    found.setAccessibleName(accessible)
    found.setWordWrap(True)
    found.setTextElideMode(Qt.TextElideMode.ElideNone)
    found.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return found


class MeetingsPage(Page):
    page_id = "meetings"

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.data: PageData | None = None
        self.series_data: SeriesData | None = None
        self._stale = True
        self._wanted_series: int | None = None
        self.wanted_meeting: int | None = None
        self.pending: Drafts = {}
        self.series_list = _list("meetingSeries", self.tr("Meeting series"))
        self.meeting_list = _list("meetingList", self.tr("Meetings of the series"))
        self.view = MeetingView()
        self.notice = Notice("meetingsNotice")
        self.work = MeetingWork(self)
        may_hold = client.may(Permission.HOLD_MEETINGS)
        may_dates = client.may(Permission.EDIT_MEETING_DATES)
        self.view.set_rights(may_hold, may_dates, client.may(Permission.VIEW_CASES))
        self.new_series_action = page_action(self, self.tr("&New series…"), "newSeries", "Ctrl+N",
                                              self.work.new_series, self.tr("A new series of meetings"))
        self.new_meeting_action = page_action(self, self.tr("New &meeting…"), "newMeeting", "Ctrl+M",
                                               self.work.new_meeting, self.tr("A new meeting of this series"))
        self.edit_series_button = self._button(self.tr("&Edit series…"), "editSeries",
                                               self.tr("Name, rhythm, place and members"), self.work.edit_series)
        self.calendar_button = self._button(self.tr("Calenda&r file…"), "seriesCalendar",
                                            self.tr("The meetings of this series as an iCalendar file: only "
                                                    "the name and the place"), self.work.calendar_file)
        self.edit_meeting_button = self._button(self.tr("&Date and place…"), "editMeeting",
                                                self.tr("Change the date, time or place of this meeting"),
                                                self.work.edit_meeting)
        self.remove_meeting_button = self._button(self.tr("Remove meeting…"), "removeMeeting",
                                                  self.tr("A planned meeting without agenda items"),
                                                  self.work.remove_meeting)
        self.new_series_action.setEnabled(may_hold)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Series")))
        column.addWidget(self.series_list, 1)
        column.addWidget(action_button(self.new_series_action))
        column.addWidget(self.edit_series_button)
        column.addWidget(self.calendar_button)
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Meetings")))
        column.addWidget(self.meeting_list, 1)
        column.addWidget(action_button(self.new_meeting_action))
        column.addWidget(self.edit_meeting_button)
        column.addWidget(self.remove_meeting_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="meetingsSplitter")
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((left, 0), (middle, 0), (self.view, 1)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        left.setMinimumWidth(180)
        middle.setMinimumWidth(150)
        splitter.setSizes([210, 180, 900])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.title()))
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(explanation(self.tr(
            "The practice's meetings with its partners: who comes, the agenda, what was shared and decided, "
            "and who does what. A case is named by its pseudonym only.")))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        self.setTabOrder(self.series_list, self.meeting_list)
        self.setTabOrder(self.meeting_list, self.view.tabs)

        self.series_list.currentRowChanged.connect(lambda _row: self._series_chosen())
        self.meeting_list.currentRowChanged.connect(lambda _row: self._meeting_chosen())
        self.series_list.itemActivated.connect(lambda _item: self.work.edit_series())
        self.client.changed.connect(self.refresh)
        self.update_actions()

    def title(self) -> str:
        return self.tr("Meetings")

    def _button(self, text: str, name: str, tip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.client.call(load_page, self._page_loaded, self.failed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def _page_loaded(self, data: PageData) -> None:
        self.data = data
        self.view.lookup = data.lookup
        self.work.items.cases = None  # the open cases are read again when an item is next made
        chosen = self._wanted_series or self.current_series_id()
        self.series_list.blockSignals(True)
        self.series_list.clear()
        for summary in data.series:
            s = summary.series
            facts = [word(KIND_LABELS, s.kind), word(RHYTHM_LABELS, s.rhythm)]
            if summary.next_meeting is not None:
                facts.append(self.tr("next {date}").format(date=show_date(summary.next_meeting.on)))
            entry = QListWidgetItem(f"{s.name}\n{' · '.join(facts)}")
            entry.setData(Qt.ItemDataRole.UserRole, s.id)
            entry.setToolTip(s.place)
            self.series_list.addItem(entry)
        row = next((i for i, s in enumerate(data.series) if s.series.id == chosen), 0 if data.series else -1)
        self.series_list.setCurrentRow(row)
        self.series_list.blockSignals(False)
        if not data.series:
            self.notice.info(self.tr("No meetings yet. Start with a series: Ctrl+N."))
        self._series_chosen()
        self.work.restore_series_draft()

    def current_series_id(self) -> int | None:
        entry = self.series_list.currentItem()
        value = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        return int(value) if value is not None else None

    def current_summary(self) -> meetings.SeriesSummary | None:
        series_id = self.current_series_id()
        if self.data is None or series_id is None:
            return None
        return next((s for s in self.data.series if s.series.id == series_id), None)

    def _series_chosen(self) -> None:
        series_id = self.current_series_id()
        self.update_actions()
        if series_id is None:
            self.series_data = None
            self.meeting_list.clear()
            self.view.show_file(None)
            return
        self.client.call(lambda session: load_series(session, series_id), self._series_loaded, self.failed)

    def _series_loaded(self, data: SeriesData) -> None:
        if data.series_id != self.current_series_id():
            return
        self.series_data = data
        chosen = self.wanted_meeting or self.current_meeting_id()
        self._wanted_series = None
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for meeting in data.meetings:
            entry = QListWidgetItem(meeting_line(meeting))
            entry.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.meeting_list.addItem(entry)
        row = next((i for i, m in enumerate(data.meetings) if m.id == chosen), -1)
        if row < 0 and data.meetings:
            row = self._default_row(data.meetings, self.data.today if self.data else date.today())
        self.meeting_list.setCurrentRow(row)
        self.meeting_list.blockSignals(False)
        self._meeting_chosen()

    @staticmethod
    def _default_row(found: list[Meeting], today: date) -> int:
        """The first meeting from today on; else the last one."""
        return next((i for i, m in enumerate(found) if m.on >= today), len(found) - 1)

    def current_meeting_id(self) -> int | None:
        entry = self.meeting_list.currentItem()
        value = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        return int(value) if value is not None else None

    def _meeting_chosen(self) -> None:
        meeting_id = self.current_meeting_id()
        self.update_actions()
        if meeting_id is None:
            self.view.show_file(None)
            self.work.restore_meeting_drafts(None)
            return
        self.client.call(lambda session: meetings.open_meeting(session, meeting_id), self.show_file, self.failed)

    def show_file(self, file: MeetingFile) -> None:
        """The meeting as read (after opening it, or after a change in it)."""
        if file.meeting.id != self.current_meeting_id():
            return
        self.wanted_meeting = None
        self.view.show_file(file, may_contacts=self.client.may(Permission.EDIT_CONTACTS))
        self._update_meeting_line(file.meeting)
        self.update_actions()
        self.work.restore_meeting_drafts(file)

    def _update_meeting_line(self, meeting: Meeting) -> None:
        entry = self.meeting_list.currentItem()
        if entry is not None:
            entry.setText(meeting_line(meeting))

    def update_actions(self) -> None:
        has_series = self.current_series_id() is not None
        may_hold = self.client.may(Permission.HOLD_MEETINGS)
        may_dates = self.client.may(Permission.EDIT_MEETING_DATES)
        self.edit_series_button.setEnabled(may_hold and has_series)
        self.calendar_button.setEnabled(has_series)
        self.new_meeting_action.setEnabled(may_dates and has_series and self.series_data is not None)
        file = self.view.file
        self.edit_meeting_button.setEnabled(may_dates and file is not None
                                            and file.meeting.status != MeetingStatus.FINAL)
        self.remove_meeting_button.setEnabled(may_dates and file is not None and not file.items
                                              and file.meeting.status == MeetingStatus.PLANNED)

    def show_target(self, target: Target) -> None:
        """Another page (a follow-up from a meeting) shows that meeting here."""
        if target[0] != "meeting":
            return
        meeting_id = int(target[1])

        def find(session: Session) -> int:
            return int(meetings.open_meeting(session, meeting_id).series.id or 0)

        self.client.call(find, lambda series_id: self.select(series_id, meeting_id), self.failed)

    def select(self, series_id: int, meeting_id: int | None) -> None:
        self._wanted_series, self.wanted_meeting = series_id, meeting_id
        if self.data is None or self._stale:
            if self.isVisible():
                self.refresh()
            return
        row = next((i for i in range(self.series_list.count())
                    if self.series_list.item(i).data(Qt.ItemDataRole.UserRole) == series_id), -1)
        if row < 0:
            self.refresh()
        elif row == self.series_list.currentRow():
            self._series_chosen()
        else:
            self.series_list.setCurrentRow(row)

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> Drafts:
        return self.work.draft()

    def restore_draft(self, drafts: Drafts) -> None:
        self.pending = dict(drafts)
        if self.data is not None:
            self.work.restore_series_draft()
            self.work.restore_meeting_drafts(self.view.file)
