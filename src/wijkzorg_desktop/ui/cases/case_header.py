"""The top of an open case: its pseudonym and status, who is responsible, the concern in a sentence,
and for a closed case the banner that says when and why it was closed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.cases import STATUS_LABELS, Case, CaseStatus
from ..dates import show_date
from ..page_parts import heading

BANNER_STYLE = ("background:#fdecea; color:#8a1c1c; border:1px solid #e7b3ae; border-radius:3px; "
                "padding:6px 8px;")
STATUS_STYLE = {CaseStatus.OPEN: "color:#1e7d32; font-weight:bold;",
                CaseStatus.CLOSED: "color:#8a1c1c; font-weight:bold;"}


def status_label(status: CaseStatus | str) -> str:
    try:
        return QCoreApplication.translate("cases", STATUS_LABELS[CaseStatus(status)])
    except ValueError:
        return str(status)


class CaseHeader(QWidget):
    save_requested = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        self._editable = False
        self.back_button = QPushButton(self.tr("← All cases"), objectName="backToCases")
        self.back_button.setToolTip(self.tr("Back to the list of cases (Esc, Alt+Left)"))
        self.back_button.setAutoDefault(False)
        self.label = heading("")
        self.label.setObjectName("caseLabel")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(objectName="caseStatus")
        self.responsible = QComboBox(objectName="caseResponsible")
        self.responsible.setMinimumContentsLength(18)
        self.responsible.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.summary = QLineEdit(objectName="caseSummary", maxLength=300)
        self.summary.setPlaceholderText(self.tr("The concern in one sentence"))
        self.save_button = QPushButton(self.tr("Save"), objectName="saveCase")
        self.save_button.setToolTip(self.tr("Save the responsible practitioner and the concern (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(objectName="closeCase")
        self.close_button.setAutoDefault(False)
        self.followup_button = QPushButton(self.tr("Add fo&llow-up…"), objectName="addCaseFollowUp")
        self.followup_button.setToolTip(self.tr("A follow-up for this case, filled in with the selected party or "
                                                "timeline entry (Ctrl+Shift+N)"))
        self.followup_button.setAutoDefault(False)
        self.documents_button = QPushButton(self.tr("Doc&uments"), objectName="caseDocuments")
        self.documents_button.setAutoDefault(False)
        self.banner = QLabel(objectName="closedBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.responsible.setAccessibleName(self.tr("Responsible practitioner"))
        self.summary.setAccessibleName(self.tr("The concern"))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.label)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.documents_button)
        top.addWidget(self.followup_button)
        top.addWidget(self.close_button)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("&Responsible:"), buddy=self.responsible), 0, 0)
        grid.addWidget(self.responsible, 0, 1)
        grid.addWidget(QLabel(self.tr("C&oncern:"), buddy=self.summary), 0, 2)
        grid.addWidget(self.summary, 0, 3)
        grid.addWidget(self.save_button, 0, 4)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.banner)
        self.setTabOrder(self.back_button, self.responsible)
        self.setTabOrder(self.responsible, self.summary)
        self.setTabOrder(self.summary, self.save_button)
        self.setTabOrder(self.save_button, self.documents_button)
        self.setTabOrder(self.documents_button, self.followup_button)
        self.setTabOrder(self.followup_button, self.close_button)

        self.summary.textEdited.connect(self._edited)
        self.summary.returnPressed.connect(self.save_requested)
        self.responsible.activated.connect(self._edited)
        self.save_button.clicked.connect(self.save_requested)
        self.update_buttons()

    def set_users(self, users: Sequence[tuple[str, str]]) -> None:
        chosen = self.responsible.currentData()
        self.responsible.clear()
        for login, full_name in users:
            self.responsible.addItem(full_name, login)
        self._choose(str(chosen or (self.case.responsible_login if self.case else "")))

    def _choose(self, login: str) -> None:
        if not login:
            return
        index = self.responsible.findData(login)
        if index < 0:  # a user who no longer works here stays shown
            self.responsible.addItem(login, login)
            index = self.responsible.count() - 1
        self.responsible.setCurrentIndex(index)

    def show_case(self, case: Case, editable: bool) -> None:
        """The stored case; what was typed and not saved is replaced."""
        self.case = case
        self.label.setText(case.label)
        self.status.setText(status_label(case.status))
        self.status.setStyleSheet(STATUS_STYLE.get(case.status, ""))
        self._choose(case.responsible_login)
        self.summary.setText(case.summary)
        self.summary.setCursorPosition(0)
        if case.closed:
            self.banner.setText(self.tr("Closed on {date} — reason: {reason}. The case can be read; reopen it "
                                        "to change it.").format(date=show_date(case.closed_on),
                                                                reason=case.close_reason.rstrip(". ")))
        self.banner.setVisible(case.closed)
        self.close_button.setText(self.tr("Reo&pen case…") if case.closed else self.tr("&Close case…"))
        self.close_button.setEnabled(editable or case.closed)
        self.followup_button.setEnabled(editable)
        self.responsible.setEnabled(editable)
        self.summary.setEnabled(editable)
        self.summary.setToolTip(case.summary)
        self._editable = editable
        self.update_buttons()

    def dirty(self) -> bool:
        case = self.case
        if case is None:
            return False
        return (self.summary.text().strip() != case.summary
                or str(self.responsible.currentData() or "") != case.responsible_login)

    def edited_case(self) -> Case | None:
        if self.case is None:
            return None
        return replace(self.case, summary=self.summary.text().strip(),
                       responsible_login=str(self.responsible.currentData() or self.case.responsible_login))

    def _edited(self) -> None:
        self.update_buttons()
        self.edited.emit()

    def update_buttons(self) -> None:
        self.save_button.setEnabled(self._editable and self.dirty())
