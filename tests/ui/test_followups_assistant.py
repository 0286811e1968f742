"""An assistent sees only their own follow-ups, without the case they belong to; one with a contact
person opens that person on the sociale kaart."""

from __future__ import annotations

from followups_helpers import all_texts, day, idle, list_page, open_window, prepare, select_key, today_page
from PySide6.QtCore import Qt

from wijkzorg_desktop.domain.contact_index import RowKind
from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind
from wijkzorg_desktop.services import cases, contacts, followups
from wijkzorg_desktop.ui.contacts.contacts_page import ContactsPage
from wijkzorg_desktop.ui.followups.followup_table import FollowUpModel


def test_the_assistant_sees_only_their_own_items_and_no_case_labels(qtbot, make_window, demo_store, passphrase,
                                                                    dutch):
    def make(session):
        case = cases.create_case(session, "Z", "zorgen om een peuter")
        person = next(p for p in contacts.load_map(session).people if not p.departed)
        theirs = followups.save(session, FollowUp("Jeugdverpleegkundige terugbellen voor een afspraak",
                                                  FollowUpKind.CALL_BACK, "assistent", day(-1), case_id=case.id,
                                                  person_id=person.id))
        followups.save(session, FollowUp("Huisbezoek plannen", FollowUpKind.OTHER, "huisarts", day(-1),
                                         case_id=case.id))
        return theirs.id, person, case.label, [i.key for i in followups.pending(session, mine_only=False)
                                               if i.followup.owner_login == "assistent"]

    followup_id, person, label, theirs = prepare(demo_store, "huisarts", passphrase, make)
    window = open_window(qtbot, make_window, demo_store, "assistent", passphrase)
    page = today_page(window)
    key = f"followup:{followup_id}"
    idle(qtbot, window, lambda: key in page.items)
    assert sorted(page.items) == sorted(theirs)
    assert all(item.followup.owner_login == "assistent" and item.case_label == "" for item in page.items.values())
    texts = all_texts(page)
    assert label not in texts and not any(text.startswith("Gezin ") for text in texts)
    assert person.name in texts  # whom to call is on the sociale kaart, which an assistent sees

    assert window.workspace.show_page_id("followups")
    listing = list_page(window)
    listing.owner.setCurrentIndex(listing.owner.findData("all"))
    idle(qtbot, window, lambda: listing.data is not None)
    assert sorted(i.key for i in listing.shown_items()) == sorted(theirs)
    assert listing.table.isColumnHidden(FollowUpModel.COL_CASE) and listing.case.isHidden()

    assert window.workspace.show_page_id("today")
    select_key(qtbot, page, key)
    assert page.actions.edit_action.isEnabled() and page.actions.drop_action.isEnabled()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    contacts_page = window.workspace.current_page()
    assert isinstance(contacts_page, ContactsPage)
    idle(qtbot, window, lambda: contacts_page.table.current_row() is not None)
    current = contacts_page.table.current_row()
    assert (current.kind, current.id) == (RowKind.PERSON, person.id)
