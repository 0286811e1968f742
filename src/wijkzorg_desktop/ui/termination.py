"""A SIGTERM (the desktop session ending, ``kill``, a service manager), a SIGHUP or Ctrl+C closes the window as
the user would: drafts kept, logout audited, lock file released.

Python runs a signal handler only when the interpreter gets control, and Qt's event loop is C++: the C-level
handler writes the signal to a socket (``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches, so the loop
wakes at once and the Python handler runs. The handler only queues the close; it runs from the event loop.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QSocketNotifier, QTimer

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name))


def close_on_signals(close: Callable[[], None]) -> Callable[[], None]:
    """Route ``SIGNALS`` to ``close`` on the GUI thread; returns what puts the previous handling back."""
    reader, writer = socket.socketpair()
    for end in (reader, writer):
        end.setblocking(False)
    try:
        previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread: nothing to route
        reader.close()
        writer.close()
        return lambda: None
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(512)  # the handler itself has run by now: the interpreter had control

    notifier.activated.connect(drain)

    def handler(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, close)

    previous = {number: signal.signal(number, handler) for number in SIGNALS}

    def restore() -> None:
        for number, old in previous.items():
            signal.signal(number, signal.SIG_DFL if old is None else old)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()

    return restore
