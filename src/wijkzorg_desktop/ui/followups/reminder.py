"""The reminder: at unlock and every hour while unlocked, a notification when one of the user's own
follow-ups became late (te laat, ``FollowUpItem.late``) since the last reminder. It says how many are late
now, the number Vandaag shows ("3 opvolgingen te laat"), and nothing else: no person, no case, since a
notification can be seen by anyone near the screen, and by the system's notification history. Without a
system tray it goes to the status bar instead."""

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
    """On the worker: what Vandaag lists as te laat now."""
    return {i.key for i in followups.today_page(session).overdue}


class LateCount(QObject):
    """``self.tr`` with a count is what lupdate knows as plural forms."""

    def text(self, count: int) -> str:
        return self.tr("%n follow-up(s) overdue", "", count)


def late_text(count: int) -> str:
    """"3 opvolgingen te laat": the reminder's words, and the status bar's."""
    return LateCount().text(count)


class FollowUpReminder(QObject):
    """``reminded(text)`` says what was shown; ``show_in_status(text)`` is how it reaches the status bar
    when there is no tray. The hourly ``timer`` calls ``check``; tests call it themselves and set
    ``tray_available``."""

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
            self.notify(late_text(len(overdue)))

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
