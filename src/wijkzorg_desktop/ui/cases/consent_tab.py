"""Toestemming: per household member, recipient and purpose, consent given, refused, not asked or
withdrawn (a history: records are added, never overwritten); the bases for sharing without consent;
and the question "may this be shared?" answered from both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.consent import BASIS_LABELS, PURPOSE_LABELS, STATUS_LABELS, BasisRecord, Consent
from ...services import consent
from ...services.cases import CaseFile
from ..client import VaultClient
from ..messages import error_text
from ..page_parts import explanation
from ..table_model import SortedTable
from .consent_dialog import ConsentDialog
from .consent_tables import BasesModel, ConsentsModel
from .sharing_checker import SharingChecker
from .track_parts import word
from .track_tab import TrackTab
from .weighing_dialog import BasisDialog

_NEWEST_FIRST = Qt.SortOrder.DescendingOrder


class ConsentTab(TrackTab):
    SHOWS = frozenset({"consents", "bases", "members"})
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, "consentNotice", parent)
        self.setObjectName("consentTab")
        self.consent_dialog: ConsentDialog | None = None
        self.basis_dialog: BasisDialog | None = None
        self.keep_dialog("consent", "consent_dialog", self.record_consent)
        self.keep_dialog("basis", "basis_dialog", self.record_basis)
        self.consents_model = ConsentsModel(self)
        self.consents = SortedTable(self.consents_model, sort_column=ConsentsModel.COL_ON,
                                    order=_NEWEST_FIRST, parent=self)
        self.consents.setObjectName("consentsTable")
        self.consents.setAccessibleName(self.tr("Consent, newest first"))
        self.bases_model = BasesModel(self)
        self.bases = SortedTable(self.bases_model, sort_column=BasesModel.COL_ON, order=_NEWEST_FIRST, parent=self)
        self.bases.setObjectName("basesTable")
        self.bases.setAccessibleName(self.tr("Sharing without consent"))
        self.bases.setMaximumHeight(160)
        self.consent_button = QPushButton(self.tr("Record co&nsent…"), objectName="recordConsent")
        self.basis_button = QPushButton(self.tr("Share &without consent…"), objectName="recordBasis")
        for button in (self.consent_button, self.basis_button):
            button.setAutoDefault(False)
        self.checker = SharingChecker(client)

        given = QGroupBox(self.tr("Consent"))
        given_layout = QVBoxLayout(given)
        given_layout.addWidget(self.consents, 1)
        given_layout.addLayout(_row(self.consent_button))
        without = QGroupBox(self.tr("Sharing without consent"))
        without_layout = QVBoxLayout(without)
        without_layout.addWidget(explanation(self.tr(
            "Meldrecht (Wmo 2015 art. 5.2.6) holds only toward Veilig Thuis. A conflict of duties needs its "
            "weighing recorded.")))
        without_layout.addWidget(self.bases)
        without_layout.addLayout(_row(self.basis_button))
        layout = QVBoxLayout(self)
        layout.addWidget(given, 3)
        layout.addWidget(without, 2)
        layout.addWidget(self.checker)
        layout.addWidget(self.notice)
        self.setTabOrder(self.consents, self.consent_button)
        self.setTabOrder(self.consent_button, self.bases)
        self.setTabOrder(self.bases, self.basis_button)
        self.setTabOrder(self.basis_button, self.checker.recipient)
        self.consent_button.clicked.connect(self.record_consent)
        self.basis_button.clicked.connect(self.record_basis)
        self._update()

    def title(self) -> str:
        return self.tr("Consent")

    def fill(self, file: CaseFile) -> None:
        self.consents_model.members = {int(m.id or 0): m for m in file.members}
        self.consents_model.set_rows(file.consents)
        self.bases_model.set_rows(file.bases)
        for table in (self.consents, self.bases):
            table.fit_columns(widest=240)
        self.checker.set_case(int(file.case.id or 0))
        self._update()

    def lookup_loaded(self) -> None:
        for model in (self.consents_model, self.bases_model):
            model.lookup = self.lookup
            model.set_rows(model.rows())
        assert self.lookup is not None
        self.checker.set_lookup(self.lookup)
        self._update()

    def _update(self) -> None:
        members = bool(self.file and self.file.members)
        self.consent_button.setEnabled(self.editable and members and self.lookup is not None)
        self.consent_button.setToolTip("" if members else self.tr("Add the household members first."))
        self.basis_button.setEnabled(self.editable and self.lookup is not None)

    # -- consent ---------------------------------------------------------------------------------

    def record_consent(self) -> None:
        file = self.file
        if file is None or not self.consent_button.isEnabled():
            return
        if self.consent_dialog is None:
            self.consent_dialog = ConsentDialog(self)
            self.consent_dialog.submitted.connect(self._save_consent)
        self.consent_dialog.prepare(file.members, self.lookup, file.today)
        self.consent_dialog.open()

    def _save_consent(self) -> None:
        dialog, file = self.consent_dialog, self.file
        if dialog is None or file is None:
            return
        case_id, record = int(file.case.id or 0), dialog.consent()
        dialog.set_busy(True, self.tr("Saving…"))
        self.call_edit(lambda session: consent.add_consent(session, case_id, record),
                         lambda saved: self._consent_saved(dialog, saved),
                         lambda error: dialog.show_error(error_text(error)))

    def _consent_saved(self, dialog: ConsentDialog, record: Consent) -> None:
        dialog.finish()
        member = self.consents_model.members.get(record.member_id)
        self.saved(self.tr("Recorded: {member}, consent {status} for {purpose}.").format(
            member=member.initials if member else "", status=word("consent", STATUS_LABELS[record.status]),
            purpose=word("consent", PURPOSE_LABELS[record.purpose])))

    # -- a basis without consent -----------------------------------------------------------------

    def record_basis(self) -> None:
        file = self.file
        if file is None or not self.basis_button.isEnabled():
            return
        if self.basis_dialog is None:
            self.basis_dialog = BasisDialog(self)
            self.basis_dialog.submitted.connect(self._save_basis)
        self.basis_dialog.prepare(self.lookup, file.today)
        self.basis_dialog.open()

    def _save_basis(self) -> None:
        dialog, file = self.basis_dialog, self.file
        if dialog is None or file is None:
            return
        case_id, record = int(file.case.id or 0), dialog.record()
        dialog.set_busy(True, self.tr("Saving…"))
        self.call_edit(lambda session: consent.add_basis(session, case_id, record),
                         lambda saved: self._basis_saved(dialog, saved),
                         lambda error: dialog.show_error(error_text(error)))

    def _basis_saved(self, dialog: BasisDialog, record: BasisRecord) -> None:
        dialog.finish()
        self.saved(self.tr("Recorded the basis: {basis}.").format(basis=word("consent", BASIS_LABELS[record.basis])))


def _row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row
