"""The two ways to give the practice a certificate from outside: a PKCS#12 file with its password (a
UZI-servercertificaat), or a card in a reader (UZI-pas) by its PKCS#11 module, token label and PIN.

Neither dialog keeps a password or PIN after it closes; the page checks and stores on the worker, and a
refusal (wrong password, card not found) is shown in the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ..cases.case_forms import CaseDialog
from ..contacts.exchange import documents_dir


def _secret(name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(objectName=name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMaxLength(256)
    return field


class FileField(QWidget):
    """A path typed or chosen with Choose…."""

    def __init__(self, object_name: str, title: str, name_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.name_filter = title, name_filter
        self.path = QLineEdit(objectName=object_name)
        self.path.setAccessibleName(title)
        self.choose_button = QPushButton(self.tr("C&hoose…"), objectName=f"{object_name}Choose")
        self.choose_button.setAutoDefault(False)
        self.dialog: QFileDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(self.choose_button)
        self.setFocusProxy(self.path)
        self.choose_button.clicked.connect(self.choose)

    def choose(self) -> None:
        if self.dialog is None:
            self.dialog = QFileDialog(self, self.title, documents_dir(), self.name_filter)
            self.dialog.setObjectName(f"{self.path.objectName()}Dialog")
            self.dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            self.dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            self.dialog.fileSelected.connect(self.path.setText)
        self.dialog.open()

    def text(self) -> str:
        return self.path.text().strip()


class Pkcs12Dialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("pkcs12Dialog", parent)
        self.setWindowTitle(self.tr("Import a certificate file"))
        self.say(self.tr("A PKCS#12 file (.p12 or .pfx) holds the certificate with its private key, such as a "
                         "UZI-servercertificaat. The program keeps it inside the encrypted vault; the password you "
                         "type here is not kept."))
        self.file = FileField("pkcs12Path", self.tr("Certificate file"),
                              self.tr("Certificate files (*.p12 *.pfx);;All files (*)"))
        self.password = _secret("pkcs12Password", self.tr("Password of the certificate file"))
        form = QFormLayout()
        form.addRow(self.tr("&File:"), self.file)
        form.addRow(self.tr("&Password:"), self.password)
        self.body.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Import"))
        self.setMinimumWidth(560)

    def prepare(self) -> None:
        self.file.path.clear()
        self.password.clear()
        self.set_busy(False)
        self.file.setFocus()

    def problem(self) -> str:
        if not self.file.text():
            self.file.setFocus()
            return self.tr("Choose the certificate file.")
        return ""

    def done(self, result: int) -> None:
        self.password.clear()
        super().done(result)


class TokenDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tokenDialog", parent)
        self.setWindowTitle(self.tr("Sign with a card (UZI-pas)"))
        self.say(self.tr("The card reader's software has a PKCS#11 module (a .dll, .so or .dylib file from the "
                         "card supplier). The PIN is used once now to read the certificate from the card, and is "
                         "asked again at every signature; it is never kept."))
        self.module = FileField("tokenModule", self.tr("PKCS#11 module"),
                                self.tr("PKCS#11 modules (*.so *.dll *.dylib);;All files (*)"))
        self.label = QLineEdit(objectName="tokenLabel")
        self.label.setAccessibleName(self.tr("Token label"))
        self.label.setPlaceholderText(self.tr("The name of the card, as the card software shows it"))
        self.label.setMaxLength(64)
        self.pin = _secret("tokenPin", self.tr("PIN"))
        form = QFormLayout()
        form.addRow(self.tr("&Module:"), self.module)
        form.addRow(self.tr("Token &label:"), self.label)
        form.addRow(self.tr("&PIN:"), self.pin)
        self.body.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("&Use card"))
        self.setMinimumWidth(600)

    def prepare(self, module_path: str = "", token_label: str = "") -> None:
        self.module.path.setText(module_path)
        self.label.setText(token_label)
        self.pin.clear()
        self.set_busy(False)
        self.module.setFocus()

    def problem(self) -> str:
        for field, text in ((self.module.path, self.tr("Choose the PKCS#11 module of the card reader.")),
                            (self.label, self.tr("Type the label of the card.")),
                            (self.pin, self.tr("Type the PIN of the card."))):
            if not field.text().strip():
                field.setFocus()
                return text
        return ""

    def show_error(self, text: str) -> None:
        super().show_error(text)
        self.pin.clear()

    def done(self, result: int) -> None:
        self.pin.clear()
        super().done(result)
