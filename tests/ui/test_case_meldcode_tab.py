"""Meldcode tab: the afwegingskader opens its questions in order and advises after every answer; a
decision needs the reason why Veilig Thuis was not asked, and one that differs from the advice is
recorded with that note; steps are recorded with who did them."""

from __future__ import annotations

from datetime import date

import pytest
from pages_helpers import close_rig, open_rig
from PySide6.QtCore import Qt
from track_helpers import Clock, family, show_tab, use_clock, wait_reloaded

from wijkzorg_desktop.domain.assessment import Outcome
from wijkzorg_desktop.services import cases
from wijkzorg_desktop.ui.cases.assessment_widget import AssessmentWidget
from wijkzorg_desktop.ui.cases.decision_box import DecisionsModel
from wijkzorg_desktop.ui.cases.meldcode_tab import MeldcodeTab


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    use_clock(rig, Clock())
    yield rig
    close_rig(rig)


def enabled_questions(widget: AssessmentWidget) -> list[int]:
    return [n for n, button in enumerate(widget.yes, 1) if button.isEnabled()]


def test_the_afwegingskader_advises_after_each_answer_and_opens_questions_in_order(qtbot, dutch):
    widget = AssessmentWidget()
    qtbot.addWidget(widget)
    assert enabled_questions(widget) == [1]
    assert widget.advice_label.text() == "Beantwoord vraag 1 om het advies te zien."

    steps = [
        (widget.yes[0], [1, 2], "Advies na vraag 1: beantwoord vraag 2."),
        (widget.no[1], [1, 2, 3], "Advies na vraag 2: beantwoord vraag 3."),
        (widget.yes[2], [1, 2, 3, 4], "Advies na vraag 3: beantwoord vraag 4."),
        (widget.yes[3], [1, 2, 3, 4, 5], "<b>Advies: Hulp bieden of organiseren.</b>"),
        (widget.no[4], [1, 2, 3, 4, 5], "<b>Advies: Melden bij Veilig Thuis.</b>"),
    ]
    for button, enabled, advice in steps:
        button.click()
        assert enabled_questions(widget) == enabled
        assert widget.advice_label.text().startswith(advice)
    assert widget.answers() == (True, False, True, True, False)
    assert widget.advice().outcome == Outcome.REPORT

    widget.yes[1].click()  # acute unsafety after all: the later answers no longer hold
    assert widget.answers() == (True, True) and enabled_questions(widget) == [1, 2]
    assert not widget.yes[2].isChecked() and not widget.no[2].isChecked()
    assert widget.advice_label.text().startswith("<b>Advies: Melden bij Veilig Thuis.</b>")
    widget.no[0].click()
    assert widget.answers() == (False,) and widget.advice().outcome == Outcome.CLOSE
    assert widget.questions[1].isEnabled() is False


