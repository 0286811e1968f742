"""From kindcheck to a late terugkoppeling, in the whole window, as a POH-GGZ works:

a kindcheck with concerns on the Kindcheck page opens a case; on the case the wijkteam's
gezinsregisseur is added as a party from the sociale kaart (Partijen tab), a melding as melder is
recorded on the Veilig Thuis tab; when the clock passes the expected terugkoppeling, the reloaded case
shows it overdue, in red, with the procesregisseur, and the list of cases marks it too.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from pages_helpers import open_dialog
from PySide6.QtCore import QDate, Qt
from shell_helpers import page, unlock, wait_workspace
from track_helpers import Clock

from wijkzorg_desktop.domain.kindcheck import Answer
from wijkzorg_desktop.ui.cases.case_list import CaseListModel
from wijkzorg_desktop.ui.cases.parties_tab import PartiesTab
from wijkzorg_desktop.ui.cases.party_dialog import PartyDialog
from wijkzorg_desktop.ui.cases.safe_at_home_tab import SafeAtHomeTab
from wijkzorg_desktop.ui.cases.vt_contact_dialog import VtContactDialog
from wijkzorg_desktop.ui.kindcheck.case_link_dialog import CaseLinkDialog
from wijkzorg_desktop.ui.sections import SECTIONS

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_kindcheck_section_follows_the_cases_in_the_navigation():
    ids = [s.page_id for s in SECTIONS if isinstance(s, type)]
    assert ids.index("kindcheck") == ids.index("cases") + 1


def test_a_concerning_kindcheck_becomes_a_case_whose_melding_goes_overdue(qtbot, make_window, demo_store,
                                                                         passphrase, dutch):
    window = make_window(demo_store, SECTIONS)
    unlock(qtbot, window, "poh", passphrase)
    wait_workspace(qtbot, window)
    clock = Clock()  # Monday 23 November 2026

    def use_clock() -> None:
        session = window.client._session
        assert session is not None
        session.clock = clock

    window.worker.run_sync(use_clock)

    def idle(condition=lambda: True) -> None:
        qtbot.waitUntil(lambda: not window.worker.busy and condition(), timeout=10_000)

    # -- the kindcheck, from the keyboard ------------------------------------------------------
    assert window.workspace.show_page_id("kindcheck")
    kindcheck = page(window, "kindcheck")
    idle(lambda: kindcheck.data is not None)
    form = kindcheck.form
    qtbot.keyClick(kindcheck.overview.list, Qt.Key.Key_N, CTRL)
    assert form.patient.hasFocus()
    form.on.setDate(QDate(2026, 11, 23))
    qtbot.keyClicks(form.patient, "S.V.")
    form.reason.setCurrentIndex(form.reason.findData("langdurige_depressie"))
    form.cares.buttons[Answer.YES].click()
    qtbot.keyClicks(form.ages, "3, 8")
    form.adequate.buttons[Answer.DOUBT].click()
    form.ask_help.buttons[Answer.DOUBT].click()
    form.network.buttons[Answer.NO].click()
    qtbot.keyClicks(form.concerns, "moeder komt nauwelijks uit bed; kinderen zorgen voor zichzelf")
    form.action.setCurrentIndex(form.action.findData("meldcode_starten"))
    qtbot.keyClick(form.concerns, Qt.Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: open_dialog(CaseLinkDialog) is not None)
    dialog = open_dialog(CaseLinkDialog)
    qtbot.keyClicks(dialog.letter, "v")
    qtbot.keyClick(dialog.letter, Qt.Key.Key_Return)
    idle(lambda: not dialog.isVisible() and kindcheck.notice.text().startswith("Casus Gezin V-2026-"))
    label = re.search(r"Gezin V-2026-\d+", kindcheck.notice.text()).group(0)

    # -- the case: a party from the sociale kaart ----------------------------------------------
    assert window.workspace.show_page_id("cases")
    cases_page = page(window, "cases")
    idle(lambda: any(row.case.label == label for row in cases_page.rows))
    case_id = next(int(row.case.id) for row in cases_page.rows if row.case.label == label)
    cases_page.open_case(case_id)
    view = cases_page.view
    idle(lambda: view.file is not None and view.file.case.id == case_id and view.contact_map is not None)
    assert [m.initials for m in view.file.members] == ["S.V."]

    parties = next(t for t in view.case_tabs if isinstance(t, PartiesTab))
    view.tabs.setCurrentWidget(parties)
    parties.add_party()
    party_dialog = open_dialog(PartyDialog)
    qtbot.keyClicks(party_dialog.search, "gezinsregisseur houten-zuid")
    qtbot.keyClick(party_dialog.search, Qt.Key.Key_Down)
    assert party_dialog.chosen_key().startswith("person:")
    party_dialog.role.setCurrentText("gezinsregisseur")
    qtbot.mouseClick(party_dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(lambda: len(view.file.parties) == 1)

    # -- the melding at Veilig Thuis -----------------------------------------------------------
    safe = next(t for t in view.case_tabs if isinstance(t, SafeAtHomeTab))
    view.tabs.setCurrentWidget(safe)
    idle(lambda: safe.lookup is not None)
    qtbot.mouseClick(safe.new_button, Qt.MouseButton.LeftButton)
    vt_dialog = open_dialog(VtContactDialog)
    assert (vt_dialog.kind.currentText(), vt_dialog.role.currentText()) == ("melding", "melder")
    vt_dialog.case_manager.setCurrentIndex(vt_dialog.case_manager.findText("Tessa Franssen (Veilig Thuis Utrecht)"))
    qtbot.keyClicks(vt_dialog.reference, "VT-2026-7781")
    qtbot.mouseClick(vt_dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(lambda: len(view.file.vt_contacts) == 1)
    assert view.file.vt_contacts[0].expected_feedback.isoformat() == "2026-11-30"
    assert not safe.overdue.isVisible()

    # -- a week later, nothing heard -----------------------------------------------------------
    clock.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    view.reload()
    idle(lambda: view.file.today.isoformat() == "2026-12-01")
    assert safe.overdue.isVisible()
    assert safe.overdue.text() == (
        "Terugkoppeling 1 dag te laat: Veilig Thuis zou uiterlijk 30-11-2026 laten weten wat er met de melding "
        "van 23-11-2026 gebeurt. Kenmerk: VT-2026-7781. Procesregisseur: Tessa Franssen (Veilig Thuis Utrecht).")
    assert "background-color: #b00020" in safe.overdue.styleSheet()

    cases_page.back_to_list()
    cases_page.load_list()
    idle(lambda: cases_page.table.current_row() is not None)
    row = next(r for r in range(cases_page.table.proxy.rowCount())
               if cases_page.table.proxy.index(r, CaseListModel.COL_LABEL).data() == label)
    assert cases_page.table.proxy.index(row, CaseListModel.COL_FEEDBACK).data() == "Terugkoppeling te laat"
