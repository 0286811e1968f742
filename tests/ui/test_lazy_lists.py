"""Lists of thousands of rows fill lazily: the view is given a chunk and asks for more as it scrolls, a
cell's text is worked out when it is shown, and selecting and sorting still reach every row. The cases
page shows its first screen, then the whole list, and after an edit reads only that case's row again."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest
from cases_helpers import fix_clock, open_case, open_page, settled
from hypothesis import given, settings
from hypothesis import strategies as st
from pages_helpers import close_rig, open_rig
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from wijkzorg_desktop.domain.availability import Availability, AvailabilityKind
from wijkzorg_desktop.domain.cases import Case, CaseStatus
from wijkzorg_desktop.domain.contact_index import ContactFilter, ContactRow, RowKind, select
from wijkzorg_desktop.domain.contacts import OrganisationKind
from wijkzorg_desktop.services import cases
from wijkzorg_desktop.services.cases import CaseSummary
from wijkzorg_desktop.ui.cases import cases_page
from wijkzorg_desktop.ui.cases.case_list import CaseFilter, CaseSearch, haystack, select_cases
from wijkzorg_desktop.ui.contacts.contact_table import RowFilter
from wijkzorg_desktop.ui.table_model import CHUNK, FIT_ROWS, SortedTable, TableModel

ROWS = 30_000


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    born: date
    phone: str


class PeopleModel(TableModel):
    """A model as the pages have them; it counts how often a cell's text is worked out."""

    COL_NAME, COL_BORN, COL_PHONE = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.displayed = 0
        self.backwards = False  # names shown back to front: another text, another order

    def headers(self) -> tuple[str, ...]:
        return ("Name", "Born", "Phone")

    def display(self, row: Person, column: int) -> str:
        self.displayed += 1
        if column == self.COL_NAME:
            return row.name[::-1] if self.backwards else row.name
        if column == self.COL_BORN:
            return row.born.strftime("%d-%m-%Y")
        return f"{row.phone[:3]} {row.phone[3:]}"

    def sort_value(self, row: Person, column: int) -> object:
        return row.born if column == self.COL_BORN else super().sort_value(row, column)


def people(count: int = ROWS) -> list[Person]:
    start = date(1940, 1, 1)
    return [Person(i, f"Persoon {(i * 7919) % count:05d}", start + timedelta(days=(i * 104_729) % 30_000),
                   f"06{i:08d}") for i in range(count)]


@pytest.fixture
def table(qtbot) -> SortedTable:
    model = PeopleModel()
    view = SortedTable(model)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    model.set_rows(people())
    view.fit_columns()
    QApplication.processEvents()
    return view


def test_the_view_is_given_one_chunk_until_it_scrolls(table):
    model: PeopleModel = table.source
    assert model.rowCount() == CHUNK and table.proxy.rowCount() == CHUNK
    assert model.row_count() == ROWS and len(model.rows()) == ROWS
    # no formatting pass over the rows: only what fit_columns measured and the screen shows
    assert model.displayed <= (FIT_ROWS + 40) * model.columnCount()

    table.scrollToBottom()
    QApplication.processEvents()
    assert model.rowCount() == 2 * CHUNK  # the view asked for the next chunk at the end
    while table.proxy.canFetchMore(QModelIndex()):
        table.proxy.fetchMore(QModelIndex())
    assert model.rowCount() == ROWS
    assert table.proxy.index(ROWS - 1, 0).data() == model.rows()[-1].name


def test_fitting_the_columns_measures_only_the_first_rows(table):
    model: PeopleModel = table.source
    model.set_rows(people())
    model.displayed = 0
    table.fit_columns()
    assert 0 < model.displayed <= (FIT_ROWS + 1) * model.columnCount()


def test_a_row_not_yet_fetched_is_selected_and_read_back(table):
    model: PeopleModel = table.source
    assert table.select_where(lambda person: person.id == ROWS - 1)
    assert table.current_row().id == ROWS - 1
    assert CHUNK < model.rowCount() <= ROWS
    assert not table.select_where(lambda person: person.id == -1)


def test_sorting_reaches_every_row_and_keeps_the_selection(table):
    model: PeopleModel = table.source
    everyone = people()
    table.select_where(lambda person: person.id == 5)
    table.sortByColumn(PeopleModel.COL_BORN, Qt.SortOrder.DescendingOrder)
    youngest = max(everyone, key=lambda person: person.born)
    assert model.row_at(0).born == youngest.born
    assert table.proxy.index(0, PeopleModel.COL_BORN).data() == youngest.born.strftime("%d-%m-%Y")
    shown = [model.row_at(i).born for i in range(model.row_count())]
    assert shown == sorted((p.born for p in everyone), reverse=True)
    assert table.current_row().id == 5  # wherever it was sorted to, fetched for it

    table.sortByColumn(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(i).name for i in range(model.row_count())] == sorted(p.name for p in everyone)
    assert table.current_row().id == 5
    assert model.rows() == everyone  # as handed over


