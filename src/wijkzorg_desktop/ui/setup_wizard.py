"""First start without a vault: the practice, its first administrator, a passphrase, the recovery key.

The vault is made on the worker when the passphrase page is confirmed; from then on there is no way
back, and the wizard finishes only when the user confirms the recovery key is printed or stored.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.errors import WijkzorgError
from ..domain.unlocking import format_recovery_key
from ..domain.users import ROLE_LABELS, Role, normalise_login
from ..services.vaults import Created, create_vault
from . import recovery_sheet
from .messages import error_text
from .passphrase_fields import PassphraseFields
from .worker import Worker


def _error_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setStyleSheet("color: #b00020;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SetupPracticePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Wijkzorg Desktop"))
        self.setSubTitle(self.tr("This sets up the encrypted vault in which the practice keeps its "
                                 "work on child safety. First: the name of the practice."))
        self.name = QLineEdit()
        self.name.setObjectName("setupPractice")
        self.name.setAccessibleName(self.tr("Name of the practice"))
        self.name.setPlaceholderText(self.tr("e.g. Huisartsenpraktijk De Linde"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Practice name:"), self.name)
        self.registerField("practice*", self.name)


class SetupUserPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first user"))
        self.setSubTitle(self.tr("You become the vault's administrator: you can add the other users "
                                 "of the practice later, under Administration."))
        self.login = QLineEdit()
        self.login.setObjectName("setupLogin")
        self.login.setAccessibleName(self.tr("Login"))
        self.login.setPlaceholderText(self.tr("e.g. mjansen"))
        self.full_name = QLineEdit()
        self.full_name.setObjectName("setupFullName")
        self.full_name.setAccessibleName(self.tr("Full name"))
        role = QLabel(QCoreApplication.translate("roles", ROLE_LABELS[Role.ADMIN]))
        role.setObjectName("setupRole")
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow("", QLabel(self.tr("Lower-case letters, digits, dot, hyphen or underscore."),
                               wordWrap=True))
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("Role:"), role)
        form.addRow(self.error)
        self.registerField("login*", self.login)
        self.registerField("full_name*", self.full_name)
        self.login.textChanged.connect(self.error.clear)

    def validatePage(self) -> bool:
        try:
            self.login.setText(normalise_login(self.login.text()))
        except WijkzorgError as exc:
            self.error.setText(error_text(exc))
            self.login.setFocus()
            return False
        return True


class SetupPassphrasePage(QWizardPage):
    """Confirming this page makes the vault (a commit page: there is no going back after it)."""

    def __init__(self, worker: Worker, store: Path) -> None:
        super().__init__()
        self.worker = worker
        self.store = store
        self.created: Created | None = None
        self.busy = False
        self.setTitle(self.tr("Your passphrase"))
        self.setSubTitle(self.tr("A passphrase opens the vault. Choose a sentence of several words "
                                 "that only you know. Nobody can look it up for you."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self.fields = PassphraseFields()
        self.progress = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.progress.setObjectName("setupProgress")
        self.progress.hide()
        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("setupStatus")
        self.error = _error_label()
        self.error.setObjectName("setupError")
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        self.fields.validity_changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.created is not None or (self.fields.is_valid() and not self.busy)

    def validatePage(self) -> bool:
        if self.created is not None:
            return True
        if not self.busy:
            self._create()
        return False

    def _create(self) -> None:
        wizard = self.wizard()
        store, passphrase = self.store, self.fields.passphrase()
        practice, login, name = (str(self.field(f)) for f in ("practice", "login", "full_name"))
        self._set_busy(True)
        self.worker.submit(lambda: create_vault(store, practice, login, name, passphrase),
                           self._created, self._failed)
        wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.error.clear()
        self.fields.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.status.setText(self.tr("Making the encrypted vault. This takes a few seconds…") if busy else "")
        self.completeChanged.emit()
        self.wizard().button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    def _created(self, created: Created) -> None:
        self.created = created
        self.fields.clear()
        self._set_busy(False)
        self.wizard().next()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.setText(error_text(error))


class SetupRecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The recovery key"))
        self.setSubTitle(self.tr("The vault is ready. If a passphrase is ever forgotten, only this key "
                                 "opens the vault. It is shown only now: print it and keep it in the "
                                 "practice safe."))
        self.key = QLabel()
        self.key.setObjectName("recoveryKeyText")
        self.key.setAccessibleName(self.tr("Recovery key"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.8)
        font.setWeight(QFont.Weight.Bold)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setStyleSheet("padding: 12px; border: 1px solid palette(mid); background: palette(base);")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printRecoveryKey")
        self.stored = QCheckBox(self.tr("I have printed the recovery key or stored it &safely"))
        self.stored.setObjectName("recoveryStored")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addLayout(row)
        layout.addSpacing(16)
        layout.addWidget(self.stored)
        layout.addStretch(1)
        self.stored.toggled.connect(self.completeChanged)
        self.print_button.clicked.connect(self._print)
        self.formatted = ""

    def initializePage(self) -> None:
        created = self.wizard().created
        self.formatted = format_recovery_key(created.recovery_key) if created else ""
        self.key.setText("\n".join(recovery_sheet.key_lines(self.formatted)))

    def isComplete(self) -> bool:
        return self.stored.isChecked()

    def _print(self) -> None:
        recovery_sheet.print_sheet(self, str(self.field("practice")), self.formatted)


class SetupWizard(QWizard):
    """``created`` holds the new vault's open session and recovery key once it is made."""

    def __init__(self, worker: Worker, store: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(self.tr("Set up Wijkzorg Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage
                        | QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setMinimumSize(680, 500)
        self.passphrase_page = SetupPassphrasePage(worker, store)
        self.recovery_page = SetupRecoveryPage()
        for page in (SetupPracticePage(), SetupUserPage(), self.passphrase_page, self.recovery_page):
            self.addPage(page)

    @property
    def created(self) -> Created | None:
        return self.passphrase_page.created

    def reject(self) -> None:
        """Cancel only before the vault exists; after that the recovery key must be confirmed."""
        if self.passphrase_page.busy or self.created is not None:
            return
        super().reject()
