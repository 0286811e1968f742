"""Beheer > Audit log: newest first, filtered by user, action, object or case and the practice's dates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pages_helpers import can_unlock, close_rig, open_rig
from PySide6.QtCore import QDate, Qt

from wijkzorg_desktop.domain.audit import AuditAction, AuditEntry, AuditFilter
from wijkzorg_desktop.ui.admin.audit_page import AuditPage
from wijkzorg_desktop.ui.admin.audit_table import AuditModel
from wijkzorg_desktop.ui.table_model import local_time

CASE = "C-2024-017"


def look_at_case(session, case: str, at: datetime) -> None:
    """``session``'s user opens a case at a given moment."""
    clock = session.clock
    session.clock = lambda: at
    try:
        session.record(AuditEntry(AuditAction.READ, "case", case, case_id=case))
    finally:
        session.clock = clock


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    assert can_unlock(demo_store, "huisarts", passphrase)  # a login and a logout by huisarts
    rig = open_rig(demo_store, "beheer", passphrase)
    rig.run(lambda s: look_at_case(s, CASE, datetime(2024, 3, 1, 10, 0, tzinfo=UTC)))
    rig.run(lambda s: look_at_case(s, CASE, datetime(2024, 3, 1, 23, 30, tzinfo=UTC)))  # 2 March in NL
    rig.run(lambda s: look_at_case(s, "C-2024-099", datetime(2024, 3, 5, 9, 0, tzinfo=UTC)))
    yield rig
    close_rig(rig)


@pytest.fixture
def page(qtbot, rig):
    page = AuditPage(rig.client)
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()  # the log is read when the page is shown
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page._loading)
    rig.idle(qtbot)
    return page


def column(page: AuditPage, col: int) -> list[str]:
    proxy = page.table.proxy
    return [proxy.index(row, col).data() for row in range(proxy.rowCount())]


def ids(page: AuditPage) -> list[int]:
    proxy = page.table.proxy
    return [page.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).id for r in range(proxy.rowCount())]


def apply(qtbot, rig, page: AuditPage) -> None:
    page.apply()
    qtbot.waitUntil(lambda: not page._loading)
    rig.idle(qtbot)


def test_newest_first_with_readable_columns(page):
    shown = ids(page)
    assert shown == sorted(shown, reverse=True)
    assert column(page, AuditModel.COL_ACTION)[0] == "Viewed"  # looking at the log is recorded too
    assert column(page, AuditModel.COL_OBJECT_TYPE)[0] == "Audit log"
    assert "Created" in column(page, AuditModel.COL_ACTION)
    assert "Administrator" in column(page, AuditModel.COL_ROLE)
    assert page.count.text() == f"{len(shown)} records, newest first"
    assert page.user.findData("huisarts") > 0


def test_times_are_shown_on_the_practice_clock():
    assert local_time("2024-03-01T23:30:00.000000Z") == "02-03-2024 00:30:00"
    assert local_time("2024-07-01T12:00:05Z") == "01-07-2024 14:00:05"


def test_filter_by_user(qtbot, rig, page):
    page.user.setCurrentIndex(page.user.findData("huisarts"))
    apply(qtbot, rig, page)
    assert set(column(page, AuditModel.COL_USER)) == {"huisarts"}  # the demo's work and the unlock above
    assert column(page, AuditModel.COL_ACTION)[:2] == ["Logged out", "Logged in"]
    assert page.count.text() == f"{page.model.rowCount()} records, newest first"


def test_filter_by_action(qtbot, rig, page):
    page.action.setCurrentIndex(page.action.findData("settings"))
    apply(qtbot, rig, page)
    shown = column(page, AuditModel.COL_ACTION)  # the demo's practice settings and its certificate
    assert shown == ["Settings changed"] * 2
    assert page.count.text() == "2 records, newest first"


def test_who_looked_at_this_family_and_when(qtbot, rig, page):
    page.focus_filter()
    page.object_text.setText(CASE)
    qtbot.keyClick(page.object_text, Qt.Key.Key_Return)  # Enter applies
    qtbot.waitUntil(lambda: not page._loading and page.model.rowCount() == 2)
    assert set(column(page, AuditModel.COL_CASE)) == {CASE}
    assert column(page, AuditModel.COL_USER) == ["beheer", "beheer"]
    assert column(page, AuditModel.COL_TIME) == ["02-03-2024 00:30:00", "01-03-2024 11:00:00"]


def test_filter_by_the_practice_days(qtbot, rig, page):
    page.from_check.setChecked(True)
    page.to_check.setChecked(True)
    page.from_date.setDate(QDate(2024, 3, 1))
    page.to_date.setDate(QDate(2024, 3, 1))
    apply(qtbot, rig, page)
    assert column(page, AuditModel.COL_TIME) == ["01-03-2024 11:00:00"]  # 23:30 UTC is 2 March here

    page.from_date.setDate(QDate(2024, 3, 2))
    page.to_date.setDate(QDate(2024, 3, 5))
    apply(qtbot, rig, page)
    assert column(page, AuditModel.COL_CASE) == ["C-2024-099", CASE]

    page.to_check.setChecked(False)
    page.object_text.setText("C-2024")
    apply(qtbot, rig, page)
    assert column(page, AuditModel.COL_CASE)[-2:] == ["C-2024-099", CASE]

    page.clear_filter()
    qtbot.waitUntil(lambda: not page._loading)
    rig.idle(qtbot)
    assert page.model.rowCount() > 10 and not page.from_date.isEnabled()


def test_searching_the_log_is_itself_recorded(qtbot, rig, page):
    page.object_text.setText(CASE)
    apply(qtbot, rig, page)
    newest = rig.run(lambda s: audit_log_newest(s))
    assert newest.action == "search" and f"object_text={CASE}" in newest.detail


def audit_log_newest(session):
    from wijkzorg_desktop.store import audit_log

    return audit_log.query(session.conn, AuditFilter(limit=1))[0]


def test_a_hidden_page_reads_nothing(qtbot, rig):
    before = rig.run(lambda s: audit_log_newest(s)).id
    page = AuditPage(rig.client)
    qtbot.addWidget(page)
    page.refresh()
    rig.idle(qtbot)
    assert rig.run(lambda s: audit_log_newest(s)).id == before
    assert page.model.rowCount() == 0


def test_the_chain_can_be_checked(qtbot, rig, page):
    page.check_button.click()
    qtbot.waitUntil(lambda: page.notice.kind == "info")
    assert "intact" in page.notice.text()


def test_a_cut_list_says_so(qtbot, rig, page, monkeypatch):
    monkeypatch.setattr("wijkzorg_desktop.ui.admin.audit_page.LIMIT", 3)
    apply(qtbot, rig, page)
    assert page.model.rowCount() == 3
    assert "newest 3 records are shown; there are more" in page.count.text()


def test_keyboard_ctrl_f_goes_to_the_filter_and_enter_in_a_list_applies(qtbot, rig, page):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.object_text.hasFocus()
    page.action.setCurrentIndex(page.action.findData("failed_unlock"))
    qtbot.keyClick(page.action, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page._loading and page.count.text() == "No records match this filter.")
    assert page.model.rowCount() == 0