def test_a_change_in_the_sorted_column_sorts_again_as_qts_proxy_did(table, qtbot):
    model: PeopleModel = table.source
    table.sortByColumn(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    table.select_where(lambda person: person.id == 7)
    model.backwards = True
    model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, model.columnCount() - 1))
    wanted = sorted(p.name[::-1] for p in people())
    qtbot.waitUntil(lambda: [model.row_at(i).name[::-1] for i in range(model.row_count())] == wanted)
    assert table.current_row().id == 7
    assert table.proxy.index(0, PeopleModel.COL_NAME).data() == model.row_at(0).name[::-1]


def test_an_order_worked_out_beforehand_is_taken_when_it_is_still_the_order(table):
    model: PeopleModel = table.source
    everyone = people(2_000)
    table.sortByColumn(PeopleModel.COL_BORN, Qt.SortOrder.AscendingOrder)
    prepared = model.prepare(everyone)  # as a page does on the worker
    model.set_rows(prepared)
    assert [model.row_at(i) for i in range(model.row_count())] == sorted(everyone, key=lambda p: p.born)

    table.sortByColumn(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)  # the user sorted meanwhile
    model.set_rows(prepared)
    assert [model.row_at(i).name for i in range(model.row_count())] == sorted(p.name for p in everyone)


# -- the cases page ------------------------------------------------------------------------------------


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    fix_clock(rig)
    yield rig
    close_rig(rig)


def list_reads(rig) -> list[str]:
    """The details of the audited reads of the cases list, oldest first."""
    from wijkzorg_desktop.store import audit_log

    records = rig.run(lambda session: audit_log.all_records(session.conn))
    return [r.detail for r in records if r.object_type == "case_list"]


def test_the_cases_page_shows_the_first_screen_then_every_case(qtbot, rig, monkeypatch):
    monkeypatch.setattr(cases_page, "FIRST_SCREEN", 3)
    total = len(rig.run(cases.list_cases))
    assert total > 3
    before = len(list_reads(rig))
    page = cases_page.CasesPage(rig.client)
    qtbot.addWidget(page)
    page.filters.status.setCurrentIndex(page.filters.status.findData(""))  # all cases, open or closed
    filled: list[int] = []
    page.model.modelReset.connect(lambda: filled.append(page.model.row_count()))
    page.resize(1366, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.complete and not rig.worker.busy)
    assert filled[0] == 0 or filled[0] == 3
    assert [n for n in filled if n] == [3, total]
    assert list_reads(rig)[before:] == ["3 cases", f"{total} cases"]


def edited(page: cases_page.CasesPage):
    return next(row for row in page.rows if row.case.id == page.view.case_id)


def test_an_edit_in_a_case_reads_only_its_row_again(qtbot, rig):
    page = open_page(qtbot, rig)
    rows_before = {row.case.id: row for row in page.rows}
    case_id = page.rows[-1].case.id
    view = open_case(qtbot, rig, page, case_id)
    view.header.summary.setText("zorgen om de jongste, na de verhuizing")
    view.save_header()
    settled(qtbot, rig, lambda: view.header.summary.text() == "zorgen om de jongste, na de verhuizing"
            and not view.header.dirty())

    reads = len(list_reads(rig))
    statements: list[str] = []
    rig.run(lambda session: session.conn.set_trace_callback(statements.append))
    try:
        page.back_to_list()
        settled(qtbot, rig, lambda: edited(page).case.summary == "zorgen om de jongste, na de verhuizing")
    finally:
        rig.run(lambda session: session.conn.set_trace_callback(None))

    assert list_reads(rig)[reads:] == ["1 cases"]  # one read, of that case's row only
    assert [row.case.id for row in page.rows] == [row.case.id for row in rig.run(cases.list_cases)]
    assert {row.case.id: row for row in page.rows if row.case.id != case_id} == {
        k: v for k, v in rows_before.items() if k != case_id}
    assert page.table.current_row().case.id == case_id
    row = page.table.selectionModel().selectedRows()[0].row()
    shown = page.table.proxy.index(row, page.model.COL_SUMMARY).data()
    assert shown == "zorgen om de jongste, na de verhuizing"
    reads_of_cases = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))
                      and "audit_log" not in s]
    assert len(reads_of_cases) == 1, reads_of_cases  # one set-based read, restricted to the case
    assert "c.id IN" in reads_of_cases[0] and str(case_id) in reads_of_cases[0]


