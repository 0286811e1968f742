"""Vandaag tells one truth, in the whole window on the demo practice: what is late (te laat) is counted the
same in the page's header and first section, the navigation, the status bar and the reminder; a late
terugkoppeling of Veilig Thuis is among it; a record made in a case is on Vandaag at once; "Openen" goes to
the tab the item came from; and each item with someone to call shows their number and whether they
answer now."""

from __future__ import annotations

from datetime import time

from cases_helpers import focus
from followups_helpers import (
    Clock,
    day,
    finish_dialog,
    idle,
    open_window,
    prepare,
    run,
    sections,
    select_key,
    today_page,
)
from pages_helpers import open_dialog
from PySide6.QtCore import QDate, Qt

from wijkzorg_desktop.domain.contacts import PHONE_KINDS
from wijkzorg_desktop.domain.involvement import Party
from wijkzorg_desktop.domain.kindcheck import Answer, Kindcheck, KindcheckReason
from wijkzorg_desktop.domain.meldcode import VtContact, VtContactKind, VtRole
from wijkzorg_desktop.services import cases, contacts, involvement, kindchecks, meldcode
from wijkzorg_desktop.store import involvement as stored
from wijkzorg_desktop.store import meldcode as stored_meldcode
from wijkzorg_desktop.ui.cases.cases_page import CasesPage
from wijkzorg_desktop.ui.cases.parties_tab import PartiesTab
from wijkzorg_desktop.ui.cases.plan_tab import PlanTab
from wijkzorg_desktop.ui.cases.promise_dialog import PromiseDialog
from wijkzorg_desktop.ui.cases.safe_at_home_tab import SafeAtHomeTab
from wijkzorg_desktop.ui.cases.vt_contact_dialog import VtContactDialog
from wijkzorg_desktop.ui.followups.followup_table import FollowUpModel as M
from wijkzorg_desktop.ui.followups.today_page import COLUMNS, KEY_ROLE, TodayPage
from wijkzorg_desktop.ui.kindcheck.kindcheck_page import KindcheckPage

REACHABLE_WORDS = {"reachable": "ja", "not_reachable": "nee", "unknown": "onbekend"}


def rows(page: TodayPage) -> dict[str, list[str]]:
    """The texts of each item's row, by key."""
    found = {}
    for top in range(page.tree.topLevelItemCount()):
        head = page.tree.topLevelItem(top)
        for i in range(head.childCount()):
            row = head.child(i)
            if row.data(0, KEY_ROLE):
                found[row.data(0, KEY_ROLE)] = [row.text(c) for c in range(len(COLUMNS))]
    return found


def section(page: TodayPage, title: str) -> list[str]:
    return next(keys for head, keys in sections(page).items() if head.startswith(f"{title} ("))


def test_header_navigation_status_bar_and_reminder_count_the_same_late_items(qtbot, make_window, demo_store,
                                                                              passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "huisarts", passphrase)
    page = today_page(window)
    reminder = window.followups.reminder
    reminder.tray_available = lambda: False
    told: list[str] = []
    reminder.reminded.connect(told.append)
    with qtbot.waitSignal(reminder.reminded, timeout=10_000):
        reminder.start()  # as at unlock
    idle(qtbot, window)

    today = page.data.today
    late, due_today = len(today.overdue), len(today.today)
    assert late >= 3  # the demo's doctor has late work of their own and late work of others
    assert sections(page)[f"Te laat ({late})"] == [i.key for i in today.overdue]
    assert page.summary.text() == f"{late} te laat · {due_today} vandaag · {len(today.this_week)} deze week"
    assert window.workspace.nav.item(0).text() == f"Vandaag ({late + due_today})"
    words = f"{late} opvolgingen te laat"
    assert window.status.late.text() == words and window.status.late.isVisible()
    assert told == [words]
    # te laat is everything of the user's own day past its moment, whoever is to act
    assert all(i.followup.overdue(today.now) for i in today.overdue)
    rest = today.today + today.this_week + today.waiting + today.kindchecks
    assert not any(i.followup.overdue(today.now) for i in rest)

    # the late terugkoppeling of Veilig Thuis is under Te laat, marked as waited for, not only waited for
    terugkoppeling = next(i for i in today.overdue if i.key.startswith("vt_contact:"))
    assert terugkoppeling.key not in section(page, "Wachten op anderen")
    texts = rows(page)[terugkoppeling.key]
    assert texts[COLUMNS.index(M.COL_WITH)] == "wacht op Veilig Thuis"
    assert texts[COLUMNS.index(M.COL_WHAT)] == f"Terugkoppeling Veilig Thuis: {terugkoppeling.followup.what}"
    own = next(i for i in today.overdue if not i.waiting_for_others)
    assert "wacht op" not in " ".join(rows(page)[own.key])
    waited = next(i for i in today.waiting if i.party_name)
    assert rows(page)[waited.key][COLUMNS.index(M.COL_WITH)] == waited.party_name  # the section says it

    # done from Vandaag: the four go down together
    select_key(qtbot, page, own.key)
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    dialog = finish_dialog()
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window, lambda: own.key not in page.items)
    left = late - 1
    assert page.summary.text().startswith(f"{left} te laat")
    assert window.status.late.text() == f"{left} opvolgingen te laat"
    assert window.workspace.nav.item(0).text() == f"Vandaag ({left + due_today})"


