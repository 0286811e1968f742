"""The reminder: at unlock and every hour while unlocked, a notification when some of the user's own
follow-ups became overdue since the last reminder. It names only a number ("2 opvolgingen verlopen"),
never a person or a case: a notification can be seen by anyone near the screen, and by the system's
notification history. Without a system tray it goes to the status bar instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ... import config
from ...services import followups
from ...services.session import Session
from ..client import VaultClient

HOUR_MS = 60 * 60_000


def overdue_keys(session: Session) -> set[str]:
    """On the worker: the user's own open follow-ups that are overdue now."""
    now = session.now()
    return {i.key for i in followups.pending(session, mine_only=True) if i.followup.overdue(now)}


class FollowUpReminder(QObject):
    """``reminded(text)`` says what was shown; ``show_in_status(text)`` is how it reaches the status bar
    when there is no tray. ``set_interval_ms`` is the hook for tests, as is ``tray_available``."""

    reminded = Signal(str)
    clicked = Signal()

    def __init__(self, client: VaultClient, show_in_status: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.show_in_status = show_in_status
        self.tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable
        self.tray: QSystemTrayIcon | None = None
        self._told: set[str] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(HOUR_MS)
        self.timer.timeout.connect(self.check)

    def set_interval_ms(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        if self.timer.isActive():
            self.timer.start()

    def start(self) -> None:
        """After unlocking: remind of everything overdue now, then of what becomes overdue later."""
        self._told = set()
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        self._told = set()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> None:
        self.client.call(overdue_keys, self._checked, lambda _error: None)

    def _checked(self, overdue: set[str]) -> None:
        if not self.client.unlocked:
            return
        new = overdue - self._told
        self._told = set(overdue)  # one that was postponed and becomes overdue again is new again
        if new:
            self.notify(self.tr("%n follow-up(s) overdue", "", len(new)))

    def notify(self, text: str) -> None:
        if self.tray_available():
            tray = self._tray()
            tray.show()
            tray.showMessage(config.APP_NAME, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        else:
            self.show_in_status(text)
        self.reminded.emit(text)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = QIcon(str(config.resources_dir() / "icons" / "wijkzorg.svg"))
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(config.APP_NAME)
            self.tray.messageClicked.connect(self.clicked)
            self.tray.activated.connect(lambda _reason: self.clicked.emit())
        return self.tray
