"""Changes made from the list itself: delete (asked first), mark as departed (on a day, perhaps with a
successor) and undo it, mark as verified today.

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
from .departure_dialog import DepartureDialog
from .labels import long_date

if TYPE_CHECKING:
    from .contacts_page import ContactsPage


class ContactChanges(QObject):
    def __init__(self, page: ContactsPage) -> None:
        super().__init__(page)
        self.page = page
        self.box: QMessageBox | None = None
        self.departure: DepartureDialog | None = None
        self._departing: ContactRow | None = None

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
        button = box.addButton(self.tr("Mark as departed…"), QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("markDepartedInstead")
        box.setDefaultButton(button)
        box.finished.connect(lambda _result: self._ask_departure(row) if box.clickedButton() is button
                             else None)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    # -- departed and verified -------------------------------------------------------------------

    def toggle_departed(self) -> None:
        """Departed: asks the day and the successor. Departed already: undone at once ("Niet meer vertrokken")."""
        row = self.page.current()
        if row is None or row.kind != RowKind.PERSON or not self.page.departed_action.isEnabled():
            return
        if row.departed:
            self._set_departed(row, False)
        else:
            self._ask_departure(row)

    def _ask_departure(self, row: ContactRow) -> None:
        found = self.page.map
        person = next((p for p in found.people if p.id == row.id), None) if found is not None else None
        if person is None or found is None:
            return
        if self.departure is None:
            self.departure = DepartureDialog(self.page)
            self.departure.submitted.connect(self._departure_submitted)
        self.departure.prepare(person, found, found.today)
        self._departing = row
        self.departure.open()

    def _departure_submitted(self) -> None:
        dialog, row = self.departure, self._departing
        if dialog is None or row is None:
            return
        on, successor_id = dialog.departed_on(), dialog.successor_id()
        dialog.set_busy(True, self.tr("Saving…"))

        def done(_person: object) -> None:
            dialog.finish()
            self._say_departed(row, True)

        self.page.client.call(lambda session: contacts.set_departed(session, row.id, True, on, successor_id),
                              done, dialog.failed)

    def _say_departed(self, row: ContactRow, departed: bool) -> None:
        if departed:
            text = self.tr("{name} is marked as departed and no longer shown in the list; check "
                           "\"Show departed\" to see them.").format(name=row.name)
        else:
            text = self.tr("{name} is no longer marked as departed.").format(name=row.name)
        self.page.notice.info(text)
        self.page.reload([(RowKind.PERSON, row.id)])

    def _set_departed(self, row: ContactRow, departed: bool) -> None:
        self.page.client.call(lambda session: contacts.set_departed(session, row.id, departed),
                              lambda _person: self._say_departed(row, departed), self.page.failed)

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
