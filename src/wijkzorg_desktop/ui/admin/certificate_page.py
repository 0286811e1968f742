"""Beheer > Certificaat: the certificate the practice signs its documents with.

Shown: where it comes from, subject, issuer, validity and fingerprint, and a warning from 30 days before it
expires (a new UZI certificate takes weeks to arrive). It can be replaced by an imported PKCS#12 file, a
self-signed one the program makes, or a card (UZI-pas) in a reader.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.availability import AMSTERDAM
from ...domain.errors import StorageFailed, VaultLocked
from ...domain.os_errors import os_reason
from ...domain.users import Role
from ...services import practice_cert
from ...services.practice_cert import PracticeCertStatus
from ...services.session import Session
from ..cases.case_forms import CaseDialog
from ..client import VaultClient
from ..contacts.certificate_box import certificate_html
from ..dates import show_date
from ..messages import error_text
from ..page import Page
from ..page_parts import Notice, explanation, heading
from .certificate_dialogs import Pkcs12Dialog, TokenDialog

WARNING_STYLE = "background:#fff1e0; color:#8a4b00; border:1px solid #f0b46c; border-radius:4px; padding:8px;"
EXPIRED_STYLE = "background:#fdecea; color:#8a1c1c; border:1px solid #e7b3ae; border-radius:4px; padding:8px;"
MAX_PKCS12 = 1024 * 1024

Loaded = tuple["PracticeCertStatus | None", date]


def load(session: Session) -> Loaded:
    return practice_cert.current(session), session.now().astimezone(AMSTERDAM).date()


def read_pkcs12(path: Path) -> bytes:
    try:
        with path.open("rb") as file:
            return file.read(MAX_PKCS12)
    except OSError as error:
        raise StorageFailed(path=str(path), reason=os_reason(error)) from None


class CertificatePage(Page):
    page_id = "certificate"
    roles = frozenset({Role.ADMIN})

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.status: PracticeCertStatus | None = None
        self.today = date.today()
        self.loaded = False
        self.pkcs12_dialog: Pkcs12Dialog | None = None
        self.token_dialog: TokenDialog | None = None
        self.confirm: QMessageBox | None = None
        self.source = QLabel(objectName="certificateSource")
        self.source.setWordWrap(True)
        self.summary = QLabel(objectName="practiceCertificate")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("The practice certificate"))
        self.expiry = QLabel(objectName="certificateExpiry")
        self.expiry.setWordWrap(True)
        self.expiry.hide()
        self.import_button = QPushButton(self.tr("&Import certificate file…"), objectName="importPkcs12")
        self.generate_button = QPushButton(self.tr("&Make a self-signed certificate…"),
                                           objectName="generateCertificate")
        self.token_button = QPushButton(self.tr("Use a &card (UZI-pas)…"), objectName="useToken")
        self.export_button = QPushButton(self.tr("&Save for partners…"), objectName="exportCertificate")
        self.export_button.setToolTip(self.tr("Save the certificate (without its key) as a .pem file for partners, "
                                              "so their program trusts the practice's signed documents"))
        self.export_button.setEnabled(False)
        for button in (self.import_button, self.generate_button, self.token_button, self.export_button):
            button.setAutoDefault(False)
        self.notice = Notice("certificateNotice")

        shown = QGroupBox(self.tr("Current certificate"))
        shown_layout = QVBoxLayout(shown)
        shown_layout.addWidget(self.source)
        shown_layout.addWidget(self.summary)
        shown_layout.addWidget(self.expiry)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.token_button, self.generate_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        panel = QWidget()
        panel.setMaximumWidth(760)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(shown)
        inner.addWidget(explanation(self.tr(
            "In real use the practice signs with its UZI-servercertificaat (a PKCS#12 file) or a UZI-pas. Until "
            "it has one, a self-signed certificate made here signs just as well, but partners must store it "
            "themselves to trust it.")))
        inner.addLayout(buttons)
        inner.addWidget(self.notice)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(explanation(self.tr(
            "Every document the program makes (handover, timeline, lists) is signed with this certificate, so "
            "a partner can check that it comes from the practice and was not changed.")))
        layout.addSpacing(8)
        row = QHBoxLayout()
        row.addWidget(panel, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setTabOrder(self.import_button, self.token_button)
        self.setTabOrder(self.token_button, self.generate_button)
        self.setTabOrder(self.generate_button, self.export_button)

        self.import_button.clicked.connect(self.import_pkcs12)
        self.generate_button.clicked.connect(self.ask_generate)
        self.token_button.clicked.connect(self.use_token)
        self.export_button.clicked.connect(self.export_public)
        self._show()

    def title(self) -> str:
        return self.tr("Certificate")

    # -- loading and showing ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.client.call(load, self._loaded, self._failed)

    def _loaded(self, found: Loaded) -> None:
        self.status, self.today = found
        self.loaded = True
        self._show()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def _show(self) -> None:
        status = self.status
        self.expiry.hide()
        self.export_button.setEnabled(status is not None)
        if status is None:
            self.source.setText(self.tr("The practice has no certificate yet, so no document can be signed. "
                                        "Import one, use a card, or make a self-signed one.")
                                if self.loaded else self.tr("Loading…"))
            self.summary.clear()
            self.summary.hide()
            return
        self.source.setText(self._source_text(status))
        self.summary.setText(certificate_html(status.certificate.info))
        self.summary.show()
        certificate = status.certificate
        end = show_date(certificate.not_after.astimezone(AMSTERDAM).date())
        if certificate.expired(self.today):
            self.expiry.setText(self.tr("This certificate expired on {date}. Documents signed with it are not "
                                        "trusted by partners: replace it now.").format(date=end))
            self.expiry.setStyleSheet(EXPIRED_STYLE)
            self.expiry.show()
        elif certificate.expiry_warning(self.today):
            self.expiry.setText(self.tr("This certificate expires on {date}, in %n day(s). Request a new one now: "
                                        "a UZI certificate takes weeks to arrive.", "",
                                        certificate.days_left(self.today)).format(date=end))
            self.expiry.setStyleSheet(WARNING_STYLE)
            self.expiry.show()

    def _source_text(self, status: PracticeCertStatus) -> str:
        if status.source == "pkcs11":
            return self.tr("On a card (UZI-pas): token {label}, module {module}. The PIN is asked at every "
                           "signature.").format(label=status.token_label, module=status.module_path)
        if status.source == "self_signed":
            return self.tr("Self-signed, made by the program.")
        return self.tr("Imported from a certificate file (PKCS#12).")

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for button in (self.import_button, self.generate_button, self.token_button):
            button.setEnabled(not busy)
        if busy:
            self.notice.busy(text)

    def _stored(self, status: PracticeCertStatus, dialog: CaseDialog | None = None) -> None:
        self._set_busy(False)
        if dialog is not None:
            dialog.finish()
        self.status = status
        self._show()
        self.notice.info(self.tr("The practice now signs with the certificate of {name}.").format(
            name=status.certificate.common_name))
        self.client.changed.emit()

    def _dialog_failed(self, dialog: CaseDialog, error: BaseException) -> None:
        if isinstance(error, VaultLocked):
            dialog.set_busy(False)
        else:
            dialog.show_error(error_text(error))

    # -- the three ways --------------------------------------------------------------------------

    def import_pkcs12(self) -> None:
        if self.pkcs12_dialog is None:
            self.pkcs12_dialog = Pkcs12Dialog(self)
            self.pkcs12_dialog.submitted.connect(self._import)
        self.pkcs12_dialog.prepare()
        self.pkcs12_dialog.open()

    def _import(self) -> None:
        dialog = self.pkcs12_dialog
        if dialog is None:
            return
        path, password = Path(dialog.file.text()), dialog.password.text()
        dialog.set_busy(True, self.tr("Checking the certificate file…"))
        self.client.call(lambda session: practice_cert.import_pkcs12(session, read_pkcs12(path), password),
                         lambda status: self._stored(status, dialog), lambda error: self._dialog_failed(dialog, error))

    def use_token(self) -> None:
        if self.token_dialog is None:
            self.token_dialog = TokenDialog(self)
            self.token_dialog.submitted.connect(self._use_token)
        status = self.status
        known = status is not None and status.source == "pkcs11"
        self.token_dialog.prepare(status.module_path if known else "", status.token_label if known else "")
        self.token_dialog.open()

    def _use_token(self) -> None:
        dialog = self.token_dialog
        if dialog is None:
            return
        module, label, pin = dialog.module.text(), dialog.label.text().strip(), dialog.pin.text()
        dialog.set_busy(True, self.tr("Reading the card…"))
        self.client.call(lambda session: practice_cert.use_token(session, module, label, pin),
                         lambda status: self._stored(status, dialog), lambda error: self._dialog_failed(dialog, error))

    def ask_generate(self) -> None:
        if self.status is None:
            self.generate()
            return
        self.confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Make a self-signed certificate"), self.tr(
            "Replace the current certificate ({name}) with a new self-signed one? Partners who stored the current "
            "certificate need the new one to trust new documents.").format(
            name=self.status.certificate.common_name), QMessageBox.StandardButton.NoButton, self)
        self.confirm.setObjectName("confirmGenerate")
        replace = self.confirm.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        self.confirm.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        self.confirm.setDefaultButton(replace)
        replace.clicked.connect(self.generate)
        self.confirm.open()

    def generate(self) -> None:
        self._set_busy(True, self.tr("Making a certificate…"))
        self.client.call(practice_cert.generate_self_signed, self._stored, self._failed)

    def export_public(self, path: str = "") -> None:
        """Save the public certificate for partners (``path`` for tests; otherwise a save dialog)."""
        if self.status is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the certificate for partners"),
                                                  "praktijkcertificaat.pem", self.tr("Certificate (*.pem)"))
        if not path:
            return
        target = Path(path)
        self._set_busy(True, self.tr("Saving…"))
        self.client.call(lambda s: practice_cert.export_public(s, target),
                         lambda _none: self._exported(target), self._failed)

    def _exported(self, target: Path) -> None:
        self._set_busy(False)
        self.notice.info(self.tr("Saved as {path}. Send it to partners, who store it with the practice in their "
                                 "contact map.").format(path=str(target)))