def test_a_decision_that_differs_from_the_advice_is_recorded_with_the_note(qtbot, rig, dutch):
    case_id = family(rig)
    tab = show_tab(qtbot, rig, MeldcodeTab, case_id)
    box, advice = tab.decision, tab.advice
    assert not box.record_button.isEnabled()
    assert advice.reason_box.isVisible() and advice.reason_missing.isVisible()
    box.assessment.yes[0].click()
    box.assessment.yes[1].click()  # acute unsafety: the advice is to report
    assert box.decided.currentText() == "Melden bij Veilig Thuis"
    assert not box.differs.isVisible()
    box.decided.setCurrentIndex(box.decided.findData(str(Outcome.HELP)))
    assert box.differs.isVisible()
    assert box.differs.text().startswith("Wijkt af van het advies (Melden bij Veilig Thuis).")
    assert box.by.text() == "Fatma Özdemir"
    assert not box.record_button.isEnabled()  # why is required
    qtbot.keyClicks(box.why, "vader is vertrokken; veiligheid geregeld via oma")
    qtbot.mouseClick(box.record_button, Qt.MouseButton.LeftButton)

    # Veilig Thuis was not asked for advice, and nobody said why: refused, in Dutch
    qtbot.waitUntil(lambda: box.notice.kind == "error")
    assert box.notice.text() == ("Geef de reden: waarom geen advies aan Veilig Thuis is gevraagd (stap 2).")
    assert box.assessment.answers() == (True, True)  # nothing typed is lost

    qtbot.keyClicks(advice.reason, "moeder werkt mee; overleg met vertrouwensarts volstond")
    qtbot.keyClick(advice.reason, Qt.Key.Key_Return)
    wait_reloaded(qtbot, rig, tab, lambda file: file.no_advice_reason != "")
    assert not advice.reason_missing.isVisible()
    assert tab.notice.text() == "Opgeslagen waarom Veilig Thuis niet om advies is gevraagd."
    qtbot.mouseClick(box.record_button, Qt.MouseButton.LeftButton)

    wait_reloaded(qtbot, rig, tab, lambda file: len(file.decisions) == 1)
    assert tab.notice.text() == ("Besluit vastgelegd: Hulp bieden of organiseren. "
                                 "Het wijkt af van het advies (Melden bij Veilig Thuis).")
    proxy = box.table.proxy
    row = [proxy.index(0, c).data() for c in range(proxy.columnCount())]
    assert row[DecisionsModel.COL_ADVISED] == "Melden bij Veilig Thuis"
    assert row[DecisionsModel.COL_DECIDED] == "Hulp bieden of organiseren"
    assert row[DecisionsModel.COL_DIFFERS] == "wijkt af van het advies"
    assert row[DecisionsModel.COL_ANSWERS] == "1: ja, 2: ja"
    assert row[DecisionsModel.COL_BY] == "Fatma Özdemir"
    assert box.assessment.answers() == () and box.why.toPlainText() == ""
    stored = rig.run(lambda s: cases.open_case(s, case_id)).decisions
    assert [(d.advised, d.decided, d.by_login, d.why) for d in stored] == [
        (Outcome.REPORT, Outcome.HELP, "poh", "vader is vertrokken; veiligheid geregeld via oma")]


def test_steps_and_advice_are_recorded_with_who_and_when(qtbot, rig, dutch):
    case_id = family(rig)
    tab = show_tab(qtbot, rig, MeldcodeTab, case_id)
    steps = tab.steps
    first = steps.rows[0]
    assert not steps.save_button.isEnabled() and not first.notes.isEnabled()
    first.done.click()
    first.on.setDate(first.on.date().addDays(-21))
    qtbot.keyClicks(first.notes, "kindcheck met zorgen")
    qtbot.mouseClick(steps.save_button, Qt.MouseButton.LeftButton)
    wait_reloaded(qtbot, rig, tab, lambda file: len(file.steps) == 1)
    assert tab.notice.text() == "1 stap opgeslagen."
    assert first.by.text() == "Fatma Özdemir" and not first.done.isEnabled()  # recorded: stays recorded
    assert rig.run(lambda s: cases.open_case(s, case_id)).steps[0].on == date(2026, 11, 2)

    advice = tab.advice
    advice.anonymous.click()
    qtbot.keyClicks(advice.summary, "anoniem advies: bespreken met moeder")
    qtbot.keyClick(advice.summary, Qt.Key.Key_Return)
    wait_reloaded(qtbot, rig, tab, lambda file: len(file.advice_requests) == 1)
    assert tab.notice.text() == "Adviesvraag vastgelegd (Veilig Thuis)."
    assert not advice.reason_box.isVisible()  # Veilig Thuis was asked: no reason needed
    proxy = advice.table.proxy
    assert [proxy.index(0, c).data() for c in range(proxy.columnCount())] == [
        "23-11-2026", "Veilig Thuis", "anoniem", "anoniem advies: bespreken met moeder", "Fatma Özdemir"]


def test_a_closed_case_can_be_read_but_not_changed(qtbot, rig):
    case_id = family(rig)
    rig.run(lambda s: cases.close_case(s, case_id, "hulp loopt via wijkteam"))
    tab = show_tab(qtbot, rig, MeldcodeTab, case_id)
    assert not tab.editable
    assert not any(row.done.isEnabled() for row in tab.steps.rows)
    assert not tab.advice.add_button.isEnabled() and not tab.advice.reason.isEnabled()
    assert not any(button.isEnabled() for button in tab.decision.assessment.yes)
