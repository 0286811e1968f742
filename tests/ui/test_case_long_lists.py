"""A large sociale kaart in an open case: the combos over it hold a chunk of their lines until one is looked
up, yet choose every line as a combo filled with all of them does (findText, findData, type-ahead, the
arrow keys, a draft); the kaart is loaded once for every case opened, and its lists are made on the worker
in slices before a form asks for them; the forms use those very lists."""

from __future__ import annotations

import pytest
from cases_helpers import fix_clock, new_case, open_case, open_page, show_tab
from hypothesis import given
from hypothesis import strategies as st
from pages_helpers import close_rig, open_dialog, open_rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from wijkzorg_desktop.domain.audit import AuditAction
from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.domain.consent import Recipient
from wijkzorg_desktop.domain.contacts import Organisation, OrganisationKind, Person
from wijkzorg_desktop.services import cases, contacts
from wijkzorg_desktop.store import audit_log
from wijkzorg_desktop.ui.cases.choices import CHUNK, ChoiceCombo, Choices
from wijkzorg_desktop.ui.cases.consent_dialog import ConsentDialog
from wijkzorg_desktop.ui.cases.consent_tab import ConsentTab
from wijkzorg_desktop.ui.cases.parties_tab import PartiesTab
from wijkzorg_desktop.ui.cases.party_dialog import PartyDialog
from wijkzorg_desktop.ui.cases.safe_at_home_tab import SafeAtHomeTab
from wijkzorg_desktop.ui.cases.slices import finish, sorted_steps
from wijkzorg_desktop.ui.cases.vt_contact_dialog import VtContactDialog
from wijkzorg_desktop.ui.form_state import capture, restore

MANY = 2 * CHUNK + 60
"""People added to the demo's sociale kaart: more than two chunks of a combo."""

# Lines with repeats, case variants and a shared start, as the kaart's names have
LINES = [(f"{family} {number:03d}", f"person:{index}") for index, (family, number) in enumerate(
    (family, number) for number in range(150) for family in ("Aaldering", "bakker", "Bakker", "Zwart"))]
LINES += [("Bakker 007", "person:dup"), ("", "person:empty")]


def _pair(qtbot, lines: list[tuple[str, str]] = LINES) -> tuple[QComboBox, ChoiceCombo]:
    plain, lazy = QComboBox(), ChoiceCombo()
    for text, key in lines:
        plain.addItem(text, key)
    lazy.set_choices(Choices.of(lines))
    for combo in (plain, lazy):
        qtbot.addWidget(combo)
        combo.show()
    return plain, lazy


def test_a_combo_over_choices_holds_a_chunk_and_finds_what_a_full_combo_finds(qtbot):
    plain, lazy = _pair(qtbot)
    assert lazy.count() == CHUNK < plain.count() == len(LINES)
    flags = [Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive, Qt.MatchFlag.MatchFixedString,
             Qt.MatchFlag.MatchStartsWith, Qt.MatchFlag.MatchContains, Qt.MatchFlag.MatchEndsWith,
             Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchCaseSensitive]
    for text in ("Zwart 149", "bakker 100", "BAKKER 100", "Bakker 007", "zwart", "149", "", "Nobody"):
        for flag in flags:
            assert lazy.findText(text, flag) == plain.findText(text, flag), (text, flag)
    for key in ("person:599", "person:dup", "person:0", "person:empty", "person:none", None):
        assert lazy.findData(key) == plain.findData(key), key
    deep = lazy.findText("Zwart 149")
    lazy.setCurrentIndex(deep)
    assert lazy.currentText() == "Zwart 149" and lazy.currentData() == plain.itemData(deep)


def test_type_ahead_and_the_arrow_keys_go_past_the_rows_fetched(qtbot):
    plain, lazy = _pair(qtbot, [(f"{number:03d}-{family}", f"{family}:{number}")
                                for number in range(300) for family in ("aal", "Bot")])
    for combo in (plain, lazy):
        combo.setFocus()
        qtbot.keyClicks(combo, "25")  # a space would open the popup
    assert lazy.currentIndex() == plain.currentIndex() > CHUNK
    assert lazy.currentText() == "250-aal"
    for key, times in ((Qt.Key.Key_Home, 1), (Qt.Key.Key_Down, CHUNK + 5), (Qt.Key.Key_PageDown, 1),
                       (Qt.Key.Key_Up, 3), (Qt.Key.Key_End, 1), (Qt.Key.Key_Up, 2)):
        for _ in range(times):
            for combo in (plain, lazy):
                qtbot.keyClick(combo, key)
        assert lazy.currentIndex() == plain.currentIndex(), key
        assert lazy.currentText() == plain.currentText()


def test_new_choices_keep_the_line_chosen(qtbot):
    combo = ChoiceCombo()
    qtbot.addWidget(combo)
    combo.set_choices(Choices.of(LINES), [("(not known yet)", None)])
    assert combo.currentIndex() == 0 and combo.currentData() is None
    combo.setCurrentIndex(combo.findData("person:590"))
    combo.set_choices(Choices.of(list(reversed(LINES))), [("(not known yet)", None)])
    assert combo.currentData() == "person:590" and combo.currentText() == dict((k, t) for t, k in LINES)["person:590"]


