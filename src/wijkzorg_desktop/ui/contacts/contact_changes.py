"""Changes made from the list itself: delete (asked first), mark as departed, mark as verified today.

A person named in a case cannot be deleted (``PersonLinked``); the page then offers to mark them as
departed, which keeps them for the case but out of the everyday list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ...domain.contact_index import ContactRow, RowKind
from ...domain.errors import PersonLinked, VaultLocked
from ...services import contacts
from ..messages import error_text
from .labels import long_date

if TYPE_CHECKING:
    from .contacts_page import ContactsPage


class ContactChanges(QObject):
    def __init__(self, page: ContactsPage) -> None:
        super().__init__(page)
        self.page = page
        self.box: QMessageBox | None = None

    def _ask(self, name: str, title: str, text: str, more: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.page)
        box.setObjectName(name)
        box.setInformativeText(more)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(box.deleteLater)
        self.box = box
        return box

    # -- delete ----------------------------------------------------------------------------------

    def delete(self) -> None:
        row = self.page.current()
        if row is None or not self.page.delete_action.isEnabled():
            return
        if row.kind == RowKind.PERSON:
            box = self._ask("confirmDelete", self.tr("Delete person"),
                            self.tr("Delete {name} from the contact map?").format(name=row.name),
                            self.tr("This cannot be undone. Someone who only left their job can better be "
                                    "marked as departed."))
        else:
            box = self._ask("confirmDelete", self.tr("Delete organisation"),
                            self.tr("Delete {name} from the contact map?").format(name=row.name),
                            self.tr("This cannot be undone."))
        box.finished.connect(lambda result: self._delete(row) if result == QMessageBox.StandardButton.Yes
                             else None)
        box.open()

    def _delete(self, row: ContactRow) -> None:
        self.page.notice.busy(self.tr("Deleting {name}…").format(name=row.name))
        if row.kind == RowKind.PERSON:
            job = lambda session: contacts.delete_person(session, row.id)  # noqa: E731
        else:
            job = lambda session: contacts.delete_organisation(session, row.id)  # noqa: E731
        self.page.client.call(job, lambda _none: self._deleted(row),
                              lambda error: self._not_deleted(row, error))

    def _deleted(self, row: ContactRow) -> None:
        self.page.notice.info(self.tr("{name} is deleted.").format(name=row.name))
        self.page.reload([])

    def _not_deleted(self, row: ContactRow, error: BaseException) -> None:
        if isinstance(error, VaultLocked):
            return
        if not isinstance(error, PersonLinked):
            self.page.notice.error(error_text(error))
            return
        self.page.notice.clear()
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Person is in a case"), error_text(error),
                          QMessageBox.StandardButton.Cancel, self.page)
        box.setObjectName("personLinked")
        button = box.addButton(self.tr("Mark as departed"), QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("markDepartedInstead")
        box.setDefaultButton(button)
        box.finished.connect(lambda _result: self._set_departed(row, True) if box.clickedButton() is button
                             else None)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    # -- departed and verified -------------------------------------------------------------------

    def toggle_departed(self) -> None:
        row = self.page.current()
        if row is None or row.kind != RowKind.PERSON or not self.page.departed_action.isEnabled():
            return
        self._set_departed(row, not row.departed)

    def _set_departed(self, row: ContactRow, departed: bool) -> None:
        def done(_person: object) -> None:
            if departed:
                text = self.tr("{name} is marked as departed and no longer shown in the list; check "
                               "\"Show departed\" to see them.").format(name=row.name)
            else:
                text = self.tr("{name} is no longer marked as departed.").format(name=row.name)
            self.page.notice.info(text)
            self.page.reload([(RowKind.PERSON, row.id)])

        self.page.client.call(lambda session: contacts.set_departed(session, row.id, departed), done,
                              self.page.failed)

    def mark_verified(self) -> None:
        people = [r for r in self.page.table.selected() if r.kind == RowKind.PERSON]
        if not people or not self.page.verified_action.isEnabled():
            return
        ids = [r.id for r in people]

        def done(day: object) -> None:
            if len(people) == 1:
                text = self.tr("{name} is marked as verified on {date}.").format(name=people[0].name,
                                                                                 date=long_date(day))
            else:
                text = self.tr("%n people are marked as verified on {date}.", "", len(people)).format(
                    date=long_date(day))
            self.page.notice.info(text)
            self.page.reload([(RowKind.PERSON, i) for i in ids])

        self.page.client.call(lambda session: contacts.mark_verified(session, ids), done, self.page.failed)
