"""The status bar: who is working, in which role, whether the vault is open, and whether the worker
is busy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ..domain.users import ROLE_LABELS, User


class ShellStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.user = QLabel()
        self.user.setObjectName("statusUser")
        self.user.setAccessibleName(self.tr("User"))
        self.role = QLabel()
        self.role.setObjectName("statusRole")
        self.role.setAccessibleName(self.tr("Role"))
        self.lock_state = QLabel()
        self.lock_state.setObjectName("statusLock")
        self.lock_state.setAccessibleName(self.tr("Lock state"))
        self.busy = QProgressBar(minimum=0, maximum=0, textVisible=False)
        self.busy.setObjectName("statusBusy")
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setMaximumWidth(100)
        self.busy.setMaximumHeight(14)
        self.busy.hide()
        self.addWidget(self.user)
        self.addWidget(self.role)
        self.addPermanentWidget(self.busy)
        self.addPermanentWidget(self.lock_state)
        self.show_locked()

    def show_user(self, user: User) -> None:
        self.user.setText(user.full_name)
        self.role.setText(QCoreApplication.translate("roles", ROLE_LABELS[user.role]))
        self.lock_state.setText(self.tr("Unlocked"))

    def show_locked(self) -> None:
        self.user.clear()
        self.role.clear()
        self.lock_state.setText(self.tr("Locked"))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
