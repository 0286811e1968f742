"""Search and filters above the sociale kaart. Everything is applied in memory as you type."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...domain.contact_index import ContactFilter
from ...domain.contacts import OrganisationKind
from .labels import fill_kinds


class ContactFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="contactSearch", clearButtonEnabled=True)
        self.search.setPlaceholderText(
            self.tr("Name, organisation, function, municipality or notes (Ctrl+F)"))
        self.kind = QComboBox(objectName="kindFilter")
        self.kind.addItem(self.tr("All kinds"), "")
        fill_kinds(self.kind)
        self.municipality = QComboBox(objectName="municipalityFilter")
        self.function = QComboBox(objectName="functionFilter")
        for combo in (self.municipality, self.function):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(14)
        self.set_choices([], [])
        self.reachable = QCheckBox(self.tr("&Reachable now"), objectName="reachableFilter")
        self.to_check = QCheckBox(self.tr("To &check"), objectName="toCheckFilter")
        self.to_check.setToolTip(self.tr("People whose details were not verified in the last 12 months"))
        self.departed = QCheckBox(self.tr("Show de&parted"), objectName="departedFilter")
        names = ((self.search, self.tr("Search the contact map")),
                 (self.kind, self.tr("Kind of organisation")), (self.municipality, self.tr("Municipality")),
                 (self.function, self.tr("Function")))
        for widget, name in names:
            widget.setAccessibleName(name)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Search:"), buddy=self.search), 0, 0)
        grid.addWidget(self.search, 0, 1, 1, 5)
        grid.addWidget(QLabel(self.tr("&Kind:"), buddy=self.kind), 1, 0)
        grid.addWidget(self.kind, 1, 1)
        grid.addWidget(QLabel(self.tr("&Municipality:"), buddy=self.municipality), 1, 2)
        grid.addWidget(self.municipality, 1, 3)
        grid.addWidget(QLabel(self.tr("F&unction:"), buddy=self.function), 1, 4)
        grid.addWidget(self.function, 1, 5)
        checks = QHBoxLayout()
        for check in (self.reachable, self.to_check, self.departed):
            checks.addWidget(check)
        checks.addStretch(1)
        grid.addLayout(checks, 2, 1, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 2)

        self.search.textChanged.connect(self.changed)
        for combo in (self.kind, self.municipality, self.function):
            combo.currentIndexChanged.connect(self.changed)
        for check in (self.reachable, self.to_check, self.departed):
            check.toggled.connect(self.changed)

    def set_choices(self, municipalities: Sequence[str], functions: Sequence[str]) -> None:
        """The municipalities and functions on the map now; a chosen one stays chosen."""
        for combo, everything, values in ((self.municipality, self.tr("All municipalities"), municipalities),
                                          (self.function, self.tr("All functions"), functions)):
            chosen = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            if chosen and combo.findData(chosen) < 0:
                combo.addItem(chosen, chosen)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def current(self) -> ContactFilter:
        kind = self.kind.currentData()
        return ContactFilter(query=self.search.text(), kind=OrganisationKind(kind) if kind else None,
                             municipality=str(self.municipality.currentData() or ""),
                             function=str(self.function.currentData() or ""),
                             reachable_now=self.reachable.isChecked(), to_check=self.to_check.isChecked(),
                             show_departed=self.departed.isChecked())

    def active(self) -> bool:
        flt = self.current()
        return bool(flt.query.strip() or flt.kind or flt.municipality or flt.function or flt.reachable_now
                    or flt.to_check)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
