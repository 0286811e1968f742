"""What the person and organisation forms share: fields marked wrong with the reason beside them, an
optional date, and the dialog that waits for the page to save.

A refused form stays open with everything typed in it: each wrong field gets a red border and the
reason under it (from ``FormInvalid.errors``), so it can be fixed and saved again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import FormInvalid
from ..messages import render
from ..page_parts import ERROR_STYLE
from ..work_dialog import WorkDialog

INVALID_STYLE = "*[invalid=\"true\"] { border: 2px solid #b00020; border-radius: 3px; }"


class ErrorLabel(QLabel):
    """The reason a field was refused, under it; hidden while there is none."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def with_error(field: QWidget | QHBoxLayout, error: ErrorLabel) -> QWidget:
    """``field`` with its error line below it, as one cell of a form."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(field, QWidget):
        layout.addWidget(field)
    else:
        layout.addLayout(field)
    layout.addWidget(error)
    return box


class FieldMarks:
    """Form fields by the keys ``FormInvalid.errors`` uses, each with its error line."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def add(self, key: str, widget: QWidget, error: ErrorLabel) -> None:
        self._fields[key] = (widget, error)

    def unmark_on(self, key: str, signal: SignalInstance, valid: Callable[[], bool] | None = None) -> None:
        """A change to a marked field (``signal``) takes its mark away, given ``valid``, once that holds;
        saving checks it again."""
        signal.connect(lambda *_args: self.mark(key, "")
                       if self.marked(key) and (valid is None or valid()) else None)

    def remove(self, key: str) -> None:
        self._fields.pop(key, None)

    def mark(self, key: str, text: str) -> bool:
        if key not in self._fields:
            return False
        widget, error = self._fields[key]
        widget.setProperty("invalid", bool(text))
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setAccessibleDescription(text)
        error.say(text)
        return True

    def marked(self, key: str) -> bool:
        return key in self._fields and bool(self._fields[key][0].property("invalid"))

    def first_marked(self) -> QWidget | None:
        for widget, _error in self._fields.values():
            if widget.property("invalid"):
                return widget
        return None

    def clear(self) -> None:
        for key in list(self._fields):
            self.mark(key, "")

    def show(self, error: FormInvalid) -> list[str]:
        """Mark every field named in ``error``; returns the reasons no field here could show."""
        self.clear()
        left = []
        for key, message in error.errors.items():
            text = render(message)
            if not self.mark(key, text):
                left.append(text)
        return left


class ContactDialog(WorkDialog):
    """Opened with ``open()``; says ``submitted`` and waits, disabled, until the page calls ``finish()``,
    ``show_invalid()``, ``show_error()`` or ``failed()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("contactDialogNotice", parent)
        self.editing_id: int | None = None
        self.marks = FieldMarks()
        self.ok_button: QPushButton = self.save_cancel(self.tr("&Save"), self.tr("Cancel"))
        self.setStyleSheet(INVALID_STYLE)

    def lay_out(self, left: QLayout, right: QLayout, stretch: tuple[int, int]) -> None:
        """The form in two columns, the notice and the buttons under them."""
        columns = QHBoxLayout()
        columns.addLayout(left, stretch[0])
        columns.addSpacing(12)
        columns.addLayout(right, stretch[1])
        body = QVBoxLayout(self)
        body.addLayout(columns)
        body.addWidget(self.notice)
        body.addWidget(self.buttons)

    def check(self) -> bool:
        """Problems the form itself can see before saving (marks them); True when there are none."""
        return True

    def ready(self) -> bool:
        if self.check():
            return True
        self._focus_marked()
        return False

    def failed(self, error: BaseException) -> None:
        if isinstance(error, FormInvalid):
            self.show_invalid(error)
        else:
            super().failed(error)

    def show_invalid(self, error: FormInvalid) -> None:
        """Each wrong field marked with its reason; the rest of the form as it was typed."""
        self.set_busy(False)
        left = self.marks.show(error)
        self.notice.error("\n".join([render(error.as_message()), *left]))
        self._focus_marked()

    def _focus_marked(self) -> None:
        widget = self.marks.first_marked()
        if widget is not None:
            widget.setFocus()
