"""Quick add: Ctrl+Shift+N from any page opens the follow-up form; from a case it is filled in with the
case, the selected party or the selected timeline entry. What was typed survives a lock."""

from __future__ import annotations

from dataclasses import replace

from followups_helpers import day, focused_window, form, idle, list_page, open_window, run, sections, today_page
from PySide6.QtCore import Qt
from shell_helpers import unlock, wait_workspace

from wijkzorg_desktop.domain.followups import FollowUpKind
from wijkzorg_desktop.domain.involvement import EntryKind, Party, TimelineEntry
from wijkzorg_desktop.services import cases, contacts, involvement
from wijkzorg_desktop.ui.cases.cases_page import CasesPage
from wijkzorg_desktop.ui.cases.parties_tab import PartiesTab
from wijkzorg_desktop.ui.cases.timeline_tab import TimelineTab
from wijkzorg_desktop.ui.contacts.contacts_page import ContactsPage

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_ctrl_shift_n_on_the_sociale_kaart_adds_a_follow_up_that_shows_on_vandaag_and_opvolging(
        qtbot, make_window, demo_store, passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    assert window.followups.quick_add_action.text() == "Nieuwe &opvolging…"
    assert window.workspace.show_page_id("contacts")
    contacts_page = window.workspace.current_page()
    assert isinstance(contacts_page, ContactsPage)
    idle(qtbot, window, lambda: contacts_page.map is not None)
    contacts_page.table.setFocus()
    qtbot.keyClick(contacts_page.table, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: form() is not None)
    dialog = form()
    assert dialog.windowTitle() == "Nieuwe opvolging"
    assert (dialog.owner.currentData(), dialog.due.value(), dialog.case.currentData()) == ("poh", day(0), None)
    assert window.workspace.current_page() is contacts_page  # the quick add does not leave the page
    qtbot.keyClicks(dialog.what, "Wijkagent terugbellen over de melding van de buren")
    dialog.kind.setCurrentIndex(dialog.kind.findData(str(FollowUpKind.CALL_BACK)))
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)

    page = today_page(window)

    def added() -> str:
        return next((k for k, i in page.items.items() if i.followup.what.startswith("Wijkagent terugbellen")), "")

    idle(qtbot, window, lambda: not dialog.isVisible() and added() != "")
    due_today = next(keys for title, keys in sections(page).items() if title.startswith("Vandaag ("))
    assert added() in due_today
    assert page.items[added()].followup.kind == FollowUpKind.CALL_BACK

    assert window.workspace.show_page_id("followups")
    listing = list_page(window)
    idle(qtbot, window, lambda: listing.data is not None)
    assert added() in [i.key for i in listing.shown_items()]


def test_from_a_case_the_form_is_filled_with_the_case_the_party_and_the_timeline_entry(
        qtbot, make_window, demo_store, passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)

    def make(session):
        case = cases.create_case(session, "Q", "vader drinkt")
        person = next(p for p in contacts.load_map(session).people if not p.departed)
        party = involvement.put_party(session, Party(case.id, "jeugdverpleegkundige", person_id=person.id))
        involvement.add_entry(session, TimelineEntry(case.id, day(0), EntryKind.APPOINTMENT,
                                                     "Afgesproken dat moeder volgende week de huisarts belt",
                                                     "poh", party.id))
        return case, party, person

    case, party, person = run(window, make)
    assert window.workspace.show_page_id("cases")
    cases_page = window.workspace.current_page()
    assert isinstance(cases_page, CasesPage)
    cases_page.show_target(("case", case.id))
    view = cases_page.view
    idle(qtbot, window, lambda: view.file is not None and view.file.case.id == case.id
         and view.contact_map is not None)

    parties = next(t for t in view.case_tabs if isinstance(t, PartiesTab))
    view.tabs.setCurrentWidget(parties)
    assert parties.parties_table.select_where(lambda p: p.id == party.id)
    assert view.header.followup_button.text() == "O&pvolging toevoegen…"
    qtbot.mouseClick(view.header.followup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form() is not None)
    dialog = form()
    assert dialog.case.currentText() == case.label
    assert dialog.party.currentText() == f"{person.name} — jeugdverpleegkundige"
    qtbot.keyClicks(dialog.what, "Jeugdverpleegkundige vragen hoe het huisbezoek ging")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    page = today_page(window)
    idle(qtbot, window, lambda: not dialog.isVisible()
         and any(i.followup.what.startswith("Jeugdverpleegkundige vragen") for i in page.items.values()))
    made = next(i for i in page.items.values() if i.followup.what.startswith("Jeugdverpleegkundige vragen"))
    assert (made.case_label, made.party_name, made.followup.party_id) == (case.label, person.name, party.id)

    timeline = next(t for t in view.case_tabs if isinstance(t, TimelineTab))
    view.tabs.setCurrentWidget(timeline)
    idle(qtbot, window)
    assert timeline.table.select_where(lambda e: e.text.startswith("Afgesproken"))
    focused_window(qtbot, window)
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_N, CTRL_SHIFT)
    qtbot.waitUntil(lambda: form() is not None)
    dialog = form()
    assert dialog.what.text() == "Afgesproken dat moeder volgende week de huisarts belt"
    assert dialog.case.currentData() == case.id and dialog.party.currentData() == party.id
    dialog.reject()


def test_a_follow_up_being_typed_survives_a_lock(qtbot, make_window, demo_store, passphrase, dutch):
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    window.followups.quick_add_action.trigger()
    qtbot.waitUntil(lambda: form() is not None)
    qtbot.keyClicks(form().what, "Gezinsregisseur bellen")
    form().recurs.setChecked(True)
    window.lock()
    assert not window.followups.quick_add_action.isEnabled()
    unlock(qtbot, window, "poh", passphrase)
    wait_workspace(qtbot, window)
    qtbot.waitUntil(lambda: form() is not None)
    again = form()
    assert again.what.text() == "Gezinsregisseur bellen" and again.recurs.isChecked()
    assert replace(again.followup(), what="").recurrence.every_days == 14
    again.reject()
