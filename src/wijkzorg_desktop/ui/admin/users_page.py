"""Beheer > Users: who may unlock the vault, in which role; add, edit, new passphrase, (de)activate."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.errors import VaultLocked
from ...domain.users import Role, User
from ...services import accounts
from ..client import VaultClient
from ..messages import error_text
from ..page import Drafts, Page
from ..page_parts import Notice, explanation, heading, role_label
from ..table_model import SortedTable, TableModel, local_date
from .new_user_form import NewUserForm
from .user_dialogs import EditUserDialog, PassphraseDialog, confirm_deactivation


class UsersModel(TableModel):
    COL_LOGIN, COL_NAME, COL_ROLE, COL_STATUS, COL_CREATED = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Login"), self.tr("Full name"), self.tr("Role"), self.tr("Status"),
                self.tr("Created"))

    def display(self, user: User, column: int) -> str:
        if column == self.COL_LOGIN:
            return user.login
        if column == self.COL_NAME:
            return user.full_name
        if column == self.COL_ROLE:
            return role_label(user.role)
        if column == self.COL_STATUS:
            return self.tr("Active") if user.active else self.tr("Deactivated")
        return local_date(user.created_at)

    def sort_value(self, user: User, column: int) -> object:
        if column == self.COL_STATUS:
            return f"{int(not user.active)}{user.deactivated_at or ''}"
        if column == self.COL_CREATED:
            return user.created_at
        return super().sort_value(user, column)

    def tooltip(self, user: User, column: int) -> str | None:
        if column == self.COL_STATUS and not user.active and user.deactivated_at:
            return self.tr("Deactivated on {date}").format(date=local_date(user.deactivated_at))
        return None

    def muted(self, user: User) -> bool:
        return not user.active


class UsersPage(Page):
    page_id = "users"
    roles = frozenset({Role.ADMIN})

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self.model = UsersModel(self)
        self.table = SortedTable(self.model, parent=self)
        self.table.setObjectName("usersTable")
        self.table.setAccessibleName(self.tr("Users"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.passphrase_button = QPushButton(self.tr("Give new &passphrase…"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"))
        self.reactivate_button = QPushButton(self.tr("&Reactivate…"))
        for name, button in (("editUser", self.edit_button), ("givePassphrase", self.passphrase_button),
                             ("deactivateUser", self.deactivate_button),
                             ("reactivateUser", self.reactivate_button)):
            button.setObjectName(name)
        self.notice = Notice("usersNotice")
        self.edit_dialog: EditUserDialog | None = None
        self.passphrase_dialog: PassphraseDialog | None = None
        self._editing = ""
        self._passphrase_for: tuple[str, bool] = ("", False)  # login, reactivate
        self._select_login = ""
        self.new_user = NewUserForm(client)
        self.new_user.added.connect(self._added)

        actions = QHBoxLayout()
        for button in (self.edit_button, self.passphrase_button, self.deactivate_button,
                       self.reactivate_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(explanation(self.tr(
            "Everyone who works with the vault has a personal login and passphrase. A deactivated user "
            "can no longer unlock; what they did stays in the audit log.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addSpacing(6)
        layout.addWidget(self.new_user)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._edit)
        self.edit_button.clicked.connect(self._edit)
        self.passphrase_button.clicked.connect(lambda: self._ask_passphrase(reactivate=False))
        self.reactivate_button.clicked.connect(lambda: self._ask_passphrase(reactivate=True))
        self.deactivate_button.clicked.connect(self._deactivate)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.focus_new_user)
        self.client.changed.connect(self.refresh)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Users")

    # -- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.client.call(accounts.list_users, self._loaded, self._failed)

    def _loaded(self, users: list[User]) -> None:
        selected = self._select_login or getattr(self.table.current_row(), "login", "")
        self._select_login = ""
        self.model.set_rows(users)
        self.table.fit_columns()
        if selected:
            self.table.select_where(lambda user: user.login == selected)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def _update_buttons(self) -> None:
        user = self.table.current_row()
        self.edit_button.setEnabled(user is not None)
        self.passphrase_button.setEnabled(user is not None and user.active)
        self.deactivate_button.setEnabled(user is not None and user.active)
        self.reactivate_button.setEnabled(user is not None and not user.active)

    def _added(self, user: User) -> None:
        self._changed("", user.login)  # the form says it, beside where it was typed

    def _changed(self, text: str, login: str = "") -> None:
        if text:
            self.notice.info(text)
        else:
            self.notice.clear()
        self._select_login = login
        self.client.changed.emit()

    # -- the selected user -----------------------------------------------------------------------

    def _edit(self) -> None:
        user = self.table.current_row()
        if user is None:
            return
        if self.edit_dialog is None:
            self.edit_dialog = EditUserDialog(self)
            self.edit_dialog.submitted.connect(self._save_edit)
        self._editing = user.login
        self.edit_dialog.prepare(user)
        self.edit_dialog.open()

    def _save_edit(self) -> None:
        dialog, login = self.edit_dialog, self._editing
        if dialog is None or not login:
            return
        name, role = dialog.full_name.text(), Role(dialog.role.currentData())
        dialog.set_busy(True, self.tr("Saving…"))
        self.client.call(lambda session: accounts.update_user(session, login, name, role),
                         lambda saved: self._edited(saved), dialog.failed)

    def _edited(self, user: User) -> None:
        if self.edit_dialog is not None:
            self.edit_dialog.finish()
        self._changed(self.tr("Saved the changes to {login}.").format(login=user.login), user.login)

    def _ask_passphrase(self, reactivate: bool) -> None:
        user = self.table.current_row()
        if user is None:
            return
        if self.passphrase_dialog is None:
            self.passphrase_dialog = PassphraseDialog(self)
            self.passphrase_dialog.submitted.connect(self._give_passphrase)
        self._passphrase_for = (user.login, reactivate)
        if reactivate:
            self.passphrase_dialog.prepare(
                self.tr("Reactivate {login}").format(login=user.login),
                self.tr("{name} can unlock again with this new passphrase. Tell it to them in person."
                        ).format(name=user.full_name),
                self.tr("Reactivate"))
        else:
            self.passphrase_dialog.prepare(
                self.tr("New passphrase for {login}").format(login=user.login),
                self.tr("{name} unlocks with this passphrase from now on; the old one stops working. "
                        "Tell it to them in person.").format(name=user.full_name),
                self.tr("Set passphrase"))
        self.passphrase_dialog.open()

    def _give_passphrase(self) -> None:
        dialog = self.passphrase_dialog
        if dialog is None:
            return
        login, reactivate = self._passphrase_for
        passphrase, repeated = dialog.fields.passphrase(), dialog.fields.second.text()
        change = accounts.reactivate_user if reactivate else accounts.set_passphrase
        dialog.set_busy(True, self.tr("Securing the passphrase…"))
        self.client.call(lambda session: change(session, login, passphrase, repeated),
                         lambda _none: self._passphrase_given(login, reactivate),
                         dialog.failed)

    def _passphrase_given(self, login: str, reactivate: bool) -> None:
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.finish()
        text = (self.tr("{login} is active again.") if reactivate
                else self.tr("{login} has a new passphrase.")).format(login=login)
        self._changed(text, login)

    def _deactivate(self) -> None:
        user = self.table.current_row()
        if user is None:
            return
        yourself = self.client.user is not None and self.client.user.login == user.login
        box, button = confirm_deactivation(self, user, yourself)
        box.finished.connect(lambda _result: self._confirmed(user.login) if box.clickedButton() is button
                             else None)
        box.finished.connect(box.deleteLater)

    def _confirmed(self, login: str) -> None:
        self.notice.busy(self.tr("Deactivating {login}…").format(login=login))
        self.client.call(lambda session: accounts.deactivate_user(session, login),
                         lambda _none: self._changed(self.tr(
                             "{login} is deactivated and can no longer unlock.").format(login=login), login),
                         self._failed)

    # -- drafts ----------------------------------------------------------------------------------

    def focus_new_user(self) -> None:
        self.new_user.focus()

    def draft(self) -> Drafts:
        form = self.new_user.draft()
        return {"new_user": form} if form else {}

    def restore_draft(self, drafts: Drafts) -> None:
        form = drafts.get("new_user")
        if form:
            self.new_user.restore(form)
