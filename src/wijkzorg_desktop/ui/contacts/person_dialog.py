"""Add or change a person on the sociale kaart: who, where, how and when to reach them."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.availability import Availability
from ...domain.contacts import FUNCTIONS, Channel, ChannelKind, Organisation, Person
from ..client import VaultClient
from ..dates import OptionalDate, day_from, iso_day
from .availability_field import AvailabilityField
from .certificate_box import CertificateBox
from .channels_editor import ChannelsEditor
from .form_parts import ContactDialog, ErrorLabel, with_error


def choose_data(combo: QComboBox, value: object) -> bool:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
    return index >= 0


def encode_certificate(der: bytes | None) -> str:
    return base64.b64encode(der).decode("ascii") if der else ""


def decode_certificate(text: object) -> bytes | None:
    try:
        return base64.b64decode(str(text), validate=True) if text else None
    except (binascii.Error, ValueError):
        return None


class PersonDialog(ContactDialog):
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self._base = Person("")
        self._want: tuple[int | None, str] = (None, "")  # organisation id, liaison login
        self.name = QLineEdit(objectName="personName")
        self.organisation = QComboBox(objectName="personOrganisation")
        self.function = QComboBox(objectName="personFunction", editable=True)
        self.function.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.liaison = QComboBox(objectName="personLiaison")
        self.verified = OptionalDate(self.tr("&Verified on"), "personVerified")
        self.known_since = OptionalDate(self.tr("&Known personally since"), "personKnownSince")
        self.notes = QPlainTextEdit(objectName="personNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.channels = ChannelsEditor(self.marks)
        self.availability = AvailabilityField("personAvailability")
        self.certificate = CertificateBox(client, "personCertificate")
        for widget, name in ((self.name, self.tr("Name")), (self.organisation, self.tr("Organisation")),
                             (self.function, self.tr("Function")),
                             (self.liaison, self.tr("Liaison in our practice")),
                             (self.notes, self.tr("Notes")),
                             (self.availability.edit, self.tr("When reachable"))):
            widget.setAccessibleName(name)
        self.set_choices([], [], [])

        keys = ("name", "organisation", "liaison", "availability")
        errors = {key: ErrorLabel(f"{key}Error") for key in keys}
        self.marks.add("name", self.name, errors["name"])
        self.marks.add("organisation", self.organisation, errors["organisation"])
        self.marks.add("liaison", self.liaison, errors["liaison"])
        self.marks.add("availability", self.availability.edit, errors["availability"])
        self.marks.add("certificate", self.certificate, self.certificate.error)

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.addRow(QLabel(self.tr("&Name:"), buddy=self.name), with_error(self.name, errors["name"]))
        left.addRow(QLabel(self.tr("&Organisation:"), buddy=self.organisation),
                    with_error(self.organisation, errors["organisation"]))
        left.addRow(QLabel(self.tr("&Function:"), buddy=self.function), self.function)
        left.addRow(QLabel(self.tr("&Liaison here:"), buddy=self.liaison),
                    with_error(self.liaison, errors["liaison"]))
        left.addRow("", self.verified)
        left.addRow("", self.known_since)
        left.addRow(QLabel(self.tr("No&tes:"), buddy=self.notes), self.notes)
        reach = QGroupBox(self.tr("How to reach"))
        QVBoxLayout(reach).addWidget(self.channels)
        when = QGroupBox(self.tr("When reachable"))
        QVBoxLayout(when).addWidget(with_error(self.availability, errors["availability"]))
        right = QVBoxLayout()
        right.addWidget(reach)
        right.addWidget(when)
        right.addWidget(self.certificate)
        right.addStretch(1)
        self.lay_out(left, right, (4, 6))

        self.setTabOrder(self.name, self.organisation)
        self.setTabOrder(self.organisation, self.function)
        self.setTabOrder(self.function, self.liaison)
        self.setTabOrder(self.liaison, self.verified.check)
        self.setTabOrder(self.verified.check, self.verified.edit)
        self.setTabOrder(self.verified.edit, self.known_since.check)
        self.setTabOrder(self.known_since.check, self.known_since.edit)
        self.setTabOrder(self.known_since.edit, self.notes)
        self.setTabOrder(self.notes, self.channels.first_field())
        self.marks.unmark_on("name", self.name.textChanged)
        self.marks.unmark_on("availability", self.availability.changed, self.availability.valid)
        self.setMinimumWidth(980)

    # -- choices ---------------------------------------------------------------------------------

    def set_choices(self, organisations: Sequence[Organisation], users: Sequence[tuple[str, str]],
                    functions: Sequence[str]) -> None:
        """Organisations, practice users and known functions; what was chosen stays chosen."""
        org_id = self.organisation.currentData() if self.organisation.count() else self._want[0]
        login = self.liaison.currentData() if self.liaison.count() else self._want[1]
        function = self.function.currentText()
        self.organisation.clear()
        self.organisation.addItem(self.tr("(no organisation)"), None)
        for org in sorted(organisations, key=lambda o: o.name.casefold()):
            self.organisation.addItem(org.name, org.id)
        self.liaison.clear()
        self.liaison.addItem(self.tr("(nobody)"), "")
        for user_login, full_name in users:
            self.liaison.addItem(full_name, user_login)
        self.function.clear()
        self.function.addItems(list(dict.fromkeys([*FUNCTIONS, *functions])))
        self._choose(org_id, str(login or ""))
        self.function.setCurrentText(function)

    def _choose(self, org_id: int | None, login: str) -> None:
        self._want = (org_id, login)
        if not choose_data(self.organisation, org_id):
            self.organisation.setCurrentIndex(0)
        if not choose_data(self.liaison, login):
            self.liaison.setCurrentIndex(0)

    # -- the person ------------------------------------------------------------------------------

    def prepare(self, person: Person | None, organisation_id: int | None = None, *,
                stored: bool = True) -> None:
        """An empty form for a new person (in ``organisation_id``), or ``person``'s details (``stored``:
        as saved, not as typed in a draft)."""
        new = person is None
        base = Person("", organisation_id=organisation_id, verified_on=date.today()) if new else person
        self._base = base
        self.editing_id = base.id
        self.setWindowTitle(self.tr("New person") if base.id is None
                            else self.tr("Edit {name}").format(name=base.name))
        self.name.setText(base.name)
        self._choose(base.organisation_id, base.liaison_login)
        self.function.setCurrentText(base.function)
        self.channels.set_channels(base.channels, stored=stored)
        self.availability.set_value(base.availability)
        self.verified.set_value(base.verified_on)
        self.known_since.set_value(base.known_since)
        self.notes.setPlainText(base.notes)
        self.certificate.set_certificate(base.certificate)
        self.marks.clear()
        self.set_busy(False)
        self.name.setFocus()

    def person(self) -> Person:
        availability, _why = self.availability.parsed()
        org_id = self.organisation.currentData()
        return replace(self._base, name=self.name.text(), organisation_id=org_id if org_id else None,
                       function=self.function.currentText(), channels=self.channels.channels(),
                       availability=availability or Availability(),
                       liaison_login=str(self.liaison.currentData() or ""),
                       verified_on=self.verified.value(), known_since=self.known_since.value(),
                       notes=self.notes.toPlainText(), certificate=self.certificate.der)

    def check(self) -> bool:
        _availability, why = self.availability.parsed()
        self.marks.mark("availability", why)
        return not why

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> dict[str, object]:
        """Everything typed, including what does not validate yet."""
        return {
            "id": self.editing_id, "departed": self._base.departed, "name": self.name.text(),
            "organisation_id": self.organisation.currentData(), "function": self.function.currentText(),
            "channels": [[str(c.kind), c.value, c.preferred] for c in self.channels.channels()],
            "availability": self.availability.text(), "liaison": str(self.liaison.currentData() or ""),
            "verified_on": iso_day(self.verified.value()), "known_since": iso_day(self.known_since.value()),
            "notes": self.notes.toPlainText(), "certificate": encode_certificate(self.certificate.der),
        }

    def restore(self, form: dict[str, object]) -> None:
        channels = []
        for item in form.get("channels") or []:
            try:
                kind, value, preferred = item  # type: ignore[misc]
                channels.append(Channel(ChannelKind(kind), str(value), bool(preferred)))
            except (TypeError, ValueError):
                continue
        raw_id = form.get("id")
        org_id = form.get("organisation_id")
        self.prepare(Person(
            name=str(form.get("name", "")), organisation_id=int(org_id) if isinstance(org_id, int) else None,
            function=str(form.get("function", "")), channels=tuple(channels),
            liaison_login=str(form.get("liaison", "")), verified_on=day_from(form.get("verified_on")),
            known_since=day_from(form.get("known_since")), notes=str(form.get("notes", "")),
            certificate=decode_certificate(form.get("certificate")), departed=bool(form.get("departed")),
            id=int(raw_id) if isinstance(raw_id, int) else None), stored=False)
        self.availability.set_text(str(form.get("availability", "")))
