"""The status bar: who is working, in which role, whether the vault is open, whether the worker is busy,
and a note (a reminder of overdue follow-ups where the system has no tray)."""

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
        self.note = QLabel()
        self.note.setObjectName("statusNote")
        self.note.setAccessibleName(self.tr("Message"))
        self.addWidget(self.user)
        self.addWidget(self.role)
        self.addWidget(self.note, 1)
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
        self.note.clear()
        self.lock_state.setText(self.tr("Locked"))

    def show_note(self, text: str) -> None:
        """A line that stays until the next one or the lock (a reminder, an export that is done)."""
        self.note.setText(f"· {text}" if text else "")

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
