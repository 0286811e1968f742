"""Long preparation on the worker in short slices, so that the GUI thread is not kept waiting for it.

Python runs one thread at a time: while the worker runs Python, every call the GUI thread makes into
Python (a model's ``data``, the window's event filters, a slot) first waits for the worker to let go, up
to 5 ms each time. Showing a page is thousands of events; a second of Python on the worker meanwhile
stalls the window many times over. So such work waits for the GUI thread's turn first (``Turns``: a 0 ms
timer, which Qt runs only after the events already waiting), and ``run_in_slices`` runs long work as a
generator (``Steps``) that yields often, about 8 ms of it at a time with a turn for the GUI between two
slices, all in one worker job.
"""

from __future__ import annotations

import heapq
import threading
import time
from collections.abc import Callable, Generator, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...domain.errors import VaultLocked
from ...services.session import Session
from ..client import VaultClient
from ..worker import ErrorCallback

T = TypeVar("T")
Steps = Generator[None, None, T]

SLICE_SECONDS = 0.008
TURN_SECONDS = 0.05  # the longest a slice waits for the GUI thread's turn (it may be busy, or waiting itself)
YIELD_EVERY = 200   # items a step handles before it yields
SORT_RUN = 1000     # items sorted in one go (in C, without a yield) before they are merged


def finish(steps: Steps[T]) -> T:
    """Run ``steps`` to the end at once."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


def sorted_steps(items: Iterable[T], key: Callable[[T], Any]) -> Steps[list[T]]:
    """``sorted(items, key=key)``, yielding as it goes: runs of ``SORT_RUN`` sorted, then merged (stable,
    as ``sorted``)."""
    runs: list[list[T]] = []
    run: list[T] = []
    for item in items:
        run.append(item)
        if len(run) >= SORT_RUN:
            run.sort(key=key)
            runs.append(run)
            run = []
            yield
    if run:
        run.sort(key=key)
        runs.append(run)
    if len(runs) <= 1:
        return runs[0] if runs else []
    merged: list[T] = []
    for count, item in enumerate(heapq.merge(*runs, key=key), 1):
        merged.append(item)
        if count % YIELD_EVERY == 0:
            yield
    return merged


class Turns(QObject):
    """Lets a worker job wait until the GUI thread has handled the events that were waiting."""

    _asked = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._asked.connect(self._give, Qt.ConnectionType.QueuedConnection)

    def _give(self, turn: threading.Event) -> None:
        QTimer.singleShot(0, turn.set)

    def wait(self) -> None:
        """On the worker: until the GUI thread's events before now were handled (at most
        ``TURN_SECONDS``)."""
        turn = threading.Event()
        self._asked.emit(turn)
        turn.wait(TURN_SECONDS)


_turns: list[Turns] = []


def turns() -> Turns:
    """The one ``Turns``; made on the GUI thread (by the first ``after_turn`` or ``run_in_slices``)."""
    if not _turns:
        _turns.append(Turns())
    return _turns[0]


def after_turn(fn: Callable[[Session], T]) -> Callable[[Session], T]:
    """``fn``, for ``client.call``, started when the GUI thread has had its turn: a page just shown is laid
    out and drawn before the worker runs much Python."""
    waiting = turns()

    def job(session: Session) -> T:
        waiting.wait()
        return fn(session)

    return job


def run_in_slices(client: VaultClient, steps: Steps[T] | Callable[[Session], Steps[T]],
                  on_done: Callable[[T], None], on_error: ErrorCallback = None) -> None:
    """Run ``steps`` (or the steps ``steps(session)`` makes, on the worker) on the worker in one job, a
    slice at a time with a turn for the GUI thread before each; ``on_done(result)`` on the GUI thread at
    the end. A lock stops it."""
    waiting = turns()

    def job(session: Session) -> T:
        nonlocal steps
        if callable(steps):
            steps = steps(session)
        while True:
            waiting.wait()
            if session.closed:
                raise VaultLocked()
            deadline = time.perf_counter() + SLICE_SECONDS
            try:
                while time.perf_counter() < deadline:
                    next(steps)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]

    client.call(job, on_done, on_error)
