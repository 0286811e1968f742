"""The agenda's work on the Overleg page: items (with the herkenbaar gate: why not, record the consent that
is missing, or discuss anonymously), the notes of an item, its decisions and its actions. Everything runs
on the worker and the meeting is read again after it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ...domain.cases import HouseholdMember
from ...domain.consent import Purpose, Recipient
from ...domain.errors import IdentifiableRefused
from ...domain.meetings import AgendaItem, ItemTopic, MeetingAction, MeetingDecision, MeetingStatus
from ...domain.users import Permission
from ...services import cases, consent, meeting_actions, meeting_gate, meetings
from ...services.meeting_gate import GateAnswer
from ...services.meetings import ActionView, MeetingFile
from ...services.session import Session
from ..cases.consent_dialog import ConsentDialog
from ..cases.track_parts import choose as choose_value
from ..form_state import FormState, restore
from ..messages import render
from .action_dialog import ActionDialog
from .item_dialog import ItemDialog
from .loading import open_cases

if TYPE_CHECKING:
    from .page_work import MeetingWork


@dataclass(frozen=True)
class Refusal:
    """Why a herkenbaar item was refused, with what the consent dialog needs."""

    item: AgendaItem
    answer: GateAnswer
    members: list[HouseholdMember]


def recipient_of(file: MeetingFile, attendee_id: int) -> Recipient | None:
    """Toward whom consent covers an attendee: the person who came (the replacement), else the
    organisation."""
    view = next((a for a in file.attendees if a.attendee.id == attendee_id), None)
    if view is None:
        return None
    a = view.attendee
    person = a.replaced_by_person_id if a.replaced_by_person_id is not None else a.person_id
    if person is not None:
        return Recipient("person", person)
    if a.organisation_id is not None:
        return Recipient("organisation", a.organisation_id)
    return None


class ItemWork(QObject):
    def __init__(self, work: MeetingWork) -> None:
        super().__init__(work)
        self.work = work
        self.page = work.page
        self.item_dialog: ItemDialog | None = None
        self.action_dialog: ActionDialog | None = None
        self.consent_dialog: ConsentDialog | None = None
        self.cases: list[tuple[int, str]] | None = None
        self.refusal: Refusal | None = None
        editor = self.page.view.editor
        view = self.page.view
        view.new_item.clicked.connect(self.new_item)
        view.edit_item.clicked.connect(self.edit_item)
        view.remove_item.clicked.connect(self.remove_item)
        editor.save_notes.connect(self.save_notes)
        editor.add_decision.connect(self.add_decision)
        editor.remove_decision.connect(self.remove_decision)
        editor.new_action.connect(self.new_action)
        editor.edit_action.connect(self.edit_action)
        editor.complete_action.connect(self.complete_action)
        editor.remove_action.connect(self.remove_action)

    @property
    def file(self) -> MeetingFile | None:
        return self.page.view.file

    # -- items -----------------------------------------------------------------------------------

    def new_item(self) -> ItemDialog | None:
        file = self.file
        if file is None or not self.page.view.new_item.isEnabled():
            return None
        return self.open_item(AgendaItem(int(file.meeting.id or 0), ItemTopic.CASE, position=len(file.items)))

    def edit_item(self) -> ItemDialog | None:
        view = self.page.view.current_item()
        if view is None or not self.page.view.edit_item.isEnabled():
            return None
        return self.open_item(view.item)

    def open_item(self, item: AgendaItem, fields: FormState | None = None,
                  then: Callable[[ItemDialog], None] | None = None) -> ItemDialog:
        """The item's dialog, once the open cases are known (read on the worker the first time);
        ``fields``: a draft to put back in it; ``then``: what to do once it is open."""
        if self.item_dialog is None:
            self.item_dialog = ItemDialog(self.page)
            self.item_dialog.submitted.connect(self._save_item)
            self.item_dialog.consent_requested.connect(self.record_consent)
        dialog = self.item_dialog
        may_cases = self.page.client.may(Permission.EDIT_CASES)

        def show(found: list[tuple[int, str]]) -> None:
            self.cases = found
            file = self.file
            attendees = [(int(a.attendee.id or 0), a.name) for a in file.attendees] if file is not None else []
            dialog.prepare(item, found, may_cases, attendees)
            if fields:
                restore(dialog, fields)
                dialog.fields_changed()
            dialog.open()
            if then is not None:
                then(dialog)

        if may_cases and self.cases is None:
            self.page.client.call(open_cases, show, self.page.failed)
        else:
            show(self.cases or [])
        return dialog

    def _save_item(self) -> None:
        dialog = self.item_dialog
        if dialog is None:
            return
        item = dialog.item()
        dialog.set_busy(True)
        meeting_id = item.meeting_id

        def save(session: Session) -> MeetingFile:
            meetings.put_item(session, item)
            return meetings.open_meeting(session, meeting_id)

        self.page.client.call(save, lambda file: self._item_saved(dialog, file),
                              lambda error: self._item_failed(dialog, item, error))

    def _item_saved(self, dialog: ItemDialog, file: MeetingFile) -> None:
        dialog.finish()
        self.refusal = None
        self.page.show_file(file)
        self.page.notice.info(self.tr("Agenda item saved."))

    def _item_failed(self, dialog: ItemDialog, item: AgendaItem, error: BaseException) -> None:
        if not isinstance(error, IdentifiableRefused) or item.case_id is None:
            dialog.failed(error)
            return
        self.explain(dialog, item)

    def explain(self, dialog: ItemDialog, item: AgendaItem, then: Callable[[], None] | None = None) -> None:
        """Why the herkenbaar ``item`` may not be discussed, shown in its dialog (asked on the worker)."""
        case_id, meeting_id = item.case_id, item.meeting_id
        if case_id is None:
            return

        def read(session: Session) -> Refusal:
            return Refusal(item, meeting_gate.check(session, meeting_id, case_id),
                           cases.open_case(session, case_id).members)

        def show(refusal: Refusal) -> None:
            self.refusal = refusal
            if refusal.answer.allowed:
                dialog.set_busy(False)
                return
            self._show_refusal(dialog, refusal)
            if then is not None:
                then()

        dialog.set_busy(True, self.tr("Asking who may hear it…"))
        self.page.client.call(read, show, dialog.failed)

    def _show_refusal(self, dialog: ItemDialog, refusal: Refusal) -> None:
        may_record = self.page.client.may(Permission.EDIT_CASES) and self._first_recipient(refusal) is not None
        dialog.refused([render(reason) for reason in refusal.answer.reasons()], may_record)

    def _first_recipient(self, refusal: Refusal) -> Recipient | None:
        file = self.file
        if file is None:
            return None
        for verdict in refusal.answer.verdicts:
            if not verdict.allowed:
                found = recipient_of(file, verdict.attendee_id)
                if found is not None:
                    return found
        return None

    def reopen_consent(self, dialog: ItemDialog, fields: FormState) -> None:
        """After a lock: the refusal of the item again, and the consent being recorded with what was typed."""
        def consent_again() -> None:
            found = self.record_consent()
            if found is not None:
                restore(found, fields)

        self.explain(dialog, dialog.item(), consent_again)

    def record_consent(self) -> ConsentDialog | None:
        """The consent for "overleg" toward the first attendee who lacks it (the dialog lets the user choose
        another recipient or household member)."""
        refusal, data = self.refusal, self.page.data
        if refusal is None or data is None:
            return None
        if self.consent_dialog is None:
            self.consent_dialog = ConsentDialog(self.page)
            self.consent_dialog.submitted.connect(self._save_consent)
        dialog = self.consent_dialog
        dialog.prepare(refusal.members, data.lookup, data.today)
        choose_value(dialog.purpose, Purpose.MEETING)
        recipient = self._first_recipient(refusal)
        if recipient is not None:
            dialog.recipient.choose(recipient)
        dialog.open()
        return dialog

    def _save_consent(self) -> None:
        dialog, refusal = self.consent_dialog, self.refusal
        if dialog is None or refusal is None or refusal.item.case_id is None:
            return
        case_id, meeting_id, record = refusal.item.case_id, refusal.item.meeting_id, dialog.consent()
        dialog.set_busy(True, self.tr("Saving…"))

        def save(session: Session) -> GateAnswer:
            consent.add_consent(session, case_id, record)
            return meeting_gate.check(session, meeting_id, case_id)

        self.page.client.call(save, lambda answer: self._consent_saved(dialog, refusal, answer), dialog.failed)

    def _consent_saved(self, dialog: ConsentDialog, refusal: Refusal, answer: GateAnswer) -> None:
        dialog.finish()
        self.refusal = replace(refusal, answer=answer)
        item_dialog = self.item_dialog
        if item_dialog is None or not item_dialog.isVisible():
            return
        if answer.allowed:
            item_dialog.refusal.hide()
            item_dialog.notice.info(self.tr("Consent recorded; saving the item herkenbaar…"))
            self._save_item()
        else:
            self._show_refusal(item_dialog, self.refusal)

    def confirm(self, title: str, question: str, button: str, then: Callable[[], None]) -> QMessageBox:
        """A question before something is removed, opened (not run modally, so a lock can close it);
        Cancel is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, self.page)
        box.setObjectName("confirmMeetingRemoval")
        remove = box.addButton(button, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda clicked: then() if clicked is remove else None)
        box.open()
        return box

    def remove_item(self) -> QMessageBox | None:
        view = self.page.view.current_item()
        if view is None or not self.page.view.remove_item.isEnabled():
            return None
        item_id = int(view.item.id or 0)
        return self.confirm(self.tr("Remove agenda item"), self.tr(
            "Remove \"{item}\" from the agenda, with its notes and decisions?").format(
            item=self.page.view.items.currentItem().text()), self.tr("&Remove"),
            lambda: self.work.change(lambda session: meetings.remove_item(session, item_id),
                                     self.tr("Agenda item removed.")))

    # -- notes and decisions ---------------------------------------------------------------------

    def save_notes(self) -> None:
        editor = self.page.view.editor
        view = editor.view
        if view is None or not editor.save_button.isEnabled():
            return
        shared, internal = editor.notes()
        item = replace(view.item, shared_notes=shared.strip(), internal_notes=internal.strip())
        editor.save_button.setEnabled(False)
        self.work.change(lambda session: meetings.put_item(session, item), self.tr("Notes saved."))

    def add_decision(self, text: str) -> None:
        view = self.page.view.editor.view
        if view is None:
            return
        decision = MeetingDecision(int(view.item.id or 0), text, position=len(view.decisions))
        self.work.change(lambda session: meetings.put_decision(session, decision), self.tr("Decision added."),
                         after=self.page.view.editor.decision_added)

    def remove_decision(self, decision: MeetingDecision) -> None:
        decision_id = int(decision.id or 0)
        self.work.change(lambda session: meetings.remove_decision(session, decision_id),
                         self.tr("Decision removed."))

    # -- actions ---------------------------------------------------------------------------------

    def new_action(self) -> ActionDialog | None:
        view = self.page.view.editor.view
        if view is None:
            return None
        return self.open_action(MeetingAction(int(view.item.id or 0), "", position=len(view.actions)))

    def edit_action(self, action: ActionView) -> ActionDialog | None:
        return self.open_action(action.action)

    def open_action(self, action: MeetingAction) -> ActionDialog | None:
        file, data = self.file, self.page.data
        if file is None or data is None or file.meeting.status == MeetingStatus.FINAL:
            return None
        if self.action_dialog is None:
            self.action_dialog = ActionDialog(self.page)
            self.action_dialog.submitted.connect(self._save_action)
        attendees = []
        for view in file.attendees:
            a = view.attendee
            key = (f"person:{a.person_id}" if a.person_id is not None
                   else f"organisation:{a.organisation_id}" if a.organisation_id is not None else "")
            if key:
                attendees.append((view.name, key))
        self.action_dialog.prepare(action, data.lookup, attendees, data.today)
        self.action_dialog.open()
        return self.action_dialog

    def _save_action(self) -> None:
        dialog = self.action_dialog
        if dialog is None:
            return
        action = dialog.action()
        self.work.change(lambda session: meeting_actions.put_action(session, action), self.tr("Action saved."),
                         dialog=dialog, changed=True)

    def complete_action(self, view: ActionView) -> None:
        action_id = int(view.action.id or 0)
        self.work.change(lambda session: meeting_actions.complete_action(session, action_id),
                         self.tr("Action done: {what}.").format(what=view.action.what), changed=True)

    def remove_action(self, view: ActionView) -> QMessageBox:
        action_id = int(view.action.id or 0)
        return self.confirm(self.tr("Remove action"), self.tr(
            "Remove the action \"{what}\"? Its open follow-up or promise goes too.").format(what=view.action.what),
            self.tr("&Remove"), lambda: self.work.change(
                lambda session: meeting_actions.remove_action(session, action_id),
                self.tr("Action removed: {what}.").format(what=view.action.what), changed=True))
