"""The unlock screen: wrong and right passphrases, delays, damaged vaults, and what the workspace shows."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from shell_helpers import page, unlock, wait_workspace

from wijkzorg_desktop.store.lockfile import workstation


def test_wrong_passphrase_is_told_in_dutch(qtbot, make_window, vault, dutch):
    store, _ = vault
    window = make_window(store)
    unlock(qtbot, window, "beheer", "not the passphrase at all")
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() != "")
    assert window.unlock_screen.error.text() == "Onjuiste combinatie van gebruiker en wachtwoord"
    assert not window.client.unlocked
    assert window.unlock_screen.passphrase.text() == ""


def test_correct_passphrase_opens_the_workspace(qtbot, make_window, vault, passphrase):
    store, _ = vault
    window = make_window(store)
    assert window.status.lock_state.text() == "Locked"
    assert not window.lock_action.isEnabled()
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    assert window.status.user.text() == "Marieke Saënen"
    assert window.status.role.text() == "Administrator"
    assert window.status.lock_state.text() == "Unlocked"
    assert window.lock_action.isEnabled()
    qtbot.waitUntil(lambda: "Huisartsenpraktijk Saënen" in window.windowTitle())
    assert [p.page_id for p in window.workspace.pages] == ["notes", "admin_notes"]
    assert page(window, "notes").refreshed == 1


def test_the_status_bar_speaks_dutch(qtbot, make_window, vault, passphrase, dutch):
    store, _ = vault
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    assert window.status.role.text() == "Beheerder"


def test_navigation_lists_only_the_sections_of_the_role(qtbot, make_window, demo_store, passphrase):
    window = make_window(demo_store)
    unlock(qtbot, window, "huisarts", passphrase)
    wait_workspace(qtbot, window)
    nav = window.workspace.nav
    assert [nav.item(i).text() for i in range(nav.count())] == ["Notes"]
    assert [a.text() for a in window.go_menu.actions()] == ["Notes"]
    assert window.status.role.text() == "GP"


def test_headings_and_ctrl_number_jump(qtbot, make_window, vault, passphrase):
    store, _ = vault
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    nav = window.workspace.nav
    assert [nav.item(i).text() for i in range(nav.count())] == ["Notes", "Administration", "Admin notes"]
    assert not nav.item(1).flags() & Qt.ItemFlag.ItemIsSelectable
    assert window.workspace.current_page().page_id == "notes"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current_page().page_id == "admin_notes"
    assert window.settings.last_page == "admin_notes"


def test_failed_attempts_are_told_after_unlocking(qtbot, make_window, vault, passphrase):
    store, _ = vault
    window = make_window(store)
    unlock(qtbot, window, "beheer", "wrong passphrase one")
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() != "")
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    box = window.findChild(QMessageBox, "failedAttemptsBox")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "1 failed attempt" in box.text()
    assert workstation() in box.text()
    assert "audit log" in box.text()


def test_repeated_failures_make_the_user_wait(qtbot, make_window, vault):
    store, _ = vault
    window = make_window(store)
    screen = window.unlock_screen
    for attempt in range(3):
        unlock(qtbot, window, "beheer", f"wrong passphrase {attempt}")
        qtbot.waitUntil(lambda: screen.error.text() != "" and not screen._busy)
    qtbot.waitUntil(lambda: "Wait" in screen.error.text())
    assert not screen.unlock_button.isEnabled()
    assert screen.error.text().startswith("Incorrect combination of user and passphrase.")
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=5000)


def test_a_damaged_key_file_is_told_and_nothing_changes(qtbot, make_window, vault):
    store, _ = vault
    (store / "vault.keys").write_bytes(b"this is no key file")
    before = (store / "vault.db").read_bytes()
    window = make_window(store)
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() != "")
    assert "key file" in window.unlock_screen.error.text()
    assert "damaged" in window.unlock_screen.error.text()
    assert not window.unlock_screen.unlock_button.isEnabled()
    assert (store / "vault.db").read_bytes() == before
    assert (store / "vault.keys").read_bytes() == b"this is no key file"


def test_a_vault_open_elsewhere_is_told(qtbot, make_window, vault, passphrase):
    store, _ = vault
    other = {"host": workstation(), "login": "huisarts", "pid": os.getppid(), "since": "2026-01-01T08:00:00"}
    (store / "vault.lock").write_text(json.dumps(other), "utf-8")
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() != "")
    assert "already open" in window.unlock_screen.error.text()
    assert "huisarts" in window.unlock_screen.error.text()
    assert not window.client.unlocked


def test_menus_are_disabled_while_locked(qtbot, make_window, vault):
    store, _ = vault
    window = make_window(store)
    assert not window.go_menu.isEnabled()
    assert not window.lock_action.isEnabled()
    assert window.quit_action.isEnabled()
    QApplication.processEvents()
