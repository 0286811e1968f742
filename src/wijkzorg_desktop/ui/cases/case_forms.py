"""What the case forms share: the dialog that waits for the worker (a ``WorkDialog`` with Save and
Cancel, an intro line and "Saving…"). Dates are in ``ui/dates.py``."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ..page_parts import explanation
from ..work_dialog import WorkDialog


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
