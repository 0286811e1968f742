"""The case view's documents: Overdracht maken… (to a partner, behind the consent gate) and Tijdlijn als
PDF… (for the practice's own file), from the header's Documents menu or their shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton

from ...domain.errors import SharingRefused
from ...domain.users import Permission
from ...services import documents
from ...services.session import Session
from ..cases.consent_tab import ConsentTab
from ..messages import render
from .handover_dialog import HandoverDialog
from .issuing import DocumentIssuer
from .list_dialogs import TimelineDialog

if TYPE_CHECKING:
    from ..cases.case_view import CaseView

HANDOVER_KEYS = "Ctrl+Shift+H"
TIMELINE_KEYS = "Ctrl+Shift+T"


class CaseDocuments(QObject):
    def __init__(self, view: CaseView, button: QPushButton) -> None:
        super().__init__(view)
        self.view = view
        self.issuer = DocumentIssuer(view.client, view)
        self.handover_dialog: HandoverDialog | None = None
        self.timeline_dialog: TimelineDialog | None = None
        self.handover_action = self._action(self.tr("Make &handover…"), "makeHandover", HANDOVER_KEYS,
                                            self.tr("A signed overdrachtsdocument for a partner"), self.make_handover)
        self.timeline_action = self._action(self.tr("&Timeline as PDF…"), "timelinePdf", TIMELINE_KEYS,
                                            self.tr("The case's timeline, signed, for the practice's own file"),
                                            self.make_timeline)
        menu = QMenu(button)
        menu.setObjectName("caseDocumentsMenu")
        menu.setToolTipsVisible(True)
        menu.addAction(self.handover_action)
        menu.addAction(self.timeline_action)
        button.setMenu(menu)
        button.setToolTip(self.tr("Handover and timeline as signed PDF ({handover}, {timeline})").format(
            handover=_shown(HANDOVER_KEYS), timeline=_shown(TIMELINE_KEYS)))
        self.button = button
        self.update()

    def _action(self, text: str, name: str, keys: str, tip: str, slot) -> QAction:
        action = QAction(text, self.view)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip} ({_shown(keys)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.view.addAction(action)
        return action

    def update(self) -> None:
        """A case is shown (or none): documents can be made of any case one may read."""
        ready = self.view.file is not None and self.view.client.may(Permission.VIEW_CASES)
        self.handover_action.setEnabled(ready)
        self.timeline_action.setEnabled(ready)
        self.button.setEnabled(ready)

    # -- handover --------------------------------------------------------------------------------

    def make_handover(self) -> None:
        file = self.view.file
        if file is None or not self.handover_action.isEnabled() or self.issuer.busy:
            return
        if self.handover_dialog is None:
            self.handover_dialog = HandoverDialog(self.view)
            self.handover_dialog.submitted.connect(self._handover)
            self.handover_dialog.consent_requested.connect(self.show_consent)
        self.handover_dialog.prepare(file, self.view.directory.document_recipients())
        self.handover_dialog.open()

    def _handover(self) -> None:
        dialog, file = self.handover_dialog, self.view.file
        recipient = dialog.recipient.recipient() if dialog is not None else None
        if dialog is None or file is None or recipient is None:
            return
        case_id, name, options = int(file.case.id or 0), dialog.recipient.recipient_name(), dialog.options()

        def check(session: Session) -> None:
            """The consent gate before any PIN: the service asks it again when it makes the document."""
            documents.check_handover(session, case_id, recipient)

        def refused(error: BaseException) -> bool:
            if not isinstance(error, SharingRefused):
                return False
            dialog.show_refusal(str(error.params.get("recipient", name)), [render(r) for r in error.reasons])
            return True

        self.issuer.issue(lambda session, pin: documents.handover(session, case_id, recipient, options, pin),
                          self.tr("Making and signing the handover…"), check=check, waiting=dialog,
                          on_error=refused)

    def show_consent(self) -> None:
        """"Toestemming vastleggen": the case's consent tab, ready to record."""
        tab = next((t for t in self.view.case_tabs if isinstance(t, ConsentTab)), None)
        if tab is None:
            return
        self.view.tabs.setCurrentWidget(tab)
        target = tab.consent_button if tab.consent_button.isEnabled() else tab.consents
        target.setFocus()

    # -- timeline --------------------------------------------------------------------------------

    def make_timeline(self) -> None:
        file = self.view.file
        if file is None or not self.timeline_action.isEnabled() or self.issuer.busy:
            return
        if self.timeline_dialog is None:
            self.timeline_dialog = TimelineDialog(self.view)
            self.timeline_dialog.submitted.connect(self._timeline)
        self.timeline_dialog.prepare(file)
        self.timeline_dialog.open()

    def _timeline(self) -> None:
        dialog, file = self.timeline_dialog, self.view.file
        if dialog is None or file is None:
            return
        case_id, options = int(file.case.id or 0), dialog.options()
        self.issuer.issue(lambda session, pin: documents.case_timeline(session, case_id, options, pin),
                          self.tr("Making and signing the timeline…"), waiting=dialog)


def _shown(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
