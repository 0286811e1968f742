"""A promise in a case: who promised what ("belt terug", "houdt een oogje in het zeil"), since when and
by when. Our own practice promises too: then a practice user is the owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from ...domain.involvement import Party, Promise
from ..dates import OptionalDate, date_edit, from_qdate, to_qdate
from .case_forms import CaseDialog
from .directory import Directory, choose_owner, fill_owners, owner_of, split_owner


class PromiseDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("promiseDialog", parent)
        self._base: Promise | None = None
        self.owner = QComboBox(objectName="promiseOwner")
        self.text = QComboBox(objectName="promiseText", editable=True)
        self.text.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.text.addItems([self.tr("calls back"), self.tr("keeps an eye on things"),
                            self.tr("sends a report"), self.tr("plans a home visit"),
                            self.tr("discusses it in the team")])
        self.made_on = date_edit("promiseMadeOn")
        self.due = OptionalDate(self.tr("&Due by"), "promiseDue")
        for widget, name in ((self.owner, self.tr("Who promised")), (self.text, self.tr("Promise")),
                             (self.made_on, self.tr("Promised on"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Who:"), buddy=self.owner), self.owner)
        form.addRow(QLabel(self.tr("&Promise:"), buddy=self.text), self.text)
        form.addRow(QLabel(self.tr("Promised &on:"), buddy=self.made_on), self.made_on)
        form.addRow("", self.due)
        self.body.addLayout(form)
        self.finish_layout()
        self.setTabOrder(self.owner, self.text.lineEdit())
        self.setTabOrder(self.text.lineEdit(), self.made_on)
        self.setTabOrder(self.made_on, self.due.check)
        self.setTabOrder(self.due.check, self.due.edit)
        self.setMinimumWidth(520)

    def prepare(self, promise: Promise, directory: Directory, parties: Sequence[Party]) -> None:
        self._base = promise
        self.editing_id = promise.id
        self.setWindowTitle(self.tr("New promise") if promise.id is None else self.tr("Edit promise"))
        fill_owners(self.owner, directory, parties)
        if not choose_owner(self.owner, owner_of(promise.party_id, promise.owner_login)):
            self.owner.setCurrentIndex(0)
        self.text.setCurrentText(promise.text)
        self.made_on.setDate(to_qdate(promise.made_on))
        self.due.set_value(promise.due, promise.made_on)
        self.set_busy(False)
        self.owner.setFocus()

    def problem(self) -> str:
        if self.owner.currentIndex() < 0:
            return self.tr("Choose who promised it.")
        if not self.text.currentText().strip():
            self.text.setFocus()
            return self.tr("Fill in what was promised.")
        due = self.due.value()
        if due is not None and due < from_qdate(self.made_on.date()):
            self.due.edit.setFocus()
            return self.tr("The due date lies before the day it was promised.")
        return ""

    def promise(self) -> Promise:
        assert self._base is not None
        party_id, login = split_owner(self.owner.currentData())
        made_on: date = from_qdate(self.made_on.date())
        return replace(self._base, party_id=party_id, owner_login=login, text=self.text.currentText().strip(),
                       made_on=made_on, due=self.due.value())
