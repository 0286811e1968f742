"""Veilig Thuis tab: a melding as melder expects terugkoppeling in five working days (shown, and
editable); when the clock passes that day the tab says so in red, with the procesregisseur; received
feedback takes the warning away."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import QDate, Qt
from track_helpers import Clock, family, reload, show_tab, use_clock, wait_reloaded

from wijkzorg_desktop.domain.meldcode import VtContactKind, VtRole
from wijkzorg_desktop.services import cases
from wijkzorg_desktop.ui.cases.safe_at_home_tab import SafeAtHomeTab, VtContactsModel
from wijkzorg_desktop.ui.cases.vt_contact_dialog import FeedbackDialog, VtContactDialog


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def rig(qtbot, demo_store, passphrase, clock):
    rig = open_rig(demo_store, "huisarts", passphrase)
    use_clock(rig, clock)
    yield rig
    close_rig(rig)


def test_a_melding_shows_overdue_terugkoppeling_in_red_until_it_is_received(qtbot, rig, clock, dutch):
    case_id = family(rig)
    tab = show_tab(qtbot, rig, SafeAtHomeTab, case_id)
    assert not tab.overdue.isVisible() and not tab.edit_button.isEnabled()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(VtContactDialog)
    assert dialog is not None and dialog.windowTitle() == "Nieuw contact met Veilig Thuis"
    assert dialog.kind.currentText() == "melding" and dialog.role.currentText() == "melder"
    assert dialog.on.date() == QDate(2026, 11, 23)
    # five working days after Monday 23 November: Monday 30 November, shown and editable
    assert dialog.expected.value() == date(2026, 11, 30)
    assert dialog.expected_hint.text() == "Vijf werkdagen na de melding: 30-11-2026."
    dialog.on.setDate(QDate(2026, 11, 20))  # a Friday: the weekend does not count
    assert dialog.expected.value() == date(2026, 11, 27)
    # Veilig Thuis's procesregisseurs come first in the list
    people = [dialog.case_manager.itemText(i) for i in range(1, 4)]
    assert all("(Veilig Thuis" in name for name in people)
    dialog.case_manager.setCurrentIndex(dialog.case_manager.findText("Marloes Smits (Veilig Thuis Utrecht)"))
    qtbot.keyClicks(dialog.reference, "VT-2026-0042")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    wait_reloaded(qtbot, rig, tab, lambda file: len(file.vt_contacts) == 1)
    assert not dialog.isVisible()
    assert tab.notice.text() == ("De melding van 20-11-2026 is opgeslagen. "
                                 "Terugkoppeling verwacht uiterlijk 27-11-2026.")
    proxy = tab.table.proxy
    row = [proxy.index(0, c).data() for c in range(proxy.columnCount())]
    assert row[:6] == ["20-11-2026", "melding", "melder", "VT-2026-0042", "Marloes Smits (Veilig Thuis Utrecht)",
                       "27-11-2026"]
    assert not tab.overdue.isVisible()

    clock.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # the Tuesday after: four days late
    reload(rig, tab, case_id)
    wait_reloaded(qtbot, rig, tab, lambda file: file.today == date(2026, 12, 1))
    assert tab.overdue.isVisible()
    assert tab.overdue.text() == (
        "Terugkoppeling 4 dagen te laat: Veilig Thuis zou uiterlijk 27-11-2026 laten weten wat er met de melding "
        "van 20-11-2026 gebeurt. Kenmerk: VT-2026-0042. Procesregisseur: Marloes Smits (Veilig Thuis Utrecht).")
    late = proxy.index(0, VtContactsModel.COL_EXPECTED)
    assert late.data() == "27-11-2026 (te laat)"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.feedback_button, Qt.MouseButton.LeftButton)
    feedback = open_dialog(FeedbackDialog)
    assert feedback is not None and "01-12-2026" in feedback.intro.text()
    qtbot.keyClicks(feedback.summary, "onderzoek gestart")
    qtbot.mouseClick(feedback.ok_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, rig, tab, lambda file: file.vt_contacts[0].received_on is not None)
    assert not tab.overdue.isVisible()
    assert tab.notice.text() == "Terugkoppeling ontvangen op 01-12-2026."
    assert proxy.index(0, VtContactsModel.COL_SUMMARY).data() == "onderzoek gestart"


def test_an_advice_request_expects_no_terugkoppeling_and_a_chosen_date_is_kept(qtbot, rig, dutch):
    case_id = family(rig)
    tab = show_tab(qtbot, rig, SafeAtHomeTab, case_id)
    tab.new_contact()
    dialog = open_dialog(VtContactDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(str(VtContactKind.ADVICE)))
    assert dialog.expected.value() is None
    assert dialog.expected_hint.text() == "Voor een adviesvraag geldt geen termijn voor terugkoppeling."
    dialog.kind.setCurrentIndex(dialog.kind.findData(str(VtContactKind.REPORT)))
    dialog.role.setCurrentIndex(dialog.role.findData(str(VtRole.INFORMANT)))
    dialog.expected.edit.setDate(QDate(2026, 12, 14))  # agreed on the phone
    dialog.on.setDate(QDate(2026, 11, 24))  # a chosen date is not overwritten by the default
    assert dialog.expected.value() == date(2026, 12, 14)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, rig, tab, lambda file: len(file.vt_contacts) == 1)
    stored = rig.run(lambda s: cases.open_case(s, case_id)).vt_contacts[0]
    assert (stored.role, stored.expected_feedback, stored.by_login) == (VtRole.INFORMANT, date(2026, 12, 14),
                                                                        "huisarts")
