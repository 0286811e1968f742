"""The one background thread for everything slow: SQL, key derivation, files.

Results and errors come back on the GUI thread through a queued signal, so callbacks may touch
widgets. One thread means the vault connection is never used by two threads at once.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

Callback = Callable[[Any], None] | None
ErrorCallback = Callable[[BaseException], None] | None


class Worker(QObject):
    busy_changed = Signal(bool)
    failed = Signal(object)  # an error nobody handled
    _done = Signal(object, object, object, object)  # on_done, on_error, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="wijkzorg-worker")
        self._pending = 0
        self._done.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(self, job: Callable[[], Any], on_done: Callback = None,
               on_error: ErrorCallback = None) -> Future:
        """Run ``job`` on the worker; ``on_done(result)`` or ``on_error(exc)`` runs on the GUI thread."""
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def run() -> Any:
            try:
                result = job()
            except BaseException as exc:
                self._done.emit(on_done, on_error, None, exc)
                raise
            self._done.emit(on_done, on_error, result, None)
            return result

        return self._executor.submit(run)

    @Slot(object, object, object, object)
    def _deliver(self, on_done: Callback, on_error: ErrorCallback, result: Any, error: Any) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                self.failed.emit(error)
        elif on_done is not None:
            on_done(result)

    def run_sync(self, job: Callable[[], Any]) -> Any:
        """Run on the worker and wait: only for shutdown, where the window is already gone."""
        return self._executor.submit(job).result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
