"""Write or revise a timeline entry: when, what kind, with which party, and what happened.

A revision never overwrites silently: the service keeps the earlier text in the entry's history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPlainTextEdit, QWidget

from ...domain.involvement import ENTRY_KIND_LABELS, EntryKind, Party, TimelineEntry
from ..dates import date_edit, from_qdate, to_qdate
from .case_forms import CaseDialog
from .directory import Directory


def entry_kind_label(kind: EntryKind | str) -> str:
    try:
        return QCoreApplication.translate("cases", ENTRY_KIND_LABELS[EntryKind(kind)])
    except ValueError:
        return str(kind)


class EntryDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("entryDialog", parent)
        self._base: TimelineEntry | None = None
        self.on = date_edit("entryDate")
        self.kind = QComboBox(objectName="entryKind")
        for kind in EntryKind:
            self.kind.addItem(entry_kind_label(kind), str(kind))
        self.party = QComboBox(objectName="entryParty")
        self.text = QPlainTextEdit(objectName="entryText")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(140)
        for widget, name in ((self.on, self.tr("Date")), (self.kind, self.tr("Kind of entry")),
                             (self.party, self.tr("With party")), (self.text, self.tr("What happened"))):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Date:"), buddy=self.on), self.on)
        form.addRow(QLabel(self.tr("&Kind:"), buddy=self.kind), self.kind)
        form.addRow(QLabel(self.tr("With &party:"), buddy=self.party), self.party)
        form.addRow(QLabel(self.tr("&What happened:"), buddy=self.text), self.text)
        self.body.addLayout(form)
        self.finish_layout()
        self.setTabOrder(self.on, self.kind)
        self.setTabOrder(self.kind, self.party)
        self.setTabOrder(self.party, self.text)
        self.setMinimumWidth(560)

    def prepare(self, entry: TimelineEntry, directory: Directory, parties: Sequence[Party]) -> None:
        self._base = entry
        self.editing_id = entry.id
        new = entry.id is None
        self.setWindowTitle(self.tr("New timeline entry") if new else self.tr("Revise timeline entry"))
        self.say("" if new else self.tr("The earlier text stays visible in the entry's history."))
        self.on.setDate(to_qdate(entry.on))
        self.kind.setCurrentIndex(max(self.kind.findData(str(entry.kind)), 0))
        self.party.clear()
        self.party.addItem(self.tr("(none)"), None)
        for party in parties:
            self.party.addItem(directory.party_label(party), party.id)
        self.party.setCurrentIndex(max(self.party.findData(entry.party_id), 0) if entry.party_id else 0)
        self.text.setPlainText(entry.text)
        self.set_busy(False)
        (self.on if new else self.text).setFocus()

    def problem(self) -> str:
        if not self.text.toPlainText().strip():
            self.text.setFocus()
            return self.tr("Write what happened.")
        return ""

    def entry(self) -> TimelineEntry:
        assert self._base is not None
        party_id = self.party.currentData()
        return replace(self._base, on=from_qdate(self.on.date()), kind=EntryKind(self.kind.currentData()),
                       party_id=int(party_id) if party_id is not None else None,
                       text=self.text.toPlainText().strip())
