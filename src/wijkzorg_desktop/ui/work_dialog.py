"""A dialog whose work is done by the page or tab that opened it, on the worker.

It is opened with ``open()`` (never ``exec()``), so a lock can close it. It only says ``submitted``
and waits, disabled, until its owner calls ``finish()``, ``show_error()`` or ``failed()``. While it
waits it cannot be cancelled: the change is already on its way. A refused form stays open with
everything typed in it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from ..domain.errors import VaultLocked
from .messages import error_text
from .page_parts import Notice


class WorkDialog(QDialog):
    submitted = Signal()

    def __init__(self, notice_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self.notice = Notice(notice_name)
        self.buttons = QDialogButtonBox()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def save_cancel(self, save: str, cancel: str) -> QPushButton:
        """Save and Cancel under the form, with these (translated) texts; returns Save."""
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        button.setObjectName("dialogSave")
        button.setText(save)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
        return button

    def ready(self) -> bool:
        """Whether the form may be submitted now; a subclass may show why not."""
        return True

    def enable_fields(self, enabled: bool) -> None:
        for child in self.findChildren(QWidget):
            if child is not self.notice and child.parent() is self:
                child.setEnabled(enabled)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.enable_fields(not busy)
        if busy:
            self.notice.busy(text)
        else:
            self.notice.clear()

    def accept(self) -> None:
        if not self.busy and self.ready():
            self.submitted.emit()

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def finish(self) -> None:
        """The work is done: the dialog closes as accepted."""
        self.set_busy(False)
        super().accept()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.notice.error(text)

    def failed(self, error: BaseException) -> None:
        """The work was refused: why, in the dialog. After a lock the dialog is closed already; it only
        stops waiting."""
        if isinstance(error, VaultLocked):
            self.set_busy(False)
        else:
            self.show_error(error_text(error))
