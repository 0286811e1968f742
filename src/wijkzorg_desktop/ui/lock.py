"""The idle lock: after the practice's number of quiet minutes, ask the window to lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent

from ..config import DEFAULT_LOCK_MINUTES

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
})


class IdleLock(QObject):
    """Watches all input to the application; ``idle`` fires once after the interval without any.

    ``start()`` after unlocking, ``stop()`` when locked. ``set_minutes`` comes from the practice
    settings in the vault; ``set_interval_ms`` is the testing hook and wins over the minutes.

    ``lock_key`` fires on Ctrl+L typed in a dialog that blocks the window, where the window's own
    shortcut does not reach: locking must work from anywhere.
    """

    idle = Signal()
    lock_key = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._minutes = DEFAULT_LOCK_MINUTES
        self._override_ms: int | None = None
        self._timer.setInterval(self.interval_ms())
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def interval_ms(self) -> int:
        return self._override_ms if self._override_ms is not None else self._minutes * 60_000

    def set_minutes(self, minutes: int) -> None:
        self._minutes = max(1, int(minutes))
        self._apply()

    def set_interval_ms(self, milliseconds: int | None) -> None:
        """Testing hook: a short interval in milliseconds (``None`` goes back to the minutes)."""
        self._override_ms = milliseconds
        self._apply()

    def _apply(self) -> None:
        self._timer.setInterval(self.interval_ms())
        if self._timer.isActive():
            self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._timer.start(self.interval_ms())

    def stop(self) -> None:
        self._timer.stop()

    def _expired(self) -> None:
        self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
            if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                    and event.key() == Qt.Key.Key_L
                    and event.modifiers() == Qt.KeyboardModifier.ControlModifier):
                self.lock_key.emit()
                return True
        return False

    def dispose(self) -> None:
        self.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
