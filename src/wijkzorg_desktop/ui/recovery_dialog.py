"""Unlock with the recovery key and give a user a new passphrase (a forgotten one, say)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.session import Session
from ..services.vaults import unlock_with_recovery
from .messages import error_text
from .passphrase_fields import PassphraseFields
from .worker import Worker


class RecoveryDialog(QDialog):
    recovered = Signal(object)  # the open Session

    def __init__(self, worker: Worker, store: Path, logins: list[str], login: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Unlock with the recovery key"))
        self.setModal(True)
        self.setMinimumWidth(560)
        self.worker = worker
        self.store = store
        self._busy = False

        intro = QLabel(self.tr(
            "Type the recovery key from the sheet kept in the practice safe, choose whose passphrase "
            "is forgotten and give that user a new passphrase. The vault then opens as that user."),
            wordWrap=True)
        self.key = QLineEdit()
        self.key.setObjectName("recoveryKey")
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance("X" * 42))
        self.user = QComboBox()
        self.user.setObjectName("recoveryUser")
        self.user.setAccessibleName(self.tr("User"))
        self.user.addItems(logins)
        self.user.setCurrentIndex(max(self.user.findText(login), 0))
        self.fields = PassphraseFields()
        new_passphrase = QGroupBox(self.tr("New passphrase for this user"))
        QVBoxLayout(new_passphrase).addWidget(self.fields)
        self.error = QLabel(wordWrap=True)
        self.error.setObjectName("recoveryError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("&Unlock and set passphrase"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("recoveryOk")
        self.ok.setDefault(True)

        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.key)
        form.addRow(self.tr("U&ser:"), self.user)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(new_passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.setTabOrder(self.key, self.user)
        self.setTabOrder(self.user, self.fields.first)
        self.setTabOrder(self.fields.first, self.fields.second)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.key.textChanged.connect(self._update)
        self.fields.validity_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        ready = bool(self.key.text().strip()) and self.fields.is_valid() and self.user.count() > 0
        self.ok.setEnabled(ready and not self._busy)
        for widget in (self.key, self.user, self.fields):
            widget.setEnabled(not self._busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not self._busy)

    def submit(self) -> None:
        if not self.ok.isEnabled():
            return
        store, key, login = self.store, self.key.text(), self.user.currentText()
        passphrase, repeated = self.fields.passphrase(), self.fields.second.text()
        self._busy = True
        self.error.setText(self.tr("Opening the vault…"))
        self._update()
        self.worker.submit(lambda: unlock_with_recovery(store, key, login, passphrase, repeated),
                           self._done, self._failed)

    def _done(self, session: Session) -> None:
        self._busy = False
        self.fields.clear()
        self.key.clear()
        self.recovered.emit(session)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.error.setText(error_text(error))
        self._update()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
