"""Before a meeting: the members whose details on the sociale kaart were last checked longer ago than the
practice wants (Beheer > Praktijk), with "Gecontroleerd" once someone called or looked them up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QVBoxLayout

from ...services.meetings import AttendeeView
from ..dates import show_date
from .labels import ShortList


class ToCheckBox(QGroupBox):
    checked = Signal(list)  # person ids

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("toCheckBox")
        self.setTitle(self.tr("Contacts to check before this meeting"))
        self.intro = QLabel(wordWrap=True)
        self.list = ShortList(objectName="toCheckList")
        self.list.setAccessibleName(self.tr("Contacts to check"))
        self.button = QPushButton(self.tr("&Checked"), objectName="markChecked")
        self.button.setToolTip(self.tr("The ticked contacts' details are right: today is their date of checking"))
        self.button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.intro, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.button.clicked.connect(self._checked)
        self.list.itemChanged.connect(lambda _item: self.refresh_buttons())
        self.may = False

    def show_contacts(self, contacts: Sequence[AttendeeView], months: int, may_edit: bool) -> None:
        self.may = may_edit
        self.list.clear()
        seen: set[int] = set()
        for view in contacts:
            person_id = view.person_id_to_check
            if person_id is None or person_id in seen:
                continue
            seen.add(person_id)
            when = (self.tr("last checked {date}").format(date=show_date(view.verified_on)) if view.verified_on
                    else self.tr("never checked"))
            entry = QListWidgetItem(f"{view.name} ({when})")
            entry.setData(Qt.ItemDataRole.UserRole, person_id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(entry)
        self.intro.setText(self.tr(
            "Not checked in the last %n month(s): is the phone number right, do they still do this work?", "",
            months))
        rows = min(max(self.list.count(), 1), 5)
        line = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height()
        self.list.setFixedHeight(rows * line + 2 * self.list.frameWidth() + 4)
        self.setVisible(self.list.count() > 0)
        self.refresh_buttons()

    def ticked(self) -> list[int]:
        return [int(self.list.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.list.count())
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def refresh_buttons(self) -> None:
        self.button.setEnabled(self.may and bool(self.ticked()))

    def _checked(self) -> None:
        ids = self.ticked()
        if ids and self.may:
            self.button.setEnabled(False)
            self.checked.emit(ids)
