"""Add or change an organisation on the sociale kaart: what it is, where it works, how to reach it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.availability import Availability
from ...domain.contacts import Organisation, OrganisationKind
from ...services.contact_rules import display_phone
from ..client import VaultClient
from .availability_field import AvailabilityField
from .certificate_box import CertificateBox
from .form_parts import ContactDialog, ErrorLabel, with_error
from .labels import fill_kinds
from .person_dialog import choose_data, decode_certificate, encode_certificate

_LINE_FIELDS = ("name", "phone", "crisis_phone", "secure_email", "website")
_PHONES = ("phone", "crisis_phone")


def split_municipalities(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


class OrganisationDialog(ContactDialog):
    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationDialog")
        self._base = Organisation("")
        self.lines = {key: QLineEdit(objectName=f"organisation_{key}") for key in _LINE_FIELDS}
        self.name = self.lines["name"]
        self.kind = QComboBox(objectName="organisationKind")
        fill_kinds(self.kind)
        self.municipalities = QLineEdit(objectName="organisationMunicipalities")
        self.municipalities.setPlaceholderText(self.tr("for example Utrecht, Nieuwegein"))
        self.address = QPlainTextEdit(objectName="organisationAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.opening_hours = AvailabilityField("organisationHours")
        self.notes = QPlainTextEdit(objectName="organisationNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.certificate = CertificateBox(client, "organisationCertificate")
        self.lines["phone"].setPlaceholderText(self.tr("for example 030 123 4567"))
        self.lines["crisis_phone"].setPlaceholderText(self.tr("reachable outside office hours, if any"))
        self.lines["secure_email"].setPlaceholderText(self.tr("name@zorgmail.nl"))
        self.lines["website"].setPlaceholderText(self.tr("www.example.nl"))
        labels = {"name": self.tr("&Name:"), "phone": self.tr("&General number:"),
                  "crisis_phone": self.tr("C&risis number:"), "secure_email": self.tr("Secure &e-mail:"),
                  "website": self.tr("&Website:")}
        names = {"name": self.tr("Name"), "phone": self.tr("General number"),
                 "crisis_phone": self.tr("Crisis number"), "secure_email": self.tr("Secure e-mail"),
                 "website": self.tr("Website")}
        errors = {key: ErrorLabel(f"{key}Error") for key in (*_LINE_FIELDS, "availability")}
        for key, edit in self.lines.items():
            edit.setAccessibleName(names[key])
            self.marks.add(key, edit, errors[key])
            self.marks.unmark_on(key, edit.textChanged)
        self.marks.add("availability", self.opening_hours.edit, errors["availability"])
        self.marks.add("certificate", self.certificate, self.certificate.error)
        for widget, name in ((self.kind, self.tr("Kind of organisation")),
                             (self.municipalities, self.tr("Municipalities served")),
                             (self.address, self.tr("Address")), (self.notes, self.tr("Notes")),
                             (self.opening_hours.edit, self.tr("Opening hours"))):
            widget.setAccessibleName(name)

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.addRow(QLabel(labels["name"], buddy=self.name), with_error(self.name, errors["name"]))
        left.addRow(QLabel(self.tr("&Kind:"), buddy=self.kind), self.kind)
        left.addRow(QLabel(self.tr("&Municipalities:"), buddy=self.municipalities), self.municipalities)
        left.addRow(QLabel(self.tr("&Address:"), buddy=self.address), self.address)
        left.addRow(QLabel(self.tr("No&tes:"), buddy=self.notes), self.notes)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in _LINE_FIELDS[1:]:
            edit = self.lines[key]
            right.addRow(QLabel(labels[key], buddy=edit), with_error(edit, errors[key]))
        right.addRow(QLabel(self.tr("&Opening hours:"), buddy=self.opening_hours.edit),
                     with_error(self.opening_hours, errors["availability"]))
        right_column = QVBoxLayout()
        right_column.addLayout(right)
        right_column.addWidget(self.certificate)
        right_column.addStretch(1)
        self.lay_out(left, right_column, (1, 1))

        chain = [self.name, self.kind, self.municipalities, self.address, self.notes,
                 *(self.lines[k] for k in _LINE_FIELDS[1:]), self.opening_hours.edit]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self.marks.unmark_on("availability", self.opening_hours.changed, self.opening_hours.valid)
        self.setMinimumWidth(940)

    def set_municipalities(self, known: Sequence[str]) -> None:
        """Known municipalities are offered while typing."""
        completer = QCompleter(list(known), self.municipalities)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.municipalities.setCompleter(completer)

    def prepare(self, org: Organisation | None, *, stored: bool = True) -> None:
        """An empty form, or ``org`` as saved (phone numbers in Dutch format) or as a draft had it."""
        base = org or Organisation("")
        self._base = base
        self.editing_id = base.id
        self.setWindowTitle(self.tr("New organisation") if base.id is None
                            else self.tr("Edit {name}").format(name=base.name))
        self.name.setText(base.name)
        choose_data(self.kind, str(base.kind))
        self.municipalities.setText(", ".join(base.municipalities))
        self.address.setPlainText(base.address)
        for key in _LINE_FIELDS[1:]:
            value = str(getattr(base, key))
            self.lines[key].setText(display_phone(value) if stored and value and key in _PHONES else value)
        self.opening_hours.set_value(base.opening_hours)
        self.notes.setPlainText(base.notes)
        self.certificate.set_certificate(base.certificate)
        self.marks.clear()
        self.set_busy(False)
        self.name.setFocus()

    def organisation(self) -> Organisation:
        hours, _why = self.opening_hours.parsed()
        return replace(self._base, name=self.name.text(), kind=OrganisationKind(self.kind.currentData()),
                       municipalities=split_municipalities(self.municipalities.text()),
                       address=self.address.toPlainText(), phone=self.lines["phone"].text(),
                       crisis_phone=self.lines["crisis_phone"].text(),
                       secure_email=self.lines["secure_email"].text(), website=self.lines["website"].text(),
                       opening_hours=hours or Availability(), notes=self.notes.toPlainText(),
                       certificate=self.certificate.der)

    def check(self) -> bool:
        _hours, why = self.opening_hours.parsed()
        self.marks.mark("availability", why)
        return not why

    def draft(self) -> dict[str, object]:
        return {"id": self.editing_id, "kind": str(self.kind.currentData()),
                "municipalities": self.municipalities.text(), "address": self.address.toPlainText(),
                "opening_hours": self.opening_hours.text(), "notes": self.notes.toPlainText(),
                "certificate": encode_certificate(self.certificate.der),
                **{key: self.lines[key].text() for key in _LINE_FIELDS}}

    def restore(self, form: dict[str, object]) -> None:
        raw_id = form.get("id")
        try:
            kind = OrganisationKind(str(form.get("kind", "")))
        except ValueError:
            kind = OrganisationKind.OTHER
        self.prepare(Organisation(
            name=str(form.get("name", "")), kind=kind,
            municipalities=split_municipalities(str(form.get("municipalities", ""))),
            address=str(form.get("address", "")), notes=str(form.get("notes", "")),
            certificate=decode_certificate(form.get("certificate")),
            id=int(raw_id) if isinstance(raw_id, int) else None,
            **{key: str(form.get(key, "")) for key in _LINE_FIELDS[1:]}), stored=False)
        self.opening_hours.set_text(str(form.get("opening_hours", "")))
