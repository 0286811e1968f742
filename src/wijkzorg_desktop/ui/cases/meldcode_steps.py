"""The five steps of the meldcode, each with the day it was done, who recorded it and notes.

Ticking a step and saving records it; the one who saves becomes "who". A recorded step stays recorded:
its day and notes can be corrected, not taken back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import VaultLocked
from ...domain.meldcode import STEPS, StepRecord
from ...services import meldcode
from ...services.case_refresh import Edited
from ...services.cases import CaseFile
from ...services.session import Session
from ..client import VaultClient
from ..dates import date_edit, from_qdate, to_qdate
from ..messages import error_text
from ..page_parts import Notice
from .case_tab import call_edit
from .track_parts import Lookup, word


class StepRow:
    """One step's widgets, parented to the box."""

    def __init__(self, number: int, parent: QWidget) -> None:
        translate = QCoreApplication.translate
        self.number = number
        self.label = QLabel(word("meldcode", STEPS[number - 1]), parent, objectName=f"step{number}Label")
        self.label.setWordWrap(True)
        self.done = QCheckBox(translate("StepsBox", "Done on"), parent, objectName=f"step{number}Done")
        self.done.setAccessibleName(translate("StepsBox", "Step {number} done").format(number=number))
        self.on: QDateEdit = date_edit(f"step{number}Date", parent=parent)
        self.on.setAccessibleName(translate("StepsBox", "Step {number}: date").format(number=number))
        self.by = QLabel(parent, objectName=f"step{number}By")
        self.notes = QLineEdit(parent, objectName=f"step{number}Notes")
        self.notes.setAccessibleName(translate("StepsBox", "Step {number}: notes").format(number=number))
        self.notes.setPlaceholderText(translate("StepsBox", "Notes"))
        self.stored: StepRecord | None = None

    def show(self, record: StepRecord | None, today: date, lookup: Lookup | None) -> None:
        self.stored = record
        self.done.setChecked(record is not None)
        self.on.setDate(to_qdate(record.on if record else today))
        self.notes.setText(record.notes if record else "")
        self.show_by(lookup)

    def show_by(self, lookup: Lookup | None) -> None:
        login = self.stored.by_login if self.stored else ""
        self.by.setText(lookup.user(login) if lookup and login else login)

    def set_editable(self, editable: bool) -> None:
        self.done.setEnabled(editable and self.stored is None)
        self.on.setEnabled(editable and self.done.isChecked())
        self.notes.setEnabled(editable and self.done.isChecked())

    def changed(self, case_id: int) -> StepRecord | None:
        """The step as the form shows it, when it differs from what is stored."""
        if not self.done.isChecked():
            return None
        record = StepRecord(case_id, self.number, from_qdate(self.on.date()), "", self.notes.text().strip())
        stored = self.stored
        if stored is not None and (stored.on, stored.notes) == (record.on, record.notes):
            return None
        return record


class StepsBox(QGroupBox):
    saved = Signal(str, object)  # what was done, to show on the tab; the Edited

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The five steps"))
        self.client = client
        self.file: CaseFile | None = None
        self.lookup: Lookup | None = None
        self.editable = False
        self.rows = [StepRow(number, self) for number in range(1, len(STEPS) + 1)]
        self.save_button = QPushButton(self.tr("Save s&teps"), objectName="saveSteps")
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(self.tr("Save the ticked steps"))
        self.notice = Notice("stepsNotice")
        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(4, 4)
        for column, text in enumerate((self.tr("Step"), "", self.tr("Date"), self.tr("Recorded by"),
                                       self.tr("Notes"))):
            grid.addWidget(QLabel(f"<b>{text}</b>" if text else ""), 0, column)
        for index, row in enumerate(self.rows, 1):
            grid.addWidget(row.label, index, 0)
            grid.addWidget(row.done, index, 1)
            grid.addWidget(row.on, index, 2)
            grid.addWidget(row.by, index, 3)
            grid.addWidget(row.notes, index, 4)
            row.done.toggled.connect(self._update)
            row.on.dateChanged.connect(self._update)
            row.notes.textChanged.connect(self._update)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        previous: QWidget | None = None
        for row in self.rows:
            for widget in (row.done, row.on, row.notes):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        if previous is not None:
            QWidget.setTabOrder(previous, self.save_button)
        self.save_button.clicked.connect(self.save)
        self._update()

    def show_file(self, file: CaseFile, editable: bool) -> None:
        self.file, self.editable = file, editable
        stored = {record.step: record for record in file.steps}
        for row in self.rows:
            row.show(stored.get(row.number), file.today, self.lookup)
        self._update()

    def set_lookup(self, lookup: Lookup) -> None:
        self.lookup = lookup
        for row in self.rows:
            row.show_by(lookup)

    def pending(self) -> list[StepRecord]:
        if self.file is None:
            return []
        case_id = int(self.file.case.id or 0)
        return [record for row in self.rows if (record := row.changed(case_id)) is not None]

    def _update(self) -> None:
        for row in self.rows:
            row.set_editable(self.editable)
        self.save_button.setEnabled(self.editable and bool(self.pending()))

    def save(self) -> None:
        records = self.pending()
        if not records or not self.editable:
            return
        self.save_button.setEnabled(False)
        self.notice.busy(self.tr("Saving the steps…"))

        def put(session: Session) -> list[StepRecord]:
            return [meldcode.put_step(session, record) for record in records]

        call_edit(self.client, records[0].case_id, put, self._saved, self._failed)

    def _saved(self, edited: Edited[list[StepRecord]]) -> None:
        self.notice.clear()
        self.saved.emit(self.tr("Saved %n step(s).", "", len(edited.result)), edited)

    def _failed(self, error: BaseException) -> None:
        self._update()
        if isinstance(error, VaultLocked):
            self.notice.clear()
            return
        self.notice.error(error_text(error))
