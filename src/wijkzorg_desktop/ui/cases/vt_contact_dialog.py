"""Record an advies or melding at Veilig Thuis, and the terugkoppeling when it comes.

After a melding Veilig Thuis aims to weigh it within five working days; the dialog shows that day as
the expected terugkoppeling until the user sets another one.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain.meldcode import VT_KIND_LABELS, VT_ROLE_LABELS, VtContact, VtContactKind, VtRole, expected_feedback
from ..contacts.form_parts import ContactDialog
from ..dates import OptionalDate, date_edit, from_qdate, show_date, to_qdate
from ..page_parts import explanation
from .choices import ChoiceCombo, Choices
from .track_parts import Lookup, choose, fill, fit_text


def text_box(object_name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=object_name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class VtContactDialog(ContactDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vtContactDialog")
        self._base: VtContact | None = None
        self._expected_set_by_hand = False
        self.kind = QComboBox(objectName="vtKind")
        fill(self.kind, VT_KIND_LABELS, "meldcode")
        self.on = date_edit("vtDate")
        self.role = QComboBox(objectName="vtRole")
        fill(self.role, VT_ROLE_LABELS, "meldcode")
        self.reference = QLineEdit(objectName="vtReference")
        self.case_manager = ChoiceCombo(objectName="vtCaseManager")
        self.expected = OptionalDate(self.tr("&Expected on"), "vtExpected")
        self.expected_hint = QLabel(objectName="vtExpectedHint")
        self.expected_hint.setWordWrap(True)
        self.received = OptionalDate(self.tr("Recei&ved on"), "vtReceived")
        self.summary = text_box("vtSummary")
        for widget, name in ((self.kind, self.tr("Advice or report")), (self.on, self.tr("Date")),
                             (self.role, self.tr("Our role")), (self.reference, self.tr("Veilig Thuis reference")),
                             (self.case_manager, self.tr("Procesregisseur")),
                             (self.expected.edit, self.tr("Feedback expected on")),
                             (self.received.edit, self.tr("Feedback received on")),
                             (self.summary, self.tr("Feedback"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Kind:"), buddy=self.kind), self.kind)
        form.addRow(QLabel(self.tr("&Date:"), buddy=self.on), self.on)
        form.addRow(QLabel(self.tr("Our &role:"), buddy=self.role), self.role)
        form.addRow(QLabel(self.tr("VT re&ference:"), buddy=self.reference), self.reference)
        form.addRow(QLabel(self.tr("&Procesregisseur:"), buddy=self.case_manager), self.case_manager)
        form.addRow(self.tr("Feedback:"), self.expected)
        form.addRow("", self.expected_hint)
        form.addRow("", self.received)
        form.addRow(QLabel(self.tr("&What Veilig Thuis said:"), buddy=self.summary), self.summary)
        body = QVBoxLayout(self)
        body.addWidget(explanation(self.tr(
            "A melder is owed terugkoppeling: Veilig Thuis aims to weigh a melding within five working days. "
            "An informant hears back only when Veilig Thuis finds it necessary.")))
        body.addLayout(form)
        body.addWidget(self.notice)
        body.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._default_expected)
        self.on.dateChanged.connect(self._default_expected)
        self.expected.edit.dateChanged.connect(self._expected_edited)
        self.expected.check.toggled.connect(self._expected_edited)
        self.setMinimumWidth(560)

    def set_lookup(self, lookup: Lookup | None) -> None:
        self.case_manager.set_choices(lookup.case_managers() if lookup else Choices(),
                                      [(self.tr("(not known yet)"), None)])

    def prepare(self, contact: VtContact) -> None:
        """A new contact (no id yet) or one to change."""
        self._base = contact
        self.setWindowTitle(self.tr("New contact with Veilig Thuis") if contact.id is None
                            else self.tr("Contact with Veilig Thuis of {date}").format(date=show_date(contact.on)))
        choose(self.kind, contact.kind)
        self.on.setDate(to_qdate(contact.on))
        choose(self.role, contact.role)
        self.reference.setText(contact.reference)
        index = self.case_manager.findData(contact.case_manager_id)
        self.case_manager.setCurrentIndex(max(index, 0))
        self._expected_set_by_hand = contact.id is not None
        self._show_expected(contact.expected_feedback)
        if contact.id is None:
            self._default_expected()
        self.received.set_value(contact.received_on)
        self.summary.setPlainText(contact.summary)
        self.notice.clear()
        self.set_busy(False)
        self.kind.setFocus()

    def _show_expected(self, day: date | None) -> None:
        self.expected.check.blockSignals(True)
        self.expected.edit.blockSignals(True)
        self.expected.set_value(day)
        self.expected.edit.setEnabled(day is not None)
        self.expected.check.blockSignals(False)
        self.expected.edit.blockSignals(False)

    def _default_expected(self) -> None:
        """Five working days after a melding, until the user picks a day of their own."""
        kind = VtContactKind(self.kind.currentData())
        default = expected_feedback(kind, from_qdate(self.on.date()))
        if not self._expected_set_by_hand:
            self._show_expected(default)
        if default is None:
            self.expected_hint.setText(self.tr("An advice request has no term for terugkoppeling."))
        else:
            self.expected_hint.setText(self.tr("Five working days after the melding: {date}.").format(
                date=show_date(default)))

    def _expected_edited(self) -> None:
        self._expected_set_by_hand = True

    def contact(self) -> VtContact:
        assert self._base is not None
        person = self.case_manager.currentData()
        return replace(self._base, kind=VtContactKind(self.kind.currentData()), on=from_qdate(self.on.date()),
                       role=VtRole(self.role.currentData()), reference=self.reference.text(),
                       case_manager_id=int(person) if person else None, expected_feedback=self.expected.value(),
                       received_on=self.received.value(), summary=self.summary.toPlainText())


class FeedbackDialog(ContactDialog):
    """Terugkoppeling ontvangen: today, with what Veilig Thuis said."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.setWindowTitle(self.tr("Feedback received"))
        self.contact_id: int | None = None
        self.intro = explanation("")
        self.summary = text_box("feedbackSummary", 4)
        self.summary.setAccessibleName(self.tr("What Veilig Thuis said"))
        label = QLabel(self.tr("&What Veilig Thuis said:"), buddy=self.summary)
        body = QVBoxLayout(self)
        body.addWidget(self.intro)
        body.addWidget(label)
        body.addWidget(self.summary)
        body.addWidget(self.notice)
        body.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def prepare(self, contact: VtContact, today: date) -> None:
        self.contact_id = contact.id
        self.intro.setText(self.tr("The terugkoppeling on the {kind} of {date} is recorded as received today "
                                   "({today}).").format(kind=self.kind_text(contact.kind), date=show_date(contact.on),
                                                        today=show_date(today)))
        self.summary.setPlainText(contact.summary)
        self.notice.clear()
        self.set_busy(False)
        fit_text(self.intro, self)
        self.summary.setFocus()

    def kind_text(self, kind: VtContactKind) -> str:
        return self.tr("melding") if kind == VtContactKind.REPORT else self.tr("advice request")
