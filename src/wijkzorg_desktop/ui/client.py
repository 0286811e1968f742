"""The window's handle on the unlocked session, which lives on the worker thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from ..domain.errors import VaultLocked
from ..domain.users import Permission, User, allowed
from ..services.session import Session
from .worker import ErrorCallback, Worker

T = TypeVar("T")


class VaultClient(QObject):
    """Pages call ``client.call(fn, on_done, on_error)``: ``fn(session)`` runs on the worker."""

    changed = Signal()  # something in the vault changed; pages may refresh

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._session: Session | None = None
        self._user: User | None = None

    def attach(self, session: Session) -> None:
        self._session = session
        self._user = session.user

    def detach(self) -> Session | None:
        session, self._session, self._user = self._session, None, None
        return session

    @property
    def unlocked(self) -> bool:
        return self._session is not None

    @property
    def user(self) -> User | None:
        return self._user

    def may(self, permission: Permission) -> bool:
        return self._user is not None and allowed(self._user.role, permission)

    def call(self, fn: Callable[[Session], T], on_done: Callable[[T], None] | None = None,
             on_error: ErrorCallback = None) -> None:
        session = self._session
        if session is None:
            if on_error is not None:
                on_error(VaultLocked())
            return

        def job() -> Any:
            if session.closed:
                raise VaultLocked()
            return fn(session)

        self.worker.submit(job, on_done, on_error)
