"""Closing or reopening a case always says why: the reason goes into the case and the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain.errors import ReasonRequired
from ...domain.text import QT_TRANSLATE_NOOP, Message
from ..messages import error_text
from .case_forms import CaseDialog

CLOSE_WHY = Message("cases", QT_TRANSLATE_NOOP("cases", "why the case is closed"))
REOPEN_WHY = Message("cases", QT_TRANSLATE_NOOP("cases", "why the case is reopened"))


class CloseCaseDialog(CaseDialog):
    """``reopening`` False: close the case; True: reopen it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("closeCaseDialog", parent)
        self.reopening = False
        self.reason = QPlainTextEdit(objectName="closeReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMinimumHeight(90)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.label = QLabel(buddy=self.reason)
        box = QVBoxLayout()
        box.addWidget(self.label)
        box.addWidget(self.reason)
        self.body.addLayout(box)
        self.finish_layout()
        self.setMinimumWidth(480)

    def prepare(self, label: str, reopening: bool) -> None:
        self.reopening = reopening
        if reopening:
            self.setWindowTitle(self.tr("Reopen {label}").format(label=label))
            self.say(self.tr("A reopened case can be changed again. Why is it reopened?"))
            self.label.setText(self.tr("&Reason for reopening:"))
            self.ok_button.setText(self.tr("Re&open"))
        else:
            self.setWindowTitle(self.tr("Close {label}").format(label=label))
            self.say(self.tr("A closed case can still be read, but not changed, until it is reopened. "
                             "Why is it closed (for example: help is running well, moved away, handed over "
                             "to Veilig Thuis)?"))
            self.label.setText(self.tr("&Reason for closing:"))
            self.ok_button.setText(self.tr("&Close case"))
        self.reason.clear()
        self.set_busy(False)
        self.reason.setFocus()

    def problem(self) -> str:
        if not self.text():
            self.reason.setFocus()
            return error_text(ReasonRequired(what=REOPEN_WHY if self.reopening else CLOSE_WHY))
        return ""

    def text(self) -> str:
        return self.reason.toPlainText().strip()
