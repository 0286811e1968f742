"""A copy of the minutes for one attendee: it holds only the items that attendee may receive (a
herkenbaar case only for someone who may hear it, nothing withheld from them)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ..cases.case_forms import CaseDialog


class CopyDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("copyDialog", parent)
        self.setWindowTitle(self.tr("Copy of the minutes for one attendee"))
        self.ok_button.setText(self.tr("&Make copy…"))
        self.recipient = QComboBox(objectName="copyRecipient")
        self.recipient.setAccessibleName(self.tr("Copy for"))
        self.say(self.tr("The copy leaves out the items this attendee may not receive: a herkenbaar case without "
                         "their consent, and items withheld from them."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("Copy &for:"), buddy=self.recipient), self.recipient)
        self.body.addLayout(form)
        self.finish_layout()
        self.setMinimumWidth(480)

    def prepare(self, recipients: Sequence[tuple[int, str]]) -> None:
        self.recipient.clear()
        for attendee_id, name in recipients:
            self.recipient.addItem(name, attendee_id)
        self.set_busy(False)
        self.recipient.setFocus()

    def problem(self) -> str:
        if self.recipient.currentData() is None:
            return self.tr("Nobody was present to receive a copy.")
        return ""

    def attendee_id(self) -> int:
        return int(self.recipient.currentData())
