"""A meeting of a series: its day (the next ones the rhythm proposes are a click away), time, length and
place. Its status is changed on the page (Gehouden, Verslag definitief), not here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ...domain.meetings import Meeting
from ..cases.case_forms import CaseDialog
from ..dates import date_edit, from_qdate, show_date, to_qdate


class MeetingDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("meetingDialog", parent)
        self._base: Meeting | None = None
        self.proposed = QComboBox(objectName="meetingProposed")
        self.on = date_edit("meetingDate")
        self.has_time = QCheckBox(self.tr("&At:"), objectName="meetingHasTime")
        self.at = QTimeEdit(objectName="meetingTime")
        self.at.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox(objectName="meetingMinutes", minimum=15, maximum=480, singleStep=15)
        self.minutes.setSuffix(self.tr(" min"))
        self.place = QLineEdit(objectName="meetingPlace")
        for widget, text in ((self.proposed, self.tr("Proposed dates")), (self.on, self.tr("Date")),
                             (self.at, self.tr("Time")), (self.minutes, self.tr("Duration")),
                             (self.place, self.tr("Place or link"))):
            widget.setAccessibleName(text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.proposed_label = QLabel(self.tr("&Proposed:"), buddy=self.proposed)
        form.addRow(self.proposed_label, self.proposed)
        form.addRow(QLabel(self.tr("&Date:"), buddy=self.on), self.on)
        row = QHBoxLayout()
        row.addWidget(self.has_time)
        row.addWidget(self.at)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("D&uration:"), buddy=self.minutes))
        row.addWidget(self.minutes)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow(QLabel(self.tr("P&lace or link:"), buddy=self.place), self.place)
        self.body.addLayout(form)
        self.finish_layout()
        self.has_time.toggled.connect(self.fields_changed)
        self.proposed.activated.connect(self._take_proposed)
        for first, second in ((self.proposed, self.on), (self.on, self.has_time), (self.has_time, self.at),
                              (self.at, self.minutes), (self.minutes, self.place)):
            self.setTabOrder(first, second)
        self.setMinimumWidth(480)

    def prepare(self, meeting: Meeting, series_name: str, series_place: str, proposed: list[date]) -> None:
        self._base = meeting
        self.editing_id = meeting.id
        self.setWindowTitle((self.tr("New meeting of {series}") if meeting.id is None
                             else self.tr("Meeting of {series}")).format(series=series_name))
        self.proposed.clear()
        for day in proposed:
            self.proposed.addItem(show_date(day), day.isoformat())
        self.proposed.setVisible(bool(proposed))
        self.proposed_label.setVisible(bool(proposed))
        self.on.setDate(to_qdate(meeting.on))
        self.has_time.setChecked(meeting.at is not None)
        self.at.setTime(QTime(meeting.at.hour, meeting.at.minute) if meeting.at else QTime(14, 0))
        self.minutes.setValue(meeting.duration_minutes)
        self.place.setText(meeting.place)
        self.place.setPlaceholderText(series_place or self.tr("the place of the series"))
        self.set_busy(False)
        (self.proposed if proposed else self.on).setFocus()

    def _take_proposed(self) -> None:
        text = self.proposed.currentData()
        if text:
            self.on.setDate(to_qdate(date.fromisoformat(str(text))))

    def fields_changed(self) -> None:
        self.at.setEnabled(not self.busy and self.has_time.isChecked())

    def meeting(self) -> Meeting:
        assert self._base is not None
        at = self.at.time()
        return replace(self._base, on=from_qdate(self.on.date()),
                       at=time(at.hour(), at.minute()) if self.has_time.isChecked() else None,
                       duration_minutes=self.minutes.value(), place=self.place.text().strip())
