"""My account: who I work as, and changing my own passphrase."""

from __future__ import annotations

import pytest
from pages_helpers import can_unlock, close_rig, open_rig
from PySide6.QtCore import Qt

from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.ui.account_page import AccountPage

NEW = "mijn nieuwe wachtwoordzin 2026"


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "assistent", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def page(qtbot, rig):
    page = AccountPage(rig.client)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    page.refresh()
    return page


def test_every_role_has_the_page_and_sees_who_they_are(page):
    assert all(AccountPage.visible_for(role) for role in Role)
    assert page.login.text() == "assistent"
    assert page.full_name.text() == "Lotte de Wit"
    assert page.role.text() == "Practice assistant"


def test_changing_own_passphrase(qtbot, rig, page, passphrase):
    page.current.setText(passphrase)
    page.fields.first.setText(NEW)
    assert not page.change_button.isEnabled()
    page.fields.second.setText(NEW)
    assert page.change_button.isEnabled()
    with qtbot.waitSignal(rig.client.changed):
        qtbot.keyClick(page.fields.second, Qt.Key.Key_Return)
        assert not page.current.isEnabled() and page.notice.kind == "busy"
    assert page.notice.kind == "info" and "passphrase is changed" in page.notice.text()
    assert page.current.text() == "" and page.fields.passphrase() == "" and page.fields.second.text() == ""
    assert not page.change_button.isEnabled()
    assert can_unlock(rig.store, "assistent", NEW)
    assert not can_unlock(rig.store, "assistent", passphrase)


def test_a_wrong_current_passphrase_changes_nothing(qtbot, rig, page, passphrase):
    page.current.setText("dit is niet mijn wachtwoord")
    page.fields.first.setText(NEW)
    page.fields.second.setText(NEW)
    page.change_button.click()
    qtbot.waitUntil(lambda: page.notice.kind == "error")
    assert "current passphrase is not correct" in page.notice.text()
    assert page.current.text() == "" and page.current.isEnabled()
    assert page.fields.passphrase() == NEW  # only the wrong one is to be typed again
    assert can_unlock(rig.store, "assistent", passphrase)
    assert not can_unlock(rig.store, "assistent", NEW)


def test_the_page_never_keeps_a_passphrase_as_draft(page, passphrase):
    page.current.setText(passphrase)
    page.fields.first.setText(NEW)
    page.fields.second.setText(NEW)
    assert page.draft() == {}
    page.restore_draft({})
    assert page.current.text() == passphrase
