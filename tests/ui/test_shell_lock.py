"""Locking: idle timeout and Ctrl+L show the unlock screen, drop the pages and keep typed text."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shell_helpers import page, unlock, wait_workspace

from wijkzorg_desktop.domain.practice import PracticeSettings
from wijkzorg_desktop.services import practice
from wijkzorg_desktop.services.vaults import unlock as open_vault


def wait_locked(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_screen
                    and not window.client.unlocked and not window._dying, timeout=5000)


def test_idle_timeout_locks_and_the_draft_comes_back(qtbot, make_window, vault, passphrase):
    store, _ = vault
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    notes = page(window, "notes")
    qtbot.keyClicks(notes.note, "Zorgen om zoon (8), bellen met wijkteam")
    window.workspace.show_page_id("admin_notes")
    window.idle.set_interval_ms(300)
    wait_locked(qtbot, window)
    assert window.status.lock_state.text() == "Locked"
    assert window.status.user.text() == ""
    assert window.workspace.pages == []
    qtbot.waitUntil(lambda: not shiboken6.isValid(notes))  # destroyed, with what it had loaded
    assert window.unlock_screen.user.currentText() == "beheer"

    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    restored = page(window, "notes")
    qtbot.waitUntil(lambda: restored.note.text() == "Zorgen om zoon (8), bellen met wijkteam")
    assert window.workspace.current_page() is restored


def test_lock_minutes_come_from_the_vault(qtbot, make_window, vault, passphrase):
    store, _ = vault
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    qtbot.waitUntil(lambda: window.idle.interval_ms() == 5 * 60_000)
    window.client.call(lambda s: practice.update(s, PracticeSettings("Huisartsenpraktijk Saënen", 7)),
                       lambda _result: window.client.changed.emit())
    qtbot.waitUntil(lambda: window.idle.interval_ms() == 7 * 60_000)
    assert window.idle.active


def test_another_user_does_not_get_the_draft(qtbot, make_window, demo_store, passphrase):
    window = make_window(demo_store)
    unlock(qtbot, window, "poh", passphrase)
    wait_workspace(qtbot, window)
    qtbot.keyClicks(page(window, "notes").note, "Kindcheck: moeder depressief")
    window.idle.set_interval_ms(200)
    wait_locked(qtbot, window)
    window.idle.set_interval_ms(None)

    unlock(qtbot, window, "huisarts", passphrase)
    wait_workspace(qtbot, window)
    done = []  # the worker runs in order: once this returns, the drafts have been looked up
    window.client.call(lambda s: None, done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert page(window, "notes").note.text() == ""

    window.lock()
    wait_locked(qtbot, window)
    unlock(qtbot, window, "poh", passphrase)
    wait_workspace(qtbot, window)
    qtbot.waitUntil(lambda: page(window, "notes").note.text() == "Kindcheck: moeder depressief")


def test_ctrl_l_locks(qtbot, make_window, vault, passphrase):
    store, _ = vault
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    qtbot.keyClicks(page(window, "notes").note, "Overleg wijkteam")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page(window, "notes").note, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_locked(qtbot, window)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    qtbot.waitUntil(lambda: page(window, "notes").note.text() == "Overleg wijkteam")


def test_ctrl_l_in_a_dialog_locks_and_closes_it(qtbot, make_window, vault, passphrase):
    store, _ = vault
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    box = QMessageBox(QMessageBox.Icon.Question, "Opslaan?", "Wijzigingen opslaan?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.open()
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_locked(qtbot, window)
    assert not box.isVisible()
    assert not window.lock_action.isEnabled()
    assert not window.go_menu.isEnabled()


def test_closing_the_window_keeps_the_draft_and_logs_out(qtbot, make_window, vault, passphrase):
    store, _ = vault
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    qtbot.keyClicks(page(window, "notes").note, "Terugkoppeling VT nog niet ontvangen")
    window.close()
    assert not window.client.unlocked

    from wijkzorg_desktop.services import drafts

    session = window.worker.run_sync(lambda: open_vault(store, "beheer", passphrase).session)
    try:
        kept = window.worker.run_sync(lambda: drafts.peek(session))
    finally:
        window.worker.run_sync(session.close)
    assert kept == {"notes/note": {"text": "Terugkoppeling VT nog niet ontvangen"}}
