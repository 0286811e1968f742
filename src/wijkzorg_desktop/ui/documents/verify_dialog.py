"""Document controleren: any PDF, checked against the practice's own certificate and every certificate on the
sociale kaart. Says who signed it and when, whether it is intact and trusted, and whether something was
changed after signing; an encrypted PDF asks for its password first.

The file to check is asked through ``ask_file``, which a test may replace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...documents.verify import VerifyResult

from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...documents.pdf_errors import PdfProblem
from ...domain.errors import StorageFailed, VaultLocked
from ...domain.os_errors import os_reason
from ...services import documents
from ...services.document_errors import DocumentFailed
from ...services.session import Session
from ..client import VaultClient
from ..messages import error_text
from ..page_parts import Notice, explanation
from ..table_model import local_time
from .preview_dialog import documents_dir
from .verdict import judge, yes_no

MAX_BYTES = 100 * 1024 * 1024
PASSWORD_PROBLEMS = (PdfProblem.PASSWORD_NEEDED, PdfProblem.WRONG_PDF_PASSWORD)
FileChooser = Callable[[Callable[[str], None]], None]
Checked = tuple[bytes, "VerifyResult | DocumentFailed"]


def read_pdf(path: Path) -> bytes:
    """On the worker: the file's bytes, or a sentence about why not."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as error:
        raise StorageFailed(path=str(path), reason=os_reason(error)) from None
    if len(data) > MAX_BYTES:
        raise DocumentFailed(PdfProblem.NOT_A_PDF, "larger than 100 MB")
    return data


NAME_PARTS = {
    "Common Name": QT_TRANSLATE_NOOP("VerifyDialog", "Name"),
    "Organization": QT_TRANSLATE_NOOP("VerifyDialog", "Organisation"),
    "Organizational Unit": QT_TRANSLATE_NOOP("VerifyDialog", "Department"),
    "Locality": QT_TRANSLATE_NOOP("VerifyDialog", "Place"),
    "Country": QT_TRANSLATE_NOOP("VerifyDialog", "Country"),
    "Email Address": QT_TRANSLATE_NOOP("VerifyDialog", "E-mail"),
    "Serial Number": QT_TRANSLATE_NOOP("VerifyDialog", "Serial number"),
}


def subject_text(subject: str) -> str:
    """"Common Name: X, Organization: Y" in the chosen language."""
    for english, source in NAME_PARTS.items():
        subject = subject.replace(f"{english}: ", f"{QCoreApplication.translate('VerifyDialog', source)}: ")
    return subject


