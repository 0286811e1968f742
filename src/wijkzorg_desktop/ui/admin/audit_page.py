"""Beheer > Audit log: who did what, when, on which workstation, and to which case (NEN 7513).

Filtering on a case label answers the AVG question "who looked at this family's data, and when".
Looking at the log is itself recorded, so the page loads when it is shown, not while it is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from ...domain.audit import AuditAction, AuditFilter
from ...domain.errors import VaultLocked
from ...domain.text import Message
from ...domain.users import Role
from ...services import audit, audit_chain
from ..client import VaultClient
from ..messages import error_text, render
from ..page import Page
from ..page_parts import Notice, explanation, heading
from ..table_model import Prepared, SortedTable, utc_start_of
from .audit_table import AuditModel, action_label

LIMIT = 1000
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AuditPage(Page):
    page_id = "audit"
    roles = frozenset({Role.ADMIN})

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, parent)
        self._loading = False
        self.model = AuditModel(self)
        self.table = SortedTable(self.model, sort_column=AuditModel.COL_TIME,
                                 order=Qt.SortOrder.DescendingOrder, parent=self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit records"))
        self.count = QLabel(objectName="auditCount")
        self.count.setWordWrap(True)
        self.check_button = QPushButton(self.tr("C&heck the chain"), objectName="checkChain")
        self.check_button.setToolTip(self.tr("Check that no record was changed or removed afterwards"))
        self.notice = Notice("auditNotice")
        self._build_filter()

        status = QHBoxLayout()
        status.addWidget(self.count, 1)
        status.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(explanation(self.tr(
            "Every unlock, look and change is recorded here and cannot be altered afterwards. To see who "
            "looked at a family's data and when, type its case label under Object or case.")))
        layout.addWidget(self.filter_box)
        layout.addLayout(status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_filter)
        self.check_button.clicked.connect(self.check_chain)
        self.table.doubleClicked.connect(self._filter_on_row)

    def _build_filter(self) -> None:
        self.filter_box = QGroupBox(self.tr("Filter"), objectName="auditFilter")
        self.user = QComboBox(objectName="auditUser")
        self.user.addItem(self.tr("All users"), "")
        self.action = QComboBox(objectName="auditAction")
        self.action.addItem(self.tr("All actions"), "")
        for value in AuditAction:
            self.action.addItem(action_label(value), str(value))
        self.object_text = QLineEdit(objectName="auditObject", clearButtonEnabled=True,
                                     placeholderText=self.tr("case label, login or object"))
        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("&From:"), objectName="auditFromEnabled")
        self.to_check = QCheckBox(self.tr("&To:"), objectName="auditToEnabled")
        self.from_date = QDateEdit(today.addDays(-30), objectName="auditFrom")
        self.to_date = QDateEdit(today, objectName="auditTo")
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.apply_button = QPushButton(self.tr("&Apply filter"), objectName="applyFilter")
        self.clear_button = QPushButton(self.tr("&Clear"), objectName="clearFilter")
        names = ((self.user, self.tr("Filter on user")), (self.action, self.tr("Filter on action")),
                 (self.object_text, self.tr("Filter on object or case")),
                 (self.from_date, self.tr("From date")), (self.to_date, self.tr("To date")))
        for widget, name in names:
            widget.setAccessibleName(name)
        grid = QGridLayout(self.filter_box)
        grid.addWidget(QLabel(self.tr("&User:"), buddy=self.user), 0, 0)
        grid.addWidget(self.user, 0, 1)
        grid.addWidget(QLabel(self.tr("Ac&tion:"), buddy=self.action), 0, 2)
        grid.addWidget(self.action, 0, 3)
        grid.addWidget(QLabel(self.tr("&Object or case:"), buddy=self.object_text), 0, 4)
        grid.addWidget(self.object_text, 0, 5)
        grid.addWidget(self.from_check, 1, 0)
        grid.addWidget(self.from_date, 1, 1)
        grid.addWidget(self.to_check, 1, 2)
        grid.addWidget(self.to_date, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.apply_button)
        grid.addLayout(buttons, 1, 4, 1, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 3)
        for widget in (self.user, self.action, self.object_text, self.from_check, self.from_date,
                       self.to_check, self.to_date):
            widget.installEventFilter(self)
        self.apply_button.clicked.connect(self.apply)
        self.clear_button.clicked.connect(self.clear_filter)

    def title(self) -> str:
        return self.tr("Audit log")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in any filter field applies the filter."""
        if event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:  # type: ignore[attr-defined]
            self.apply()
            return True
        return super().eventFilter(watched, event)

    def focus_filter(self) -> None:
        self.object_text.setFocus()
        self.object_text.selectAll()

    # -- loading ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load()

    def refresh(self) -> None:
        if self.isVisible():
            self._load()

    def _load(self) -> None:
        if self._loading:
            return
        self.client.call(audit.filter_choices, self._choices, self._failed)
        self.apply()

    def _choices(self, choices: dict[str, list[str]]) -> None:
        chosen = self.user.currentData()
        self.user.blockSignals(True)
        while self.user.count() > 1:
            self.user.removeItem(1)
        for login in choices.get("user_login", []):
            self.user.addItem(login, login)
        self.user.setCurrentIndex(max(self.user.findData(chosen), 0))
        self.user.blockSignals(False)

    def current_filter(self) -> tuple[AuditFilter, str]:
        """The filter as the store takes it, and the exclusive UTC end of the last chosen day.

        Dates are the practice's days: a day starts at local midnight, not at midnight UTC.
        """
        start = utc_start_of(self.from_date.date()) if self.from_check.isChecked() else ""
        end = utc_start_of(self.to_date.date().addDays(1)) if self.to_check.isChecked() else ""
        flt = AuditFilter(user_login=str(self.user.currentData() or ""),
                          action=str(self.action.currentData() or ""),
                          object_text=self.object_text.text().strip(),
                          date_from=start, date_to=end[:10], limit=LIMIT)
        return flt, end

    def apply(self) -> None:
        flt, end = self.current_filter()
        self._loading = True
        self.apply_button.setEnabled(False)
        self.count.setText(self.tr("Searching…"))

        model, sort = self.model, self.model.current_sort()

        def search(session) -> tuple[Prepared, bool]:
            records = audit.search(session, flt)
            cut = len(records) >= flt.limit
            return model.prepare([r for r in records if r.at < end] if end else records, sort), cut

        self.client.call(search, self._found, self._failed)

    def _found(self, result: tuple[Prepared, bool]) -> None:
        prepared, cut = result
        records = prepared.rows
        self._loading = False
        self.apply_button.setEnabled(True)
        self.model.set_rows(prepared)
        self.table.fit_columns(widest=190)
        if cut:
            self.count.setText(self.tr(
                "The newest {limit} records are shown; there are more. Narrow the filter, for example "
                "by date, to see older ones.").format(limit=LIMIT))
        elif not records:
            self.count.setText(self.tr("No records match this filter."))
        elif len(records) == 1:
            self.count.setText(self.tr("1 record"))
        else:
            self.count.setText(self.tr("{count} records, newest first").format(count=len(records)))

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        self.apply_button.setEnabled(True)
        self.check_button.setEnabled(True)
        self.count.clear()
        if not isinstance(error, VaultLocked):
            self.notice.error(error_text(error))

    def clear_filter(self) -> None:
        self.user.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.object_text.clear()
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.apply()

    def _filter_on_row(self) -> None:
        """Double-click: everything about this record's case (or object), to see who else was there."""
        record = self.table.current_row()
        if record is not None and (record.case_id or record.object_id):
            self.object_text.setText(record.case_id or record.object_id)
            self.apply()

    # -- the chain -------------------------------------------------------------------------------

    def check_chain(self) -> None:
        self.check_button.setEnabled(False)
        self.notice.busy(self.tr("Checking the audit chain…"))
        self.client.call(audit_chain.verify, self._checked, self._failed)

    def _checked(self, problems: list[Message]) -> None:
        self.check_button.setEnabled(True)
        if problems:
            self.notice.error(self.tr("The audit log has been tampered with or damaged:") + "\n"
                              + "\n".join(render(p) for p in problems))
        else:
            self.notice.info(self.tr("The audit chain is intact: no record was changed or removed."))
