"""The recovery key opens the vault and gives a user a new passphrase."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication
from shell_helpers import unlock, wait_workspace

from wijkzorg_desktop.ui.recovery_dialog import RecoveryDialog

NEW_PASSPHRASE = "een nieuwe zin voor de kluis"


def open_recovery(qtbot, window) -> RecoveryDialog:
    screen = window.unlock_screen
    qtbot.waitUntil(screen.recovery_button.isEnabled)
    screen.recovery_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryDialog))
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_recovery_sets_a_new_passphrase_and_opens_the_workspace(qtbot, make_window, vault, passphrase):
    store, recovery_key = vault
    window = make_window(store)
    dialog = open_recovery(qtbot, window)
    assert not dialog.ok.isEnabled()
    dialog.key.setText(recovery_key.lower())  # typed back by hand: case and separators do not matter
    dialog.fields.first.setText(NEW_PASSPHRASE)
    dialog.fields.second.setText(NEW_PASSPHRASE)
    assert dialog.user.currentText() == "beheer"
    dialog.ok.click()
    wait_workspace(qtbot, window)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert window.status.user.text() == "Marieke Saënen"

    window.lock()
    qtbot.waitUntil(lambda: not window._dying)
    unlock(qtbot, window, "beheer", passphrase)
    qtbot.waitUntil(lambda: window.unlock_screen.error.text() != "")
    assert "Incorrect combination" in window.unlock_screen.error.text()
    unlock(qtbot, window, "beheer", NEW_PASSPHRASE)
    wait_workspace(qtbot, window)


def test_a_wrong_recovery_key_is_told_in_the_dialog(qtbot, make_window, vault):
    store, _ = vault
    window = make_window(store)
    dialog = open_recovery(qtbot, window)
    dialog.key.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.fields.first.setText(NEW_PASSPHRASE)
    dialog.fields.second.setText(NEW_PASSPHRASE)
    dialog.ok.click()
    qtbot.waitUntil(lambda: "does not fit" in dialog.error.text())
    assert dialog.isVisible()
    assert not window.client.unlocked
    dialog.reject()
