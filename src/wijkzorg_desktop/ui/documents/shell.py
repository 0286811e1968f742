"""The window's File menu for documents, on every page while unlocked: Document controleren… (Ctrl+Shift+V)
and Opvolglijst als PDF…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from .followup_pdf import FollowUpListPdf
from .verify_dialog import VerifyDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

VERIFY_KEYS = "Ctrl+Shift+V"


class DocumentShell(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.verify_dialog: VerifyDialog | None = None
        self.verify_action = QAction(self.tr("&Check a document…"), window)
        self.verify_action.setObjectName("verifyDocumentAction")
        self.verify_action.setShortcut(QKeySequence(VERIFY_KEYS))
        self.verify_action.setToolTip(self.tr("Check the signature of a PDF ({keys})").format(
            keys=self.verify_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.verify_action.triggered.connect(lambda _checked=False: self.verify())
        self.followups_action = QAction(self.tr("Follow-up &list as PDF…"), window)
        self.followups_action.setObjectName("followUpListPdfAction")
        self.followups_action.triggered.connect(lambda _checked=False: self.followup_list.start())
        menu.addAction(self.verify_action)
        menu.addAction(self.followups_action)
        self.followup_list = FollowUpListPdf(window.client, window)
        self.set_unlocked(False)

    def set_unlocked(self, unlocked: bool) -> None:
        self.verify_action.setEnabled(unlocked)
        self.followups_action.setEnabled(unlocked)

    def verify(self) -> VerifyDialog | None:
        """The check dialog, asking for a file at once."""
        if not self.window.client.unlocked:
            return None
        if self.verify_dialog is None:
            self.verify_dialog = VerifyDialog(self.window.client, self.window)
        dialog = self.verify_dialog
        if not dialog.isVisible():
            dialog.open()
            dialog.choose()
        return dialog
