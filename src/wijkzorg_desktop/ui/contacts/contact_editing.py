"""Adding and changing people and organisations from the sociale kaart page, and keeping an open
form as a draft across a lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.contact_index import RowKind
from ...domain.contacts import Organisation, Person
from ...services import contacts
from ..page import Drafts
from .form_parts import ContactDialog
from .organisation_dialog import OrganisationDialog
from .person_dialog import PersonDialog

if TYPE_CHECKING:
    from .contacts_page import ContactsPage

PERSON_FORM = "person"
ORGANISATION_FORM = "organisation"


class ContactEditing(QObject):
    def __init__(self, page: ContactsPage) -> None:
        super().__init__(page)
        self.page = page
        self.person_dialog: PersonDialog | None = None
        self.organisation_dialog: OrganisationDialog | None = None

    # -- dialogs ---------------------------------------------------------------------------------

    def _person_dialog(self) -> PersonDialog:
        if self.person_dialog is None:
            self.person_dialog = PersonDialog(self.page.client, self.page)
            self.person_dialog.submitted.connect(self._save_person)
            self._fill(self.person_dialog)
        return self.person_dialog

    def _organisation_dialog(self) -> OrganisationDialog:
        if self.organisation_dialog is None:
            self.organisation_dialog = OrganisationDialog(self.page.client, self.page)
            self.organisation_dialog.submitted.connect(self._save_organisation)
            self._fill(self.organisation_dialog)
        return self.organisation_dialog

    def _fill(self, dialog: ContactDialog) -> None:
        found = self.page.map
        if isinstance(dialog, PersonDialog):
            dialog.set_choices(found.organisations if found else [], self.page.users,
                               found.functions() if found else [])
        elif isinstance(dialog, OrganisationDialog):
            dialog.set_municipalities(found.municipalities() if found else [])

    def choices_changed(self) -> None:
        """The map or the users were loaded again: open forms offer the new choices."""
        for dialog in (self.person_dialog, self.organisation_dialog):
            if dialog is not None:
                self._fill(dialog)

    def new_person(self) -> None:
        if not self.page.new_person_action.isEnabled():
            return
        current = self.page.current()
        organisation_id = current.organisation_id if current is not None else None
        dialog = self._person_dialog()
        dialog.prepare(None, organisation_id)
        dialog.open()

    def new_organisation(self) -> None:
        if not self.page.new_organisation_action.isEnabled():
            return
        dialog = self._organisation_dialog()
        dialog.prepare(None)
        dialog.open()

    def edit(self) -> None:
        current, found = self.page.current(), self.page.map
        if current is None or found is None or not self.page.edit_action.isEnabled():
            return
        if current.kind == RowKind.PERSON:
            person = next((p for p in found.people if p.id == current.id), None)
            if person is not None:
                dialog = self._person_dialog()
                dialog.prepare(person)
                dialog.open()
        else:
            org = found.organisation(current.id)
            if org is not None:
                dialog = self._organisation_dialog()
                dialog.prepare(org)
                dialog.open()

    # -- saving ----------------------------------------------------------------------------------

    def _save_person(self) -> None:
        dialog = self.person_dialog
        if dialog is None:
            return
        person = dialog.person()
        dialog.set_busy(True, self.tr("Saving…"))
        self.page.client.call(lambda session: contacts.save_person(session, person),
                              self._person_saved, dialog.failed)

    def _person_saved(self, person: Person) -> None:
        if self.person_dialog is not None:
            self.person_dialog.finish()
        self.page.notice.info(self.tr("{name} is saved.").format(name=person.name))
        self.page.reload([(RowKind.PERSON, int(person.id or 0))])

    def _save_organisation(self) -> None:
        dialog = self.organisation_dialog
        if dialog is None:
            return
        org = dialog.organisation()
        dialog.set_busy(True, self.tr("Saving…"))
        self.page.client.call(lambda session: contacts.save_organisation(session, org),
                              self._organisation_saved, dialog.failed)

    def _organisation_saved(self, org: Organisation) -> None:
        if self.organisation_dialog is not None:
            self.organisation_dialog.finish()
        self.page.notice.info(self.tr("{name} is saved.").format(name=org.name))
        self.page.reload([(RowKind.ORGANISATION, int(org.id or 0))])

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> Drafts:
        """The open form, as typed (a lock closes it; unlocking opens it again)."""
        drafts: Drafts = {}
        if self.person_dialog is not None and self.person_dialog.isVisible():
            drafts[PERSON_FORM] = self.person_dialog.draft()
        if self.organisation_dialog is not None and self.organisation_dialog.isVisible():
            drafts[ORGANISATION_FORM] = self.organisation_dialog.draft()
        return drafts

    def restore_draft(self, drafts: Drafts) -> None:
        if drafts.get(ORGANISATION_FORM):
            dialog = self._organisation_dialog()
            dialog.restore(drafts[ORGANISATION_FORM])
            dialog.open()
        if drafts.get(PERSON_FORM):
            person_dialog = self._person_dialog()
            person_dialog.restore(drafts[PERSON_FORM])
            person_dialog.open()
