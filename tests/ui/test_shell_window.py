"""The window between sessions: geometry, last page, language, the demo practice."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from shell_helpers import TEST_SECTIONS, unlock, wait_workspace

from wijkzorg_desktop import config
from wijkzorg_desktop.ui.application import Launcher, choose_language
from wijkzorg_desktop.ui.ui_settings import UiSettings


def test_geometry_is_remembered_between_two_windows(qtbot, make_window, vault):
    store, _ = vault
    first = make_window(store, unlock=False)
    first.resize(730, 510)  # the offscreen screen is 800 x 600
    qtbot.waitUntil(lambda: first.size().width() == 730)
    first.close()
    second = make_window(store, unlock=False)
    assert (second.width(), second.height()) == (730, 510)
    assert (config.settings_dir() / "wijkzorg.ini").exists()


def test_the_last_page_is_opened_again(qtbot, make_window, vault, passphrase):
    store, _ = vault
    first = make_window(store)
    unlock(qtbot, first, "beheer", passphrase)
    wait_workspace(qtbot, first)
    first.workspace.show_page_id("admin_notes")
    first.close()
    second = make_window(store)
    unlock(qtbot, second, "beheer", passphrase)
    wait_workspace(qtbot, second)
    assert second.workspace.current_page().page_id == "admin_notes"


def test_the_chosen_language_is_kept_for_the_next_start(qtbot, make_window, vault, settings):
    store, _ = vault
    window = make_window(store)
    english = next(a for a in window.findChildren(type(window.lock_action)) if a.text() == "English")
    english.trigger()
    box = window.findChild(QMessageBox, "languageBox")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "restart" in box.text()
    assert UiSettings().language == "en"
    assert choose_language(None, UiSettings()) == "en"
    assert choose_language("nl", UiSettings()) == "nl"
    box.accept()


def test_language_defaults_to_dutch(settings):
    assert choose_language(None, settings) == "nl"
    settings.language = "fr"
    assert choose_language(None, settings) == "nl"


def test_the_demo_practice_is_made_and_its_passphrase_shown(qtbot, worker, settings, tmp_path):
    store = tmp_path / "demo"
    store.mkdir()
    launcher = Launcher(worker, store, settings, TEST_SECTIONS, demo=True)
    window = launcher.window
    try:
        launcher.start()
        assert window.stack.currentWidget() is window.busy_panel
        assert window.busy_label.text() == "Making the demo practice…"
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_screen
                        and window.unlock_screen.user.count() == 4, timeout=10_000)
        note = window.unlock_screen.demo_note
        assert note.isVisible()
        assert config.DEMO_PASSPHRASE in note.text()
        assert "beheer, huisarts, poh, assistent" in note.text()
        assert window.unlock_screen.user.currentText() == "beheer"
        unlock(qtbot, window, "poh", config.DEMO_PASSPHRASE)
        wait_workspace(qtbot, window)
        assert window.status.role.text() == "Mental-health nurse (POH-GGZ)"
    finally:
        window.close()


def test_an_existing_vault_opens_on_the_unlock_screen(qtbot, worker, settings, vault):
    store, _ = vault
    launcher = Launcher(worker, store, settings, TEST_SECTIONS)
    try:
        launcher.start()
        assert launcher.wizard is None
        assert not launcher.window.unlock_screen.demo_note.isVisible()
        qtbot.waitUntil(lambda: launcher.window.unlock_screen.user.count() == 1)
    finally:
        launcher.window.close()
