"""Record a household member's word on sharing with one recipient for one purpose.

Each record is new: a changed mind (consent withdrawn, say) is a later record, and the history stays.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.cases import MEMBER_ROLE_LABELS, HouseholdMember
from ...domain.consent import PURPOSE_LABELS, STATUS_LABELS, Consent, ConsentForm, ConsentStatus, Purpose
from ..contacts.form_parts import ContactDialog
from ..dates import date_edit, from_qdate, to_qdate
from ..page_parts import explanation
from .track_parts import Lookup, RecipientCombo, fill, word


def member_text(member: HouseholdMember) -> str:
    text = f"{member.initials} ({word('cases', MEMBER_ROLE_LABELS[member.role])}"
    return text + (f", {member.birth_year})" if member.birth_year else ")")


class ConsentDialog(ContactDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Record consent"))
        self.member = QComboBox(objectName="consentMember")
        self.recipient = RecipientCombo(objectName="consentRecipient")
        self.purpose = QComboBox(objectName="consentPurpose")
        fill(self.purpose, PURPOSE_LABELS, "consent")
        self.status = QComboBox(objectName="consentStatus")
        fill(self.status, STATUS_LABELS, "consent")
        self.status.setPlaceholderText(self.tr("(choose what was said)"))  # nothing is chosen for the user
        self.on = date_edit("consentDate")
        self.form = QComboBox(objectName="consentForm")
        self.form.addItem(self.tr("orally"), str(ConsentForm.ORAL))
        self.form.addItem(self.tr("in writing"), str(ConsentForm.WRITTEN))
        self.form.addItem(self.tr("(not applicable)"), "")
        self.note = QLineEdit(objectName="consentNote")
        for widget, name in ((self.member, self.tr("Household member")), (self.recipient, self.tr("Recipient")),
                             (self.purpose, self.tr("Purpose")), (self.status, self.tr("Consent")),
                             (self.on, self.tr("Date")), (self.form, self.tr("How")), (self.note, self.tr("Note"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Household member:"), buddy=self.member), self.member)
        form.addRow(QLabel(self.tr("&Recipient:"), buddy=self.recipient), self.recipient)
        form.addRow(QLabel(self.tr("&Purpose:"), buddy=self.purpose), self.purpose)
        form.addRow(QLabel(self.tr("&Consent:"), buddy=self.status), self.status)
        form.addRow(QLabel(self.tr("&Date:"), buddy=self.on), self.on)
        form.addRow(QLabel(self.tr("Ho&w:"), buddy=self.form), self.form)
        form.addRow(QLabel(self.tr("&Note:"), buddy=self.note), self.note)
        body = QVBoxLayout(self)
        body.addWidget(explanation(self.tr(
            "Consent counts from the parents and from children of 12 and older. A new record never replaces "
            "an earlier one: the history stays.")))
        body.addLayout(form)
        body.addWidget(self.notice)
        body.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.setMinimumWidth(560)

    def prepare(self, members: list[HouseholdMember], lookup: Lookup | None, today: date) -> None:
        self.member.clear()
        for member in members:
            self.member.addItem(member_text(member), member.id)
        if lookup is not None:
            self.recipient.set_lookup(lookup)
        self.on.setDate(to_qdate(today))
        self.status.setCurrentIndex(-1)
        self.note.clear()
        self.notice.clear()
        self.set_busy(False)
        self.member.setFocus()

    def _status_changed(self) -> None:
        not_asked = self.status.currentData() == str(ConsentStatus.NOT_ASKED)
        self.form.setCurrentIndex(self.form.findData("") if not_asked else 0)

    def check(self) -> bool:
        if self.member.currentData() is None or self.recipient.recipient() is None:
            self.notice.error(self.tr("Choose a household member and a recipient."))
            return False
        if self.status.currentData() is None:
            self.notice.error(self.tr("Choose whether consent was given, refused, not asked or withdrawn."))
            self.status.setFocus()
            return False
        return True

    def consent(self) -> Consent:
        recipient = self.recipient.recipient()
        assert recipient is not None
        form = self.form.currentData()
        return Consent(int(self.member.currentData()), recipient, Purpose(self.purpose.currentData()),
                       ConsentStatus(self.status.currentData()), from_qdate(self.on.date()),
                       ConsentForm(form) if form else None, note=self.note.text())
