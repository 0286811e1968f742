"""Opvolglijst als PDF: whose follow-ups over which period, made and signed on the worker, then previewed.
Reached from the File menu and from the Opvolging page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...domain.users import Permission
from ...services import documents
from ..client import VaultClient
from .issuing import DocumentIssuer
from .list_dialogs import FollowUpListDialog


class FollowUpListPdf(QObject):
    def __init__(self, client: VaultClient, parent: QWidget) -> None:
        super().__init__(parent)
        self.client = client
        self.widget = parent
        self.issuer = DocumentIssuer(client, parent)
        self.dialog: FollowUpListDialog | None = None

    def start(self, everyone: bool = False) -> None:
        """The choices first; ``everyone`` starts with the whole practice chosen (as the page shows it)."""
        if not self.client.may(Permission.VIEW_FOLLOWUPS) or self.issuer.busy:
            return
        if self.dialog is None:
            self.dialog = FollowUpListDialog(self.widget)
            self.dialog.submitted.connect(self._make)
        may_see_all = self.client.may(Permission.VIEW_CASES)
        self.dialog.prepare(date.today(), may_see_all)
        if everyone and may_see_all:
            self.dialog.everyone.setChecked(True)
        self.dialog.open()

    def _make(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        mine, start, end = dialog.choice()
        self.issuer.issue(lambda session, pin: documents.followup_list(session, mine, start, end, pin),
                          self.tr("Making and signing the follow-up list…"), waiting=dialog)
