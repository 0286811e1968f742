"""What the case forms share: the dialog that waits for the worker (a ``WorkDialog`` with Save and
Cancel, an intro line and "Saving…"), an optional date, dates as shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..page_parts import explanation
from ..work_dialog import WorkDialog

DATE_FORMAT = "dd-MM-yyyy"


def show_date(day: date | None) -> str:
    """A day as the practice writes it (``12-03-2026``); empty for none."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def iso_day(day: date | None) -> str:
    return day.isoformat() if day else ""


def day_from(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def date_edit(object_name: str, day: date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(day) if day else QDate.currentDate(), objectName=object_name)
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


class CaseDialog(WorkDialog):
    """A form of an open case; the tab saves it on the worker."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(f"{object_name}Notice", parent)
        self.setObjectName(object_name)
        self.editing_id: int | None = None
        self.intro = explanation("")
        self.intro.hide()
        self.ok_button: QPushButton = self.save_cancel(self.tr("&Save"), self.tr("Cancel"))
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)

    def finish_layout(self) -> None:
        self.body.addWidget(self.notice)
        self.body.addWidget(self.buttons)

    def say(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def set_busy(self, busy: bool, text: str = "") -> None:
        super().set_busy(busy, text or self.tr("Saving…"))
        if not busy:
            self.fields_changed()

    def fields_changed(self) -> None:
        """Enable the fields that depend on others (after ``set_busy`` enabled them all)."""

    def problem(self) -> str:
        """What the form itself can see is wrong before saving, or ""."""
        return ""

    def ready(self) -> bool:
        problem = self.problem()
        if problem:
            self.notice.error(problem)
        return not problem
