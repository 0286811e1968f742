"""Step 2: who was asked for advice (Veilig Thuis, a vertrouwensarts, a colleague; anonymously or not),
and, as long as Veilig Thuis was not asked, why not: the KNMG meldcode asks doctors to record it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import VaultLocked
from ...domain.meldcode import ADVICE_FROM_LABELS, AdviceFrom, AdviceRequest, no_advice_reason_needed
from ...services import meldcode
from ...services.case_refresh import Edited
from ...services.cases import CaseFile
from ..client import VaultClient
from ..contacts.form_parts import INVALID_STYLE
from ..dates import date_edit, from_qdate, show_date, to_qdate
from ..messages import error_text
from ..page_parts import Notice
from ..table_model import SortedTable, TableModel
from .case_tab import call_edit
from .track_parts import Lookup, day_order, fill, warning_label, word


class AdviceModel(TableModel):
    COL_ON, COL_FROM, COL_ANONYMOUS, COL_SUMMARY, COL_BY = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup: Lookup | None = None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Asked"), self.tr("Anonymous"), self.tr("Advice"), self.tr("By"))

    def display(self, request: AdviceRequest, column: int) -> str:
        if column == self.COL_ON:
            return show_date(request.on)
        if column == self.COL_FROM:
            return word("meldcode", ADVICE_FROM_LABELS[request.source])
        if column == self.COL_ANONYMOUS:
            return self.tr("anonymous") if request.anonymous else ""
        if column == self.COL_SUMMARY:
            return request.summary
        return self.lookup.user(request.by_login) if self.lookup else request.by_login

    def sort_value(self, request: AdviceRequest, column: int) -> object:
        if column == self.COL_ON:
            return day_order(request.on, request.id)
        return super().sort_value(request, column)


class AdviceBox(QGroupBox):
    saved = Signal(str, object)  # what was done, to show on the tab; the Edited

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Step 2: advice"))
        self.setStyleSheet(INVALID_STYLE)
        self.client = client
        self.file: CaseFile | None = None
        self.editable = False
        self.model = AdviceModel(self)
        self.table = SortedTable(self.model, parent=self)
        self.table.setObjectName("adviceTable")
        self.table.setAccessibleName(self.tr("Advice requests"))
        self.table.setMinimumHeight(80)
        self.table.setMaximumHeight(150)
        self.source = QComboBox(objectName="adviceFrom")
        fill(self.source, ADVICE_FROM_LABELS, "meldcode")
        self.source.setAccessibleName(self.tr("Advice asked from"))
        self.on = date_edit("adviceDate")
        self.on.setAccessibleName(self.tr("Date of the advice"))
        self.anonymous = QCheckBox(self.tr("A&nonymous"), objectName="adviceAnonymous")
        self.summary = QLineEdit(objectName="adviceSummary")
        self.summary.setPlaceholderText(self.tr("What was advised"))
        self.summary.setAccessibleName(self.tr("What was advised"))
        self.add_button = QPushButton(self.tr("&Add advice request"), objectName="addAdvice")
        self.add_button.setAutoDefault(False)
        self.reason_box = QWidget(objectName="noAdviceReasonBox")
        self.reason_label = QLabel(self.tr(
            "Veilig Thuis has not been asked for advice. Record why not (required by the KNMG meldcode):"))
        self.reason_label.setWordWrap(True)
        self.reason = QLineEdit(objectName="noAdviceReason")
        self.reason.setAccessibleName(self.tr("Why Veilig Thuis was not asked for advice (required)"))
        self.reason_label.setBuddy(self.reason)
        self.reason_missing = warning_label("noAdviceReasonMissing")
        self.reason_missing.setText(self.tr("Required: no decision can be recorded without this reason."))
        self.reason_button = QPushButton(self.tr("Save &reason"), objectName="saveNoAdviceReason")
        self.reason_button.setAutoDefault(False)
        self.notice = Notice("adviceNotice")

        form = QHBoxLayout()
        form.addWidget(self.source)
        form.addWidget(self.on)
        form.addWidget(self.anonymous)
        form.addWidget(self.summary, 1)
        form.addWidget(self.add_button)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason, 1)
        reason_row.addWidget(self.reason_button)
        reason = QVBoxLayout(self.reason_box)
        reason.setContentsMargins(0, 6, 0, 0)
        reason.addWidget(self.reason_label)
        reason.addLayout(reason_row)
        reason.addWidget(self.reason_missing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.notice)

        self.summary.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.reason.textChanged.connect(self._update)
        self.reason.returnPressed.connect(self.save_reason)
        self.reason_button.clicked.connect(self.save_reason)
        self._update()

    def show_file(self, file: CaseFile, editable: bool) -> None:
        new_case = self.file is None or self.file.case.id != file.case.id
        untouched = new_case or self.reason.text().strip() == (self.file.no_advice_reason if self.file else "")
        self.file, self.editable = file, editable
        self.model.set_rows(file.advice_requests)
        self.table.fit_columns()
        if new_case:
            self.on.setDate(to_qdate(file.today))
            self.summary.clear()
        if untouched:
            self.reason.setText(file.no_advice_reason)
        self.reason_box.setVisible(no_advice_reason_needed(file.advice_requests))
        self._update()

    def set_lookup(self, lookup: Lookup) -> None:
        self.model.lookup = lookup
        self.model.set_rows(self.model.rows())

    def _update(self) -> None:
        for widget in (self.source, self.on, self.anonymous, self.summary, self.add_button, self.reason):
            widget.setEnabled(self.editable)
        stored = self.file.no_advice_reason if self.file else ""
        typed = self.reason.text().strip()
        self.reason_button.setEnabled(self.editable and bool(typed) and typed != stored)
        missing = not stored.strip()
        self.reason.setProperty("invalid", missing)
        self.reason.style().unpolish(self.reason)
        self.reason.style().polish(self.reason)
        self.reason_missing.setVisible(missing)

    def add(self) -> None:
        file = self.file
        if file is None or not self.editable:
            return
        request = AdviceRequest(int(file.case.id or 0), AdviceFrom(self.source.currentData()),
                                from_qdate(self.on.date()), "", self.summary.text(), self.anonymous.isChecked())
        self.add_button.setEnabled(False)
        self.notice.busy(self.tr("Saving the advice request…"))
        call_edit(self.client, request.case_id, lambda session: meldcode.add_advice_request(session, request),
                  self._added, self._failed)

    def _added(self, edited: Edited[AdviceRequest]) -> None:
        request = edited.result
        self.summary.clear()
        self.anonymous.setChecked(False)
        self.notice.clear()
        self.saved.emit(self.tr("Advice request recorded ({source}).").format(
            source=word("meldcode", ADVICE_FROM_LABELS[request.source])), edited)

    def save_reason(self) -> None:
        file = self.file
        if file is None or not self.reason_button.isEnabled():
            return
        case_id, reason = int(file.case.id or 0), self.reason.text()
        self.reason_button.setEnabled(False)
        self.notice.busy(self.tr("Saving the reason…"))
        call_edit(self.client, case_id, lambda session: meldcode.set_no_advice_reason(session, case_id, reason),
                  self._reason_saved, self._failed)

    def _reason_saved(self, edited: Edited[None]) -> None:
        self.notice.clear()
        self.saved.emit(self.tr("Saved why Veilig Thuis was not asked for advice."), edited)

    def _failed(self, error: BaseException) -> None:
        self._update()
        if isinstance(error, VaultLocked):
            self.notice.clear()
            return
        self.notice.error(error_text(error))
