"""The "New user" form of Beheer > Users: login, full name, role and a first passphrase."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.users import Role, User
from ...services import accounts
from ..client import VaultClient
from ..messages import error_text
from ..page_parts import Notice, choose_role, fill_roles
from ..passphrase_fields import PassphraseFields


class NewUserForm(QGroupBox):
    """Adding runs Argon2 for the new key slot, so it goes to the worker with the form disabled."""

    added = Signal(object)  # User

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New user"))
        self.setObjectName("newUserBox")
        self.client = client
        self._adding = False
        self.login = QLineEdit(objectName="newLogin", placeholderText=self.tr("for example jdevries"))
        self.full_name = QLineEdit(objectName="newFullName")
        self.role = QComboBox(objectName="newRole")
        fill_roles(self.role)
        self.fields = PassphraseFields()
        self.add_button = QPushButton(self.tr("&Add user"), objectName="addUser")
        self.notice = Notice("newUserNotice")
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("F&ull name:"), self.full_name)
        form.addRow(self.tr("R&ole:"), self.role)
        right = QVBoxLayout()
        right.addWidget(self.fields)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(form, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(self)
        box.addLayout(columns)
        box.addLayout(bottom)
        for widget, name in ((self.login, self.tr("Login of the new user")),
                             (self.full_name, self.tr("Full name of the new user")),
                             (self.role, self.tr("Role of the new user"))):
            widget.setAccessibleName(name)
        self.setTabOrder(self.login, self.full_name)
        self.setTabOrder(self.full_name, self.role)
        self.setTabOrder(self.role, self.fields.first)
        self.setTabOrder(self.fields.second, self.add_button)
        self.login.textChanged.connect(self._update)
        self.full_name.textChanged.connect(self._update)
        self.fields.validity_changed.connect(self._update)
        self.fields.second.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self._update()

    def focus(self) -> None:
        self.login.setFocus()
        self.login.selectAll()

    def _update(self) -> None:
        ready = bool(self.login.text().strip() and self.full_name.text().strip()) and self.fields.is_valid()
        self.add_button.setEnabled(ready and not self._adding)

    def _set_adding(self, adding: bool) -> None:
        self._adding = adding
        for widget in (self.login, self.full_name, self.role, self.fields):
            widget.setEnabled(not adding)
        self._update()

    def add(self) -> None:
        if not self.add_button.isEnabled():
            return
        login, name = self.login.text(), self.full_name.text()
        role = Role(self.role.currentData())
        passphrase, repeated = self.fields.passphrase(), self.fields.second.text()
        self._set_adding(True)
        self.notice.busy(self.tr("Adding {login}… Securing the passphrase takes a moment.").format(
            login=login.strip()))
        self.client.call(lambda session: accounts.add_user(session, login, name, role, passphrase, repeated),
                         self._added, self._failed)

    def _added(self, user: User) -> None:
        self._set_adding(False)
        self.login.clear()
        self.full_name.clear()
        self.fields.clear()
        self.notice.info(self.tr("{name} ({login}) can now unlock with the passphrase you gave.").format(
            name=user.full_name, login=user.login))
        self.added.emit(user)

    def _failed(self, error: BaseException) -> None:
        self._set_adding(False)
        self.notice.error(error_text(error))

    def draft(self) -> dict[str, object]:
        """Login, full name and role while something is typed; never the passphrase."""
        login, name = self.login.text(), self.full_name.text()
        if not (login.strip() or name.strip()):
            return {}
        return {"login": login, "full_name": name, "role": str(self.role.currentData())}

    def restore(self, form: dict[str, object]) -> None:
        self.login.setText(str(form.get("login", "")))
        self.full_name.setText(str(form.get("full_name", "")))
        choose_role(self.role, str(form.get("role", "")))
