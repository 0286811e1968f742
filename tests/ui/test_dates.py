"""Date fields take the day as it is typed, and an optional date offers no day of its own (the next
kindcheck is not "today" unless someone says so)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

from wijkzorg_desktop.ui.dates import OptionalDate, date_edit, typed_date

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(("typed", "day"), [
    ("03122026", date(2026, 12, 3)), ("3-12-2026", date(2026, 12, 3)), ("03-12-2026", date(2026, 12, 3)),
    ("3/12/26", date(2026, 12, 3)), ("031226", date(2026, 12, 3)), ("3.12.2026", date(2026, 12, 3)),
    (" 3 12 2026 ", date(2026, 12, 3)), ("29-2-2028", date(2028, 2, 29)), ("1-2", date(2026, 2, 1)),
    ("0102", date(2026, 2, 1)),
    ("", None), ("3", None), ("3122026", None), ("31-2-2026", None), ("3-13-2026", None), ("3-12-202", None),
    ("1-2-3-4", None), ("a-b-c", None), ("３１２２０２６", None),
])
def test_a_typed_day_is_read_as_the_practice_writes_it(typed, day):
    assert typed_date(typed, TODAY) == day


@given(st.text(max_size=20))
def test_any_typed_text_is_a_day_or_none(text):
    assert typed_date(text, TODAY) is None or isinstance(typed_date(text, TODAY), date)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_every_day_comes_back_from_how_it_is_typed(day):
    for typed in (f"{day:%d%m%Y}", f"{day.day}-{day.month}-{day.year}", f"{day:%d/%m/%y}", f"{day:%d%m%y}",
                  f"{day.day}.{day.month}.{day.year}"):
        assert typed_date(typed, TODAY) == day, typed


class Form(QDialog):
    """A field between two others, and a default button, as in every form of the program."""

    def __init__(self) -> None:
        super().__init__()
        self.before = QLineEdit()
        self.date = date_edit("typedDate", date(2026, 11, 23))
        self.after = QLineEdit()
        self.ok = QPushButton("OK")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.before, self.date, self.after, self.ok):
            layout.addWidget(widget)
        self.saved: QDate | None = None
        self.accepted.connect(lambda: setattr(self, "saved", self.date.date()))


@pytest.fixture
def form(qtbot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    form.before.setFocus()
    qtbot.waitUntil(form.before.hasFocus)
    return form


def tab_into(qtbot, form: Form) -> None:
    form.before.setFocus()
    qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    assert form.date.hasFocus()


@pytest.mark.parametrize("typed", ["03122026", "3-12-2026", "3/12/26"])
def test_digits_typed_in_a_date_field_become_that_day(qtbot, form, typed):
    tab_into(qtbot, form)
    qtbot.keyClicks(form.date, typed)
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.after.hasFocus()
    assert form.date.date() == QDate(2026, 12, 3) and form.date.text() == "03-12-2026"


def test_enter_saves_the_day_just_typed(qtbot, form):
    tab_into(qtbot, form)
    qtbot.keyClicks(form.date, "7-1-2027")
    qtbot.keyClick(form.date, Qt.Key.Key_Return)
    assert form.saved == QDate(2027, 1, 7)


def test_what_is_no_day_leaves_the_date_and_says_so(qtbot, form, dutch):
    tab_into(qtbot, form)
    qtbot.keyClicks(form.date, "31-2-2026")
    qtbot.keyClick(form.date, Qt.Key.Key_Tab)
    assert form.date.date() == QDate(2026, 11, 23) and form.date.text() == "23-11-2026"
    assert form.date.toolTip().startswith("\"31-2-2026\" is hier geen datum; de datum blijft 23-11-2026.")
    # the arrows still step the part under the cursor
    tab_into(qtbot, form)
    qtbot.keyClick(form.date, Qt.Key.Key_Up)
    assert form.date.date() == QDate(2026, 11, 24)


def test_an_empty_optional_date_stays_empty_until_a_day_is_chosen(qtbot):
    field = OptionalDate("&Next check on", "nextCheck", empty_until_chosen=True)
    qtbot.addWidget(field)
    field.show()
    field.set_value(None)
    assert field.edit.text().strip() == "" and field.value() is None
    field.check.setChecked(True)
    assert field.value() is None and field.edit.text().strip() == ""  # ticked, but no day was chosen
    qtbot.waitUntil(field.edit.hasFocus)
    qtbot.keyClicks(field.edit, "01032027")
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.value() == date(2027, 3, 1)
    field.set_value(date(2027, 2, 23))
    assert field.value() == date(2027, 2, 23) and field.edit.text() == "23-02-2027"
