"""A kindcheck with concerns becomes part of a case: a new one under a pseudonym, or one already open."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.cases import Case
from ...domain.kindcheck import Kindcheck
from ..cases.track_parts import fit_text
from ..contacts.form_parts import ContactDialog
from ..dates import show_date
from ..page_parts import explanation

NEW, LINK = 1, 2


class CaseChoice(NamedTuple):
    """What the kindcheck page keeps of a case: its label and summary for the choice of cases, not the
    whole record (the practice's 20,000 cases at 10x)."""
    id: int | None
    label: str
    summary: str
    closed: bool

    @staticmethod
    def of(case: Case) -> CaseChoice:
        return CaseChoice(case.id, case.label, case.summary, case.closed)

class CaseLinkDialog(ContactDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseLinkDialog")
        self.setWindowTitle(self.tr("Open or link a case"))
        self.kindcheck_id: int | None = None
        self.intro = explanation("")
        self.new_case = QRadioButton(self.tr("Open a &new case, under the pseudonym letter:"),
                                     objectName="openNewCase")
        self.letter = QLineEdit(objectName="caseLetter")
        self.letter.setMaxLength(1)
        self.letter.setMaximumWidth(48)
        self.letter.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]"), self.letter))
        self.letter.setAccessibleName(self.tr("Pseudonym letter"))
        self.letter_hint = QLabel(self.tr("The case is called \"Gezin K-2026-014\": a letter you choose, the year "
                                          "and a number. Never the family's real initial alone."))
        self.letter_hint.setWordWrap(True)
        self.letter_hint.setContentsMargins(24, 0, 0, 0)
        self.link_case = QRadioButton(self.tr("&Link to an open case:"), objectName="linkOpenCase")
        self.cases = QComboBox(objectName="openCases")
        self.cases.setAccessibleName(self.tr("Open case"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.new_case, NEW)
        self.choice.addButton(self.link_case, LINK)
        self.ok_button.setText(self.tr("&Open or link"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        first = QHBoxLayout()
        first.addWidget(self.new_case)
        first.addWidget(self.letter)
        first.addStretch(1)
        body = QVBoxLayout(self)
        body.addWidget(self.intro)
        body.addLayout(first)
        body.addWidget(self.letter_hint)
        body.addSpacing(6)
        body.addWidget(self.link_case)
        body.addWidget(self.cases)
        body.addWidget(self.notice)
        body.addWidget(self.buttons)
        self.choice.idToggled.connect(lambda _id, _checked: self._update())
        self.letter.textChanged.connect(lambda text: self.letter.setText(text.upper()) if text != text.upper()
                                        else None)
        self.setMinimumWidth(520)

    def prepare(self, kindcheck: Kindcheck, open_cases: Sequence[Case | CaseChoice]) -> None:
        self.kindcheck_id = kindcheck.id
        self.intro.setText(self.tr(
            "The kindcheck of {patient} on {date} raises concerns. Open a case for this family, or link the "
            "kindcheck to a case that is already open; the patient joins its household as a parent.").format(
                patient=kindcheck.patient, date=show_date(kindcheck.on)))
        self.cases.clear()
        for case in sorted(open_cases, key=lambda c: c.label):
            text = f"{case.label} — {case.summary}" if case.summary else case.label
            self.cases.addItem(text[:90], case.id)
        self.letter.clear()
        self.new_case.setChecked(True)
        self.notice.clear()
        self.set_busy(False)
        self._update()
        fit_text(self.intro, self)
        self.letter.setFocus()

    def set_busy(self, busy: bool, text: str = "") -> None:
        super().set_busy(busy, text)
        if not busy:
            self._update()

    def _update(self) -> None:
        new = self.choice.checkedId() == NEW
        self.link_case.setEnabled(not self.busy and self.cases.count() > 0)
        self.letter.setEnabled(new and not self.busy)
        self.cases.setEnabled(not new and not self.busy and self.cases.count() > 0)

    def wants_new_case(self) -> bool:
        return self.choice.checkedId() == NEW

    def check(self) -> bool:
        if self.wants_new_case() and not self.letter.text().strip():
            self.notice.error(self.tr("Type the letter for the pseudonym."))
            self.letter.setFocus()
            return False
        if not self.wants_new_case() and self.cases.currentData() is None:
            self.notice.error(self.tr("Choose the case to link to."))
            return False
        return True
