"""Veilig Thuis: every advies and melding of a case, who handles it there, and the terugkoppeling.

Practices often wait in vain for the terugkoppeling on a melding, so a late one is shown at the top of
the tab in red, with the procesregisseur to call.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.meldcode import VT_KIND_LABELS, VT_ROLE_LABELS, VtContact, VtContactKind, VtRole
from ...services import meldcode
from ...services.cases import CaseFile
from ..client import VaultClient
from ..dates import show_date
from ..messages import error_text
from ..page_parts import explanation
from ..table_model import SortedTable, TableModel
from .track_parts import BANNER_STYLE, Lookup, day_order, word
from .track_tab import TrackTab
from .vt_contact_dialog import FeedbackDialog, VtContactDialog

LATE = QColor("#b00020")


class VtContactsModel(TableModel):
    (COL_ON, COL_KIND, COL_ROLE, COL_REFERENCE, COL_CASE_MANAGER, COL_EXPECTED, COL_RECEIVED,
     COL_SUMMARY) = range(8)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup: Lookup | None = None
        self.today = None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Kind"), self.tr("Our role"), self.tr("VT reference"),
                self.tr("Procesregisseur"), self.tr("Feedback expected"), self.tr("Received"),
                self.tr("What Veilig Thuis said"))

    def display(self, contact: VtContact, column: int) -> str:
        if column == self.COL_ON:
            return show_date(contact.on)
        if column == self.COL_KIND:
            return word("meldcode", VT_KIND_LABELS[contact.kind])
        if column == self.COL_ROLE:
            return word("meldcode", VT_ROLE_LABELS[contact.role])
        if column == self.COL_REFERENCE:
            return contact.reference
        if column == self.COL_CASE_MANAGER:
            if contact.case_manager_id is None:
                return ""
            return self.lookup.person(contact.case_manager_id) if self.lookup else "…"
        if column == self.COL_EXPECTED:
            text = show_date(contact.expected_feedback)
            return self.tr("{date} (late)").format(date=text) if self.late(contact) else text
        if column == self.COL_RECEIVED:
            return show_date(contact.received_on)
        return contact.summary

    def sort_value(self, contact: VtContact, column: int) -> object:
        days = {self.COL_ON: contact.on, self.COL_EXPECTED: contact.expected_feedback,
                self.COL_RECEIVED: contact.received_on}
        if column in days:
            return day_order(days[column], contact.id)
        return super().sort_value(contact, column)

    def late(self, contact: VtContact) -> bool:
        return self.today is not None and contact.feedback_overdue(self.today)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.late(self.row_at(index.row())):
            return QBrush(LATE)
        return super().data(index, role)


class SafeAtHomeTab(TrackTab):
    SHOWS = frozenset({"vt_contacts"})
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(client, "safeAtHomeNotice", parent)
        self.setObjectName("safeAtHomeTab")
        self.dialog: VtContactDialog | None = None
        self.feedback_dialog: FeedbackDialog | None = None
        self.overdue = QLabel(objectName="overdueBanner")
        self.overdue.setWordWrap(True)
        self.overdue.setStyleSheet(BANNER_STYLE)
        self.overdue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.overdue.setAccessibleName(self.tr("Overdue feedback"))
        self.overdue.hide()
        self.model = VtContactsModel(self)
        self.table = SortedTable(self.model, parent=self)
        self.table.setObjectName("vtContactsTable")
        self.table.setAccessibleName(self.tr("Contacts with Veilig Thuis"))
        self.new_button = QPushButton(self.tr("&New advice or report…"), objectName="newVtContact")
        self.edit_button = QPushButton(self.tr("&Edit…"), objectName="editVtContact")
        self.feedback_button = QPushButton(self.tr("Feedback rece&ived…"), objectName="feedbackReceived")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.feedback_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overdue)
        layout.addWidget(explanation(self.tr(
            "Every advice request and melding at Veilig Thuis. As melder the practice is owed terugkoppeling: "
            "Veilig Thuis aims to weigh a melding within five working days.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        self.new_button.clicked.connect(self.new_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.feedback_button.clicked.connect(self.feedback_received)
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.table.activated.connect(lambda _index: self.edit_contact())
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.keep_dialog("vt_contact", "dialog", self.new_contact, self.edit_contact, self.table)
        self.keep_dialog("feedback", "feedback_dialog", lambda: None, self.feedback_received, self.table,
                         row_of=lambda dialog: getattr(dialog, "contact_id", None))
        self._update()

    def title(self) -> str:
        return self.tr("Veilig Thuis")

    def fill(self, file: CaseFile) -> None:
        selected = getattr(self.table.current_row(), "id", None)
        self.model.today = file.today
        self.model.set_rows(file.vt_contacts)
        self.table.fit_columns(widest=220)
        if selected is not None:
            self.table.select_where(lambda contact: contact.id == selected)
        self._show_overdue()
        self._update()

    def lookup_loaded(self) -> None:
        self.model.lookup = self.lookup
        self.model.set_rows(self.model.rows())
        self._show_overdue()
        if self.dialog is not None and self.dialog.isVisible():  # else it gets the names when it opens
            self.dialog.set_lookup(self.lookup)

    def late(self) -> list[VtContact]:
        file = self.file
        return [c for c in file.vt_contacts if c.feedback_overdue(file.today)] if file else []

    def _show_overdue(self) -> None:
        lines = []
        for contact in self.late():
            assert self.file is not None and contact.expected_feedback is not None
            days = (self.file.today - contact.expected_feedback).days
            line = self.tr("Terugkoppeling overdue by %n day(s): Veilig Thuis was to report by {expected} on the "
                           "melding of {date}.", "", days).format(expected=show_date(contact.expected_feedback),
                                                                  date=show_date(contact.on))
            if contact.reference:
                line += " " + self.tr("Reference: {reference}.").format(reference=contact.reference)
            if contact.case_manager_id is not None and self.lookup is not None:
                line += " " + self.tr("Procesregisseur: {name}.").format(
                    name=self.lookup.person(contact.case_manager_id))
            lines.append(line)
        self.overdue.setText("\n".join(lines))
        self.overdue.setVisible(bool(lines))

    def _update(self) -> None:
        current = self.table.current_row()
        self.new_button.setEnabled(self.editable)
        self.edit_button.setEnabled(self.editable and current is not None)
        self.feedback_button.setEnabled(self.editable and current is not None and current.received_on is None
                                        and current.kind == VtContactKind.REPORT)

    # -- a contact -------------------------------------------------------------------------------

    def _dialog(self) -> VtContactDialog:
        if self.dialog is None:
            self.dialog = VtContactDialog(self)
            self.dialog.submitted.connect(self._save)
        self.dialog.set_lookup(self.lookup)
        return self.dialog

    def new_contact(self) -> None:
        file = self.file
        if file is None or not self.editable:
            return
        dialog = self._dialog()
        dialog.prepare(VtContact(int(file.case.id or 0), VtContactKind.REPORT, file.today, VtRole.REPORTER))
        dialog.open()

    def edit_contact(self) -> None:
        current = self.table.current_row()
        if current is None or not self.editable:
            return
        dialog = self._dialog()
        dialog.prepare(current)
        dialog.open()

    def _save(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        contact = dialog.contact()
        dialog.set_busy(True, self.tr("Saving…"))
        self.call_edit(lambda session: meldcode.put_vt_contact(session, contact),
                         lambda saved: self._saved(dialog, saved), lambda error: self._dialog_failed(dialog, error))

    def _saved(self, dialog: VtContactDialog, contact: VtContact) -> None:
        dialog.finish()
        kind = word("meldcode", VT_KIND_LABELS[contact.kind])
        text = self.tr("Saved the {kind} of {date}.").format(kind=kind, date=show_date(contact.on))
        if contact.expected_feedback is not None and contact.received_on is None:
            text += " " + self.tr("Terugkoppeling expected by {date}.").format(
                date=show_date(contact.expected_feedback))
        self.saved(text)

    def feedback_received(self) -> None:
        current = self.table.current_row()
        if current is None or self.file is None or not self.feedback_button.isEnabled():
            return
        if self.feedback_dialog is None:
            self.feedback_dialog = FeedbackDialog(self)
            self.feedback_dialog.submitted.connect(self._save_feedback)
        self.feedback_dialog.prepare(current, self.file.today)
        self.feedback_dialog.open()

    def _save_feedback(self) -> None:
        dialog = self.feedback_dialog
        if dialog is None or dialog.contact_id is None:
            return
        contact_id, summary = dialog.contact_id, dialog.summary.toPlainText().strip()
        dialog.set_busy(True, self.tr("Saving…"))
        self.call_edit(lambda session: meldcode.feedback_received(session, contact_id, summary),
                         lambda contact: self._feedback_saved(dialog, contact),
                         lambda error: self._dialog_failed(dialog, error))

    def _feedback_saved(self, dialog: FeedbackDialog, contact: VtContact) -> None:
        dialog.finish()
        self.saved(self.tr("Terugkoppeling received on {date}.").format(date=show_date(contact.received_on)))

    def _dialog_failed(self, dialog: VtContactDialog | FeedbackDialog, error: BaseException) -> None:
        dialog.show_error(error_text(error))
