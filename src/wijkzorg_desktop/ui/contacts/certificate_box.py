"""A partner's X.509 certificate in a form: chosen from a PEM or DER file, shown so a person can
recognise it (subject, issuer, validity, SHA-256 fingerprint)."""

from __future__ import annotations

import re
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...documents import certificates
from ...domain.contacts import CertificateInfo
from ...domain.errors import InvalidValue, VaultLocked
from ...domain.os_errors import os_reason
from ...domain.text import Message
from ..client import VaultClient
from ..dates import show_date
from ..messages import error_text, render
from .form_parts import ErrorLabel


def read_certificate(path: Path) -> tuple[bytes, CertificateInfo]:
    """The DER bytes and description of the certificate in ``path`` (runs on the worker)."""
    with path.open("rb") as file:
        data = file.read(certificates.MAX_BYTES + 1)
    der = certificates.load(data)
    return der, certificates.describe(der)


def certificate_html(info: CertificateInfo) -> str:
    """The summary the form and the detail pane show."""
    valid = QCoreApplication.translate("CertificateBox", "{start} to {end}").format(
        start=show_date_iso(info.not_before), end=show_date_iso(info.not_after))
    rows = ((QCoreApplication.translate("CertificateBox", "Subject"), _spaced(info.subject)),
            (QCoreApplication.translate("CertificateBox", "Issuer"), _spaced(info.issuer)),
            (QCoreApplication.translate("CertificateBox", "Valid"), valid),
            (QCoreApplication.translate("CertificateBox", "SHA-256 fingerprint"), info.sha256))
    cells = "".join(f"<tr><td style='padding-right:8px'><b>{escape(k)}</b></td><td>{_wrapped(v)}</td></tr>"
                    for k, v in rows)
    return f"<table>{cells}</table>"


def _spaced(name: str) -> str:
    """``CN=a,O=b`` as ``CN=a, O=b`` so a long name can wrap (escaped commas stay); the e-mail
    attribute by its usual short name rather than its number."""
    return re.sub(r"(?<!\\),(?! )", ", ", name).replace("1.2.840.113549.1.9.1=", "E=")


def _wrapped(text: str) -> str:
    """Long unbroken text (a fingerprint) on two lines, split at a colon."""
    if " " in text or len(text) < 60:
        return escape(text)
    middle = text.find(":", len(text) // 2 - 2)
    return escape(text[:middle + 1]) + "<br>" + escape(text[middle + 1:]) if middle > 0 else escape(text)


def show_date_iso(text: str) -> str:
    try:
        return show_date(date.fromisoformat(text))
    except ValueError:
        return text


class CertificateBox(QGroupBox):
    changed = Signal()

    def __init__(self, client: VaultClient, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Certificate for encrypted transfer"))
        self.setObjectName(object_name)
        self.client = client
        self.der: bytes | None = None
        self.info: CertificateInfo | None = None
        self.file_dialog: QFileDialog | None = None
        self.summary = QLabel(objectName="certificateSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("Certificate"))
        self.error = ErrorLabel("certificateError")
        self.choose_button = QPushButton(self.tr("C&hoose file…"), objectName="chooseCertificate")
        self.remove_button = QPushButton(self.tr("Remove"), objectName="removeCertificate")
        self.choose_button.setAccessibleName(self.tr("Choose a certificate file"))
        self.remove_button.setAccessibleName(self.tr("Remove the certificate"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(lambda: self.set_certificate(None))
        self.set_certificate(None)

    def set_certificate(self, der: bytes | None) -> None:
        self.der = der
        try:
            self.info = certificates.describe(der) if der else None
        except ValueError:
            self.info = None
        if self.info is not None:
            self.summary.setText(certificate_html(self.info))
        elif der:
            self.summary.setText(self.tr("A certificate is stored but cannot be read."))
        else:
            self.summary.setText(self.tr("No certificate. Add one (PEM or DER) to send encrypted files."))
        self.remove_button.setEnabled(der is not None)
        self.error.say("")
        self.changed.emit()

    def choose(self) -> None:
        if self.file_dialog is None:
            self.file_dialog = QFileDialog(self, self.tr("Choose a certificate"), "",
                                           self.tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
            self.file_dialog.setObjectName("certificateFileDialog")
            self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            self.file_dialog.fileSelected.connect(self.load)
        self.file_dialog.open()

    def load(self, path: str) -> None:
        if not path:
            return
        self.choose_button.setEnabled(False)
        self.error.say("")
        self.summary.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        self.client.call(lambda _session: read_certificate(Path(path)), self._read, self._failed)

    def _read(self, result: tuple[bytes, CertificateInfo]) -> None:
        self.choose_button.setEnabled(True)
        self.set_certificate(result[0])

    def _failed(self, error: BaseException) -> None:
        self.choose_button.setEnabled(True)
        if isinstance(error, VaultLocked):
            return
        self.set_certificate(self.der)
        reason = error.params.get("reason") if isinstance(error, InvalidValue) else None
        if isinstance(reason, Message):
            self.error.say(render(reason))
        elif isinstance(error, OSError):
            self.error.say(self.tr("The file could not be read ({reason}).").format(
                reason=render(os_reason(error))))
        else:
            self.error.say(error_text(error))
