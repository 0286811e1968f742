"""An action agreed in the meeting: what, who does it (a practice user: a follow-up of theirs; a partner:
a promise in the case) and by when. Who does it is chosen once: to give it to someone else, remove the
action and add a new one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from ...domain.meetings import MeetingAction
from ..cases.case_forms import CaseDialog
from ..cases.choices import Line
from ..cases.track_parts import Lookup, RecipientCombo
from ..dates import OptionalDate


def owner_key(action: MeetingAction) -> str:
    if action.owner_login:
        return f"user:{action.owner_login}"
    if action.owner_person_id is not None:
        return f"person:{action.owner_person_id}"
    if action.owner_organisation_id is not None:
        return f"organisation:{action.owner_organisation_id}"
    return ""


class ActionDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("actionDialog", parent)
        self._base: MeetingAction | None = None
        self.what = QLineEdit(objectName="actionWhat")
        self.what.setMaxLength(300)
        self.what.setPlaceholderText(self.tr("e.g. calls the school about the absences"))
        self.owner = RecipientCombo(objectName="actionOwner")
        self.owner.setPlaceholderText(self.tr("(a colleague, an attendee or someone of the sociale kaart)"))
        self.due = OptionalDate(self.tr("&Due by"), "actionDue")
        for widget, text in ((self.what, self.tr("What")), (self.owner, self.tr("Who does it"))):
            widget.setAccessibleName(text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&What:"), buddy=self.what), self.what)
        form.addRow(QLabel(self.tr("W&ho:"), buddy=self.owner), self.owner)
        form.addRow("", self.due)
        self.body.addLayout(form)
        self.finish_layout()
        self.setTabOrder(self.what, self.owner)
        self.setTabOrder(self.owner, self.due.check)
        self.setTabOrder(self.due.check, self.due.edit)
        self.setMinimumWidth(560)

    def prepare(self, action: MeetingAction, lookup: Lookup, attendees: Sequence[Line], today: date) -> None:
        """``attendees``: (name, "person:ID" / "organisation:ID") of the meeting's partners, offered first
        after the practice's users."""
        self._base = action
        self.editing_id = action.id
        self.setWindowTitle(self.tr("New action") if action.id is None else self.tr("Edit action"))
        users: list[Line] = [(self.tr("{name} (our practice)").format(name=name), f"user:{login}")
                             for login, name in sorted(lookup.users.items(), key=lambda pair: pair[1].casefold())]
        self.owner.set_choices(lookup.recipients(), [*users, *attendees])
        key = owner_key(action)
        self.owner.setCurrentIndex(self.owner.findData(key) if key else -1)
        self.owner.setEnabled(action.id is None)
        self.say("" if action.id is None else self.tr(
            "Who does it stays: to give the action to someone else, remove it and add a new one."))
        self.what.setText(action.what)
        self.due.set_value(action.due, today)
        self.set_busy(False)
        self.what.setFocus()

    @property
    def item_id(self) -> int | None:
        return self._base.item_id if self._base is not None else None

    def fields_changed(self) -> None:
        self.owner.setEnabled(not self.busy and self.editing_id is None)

    def problem(self) -> str:
        if not self.what.text().strip():
            self.what.setFocus()
            return self.tr("Fill in what is to be done.")
        if not str(self.owner.currentData() or ""):
            self.owner.setFocus()
            return self.tr("Choose who does it.")
        return ""

    def action(self) -> MeetingAction:
        assert self._base is not None
        kind, _, value = str(self.owner.currentData() or "").partition(":")
        owner = {"owner_login": "", "owner_person_id": None, "owner_organisation_id": None}
        if kind == "user":
            owner["owner_login"] = value
        elif kind == "person":
            owner["owner_person_id"] = int(value)
        elif kind == "organisation":
            owner["owner_organisation_id"] = int(value)
        return replace(self._base, what=self.what.text().strip(), due=self.due.value(), **owner)