# -- the contact map's search as you type --------------------------------------------------------------

_WORDS = ["Jansen", "de Vries", "Zoë", "Bakker", "wijkteam", "CJG", "jeugdarts", "Utrecht", "Zeist", "06 12"]


def contact_rows() -> list[ContactRow]:
    rows = []
    for i in range(400):
        words = [_WORDS[(i * k) % len(_WORDS)] for k in (1, 3, 7)]
        rows.append(ContactRow.make(
            kind=RowKind.ORGANISATION if i % 9 == 0 else RowKind.PERSON, id=i, name=f"{words[0]} {i}",
            organisation=words[1], organisation_id=i % 20, organisation_kind=list(OrganisationKind)[i % 4],
            function=["jeugdarts", "IB'er", ""][i % 3], municipalities=(("Utrecht",), ("Zeist", "Bunnik"), ())[i % 3],
            channel=f"06 {i:08d}", availability=Availability(AvailabilityKind.ALWAYS if i % 2 else
                                                             AvailabilityKind.UNKNOWN),
            needs_check=i % 5 == 0, departed=i % 13 == 0, notes=words[2]))
    return rows


_QUERIES = ["", "j", "ja", "jan", "jans", "zoe", "zoë b", "06", "06 1", "jeugd a", "utr", "x", "de v", "de"]
_CHANGES = {"kind": [None, *OrganisationKind], "municipality": ["", "Zeist", "Utrecht"],
            "function": ["", "jeugdarts"], "reachable_now": [False, True], "to_check": [False, True],
            "show_departed": [False, True], "show_organisations": [True, False]}


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_QUERIES).map(lambda query: ("query", query)),
                          st.sampled_from([(name, value) for name, values in _CHANGES.items() for value in values])),
                min_size=1, max_size=16))
def test_the_contact_search_finds_what_select_finds_whatever_was_typed_before(steps):
    """Typing (mostly) and changing a filter between, in any order: the same rows as ``select``."""
    rows = contact_rows()
    search = RowFilter(rows)
    now = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    flt = ContactFilter()
    for name, value in steps:
        flt = replace(flt, **{name: value})
        assert search.select(flt, now) == select(rows, flt, now), flt


def case_rows() -> list[CaseSummary]:
    concerns = ["zorgen om zoon", "moeder drinkt", "Zoë verzuimt", "vader agressief", ""]
    return [CaseSummary(Case(f"Gezin {'ABZ'[i % 3]}-2026-{i:03d}", CaseStatus.OPEN if i % 4 else CaseStatus.CLOSED,
                             ("poh", "huisarts")[i % 2], concerns[i % 5], id=i), i % 3, i % 6, i % 7 == 0, 2)
            for i in range(300)]


_CASE_CHANGES = {"status": ["", str(CaseStatus.OPEN), str(CaseStatus.CLOSED)], "mine": [False, True],
                 "overdue": [False, True]}


@settings(max_examples=80, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["", "z", "zo", "zoe", "zoë v", "gezin a", "gezin a-2026-01", "x",
                                           "moeder", "m"]).map(lambda query: ("query", query)),
                          st.sampled_from([(k, v) for k, values in _CASE_CHANGES.items() for v in values])),
                min_size=1, max_size=16))
def test_the_case_search_finds_what_select_cases_finds_whatever_was_typed_before(steps):
    rows = case_rows()
    search = CaseSearch(rows, {row.case.id: haystack(row) for row in rows[::2]}, "poh")  # half folded beforehand
    flt = CaseFilter()
    for name, value in steps:
        flt = replace(flt, **{name: value})
        assert search.select(flt) == select_cases(rows, flt, "poh"), flt


def test_no_full_garbage_collection_starts_by_itself_while_unlocked(qtbot, make_window, vault, passphrase):
    """At 10x a full collection held the interpreter lock for 0.3 s; it runs at the lock instead."""
    import gc

    from shell_helpers import unlock, wait_workspace

    from wijkzorg_desktop.ui.main_window import NO_FULL_COLLECTION

    store, _ = vault
    before = gc.get_threshold()
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    assert gc.get_threshold() == (*before[:2], NO_FULL_COLLECTION)
    window.lock()
    qtbot.waitUntil(lambda: not window._dying and gc.get_threshold() == before)
