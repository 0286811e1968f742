"""Who comes to a meeting: a thin table of the attendees (name, role, presence, medical secrecy, when
their details were last checked) with buttons to mark the selected one present or absent, to change
their attendance (replaced by someone, secrecy) and to add or remove a guest."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.meetings import PRESENCE_LABELS, Presence
from ...services.meetings import AttendeeView
from ..cases.track_parts import Lookup
from ..dates import show_date
from ..table_model import SortedTable, TableModel
from .labels import secrecy_text, word
from .loading import member_name


class AttendanceModel(TableModel):
    COL_NAME, COL_ROLE, COL_PRESENCE, COL_SECRECY, COL_CHECKED = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lookup: Lookup | None = None  # for the names of replacements

    def headers(self) -> Sequence[str]:
        return (self.tr("Attendee"), self.tr("Organisation and role"), self.tr("Presence"),
                self.tr("Medical secrecy"), self.tr("Details checked"))

    def display(self, row: AttendeeView, column: int) -> str:
        a = row.attendee
        if column == self.COL_NAME:
            return self.member(row)
        if column == self.COL_ROLE:
            return ", ".join(part for part in (row.organisation, a.role) if part)
        if column == self.COL_PRESENCE:
            text = word(PRESENCE_LABELS, a.presence)
            if a.presence == Presence.REPLACED:
                return self.tr("{presence} by {name}").format(presence=text, name=self.replacement(row))
            return text
        if column == self.COL_SECRECY:
            return secrecy_text(row.bound_by_secrecy)
        if column == self.COL_CHECKED:
            if row.person_id_to_check is None:
                return ""
            return show_date(row.verified_on) if row.verified_on else self.tr("never")
        return ""

    def member(self, row: AttendeeView) -> str:
        """Who was expected: for one who was replaced the view names the replacement, the table the member."""
        a = row.attendee
        if a.presence != Presence.REPLACED or self.lookup is None or self.lookup.names is None:
            return row.name
        person = self.lookup.names.people.get(a.person_id) if a.person_id is not None else None
        if person is not None:
            return person.name
        return member_name(self.lookup, None, a.organisation_id, a.user_login, a.guest_name) or row.name

    def replacement(self, row: AttendeeView) -> str:
        a = row.attendee
        if a.replaced_by_person_id is not None and self.lookup is not None:
            return self.lookup.person(a.replaced_by_person_id)
        return a.replaced_by_name

    def sort_value(self, row: AttendeeView, column: int) -> object:
        if column == self.COL_CHECKED:
            return row.verified_on.isoformat() if row.verified_on else ""
        return super().sort_value(row, column)

    def tooltip(self, row: AttendeeView, column: int) -> str | None:
        if column == self.COL_SECRECY and row.attendee.secrecy_override is not None:
            return self.tr("Set for this attendee; not from the kind of their organisation.")
        return None


class ShortTable(SortedTable):
    """Asks for little height (see ``labels.ShortList``); it takes what the tab leaves."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().height() * 7)


class AttendanceTable(QWidget):
    """Signals carry the selected ``AttendeeView``; ``add_guest`` none."""

    mark = Signal(object, object)  # AttendeeView, Presence
    edit = Signal(object)
    remove = Signal(object)
    add_guest = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendanceModel(self)
        self.table = ShortTable(self.model, parent=self)
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(self.tr("Attendance"))
        self.present = QPushButton(self.tr("&Present"), objectName="attendeePresent")
        self.absent = QPushButton(self.tr("Absen&t"), objectName="attendeeAbsent")
        self.change = QPushButton(self.tr("Replaced &or other…"), objectName="attendeeEdit")
        self.guest = QPushButton(self.tr("Add g&uest…"), objectName="attendeeAddGuest")
        self.drop = QPushButton(self.tr("Remo&ve guest"), objectName="attendeeRemove")
        self.present.setToolTip(self.tr("The selected attendee was there"))
        self.absent.setToolTip(self.tr("The selected attendee was not there"))
        self.change.setToolTip(self.tr("Someone came instead, another role, or medical secrecy set by hand"))
        buttons = QHBoxLayout()
        for button in (self.present, self.absent, self.change, self.guest, self.drop):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.present.clicked.connect(lambda: self._emit_mark(Presence.PRESENT))
        self.absent.clicked.connect(lambda: self._emit_mark(Presence.ABSENT))
        self.change.clicked.connect(lambda: self._emit(self.edit))
        self.drop.clicked.connect(lambda: self._emit(self.remove))
        self.guest.clicked.connect(self.add_guest)
        self.table.doubleClicked.connect(lambda _index: self._emit(self.edit))
        self.table.activated.connect(lambda _index: self._emit(self.edit))
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.update_buttons())
        self.editable = False
        self.update_buttons()

    def show_attendees(self, attendees: Sequence[AttendeeView], editable: bool) -> None:
        current = self.table.current_row()
        wanted = current.attendee.id if current is not None else None
        self.editable = editable
        self.model.set_rows(list(attendees))
        self.table.fit_columns(180)
        if not (wanted is not None and self.table.select_where(lambda row: row.attendee.id == wanted)) and attendees:
            self.table.selectRow(0)
        self.update_buttons()

    def selected(self) -> AttendeeView | None:
        return self.table.current_row()

    def _emit(self, signal: Signal) -> None:
        row = self.selected()
        if row is not None and self.editable:
            signal.emit(row)

    def _emit_mark(self, presence: Presence) -> None:
        row = self.selected()
        if row is not None and self.editable:
            self.mark.emit(row, presence)

    def update_buttons(self) -> None:
        row = self.selected()
        for button in (self.present, self.absent, self.change):
            button.setEnabled(self.editable and row is not None)
        self.guest.setEnabled(self.editable)
        self.drop.setEnabled(self.editable and row is not None and row.attendee.member_id is None)
