"""Overdracht maken: to whom, how much of the family, whether the practice's weighing goes along, a closing
note, and a password. When consent (or a basis) is missing, the dialog says why and offers to record it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.cases import CaseFile
from ...services.contacts import ContactMap
from ...services.documents import HandoverOptions
from ..cases.case_forms import CaseDialog
from .case_options import HouseholdChoice, encrypt_check, weighing_check
from .recipient_picker import PickerChoice, RecipientPicker

REFUSAL_STYLE = ("QFrame#handoverRefusal { background: #fdecea; border: 1px solid #e7b3ae; border-radius: 4px; }"
                 "QFrame#handoverRefusal QLabel { color: #8a1c1c; }")
MAX_REMARKS = 4000


class HandoverDialog(CaseDialog):
    consent_requested = Signal()    # "Toestemming vastleggen": show the case's consent tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("handoverDialog", parent)
        self.setWindowTitle(self.tr("Make a handover"))
        self.recipient = RecipientPicker()
        self.household = HouseholdChoice()
        self.weighing = weighing_check()
        self.remarks = QPlainTextEdit(objectName="handoverRemarks")
        self.remarks.setTabChangesFocus(True)
        self.remarks.setPlaceholderText(self.tr("A closing note for the recipient (optional)"))
        self.remarks.setAccessibleName(self.tr("Remarks"))
        self.remarks.setMaximumHeight(90)
        self.encrypt = encrypt_check()
        self.refusal = self._refusal()

        to = QGroupBox(self.tr("&To"))
        to_layout = QVBoxLayout(to)
        to_layout.addWidget(self.recipient)
        to.setFocusProxy(self.recipient)
        options = QVBoxLayout()
        options.addWidget(self.household)
        options.addWidget(self.weighing)
        options.addWidget(QLabel(self.tr("&Remarks:"), buddy=self.remarks))
        options.addWidget(self.remarks)
        options.addWidget(self.encrypt)
        options.addStretch(1)
        to.setMinimumWidth(380)
        columns = QHBoxLayout()
        columns.addWidget(to, 1)
        columns.addLayout(options, 1)
        self.body.addLayout(columns, 1)
        self.body.addWidget(self.refusal)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Make document"))
        self.setTabOrder(self.recipient.search, self.recipient.list)
        self.setTabOrder(self.recipient.list, self.household.pseudonymised)
        self.setTabOrder(self.household.pseudonymised, self.household.detailed)
        self.setMinimumSize(940, 540)
        self.recipient.changed.connect(self._recipient_changed)

    def _refusal(self) -> QFrame:
        box = QFrame(objectName="handoverRefusal")
        box.setStyleSheet(REFUSAL_STYLE)
        self.refusal_title = QLabel(objectName="refusalTitle")
        self.refusal_title.setWordWrap(True)
        font = self.refusal_title.font()
        font.setBold(True)
        self.refusal_title.setFont(font)
        self.refusal_reasons = QLabel(objectName="refusalReasons")
        self.refusal_reasons.setWordWrap(True)
        self.refusal_reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        hint = QLabel(self.tr("Record the consent of the family on the case's Consent tab, or a basis for "
                              "sharing without consent, and make the handover again."))
        hint.setWordWrap(True)
        self.consent_button = QPushButton(self.tr("Record &consent"), objectName="recordConsentFromHandover")
        self.consent_button.setAutoDefault(False)
        self.consent_button.clicked.connect(self._to_consent)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(box)
        layout.addWidget(self.refusal_title)
        layout.addWidget(self.refusal_reasons)
        layout.addLayout(row)
        box.hide()
        return box

    def prepare(self, file: CaseFile, recipients: ContactMap | Sequence[PickerChoice] | None) -> None:
        """``recipients``: the lines of the sociale kaart made on the worker, or the map to make them of."""
        self.setWindowTitle(self.tr("Make a handover of {label}").format(label=file.case.label))
        self.say(self.tr("A signed overdrachtsdocument of {label} for a partner. The consent of the family for "
                         "this recipient is checked first.").format(label=file.case.label))
        if isinstance(recipients, ContactMap):
            self.recipient.set_map(recipients)
        elif recipients is not None:
            self.recipient.set_choices(recipients)
        self.recipient.search.clear()
        self.household.set_members(file.members)
        self.weighing.setChecked(False)
        self.remarks.clear()
        self.encrypt.setChecked(False)
        self.refusal.hide()
        self.set_busy(False)
        self.recipient.setFocus()

    def problem(self) -> str:
        if self.recipient.recipient() is None:
            self.recipient.setFocus()
            return self.tr("Choose who receives the handover.")
        if len(self.remarks.toPlainText()) > MAX_REMARKS:
            self.remarks.setFocus()
            return self.tr("The remarks are too long (at most {count} characters).").format(count=MAX_REMARKS)
        return ""

    def options(self) -> HandoverOptions:
        return HandoverOptions(household_detail=self.household.household_detail(),
                               full_names=self.household.full_names(), include_weighing=self.weighing.isChecked(),
                               remarks=self.remarks.toPlainText().strip(), encrypt=self.encrypt.isChecked())

    def show_refusal(self, recipient: str, reasons: Sequence[str]) -> None:
        """The consent service said no: why, and the way to the consent tab."""
        self.set_busy(False)
        self.refusal_title.setText(self.tr("This handover may not be made: {recipient} has no consent or basis "
                                           "for it.").format(recipient=recipient))
        self.refusal_reasons.setText("\n".join(f"• {reason}" for reason in reasons))
        self.refusal_reasons.setVisible(bool(reasons))
        self.refusal.show()
        self.consent_button.setFocus()

    def _recipient_changed(self) -> None:
        if self.refusal.isVisible():
            self.refusal.hide()

    def _to_consent(self) -> None:
        self.set_busy(False)
        self.reject()
        self.consent_requested.emit()
