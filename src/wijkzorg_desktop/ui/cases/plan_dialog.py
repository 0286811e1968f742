"""A goal or agreement of the plan van aanpak: what, who (a party or someone of our practice), by when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from ...domain.involvement import Party, PlanItem
from ..dates import OptionalDate
from .case_forms import CaseDialog
from .directory import Directory, choose_owner, fill_owners, owner_of, split_owner


class PlanDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("planDialog", parent)
        self._base: PlanItem | None = None
        self.text = QPlainTextEdit(objectName="planText")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.owner = QComboBox(objectName="planOwner")
        self.due = OptionalDate(self.tr("&Due by"), "planDue")
        for widget, name in ((self.text, self.tr("Goal or agreement")), (self.owner, self.tr("Who does it"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Goal or agreement:"), buddy=self.text), self.text)
        form.addRow(QLabel(self.tr("&Who does it:"), buddy=self.owner), self.owner)
        form.addRow("", self.due)
        self.body.addLayout(form)
        self.finish_layout()
        self.setTabOrder(self.text, self.owner)
        self.setTabOrder(self.owner, self.due.check)
        self.setTabOrder(self.due.check, self.due.edit)
        self.setMinimumWidth(540)

    def prepare(self, item: PlanItem, directory: Directory, parties: Sequence[Party]) -> None:
        self._base = item
        self.editing_id = item.id
        self.setWindowTitle(self.tr("New goal or agreement") if item.id is None
                            else self.tr("Edit goal or agreement"))
        fill_owners(self.owner, directory, parties, nobody=True)
        if not choose_owner(self.owner, owner_of(item.party_id, item.owner_login)):
            self.owner.setCurrentIndex(0)
        self.text.setPlainText(item.text)
        self.due.set_value(item.due)
        self.set_busy(False)
        self.text.setFocus()

    def problem(self) -> str:
        if not self.text.toPlainText().strip():
            self.text.setFocus()
            return self.tr("Fill in the goal or agreement.")
        return ""

    def item(self) -> PlanItem:
        assert self._base is not None
        party_id, login = split_owner(self.owner.currentData())
        return replace(self._base, text=self.text.toPlainText().strip(), party_id=party_id, owner_login=login,
                       due=self.due.value())
