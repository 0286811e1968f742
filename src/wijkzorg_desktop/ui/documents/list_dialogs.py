"""The choices before a list or a timeline is made: whose follow-ups over which period, and how much of the
family a case timeline for the practice's own file shows."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QFormLayout, QGroupBox, QRadioButton, QVBoxLayout, QWidget

from ...services.cases import CaseFile
from ...services.documents import HandoverOptions
from ..cases.case_forms import CaseDialog
from ..dates import OptionalDate
from .case_options import HouseholdChoice, encrypt_check, weighing_check

DEFAULT_WEEKS = 4


class FollowUpListDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("followUpListDialog", parent)
        self.setWindowTitle(self.tr("Follow-up list as PDF"))
        self.say(self.tr("A signed list of the open follow-ups, to print or to take to a meeting. Cases appear "
                         "by their pseudonym only."))
        self.mine = QRadioButton(self.tr("&My follow-ups"), objectName="followUpsMine")
        self.everyone = QRadioButton(self.tr("The whole &practice"), objectName="followUpsAll")
        self.mine.setChecked(True)
        whose = QGroupBox(self.tr("Whose"))
        whose_layout = QVBoxLayout(whose)
        whose_layout.addWidget(self.mine)
        whose_layout.addWidget(self.everyone)
        self.start = OptionalDate(self.tr("&From"), "followUpsFrom")
        self.end = OptionalDate(self.tr("&Up to and including"), "followUpsTo")
        period = QGroupBox(self.tr("Due in the period (nothing ticked: everything open)"))
        period_layout = QFormLayout(period)
        period_layout.addRow(self.start)
        period_layout.addRow(self.end)
        self.body.addWidget(whose)
        self.body.addWidget(period)
        self.finish_layout()
        self.ok_button.setText(self.tr("Make &list"))
        self.setMinimumWidth(460)

    def prepare(self, today: date, may_see_all: bool) -> None:
        self.mine.setChecked(True)
        self.everyone.setEnabled(may_see_all)
        self.start.set_value(None, today)
        self.end.set_value(today + timedelta(weeks=DEFAULT_WEEKS))
        self.set_busy(False)
        self.mine.setFocus()

    def problem(self) -> str:
        start, end = self.start.value(), self.end.value()
        if start and end and end < start:
            self.end.setFocus()
            return self.tr("The end of the period lies before its start.")
        return ""

    def choice(self) -> tuple[bool, date | None, date | None]:
        return self.mine.isChecked(), self.start.value(), self.end.value()


class TimelineDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("timelineDialog", parent)
        self.setWindowTitle(self.tr("Timeline as PDF"))
        self.household = HouseholdChoice()
        self.weighing = weighing_check()
        self.encrypt = encrypt_check()
        self.body.addWidget(self.household)
        self.body.addWidget(self.weighing)
        self.body.addWidget(self.encrypt)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Make timeline"))
        self.setMinimumWidth(560)

    def prepare(self, file: CaseFile) -> None:
        self.setWindowTitle(self.tr("Timeline of {label} as PDF").format(label=file.case.label))
        self.say(self.tr("Everything dated in {label}, oldest first, signed, for the practice's own file. It does "
                         "not go to partners: for them, make a handover.").format(label=file.case.label))
        self.household.set_members(file.members)
        self.weighing.setChecked(True)
        self.encrypt.setChecked(False)
        self.set_busy(False)
        self.household.pseudonymised.setFocus()

    def options(self) -> HandoverOptions:
        return HandoverOptions(household_detail=self.household.household_detail(),
                               full_names=self.household.full_names(), include_weighing=self.weighing.isChecked(),
                               encrypt=self.encrypt.isChecked())
