"""A series of meetings: its name, kind, rhythm and place, and who usually comes: people or organisations
of the sociale kaart and the practice's own users, each with a role, chair or minute-taker, and whether
they are bound by medical secrecy (from their organisation's kind, changeable per member)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.meetings import (
    DUTY_LABELS,
    KIND_LABELS,
    RHYTHM_LABELS,
    MeetingKind,
    MeetingSeries,
    MemberDuty,
    Rhythm,
    SeriesMember,
)
from ..cases.case_forms import CaseDialog
from ..cases.track_parts import Lookup, RecipientCombo
from .labels import choose, fill, secrecy_text
from .loading import bound_by_kind, member_name

COL_NAME, COL_ROLE, COL_DUTY, COL_SECRECY = range(4)


def secrecy_combo(as_kind: str, by_kind: bool, override: bool | None) -> QComboBox:
    """``as_kind`` (the text for "as the organisation's kind says"), bound, not bound; item data "", "1",
    "0"."""
    combo = QComboBox()
    combo.addItem(as_kind.format(state=secrecy_text(by_kind)), "")
    combo.addItem(secrecy_text(True), "1")
    combo.addItem(secrecy_text(False), "0")
    combo.setCurrentIndex(0 if override is None else 1 if override else 2)
    return combo


def override_of(combo: QComboBox) -> bool | None:
    data = combo.currentData()
    return None if not data else data == "1"


class SeriesDialog(CaseDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("seriesDialog", parent)
        self._base: MeetingSeries | None = None
        self._lookup: Lookup | None = None
        self._members: list[SeriesMember] = []
        self.name = QLineEdit(objectName="seriesName")
        self.name.setMaxLength(120)
        self.kind = QComboBox(objectName="seriesKind")
        fill(self.kind, KIND_LABELS)
        self.rhythm = QComboBox(objectName="seriesRhythm")
        fill(self.rhythm, RHYTHM_LABELS)
        self.place = QLineEdit(objectName="seriesPlace")
        self.place.setPlaceholderText(self.tr("A room, an address or a video link"))
        self.table = QTableWidget(0, 4, objectName="seriesMembers")
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Role"), self.tr("Task"),
                                              self.tr("Medical secrecy")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_DUTY, COL_SECRECY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_ROLE, self.fontMetrics().horizontalAdvance("wijkcoördinator gemeente") + 24)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(self.fontMetrics().height() * 12)
        self.contact = RecipientCombo(objectName="seriesAddContact")
        self.contact.setPlaceholderText(self.tr("(a person or organisation of the sociale kaart)"))
        self.add_contact = QPushButton(self.tr("Add &partner"), objectName="seriesAddContactButton")
        self.user = QComboBox(objectName="seriesAddUser")
        self.add_user = QPushButton(self.tr("Add &colleague"), objectName="seriesAddUserButton")
        self.remove = QPushButton(self.tr("Remo&ve member"), objectName="seriesRemoveMember")
        for button in (self.add_contact, self.add_user, self.remove):
            button.setAutoDefault(False)
        for widget, text in ((self.name, self.tr("Name of the meeting")), (self.kind, self.tr("Kind")),
                             (self.rhythm, self.tr("Rhythm")), (self.place, self.tr("Place or link")),
                             (self.table, self.tr("Members")), (self.contact, self.tr("Partner to add")),
                             (self.user, self.tr("Colleague to add"))):
            widget.setAccessibleName(text)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QLabel(self.tr("&Name:"), buddy=self.name), self.name)
        form.addRow(QLabel(self.tr("&Kind:"), buddy=self.kind), self.kind)
        form.addRow(QLabel(self.tr("&Rhythm:"), buddy=self.rhythm), self.rhythm)
        form.addRow(QLabel(self.tr("P&lace or link:"), buddy=self.place), self.place)
        self.body.addLayout(form)
        self.body.addWidget(QLabel(self.tr("Standing &members:"), buddy=self.table))
        self.body.addWidget(self.table, 1)
        adding = QGridLayout()
        adding.addWidget(self.contact, 0, 0)
        adding.addWidget(self.add_contact, 0, 1)
        adding.addWidget(self.user, 1, 0)
        adding.addWidget(self.add_user, 1, 1)
        adding.addWidget(self.remove, 0, 2)
        adding.setColumnStretch(0, 1)
        self.body.addLayout(adding)
        self.finish_layout()
        self.add_contact.clicked.connect(self._add_contact)
        self.add_user.clicked.connect(self._add_user)
        self.remove.clicked.connect(self._remove)
        self.table.itemSelectionChanged.connect(self.fields_changed)
        for first, second in ((self.name, self.kind), (self.kind, self.rhythm), (self.rhythm, self.place),
                              (self.place, self.table), (self.table, self.contact),
                              (self.contact, self.add_contact), (self.add_contact, self.remove),
                              (self.remove, self.user), (self.user, self.add_user)):
            self.setTabOrder(first, second)
        self.setMinimumWidth(880)

    def prepare(self, series: MeetingSeries, lookup: Lookup) -> None:
        self._base = series
        self._lookup = lookup
        self.editing_id = series.id
        self.setWindowTitle(self.tr("New meeting series") if series.id is None else self.tr("Edit meeting series"))
        self.name.setText(series.name)
        choose(self.kind, series.kind)
        choose(self.rhythm, series.rhythm)
        self.place.setText(series.place)
        self.contact.set_lookup(lookup)
        self.contact.setCurrentIndex(-1)
        self.user.clear()
        for login, name in sorted(lookup.users.items(), key=lambda pair: pair[1].casefold()):
            self.user.addItem(name, login)
        self.table.setRowCount(0)
        self._members = []
        for member in series.members:
            self._append(member)
        self.set_busy(False)
        self.name.setFocus()

    def _append(self, member: SeriesMember) -> None:
        assert self._lookup is not None
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._members.append(member)
        self.table.setItem(row, COL_NAME, QTableWidgetItem(member_name(
            self._lookup, member.person_id, member.organisation_id, member.user_login)))
        role = QLineEdit(member.role)
        role.setAccessibleName(self.tr("Role in the meeting"))
        role.setPlaceholderText(self.tr("e.g. wijkagent"))
        duty = QComboBox()
        duty.setAccessibleName(self.tr("Task"))
        fill(duty, DUTY_LABELS)
        choose(duty, member.duty)
        secrecy = secrecy_combo(self.tr("as its kind: {state}"), bound_by_kind(self._lookup, member),
                                member.secrecy_override)
        secrecy.setAccessibleName(self.tr("Bound by medical secrecy"))
        self.table.setCellWidget(row, COL_ROLE, role)
        self.table.setCellWidget(row, COL_DUTY, duty)
        self.table.setCellWidget(row, COL_SECRECY, secrecy)

    def _add_contact(self) -> None:
        recipient = self.contact.recipient()
        if recipient is None:
            self.notice.error(self.tr("Choose a person or organisation of the sociale kaart first."))
            self.contact.setFocus()
            return
        member = (SeriesMember(person_id=recipient.id) if recipient.kind == "person"
                  else SeriesMember(organisation_id=recipient.id))
        if any(m.person_id == member.person_id and m.organisation_id == member.organisation_id
               and not m.user_login for m in self._members):
            self.notice.error(self.tr("{name} is a member already.").format(name=self.contact.currentText()))
            return
        self.notice.clear()
        self._append(member)
        self.table.selectRow(self.table.rowCount() - 1)

    def _add_user(self) -> None:
        login = str(self.user.currentData() or "")
        if not login:
            return
        if any(m.user_login == login for m in self._members):
            self.notice.error(self.tr("{name} is a member already.").format(name=self.user.currentText()))
            return
        self.notice.clear()
        self._append(SeriesMember(user_login=login))
        self.table.selectRow(self.table.rowCount() - 1)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._members):
            self.table.removeRow(row)
            del self._members[row]
        self.fields_changed()

    def fields_changed(self) -> None:
        self.remove.setEnabled(not self.busy and self.table.currentRow() >= 0)

    def problem(self) -> str:
        if not self.name.text().strip():
            self.name.setFocus()
            return self.tr("Give the meeting a name, such as \"Sociaal Wijkoverleg Houten\".")
        duties = [self._duty(row) for row in range(len(self._members))]
        if duties.count(MemberDuty.CHAIR) > 1:
            return self.tr("One member chairs the meeting, not more.")
        if duties.count(MemberDuty.MINUTES) > 1:
            return self.tr("One member takes the minutes, not more.")
        return ""

    def _duty(self, row: int) -> MemberDuty:
        combo = self.table.cellWidget(row, COL_DUTY)
        return MemberDuty(combo.currentData()) if isinstance(combo, QComboBox) else MemberDuty.NONE

    def members(self) -> tuple[SeriesMember, ...]:
        found = []
        for row, member in enumerate(self._members):
            role = self.table.cellWidget(row, COL_ROLE)
            secrecy = self.table.cellWidget(row, COL_SECRECY)
            found.append(replace(member, role=role.text().strip() if isinstance(role, QLineEdit) else member.role,
                                 duty=self._duty(row),
                                 secrecy_override=override_of(secrecy) if isinstance(secrecy, QComboBox)
                                 else member.secrecy_override))
        return tuple(found)

    def members_draft(self) -> list[dict[str, object]]:
        """The members as typed (roles, tasks, secrecy), for a draft: the form's own fields are read by
        ``form_state``, the rows of the table are not."""
        return [{"person_id": m.person_id, "organisation_id": m.organisation_id, "user_login": m.user_login,
                 "role": m.role, "duty": str(m.duty),
                 "secrecy": None if m.secrecy_override is None else m.secrecy_override, "id": m.id}
                for m in self.members()]

    def restore_members(self, rows: list[object]) -> None:
        self.table.setRowCount(0)
        self._members = []
        for row in rows:
            if not isinstance(row, dict):
                continue
            person, org, login = row.get("person_id"), row.get("organisation_id"), row.get("user_login")
            secrecy, member_id = row.get("secrecy"), row.get("id")
            try:
                duty = MemberDuty(str(row.get("duty", "")))
            except ValueError:
                duty = MemberDuty.NONE
            self._append(SeriesMember(person if isinstance(person, int) else None,
                                      org if isinstance(org, int) else None,
                                      login if isinstance(login, str) else "", str(row.get("role", "")), duty,
                                      secrecy if isinstance(secrecy, bool) else None, self._base.id if self._base
                                      else None, member_id if isinstance(member_id, int) else None))
        self.fields_changed()

    def series(self) -> MeetingSeries:
        assert self._base is not None
        return replace(self._base, name=self.name.text().strip(), kind=MeetingKind(self.kind.currentData()),
                       rhythm=Rhythm(self.rhythm.currentData()), place=self.place.text().strip(),
                       members=self.members())
