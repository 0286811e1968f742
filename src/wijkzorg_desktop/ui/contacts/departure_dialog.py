""""Markeer als vertrokken": on which day the person left (today, or earlier) and, when known, who of the
sociale kaart took over."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.contacts import Person
from ...services.contacts import ContactMap
from ..dates import date_edit, from_qdate, to_qdate
from ..page_parts import explanation
from ..work_dialog import WorkDialog


class DepartureDialog(WorkDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("departureNotice", parent)
        self.setObjectName("departureDialog")
        self.person_id: int | None = None
        self.ok_button = self.save_cancel(self.tr("&Mark as departed"), self.tr("Cancel"))
        self.intro = explanation("")
        self.on = date_edit("departureDate")
        self.on.setAccessibleName(self.tr("Departed on"))
        self.successor = QComboBox(objectName="departureSuccessor")
        self.successor.setAccessibleName(self.tr("Successor"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("Departed &on:"), buddy=self.on), self.on)
        form.addRow(QLabel(self.tr("S&uccessor:"), buddy=self.successor), self.successor)
        body = QVBoxLayout(self)
        body.addWidget(self.intro)
        body.addLayout(form)
        body.addWidget(self.notice)
        body.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def prepare(self, person: Person, found: ContactMap | None, today: date) -> None:
        self.person_id = person.id
        self.setWindowTitle(self.tr("{name} departed").format(name=person.name))
        self.intro.setText(self.tr(
            "{name} stays on the contact map for the cases that name them, out of the everyday list. Who "
            "took over is shown on their card.").format(name=person.name))
        self.on.setMaximumDate(to_qdate(today))
        self.on.setDate(to_qdate(today))
        self.successor.clear()
        self.successor.addItem(self.tr("(nobody, or not known)"), None)
        orgs = {o.id: o.name for o in found.organisations} if found is not None else {}
        same_org = [p for p in (found.people if found is not None else [])
                    if p.id != person.id and not p.departed]
        # colleagues in the same organisation first: the successor is usually one of them
        same_org.sort(key=lambda p: (p.organisation_id != person.organisation_id or person.organisation_id is None,
                                     p.name.casefold()))
        for p in same_org:
            where = ", ".join(x for x in (p.function, orgs.get(p.organisation_id, "")) if x)
            self.successor.addItem(f"{p.name} — {where}" if where else p.name, p.id)
        self.set_busy(False)
        self.on.setFocus()

    def departed_on(self) -> date:
        return from_qdate(self.on.date())

    def successor_id(self) -> int | None:
        data = self.successor.currentData()
        return int(data) if data is not None else None
