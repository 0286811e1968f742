"""The card of the selected person or organisation, beside the list.

It is filled from ``person_details`` / ``organisation_details``: opening a card is the read that the
audit log records, so the pane shows only what was loaded for it.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from ...domain.availability import Availability, AvailabilityKind, Reachability
from ...domain.contacts import PHONE_KINDS, Organisation, Person
from ...services.contact_rules import display_channel, display_phone, readable_phone
from ...services.contacts import OrganisationDetails, PersonDetails
from .certificate_box import certificate_html
from .contact_table import WARNING
from .labels import channel_label, kind_label, long_date, reachability_label


def _unbroken(text: str) -> str:
    """A phone number kept on one line."""
    return escape(text).replace(" ", "&nbsp;")


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class CardText(QTextBrowser):
    """The card as read-only rich text: wraps long addresses and fingerprints, selectable by keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactCard")
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(10)

    def setText(self, html: str) -> None:
        self.setHtml(html)

    def text(self) -> str:
        return self.toPlainText().replace("\u00a0", " ")


class DetailPane(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.card = CardText()
        self.card.setAccessibleName(self.tr("Details of the selected contact"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        self.shown: tuple[str, int] | None = None
        self.show_nothing()

    def show_nothing(self, text: str = "") -> None:
        self.shown = None
        text = text or self.tr("Select a contact to see the details.")
        self.card.setText(f"<p style='color:gray'>{escape(text)}</p>")

    def show_loading(self) -> None:
        text = self.tr("Loading…")
        self.card.setText(f"<p style='color:gray'>{escape(text)}</p>")

    # -- pieces ----------------------------------------------------------------------------------

    def _row(self, label: str, value: str) -> str:
        if not value:
            return ""
        return (f"<tr><td style='padding:2px 10px 2px 0; vertical-align:top'><b>{escape(label)}</b></td>"
                f"<td style='padding:2px 0'>{value}</td></tr>")

    def _hours(self, availability: Availability, now: datetime) -> str:
        reach = availability.at(now)
        state = escape(reachability_label(reach))
        colour = {Reachability.REACHABLE: "#1e7d32"}.get(reach, "gray")
        if availability.kind == AvailabilityKind.UNKNOWN:
            return f"<span style='color:{colour}'>{state}</span>"
        return f"{escape(availability.text())}<br><span style='color:{colour}'>{state}</span>"

    def _certificate(self, details: PersonDetails | OrganisationDetails) -> str:
        if details.certificate is None:
            return ""
        title = self.tr("Certificate")
        return f"<h4>{escape(title)}</h4>" + certificate_html(details.certificate)

    # -- cards -----------------------------------------------------------------------------------

    def show_person(self, details: PersonDetails, now: datetime) -> None:
        person: Person = details.person
        self.shown = ("person", int(person.id or 0))
        org = details.organisation
        where = " — ".join(x for x in (person.function, org.name if org else "") if x)
        preferred = self.tr("preferred")
        as_written = self.tr("not a Dutch or international number: check it")
        channels = "<br>".join(
            f"{escape(channel_label(c.kind))}: {_unbroken(display_channel(c))}"
            + (f" <span style='color:{WARNING}'>{escape(as_written)}</span>"
               if c.kind in PHONE_KINDS and not readable_phone(c.value) else "")
            + (f" <i>({escape(preferred)})</i>" if c.preferred else "")
            for c in person.channels)
        checked = long_date(person.verified_on) or self.tr("never")
        if details.needs_check:
            mark = self.tr("check")
            checked += f" <span style='color:{WARNING}'><b>{escape(mark)}</b></span>"
        rows = "".join((
            self._row(self.tr("Reach via"), channels),
            self._row(self.tr("Reachable"), self._hours(person.availability, now)),
            self._row(self.tr("Liaison here"), escape(details.liaison_name or person.liaison_login)),
            self._row(self.tr("Verified"), checked),
            self._row(self.tr("Known personally since"), escape(long_date(person.known_since))),
            self._row(self.tr("Notes"), _lines(person.notes)),
        ))
        departed = ""
        if person.departed:
            title = (self.tr("Departed on {date}").format(date=long_date(person.departed_on)) if person.departed_on
                     else self.tr("Departed"))
            why = self.tr("kept for the cases that name this person")
            departed = f"<p style='color:{WARNING}'><b>{escape(title)}</b> — {escape(why)}"
            if details.successor_name:
                after = self.tr("Taken over by {name}").format(name=details.successor_name)
                departed += f"<br>{escape(after)}"
            departed += "</p>"
        self.card.setText(f"<h3>{escape(person.name)}</h3><p>{escape(where)}</p>{departed}"
                          f"<table>{rows}</table>{self._certificate(details)}")

    def show_organisation(self, details: OrganisationDetails, now: datetime) -> None:
        org: Organisation = details.organisation
        self.shown = ("organisation", int(org.id or 0))
        people = "<br>".join(escape(" — ".join(x for x in (p.name, p.function) if x))
                             for p in sorted(details.people, key=lambda p: p.name.casefold())
                             if not p.departed)
        rows = "".join((
            self._row(self.tr("Municipalities"), escape(", ".join(org.municipalities))),
            self._row(self.tr("Address"), _lines(org.address)),
            self._row(self.tr("General number"), _unbroken(display_phone(org.phone)) if org.phone else ""),
            self._row(self.tr("Crisis number"),
                      _unbroken(display_phone(org.crisis_phone)) if org.crisis_phone else ""),
            self._row(self.tr("Secure e-mail"), escape(org.secure_email)),
            self._row(self.tr("Website"), escape(org.website)),
            self._row(self.tr("Opening hours"), self._hours(org.opening_hours, now)),
            self._row(self.tr("Notes"), _lines(org.notes)),
            self._row(self.tr("People"), people),
        ))
        self.card.setText(f"<h3>{escape(org.name)}</h3><p>{escape(kind_label(org.kind))}</p>"
                          f"<table>{rows}</table>{self._certificate(details)}")
