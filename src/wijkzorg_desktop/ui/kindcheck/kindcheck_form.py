"""The kindcheck as a structured note: does this adult patient care for children, and can they do so
safely? What was done about it, and when to look again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.kindcheck import (
    ACTION_LABELS,
    ANSWER_LABELS,
    REASON_LABELS,
    Answer,
    Kindcheck,
    KindcheckAction,
    KindcheckReason,
)
from ..cases.track_parts import choose, fill, warning_label, word
from ..dates import OptionalDate, date_edit, day_from, from_qdate, iso_day, to_qdate

UNKNOWN_COUNT = -1


class AnswerChoice(QWidget):
    """Radio buttons for one question (ja / twijfel / nee, or ja / nee / onbekend); none chosen is unknown."""

    changed = Signal()

    def __init__(self, object_name: str, answers: Sequence[Answer], question: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QRadioButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for answer in answers:
            button = QRadioButton(word("kindcheck", ANSWER_LABELS[answer]), objectName=f"{object_name}_{answer}")
            button.setAccessibleName(f"{question}: {button.text()}")
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
        row.addStretch(1)
        self.group.buttonToggled.connect(lambda _button, checked: self.changed.emit() if checked else None)
        self.setFocusProxy(next(iter(self.buttons.values())))

    def value(self) -> Answer:
        return next((answer for answer, button in self.buttons.items() if button.isChecked()), Answer.UNKNOWN)

    def set_value(self, answer: Answer) -> None:
        self.group.setExclusive(False)
        for value, button in self.buttons.items():
            button.setChecked(value == answer)
        self.group.setExclusive(True)
        self.changed.emit()


def parse_ages(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.replace(";", ",").replace(" ", ",").split(",") if part.strip())


class KindcheckForm(QWidget):
    changed = Signal()  # anything typed or chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindcheckForm")
        self._base = Kindcheck(date.today(), "", KindcheckReason.DEPRESSION, Answer.UNKNOWN)
        self.on = date_edit("kindcheckDate")
        self.patient = QLineEdit(objectName="kindcheckPatient")
        self.patient.setPlaceholderText(self.tr("Initials, e.g. M.K."))
        self.reason = QComboBox(objectName="kindcheckReason")
        fill(self.reason, REASON_LABELS, "kindcheck")
        self.reason_other = QLineEdit(objectName="kindcheckReasonOther")
        self.reason_other.setPlaceholderText(self.tr("Which other reason"))
        self.cares = AnswerChoice("kindcheckCares", (Answer.YES, Answer.NO, Answer.UNKNOWN),
                                  self.tr("Cares for children"))
        self.count = QSpinBox(objectName="kindcheckCount")
        self.count.setRange(UNKNOWN_COUNT, 20)
        self.count.setSpecialValueText(self.tr("unknown"))
        self.ages = QLineEdit(objectName="kindcheckAges")
        self.ages.setPlaceholderText(self.tr("e.g. 4, 9"))
        self.ages.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ,;]*"), self.ages))
        self.adequate = AnswerChoice("kindcheckAdequate", (Answer.YES, Answer.DOUBT, Answer.NO),
                                     self.tr("Adequate care"))
        self.ask_help = AnswerChoice("kindcheckAskHelp", (Answer.YES, Answer.DOUBT, Answer.NO),
                                     self.tr("Can ask for help"))
        self.network = AnswerChoice("kindcheckNetwork", (Answer.YES, Answer.NO, Answer.UNKNOWN), self.tr("Network"))
        self.concerns = QPlainTextEdit(objectName="kindcheckConcerns")
        self.concerns.setTabChangesFocus(True)
        self.concerns.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.action = QComboBox(objectName="kindcheckAction")
        fill(self.action, ACTION_LABELS, "kindcheck")
        self.next_check = OptionalDate(self.tr("&Next check on"), "kindcheckNext", empty_until_chosen=True)
        self.concerning = warning_label("kindcheckConcerning")
        self.concerning.setText(self.tr("This kindcheck raises concerns: after saving you can open or link a case."))
        self.linked = QLabel(objectName="kindcheckLinked")
        for widget, name in ((self.on, self.tr("Date")), (self.patient, self.tr("Patient")),
                             (self.reason, self.tr("Reason")), (self.reason_other, self.tr("Other reason")),
                             (self.count, self.tr("Number of children")), (self.ages, self.tr("Ages of the children")),
                             (self.concerns, self.tr("Concerns")), (self.action, self.tr("Action taken")),
                             (self.next_check.edit, self.tr("Next check"))):
            widget.setAccessibleName(name)

        reason = QVBoxLayout()
        reason.setSpacing(4)
        reason.addWidget(self.reason)
        reason.addWidget(self.reason_other)
        children = QHBoxLayout()
        children.addWidget(self.count)
        ages_label = QLabel(self.tr("Ag&es:"), buddy=self.ages)
        children.addWidget(ages_label)
        children.addWidget(self.ages, 1)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Date:"), buddy=self.on), self.on)
        form.addRow(QLabel(self.tr("&Patient:"), buddy=self.patient), self.patient)
        form.addRow(QLabel(self.tr("&Reason:"), buddy=self.reason), reason)
        form.addRow(QLabel(self.tr("&Cares for children:"), buddy=self.cares), self.cares)
        form.addRow(QLabel(self.tr("N&umber:"), buddy=self.count), children)
        for text, question, choice in (
                (self.tr("&Adequate care:"), self.tr("Can the parent give adequate care?"), self.adequate),
                (self.tr("Asks for he&lp:"), self.tr("Can the parent ask for help?"), self.ask_help),
                (self.tr("Net&work:"), self.tr("Is there a network around the family?"), self.network)):
            label = QLabel(text, buddy=choice)
            label.setToolTip(question)
            choice.setToolTip(question)
            form.addRow(label, choice)
        form.addRow(QLabel(self.tr("C&oncerns:"), buddy=self.concerns), self.concerns)
        form.addRow(QLabel(self.tr("Action &taken:"), buddy=self.action), self.action)
        form.addRow("", self.next_check)
        form.addRow("", self.concerning)
        form.addRow("", self.linked)

        order = [self.on, self.patient, self.reason, self.reason_other, *self.cares.buttons.values(), self.count,
                 self.ages, *self.adequate.buttons.values(), *self.ask_help.buttons.values(),
                 *self.network.buttons.values(), self.concerns, self.action, self.next_check.check,
                 self.next_check.edit]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        for signal in (self.on.dateChanged, self.patient.textChanged, self.reason.currentIndexChanged,
                       self.reason_other.textChanged, self.cares.changed, self.count.valueChanged,
                       self.ages.textChanged, self.adequate.changed, self.ask_help.changed, self.network.changed,
                       self.concerns.textChanged, self.action.currentIndexChanged, self.next_check.check.toggled,
                       self.next_check.edit.dateChanged):
            signal.connect(self._changed)
        self._changed()

    def first_field(self) -> QWidget:
        return self.patient

    def _changed(self) -> None:
        other = self.reason.currentData() == str(KindcheckReason.OTHER)
        self.reason_other.setEnabled(other)
        cares = self.cares.value() != Answer.NO
        for widget in (self.count, self.ages):
            widget.setEnabled(cares)
        self.concerning.setVisible(self.kindcheck().concerning and self._base.case_id is None)
        self.changed.emit()

    # -- the kindcheck ---------------------------------------------------------------------------

    def show_kindcheck(self, kindcheck: Kindcheck, case_label: str = "") -> None:
        self._base = kindcheck
        self.on.setDate(to_qdate(kindcheck.on))
        self.patient.setText(kindcheck.patient)
        choose(self.reason, kindcheck.reason)
        self.reason_other.setText(kindcheck.reason_other)
        self.cares.set_value(kindcheck.cares_for_children)
        self.count.setValue(UNKNOWN_COUNT if kindcheck.children_count is None else kindcheck.children_count)
        self.ages.setText(", ".join(str(age) for age in kindcheck.children_ages))
        self.adequate.set_value(kindcheck.adequate_care)
        self.ask_help.set_value(kindcheck.can_ask_for_help)
        self.network.set_value(kindcheck.has_network)
        self.concerns.setPlainText(kindcheck.concerns)
        choose(self.action, kindcheck.action)
        self.next_check.set_value(kindcheck.next_check)
        self.linked.setText(self.tr("Linked to {case}.").format(case=case_label) if case_label else "")
        self._changed()

    def mark_linked(self, case_id: int, case_label: str) -> None:
        """The kindcheck in the form is now part of a case; what is typed stays."""
        self._base = replace(self._base, case_id=case_id)
        self.linked.setText(self.tr("Linked to {case}.").format(case=case_label))
        self._changed()

    def new(self, today: date) -> None:
        self.show_kindcheck(Kindcheck(today, "", KindcheckReason.DEPRESSION, Answer.UNKNOWN))

    @property
    def editing_id(self) -> int | None:
        return self._base.id

    def kindcheck(self) -> Kindcheck:
        cares = self.cares.value()
        count = self.count.value()
        keep_children = cares != Answer.NO
        other = self.reason.currentData() == str(KindcheckReason.OTHER)
        return replace(
            self._base, on=from_qdate(self.on.date()), patient=self.patient.text(),
            reason=KindcheckReason(self.reason.currentData()), reason_other=self.reason_other.text() if other else "",
            cares_for_children=cares, children_count=count if keep_children and count != UNKNOWN_COUNT else None,
            children_ages=parse_ages(self.ages.text()) if keep_children else (),
            adequate_care=self.adequate.value(), can_ask_for_help=self.ask_help.value(),
            has_network=self.network.value(), concerns=self.concerns.toPlainText(),
            action=KindcheckAction(self.action.currentData()), next_check=self.next_check.value())

    # -- drafts ----------------------------------------------------------------------------------

    def typed(self) -> bool:
        """Whether anything was typed that is not saved (a new note with a patient or concerns)."""
        current = self.kindcheck()
        return current != self._base and bool(current.patient.strip() or current.concerns.strip())

    def draft(self) -> dict[str, object]:
        k = self.kindcheck()
        return {"id": k.id, "on": iso_day(k.on), "patient": k.patient, "reason": str(k.reason),
                "reason_other": k.reason_other, "cares": str(k.cares_for_children), "count": k.children_count,
                "ages": self.ages.text(), "adequate": str(k.adequate_care), "ask_help": str(k.can_ask_for_help),
                "network": str(k.has_network), "concerns": k.concerns, "action": str(k.action),
                "next_check": iso_day(k.next_check), "case_id": k.case_id, "member_id": k.member_id,
                "author": k.author_login}

    def restore(self, form: dict[str, object]) -> None:
        def answer(key: str) -> Answer:
            try:
                return Answer(str(form.get(key)))
            except ValueError:
                return Answer.UNKNOWN

        def number(key: str) -> int | None:
            value = form.get(key)
            return value if isinstance(value, int) else None

        try:
            reason = KindcheckReason(str(form.get("reason")))
            action = KindcheckAction(str(form.get("action")))
        except ValueError:
            reason, action = KindcheckReason.OTHER, KindcheckAction.NONE
        self.show_kindcheck(Kindcheck(
            day_from(form.get("on")) or date.today(), str(form.get("patient", "")), reason, answer("cares"),
            number("count"), (), answer("adequate"), answer("ask_help"), answer("network"),
            str(form.get("concerns", "")), action, day_from(form.get("next_check")), str(form.get("author", "")),
            number("case_id"), number("member_id"), str(form.get("reason_other", "")), number("id")))
        self.ages.setText(str(form.get("ages", "")))
