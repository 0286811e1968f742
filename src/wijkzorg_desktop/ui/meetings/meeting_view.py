"""One meeting on the Overleg page: what, when and where, its status, the papers, and two tabs: who
comes (with the contacts to check before it) and the agenda with the selected item's notes, decisions
and actions. An assistent keeps the dates and the attendance and sees no agenda."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.meetings import STATUS_LABELS, MeetingStatus
from ...services.meetings import ItemView, MeetingFile
from ..cases.track_parts import Lookup
from ..dates import show_date
from .attendance_table import AttendanceTable
from .item_editor import ItemEditor, item_heading
from .labels import ShortList, ShortScroll, clock, word
from .to_check import ToCheckBox


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text, objectName=name)
    button.setAutoDefault(False)
    if tip:
        button.setToolTip(tip)
    return button


class MeetingView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file: MeetingFile | None = None
        self.lookup: Lookup | None = None  # the names of replacements
        self.heading = QLabel(objectName="meetingHeading", wordWrap=True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.facts = QLabel(objectName="meetingFacts", wordWrap=True)
        self.held = _button(self.tr("Mar&k as held"), "meetingHeld",
                            self.tr("The meeting took place: case items are written in their case timelines"))
        self.final = _button(self.tr("Minutes fina&l"), "meetingFinal",
                             self.tr("The minutes are final: nothing in this meeting can be changed after this"))
        self.agenda_paper = _button(self.tr("&Agenda…"), "meetingAgendaPaper",
                                    self.tr("The agenda as a signed PDF: pseudonyms and questions only"))
        self.minutes_paper = _button(self.tr("M&inutes…"), "meetingMinutesPaper",
                                     self.tr("The minutes (verslag) as a signed PDF, never the internal notes"))
        self.copy_paper = _button(self.tr("Cop&y for…"), "meetingCopyPaper",
                                  self.tr("A copy of the minutes for one attendee, with only what they may receive"))
        self.attendance = AttendanceTable()
        self.to_check = ToCheckBox()
        self.items = ShortList(objectName="agendaItems")
        self.items.setAccessibleName(self.tr("Agenda items"))
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_item = _button(self.tr("Ne&w item…"), "newAgendaItem", self.tr("Add an item to the agenda"))
        self.edit_item = _button(self.tr("Edit item…"), "editAgendaItem")
        self.remove_item = _button(self.tr("Remove item"), "removeAgendaItem")
        self.editor = ItemEditor()

        papers = QHBoxLayout()
        for button in (self.held, self.final):
            papers.addWidget(button)
        papers.addSpacing(16)
        for button in (self.agenda_paper, self.minutes_paper, self.copy_paper):
            papers.addWidget(button)
        papers.addStretch(1)

        attendance = QWidget(objectName="attendanceTab")
        column = QVBoxLayout(attendance)
        column.addWidget(self.attendance, 1)
        column.addWidget(self.to_check)
        agenda = QWidget(objectName="agendaTab")
        left = QWidget()
        items = QVBoxLayout(left)
        items.setContentsMargins(0, 0, 0, 0)
        items.addWidget(self.items, 1)
        for button in (self.new_item, self.edit_item, self.remove_item):
            items.addWidget(button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("agendaSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        scroll = ShortScroll(objectName="itemScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(self.editor)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([180, 600])
        left.setMinimumWidth(130)
        row = QHBoxLayout(agenda)
        row.addWidget(split)
        self.tabs = QTabWidget(objectName="meetingTabs")
        self.attendance_index = self.tabs.addTab(attendance, self.tr("Attendance"))
        self.agenda_index = self.tabs.addTab(agenda, self.tr("Agenda and notes"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(papers)
        layout.addWidget(self.tabs, 1)
        self.items.currentRowChanged.connect(lambda _row: self.show_selected_item())
        self.items.itemActivated.connect(lambda _entry: self.edit_item.click())
        self.may_hold = False
        self.may_dates = False
        self.show_file(None)

    def set_rights(self, may_hold: bool, may_dates: bool, may_see_items: bool) -> None:
        self.may_hold, self.may_dates = may_hold, may_dates
        self.tabs.setTabVisible(self.agenda_index, may_hold and may_see_items)
        for button in (self.held, self.final, self.agenda_paper, self.minutes_paper, self.copy_paper):
            button.setVisible(may_hold)

    def show_file(self, file: MeetingFile | None, *, may_contacts: bool = False) -> None:
        same = file is not None and self.file is not None and file.meeting.id == self.file.meeting.id
        wanted = self.current_item().item.id if same and self.current_item() is not None else None
        self.file = file
        self.setEnabled(file is not None)
        if file is None:
            self.heading.setText(self.tr("Choose a meeting, or make a new one."))
            self.facts.clear()
            self.attendance.show_attendees([], False)
            self.to_check.show_contacts([], 12, False)
            self.items.clear()
            self.editor.show_item(None, 0, False)
            self.update_buttons()
            return
        m = file.meeting
        self.heading.setText(f"{file.series.name} — {show_date(m.on)} {clock(m.at)}".strip())
        status = word(STATUS_LABELS, m.status)
        parts = [self.tr("Status: {status}").format(status=status)]
        if file.place:
            parts.append(self.tr("Place: {place}").format(place=file.place))
        if file.next_meeting is not None:
            parts.append(self.tr("Next meeting: {date}").format(date=show_date(file.next_meeting.on)))
        if m.status == MeetingStatus.FINAL:
            parts.append(self.tr("The minutes are final: nothing can be changed."))
        self.facts.setText(" · ".join(parts))
        final = m.status == MeetingStatus.FINAL
        self.attendance.model.lookup = self.lookup
        self.attendance.show_attendees(file.attendees, self.may_dates and not final)
        self.to_check.show_contacts(file.to_check, file.verify_after_months, may_contacts)
        self.set_rights(self.may_hold, self.may_dates, file.may_see_items)
        self.items.blockSignals(True)
        self.items.clear()
        for number, view in enumerate(file.items, 1):
            entry = QListWidgetItem(item_heading(view, number))
            entry.setData(Qt.ItemDataRole.UserRole, number - 1)
            self.items.addItem(entry)
        row = next((i for i, v in enumerate(file.items) if v.item.id == wanted), 0 if file.items else -1)
        self.items.setCurrentRow(row)
        self.items.blockSignals(False)
        self.show_selected_item(keep_notes=same)
        self.update_buttons()

    def current_item(self) -> ItemView | None:
        row = self.items.currentRow()
        if self.file is None or not 0 <= row < len(self.file.items):
            return None
        return self.file.items[row]

    def show_selected_item(self, *, keep_notes: bool = False) -> None:
        view = self.current_item()
        editable = self.may_hold and self.file is not None and self.file.meeting.status != MeetingStatus.FINAL
        self.editor.show_item(view, self.items.currentRow() + 1, editable, keep_notes=keep_notes)
        self.update_buttons()

    def update_buttons(self) -> None:
        file = self.file
        status = file.meeting.status if file is not None else None
        open_ = file is not None and status != MeetingStatus.FINAL
        self.held.setEnabled(self.may_hold and status == MeetingStatus.PLANNED)
        self.final.setEnabled(self.may_hold and status == MeetingStatus.HELD)
        for button in (self.agenda_paper, self.minutes_paper):
            button.setEnabled(self.may_hold and file is not None)
        self.copy_paper.setEnabled(self.may_hold and file is not None and status != MeetingStatus.PLANNED)
        self.new_item.setEnabled(self.may_hold and open_)
        has_item = self.current_item() is not None
        self.edit_item.setEnabled(self.may_hold and open_ and has_item)
        self.remove_item.setEnabled(self.may_hold and open_ and has_item)
