"""The PIN of the practice's card (UZI-pas), asked for each signature and never kept.

A wrong PIN, a card not in the reader or a locked card is said here in the service's words, and the
dialog stays open to try again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ..cases.case_forms import CaseDialog


class PinDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("pinDialog", parent)
        self.setWindowTitle(self.tr("PIN of the card"))
        self.say(self.tr("The practice signs with a card (UZI-pas). Put the card in the reader and type its PIN. "
                         "The PIN is used for this signature only and is not kept."))
        self.pin = QLineEdit(objectName="pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(64)
        self.pin.setAccessibleName(self.tr("PIN"))
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin)
        self.body.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Sign"))
        self.setMinimumWidth(420)

    def prepare(self) -> None:
        self.pin.clear()
        self.set_busy(False)
        self.notice.clear()
        self.pin.setFocus()

    def problem(self) -> str:
        if not self.pin.text():
            self.pin.setFocus()
            return self.tr("Type the PIN of the card.")
        return ""

    def value(self) -> str:
        return self.pin.text()

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self.pin.clear()
        self.pin.setFocus()

    def done(self, result: int) -> None:
        self.pin.clear()
        super().done(result)