@given(st.lists(st.tuples(st.integers(0, 5), st.integers()), max_size=2600))
def test_sorting_in_steps_is_sorting(items):
    assert finish(sorted_steps(items, key=lambda item: item[0])) == sorted(items, key=lambda item: item[0])


# -- in the window -------------------------------------------------------------------------------


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


def _many_people(rig) -> list[int]:
    def make(session) -> list[int]:
        org = contacts.save_organisation(session, Organisation("Jeugdteam Groot", OrganisationKind.YOUTH_WORK))
        return [int(contacts.save_person(session, Person(f"Zwaantje {number:03d}", org.id, "jeugdhulp")).id or 0)
                for number in range(MANY)]

    return rig.run(make)


def _members(rig, case_id: int) -> None:
    rig.run(lambda s: cases.put_member(s, HouseholdMember(case_id, MemberRole.PARENT, "M.Z.", 1988, True)))


def _map_reads(rig) -> int:
    return sum(1 for entry in rig.run(lambda s: audit_log.all_records(s.conn))
               if entry.action == str(AuditAction.READ) and entry.object_type == "contact_map")


def test_the_kaart_is_loaded_once_its_lists_made_before_a_form_opens_and_the_forms_use_them(qtbot, rig):
    added = _many_people(rig)
    first, second = new_case(rig), new_case(rig, "S")
    _members(rig, first)
    before = _map_reads(rig)
    page = open_page(qtbot, rig)
    view = open_case(qtbot, rig, page, first)
    qtbot.waitUntil(lambda: view.names is not None and view.names.lists is not None and not rig.worker.busy)
    names = view.names
    view = open_case(qtbot, rig, page, second)
    view = open_case(qtbot, rig, page, first)
    assert view.names is names and _map_reads(rig) == before + 1  # one read of the kaart for three opens

    # the consent tab's combos: a chunk of the shared lines, every line chosen as before
    tab = show_tab(qtbot, rig, view, ConsentTab)
    checker = tab.checker.recipient
    assert checker.choice_model.choices is names.recipients
    assert checker.count() == CHUNK < checker.choice_model.total() == len(names.recipients)
    deep = checker.findText("Zwaantje 259 (Jeugdteam Groot)")
    assert deep >= CHUNK
    checker.setCurrentIndex(deep)
    assert checker.recipient() == Recipient("person", added[259])

    tab.record_consent()
    dialog = open_dialog(ConsentDialog)
    assert dialog is not None and dialog.recipient.choice_model.choices is names.recipients
    assert dialog.recipient.count() == CHUNK
    dialog.recipient.setCurrentIndex(dialog.recipient.findText("Zwaantje 250 (Jeugdteam Groot)"))
    assert dialog.recipient.recipient() == Recipient("person", added[250])
    typed = capture(dialog)
    dialog.reject()
    again = ConsentDialog()  # as after a lock: a new dialog, the draft put back
    qtbot.addWidget(again)
    again.prepare(view.file.members, tab.lookup, view.file.today)
    assert again.recipient.currentIndex() == 0 and again.recipient.count() == CHUNK
    restore(again, typed)
    assert again.recipient.recipient() == Recipient("person", added[250])

    # the party dialog lists every line of the kaart, made once on the worker
    parties = show_tab(qtbot, rig, view, PartiesTab)
    parties.add_party_action.trigger()
    party_dialog = open_dialog(PartyDialog)
    qtbot.waitUntil(lambda: party_dialog is not None and not rig.worker.busy)
    assert party_dialog._map_choices is names.lists.parties
    texts = [party_dialog.choices.item(i).text() for i in range(party_dialog.choices.count())]
    assert sum(text.startswith("Zwaantje ") for text in texts) == MANY
    qtbot.keyClicks(party_dialog.search, "zwaantje 25")
    assert [party_dialog.choices.item(i).text() for i in range(party_dialog.choices.count())] == [
        text for text in texts if "zwaantje" in text.casefold() and "25" in text]
    party_dialog.reject()

    # the procesregisseur of a contact with Veilig Thuis, from the same lists
    safe = show_tab(qtbot, rig, view, SafeAtHomeTab)
    safe.new_contact()
    vt_dialog = open_dialog(VtContactDialog)
    assert vt_dialog is not None and vt_dialog.case_manager.choice_model.choices is names.lists.case_managers
    assert vt_dialog.case_manager.count() == CHUNK + 1  # "(not known yet)" and the first chunk
    assert vt_dialog.case_manager.findData(added[-1]) > CHUNK
    vt_dialog.reject()

    # F5 reads the kaart again: new names, their lists made again
    page.refresh()
    qtbot.waitUntil(lambda: view.names is not names and view.names is not None
                    and view.names.lists is not None and not rig.worker.busy)
    assert _map_reads(rig) == before + 2


def test_a_combo_whose_page_let_go_of_its_lines_shows_none(qtbot):
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from wijkzorg_desktop.ui.main_window import forget_loaded

    page = QWidget()
    qtbot.addWidget(page)
    combo = ChoiceCombo(page)
    QVBoxLayout(page).addWidget(combo)
    combo.set_choices(Choices.of(LINES))
    page.show()
    list(forget_loaded(page))  # as at a lock, before the page is deleted
    assert combo.choice_model.choices is None
    combo.repaint()
    assert combo.count() == 0 and combo.findText("Zwart 149") == -1 and combo.currentText() == ""
