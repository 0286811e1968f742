"""The afwegingskader: five yes/no questions answered in order, with the advice after every answer.

A question can be answered only once the earlier answers lead to it; changing an earlier answer takes
back the answers after it, because the path they were given on no longer holds.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QRadioButton, QWidget

from ...domain.assessment import OUTCOME_LABELS, QUESTIONS, Advice, Outcome, advise, questions_asked
from .track_parts import word

YES, NO = 1, 0


class AssessmentWidget(QWidget):
    answered = Signal()  # the answers (and so the advice) changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment")
        self._answers: list[bool] = []
        self._editable = True
        self.questions: list[QLabel] = []
        self.yes: list[QRadioButton] = []
        self.no: list[QRadioButton] = []
        self.groups: list[QButtonGroup] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        for index, source in enumerate(QUESTIONS):
            number = index + 1
            question = QLabel(f"{number}. {word('assessment', source)}", objectName=f"question{number}")
            question.setWordWrap(True)
            yes = QRadioButton(self.tr("Yes"), objectName=f"question{number}Yes")
            no = QRadioButton(self.tr("No"), objectName=f"question{number}No")
            yes.setAccessibleName(self.tr("Question {number}: yes").format(number=number))
            no.setAccessibleName(self.tr("Question {number}: no").format(number=number))
            for button in (yes, no):
                button.setAccessibleDescription(question.text())
            group = QButtonGroup(self)
            group.addButton(yes, YES)
            group.addButton(no, NO)
            group.idClicked.connect(lambda answer, index=index: self._answer(index, answer == YES))
            choice = QWidget()  # its own parent, so the arrow keys move between yes and no only
            row = QHBoxLayout(choice)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(yes)
            row.addWidget(no)
            grid.addWidget(question, index, 0)
            grid.addWidget(choice, index, 1)
            self.questions.append(question)
            self.yes.append(yes)
            self.no.append(no)
            self.groups.append(group)
        self.advice_label = QLabel(objectName="assessmentAdvice")
        self.advice_label.setWordWrap(True)
        self.advice_label.setAccessibleName(self.tr("Advice of the afwegingskader"))
        grid.addWidget(self.advice_label, len(QUESTIONS), 0, 1, 2)
        self._render()

    def answers(self) -> tuple[bool, ...]:
        return tuple(self._answers)

    def advice(self) -> Advice:
        return advise(self._answers)

    def set_answers(self, answers: tuple[bool, ...] = ()) -> None:
        self._answers = list(answers)
        self._render()
        self.answered.emit()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._render()

    def _answer(self, index: int, answer: bool) -> None:
        self._answers = [*self._answers[:index], answer]
        self._render()
        self.answered.emit()

    def _render(self) -> None:
        asked = questions_asked(self._answers)
        for index, group in enumerate(self.groups):
            open_ = index < asked
            self.questions[index].setEnabled(open_)
            for button in (self.yes[index], self.no[index]):
                button.setEnabled(open_ and self._editable)
            group.setExclusive(False)
            answer = self._answers[index] if index < len(self._answers) else None
            self.yes[index].setChecked(answer is True)
            self.no[index].setChecked(answer is False)
            group.setExclusive(True)
        self.advice_label.setText(self.advice_text())

    def advice_text(self) -> str:
        advice = self.advice()
        if not self._answers:
            return self.tr("Answer question 1 to get the advice.")
        if advice.outcome == Outcome.CONTINUE:
            return self.tr("Advice after question {answered}: answer question {next}.").format(
                answered=len(self._answers), next=(advice.next_question or 0) + 1)
        text = "<b>{}</b>".format(self.tr("Advice: {outcome}.").format(
            outcome=word("assessment", OUTCOME_LABELS[advice.outcome])))
        if advice.reason:
            text += " " + word("assessment", advice.reason)
        return text
