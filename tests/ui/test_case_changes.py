"""An edit in an open case shows what it changed without reloading the other tabs, and writes exactly the
audit records of the edit itself: no second audited read of the case after it.

Each test opens a case with something in every tab, makes one kind of edit through the window, and
counts which tabs were shown a file again (``CaseTab.shown``) and which audit records were written."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from functools import partial

import pytest
from cases_helpers import MONDAY, fix_clock, focus, open_case, open_page, settled, show_tab, shown
from pages_helpers import Rig, close_rig, open_dialog, open_rig
from PySide6.QtCore import QDate, Qt

from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.domain.consent import ConsentStatus, Purpose
from wijkzorg_desktop.domain.involvement import EntryKind, Party, PlanItem, Promise, TimelineEntry
from wijkzorg_desktop.domain.meldcode import StepRecord, VtContact, VtContactKind, VtRole
from wijkzorg_desktop.services import cases, contacts, involvement, meldcode
from wijkzorg_desktop.ui.cases.case_view import CaseView
from wijkzorg_desktop.ui.cases.close_case_dialog import CloseCaseDialog
from wijkzorg_desktop.ui.cases.consent_dialog import ConsentDialog
from wijkzorg_desktop.ui.cases.consent_tab import ConsentTab
from wijkzorg_desktop.ui.cases.consent_tables import ConsentsModel
from wijkzorg_desktop.ui.cases.entry_dialog import EntryDialog
from wijkzorg_desktop.ui.cases.household_tab import HouseholdTab, MembersModel
from wijkzorg_desktop.ui.cases.meldcode_tab import MeldcodeTab
from wijkzorg_desktop.ui.cases.member_dialog import MemberDialog
from wijkzorg_desktop.ui.cases.parties_tab import PartiesModel, PartiesTab, PromisesModel
from wijkzorg_desktop.ui.cases.party_dialog import PartyDialog
from wijkzorg_desktop.ui.cases.plan_dialog import PlanDialog
from wijkzorg_desktop.ui.cases.plan_tab import PlanModel, PlanTab
from wijkzorg_desktop.ui.cases.promise_dialog import PromiseDialog
from wijkzorg_desktop.ui.cases.safe_at_home_tab import SafeAtHomeTab, VtContactsModel
from wijkzorg_desktop.ui.cases.timeline_tab import TimelineModel, TimelineTab
from wijkzorg_desktop.ui.cases.vt_contact_dialog import VtContactDialog

EVERY_TAB = {"householdTab", "partiesTab", "timelineTab", "meldcodeTab", "safeAtHomeTab", "consentTab", "planTab"}
TEAM = "Sociaal Wijkteam Houten-Zuid"


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


@pytest.fixture
def case_id(rig) -> int:
    """A case with something in every tab: a household, a party with a promise, a plan item, entries,
    a step of the meldcode, a melding at Veilig Thuis."""
    def make(session) -> int:
        case_id = int(cases.create_case(session, "K", "zorgen om de kinderen").id)
        for role, initials, year, patient in ((MemberRole.PARENT, "M.K.", 1988, True),
                                              (MemberRole.CHILD, "J.K.", 2013, False)):
            cases.put_member(session, HouseholdMember(case_id, role, initials, year, patient))
        school = next(o for o in contacts.load_map(session).organisations if o.name == "Basisschool De Regenboog")
        party = involvement.put_party(session, Party(case_id, "school", organisation_id=school.id))
        involvement.put_promise(session, Promise(case_id, "belt na gesprek", date(2026, 11, 16), party.id))
        involvement.put_plan_item(session, PlanItem(case_id, "verzuim bespreken", party.id))
        for day, text in ((date(2026, 11, 2), "school meldt verzuim"), (date(2026, 11, 9), "gesprek moeder")):
            involvement.add_entry(session, TimelineEntry(case_id, day, EntryKind.CONVERSATION, text, ""))
        meldcode.put_step(session, StepRecord(case_id, 1, date(2026, 11, 2), ""))
        meldcode.put_vt_contact(session, VtContact(case_id, VtContactKind.REPORT, date(2026, 11, 10),
                                                   VtRole.REPORTER, "VT-1"))
        return case_id

    return rig.run(make)


@pytest.fixture
def view(qtbot, rig, case_id) -> CaseView:
    return open_case(qtbot, rig, open_page(qtbot, rig), case_id)


def last_record(rig: Rig) -> int:
    return rig.run(lambda s: s.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0])


class Watch:
    """From now on: how often each tab was shown a file, and the audit records written."""

    def __init__(self, rig: Rig, view: CaseView) -> None:
        self.rig = rig
        self.shows: Counter[str] = Counter()
        self.since = last_record(rig)
        for tab in view.case_tabs:
            tab.shown.connect(partial(self.shows.update, [tab.objectName()]))

    def tabs_shown(self) -> dict[str, int]:
        return dict(self.shows)

    def records(self) -> list[tuple[str, str]]:
        rows = self.rig.run(lambda s: s.conn.execute(
            "SELECT action, object_type FROM audit_log WHERE id > ? ORDER BY id", (self.since,)).fetchall())
        return [tuple(row) for row in rows]


def once(*names: str) -> dict[str, int]:
    return dict.fromkeys(names, 1)


def test_opening_a_case_is_one_audited_read_and_shows_every_tab_once(qtbot, rig, case_id):
    page = open_page(qtbot, rig)
    watch = Watch(rig, page.view)
    view = open_case(qtbot, rig, page, case_id)
    assert watch.tabs_shown() == once(*EVERY_TAB)
    assert [record for record in watch.records() if record[1] == "case"] == [("read", "case")]
    assert len(view.file.timeline) == 2


def test_a_timeline_entry_added_and_revised_shows_in_the_timeline_only(qtbot, rig, view):
    tab = show_tab(qtbot, rig, view, TimelineTab)
    view.header.summary.setText("typed, not saved")
    watch = Watch(rig, view)
    tab.add_action.trigger()
    dialog = open_dialog(EntryDialog)
    dialog.on.setDate(QDate(2026, 11, 20))
    qtbot.keyClicks(dialog.text, "overleg met school")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.model.rowCount() == 3)
    assert watch.tabs_shown() == once("timelineTab")
    assert watch.records() == [("create", "timeline_entry")]
    assert shown(tab.table, TimelineModel.COL_TEXT)[0] == "overleg met school"  # newest first
    assert tab.table.current_row().text == "overleg met school"  # the saved entry is selected
    assert view.file.timeline == tab.file.timeline and len(view.file.timeline) == 3
    assert view.header.summary.text() == "typed, not saved"  # only touched: the header is not shown again
    assert view.header.dirty() and view.header.case == view.file.case
    assert view.file.case.updated_at == rig.run(lambda s: cases.open_case(s, view.case_id)).case.updated_at

    watch = Watch(rig, view)
    focus(qtbot, tab.table)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.editing_id == tab.table.current_row().id
    dialog.text.moveCursor(dialog.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.text, " (verzuim)")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and "revised" in shown(tab.table, TimelineModel.COL_EDITED))
    assert watch.tabs_shown() == once("timelineTab")
    assert watch.records() == [("update", "timeline_entry")]
    assert tab.table.current_row().text == "overleg met school (verzuim)"
    assert "overleg met school (verzuim)" in tab.detail.toPlainText()


def test_a_promise_shows_in_the_parties_tab_and_loopt_het_without_an_audited_read(qtbot, rig, view):
    tab = show_tab(qtbot, rig, view, PartiesTab)
    qtbot.waitUntil(lambda: "belt na gesprek" in tab.check_pane.plain_text())
    watch = Watch(rig, view)
    tab.parties_table.selectRow(0)
    tab.add_promise_action.trigger()
    dialog = open_dialog(PromiseDialog)
    dialog.text.setCurrentText("komt op huisbezoek")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and "komt op huisbezoek" in tab.check_pane.plain_text())
    assert watch.tabs_shown() == once("partiesTab")
    assert watch.records() == [("create", "promise")]
    assert sorted(shown(tab.promises_table, PromisesModel.COL_TEXT)) == ["belt na gesprek", "komt op huisbezoek"]
    assert shown(tab.parties_table, PartiesModel.COL_PROMISES) == ["2"]


def test_a_plan_item_shows_in_the_plan_and_in_loopt_het(qtbot, rig, view):
    tab = show_tab(qtbot, rig, view, PlanTab)
    watch = Watch(rig, view)
    tab.add_action.trigger()
    dialog = open_dialog(PlanDialog)
    qtbot.keyClicks(dialog.text, "gezinsplan opstellen")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.model.rowCount() == 2)
    assert watch.tabs_shown() == once("planTab", "partiesTab")
    assert watch.records() == [("create", "plan_item")]
    assert tab.table.current_row().text == "gezinsplan opstellen"
    assert sorted(shown(tab.table, PlanModel.COL_TEXT)) == ["gezinsplan opstellen", "verzuim bespreken"]


def test_a_party_shows_where_parties_are_named(qtbot, rig, view):
    tab = show_tab(qtbot, rig, view, PartiesTab)
    watch = Watch(rig, view)
    tab.add_party_action.trigger()
    dialog = open_dialog(PartyDialog)
    qtbot.keyClicks(dialog.search, TEAM)
    dialog.choices.setCurrentRow(0)
    dialog.role.setCurrentText("wijkteam")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.party_model.rowCount() == 2)
    assert watch.tabs_shown() == once("partiesTab", "timelineTab", "planTab")
    assert watch.records() == [("create", "case_party")]
    assert tab.parties_table.current_row().role == "wijkteam"
    plan = next(t for t in view.case_tabs if isinstance(t, PlanTab))
    assert [p.role for p in plan.file.parties] == [p.role for p in view.file.parties] and len(view.file.parties) == 2

    watch = Watch(rig, view)
    tab.contact_action.trigger()  # "Contact gehad vandaag": a change without a form
    settled(qtbot, rig, lambda: "23-11-2026" in shown(tab.parties_table, PartiesModel.COL_CONTACT))
    assert watch.tabs_shown() == once("partiesTab", "timelineTab", "planTab")
    assert watch.records() == [("update", "case_party")]
    assert tab.parties_table.current_row().role == "wijkteam"  # the selection is kept


def test_a_household_member_shows_in_the_household_and_the_consent_tab(qtbot, rig, view):
    tab = show_tab(qtbot, rig, view, HouseholdTab)
    watch = Watch(rig, view)
    tab.add_action.trigger()
    dialog = open_dialog(MemberDialog)
    qtbot.keyClicks(dialog.initials, "L.K.")
    dialog.birth_year.setValue(2020)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.model.rowCount() == 3)
    assert watch.tabs_shown() == once("householdTab", "consentTab")
    assert watch.records() == [("create", "household_member")]
    assert tab.table.current_row().initials == "L.K."
    assert "L.K." in shown(tab.table, MembersModel.COL_INITIALS)
    consent_tab = next(t for t in view.case_tabs if isinstance(t, ConsentTab))
    assert sorted(m.initials for m in consent_tab.consents_model.members.values()) == ["J.K.", "L.K.", "M.K."]


def test_consent_shows_in_the_consent_tab_only(qtbot, rig, view):
    tab = show_tab(qtbot, rig, view, ConsentTab)
    watch = Watch(rig, view)
    qtbot.mouseClick(tab.consent_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(ConsentDialog)
    dialog.member.setCurrentIndex(dialog.member.findText("M.K.", Qt.MatchFlag.MatchStartsWith))
    dialog.recipient.setCurrentIndex(dialog.recipient.findText(TEAM))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(str(Purpose.HANDOVER)))
    dialog.status.setCurrentIndex(dialog.status.findData(str(ConsentStatus.GIVEN)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.consents_model.rowCount() == 1)
    assert watch.tabs_shown() == once("consentTab")
    assert watch.records() == [("create", "consent")]
    assert shown(tab.consents, ConsentsModel.COL_ON) == ["23-11-2026"]


def test_a_veilig_thuis_contact_shows_in_its_tab_and_in_loopt_het(qtbot, rig, view):
    tab = show_tab(qtbot, rig, view, SafeAtHomeTab)
    watch = Watch(rig, view)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(VtContactDialog)
    qtbot.keyClicks(dialog.reference, "VT-2")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.model.rowCount() == 2)
    assert watch.tabs_shown() == once("safeAtHomeTab", "partiesTab")
    assert watch.records() == [("create", "vt_contact")]
    assert sorted(shown(tab.table, VtContactsModel.COL_REFERENCE)) == ["VT-1", "VT-2"]


def test_a_meldcode_step_shows_in_the_meldcode_tab_only(qtbot, rig, view):
    tab = show_tab(qtbot, rig, view, MeldcodeTab)
    second = tab.steps.rows[1]
    watch = Watch(rig, view)
    second.done.click()
    qtbot.keyClicks(second.notes, "collega geraadpleegd")
    qtbot.mouseClick(tab.steps.save_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: len(tab.file.steps) == 2)
    assert watch.tabs_shown() == once("meldcodeTab")
    assert watch.records() == [("update", "meldcode_step")]
    assert not second.done.isEnabled() and second.by.text() == "Fatma Özdemir"  # recorded: stays recorded


def test_an_edit_on_the_next_day_shows_every_tab_again(qtbot, rig, view):
    """The window stayed open past midnight: ages, lateness and "today" count from the new day."""
    fix_clock(rig, MONDAY + timedelta(days=1))
    tab = show_tab(qtbot, rig, view, PlanTab)
    watch = Watch(rig, view)
    tab.add_action.trigger()
    dialog = open_dialog(PlanDialog)
    qtbot.keyClicks(dialog.text, "gezinsplan opstellen")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settled(qtbot, rig, lambda: not dialog.isVisible() and tab.model.rowCount() == 2)
    assert watch.tabs_shown() == once(*EVERY_TAB)
    assert watch.records() == [("create", "plan_item")]
    assert view.file.today == date(2026, 11, 24) and all(t.file.today == view.file.today for t in view.case_tabs)


def test_saving_the_header_shows_no_tab_again(qtbot, rig, view):
    watch = Watch(rig, view)
    view.header.summary.setText("moeder drinkt")
    view.save_header()
    settled(qtbot, rig, lambda: view.file.case.summary == "moeder drinkt")
    assert watch.tabs_shown() == {}
    assert watch.records() == [("update", "case")]
    assert not view.header.dirty() and not view.header.save_button.isEnabled()


def test_closing_and_reopening_show_every_tab_once_and_read_nothing_audited(qtbot, rig, view):
    touched: list[int] = []
    view.case_touched.connect(touched.append)
    for reopening in (False, True):
        watch = Watch(rig, view)
        qtbot.mouseClick(view.header.close_button, Qt.MouseButton.LeftButton)
        dialog = open_dialog(CloseCaseDialog)
        qtbot.keyClicks(dialog.reason, "nieuwe signalen" if reopening else "hulp via het wijkteam")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        settled(qtbot, rig, lambda d=dialog, r=reopening: not d.isVisible() and view.file.case.closed != r)
        assert watch.tabs_shown() == once(*EVERY_TAB)
        assert watch.records() == [("update", "case")]
        assert all(tab.read_only != reopening for tab in view.case_tabs)
        assert view.header.banner.isVisible() != reopening
    assert touched == [view.case_id, view.case_id]
