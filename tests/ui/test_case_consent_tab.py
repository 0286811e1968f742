"""Consent tab: consent is recorded per member, recipient and purpose and kept as history; meldrecht
toward anyone but Veilig Thuis is refused with the service's words; a conflict of duties needs its
weighing; and "Mag dit gedeeld worden?" answers from all of it."""

from __future__ import annotations

from datetime import date

import pytest
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt
from track_helpers import Clock, family, show_tab, use_clock, wait_reloaded

from wijkzorg_desktop.domain.consent import ConsentStatus, Purpose, Recipient, SharingBasis
from wijkzorg_desktop.services import cases
from wijkzorg_desktop.ui.cases.consent_dialog import ConsentDialog
from wijkzorg_desktop.ui.cases.consent_tab import ConsentTab
from wijkzorg_desktop.ui.cases.consent_tables import BasesModel, ConsentsModel
from wijkzorg_desktop.ui.cases.weighing_dialog import BasisDialog

TEAM = "Sociaal Wijkteam Houten-Zuid"
VT = "Veilig Thuis Utrecht"


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    use_clock(rig, Clock())
    yield rig
    close_rig(rig)


@pytest.fixture
def tab(qtbot, rig):
    return show_tab(qtbot, rig, ConsentTab, family(rig))


def check(qtbot, rig, tab: ConsentTab, recipient: str, purpose: Purpose) -> tuple[str, str]:
    checker = tab.checker
    checker.recipient.setCurrentIndex(checker.recipient.findText(recipient))
    checker.purpose.setCurrentIndex(checker.purpose.findData(str(purpose)))
    qtbot.mouseClick(checker.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: checker.answer is not None and not rig.worker.busy)
    return checker.verdict.text(), checker.reasons.text()


def record_consent(qtbot, rig, tab: ConsentTab, member: str, status: ConsentStatus, day: date) -> None:
    qtbot.mouseClick(tab.consent_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(ConsentDialog)
    assert dialog is not None
    dialog.member.setCurrentIndex(dialog.member.findText(member, Qt.MatchFlag.MatchStartsWith))
    dialog.recipient.setCurrentIndex(dialog.recipient.findText(TEAM))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(str(Purpose.HANDOVER)))
    dialog.status.setCurrentIndex(dialog.status.findData(str(status)))
    dialog.on.setDate(day)
    before = len(tab.file.consents)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, rig, tab, lambda file: len(file.consents) == before + 1)
    assert not dialog.isVisible()


def test_consent_is_kept_as_history_and_the_checker_answers_from_it(qtbot, rig, tab, dutch):
    verdict, reasons = check(qtbot, rig, tab, TEAM, Purpose.HANDOVER)
    assert verdict == "Nee, dit mag niet gedeeld worden."
    # the mother and the 13-year-old count; the 6-year-old does not
    assert reasons.splitlines() == ["• M.K.: toestemming niet gevraagd", "• J.K.: toestemming niet gevraagd"]

    record_consent(qtbot, rig, tab, "M.K.", ConsentStatus.GIVEN, date(2026, 11, 20))
    assert tab.notice.text() == "Vastgelegd: M.K., toestemming gegeven voor overdracht."
    assert tab.checker.answer is not None  # the answer shown is asked again after the change
    qtbot.waitUntil(lambda: not rig.worker.busy)
    assert tab.checker.reasons.text() == "• J.K.: toestemming niet gevraagd"
    record_consent(qtbot, rig, tab, "J.K.", ConsentStatus.GIVEN, date(2026, 11, 20))
    qtbot.waitUntil(lambda: not rig.worker.busy and tab.checker.answer.allowed)
    assert tab.checker.verdict.text() == "Ja, dit mag gedeeld worden, op grond van: toestemming."

    record_consent(qtbot, rig, tab, "M.K.", ConsentStatus.WITHDRAWN, date(2026, 11, 22))
    qtbot.waitUntil(lambda: not rig.worker.busy and not tab.checker.answer.allowed)
    assert tab.checker.reasons.text() == "• M.K.: toestemming ingetrokken"
    proxy = tab.consents.proxy
    history = [(proxy.index(r, ConsentsModel.COL_ON).data(), proxy.index(r, ConsentsModel.COL_MEMBER).data(),
                proxy.index(r, ConsentsModel.COL_STATUS).data(), proxy.index(r, ConsentsModel.COL_BY).data())
               for r in range(proxy.rowCount())]
    assert history[0] == ("22-11-2026", "M.K.", "ingetrokken", "Fatma Özdemir")  # newest first
    assert sorted(history[1:]) == [("20-11-2026", "J.K.", "gegeven", "Fatma Özdemir"),
                                   ("20-11-2026", "M.K.", "gegeven", "Fatma Özdemir")]
    assert proxy.index(0, ConsentsModel.COL_RECIPIENT).data() == TEAM