def test_vandaag_is_the_call_list_with_each_party_s_number_and_whether_they_answer_now(
        qtbot, make_window, demo_store, passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "huisarts", passphrase)
    page = today_page(window)
    today = page.data.today
    people = {row.name: row for row in run(window, contacts.load_map).rows() if row.kind == "person"}
    shown = rows(page)
    checked = 0
    for item in today.overdue + today.waiting:
        person = people.get(item.party_name)
        if person is None or person.channel_kind not in PHONE_KINDS:
            continue
        texts = shown[item.key]
        assert texts[COLUMNS.index(M.COL_PHONE)] == person.channel  # as the sociale kaart shows it
        assert person.channel.startswith("0") and " " in person.channel  # Dutch format, not +31
        reach = REACHABLE_WORDS[str(person.reachability(today.now))]
        assert texts[COLUMNS.index(M.COL_NOW)] == reach
        checked += 1
    assert checked >= 2
    vt = next(i for i in today.overdue if i.key.startswith("vt_contact:"))
    assert shown[vt.key][COLUMNS.index(M.COL_PHONE)]  # the procesregisseur's, or Veilig Thuis's own number
    no_one = next(i for i in today.overdue if i.key.startswith("kindcheck:"))
    assert shown[no_one.key][COLUMNS.index(M.COL_PHONE)] == shown[no_one.key][COLUMNS.index(M.COL_NOW)] == ""


def test_a_melding_and_a_promise_made_in_the_case_are_on_vandaag_at_once(qtbot, make_window, demo_store,
                                                                          passphrase, dutch):
    def make(session):
        case = cases.create_case(session, "W", "zorgen om de jongste")
        team = next(o for o in contacts.load_map(session).organisations if o.name == "Sociaal Wijkteam Houten-Zuid")
        involvement.put_party(session, Party(case.id, "gezinsregisseur", organisation_id=team.id))
        return case.id

    case_id = prepare(demo_store, "huisarts", passphrase, make)
    window = open_window(qtbot, make_window, demo_store, "huisarts", passphrase)
    page = today_page(window)
    page.refresh_timer.stop()  # no timer may bring them in
    before = set(page.items)
    window.workspace.go_to("cases", ("case", case_id, "safeAtHomeTab"))
    cases_page = window.workspace.current_page()
    assert isinstance(cases_page, CasesPage)
    view = cases_page.view
    idle(qtbot, window, lambda: view.file is not None and view.file.case.id == case_id)
    tab = view.tabs.currentWidget()
    assert isinstance(tab, SafeAtHomeTab)

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(VtContactDialog)
    assert dialog is not None
    dialog.on.setDate(QDate(day(-12).year, day(-12).month, day(-12).day))  # its terugkoppeling is late now
    qtbot.keyClicks(dialog.reference, "VT-2026-0777")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window, lambda: not dialog.isVisible())
    window.workspace.show_page_id("today")
    idle(qtbot, window)
    melding = next(f"vt_contact:{v.id}" for v in run(window, lambda s: stored_meldcode.vt_contacts(s.conn, case_id)))
    assert melding in section(page, "Te laat") and melding not in before

    window.workspace.go_to("cases", ("case", case_id, "partiesTab"))
    parties = view.tabs.currentWidget()
    assert isinstance(parties, PartiesTab)
    idle(qtbot, window)
    focus(qtbot, parties.promises_table)
    qtbot.keyClick(parties.promises_table, Qt.Key.Key_Insert)
    promise = open_dialog(PromiseDialog)
    assert promise is not None
    promise.text.setCurrentText("belt terug na het huisbezoek")
    promise.due.check.setChecked(True)
    promise.due.edit.setDate(QDate(day(0).year, day(0).month, day(0).day))  # ours, due today
    qtbot.mouseClick(promise.ok_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window, lambda: not promise.isVisible())
    window.workspace.show_page_id("today")
    idle(qtbot, window)
    made = run(window, lambda s: stored.promises(s.conn, case_id))
    assert len(made) == 1 and f"promise:{made[0].id}" in section(page, "Vandaag")


def test_openen_goes_to_the_tab_the_item_came_from(qtbot, make_window, demo_store, passphrase, dutch):
    def make(session):
        case = cases.create_case(session, "O", "zorgen om de oudste")
        vt = meldcode.put_vt_contact(session, VtContact(case.id, VtContactKind.REPORT, day(-12), VtRole.REPORTER,
                                                        "VT-2026-0888"))
        check = kindchecks.save_kindcheck(session, Kindcheck(day(-30), "O.K.", KindcheckReason.DEPRESSION,
                                                             Answer.YES, 1, (5,), next_check=day(-1),
                                                             case_id=case.id))
        return case.id, vt.id, check.id

    _case_id, vt_id, check_id = prepare(demo_store, "huisarts", passphrase, make)
    window = open_window(qtbot, make_window, demo_store, "huisarts", passphrase, Clock(time(10, 0)))
    page = today_page(window)
    today = page.data.today
    wanted = {f"vt_contact:{vt_id}": SafeAtHomeTab, f"kindcheck:{check_id}": KindcheckPage}
    promise = next(i.key for i in today.overdue + today.waiting if i.key.startswith("promise:"))
    plan = next((i.key for i in today.overdue + today.waiting if i.key.startswith("plan:")), None)
    wanted[promise] = PartiesTab
    if plan is not None:
        wanted[plan] = PlanTab
    for key, where in wanted.items():
        window.workspace.show_page_id("today")
        select_key(qtbot, page, key)
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
        shown = window.workspace.current_page()
        if where is KindcheckPage:
            assert isinstance(shown, KindcheckPage), key
            continue
        assert isinstance(shown, CasesPage), key
        item = page.items[key]
        idle(qtbot, window, lambda s=shown, i=item: s.view.file is not None
             and s.view.file.case.id == i.followup.case_id)
        assert isinstance(shown.view.tabs.currentWidget(), where), key
