"""Steps 4 and 5: weigh with the afwegingskader, then record what was decided, by whom and why.

A person decides; the advice is kept beside the decision. A decision that differs from the advice is
allowed, says so plainly, and needs its reason like every decision.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.assessment import OUTCOME_LABELS, Outcome
from ...domain.errors import VaultLocked
from ...domain.meldcode import Decision
from ...services import meldcode
from ...services.case_refresh import Edited
from ...services.cases import CaseFile
from ..client import VaultClient
from ..dates import show_date
from ..messages import error_text
from ..page_parts import Notice
from ..table_model import SortedTable, TableModel
from .assessment_widget import AssessmentWidget
from .case_tab import call_edit
from .track_parts import Lookup, choose, day_order, warning_label, word

DECIDED = (Outcome.REPORT, Outcome.HELP, Outcome.CLOSE)


def outcome_text(outcome: Outcome) -> str:
    return word("assessment", OUTCOME_LABELS[outcome])


class DecisionsModel(TableModel):
    COL_ON, COL_ANSWERS, COL_ADVISED, COL_DECIDED, COL_DIFFERS, COL_BY, COL_WHY = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lookup: Lookup | None = None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Answers"), self.tr("Advised"), self.tr("Decided"), self.tr("Differs"),
                self.tr("By"), self.tr("Why"))

    def display(self, decision: Decision, column: int) -> str:
        if column == self.COL_ON:
            return show_date(decision.on)
        if column == self.COL_ANSWERS:
            return ", ".join(f"{n}: " + (self.tr("yes") if a else self.tr("no"))
                             for n, a in enumerate(decision.answers, 1))
        if column == self.COL_ADVISED:
            return outcome_text(decision.advised)
        if column == self.COL_DECIDED:
            return outcome_text(decision.decided)
        if column == self.COL_DIFFERS:
            return self.tr("differs from the advice") if decision.differs else ""
        if column == self.COL_BY:
            return self.lookup.user(decision.by_login) if self.lookup else decision.by_login
        return decision.why

    def sort_value(self, decision: Decision, column: int) -> object:
        if column == self.COL_ON:
            return day_order(decision.on, decision.id)
        return super().sort_value(decision, column)

    def tooltip(self, decision: Decision, column: int) -> str | None:
        return decision.why or None


class DecisionBox(QGroupBox):
    saved = Signal(str, object)  # what was done, to show on the tab; the Edited

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Steps 4 and 5: afwegingskader and decision"))
        self.client = client
        self.file: CaseFile | None = None
        self.editable = False
        self.assessment = AssessmentWidget()
        self.decided = QComboBox(objectName="decidedOutcome")
        for outcome in DECIDED:
            self.decided.addItem(outcome_text(outcome), str(outcome))
        self.decided.setAccessibleName(self.tr("Decided"))
        self.differs = warning_label("differsNote")
        self.why = QPlainTextEdit(objectName="decisionWhy")
        self.why.setTabChangesFocus(True)
        self.why.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.why.setAccessibleName(self.tr("Why (required)"))
        self.why.setPlaceholderText(self.tr("Required, also when you follow the advice"))
        self.by = QLabel(objectName="decisionBy")
        self.record_button = QPushButton(self.tr("Record d&ecision"), objectName="recordDecision")
        self.record_button.setAutoDefault(False)
        self.notice = Notice("decisionNotice")
        self.model = DecisionsModel(self)
        self.table = SortedTable(self.model, parent=self)
        self.table.setObjectName("decisionsTable")
        self.table.setAccessibleName(self.tr("Earlier decisions"))
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(170)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Decision:"), buddy=self.decided), self.decided)
        form.addRow("", self.differs)
        form.addRow(QLabel(self.tr("&Why:"), buddy=self.why), self.why)
        form.addRow(self.tr("By:"), self.by)
        record_row = QHBoxLayout()
        record_row.addWidget(self.record_button)
        record_row.addStretch(1)
        form.addRow("", record_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.assessment)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addWidget(QLabel(self.tr("Earlier decisions:")))
        layout.addWidget(self.table)

        self.assessment.answered.connect(self._advice_changed)
        self.decided.currentIndexChanged.connect(self._update)
        self.why.textChanged.connect(self._update)
        self.record_button.clicked.connect(self.record)
        self._update()

    def show_file(self, file: CaseFile, editable: bool) -> None:
        new_case = self.file is None or self.file.case.id != file.case.id
        self.file, self.editable = file, editable
        if new_case:
            self.assessment.set_answers(())
            self.why.clear()
            self.notice.clear()
        self.assessment.set_editable(editable)
        user = self.client.user
        self.by.setText(user.full_name if user else "")
        self.model.set_rows(file.decisions)
        self.table.fit_columns()
        self._update()

    def set_lookup(self, lookup: Lookup) -> None:
        self.model.lookup = lookup
        self.model.set_rows(self.model.rows())

    def _advice_changed(self) -> None:
        advice = self.assessment.advice()
        if advice.outcome != Outcome.CONTINUE:
            choose(self.decided, advice.outcome)
        self._update()

    def _update(self) -> None:
        advice = self.assessment.advice()
        final = advice.outcome != Outcome.CONTINUE
        decided = Outcome(self.decided.currentData())
        self.decided.setEnabled(self.editable and final)
        self.why.setEnabled(self.editable)
        if final and decided != advice.outcome:
            self.differs.setText(self.tr("Differs from the advice ({advice}). Say why below.").format(
                advice=outcome_text(advice.outcome)))
            self.differs.show()
        else:
            self.differs.hide()
        self.record_button.setEnabled(self.editable and final and bool(self.why.toPlainText().strip()))

    def record(self) -> None:
        file = self.file
        if file is None or not self.record_button.isEnabled():
            return
        case_id = int(file.case.id or 0)
        answers, decided, why = self.assessment.answers(), Outcome(self.decided.currentData()), self.why.toPlainText()
        self.record_button.setEnabled(False)
        self.notice.busy(self.tr("Recording the decision…"))
        call_edit(self.client, case_id,
                  lambda session: meldcode.record_decision(session, case_id, answers, decided, why),
                  self._recorded, self._failed)

    def _recorded(self, edited: Edited[Decision]) -> None:
        decision = edited.result
        self.assessment.set_answers(())
        self.why.clear()
        self.notice.clear()
        text = self.tr("Decision recorded: {decided}.").format(decided=outcome_text(decision.decided))
        if decision.differs:
            text += " " + self.tr("It differs from the advice ({advice}).").format(
                advice=outcome_text(decision.advised))
        self.saved.emit(text, edited)

    def _failed(self, error: BaseException) -> None:
        self._update()
        if isinstance(error, VaultLocked):
            self.notice.clear()
            return
        self.notice.error(error_text(error))