def test_meldrecht_only_toward_veilig_thuis_and_conflict_of_duties_with_its_weighing(qtbot, rig, tab, dutch):
    qtbot.mouseClick(tab.basis_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(BasisDialog)
    assert dialog is not None and not dialog.weighing.isVisible()
    dialog.recipient.setCurrentIndex(dialog.recipient.findText(TEAM))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(str(Purpose.HANDOVER)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.notice.kind == "error" and not rig.worker.busy)
    assert dialog.isVisible()
    assert dialog.notice.text() == "grondslag is niet geldig: het meldrecht geldt alleen richting Veilig Thuis."
    assert rig.run(lambda s: cases.open_case(s, tab.file.case.id)).bases == []

    dialog.recipient.setCurrentIndex(dialog.recipient.findText(VT))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(str(Purpose.REPORT)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, rig, tab, lambda file: len(file.bases) == 1)
    assert not dialog.isVisible()
    assert check(qtbot, rig, tab, VT, Purpose.REPORT)[0] == (
        "Ja, dit mag gedeeld worden, op grond van: meldrecht (Wmo 2015 art. 5.2.6).")

    tab.record_basis()
    dialog = open_dialog(BasisDialog)
    dialog.basis.setCurrentIndex(dialog.basis.findData(str(SharingBasis.CONFLICT_OF_DUTIES)))
    assert dialog.weighing.isVisible()
    dialog.recipient.setCurrentIndex(dialog.recipient.findText(TEAM))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(str(Purpose.HANDOVER)))
    qtbot.keyClicks(dialog.serious_interest, "veiligheid van J.K.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.notice.text() == "Beantwoord elke vraag van de afweging."
    assert dialog.focusWidget() is dialog.other_way
    qtbot.keyClicks(dialog.other_way, "nee, moeder weigert elk gesprek")
    qtbot.keyClicks(dialog.why_no_consent, "moeder weigert")
    dialog.outweighs_yes.click()
    qtbot.keyClicks(dialog.what_to_whom, "signalen aan de gezinsregisseur")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, rig, tab, lambda file: len(file.bases) == 2)
    assert tab.notice.text() == "Grondslag vastgelegd: conflict van plichten."
    proxy = tab.bases.proxy
    kinds = {proxy.index(r, BasesModel.COL_BASIS).data(): proxy.index(r, BasesModel.COL_WEIGHING).data()
             for r in range(proxy.rowCount())}
    assert kinds == {"meldrecht (Wmo 2015 art. 5.2.6)": "",
                     "conflict van plichten": "weegt zwaarder dan het beroepsgeheim"}
    verdict, reasons = check(qtbot, rig, tab, TEAM, Purpose.HANDOVER)
    assert verdict == "Ja, dit mag gedeeld worden, op grond van: conflict van plichten."
    assert reasons.splitlines()[0] == "Zonder toestemming:"
    stored = rig.run(lambda s: cases.open_case(s, tab.file.case.id)).bases
    assert [(b.basis, b.recipient.kind, b.recorded_by) for b in stored] == [
        (SharingBasis.RIGHT_TO_REPORT, "organisation", "poh"), (SharingBasis.CONFLICT_OF_DUTIES, "organisation", "poh")]
    assert stored[1].weighing.complete and isinstance(stored[1].recipient, Recipient)


def test_the_consent_status_is_never_chosen_for_the_user(qtbot, rig, tab, dutch):
    qtbot.mouseClick(tab.consent_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(ConsentDialog)
    assert dialog is not None
    assert dialog.status.currentIndex() == -1 and dialog.status.currentData() is None
    assert dialog.status.placeholderText() == "(kies wat er gezegd is)"
    assert [dialog.status.itemText(i) for i in range(dialog.status.count())] == [
        "gegeven", "geweigerd", "niet gevraagd", "ingetrokken"]
    dialog.member.setCurrentIndex(dialog.member.findText("M.K.", Qt.MatchFlag.MatchStartsWith))
    dialog.recipient.setCurrentIndex(dialog.recipient.findText(TEAM))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.notice.kind == "error"
    assert dialog.notice.text() == "Kies of toestemming gegeven, geweigerd, niet gevraagd of ingetrokken is."
    assert dialog.focusWidget() is dialog.status
    qtbot.waitUntil(lambda: not rig.worker.busy)
    assert rig.run(lambda s: cases.open_case(s, tab.file.case.id)).consents == tab.file.consents == []

    dialog.status.setCurrentIndex(dialog.status.findData(str(ConsentStatus.REFUSED)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, rig, tab, lambda file: len(file.consents) == 1)
    assert tab.file.consents[0].status == ConsentStatus.REFUSED

    # the next record starts without a status again
    qtbot.mouseClick(tab.consent_button, Qt.MouseButton.LeftButton)
    assert open_dialog(ConsentDialog) is dialog and dialog.status.currentIndex() == -1


def test_toward_veilig_thuis_the_checker_answers_as_the_handover_gate_by_the_meldrecht(qtbot, rig, tab, dutch):
    from track_helpers import org_id

    from wijkzorg_desktop.domain.consent import BasisRecord
    from wijkzorg_desktop.services import consent, documents

    case_id = tab.file.case.id
    vt = Recipient("organisation", org_id(rig, VT))
    rig.run(lambda s: consent.add_basis(s, case_id, BasisRecord(SharingBasis.RIGHT_TO_REPORT, vt, Purpose.REPORT,
                                                                 date(2026, 11, 20))))
    qtbot.waitUntil(lambda: not rig.worker.busy)
    yes = "Ja, dit mag gedeeld worden, op grond van: meldrecht (Wmo 2015 art. 5.2.6)."
    for purpose in (Purpose.REPORT, Purpose.HANDOVER, Purpose.EXCHANGE):
        assert check(qtbot, rig, tab, VT, purpose)[0] == yes, purpose
    gate_purpose, gate = rig.run(lambda s: documents.check_handover(s, case_id, vt))
    assert (gate_purpose, gate.allowed, gate.basis) == (Purpose.REPORT, True, SharingBasis.RIGHT_TO_REPORT)
    # a meeting with Veilig Thuis at the table is no melding; nor is a handover to the wijkteam
    assert check(qtbot, rig, tab, VT, Purpose.MEETING)[0] == "Nee, dit mag niet gedeeld worden."
    assert check(qtbot, rig, tab, TEAM, Purpose.HANDOVER)[0] == "Nee, dit mag niet gedeeld worden."
