"""What a destroyed page lets go of: freed a piece at a time, and never what another page still holds."""

from __future__ import annotations

import weakref

from PySide6.QtWidgets import QWidget

from wijkzorg_desktop.ui.main_window import CHUNK, forget_loaded


class Loaded:
    """Stands for a page's loaded data: the program's own plain objects count as loaded."""


Loaded.__module__ = "wijkzorg_desktop.tests"


class Row:
    pass


def test_a_shared_object_keeps_its_rows_and_a_sole_one_is_freed_in_pieces(qapp: object) -> None:
    shared = Loaded()
    shared.rows = list(range(CHUNK * 3))
    alone = Loaded()
    alone.rows = [Row() for _ in range(CHUNK * 3)]
    first = weakref.ref(alone.rows[0])
    held = weakref.ref(alone)
    page = QWidget()
    page.shared = shared
    page.alone = alone
    del alone
    steps = sum(1 for _ in forget_loaded(page))
    assert shared.rows == list(range(CHUNK * 3))  # another holder still uses it: untouched
    assert held() is None and first() is None  # held by this page only: freed
    assert page.shared is None and page.alone is None
    assert steps >= 3  # 9,000 rows: three pieces at least
