"""Beheer > Practice: the name and lock minutes, saved in the vault and audited."""

from __future__ import annotations

import pytest
from pages_helpers import close_rig, open_rig
from PySide6.QtCore import Qt

from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.domain.practice import PracticeSettings
from wijkzorg_desktop.services import audit, practice, vaults
from wijkzorg_desktop.ui.admin.practice_page import PracticePage


@pytest.fixture
def rig(qtbot, vault, passphrase):
    rig = open_rig(vault[0], "beheer", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def page(qtbot, rig):
    page = PracticePage(rig.client)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.name.text() != "")
    return page


def test_shows_the_settings_and_saves_nothing_unchanged(page):
    assert page.name.text() == "Huisartsenpraktijk Saënen"
    assert page.lock_minutes.value() == 5
    assert (page.lock_minutes.minimum(), page.lock_minutes.maximum()) == (1, 60)
    assert not page.save_button.isEnabled()


def test_saving_persists_the_settings_and_is_audited(qtbot, rig, page, passphrase):
    page.name.setText("Huisartsenpraktijk De Linde")
    page.lock_minutes.setValue(12)
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(rig.client.changed):
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        qtbot.keyClick(page.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.notice.kind == "info" and "12 min" in page.notice.text()
    assert not page.save_button.isEnabled() and page.draft() == {}
    close_rig(rig)

    session = vaults.unlock(rig.store, "beheer", passphrase).session
    try:
        assert practice.get(session) == PracticeSettings("Huisartsenpraktijk De Linde", 12)
        records = audit.search(session, AuditFilter(action="settings"))
        assert records[0].user_login == "beheer" and records[0].object_type == "practice"
        assert "lock_minutes: 5 -> 12" in records[0].detail
    finally:
        session.close()


def test_an_empty_name_cannot_be_saved(page):
    page.name.setText("   ")
    assert not page.save_button.isEnabled()
    page.name.setText("Praktijk Noord")
    assert page.save_button.isEnabled()
    page.undo_button.click()
    assert page.name.text() == "Huisartsenpraktijk Saënen" and not page.save_button.isEnabled()


def test_unsaved_edits_are_the_draft(qtbot, rig, page):
    assert page.draft() == {}
    page.name.setText("Praktijk Noord")
    page.lock_minutes.setValue(3)
    page.letterhead["phone"].setText("030-1234567")
    drafts = page.draft()
    assert drafts == {"settings": {"name": "Praktijk Noord", "lock_minutes": 3, "address": "", "phone": "030-1234567",
                                   "email": "", "website": ""}}

    # after unlocking the draft may come before the settings are loaded: it wins over them
    again = PracticePage(rig.client)
    qtbot.addWidget(again)
    again.restore_draft(drafts)
    assert again.draft() == drafts
    again.refresh()
    qtbot.waitUntil(lambda: again.name.text() == "Praktijk Noord")
    assert again.lock_minutes.value() == 3
    assert again.save_button.isEnabled() and again.draft() == drafts

    # and after them too
    page.undo_button.click()
    page.restore_draft(drafts)
    assert page.name.text() == "Praktijk Noord" and page.draft() == drafts


def test_the_letterhead_is_saved_with_the_phone_in_dutch_format(qtbot, rig, page):
    page.letterhead["address"].setText("Lindeplein 1, 3991 AB Houten")
    page.letterhead["phone"].setText("0306301234")
    page.letterhead["email"].setText("praktijk@delinde.nl")
    page.save()
    qtbot.waitUntil(lambda: page.notice.kind == "info")
    assert page.letterhead["phone"].text() == "030 630 1234"
    saved = rig.run(practice.get)
    assert (saved.address, saved.phone, saved.email) == ("Lindeplein 1, 3991 AB Houten", "030 630 1234",
                                                         "praktijk@delinde.nl")


def test_a_wrong_letterhead_phone_is_refused(qtbot, rig, page):
    page.letterhead["phone"].setText("12")
    page.save()
    qtbot.waitUntil(lambda: page.notice.kind == "error")
    assert "12" in page.notice.text()
    assert rig.run(practice.get).phone == ""
