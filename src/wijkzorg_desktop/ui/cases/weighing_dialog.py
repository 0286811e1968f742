"""Sharing without consent: record the basis. Meldrecht (Wmo 2015 art. 5.2.6) holds only toward Veilig
Thuis; conflict van plichten needs its weighing answered, question by question, as the KNMG asks.

The dialog lets the service judge the basis, so a meldrecht toward anyone but Veilig Thuis is refused
with the service's own words.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.consent import BASIS_LABELS, PURPOSE_LABELS, BasisRecord, Purpose, SharingBasis, Weighing
from ..contacts.form_parts import ContactDialog
from ..dates import date_edit, from_qdate, to_qdate
from ..page_parts import explanation
from ..screen_fit import ScrollingForm, within
from .track_parts import Lookup, RecipientCombo, word
from .vt_contact_dialog import text_box

YES, NO = 1, 0


class BasisDialog(ContactDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("basisDialog")
        self.setWindowTitle(self.tr("Share without consent"))
        self.basis = QComboBox(objectName="basisKind")
        for basis in (SharingBasis.RIGHT_TO_REPORT, SharingBasis.CONFLICT_OF_DUTIES):
            self.basis.addItem(word("consent", BASIS_LABELS[basis]), str(basis))
        self.recipient = RecipientCombo(objectName="basisRecipient")
        self.purpose = QComboBox(objectName="basisPurpose")
        for purpose, label in PURPOSE_LABELS.items():
            self.purpose.addItem(word("consent", label), str(purpose))
        self.on = date_edit("basisDate")
        self.serious_interest = text_box("weighingInterest", 2)
        self.other_way = text_box("weighingOtherWay", 2)
        self.why_no_consent = text_box("weighingWhyNoConsent", 2)
        self.outweighs_yes = QRadioButton(self.tr("Yes"), objectName="weighingOutweighsYes")
        self.outweighs_no = QRadioButton(self.tr("No"), objectName="weighingOutweighsNo")
        self.outweighs = QButtonGroup(self)
        self.outweighs.addButton(self.outweighs_yes, YES)
        self.outweighs.addButton(self.outweighs_no, NO)
        self.what_to_whom = text_box("weighingWhatToWhom", 2)
        for widget, name in ((self.basis, self.tr("Basis")), (self.recipient, self.tr("Recipient")),
                             (self.purpose, self.tr("Purpose")), (self.on, self.tr("Date")),
                             (self.serious_interest, self.tr("Which serious interest is at stake")),
                             (self.other_way, self.tr("Is there another way")),
                             (self.why_no_consent, self.tr("Why consent cannot be asked")),
                             (self.outweighs_yes, self.tr("The interest outweighs secrecy: yes")),
                             (self.outweighs_no, self.tr("The interest outweighs secrecy: no")),
                             (self.what_to_whom, self.tr("Who gets which information"))):
            widget.setAccessibleName(name)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Basis:"), buddy=self.basis), self.basis)
        form.addRow(QLabel(self.tr("&Recipient:"), buddy=self.recipient), self.recipient)
        form.addRow(QLabel(self.tr("&Purpose:"), buddy=self.purpose), self.purpose)
        form.addRow(QLabel(self.tr("&Date:"), buddy=self.on), self.on)
        self.weighing = QGroupBox(self.tr("The weighing (conflict of duties)"), objectName="weighingBox")
        weigh = QFormLayout(self.weighing)
        weigh.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        weigh.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        weigh.addRow(QLabel(self.tr("Which serious &interest is at stake (the child's safety)?"),
                            buddy=self.serious_interest), self.serious_interest)
        weigh.addRow(QLabel(self.tr("Is there &another way than breaking professional secrecy? Why not?"),
                            buddy=self.other_way), self.other_way)
        weigh.addRow(QLabel(self.tr("Why can &consent not be asked, or why was it refused?"),
                            buddy=self.why_no_consent), self.why_no_consent)
        answer = QWidget()
        row = QHBoxLayout(answer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.outweighs_yes)
        row.addWidget(self.outweighs_no)
        row.addStretch(1)
        weigh.addRow(QLabel(self.tr("Does that interest &outweigh professional secrecy?"),
                            buddy=self.outweighs_yes), answer)
        weigh.addRow(QLabel(self.tr("&Who gets which information (no more than needed)?"),
                            buddy=self.what_to_whom), self.what_to_whom)
        self.hint = explanation("")
        self.hint.setObjectName("basisHint")
        content = QWidget(objectName="basisForm")
        parts = QVBoxLayout(content)
        parts.setContentsMargins(0, 0, 0, 0)
        parts.addLayout(form)
        parts.addWidget(self.hint)
        parts.addWidget(self.weighing)
        parts.addStretch(1)
        self.form_area = ScrollingForm(content)  # the weighing scrolls on a small screen; Save stays in sight
        body = QVBoxLayout(self)
        body.addWidget(self.form_area, 1)
        body.addWidget(self.notice)
        body.addWidget(self.buttons)
        self.basis.currentIndexChanged.connect(self._basis_changed)
        self.setMinimumWidth(620)

    def sizeHint(self) -> QSize:
        return within(super().sizeHint(), self)

    def prepare(self, lookup: Lookup | None, today: date) -> None:
        if lookup is not None:
            self.recipient.set_lookup(lookup)
        self.on.setDate(to_qdate(today))
        for box in (self.serious_interest, self.other_way, self.why_no_consent, self.what_to_whom):
            box.clear()
        self.outweighs.setExclusive(False)
        self.outweighs_yes.setChecked(False)
        self.outweighs_no.setChecked(False)
        self.outweighs.setExclusive(True)
        self.notice.clear()
        self.set_busy(False)
        self._basis_changed()
        self.basis.setFocus()

    def chosen_basis(self) -> SharingBasis:
        return SharingBasis(self.basis.currentData())

    def _basis_changed(self) -> None:
        conflict = self.chosen_basis() == SharingBasis.CONFLICT_OF_DUTIES
        self.weighing.setVisible(conflict)
        if conflict:
            self.hint.setText(self.tr(
                "Breaking professional secrecy without consent: answer every question of the weighing. "
                "Sharing is allowed only when the interest outweighs secrecy."))
        else:
            self.hint.setText(self.tr(
                "The right to report lets you inform Veilig Thuis without consent, breaking secrecy where "
                "needed. It holds toward Veilig Thuis only."))
        self.form_area.updateGeometry()
        hint = self.sizeHint()  # not adjustSize(): that stops a window at 2/3 of the screen's height
        self.resize(max(self.width(), hint.width()), hint.height())

    def check(self) -> bool:
        if self.recipient.recipient() is None:
            self.notice.error(self.tr("Choose a recipient."))
            return False
        if self.chosen_basis() != SharingBasis.CONFLICT_OF_DUTIES:
            return True
        texts = (self.serious_interest, self.other_way, self.why_no_consent, self.what_to_whom)
        empty = [box for box in texts if not box.toPlainText().strip()]
        if empty or self.outweighs.checkedId() < 0:
            self.notice.error(self.tr("Answer every question of the weighing."))
            (empty[0] if empty else self.outweighs_yes).setFocus()
            return False
        return True

    def record(self) -> BasisRecord:
        recipient = self.recipient.recipient()
        assert recipient is not None
        weighing = None
        if self.chosen_basis() == SharingBasis.CONFLICT_OF_DUTIES:
            answer = self.outweighs.checkedId()
            weighing = Weighing(self.serious_interest.toPlainText().strip(), self.other_way.toPlainText().strip(),
                                self.why_no_consent.toPlainText().strip(),
                                None if answer < 0 else answer == YES, self.what_to_whom.toPlainText().strip())
        return BasisRecord(self.chosen_basis(), recipient, Purpose(self.purpose.currentData()),
                           from_qdate(self.on.date()), weighing=weighing)
