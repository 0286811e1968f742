"""The Qt binding must not corrupt reference counts: PySide6 6.12.0 dropped one reference to True
per Signal.emit(), which aborts the interpreter after a few hundred signals (worker jobs)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()


def test_emitting_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    emitter.fired.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit()
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 5, "this PySide6 leaks references to True on emit()"
    assert after[1] >= before[1] - 5, "this PySide6 leaks references to None on emit()"
