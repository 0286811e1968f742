"""Fixtures for the window: a worker shut down after each test, windows closed before it, small pages.

The shell is tested with the small pages of ``shell_helpers`` standing in for the real sections.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from shell_helpers import TEST_SECTIONS

from wijkzorg_desktop.ui.application import install_translators, remove_translators
from wijkzorg_desktop.ui.main_window import MainWindow, close_dialogs
from wijkzorg_desktop.ui.ui_settings import UiSettings
from wijkzorg_desktop.ui.worker import Worker


@pytest.fixture
def worker() -> Iterator[Worker]:
    worker = Worker()
    yield worker
    worker.shutdown()


@pytest.fixture
def settings() -> UiSettings:
    return UiSettings()


@pytest.fixture
def make_window(qtbot, worker: Worker, settings: UiSettings) -> Iterator[Callable[..., MainWindow]]:
    """Windows on ``store``; closed (drafts kept, session closed) before the worker stops."""
    windows: list[MainWindow] = []

    def make(store: Path, sections=TEST_SECTIONS, *, demo: bool = False, unlock: bool = True) -> MainWindow:
        window = MainWindow(worker, store, settings, sections, demo=demo)
        windows.append(window)
        window.show()
        if unlock:
            window.show_unlock()
        return window

    yield make
    close_dialogs()
    for window in windows:
        window.close()
    QApplication.processEvents()
    for window in windows:
        window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def dutch(qapp) -> Iterator[None]:
    locale = QLocale()
    translators = install_translators(qapp, "nl")
    assert len(translators) == 2
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(locale)
