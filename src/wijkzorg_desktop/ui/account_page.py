"""My account: who I am working as, and changing my own passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import VaultLocked, WrongCredentials
from ..services import accounts
from .client import VaultClient
from .messages import error_text
from .page import Drafts, Page
from .page_parts import Notice, explanation, heading, role_label
from .passphrase_fields import PassphraseFields


class AccountPage(Page):
    page_id = "account"

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self._busy = False
        self.login = QLabel(objectName="accountLogin")
        self.full_name = QLabel(objectName="accountFullName")
        self.role = QLabel(objectName="accountRole")
        for label in (self.login, self.full_name, self.role):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who = QGroupBox(self.tr("Working as"))
        who_form = QFormLayout()
        who_form.addRow(self.tr("Login:"), self.login)
        who_form.addRow(self.tr("Full name:"), self.full_name)
        who_form.addRow(self.tr("Role:"), self.role)
        who_box = QVBoxLayout(who)
        who_box.addLayout(who_form)
        who_box.addWidget(explanation(self.tr(
            "An administrator changes names and roles under Administration > Users; a new role takes "
            "effect the next time you unlock.")))

        self.current = QLineEdit(objectName="currentPassphrase", echoMode=QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.fields = PassphraseFields()
        self.change_button = QPushButton(self.tr("&Change passphrase"), objectName="changePassphrase")
        self.notice = Notice("accountNotice")
        change = QGroupBox(self.tr("Change your passphrase"))
        change_form = QFormLayout()
        current_label = QLabel(self.tr("C&urrent passphrase:"), buddy=self.current)
        change_form.addRow(current_label, self.current)
        new_label = self.fields.layout().labelForField(self.fields.first)
        if isinstance(new_label, QLabel):  # line the fields up under each other
            width = max(current_label.sizeHint().width(), new_label.sizeHint().width())
            current_label.setMinimumWidth(width)
            new_label.setMinimumWidth(width)
        box = QVBoxLayout(change)
        box.addLayout(change_form)
        box.addWidget(self.fields)
        row = QHBoxLayout()
        row.addWidget(self.notice, 1)
        row.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        box.addWidget(explanation(self.tr(
            "Forgot your passphrase? An administrator can give you a new one.")))

        panel = QWidget()
        panel.setMaximumWidth(620)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(who)
        inner.addWidget(change)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        row = QHBoxLayout()
        row.addWidget(panel, 2)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

        self.setTabOrder(self.current, self.fields.first)
        self.setTabOrder(self.fields.second, self.change_button)
        self.current.textChanged.connect(self._update)
        self.fields.validity_changed.connect(self._update)
        self.fields.second.returnPressed.connect(self.change_passphrase)
        self.change_button.clicked.connect(self.change_passphrase)
        self.refresh()

    def title(self) -> str:
        return self.tr("My account")

    def refresh(self) -> None:
        """Who is working comes with the session; nothing to read from the vault."""
        user = self.client.user
        self.login.setText(user.login if user else "")
        self.full_name.setText(user.full_name if user else "")
        self.role.setText(role_label(user.role) if user else "")

    def _update(self) -> None:
        ready = bool(self.current.text()) and self.fields.is_valid()
        self.change_button.setEnabled(ready and not self._busy)
        if self.notice.kind == "info" and (self.current.text() or self.fields.passphrase()):
            self.notice.clear()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.current.setEnabled(not busy)
        self.fields.setEnabled(not busy)
        self._update()

    def change_passphrase(self) -> None:
        if not self.change_button.isEnabled():
            return
        current, new, repeated = self.current.text(), self.fields.passphrase(), self.fields.second.text()
        self._set_busy(True)
        self.notice.busy(self.tr("Changing your passphrase… This takes a moment."))
        self.client.call(lambda session: accounts.change_own_passphrase(session, current, new, repeated),
                         self._changed, self._failed)

    def _changed(self, _result: object) -> None:
        self._set_busy(False)
        self.current.clear()
        self.fields.clear()
        self.notice.info(self.tr("Your passphrase is changed. Use the new one the next time you unlock."))
        self.client.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, VaultLocked):
            return
        if isinstance(error, WrongCredentials):
            self.current.clear()
            self.current.setFocus()
            self.notice.error(self.tr("Your current passphrase is not correct. Nothing was changed."))
        else:
            self.notice.error(error_text(error))

    def draft(self) -> Drafts:
        return {}  # this page holds nothing but passphrases
