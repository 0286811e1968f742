"""The audit log as a table: readable names for actions, objects and outcomes, times on the practice clock."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...domain.audit import AuditAction, AuditRecord, Outcome
from ..page_parts import role_label
from ..table_model import Index, TableModel, local_time

ACTION_LABELS: dict[str, str] = {
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("audit_actions", "Logged in"),
    AuditAction.LOGOUT: QT_TRANSLATE_NOOP("audit_actions", "Logged out"),
    AuditAction.LOCK: QT_TRANSLATE_NOOP("audit_actions", "Locked"),
    AuditAction.FAILED_UNLOCK: QT_TRANSLATE_NOOP("audit_actions", "Failed unlock"),
    AuditAction.CREATE: QT_TRANSLATE_NOOP("audit_actions", "Created"),
    AuditAction.READ: QT_TRANSLATE_NOOP("audit_actions", "Viewed"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("audit_actions", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("audit_actions", "Deleted"),
    AuditAction.PRINT: QT_TRANSLATE_NOOP("audit_actions", "Printed"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("audit_actions", "Exported"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("audit_actions", "Imported"),
    AuditAction.SEARCH: QT_TRANSLATE_NOOP("audit_actions", "Searched"),
    AuditAction.SETTINGS: QT_TRANSLATE_NOOP("audit_actions", "Settings changed"),
}

OBJECT_LABELS: dict[str, str] = {
    "session": QT_TRANSLATE_NOOP("audit_objects", "Session"),
    "user": QT_TRANSLATE_NOOP("audit_objects", "User"),
    "user.passphrase": QT_TRANSLATE_NOOP("audit_objects", "Passphrase"),
    "vault": QT_TRANSLATE_NOOP("audit_objects", "Vault"),
    "audit_log": QT_TRANSLATE_NOOP("audit_objects", "Audit log"),
    "practice": QT_TRANSLATE_NOOP("audit_objects", "Practice settings"),
    "case": QT_TRANSLATE_NOOP("audit_objects", "Case"),
}

OUTCOME_LABELS: dict[str, str] = {
    Outcome.SUCCESS: QT_TRANSLATE_NOOP("audit_outcomes", "Success"),
    Outcome.FAILURE: QT_TRANSLATE_NOOP("audit_outcomes", "Failed"),
}


def _label(context: str, labels: dict[str, str], value: str) -> str:
    """The readable name of a stored value; a value this version does not know is shown as stored."""
    source = labels.get(value)
    return QCoreApplication.translate(context, source) if source else value


def action_label(action: str) -> str:
    return _label("audit_actions", ACTION_LABELS, action)


def object_label(object_type: str) -> str:
    return _label("audit_objects", OBJECT_LABELS, object_type)


class AuditModel(TableModel):
    (COL_TIME, COL_USER, COL_ROLE, COL_WORKSTATION, COL_ACTION, COL_OBJECT_TYPE, COL_OBJECT_ID, COL_CASE,
     COL_OUTCOME, COL_DETAIL) = range(10)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("User"), self.tr("Role"), self.tr("Workstation"), self.tr("Action"),
                self.tr("Object"), self.tr("Object id"), self.tr("Case"), self.tr("Outcome"),
                self.tr("Detail"))

    def display(self, record: AuditRecord, column: int) -> str:
        if column == self.COL_TIME:
            return local_time(record.at)
        if column == self.COL_ROLE:
            return role_label(record.user_role)
        if column == self.COL_ACTION:
            return action_label(record.action)
        if column == self.COL_OBJECT_TYPE:
            return object_label(record.object_type)
        if column == self.COL_OUTCOME:
            return _label("audit_outcomes", OUTCOME_LABELS, record.outcome)
        return {
            self.COL_USER: record.user_login,
            self.COL_WORKSTATION: record.workstation,
            self.COL_OBJECT_ID: record.object_id,
            self.COL_CASE: record.case_id,
            self.COL_DETAIL: record.detail,
        }.get(column, "")

    def sort_value(self, record: AuditRecord, column: int) -> object:
        if column == self.COL_TIME:
            return record.id  # the chain's order is the order things happened in
        return super().sort_value(record, column)

    def tooltip(self, record: AuditRecord, column: int) -> str | None:
        if column == self.COL_TIME:
            return self.tr("Record {id}; {time} UTC").format(id=record.id, time=record.at)
        text = self.display(record, column)
        return text if len(text) > 24 else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self.row_at(index.row()).outcome == Outcome.FAILURE):
            return QColor("#b00020")
        return super().data(index, role)
