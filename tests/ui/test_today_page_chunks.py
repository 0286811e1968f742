"""Vandaag with more items than go into its tree in one turn of the event loop: every item is in its
section once ``loaded`` says so, the navigation and the status bar count them all, and the selected item
stays selected after a reload, also when a load arrives while the one before is still being put in."""

from __future__ import annotations

from followups_helpers import day, open_window, prepare, sections, select_key, today_page

from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind
from wijkzorg_desktop.services import followups
from wijkzorg_desktop.ui.followups.today_page import CHUNK, TodayPage

MANY = 2 * CHUNK + 10


def many_late(store, passphrase) -> list[str]:
    def make(session):
        return [followups.save(session, FollowUp(f"Moeder {n} terugbellen", FollowUpKind.CALL_BACK, "poh",
                                                 day(-1 - n % 40))).id for n in range(MANY)]

    return [f"followup:{made}" for made in prepare(store, "poh", passphrase, make)]


def shown_rows(page: TodayPage) -> int:
    return sum(len(keys) for keys in sections(page).values())


def test_a_long_vandaag_is_shown_whole_once_loaded_and_keeps_its_selection(qtbot, make_window, demo_store,
                                                                           passphrase, dutch):
    made = many_late(demo_store, passphrase)
    window = open_window(qtbot, make_window, demo_store, "poh", passphrase)
    page = today_page(window)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    today = page.data.today
    late = len(today.overdue)
    overdue = sections(page)[f"Te laat ({late})"]
    assert overdue == [item.key for item in today.overdue] and set(made) <= set(overdue)
    every = len(today.overdue + today.today + today.this_week + today.waiting + today.kindchecks)
    assert shown_rows(page) == every > 2 * CHUNK
    assert window.workspace.nav.item(0).text() == f"Vandaag ({late + len(today.today)})"
    assert window.status.late.text() == f"{late} opvolgingen te laat"

    last = overdue[-1]  # in the last chunk
    select_key(qtbot, page, last)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page._loaded(page.data)  # as a load from the worker arrives
        first_turn = shown_rows(page)
    assert first_turn == CHUNK  # the rest came in later turns
    assert shown_rows(page) == every and page.current_item().key == last

    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page._loaded(page.data)
        page._loaded(page.data)  # the next load while the first is still being put in
    assert sections(page)[f"Te laat ({late})"] == overdue
    assert page.current_item().key == last
    assert page.detail.text().startswith(f"<b>{page.items[last].followup.what}</b>")
