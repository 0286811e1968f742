"""The status bar: who is working, in which role, whether the vault is open, whether the worker is busy,
how many of the user's follow-ups are late (the number Vandaag shows, and the reminder where the system
has no tray), and a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from ..domain.users import ROLE_LABELS, User
from .followups.labels import LATE


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
        self.late = QLabel()
        self.late.setObjectName("statusLate")
        self.late.setAccessibleName(self.tr("Overdue follow-ups"))
        self.late.setStyleSheet(f"color: {LATE}; font-weight: bold")
        self.late.hide()
        self.addWidget(self.user)
        self.addWidget(self.role)
        self.addWidget(self.late)
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
        self.show_late("")
        self.lock_state.setText(self.tr("Locked"))

    def show_note(self, text: str) -> None:
        """A line that stays until the next one or the lock (a reminder, an export that is done)."""
        self.note.setText(f"· {text}" if text else "")

    def show_late(self, text: str) -> None:
        """"3 opvolgingen te laat", as Vandaag counts them; nothing when none is."""
        self.late.setText(text)
        self.late.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
