"""Every window and dialog fits a 1366×768 screen: 728 pixels high above the taskbar, less a title bar.

Checked at the Windows default font (9 pt) and at 11 pt (Windows with "make text bigger" at 120%, or a
Linux desktop's default at 96 dpi); each dialog as it opens and again with a two-line message under its
form, where the Save button must still be on the screen.
"""

from __future__ import annotations

import pytest
from all_dialogs import demo_window, every_dialog
from cases_helpers import open_case
from pages_helpers import Rig, close_rig, open_rig
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from wijkzorg_desktop.services import cases

SCREEN = QSize(1366, 768)
TASKBAR = 40
TITLE_BAR = 32
ROOM = QSize(SCREEN.width(), SCREEN.height() - TASKBAR - TITLE_BAR)  # what a window's own area may take
MESSAGE = ("Beantwoord elke vraag van de afweging voordat u opslaat. Zonder antwoord op elke vraag kan de "
           "grondslag niet worden vastgelegd en wordt er niets gedeeld.")


@pytest.fixture(params=[9.0, 11.0, 12.0], ids=["9pt", "11pt", "12pt"])
def font_size(request, qapp):
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(request.param)
    qapp.setFont(bigger)
    yield request.param
    qapp.setFont(font)


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    yield rig
    close_rig(rig)


def too_big(name: str, widget: QWidget, *, hint: bool = True) -> list[str]:
    """What of ``widget`` does not fit: its smallest size, the size it asks for (``hint``), its size now."""
    sizes = {"minimumSizeHint": widget.minimumSizeHint(), "shown": widget.size()}
    if hint:
        sizes["sizeHint"] = widget.sizeHint()
    return [f"{name} {what} {size.width()}×{size.height()}" for what, size in sizes.items()
            if size.width() > ROOM.width() or size.height() > ROOM.height()]


def test_every_dialog_fits_the_screen(qtbot, rig, dutch, font_size, tmp_path):
    found = []
    for name, dialog in every_dialog(qtbot, rig, tmp_path):
        dialog.show()
        qtbot.waitExposed(dialog)
        found += too_big(name, dialog)
        notice = getattr(dialog, "notice", None)
        if notice is not None and notice.isVisibleTo(dialog):
            notice.error(MESSAGE)
            dialog.layout().activate()
            found += too_big(f"{name} with a message", dialog)
        dialog.hide()
        qtbot.waitUntil(lambda: not rig.worker.busy, timeout=30_000)
    assert not found


def test_the_main_window_fits_with_every_page_and_an_open_case(qtbot, make_window, demo_store, passphrase, dutch,
                                                                font_size):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    found = too_big("window as it opens", window, hint=False)
    window.resize(ROOM)  # as large as the screen lets it be: no page may make it larger
    for page in window.workspace.pages:
        window.workspace.show_page_id(page.page_id)
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=30_000)
        found += too_big(f"window on {page.page_id}", window, hint=False)
        if page.page_id == "cases":
            here = Rig(demo_store, window.worker, window.client)
            case_id = here.run(lambda s: max((c.case for c in cases.list_cases(s)), key=lambda c: len(c.summary)).id)
            view = open_case(qtbot, here, page, int(case_id))
            for index in range(view.tabs.count()):
                view.tabs.setCurrentIndex(index)
                qtbot.waitUntil(lambda: not window.worker.busy, timeout=30_000)
                found += too_big(f"window on case tab {view.tabs.tabText(index)}", window, hint=False)
    assert window.width() <= SCREEN.width() and not found
