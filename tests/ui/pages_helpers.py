"""A real unlocked session for one page under test: a worker, a vault client and the session on it.

``open_rig`` unlocks on the worker thread as the window does; ``close_rig`` closes the session there
and stops the worker, so no thread is left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from wijkzorg_desktop.domain.audit import AuditAction
from wijkzorg_desktop.domain.errors import WijkzorgError
from wijkzorg_desktop.services import vaults
from wijkzorg_desktop.services.session import Session
from wijkzorg_desktop.ui.client import VaultClient
from wijkzorg_desktop.ui.worker import Worker


@dataclass
class Rig:
    store: Path
    worker: Worker
    client: VaultClient

    def run(self, fn: Callable[[Session], Any]) -> Any:
        """Run ``fn(session)`` on the worker and wait: for a test's own setup and checks."""
        session = self.client._session
        assert session is not None
        return self.worker.run_sync(lambda: fn(session))

    def idle(self, qtbot) -> None:
        qtbot.waitUntil(lambda: not self.worker.busy, timeout=10_000)


def open_rig(store: Path, login: str, passphrase: str) -> Rig:
    worker = Worker()
    unlocked = worker.run_sync(lambda: vaults.unlock(store, login, passphrase))
    client = VaultClient(worker)
    client.attach(unlocked.session)
    return Rig(store, worker, client)


def close_rig(rig: Rig) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.hide()
    session = rig.client.detach()
    try:
        if session is not None:
            rig.worker.run_sync(lambda: session.close(AuditAction.LOGOUT))
    finally:
        rig.worker.shutdown()
        QApplication.processEvents()


def can_unlock(store: Path, login: str, passphrase: str) -> bool:
    """Whether ``login`` opens the vault with ``passphrase`` (the test's own session, closed again)."""
    try:
        session = vaults.unlock(store, login, passphrase).session
    except WijkzorgError:
        return False
    session.close()
    return True


def open_dialog(cls: type[QDialog]) -> Any:
    """The visible top-level dialog of this class, or None."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, cls) and widget.isVisible():
            return widget
    return None


def message_box() -> QMessageBox | None:
    return open_dialog(QMessageBox)


class PassphraseDialogs:
    @staticmethod
    def visible() -> Any:
        from wijkzorg_desktop.ui.admin.user_dialogs import PassphraseDialog

        dialog = open_dialog(PassphraseDialog)
        assert dialog is not None
        return dialog
