"""Adding or changing a follow-up by hand: what, kind, when (a time is optional), whose, linked to a case
(and a party in it) or a person on the sociale kaart, and whether it recurs.

An assistent does not see cases: for them the case and party fields are not there.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from itertools import pairwise

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ...domain.followups import FollowUp, FollowUpKind, Recurrence
from ...services.followups import FormChoices
from ..cases.case_forms import CaseDialog
from ..dates import OptionalDate, day_from, iso_day
from .labels import kind_label

DAYS, WEEKS = "days", "weeks"


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


class FollowUpDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("followUpDialog", parent)
        self._base = FollowUp("", FollowUpKind.OTHER, "")
        self._party_name = ""
        self.choices = FormChoices([], [], {}, [])
        self.what = QLineEdit(objectName="followUpWhat")
        self.what.setPlaceholderText(self.tr("for example: call the gezinsregisseur back about the home visit"))
        self.kind = QComboBox(objectName="followUpKind")
        for kind in FollowUpKind:
            self.kind.addItem(kind_label(kind), str(kind))
        self.due = OptionalDate(self.tr("&On"), "followUpDue")
        self.timed = QCheckBox(self.tr("a&t"), objectName="followUpTimed")
        self.at = QTimeEdit(QTime(9, 0), objectName="followUpTime")
        self.at.setDisplayFormat("HH:mm")
        when = QHBoxLayout()
        when.addWidget(self.due)
        when.addWidget(self.timed)
        when.addWidget(self.at)
        when.addStretch(1)
        self.owner = QComboBox(objectName="followUpOwner")
        self.case = QComboBox(objectName="followUpCase")
        self.party = QComboBox(objectName="followUpParty")
        self.person = QComboBox(objectName="followUpPerson")
        self.recurs = QCheckBox(self.tr("&Repeat every"), objectName="followUpRecurs")
        self.every = QSpinBox(objectName="followUpEvery", minimum=1, maximum=52, value=2)
        self.unit = QComboBox(objectName="followUpUnit")
        self.unit.addItem(self.tr("weeks"), WEEKS)
        self.unit.addItem(self.tr("days"), DAYS)
        self.until = OptionalDate(self.tr("&until"), "followUpUntil")
        repeat = QHBoxLayout()
        for widget in (self.recurs, self.every, self.unit, self.until):
            repeat.addWidget(widget)
        repeat.addStretch(1)
        for widget, name in ((self.what, self.tr("What")), (self.kind, self.tr("Kind")),
                             (self.at, self.tr("Time")), (self.owner, self.tr("Owner")), (self.case, self.tr("Case")),
                             (self.party, self.tr("Party")), (self.person, self.tr("Contact person")),
                             (self.every, self.tr("Repeat every")), (self.unit, self.tr("Unit"))):
            widget.setAccessibleName(name)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(QLabel(self.tr("&What:"), buddy=self.what), self.what)
        self.form.addRow(QLabel(self.tr("&Kind:"), buddy=self.kind), self.kind)
        self.form.addRow(QLabel(self.tr("When:")), when)
        self.form.addRow(QLabel(self.tr("Ow&ner:"), buddy=self.owner), self.owner)
        self.form.addRow(QLabel(self.tr("&Case:"), buddy=self.case), self.case)
        self.form.addRow(QLabel(self.tr("&Party:"), buddy=self.party), self.party)
        self.form.addRow(QLabel(self.tr("Contact p&erson:"), buddy=self.person), self.person)
        self.form.addRow(QLabel(self.tr("Recurrence:")), repeat)
        self.body.addLayout(self.form)
        self.finish_layout()
        order = [self.what, self.kind, self.due.check, self.due.edit, self.timed, self.at, self.owner, self.case,
                 self.party, self.person, self.recurs, self.every, self.unit, self.until.check, self.until.edit]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self.setMinimumWidth(600)

        self.due.check.toggled.connect(lambda _on: self.fields_changed())
        self.timed.toggled.connect(lambda _on: self.fields_changed())
        self.recurs.toggled.connect(lambda _on: self.fields_changed())
        self.case.currentIndexChanged.connect(lambda _index: self._fill_parties())

    # -- filling ---------------------------------------------------------------------------------

    def set_choices(self, choices: FormChoices) -> None:
        self.choices = choices
        self.owner.clear()
        for login, name in choices.users:
            self.owner.addItem(name, login)
        self.case.blockSignals(True)
        self.case.clear()
        self.case.addItem(self.tr("(no case)"), None)
        for case_id, label in choices.cases:
            self.case.addItem(label, case_id)
        self.case.blockSignals(False)
        self.person.clear()
        self.person.addItem(self.tr("(nobody)"), None)
        for person_id, name in choices.people:
            self.person.addItem(name, person_id)
        self.form.setRowVisible(self.case, self.with_cases)
        self.form.setRowVisible(self.party, self.with_cases)

    @property
    def with_cases(self) -> bool:
        """Whether this user sees cases (an assistent does not: their follow-up keeps its case as it is)."""
        return bool(self.choices.cases)

    def _fill_parties(self, party_id: int | None = None) -> None:
        wanted = party_id if party_id is not None else self.party.currentData()
        self.party.clear()
        self.party.addItem(self.tr("(no party)"), None)
        case_id = self.case.currentData()
        for pid, name in self.choices.parties.get(case_id, []):
            self.party.addItem(name, pid)
        base = self._base
        if case_id is not None and case_id == base.case_id and base.party_id is not None \
                and self.party.findData(base.party_id) < 0:
            self.party.addItem(self._party_name or "…", base.party_id)
        _choose(self.party, wanted)
        self.fields_changed()

    def prepare(self, followup: FollowUp, choices: FormChoices, case_label: str = "", party_name: str = "") -> None:
        """``case_label`` and ``party_name`` name the follow-up's case and party when they are not among the
        choices (a closed case)."""
        self._base = followup
        self._party_name = party_name
        self.editing_id = followup.id
        self.setWindowTitle(self.tr("New follow-up") if followup.id is None else self.tr("Change follow-up"))
        self.set_choices(choices)
        if self.with_cases and followup.case_id is not None and self.case.findData(followup.case_id) < 0:
            self.case.addItem(case_label or "…", followup.case_id)
        self.what.setText(followup.what)
        _choose(self.kind, str(followup.kind))
        self.due.set_value(followup.due)
        self.timed.setChecked(followup.due_time is not None)
        self.at.setTime(QTime(followup.due_time.hour, followup.due_time.minute) if followup.due_time
                        else QTime(9, 0))
        _choose(self.owner, followup.owner_login)
        _choose(self.case, followup.case_id)
        self._fill_parties(followup.party_id)
        _choose(self.person, followup.person_id)
        recurrence = followup.recurrence
        self.recurs.setChecked(recurrence is not None)
        if recurrence is not None:
            weekly = recurrence.every_days % 7 == 0
            self.every.setValue(recurrence.every_days // 7 if weekly else recurrence.every_days)
            _choose(self.unit, WEEKS if weekly else DAYS)
        self.until.set_value(recurrence.until if recurrence else None)
        self.set_busy(False)
        self.what.setFocus()

    def fields_changed(self) -> None:
        dated = self.due.check.isChecked()
        self.timed.setEnabled(dated and not self.busy)
        self.at.setEnabled(dated and self.timed.isChecked() and not self.busy)
        self.recurs.setEnabled(dated and not self.busy)
        recurring = dated and self.recurs.isChecked() and not self.busy
        for widget in (self.every, self.unit, self.until):
            widget.setEnabled(recurring)
        self.party.setEnabled(self.case.currentData() is not None and self.party.count() > 1 and not self.busy)

    # -- reading ---------------------------------------------------------------------------------

    def problem(self) -> str:
        if not self.what.text().strip():
            self.what.setFocus()
            return self.tr("Fill in what is to be done.")
        if self.owner.currentIndex() < 0:
            return self.tr("Choose whose follow-up it is.")
        followup = self.followup()
        recurrence = followup.recurrence
        if recurrence is not None and recurrence.until is not None and followup.due is not None \
                and recurrence.until < followup.due:
            self.until.edit.setFocus()
            return self.tr("The recurrence ends before the first date.")
        return ""

    def followup(self) -> FollowUp:
        due = self.due.value()
        moment = self.at.time()
        due_time = time(moment.hour(), moment.minute()) if due is not None and self.timed.isChecked() else None
        recurrence = None
        if due is not None and self.recurs.isChecked():
            days = self.every.value() * (7 if self.unit.currentData() == WEEKS else 1)
            recurrence = Recurrence(days, self.until.value())
        case_id = self.case.currentData() if self.with_cases else self._base.case_id
        party_id = self.party.currentData() if self.with_cases else self._base.party_id
        return replace(self._base, what=self.what.text().strip(), kind=FollowUpKind(self.kind.currentData()),
                       owner_login=str(self.owner.currentData() or ""), due=due, due_time=due_time,
                       case_id=case_id, party_id=party_id if case_id is not None else None,
                       person_id=self.person.currentData(), recurrence=recurrence)

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> dict[str, object]:
        f = self.followup()
        return {"id": f.id, "what": f.what, "kind": str(f.kind), "owner": f.owner_login, "due": iso_day(f.due),
                "time": f.due_time.isoformat("minutes") if f.due_time else "", "case_id": f.case_id,
                "party_id": f.party_id, "person_id": f.person_id,
                "every_days": f.recurrence.every_days if f.recurrence else 0,
                "until": iso_day(f.recurrence.until) if f.recurrence else ""}


def from_draft(draft: dict[str, object]) -> FollowUp:
    def number(key: str) -> int | None:
        value = draft.get(key)
        return value if isinstance(value, int) else None

    try:
        kind = FollowUpKind(str(draft.get("kind", "")))
    except ValueError:
        kind = FollowUpKind.OTHER
    try:
        at = time.fromisoformat(str(draft.get("time"))) if draft.get("time") else None
    except ValueError:
        at = None
    due: date | None = day_from(draft.get("due"))
    every = number("every_days")
    return FollowUp(str(draft.get("what", "")), kind, str(draft.get("owner", "")), due, at,
                    case_id=number("case_id"), party_id=number("party_id"), person_id=number("person_id"),
                    recurrence=Recurrence(every, day_from(draft.get("until"))) if every else None, id=number("id"))
