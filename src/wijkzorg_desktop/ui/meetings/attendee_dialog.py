"""One attendee of a meeting: present, absent, or replaced by someone (of the sociale kaart, or a name);
their role; and whether they are bound by medical secrecy. A guest is added here too: someone of the
sociale kaart, or only a name (a guest who is not on the kaart never hears a herkenbaar case)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from ...domain.meetings import PRESENCE_LABELS, Attendee, Presence
from ..cases.case_forms import CaseDialog
from ..cases.choices import ChoiceCombo, Choices
from ..cases.track_parts import Lookup, RecipientCombo
from .labels import choose, fill
from .series_dialog import override_of, secrecy_combo


class AttendeeDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("attendeeDialog", parent)
        self._base: Attendee | None = None
        self.who = QLabel(objectName="attendeeName")
        self.contact = RecipientCombo(objectName="attendeeContact")
        self.contact.setPlaceholderText(self.tr("(someone of the sociale kaart)"))
        self.guest = QLineEdit(objectName="attendeeGuest")
        self.guest.setPlaceholderText(self.tr("or only a name, for a guest not on the sociale kaart"))
        self.role = QLineEdit(objectName="attendeeRole")
        self.presence = QComboBox(objectName="attendeePresence")
        fill(self.presence, PRESENCE_LABELS)
        self.replacement = ChoiceCombo(objectName="attendeeReplacement")
        self.replacement.setPlaceholderText(self.tr("(someone of the sociale kaart)"))
        self.replacement_name = QLineEdit(objectName="attendeeReplacementName")
        self.replacement_name.setPlaceholderText(self.tr("or only a name"))
        self.secrecy = QComboBox(objectName="attendeeSecrecy")
        for widget, text in ((self.contact, self.tr("Guest from the sociale kaart")),
                             (self.guest, self.tr("Name of the guest")), (self.role, self.tr("Role")),
                             (self.presence, self.tr("Presence")), (self.replacement, self.tr("Replaced by")),
                             (self.replacement_name, self.tr("Name of the replacement")),
                             (self.secrecy, self.tr("Bound by medical secrecy"))):
            widget.setAccessibleName(text)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Attendee:"), self.who)
        self.form.addRow(QLabel(self.tr("&Guest:"), buddy=self.contact), self.contact)
        self.form.addRow("", self.guest)
        self.form.addRow(QLabel(self.tr("&Role:"), buddy=self.role), self.role)
        self.form.addRow(QLabel(self.tr("&Presence:"), buddy=self.presence), self.presence)
        self.form.addRow(QLabel(self.tr("Replaced &by:"), buddy=self.replacement), self.replacement)
        self.form.addRow("", self.replacement_name)
        self.form.addRow(QLabel(self.tr("Medical secr&ecy:"), buddy=self.secrecy), self.secrecy)
        self.body.addLayout(self.form)
        self.finish_layout()
        self.presence.currentIndexChanged.connect(lambda _index: self.fields_changed())
        for first, second in ((self.contact, self.guest), (self.guest, self.role), (self.role, self.presence),
                              (self.presence, self.replacement), (self.replacement, self.replacement_name),
                              (self.replacement_name, self.secrecy)):
            self.setTabOrder(first, second)
        self.setMinimumWidth(560)

    def prepare(self, attendee: Attendee, name: str, lookup: Lookup, people: Choices, by_kind: bool) -> None:
        """``name`` is the attendee's name; "" for a new guest."""
        self._base = attendee
        self.editing_id = attendee.id
        guest = attendee.id is None
        self.setWindowTitle(self.tr("Add a guest") if guest else self.tr("Attendance of {name}").format(name=name))
        self.who.setText(name)
        self.form.setRowVisible(0, not guest)
        self.form.setRowVisible(1, guest)
        self.form.setRowVisible(2, guest)
        if guest:
            self.contact.set_lookup(lookup)
            self.contact.setCurrentIndex(-1)
        self.guest.setText(attendee.guest_name)
        self.role.setText(attendee.role)
        choose(self.presence, attendee.presence)
        self.replacement.set_choices(people)
        self.replacement.setCurrentIndex(self.replacement.findData(attendee.replaced_by_person_id)
                                         if attendee.replaced_by_person_id is not None else -1)
        self.replacement_name.setText(attendee.replaced_by_name)
        fresh = secrecy_combo(self.tr("as their organisation's kind: {state}"), by_kind, attendee.secrecy_override)
        self.secrecy.clear()
        for index in range(fresh.count()):
            self.secrecy.addItem(fresh.itemText(index), fresh.itemData(index))
        self.secrecy.setCurrentIndex(fresh.currentIndex())
        fresh.deleteLater()
        self.set_busy(False)
        (self.contact if guest else self.presence).setFocus()

    def fields_changed(self) -> None:
        replaced = self.presence.currentData() == str(Presence.REPLACED)
        self.form.setRowVisible(5, replaced)
        self.form.setRowVisible(6, replaced)

    def problem(self) -> str:
        assert self._base is not None
        if self._base.id is None and self.contact.recipient() is None and not self.guest.text().strip():
            self.contact.setFocus()
            return self.tr("Choose the guest from the sociale kaart or type their name.")
        if (self.presence.currentData() == str(Presence.REPLACED) and self.replacement.currentData() is None
                and not self.replacement_name.text().strip()):
            self.replacement.setFocus()
            return self.tr("Say who came instead.")
        return ""

    def attendee(self) -> Attendee:
        assert self._base is not None
        found = self._base
        if found.id is None:
            recipient = self.contact.recipient()
            found = replace(found, person_id=recipient.id if recipient and recipient.kind == "person" else None,
                            organisation_id=recipient.id if recipient and recipient.kind == "organisation"
                            else None, guest_name="" if recipient else self.guest.text().strip())
        presence = Presence(self.presence.currentData())
        replaced = presence == Presence.REPLACED
        person = self.replacement.currentData() if replaced else None
        return replace(found, role=self.role.text().strip(), presence=presence,
                       replaced_by_person_id=int(person) if person is not None else None,
                       replaced_by_name=self.replacement_name.text().strip() if replaced and person is None else "",
                       secrecy_override=override_of(self.secrecy))
