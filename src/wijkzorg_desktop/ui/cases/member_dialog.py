"""Add or change a household member: role, initials, birth year, patient here. Never a BSN."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from ...domain.cases import MEMBER_ROLE_LABELS, HouseholdMember, MemberRole
from .case_forms import CaseDialog

NO_YEAR = 1899  # the spin box's "unknown"


def member_role_label(role: MemberRole | str) -> str:
    try:
        return QCoreApplication.translate("cases", MEMBER_ROLE_LABELS[MemberRole(role)])
    except ValueError:
        return str(role)


class MemberDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("memberDialog", parent)
        self._base: HouseholdMember | None = None
        self.today = date.today()
        self.role = QComboBox(objectName="memberRole")
        for role in MemberRole:
            self.role.addItem(member_role_label(role), str(role))
        self.initials = QLineEdit(objectName="memberInitials", maxLength=12)
        self.initials.setPlaceholderText(self.tr("e.g. J.K."))
        self.birth_year = QSpinBox(objectName="memberBirthYear", minimum=NO_YEAR, maximum=self.today.year)
        self.birth_year.setSpecialValueText(self.tr("unknown"))
        self.age = QLabel(objectName="memberAge")
        self.patient = QCheckBox(self.tr("&Patient of this practice"), objectName="memberPatient")
        self.his_number = QLineEdit(objectName="memberHisNumber", maxLength=20)
        self.his_number.setPlaceholderText(self.tr("optional"))
        for widget, name in ((self.role, self.tr("Role in the household")), (self.initials, self.tr("Initials")),
                             (self.birth_year, self.tr("Birth year")),
                             (self.his_number, self.tr("HIS patient number"))):
            widget.setAccessibleName(name)
        self.say(self.tr("Only initials and a birth year: this program keeps no names, dates of birth or "
                         "BSN of the family. The HIS number helps find the patient in the HIS."))

        form = QFormLayout()
        form.addRow(QLabel(self.tr("&Role:"), buddy=self.role), self.role)
        form.addRow(QLabel(self.tr("&Initials:"), buddy=self.initials), self.initials)
        form.addRow(QLabel(self.tr("&Birth year:"), buddy=self.birth_year), self.birth_year)
        form.addRow(self.tr("Age:"), self.age)
        form.addRow("", self.patient)
        form.addRow(QLabel(self.tr("&HIS patient number:"), buddy=self.his_number), self.his_number)
        self.body.addLayout(form)
        self.finish_layout()
        self.setTabOrder(self.role, self.initials)
        self.setTabOrder(self.initials, self.birth_year)
        self.setTabOrder(self.birth_year, self.patient)
        self.setTabOrder(self.patient, self.his_number)
        self.birth_year.valueChanged.connect(self._show_age)
        self.patient.toggled.connect(self.fields_changed)
        self.setMinimumWidth(460)

    def prepare(self, member: HouseholdMember, today: date) -> None:
        self._base = member
        self.today = today
        self.editing_id = member.id
        self.setWindowTitle(self.tr("New household member") if member.id is None
                            else self.tr("Edit {initials}").format(initials=member.initials))
        self.role.setCurrentIndex(max(self.role.findData(str(member.role)), 0))
        self.initials.setText(member.initials)
        self.birth_year.setMaximum(today.year)
        self.birth_year.setValue(member.birth_year or NO_YEAR)
        self.patient.setChecked(member.is_patient)
        self.his_number.setText(member.his_number)
        self._show_age()
        self.set_busy(False)
        self.initials.setFocus() if member.id is None else self.role.setFocus()

    def fields_changed(self) -> None:
        self.his_number.setEnabled(self.patient.isChecked() and not self.busy)

    def _show_age(self) -> None:
        year = self.birth_year.value()
        self.age.setText("" if year == NO_YEAR
                         else self.tr("about %n year(s)", "", self.today.year - year))

    def problem(self) -> str:
        if not self.initials.text().strip():
            self.initials.setFocus()
            return self.tr("Fill in the initials.")
        return ""

    def member(self) -> HouseholdMember:
        assert self._base is not None
        year = self.birth_year.value()
        patient = self.patient.isChecked()
        return replace(self._base, role=MemberRole(self.role.currentData()), initials=self.initials.text(),
                       birth_year=None if year == NO_YEAR else year, is_patient=patient,
                       his_number=self.his_number.text() if patient else "")
