"""The Overleg page's work on series, meetings and attendance, the status, the papers and the calendar file,
and which of its forms are kept as drafts across a lock. The agenda's work is in ``item_work``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ...domain.meetings import (
    AgendaItem,
    Attendee,
    ItemTopic,
    Meeting,
    MeetingKind,
    MeetingSeries,
    MeetingStatus,
    Presence,
    Rhythm,
    SeriesMember,
)
from ...services import contacts, meeting_actions, meeting_documents, meetings
from ...services.meetings import AttendeeView, MeetingFile
from ...services.session import Session
from ..form_state import FormState, capture, restore
from ..page import Drafts
from .action_dialog import ActionDialog
from .attendee_dialog import AttendeeDialog
from .copy_dialog import CopyDialog
from .item_work import ItemWork
from .loading import bound_by_kind
from .meeting_dialog import MeetingDialog
from .papers import issue_agenda, issue_minutes
from .series_dialog import SeriesDialog

if TYPE_CHECKING:
    from ..cases.case_forms import CaseDialog
    from .meetings_page import MeetingsPage

SERIES_FORM, MEETING_FORM, ATTENDEE_FORM, ITEM_FORM, ACTION_FORM, NOTES_FORM = (
    "series", "meeting", "attendee", "item", "action", "notes")


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


class MeetingWork(QObject):
    def __init__(self, page: MeetingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.series_dialog: SeriesDialog | None = None
        self.meeting_dialog: MeetingDialog | None = None
        self.attendee_dialog: AttendeeDialog | None = None
        self.copy_dialog: CopyDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.items = ItemWork(self)
        view = page.view
        view.attendance.mark.connect(self.mark)
        view.attendance.edit.connect(self.edit_attendee)
        view.attendance.add_guest.connect(self.add_guest)
        view.attendance.remove.connect(self.remove_guest)
        view.to_check.checked.connect(self.checked)
        view.held.clicked.connect(lambda: self.set_status(MeetingStatus.HELD))
        view.final.clicked.connect(self.confirm_final)
        view.agenda_paper.clicked.connect(self.agenda)
        view.minutes_paper.clicked.connect(self.minutes)
        view.copy_paper.clicked.connect(self.copy)

    def change(self, fn: Callable[[Session], object], said: str, *, dialog: CaseDialog | None = None,
               changed: bool = False, after: Callable[[], None] | None = None) -> None:
        """``fn`` on the worker, then the meeting read again and shown; ``changed``: other pages show it too
        (follow-ups, promises, timelines)."""
        file = self.page.view.file
        if file is None:
            return
        meeting_id = int(file.meeting.id or 0)

        def run(session: Session) -> MeetingFile:
            fn(session)
            return meetings.open_meeting(session, meeting_id)

        def done(found: MeetingFile) -> None:
            if dialog is not None:
                dialog.finish()
            self.page.show_file(found)
            if said:
                self.page.notice.info(said)
            if after is not None:
                after()
            if changed:
                self.page.client.changed.emit()

        def failed(error: BaseException) -> None:
            if dialog is not None:
                dialog.failed(error)
            else:
                self.page.failed(error)
            # buttons that waited for this change ("Save notes", "Checked") may be used again
            self.page.view.editor.update_buttons()
            self.page.view.to_check.refresh_buttons()

        if dialog is not None:
            dialog.set_busy(True)
        self.page.client.call(run, done, failed)

    # -- series ----------------------------------------------------------------------------------

    def new_series(self, fields: FormState | None = None) -> SeriesDialog | None:
        return self._open_series(MeetingSeries("", MeetingKind.NEIGHBOURHOOD, Rhythm.BIMONTHLY), fields)

    def edit_series(self, fields: FormState | None = None, series_id: int | None = None) -> SeriesDialog | None:
        """The chosen series, or the one with ``series_id``."""
        data = self.page.data
        wanted = series_id if series_id is not None else self.page.current_series_id()
        summary = next((s for s in data.series if s.series.id == wanted), None) if data is not None else None
        return self._open_series(summary.series, fields) if summary is not None else None

    def _open_series(self, series: MeetingSeries, fields: FormState | None) -> SeriesDialog | None:
        data = self.page.data
        if data is None or not self.page.new_series_action.isEnabled():
            return None
        if self.series_dialog is None:
            self.series_dialog = SeriesDialog(self.page)
            self.series_dialog.submitted.connect(self._save_series)
        self.series_dialog.prepare(series, data.lookup)
        if fields:
            restore(self.series_dialog, fields)
        self.series_dialog.open()
        return self.series_dialog

    def _save_series(self) -> None:
        dialog = self.series_dialog
        if dialog is None:
            return
        series = dialog.series()
        dialog.set_busy(True)

        def saved(found: MeetingSeries) -> None:
            dialog.finish()
            self.page.notice.info(self.tr("{name} saved.").format(name=found.name))
            self.page.select(int(found.id or 0), self.page.current_meeting_id())
            self.page.refresh()

        self.page.client.call(lambda session: meetings.save_series(session, series), saved, dialog.failed)

    # -- meetings --------------------------------------------------------------------------------

    def new_meeting(self, fields: FormState | None = None) -> MeetingDialog | None:
        summary, data = self.page.current_summary(), self.page.series_data
        if summary is None or data is None or not self.page.new_meeting_action.isEnabled():
            return None
        proposed = data.proposed
        first = proposed[0] if proposed else (self.page.data.today if self.page.data else date.today())
        return self._open_meeting(Meeting(int(summary.series.id or 0), first), summary.series, proposed, fields)

    def edit_meeting(self, fields: FormState | None = None) -> MeetingDialog | None:
        file = self.page.view.file
        if file is None or not self.page.edit_meeting_button.isEnabled():
            return None
        return self._open_meeting(file.meeting, file.series, [], fields)

    def _open_meeting(self, meeting: Meeting, series: MeetingSeries, proposed: list[date],
                      fields: FormState | None) -> MeetingDialog:
        if self.meeting_dialog is None:
            self.meeting_dialog = MeetingDialog(self.page)
            self.meeting_dialog.submitted.connect(self._save_meeting)
        self.meeting_dialog.prepare(meeting, series.name, series.place, proposed)
        if fields:
            restore(self.meeting_dialog, fields)
            self.meeting_dialog.fields_changed()
        self.meeting_dialog.open()
        return self.meeting_dialog

    def _save_meeting(self) -> None:
        dialog = self.meeting_dialog
        if dialog is None:
            return
        meeting = dialog.meeting()
        dialog.set_busy(True)

        def saved(found: Meeting) -> None:
            dialog.finish()
            self.page.notice.info(self.tr("Meeting of {date} saved.").format(date=found.on.strftime("%d-%m-%Y")))
            self.page.select(found.series_id, found.id)
            self.page.refresh()

        self.page.client.call(lambda session: meetings.save_meeting(session, meeting), saved, dialog.failed)

    def remove_meeting(self) -> None:
        file = self.page.view.file
        if file is None or not self.page.remove_meeting_button.isEnabled():
            return
        meeting_id, series_id = int(file.meeting.id or 0), int(file.series.id or 0)

        def removed(_none: object) -> None:
            self.page.notice.info(self.tr("The meeting of {date} is removed.").format(
                date=file.meeting.on.strftime("%d-%m-%Y")))
            self.page.select(series_id, None)
            self.page.refresh()

        self.items.confirm(self.tr("Remove meeting"), self.tr("Remove the meeting of {date} of {series}?").format(
            date=file.meeting.on.strftime("%d-%m-%Y"), series=file.series.name), self.tr("&Remove"),
            lambda: self.page.client.call(lambda session: meetings.delete_meeting(session, meeting_id), removed,
                                          self.page.failed))

    def confirm_final(self) -> None:
        file = self.page.view.file
        if file is None:
            return
        self.items.confirm(self.tr("Minutes final"), self.tr(
            "Make the minutes of {date} final? After this nothing in this meeting can be changed: not the "
            "attendance, the notes, the decisions or the actions.").format(
            date=file.meeting.on.strftime("%d-%m-%Y")), self.tr("Make &final"),
            lambda: self.set_status(MeetingStatus.FINAL))

    def set_status(self, status: MeetingStatus) -> None:
        file = self.page.view.file
        if file is None:
            return
        meeting_id = int(file.meeting.id or 0)
        said = (self.tr("Marked as held; the case items are in their case timelines.") if status == MeetingStatus.HELD
                else self.tr("The minutes are final."))
        self.change(lambda session: meeting_actions.set_status(session, meeting_id, status), said, changed=True)

    # -- attendance ------------------------------------------------------------------------------

    def mark(self, view: AttendeeView, presence: Presence) -> None:
        attendee = replace(view.attendee, presence=presence, replaced_by_person_id=None, replaced_by_name="")
        self.change(lambda session: meetings.put_attendee(session, attendee), "")

    def edit_attendee(self, view: AttendeeView, fields: FormState | None = None) -> AttendeeDialog | None:
        return self._open_attendee(view.attendee, self.page.view.attendance.model.member(view), fields)

    def add_guest(self, fields: FormState | None = None) -> AttendeeDialog | None:
        file = self.page.view.file
        if file is None:
            return None
        return self._open_attendee(Attendee(int(file.meeting.id or 0), Presence.PRESENT), "", fields)

    def _open_attendee(self, attendee: Attendee, name: str, fields: FormState | None) -> AttendeeDialog | None:
        data = self.page.data
        if data is None:
            return None
        if self.attendee_dialog is None:
            self.attendee_dialog = AttendeeDialog(self.page)
            self.attendee_dialog.submitted.connect(self._save_attendee)
        by_kind = bound_by_kind(data.lookup, SeriesMember(attendee.person_id, attendee.organisation_id,
                                                          attendee.user_login))
        self.attendee_dialog.prepare(attendee, name, data.lookup, data.people, by_kind)
        if fields:
            restore(self.attendee_dialog, fields)
        self.attendee_dialog.fields_changed()
        self.attendee_dialog.open()
        return self.attendee_dialog

    def _save_attendee(self) -> None:
        dialog = self.attendee_dialog
        if dialog is not None:
            attendee = dialog.attendee()
            self.change(lambda session: meetings.put_attendee(session, attendee), self.tr("Attendance saved."),
                        dialog=dialog)

    def remove_guest(self, view: AttendeeView) -> None:
        attendee_id = int(view.attendee.id or 0)
        self.change(lambda session: meetings.remove_attendee(session, attendee_id),
                    self.tr("{name} removed from this meeting.").format(name=view.name))

    def checked(self, person_ids: list[int]) -> None:
        self.change(lambda session: contacts.mark_verified(session, person_ids),
                    self.tr("%n contact(s) marked as checked today.", "", len(person_ids)), changed=True)

    # -- papers and the calendar -----------------------------------------------------------------

    def agenda(self) -> None:
        file = self.page.view.file
        if file is not None:
            issue_agenda(self.page.client, self.page, int(file.meeting.id or 0))

    def minutes(self) -> None:
        file = self.page.view.file
        if file is not None:
            issue_minutes(self.page.client, self.page, int(file.meeting.id or 0))

    def copy(self) -> None:
        file = self.page.view.file
        if file is None:
            return
        meeting_id = int(file.meeting.id or 0)
        if self.copy_dialog is None:
            self.copy_dialog = CopyDialog(self.page)
            self.copy_dialog.submitted.connect(self._make_copy)

        def show(recipients: list[tuple[int, str]]) -> None:
            assert self.copy_dialog is not None
            self.copy_dialog.prepare(recipients)
            self.copy_dialog.open()

        self.page.client.call(lambda session: meeting_documents.copy_recipients(session, meeting_id), show,
                              self.page.failed)

    def _make_copy(self) -> None:
        dialog, file = self.copy_dialog, self.page.view.file
        if dialog is None or file is None:
            return
        attendee_id = dialog.attendee_id()
        dialog.finish()
        issue_minutes(self.page.client, self.page, int(file.meeting.id or 0), attendee_id)

    def calendar_file(self) -> None:
        summary = self.page.current_summary()
        if summary is None:
            return
        if self.file_dialog is None:
            self.file_dialog = QFileDialog(self.page, self.tr("Calendar file of the series"))
            self.file_dialog.setObjectName("meetingsCalendarDialog")
            self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.file_dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            self.file_dialog.setNameFilter(self.tr("iCalendar (*.ics)"))
            self.file_dialog.setDefaultSuffix("ics")
            self.file_dialog.fileSelected.connect(self.write_calendar)
        self.file_dialog.setDirectory(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        self.file_dialog.selectFile(f"{summary.series.name}.ics")
        self.file_dialog.open()

    def write_calendar(self, path: str) -> None:
        summary = self.page.current_summary()
        if not path or summary is None:
            return
        target, series_id = Path(path), int(summary.series.id or 0)
        self.page.notice.busy(self.tr("Writing {name}…").format(name=target.name))
        def failed(error: BaseException) -> None:
            self.page.notice.clear()  # not "Writing…" any more, whatever stopped it (a lock included)
            self.page.failed(error)

        self.page.client.call(lambda session: meetings.export_calendar(session, target, series_id),
                              lambda count: self.page.notice.info(self.tr(
                                  "%n meeting(s) written to {path}.", "", count).format(path=str(target))),
                              failed)

    # -- drafts ----------------------------------------------------------------------------------

    def draft(self) -> Drafts:
        """The open forms as typed, with what they belong to; a draft not yet put back as it came."""
        drafts: Drafts = dict(self.page.pending)
        file = self.page.view.file
        where = {"series_id": int(file.series.id or 0), "meeting_id": int(file.meeting.id or 0)} if file else {}
        series = self.series_dialog
        if series is not None and series.isVisible():
            drafts[SERIES_FORM] = {"editing_id": series.editing_id, "fields": capture(series),
                                   "members": series.members_draft()}
        meeting = self.meeting_dialog
        if meeting is not None and meeting.isVisible():
            drafts[MEETING_FORM] = {"editing_id": meeting.editing_id, "series_id": self.page.current_series_id(),
                                    "meeting_id": where.get("meeting_id"), "fields": capture(meeting)}
        for key, dialog in ((ATTENDEE_FORM, self.attendee_dialog), (ITEM_FORM, self.items.item_dialog),
                            (ACTION_FORM, self.items.action_dialog)):
            if dialog is not None and dialog.isVisible() and where:
                drafts[key] = {**where, "editing_id": dialog.editing_id, "fields": capture(dialog)}
                if isinstance(dialog, ActionDialog):
                    drafts[key]["item_id"] = dialog.item_id
        consent = self.items.consent_dialog
        if consent is not None and consent.isVisible() and ITEM_FORM in drafts:
            drafts[ITEM_FORM]["consent"] = capture(consent)
        editor = self.page.view.editor
        if editor.typed() and editor.view is not None and where:
            shared, internal = editor.notes()
            drafts[NOTES_FORM] = {**where, "item_id": editor.view.item.id, "shared": shared, "internal": internal}
        return drafts

    def restore_series_draft(self) -> None:
        form = self.page.pending.pop(SERIES_FORM, None)
        if not isinstance(form, dict):
            return
        fields = form.get("fields") if isinstance(form.get("fields"), dict) else {}
        editing = _int(form.get("editing_id"))
        if editing is not None and editing != self.page.current_series_id():
            self.page.select(editing, None)
        dialog = self.edit_series(fields, editing) if editing is not None else self.new_series(fields)
        members = form.get("members")
        if dialog is not None and isinstance(members, list):
            dialog.restore_members(members)

    def restore_meeting_drafts(self, file: MeetingFile | None) -> None:
        """Put back the forms of a meeting once it is shown; a draft of another meeting shows that one first."""
        pending = self.page.pending
        wanted = next((form for form in pending.values() if isinstance(form, dict)
                       and _int(form.get("meeting_id")) is not None), None)
        if wanted is None:
            form = pending.pop(MEETING_FORM, None)  # a new meeting of a series without meetings
            if isinstance(form, dict) and _int(form.get("series_id")) == self.page.current_series_id():
                self.new_meeting(form.get("fields") if isinstance(form.get("fields"), dict) else {})
            return
        meeting_id = _int(wanted.get("meeting_id"))
        if file is None or file.meeting.id != meeting_id:
            series_id = _int(wanted.get("series_id"))
            if series_id is not None and self.page.wanted_meeting != meeting_id:
                self.page.select(series_id, meeting_id)
            return
        for key in (MEETING_FORM, ATTENDEE_FORM, ITEM_FORM, ACTION_FORM, NOTES_FORM):
            form = pending.pop(key, None)
            if isinstance(form, dict) and _int(form.get("meeting_id")) == meeting_id:
                self._reopen(key, form, file)

    def _reopen(self, key: str, form: dict[str, object], file: MeetingFile) -> None:
        fields = form.get("fields") if isinstance(form.get("fields"), dict) else {}
        editing = _int(form.get("editing_id"))
        if key == MEETING_FORM:
            (self.edit_meeting if editing is not None else self.new_meeting)(fields)
        elif key == ATTENDEE_FORM:
            view = next((a for a in file.attendees if a.attendee.id == editing), None)
            self.edit_attendee(view, fields) if view is not None else self.add_guest(fields)
        elif key == ITEM_FORM:
            item = next((v.item for v in file.items if v.item.id == editing), None)
            if item is None and self.page.view.new_item.isEnabled():
                item = AgendaItem(int(file.meeting.id or 0), ItemTopic.CASE, position=len(file.items))
            consent = form.get("consent")
            if item is not None:
                self.items.open_item(item, fields, (lambda dialog: self.items.reopen_consent(dialog, consent))
                                     if isinstance(consent, dict) else None)
        elif key == ACTION_FORM:
            self._reopen_action(form, fields, file, editing)
        elif key == NOTES_FORM:
            self._reopen_notes(form, file)

    def _select_item(self, file: MeetingFile, item_id: int | None) -> bool:
        row = next((i for i, v in enumerate(file.items) if v.item.id == item_id), -1)
        if row < 0:
            return False
        self.page.view.tabs.setCurrentIndex(self.page.view.agenda_index)
        self.page.view.items.setCurrentRow(row)
        return True

    def _reopen_action(self, form: dict[str, object], fields: FormState, file: MeetingFile,
                       editing: int | None) -> None:
        item_id = _int(form.get("item_id"))
        view = next((v for v in file.items if v.item.id == item_id), None)
        if view is None or not self._select_item(file, item_id):
            return
        action = next((a for a in view.actions if a.action.id == editing), None)
        dialog = self.items.edit_action(action) if action is not None else self.items.new_action()
        if dialog is not None:
            restore(dialog, fields)

    def _reopen_notes(self, form: dict[str, object], file: MeetingFile) -> None:
        if not self._select_item(file, _int(form.get("item_id"))):
            return
        editor = self.page.view.editor
        editor.shared.setPlainText(str(form.get("shared", "")))
        editor.internal.setPlainText(str(form.get("internal", "")))
        editor.update_buttons()
