"""Typed text is kept as an encrypted draft while the user types, not only at the lock.

Any key, click or scroll in the application starts a quiet period (``DRAFT_SAVE_SECONDS``); when it
ends, the window's open forms are written to the vault if they differ from what was written last. A
dialog that closes (saved or cancelled) is written soon after, so a form that is done does not come back
after a crash. A crash or power cut so loses at most the last quiet period of typing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from ..config import DRAFT_SAVE_SECONDS
from ..domain.errors import VaultLocked
from ..services import drafts
from .client import VaultClient
from .page import Drafts

log = logging.getLogger(__name__)

_TYPING = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonRelease, QEvent.Type.Wheel, QEvent.Type.InputMethod,
    QEvent.Type.Drop,
})
SOON_MS = 300


class DraftKeeper(QObject):
    """``saved`` fires after the drafts were written (tests wait for it)."""

    saved = Signal()

    def __init__(self, client: VaultClient, collect: Callable[[], Drafts], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.collect = collect
        self.interval_ms = DRAFT_SAVE_SECONDS * 1000
        self._written: Drafts = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._running = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, written: Drafts) -> None:
        """Just unlocked; ``written`` is what the vault holds for this user now."""
        self._written = dict(written)
        self._running = True

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def written(self, forms: Drafts) -> None:
        """The lock or the close wrote ``forms``."""
        self._written = dict(forms)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Write the open forms now, if they changed since the last write."""
        self._timer.stop()
        if not self._running or not self.client.unlocked:
            return
        try:
            forms = self.collect()
        except Exception:
            log.exception("could not collect the drafts")
            return
        if forms == self._written:
            return

        def done(_result: object) -> None:
            self._written = forms
            self.saved.emit()

        def failed(error: BaseException) -> None:
            if not isinstance(error, VaultLocked):
                log.warning("drafts not kept: %s", type(error).__name__)

        self.client.call(lambda session: drafts.replace(session, forms), done, failed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._running:
            kind = event.type()
            if kind in _TYPING:
                self._timer.start(self.interval_ms)
            elif kind == QEvent.Type.Hide and isinstance(watched, QDialog):
                self._timer.start(min(SOON_MS, self.interval_ms))
        return False

    def dispose(self) -> None:
        self.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
