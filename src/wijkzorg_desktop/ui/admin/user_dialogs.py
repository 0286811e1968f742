"""The dialogs of the users page: edit a user, give a passphrase, confirm a deactivation.

The page does the work; the two forms are ``WorkDialog``s with OK enabled only when they are filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.users import User
from ..page_parts import choose_role, explanation, fill_roles
from ..passphrase_fields import PassphraseFields
from ..work_dialog import WorkDialog


class _WorkingDialog(WorkDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("dialogNotice", parent)
        self.intro = explanation("")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("dialogOk")
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)

    def _finish_layout(self) -> None:
        self.body.addWidget(self.notice)
        self.body.addWidget(self.buttons)

    def update_ok(self) -> None:
        self.ok_button.setEnabled(not self.busy and self.ready())

    def set_busy(self, busy: bool, text: str = "") -> None:
        super().set_busy(busy, text)
        self.update_ok()


class EditUserDialog(_WorkingDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editUserDialog")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("editFullName")
        self.role = QComboBox()
        self.role.setObjectName("editRole")
        fill_roles(self.role)
        form = QFormLayout()
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Role:"), self.role)
        self.body.addLayout(form)
        self._finish_layout()
        self.ok_button.setText(self.tr("Save"))
        self.full_name.textChanged.connect(self.update_ok)
        self.setMinimumWidth(440)

    def prepare(self, user: User) -> None:
        self.setWindowTitle(self.tr("Edit {login}").format(login=user.login))
        self.intro.setText(self.tr(
            "A new role takes effect the next time {login} unlocks.").format(login=user.login))
        self.full_name.setText(user.full_name)
        choose_role(self.role, user.role)
        self.notice.clear()
        self.set_busy(False)
        self.full_name.setFocus()

    def ready(self) -> bool:
        return bool(self.full_name.text().strip())


class PassphraseDialog(_WorkingDialog):
    """A new passphrase for another user: typed twice, with the strength hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.fields = PassphraseFields()
        self.body.addWidget(self.fields)
        self._finish_layout()
        self.fields.validity_changed.connect(self.update_ok)
        self.setMinimumWidth(460)

    def prepare(self, title: str, intro: str, ok_text: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.ok_button.setText(ok_text)
        self.fields.clear()
        self.notice.clear()
        self.set_busy(False)
        self.fields.first.setFocus()

    def ready(self) -> bool:
        return self.fields.is_valid()

    def finish(self) -> None:
        self.fields.clear()
        super().finish()

    def reject(self) -> None:
        if not self.busy:
            self.fields.clear()
        super().reject()


def confirm_deactivation(parent: QWidget, user: User, yourself: bool) -> tuple[QMessageBox, QPushButton]:
    """The question, opened, and the button that deactivates; Cancel is the default."""
    text = QCoreApplication.translate("DeactivateUser", "Deactivate {name} ({login})?").format(
        name=user.full_name, login=user.login)
    more = QCoreApplication.translate(
        "DeactivateUser",
        "{name} can no longer unlock the vault. Everything they did stays in the audit log. "
        "You can reactivate them later with a new passphrase.").format(name=user.full_name)
    if yourself:
        more += "\n\n" + QCoreApplication.translate(
            "DeactivateUser", "This is your own account: once this session ends you cannot unlock again.")
    title = QCoreApplication.translate("DeactivateUser", "Deactivate user")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmDeactivation")
    box.setInformativeText(more)
    button = box.addButton(QCoreApplication.translate("DeactivateUser", "&Deactivate"),
                           QMessageBox.ButtonRole.DestructiveRole)
    button.setObjectName("confirmDeactivate")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.open()
    return box, button
