"""Beheer > Users: add, edit, new passphrase, deactivate and reactivate, as an administrator sees it."""

from __future__ import annotations

import pytest
from pages_helpers import PassphraseDialogs, can_unlock, close_rig, message_box, open_dialog, open_rig
from PySide6.QtCore import Qt

from wijkzorg_desktop.domain.users import Role, User
from wijkzorg_desktop.ui.admin.user_dialogs import EditUserDialog
from wijkzorg_desktop.ui.admin.users_page import UsersModel, UsersPage
from wijkzorg_desktop.ui.table_model import SortedTable

NEW = "een nieuwe zin voor de praktijk"


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "beheer", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def page(qtbot, rig):
    page = UsersPage(rig.client)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    return page


def logins(page: UsersPage) -> list[str]:
    proxy = page.table.proxy
    return [proxy.index(row, UsersModel.COL_LOGIN).data() for row in range(proxy.rowCount())]


def cell(page: UsersPage, login: str, column: int) -> str:
    proxy = page.table.proxy
    row = logins(page).index(login)
    return proxy.index(row, column).data()


def select(page: UsersPage, login: str) -> None:
    assert page.table.select_where(lambda user: user.login == login)


def fill_new_user(page: UsersPage, login: str, name: str, role: Role, passphrase: str) -> None:
    form = page.new_user
    form.login.setText(login)
    form.full_name.setText(name)
    form.role.setCurrentIndex(form.role.findData(str(role)))
    form.fields.first.setText(passphrase)
    form.fields.second.setText(passphrase)


def test_a_user_added_through_the_form_is_listed_and_can_unlock(qtbot, rig, page):
    fill_new_user(page, "jdevries", "Jan de Vries", Role.MH_NURSE, NEW)
    assert page.new_user.add_button.isEnabled()
    qtbot.mouseClick(page.new_user.add_button, Qt.MouseButton.LeftButton)
    # while the passphrase is being secured the form cannot be touched, and says why
    assert not page.new_user.login.isEnabled() and not page.new_user.add_button.isEnabled()
    assert page.new_user.notice.kind == "busy"
    qtbot.waitUntil(lambda: "jdevries" in logins(page))
    assert cell(page, "jdevries", UsersModel.COL_NAME) == "Jan de Vries"
    assert cell(page, "jdevries", UsersModel.COL_ROLE) == "Mental-health nurse (POH-GGZ)"
    assert cell(page, "jdevries", UsersModel.COL_STATUS) == "Active"
    assert page.table.current_row().login == "jdevries"
    assert page.new_user.login.text() == "" and page.new_user.fields.passphrase() == ""
    assert "can now unlock" in page.new_user.notice.text()
    assert can_unlock(rig.store, "jdevries", NEW)


def test_a_too_short_passphrase_keeps_add_disabled(qtbot, page):
    fill_new_user(page, "jdevries", "Jan de Vries", Role.GP, "kort")
    assert not page.new_user.add_button.isEnabled()
    assert "12" in page.new_user.fields.hint.text()
    page.new_user.fields.second.setText("anders dan de eerste")
    page.new_user.fields.first.setText("een lange zin die anders is")
    assert not page.new_user.add_button.isEnabled()
    assert "not the same" in page.new_user.fields.hint.text()


@pytest.mark.parametrize(("login", "expected"), [
    ("huisarts", "There is already a user with login huisarts."),
    ("Jan de Vries", "A login name has 2 to 32 characters"),
])
def test_a_refused_login_is_said_in_the_form(qtbot, rig, page, passphrase, login, expected):
    fill_new_user(page, login, "Jan de Vries", Role.GP, NEW)
    page.new_user.add()
    qtbot.waitUntil(lambda: page.new_user.notice.kind == "error")
    assert expected in page.new_user.notice.text()
    assert page.new_user.login.isEnabled() and page.new_user.login.text() == login
    assert page.model.rowCount() == 4


def test_deactivating_asks_first_and_then_the_user_cannot_unlock(qtbot, rig, page, passphrase):
    select(page, "poh")
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    box = message_box()
    assert box is not None
    assert "can no longer unlock" in box.informativeText() and "audit log" in box.informativeText()
    assert "your own account" not in box.informativeText()
    box.reject()  # Cancel: nothing happens
    rig.idle(qtbot)
    assert cell(page, "poh", UsersModel.COL_STATUS) == "Active"

    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    box = message_box()
    qtbot.mouseClick(box.findChild(type(page.deactivate_button), "confirmDeactivate"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(page, "poh", UsersModel.COL_STATUS) == "Deactivated")
    assert "can no longer unlock" in page.notice.text()
    assert not can_unlock(rig.store, "poh", passphrase)
    # selected again after the reload: now it can be reactivated, not deactivated
    assert page.table.current_row().login == "poh"
    assert page.reactivate_button.isEnabled() and not page.deactivate_button.isEnabled()
    assert not page.passphrase_button.isEnabled()

    qtbot.mouseClick(page.reactivate_button, Qt.MouseButton.LeftButton)
    dialog = PassphraseDialogs.visible()
    dialog.fields.first.setText(NEW)
    dialog.fields.second.setText(NEW)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(page, "poh", UsersModel.COL_STATUS) == "Active")
    assert not dialog.isVisible()
    assert can_unlock(rig.store, "poh", NEW)


