"""A new case: the letter of its pseudonym, the concern in a sentence, and who is responsible.

The program gives the number: "Gezin K-2026-014" counts on across all cases of the year, so the letter
alone never identifies a family."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from .case_forms import CaseDialog


class NewCaseDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("newCaseDialog", parent)
        self.setWindowTitle(self.tr("New case"))
        self.letter = QLineEdit(objectName="newCaseLetter", maxLength=1)
        self.letter.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]"), self.letter))
        self.letter.setMaximumWidth(48)
        self.preview = QLabel(objectName="newCaseLabel")
        self.summary = QLineEdit(objectName="newCaseSummary", maxLength=300)
        self.summary.setPlaceholderText(self.tr("e.g. worries about the children of a parent with a long depression"))
        self.responsible = QComboBox(objectName="newCaseResponsible")
        for widget, name in ((self.letter, self.tr("Letter of the pseudonym")), (self.summary, self.tr("The concern")),
                             (self.responsible, self.tr("Responsible practitioner"))):
            widget.setAccessibleName(name)
        self.say(self.tr("A case is known only by a pseudonym: \"Gezin\", a letter you choose, the year and a "
                         "number. Write no names in the concern."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Letter:"), buddy=self.letter), self.letter)
        form.addRow(self.tr("Pseudonym:"), self.preview)
        form.addRow(QLabel(self.tr("&Concern:"), buddy=self.summary), self.summary)
        form.addRow(QLabel(self.tr("&Responsible:"), buddy=self.responsible), self.responsible)
        self.body.addLayout(form)
        self.finish_layout()
        self.ok_button.setText(self.tr("Cr&eate"))
        self.setTabOrder(self.letter, self.summary)
        self.setTabOrder(self.summary, self.responsible)
        self.letter.textChanged.connect(self._preview)
        self.year = date.today().year
        self._want = ""
        self.setMinimumWidth(520)

    def set_users(self, users: Sequence[tuple[str, str]]) -> None:
        """The practitioners who can be responsible; the one chosen stays chosen."""
        want = str(self.responsible.currentData() or self._want)
        self.responsible.clear()
        for login, full_name in users:
            self.responsible.addItem(full_name, login)
        self._choose(want)

    def _choose(self, login: str) -> None:
        self._want = login
        index = self.responsible.findData(login)
        if index >= 0:
            self.responsible.setCurrentIndex(index)

    def prepare(self, me: str, year: int) -> None:
        self.year = year
        self.responsible.setCurrentIndex(-1)
        self._choose(me)
        self.letter.clear()
        self.summary.clear()
        self._preview()
        self.set_busy(False)
        self.letter.setFocus()

    def _preview(self) -> None:
        letter = self.letter.text().upper() or "?"
        self.preview.setText(self.tr("Gezin {letter}-{year}-… (the number follows when saved)").format(
            letter=letter, year=self.year))

    def problem(self) -> str:
        if not self.letter.text().strip():
            self.letter.setFocus()
            return self.tr("Choose a letter for the pseudonym.")
        return ""

    def values(self) -> tuple[str, str, str]:
        """(letter, concern, responsible login)"""
        return (self.letter.text().upper(), self.summary.text().strip(),
                str(self.responsible.currentData() or ""))

    def draft(self) -> dict[str, object]:
        letter, summary, responsible = self.values()
        return {"letter": letter, "summary": summary, "responsible": responsible}

    def restore(self, draft: dict[str, object]) -> None:
        self.letter.setText(str(draft.get("letter", ""))[:1])
        self.summary.setText(str(draft.get("summary", "")))
        self._choose(str(draft.get("responsible", "")))
