"""Every Alt+letter is unique where it works: in each dialog, and on each page of the main window with its
menu bar (and on each tab of an open case). Two controls that share a letter make Alt+letter land on one
of them, or make Qt ask which one: the follow-up dialog had three on Alt+O.

Counted: the texts of labels, buttons, check boxes, radio buttons, group boxes, tab titles and the menu
bar, as far as they are shown; checked in English and in Dutch."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from all_dialogs import demo_window, every_dialog
from cases_helpers import open_case
from pages_helpers import Rig, close_rig, open_rig
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QTabBar, QWidget

from wijkzorg_desktop.services import cases

_MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str:
    """The letter after a single "&" ("&&" is an ampersand), lower case; "" for none."""
    found = _MNEMONIC.findall(text.replace("&&", ""))
    return found[0].casefold() if found else ""


def texts(top: QWidget) -> list[tuple[str, str]]:
    """(text, what) of everything shown in ``top`` that can carry a mnemonic."""
    found: list[tuple[str, str]] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QAbstractButton | QLabel):
            found.append((widget.text(), f"{kind} {widget.objectName()}"))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), f"{kind} {widget.objectName()}"))
        elif isinstance(widget, QTabBar):
            found += [(widget.tabText(i), f"tab {i}") for i in range(widget.count()) if widget.isTabVisible(i)]
    if isinstance(top, QMainWindow):
        found += [(action.text(), "menu") for action in top.menuBar().actions() if action.isVisible()]
    return found


def clashes(where: str, top: QWidget) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, what in texts(top):
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(f"{text!r} ({what})")
    return [f"{where}: Alt+{letter.upper()} on {', '.join(users)}"
            for letter, users in sorted(by_letter.items()) if len(users) > 1]


def test_a_mnemonic_is_the_letter_after_a_single_ampersand():
    assert [mnemonic(t) for t in ("&Opslaan", "Ho&w:", "Tom && Jerry", "Tom && &Jerry", "Geen", "&&")] == [
        "o", "w", "", "j", "", ""]


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture(params=["en", "nl"])
def language(request):
    if request.param == "nl":
        request.getfixturevalue("dutch")
    return request.param


def test_every_dialog_has_each_mnemonic_once(qtbot, rig, language, tmp_path):
    found = []
    for name, dialog in every_dialog(qtbot, rig, tmp_path):
        dialog.show()
        qtbot.waitExposed(dialog)
        found += clashes(name, dialog)
        dialog.hide()
        qtbot.waitUntil(lambda: not rig.worker.busy, timeout=30_000)
    assert not found, "\n".join(found)


def test_every_page_of_the_main_window_has_each_mnemonic_once(qtbot, make_window, demo_store, passphrase, language):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    found = []
    for page in window.workspace.pages:
        window.workspace.show_page_id(page.page_id)
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=30_000)
        found += clashes(f"page {page.page_id}", window)
        if page.page_id == "cases":
            here = Rig(demo_store, window.worker, window.client)
            case_id = here.run(lambda s: max((c.case for c in cases.list_cases(s)), key=lambda c: len(c.summary)).id)
            view = open_case(qtbot, here, page, int(case_id))
            for index in range(view.tabs.count()):
                view.tabs.setCurrentIndex(index)
                qtbot.waitUntil(lambda: not window.worker.busy, timeout=30_000)
                found += clashes(f"case tab {view.tabs.tabText(index)}", window)
    assert not found, "\n".join(found)
