"""Dates in the forms and tables, as the practice writes them (``12-03-2026``), and a date that may be
unknown (a check box in front of a date field)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

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


def date_edit(object_name: str, day: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day) if day else QDate.currentDate(), parent)
    edit.setObjectName(object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    return edit


class OptionalDate(QWidget):
    """A date that may be unknown: a check box in front of a date field."""

    def __init__(self, text: str, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, objectName=f"{object_name}Set")
        self.edit = date_edit(object_name)
        self.edit.setAccessibleName(text.replace("&", ""))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None, default: date | None = None) -> None:
        self.check.setChecked(day is not None)
        shown = day or default
        self.edit.setDate(to_qdate(shown) if shown else QDate.currentDate())