def halves(fingerprint: str) -> str:
    """A SHA-256 fingerprint on two lines, split at a colon, so it is read (and compared) without scrolling."""
    middle = fingerprint.find(":", len(fingerprint) // 2 - 2)
    return f"{fingerprint[:middle + 1]}\n{fingerprint[middle + 1:]}" if middle > 0 else fingerprint


def check(session: Session, data: bytes, password: str | None = None) -> Checked:
    """On the worker: the verdict, or the password problem (the bytes come back either way, to try again)."""
    try:
        return data, documents.verify_pdf(session, data, password)
    except DocumentFailed as error:
        if error.problem in PASSWORD_PROBLEMS:
            return data, error
        raise


class VerifyDialog(QDialog):
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.setWindowTitle(self.tr("Check a document"))
        self.client = client
        self.ask_file: FileChooser = self._ask_file
        self.file_dialog: QFileDialog | None = None
        self.path: Path | None = None
        self.data = b""
        self.result: VerifyResult | None = None
        self.busy = False

        self.file_label = QLabel(objectName="verifiedFile")
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel(objectName="verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Verdict"))
        self.verdict.hide()
        self.verdict_text = explanation("")
        self.verdict_text.setObjectName("verdictExplanation")
        self.verdict_text.hide()
        self.password_row = QWidget(objectName="passwordRow")
        self.password = QLineEdit(objectName="verifyPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password of the document"))
        self.password_button = QPushButton(self.tr("&Open"), objectName="verifyWithPassword")
        self.password_button.setAutoDefault(False)
        password_layout = QHBoxLayout(self.password_row)
        password_layout.setContentsMargins(0, 0, 0, 0)
        password_layout.addWidget(QLabel(self.tr("Pass&word:"), buddy=self.password))
        password_layout.addWidget(self.password, 1)
        password_layout.addWidget(self.password_button)
        self.password_row.hide()
        self.details = QWidget(objectName="verifyDetails")
        self.facts = QFormLayout(self.details)
        self.facts.setContentsMargins(0, 0, 0, 0)
        self.details.hide()
        self.notice = Notice("verifyNotice")
        self.open_button = QPushButton(self.tr("&Choose document…"), objectName="chooseDocument")
        self.open_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_button.setToolTip(self.tr("Choose a PDF to check (Ctrl+O)"))
        self.close_button = QPushButton(self.tr("Close"), objectName="closeVerify")
        for button in (self.open_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation(self.tr(
            "Checks the signature of a PDF: who signed it and when, and whether anything changed since. Trusted "
            "are the practice's own certificate and the certificates stored with organisations and people on the "
            "sociale kaart.")))
        layout.addWidget(self.file_label)
        layout.addWidget(self.password_row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.verdict_text)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.setMinimumWidth(680)

        self.open_button.clicked.connect(self.choose)
        self.close_button.clicked.connect(self.reject)
        self.password_button.clicked.connect(self._with_password)
        self.password.returnPressed.connect(self._with_password)

    # -- choosing and reading --------------------------------------------------------------------

    def choose(self) -> None:
        if not self.busy:
            self.ask_file(self.check_file)

    def _ask_file(self, then: Callable[[str], None]) -> None:
        if self.file_dialog is None:
            self.file_dialog = QFileDialog(self, self.tr("Choose a document to check"), documents_dir(),
                                           self.tr("PDF documents (*.pdf);;All files (*)"))
            self.file_dialog.setObjectName("verifyFileDialog")
            self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            self.file_dialog.fileSelected.connect(lambda path: then(path))
        self.file_dialog.open()

    def check_file(self, path: str) -> None:
        if not path:
            return
        self.path = Path(path)
        self.data = b""
        self._clear()
        self.file_label.setText(self.tr("Document: {path}").format(path=str(self.path)))
        self._set_busy(True, self.tr("Checking {name}…").format(name=self.path.name))
        target = self.path

        def job(session: Session) -> Checked:
            return check(session, read_pdf(target))

        self.client.call(job, self._checked, self._failed)

    def _with_password(self) -> None:
        if self.busy or not self.data:
            return
        password, data = self.password.text(), self.data
        if not password:
            self.password.setFocus()
            return
        self._set_busy(True, self.tr("Checking…"))
        self.client.call(lambda session: check(session, data, password), self._checked, self._failed)

    def _checked(self, found: Checked) -> None:
        self._set_busy(False)
        self.data, outcome = found
        if isinstance(outcome, DocumentFailed):
            self.password_row.show()
            self.password.setFocus()
            self.password.selectAll()
            if outcome.problem == PdfProblem.PASSWORD_NEEDED:
                self.notice.info(self.tr("This document is protected with a password. Type it to check the "
                                         "signature."))
            else:
                self.notice.error(error_text(outcome))
            return
        self.result = outcome
        self.password_row.hide()
        self.password.clear()
        self.notice.clear()
        self._show(outcome)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, VaultLocked):
            self.notice.clear()
        else:
            self.notice.error(error_text(error))

    # -- showing ---------------------------------------------------------------------------------

    def _clear(self) -> None:
        self.result = None
        self.verdict.hide()
        self.verdict_text.hide()
        self.details.hide()
        self.password_row.hide()
        self.password.clear()
        self.notice.clear()
        while self.facts.rowCount():
            self.facts.removeRow(0)

    def _show(self, result: VerifyResult) -> None:
        verdict = judge(result)
        self.verdict.setText(verdict.headline)
        self.verdict.setStyleSheet(verdict.style)
        self.verdict.setProperty("level", str(verdict.level))
        self.verdict.show()
        self.verdict_text.setText(verdict.explanation)
        self.verdict_text.show()
        while self.facts.rowCount():
            self.facts.removeRow(0)
        if result.signed:
            moment = local_time(result.signed_at.astimezone(UTC).isoformat(), seconds=False) \
                if result.signed_at else self.tr("unknown")
            rows = [(self.tr("Signed by:"), result.signer),
                    (self.tr("Certificate:"), subject_text(result.signer_subject)),
                    (self.tr("Signed at:"), moment), (self.tr("Reason:"), result.reason or "—"),
                    (self.tr("Intact:"), yes_no(result.intact)), (self.tr("Trusted:"), yes_no(result.trusted)),
                    (self.tr("Changed after signing:"), yes_no(result.modified_after or not result.intact)),
                    (self.tr("Fingerprint (SHA-256):"), halves(result.signer_sha256))]
            for label, value in rows:
                shown = QLabel(value)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.facts.addRow(label, shown)
        self.details.setVisible(result.signed)
        self.close_button.setFocus()
        self._grow()

    def _grow(self) -> None:
        """Room for every line: a dialog laid out before its texts were set does not grow by itself."""
        layout = self.layout()
        layout.activate()
        width = self.width() - layout.contentsMargins().left() - layout.contentsMargins().right()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def fact(self, label: str) -> str:
        """What the row ``label`` says (for tests and screen readers alike)."""
        for row in range(self.facts.rowCount()):
            item = self.facts.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget().text() == label:
                return self.facts.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().text()
        return ""

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.open_button.setEnabled(not busy)
        self.password_button.setEnabled(not busy)
        if busy:
            self.notice.busy(text)

    def reject(self) -> None:
        """Closed (or locked): nothing of the document stays behind."""
        self.data = b""
        self.path = None
        self._clear()
        self.file_label.clear()
        super().reject()