def test_the_last_administrator_cannot_be_deactivated(qtbot, rig, page, passphrase):
    select(page, "beheer")
    page.deactivate_button.click()
    box = message_box()
    assert "your own account" in box.informativeText()
    box.findChild(type(page.deactivate_button), "confirmDeactivate").click()
    qtbot.waitUntil(lambda: page.notice.kind == "error")
    assert "last active administrator" in page.notice.text()
    assert cell(page, "beheer", UsersModel.COL_STATUS) == "Active"
    assert can_unlock(rig.store, "beheer", passphrase)


def test_the_last_administrator_cannot_be_demoted(qtbot, rig, page):
    select(page, "beheer")
    page.edit_button.click()
    dialog = open_dialog(EditUserDialog)
    dialog.role.setCurrentIndex(dialog.role.findData(str(Role.GP)))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.notice.kind == "error")
    assert "last active administrator" in dialog.notice.text()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    dialog.reject()
    assert cell(page, "beheer", UsersModel.COL_ROLE) == "Administrator"


def test_editing_a_user_changes_name_and_role(qtbot, page):
    select(page, "huisarts")
    page.edit_button.click()
    dialog = open_dialog(EditUserDialog)
    assert dialog.full_name.text() == "dr. Joost van den Berg"
    dialog.full_name.setText("dr. J. van den Berg")
    dialog.role.setCurrentIndex(dialog.role.findData(str(Role.ADMIN)))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: cell(page, "huisarts", UsersModel.COL_ROLE) == "Administrator")
    assert cell(page, "huisarts", UsersModel.COL_NAME) == "dr. J. van den Berg"
    assert not dialog.isVisible()


def test_an_administrator_gives_a_new_passphrase(qtbot, rig, page, passphrase):
    select(page, "huisarts")
    page.passphrase_button.click()
    dialog = PassphraseDialogs.visible()
    dialog.fields.first.setText("kort")
    assert not dialog.ok_button.isEnabled()
    dialog.fields.first.setText(NEW)
    dialog.fields.second.setText(NEW)
    with qtbot.waitSignal(rig.client.changed):
        dialog.ok_button.click()
        assert dialog.busy and not dialog.fields.isEnabled()
        dialog.reject()  # cannot be cancelled half way
        assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "new passphrase" in page.notice.text()
    assert can_unlock(rig.store, "huisarts", NEW)
    assert not can_unlock(rig.store, "huisarts", passphrase)


def test_the_new_user_form_is_a_draft_without_passphrase(qtbot, rig, page):
    assert page.draft() == {}
    fill_new_user(page, "jdevries", "Jan de Vries", Role.ASSISTANT, NEW)
    drafts = page.draft()
    assert drafts == {"new_user": {"login": "jdevries", "full_name": "Jan de Vries", "role": "assistent"}}
    assert NEW not in repr(drafts)

    again = UsersPage(rig.client)
    qtbot.addWidget(again)
    again.restore_draft(drafts)
    assert again.new_user.login.text() == "jdevries"
    assert again.new_user.full_name.text() == "Jan de Vries"
    assert again.new_user.role.currentData() == "assistent"
    assert again.new_user.fields.passphrase() == ""
    assert again.draft() == drafts


def test_ctrl_n_goes_to_the_new_user_form(qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.new_user.login.hasFocus()


def test_roles_are_offered_with_the_usual_one_first(page):
    combo = page.new_user.role
    assert [combo.itemData(i) for i in range(combo.count())] == ["huisarts", "poh_ggz", "assistent",
                                                                   "beheerder"]
    assert combo.currentData() == "huisarts"


def test_dates_sort_as_dates_not_as_shown_text(qtbot):
    model = UsersModel()
    table = SortedTable(model)
    qtbot.addWidget(table)
    model.set_rows([
        User(1, "later", "B", Role.GP, True, "2025-01-05T09:00:00Z"),
        User(2, "earlier", "A", Role.GP, True, "2024-12-20T09:00:00Z"),
    ])
    table.sortByColumn(UsersModel.COL_CREATED, Qt.SortOrder.AscendingOrder)
    shown = [table.proxy.index(row, UsersModel.COL_CREATED).data() for row in range(2)]
    assert shown == ["20-12-2024", "05-01-2025"]  # as text, 05-… would come first
    table.sortByColumn(UsersModel.COL_LOGIN, Qt.SortOrder.DescendingOrder)
    assert table.proxy.index(0, UsersModel.COL_LOGIN).data() == "later"
