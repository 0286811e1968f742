"""What a document from a case shows of the family: by default initials and birth years only (AVG: no more
than the recipient needs); with "more details" the user types full names per member, for this document
alone (they are not stored). And whether the practice's own weighing goes in."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.cases import MEMBER_ROLE_LABELS, HouseholdMember

MAX_NAME = 120


def member_text(member: HouseholdMember) -> str:
    role = QCoreApplication.translate("cases", MEMBER_ROLE_LABELS[member.role])
    year = QCoreApplication.translate("CaseOptions", "born {year}").format(year=member.birth_year) \
        if member.birth_year else ""
    details = ", ".join(part for part in (role, year) if part)
    return f"{member.initials} ({details})"


class HouseholdChoice(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The family in the document"))
        self.setObjectName("householdChoice")
        self.pseudonymised = QRadioButton(self.tr("&Pseudonymised: initials and birth years (advised)"),
                                          objectName="householdPseudonymised")
        self.detailed = QRadioButton(self.tr("More &details: full names, typed here for this document only"),
                                     objectName="householdDetailed")
        self.pseudonymised.setChecked(True)
        self.names_box = QWidget(objectName="fullNames")
        self.names = QFormLayout(self.names_box)
        self.names.setContentsMargins(24, 0, 0, 0)
        self.fields: dict[int, QLineEdit] = {}
        self.empty = QLabel(self.tr("The case has no household members."))
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pseudonymised)
        layout.addWidget(self.detailed)
        layout.addWidget(self.names_box)
        layout.addWidget(self.empty)
        self.detailed.toggled.connect(self._toggled)
        self._toggled()

    def set_members(self, members: Sequence[HouseholdMember]) -> None:
        while self.names.rowCount():
            self.names.removeRow(0)
        self.fields = {}
        for member in members:
            if member.id is None:
                continue
            field = QLineEdit(objectName=f"fullName{member.id}", maxLength=MAX_NAME)
            field.setPlaceholderText(self.tr("Full name"))
            field.setAccessibleName(self.tr("Full name of {member}").format(member=member.initials))
            self.names.addRow(member_text(member) + ":", field)
            self.fields[int(member.id)] = field
        self.empty.setVisible(not self.fields)
        self.pseudonymised.setChecked(True)
        self._toggled()

    def _toggled(self) -> None:
        self.names_box.setVisible(self.detailed.isChecked() and bool(self.fields))
        self.changed.emit()

    def household_detail(self) -> bool:
        return self.detailed.isChecked()

    def full_names(self) -> dict[int, str]:
        if not self.detailed.isChecked():
            return {}
        return {member_id: field.text().strip() for member_id, field in self.fields.items() if field.text().strip()}


def weighing_check(parent: QWidget | None = None) -> QCheckBox:
    check = QCheckBox(QCoreApplication.translate("CaseOptions", "Include the practice's own &weighing"), parent)
    check.setObjectName("includeWeighing")
    check.setToolTip(QCoreApplication.translate(
        "CaseOptions", "The afwegingskader answers, the notes on the meldcode steps and the reasons for decisions. "
        "Without it the document names the steps reached and the decisions only."))
    return check


def encrypt_check(parent: QWidget | None = None) -> QCheckBox:
    check = QCheckBox(QCoreApplication.translate(
        "CaseOptions", "&Encrypt with a password (to pass on by phone or Siilo)"), parent)
    check.setObjectName("encryptDocument")
    return check
