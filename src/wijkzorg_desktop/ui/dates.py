"""Dates in the forms and tables, as the practice writes them (``12-03-2026``), and a date that may be
unknown (a check box in front of a date field)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QToolTip, QWidget

DATE_FORMAT = "dd-MM-yyyy"


def show_date(day: date | None) -> str:
    """A day as the practice writes it; empty for none."""
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), DATE_FORMAT)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def iso_day(day: date | None) -> str:
    """A day for a draft (kept across a lock); empty for none."""
    return day.isoformat() if day else ""


def day_from(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


_SEPARATORS = re.compile(r"[-/. ]+")


def typed_date(text: str, today: date) -> date | None:
    """A day as people type it: ``03122026``, ``031226``, ``3-12-2026``, ``3/12/26``, ``3.12`` (this
    year); None when it is not (yet) a day."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        if len(text) in (6, 8):
            parts = [text[:2], text[2:4], text[4:]]
        elif len(text) == 4:
            parts = [text[:2], text[2:]]
        else:
            return None
    else:
        parts = [p for p in _SEPARATORS.split(text) if p]
    if not 2 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return None
    day, month = int(parts[0]), int(parts[1])
    year = today.year
    if len(parts) == 3:
        if len(parts[2]) not in (2, 4):
            return None
        year = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateEdit(QDateEdit):
    """A date field that takes the day as typed (``03122026``, ``3-12-2026``): the first digit after the
    field got focus (or with all selected) starts the day afresh, instead of editing one part of the
    date shown. Arrows and the calendar work as before."""

    _KEYS = frozenset("0123456789-/. ")

    def __init__(self, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(day, parent)
        self._fresh = False
        self._typing = False
        self._typed = ""
        self._before = day

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._fresh, self._typing = True, False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        line = self.lineEdit()
        if text and text in self._KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if not self._typing and (self._fresh or line.selectedText() == line.text()):
                self._before = self.date()
                self._typing = True
                self._typed = ""
            if self._typing:
                self._show_typed(self._typed + text)
                self._fresh = False
                return
        if self._typing and event.key() == Qt.Key.Key_Backspace:
            self._show_typed(self._typed[:-1])
            return
        self._fresh = False
        if self._typing and event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab,
                                                Qt.Key.Key_Backtab):
            self._take_typed()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._take_typed()
        super().focusOutEvent(event)

    def _show_typed(self, typed: str) -> None:
        """The typed text as it is, out of reach of the part-by-part editing of the field."""
        self._typed = typed
        line = self.lineEdit()
        line.blockSignals(True)
        line.setText(typed)
        line.setCursorPosition(len(typed))
        line.blockSignals(False)

    def _take_typed(self) -> None:
        """The typed day becomes the date; what is no day puts back the date that was there."""
        if not self._typing:
            return
        self._typing = False
        typed = self._typed
        day = typed_date(typed, from_qdate(QDate.currentDate()))
        if day is not None and self.minimumDate() <= to_qdate(day) <= self.maximumDate():
            self.setDate(to_qdate(day))
            self.setToolTip("")
        else:
            self.setDate(self._before)
            if typed.strip():
                # said where the eye is: the field shows its earlier date again
                self.setToolTip(QCoreApplication.translate(
                    "DateEdit", "\"{typed}\" is not a date here; the date stays {date}. Type it as 03-12-2026 or "
                    "03122026.").format(typed=typed.strip(), date=show_date(from_qdate(self._before))))
                QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.toolTip(), self)
        self.lineEdit().setText(self.textFromDateTime(self.dateTime()))


    def event(self, event: QEvent) -> bool:
        """Enter and Tab take the typed day before the dialog or the next field sees the key."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._take_typed()
        return super().event(event)


def date_edit(object_name: str, day: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = DateEdit(to_qdate(day) if day else QDate.currentDate(), parent)
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


NO_DATE = QDate(1900, 1, 1)  # what an empty date field holds; shown blank


class OptionalDate(QWidget):
    """A date that may be unknown: a check box in front of a date field. With ``empty_until_chosen`` the
    field stays blank (no day offered) until the user types or picks one; left blank, there is none."""

    def __init__(self, text: str, object_name: str, parent: QWidget | None = None, *,
                 empty_until_chosen: bool = False) -> None:
        super().__init__(parent)
        self.empty_until_chosen = empty_until_chosen
        self.check = QCheckBox(text, objectName=f"{object_name}Set")
        self.edit = date_edit(object_name)
        self.edit.setAccessibleName(text.replace("&", ""))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        if empty_until_chosen:
            self.edit.setMinimumDate(NO_DATE)
            self.edit.setSpecialValueText(" ")
            self.edit.calendarWidget().installEventFilter(self)
            self.check.toggled.connect(lambda on: self.edit.setFocus() if on else None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        if not self.check.isChecked() or self.is_empty():
            return None
        return from_qdate(self.edit.date())

    def is_empty(self) -> bool:
        return self.empty_until_chosen and self.edit.date() == NO_DATE

    def set_value(self, day: date | None, default: date | None = None) -> None:
        self.check.setChecked(day is not None)
        shown = day or default
        self.edit.setDate(to_qdate(shown) if shown else NO_DATE if self.empty_until_chosen else QDate.currentDate())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The calendar of an empty field opens on this month, not on the blank's year 1900."""
        if event.type() == QEvent.Type.Show and self.is_empty():
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
