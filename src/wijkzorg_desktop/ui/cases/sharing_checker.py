""""Mag dit gedeeld worden?": the question every export asks, answered here before anyone picks up the
phone: may this case go to this recipient for this purpose, and on which basis, or why not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.consent import BASIS_LABELS, PURPOSE_LABELS, Purpose, SharingAnswer
from ...domain.errors import VaultLocked
from ...services import consent
from ..client import VaultClient
from ..messages import error_text, render
from .track_parts import ERROR_COLOR, Lookup, RecipientCombo, fill, word

ALLOWED_STYLE = "color: #1b5e20; font-weight: bold;"
REFUSED_STYLE = f"color: {ERROR_COLOR}; font-weight: bold;"


class SharingChecker(QGroupBox):
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("May this be shared?"))
        self.setObjectName("sharingChecker")
        self.client = client
        self.case_id: int | None = None
        self.recipient = RecipientCombo(objectName="checkRecipient")
        self.recipient.setAccessibleName(self.tr("Share with"))
        self.purpose = QComboBox(objectName="checkPurpose")
        fill(self.purpose, PURPOSE_LABELS, "consent")
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.check_button = QPushButton(self.tr("Chec&k"), objectName="checkSharing")
        self.check_button.setAutoDefault(False)
        self.verdict = QLabel(objectName="sharingVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("May this be shared?"))
        self.reasons = QLabel(objectName="sharingReasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer: SharingAnswer | None = None
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sh&are with:"), buddy=self.recipient))
        row.addWidget(self.recipient, 2)
        row.addWidget(QLabel(self.tr("&purpose:"), buddy=self.purpose))
        row.addWidget(self.purpose, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasons)
        self.check_button.clicked.connect(self.check)
        self.recipient.currentIndexChanged.connect(self.clear)
        self.purpose.currentIndexChanged.connect(self.clear)
        self._update()

    def set_case(self, case_id: int) -> None:
        """Show the case; an answer already shown is asked again, as the consents may have changed."""
        if case_id != self.case_id:
            self.clear()
        self.case_id = case_id
        self._update()
        if self.answer is not None:
            self.check()

    def set_lookup(self, lookup: Lookup) -> None:
        self.recipient.set_lookup(lookup)
        self._update()

    def _update(self) -> None:
        self.check_button.setEnabled(self.case_id is not None and self.recipient.recipient() is not None)

    def clear(self) -> None:
        self.answer = None
        self.verdict.clear()
        self.reasons.clear()
        self._update()

    def check(self) -> None:
        recipient, case_id = self.recipient.recipient(), self.case_id
        if recipient is None or case_id is None:
            return
        purpose = Purpose(self.purpose.currentData())
        self.check_button.setEnabled(False)
        self.verdict.setStyleSheet("font-style: italic;")
        self.verdict.setText(self.tr("Checking…"))
        self.reasons.clear()
        self.client.call(lambda session: consent.may_case_be_shared(session, case_id, recipient, purpose),
                         self._answered, self._failed)

    def _answered(self, answer: SharingAnswer) -> None:
        self._update()
        self.answer = answer
        if answer.allowed and answer.basis is not None:
            self.verdict.setStyleSheet(ALLOWED_STYLE)
            self.verdict.setText(self.tr("Yes, this may be shared, on the basis of: {basis}.").format(
                basis=word("consent", BASIS_LABELS[answer.basis])))
        else:
            self.verdict.setStyleSheet(REFUSED_STYLE)
            self.verdict.setText(self.tr("No, this may not be shared."))
        lines = [render(reason) for reason in answer.reasons]
        if answer.allowed and lines:
            lines.insert(0, self.tr("Without consent:"))
        self.reasons.setText("\n".join(f"• {line}" if index or not answer.allowed else line
                                       for index, line in enumerate(lines)))

    def _failed(self, error: BaseException) -> None:
        self._update()
        if isinstance(error, VaultLocked):
            self.verdict.clear()
            return
        self.verdict.setStyleSheet(REFUSED_STYLE)
        self.verdict.setText(error_text(error))
