"""The Overleg page on the demo practice, as a huisarts, a POH-GGZ and an assistent use it: the series and
their meetings, attendance, a herkenbaar case item refused until the consent for "overleg" is recorded (or
discussed anonymously), the contacts to check before a meeting, an action that lands on Vandaag, and the
keyboard."""

from __future__ import annotations

from all_dialogs import demo_window
from pages_helpers import Rig
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from wijkzorg_desktop.domain.consent import ConsentStatus, Purpose
from wijkzorg_desktop.domain.meetings import ItemMode, ItemTopic, MeetingStatus, Presence
from wijkzorg_desktop.services import cases, meetings
from wijkzorg_desktop.ui.followups.labels import origin_text
from wijkzorg_desktop.ui.meetings.meetings_page import MeetingsPage

MDO = "MDO De Linde"
WIJKOVERLEG = "Sociaal Wijkoverleg Houten"


def idle(qtbot, window, condition=lambda: True) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy and condition(), timeout=20_000)


def meetings_page(qtbot, window) -> MeetingsPage:
    assert window.workspace.show_page_id("meetings")
    page = window.workspace.page("meetings")
    idle(qtbot, window, lambda: page.data is not None and page.view.file is not None)
    return page


def show(qtbot, window, page: MeetingsPage, series_name: str, status: MeetingStatus):
    """The latest meeting of ``series_name`` with ``status``, shown on the page."""
    series_id = next(int(s.series.id) for s in page.data.series if s.series.name == series_name)
    page.select(series_id, None)
    idle(qtbot, window, lambda: page.series_data is not None and page.series_data.series_id == series_id)
    meeting = [m for m in page.series_data.meetings if m.status == status][-1]
    page.select(series_id, int(meeting.id))
    idle(qtbot, window, lambda: page.view.file is not None and page.view.file.meeting.id == meeting.id)
    return page.view.file


def rig_of(window, store) -> Rig:
    return Rig(store, window.worker, window.client)


def test_the_page_lists_series_and_meetings_in_dutch(qtbot, make_window, demo_store, passphrase, dutch):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    page = meetings_page(qtbot, window)
    assert page.title() == "Overleg"
    names = [page.series_list.item(i).text().split("\n")[0] for i in range(page.series_list.count())]
    assert sorted(names) == [MDO, WIJKOVERLEG]
    file = show(qtbot, window, page, WIJKOVERLEG, MeetingStatus.HELD)
    assert page.meeting_list.count() == 4  # three held, one planned
    assert page.view.tabs.tabText(page.view.attendance_index) == "Aanwezigheid"
    assert page.view.tabs.isTabVisible(page.view.agenda_index)
    shown = {page.view.attendance.model.row_at(i).name for i in range(page.view.attendance.model.row_count())}
    assert {"Ruud Visser", "Willemijn van der Linden"} <= {name.split(" (")[0] for name in shown}
    assert page.view.items.count() == len(file.items) >= 3
    assert "Volgend overleg" in page.view.facts.text()
    assert page.view.held.text() == "Als gehouden &markeren"


def test_an_assistant_keeps_attendance_and_sees_no_case_items(qtbot, make_window, demo_store, passphrase):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "assistent")
    page = meetings_page(qtbot, window)
    file = show(qtbot, window, page, WIJKOVERLEG, MeetingStatus.PLANNED)
    assert not page.view.tabs.isTabVisible(page.view.agenda_index)
    assert not file.items and not page.view.agenda_paper.isVisible()
    assert not page.new_series_action.isEnabled() and page.new_meeting_action.isEnabled()

    table = page.view.attendance
    row = next(i for i in range(table.model.row_count()) if table.model.row_at(i).name.startswith("Ruud Visser"))
    table.table.selectRow(table.table.view_row(row))
    table.absent.click()
    idle(qtbot, window, lambda: any(a.name.startswith("Ruud Visser") and a.attendee.presence == Presence.ABSENT
                                    for a in page.view.file.attendees))
    stored = rig_of(window, demo_store).run(lambda s: meetings.open_meeting(s, int(file.meeting.id)))
    assert any(a.name.startswith("Ruud Visser") and a.attendee.presence == Presence.ABSENT for a in stored.attendees)
    assert not stored.items


def _open_case(window, store, letter: str) -> tuple[int, str]:
    found = rig_of(window, store).run(lambda s: [c.case for c in cases.list_cases(s)])
    case = next(c for c in found if c.label.startswith(f"Gezin {letter}"))
    return int(case.id), case.label


def test_a_herkenbaar_item_is_refused_until_consent_for_overleg_is_recorded(qtbot, make_window, demo_store,
                                                                           passphrase, dutch):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "poh")
    page = meetings_page(qtbot, window)
    show(qtbot, window, page, MDO, MeetingStatus.PLANNED)
    case_id, label = _open_case(window, demo_store, "K")
    page.view.tabs.setCurrentIndex(page.view.agenda_index)
    dialog = page.work.items.new_item()
    idle(qtbot, window, lambda: dialog.isVisible() and dialog.case.count() > 0)
    dialog.topic.setCurrentIndex(dialog.topic.findData(str(ItemTopic.CASE)))
    dialog.case.setCurrentIndex(dialog.case.findData(case_id))
    dialog.question.setPlainText("Wie houdt contact met vader?")
    dialog.identifiable.setChecked(True)
    assert not dialog.reminder.isVisible()
    dialog.ok_button.click()
    idle(qtbot, window, lambda: dialog.refusal.isVisible())
    assert "Chantal Huisman" in dialog.reasons.text()
    assert dialog.record_consent.isVisible()

    members = page.work.items.record_consent().member.count()
    page.work.items.consent_dialog.reject()
    for index in range(members):  # each member's word toward the AMW, until the gate lets it through
        consent_dialog = page.work.items.record_consent()
        assert consent_dialog.purpose.currentData() == str(Purpose.MEETING)
        assert consent_dialog.recipient.currentText().startswith("Chantal Huisman")
        consent_dialog.member.setCurrentIndex(index)
        consent_dialog.status.setCurrentIndex(consent_dialog.status.findData(str(ConsentStatus.GIVEN)))
        consent_dialog.ok_button.click()
        idle(qtbot, window, lambda shown=consent_dialog: not shown.isVisible())
        idle(qtbot, window)
        if not dialog.isVisible():
            break
        assert dialog.refusal.isVisible() and "Chantal Huisman" in dialog.reasons.text()
    assert not dialog.isVisible(), dialog.reasons.text()
    item = next(v.item for v in page.view.file.items if v.item.case_id == case_id)
    assert item.mode == ItemMode.IDENTIFIABLE
    assert page.view.current_item() is not None
    assert any(label in page.view.items.item(i).text() for i in range(page.view.items.count()))


def test_discuss_anonymously_switches_the_mode_and_saves(qtbot, make_window, demo_store, passphrase, dutch):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    page = meetings_page(qtbot, window)
    show(qtbot, window, page, WIJKOVERLEG, MeetingStatus.PLANNED)
    case_id, _label = _open_case(window, demo_store, "C")
    page.view.tabs.setCurrentIndex(page.view.agenda_index)
    dialog = page.work.items.new_item()
    idle(qtbot, window, lambda: dialog.isVisible() and dialog.case.count() > 0)
    dialog.case.setCurrentIndex(dialog.case.findData(case_id))
    dialog.question.setPlainText("Wie kent dit gezin al?")
    dialog.identifiable.setChecked(True)
    dialog.ok_button.click()
    idle(qtbot, window, lambda: dialog.refusal.isVisible())
    assert "Ruud Visser" in dialog.reasons.text() and "Willemijn van der Linden" in dialog.reasons.text()
    dialog.make_anonymous.click()
    assert dialog.anonymous.isChecked() and not dialog.refusal.isVisible() and dialog.reminder.isVisible()
    assert dialog.reminder.text()
    police = next(i for i in range(dialog.withheld.count()) if "Willemijn" in dialog.withheld.item(i).text())
    dialog.withheld.item(police).setCheckState(Qt.CheckState.Checked)  # not in the wijkagent's copy
    dialog.ok_button.click()
    idle(qtbot, window, lambda: not dialog.isVisible())
    item = next(v.item for v in page.view.file.items if v.item.case_id == case_id)
    assert item.mode == ItemMode.ANONYMOUS and item.question == "Wie kent dit gezin al?"
    assert item.withheld_from == (int(dialog.withheld.item(police).data(Qt.ItemDataRole.UserRole)),)

    page.view.items.setCurrentRow(next(i for i, v in enumerate(page.view.file.items) if v.item.id == item.id))
    box = page.work.items.remove_item()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    idle(qtbot, window, lambda: all(v.item.id != item.id for v in page.view.file.items))


def test_checked_empties_the_contacts_to_check(qtbot, make_window, demo_store, passphrase, dutch):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    page = meetings_page(qtbot, window)
    file = show(qtbot, window, page, WIJKOVERLEG, MeetingStatus.PLANNED)
    box = page.view.to_check
    assert box.isVisible() and box.list.count() >= 2
    listed = {box.list.item(i).text().split(" (")[0] for i in range(box.list.count())}
    assert {"Noor Franssen", "Ivo Öztürk"} <= {name.split(" (")[0] for name in listed} | listed
    assert box.button.text() == "Ge&controleerd"
    box.button.click()
    idle(qtbot, window, lambda: box.list.count() == 0)
    assert not box.isVisible()
    again = rig_of(window, demo_store).run(lambda s: meetings.open_meeting(s, int(file.meeting.id)))
    assert not again.to_check


def test_an_action_for_the_poh_lands_on_vandaag_with_the_meeting(qtbot, make_window, demo_store, passphrase,
                                                                  dutch):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "poh")
    page = meetings_page(qtbot, window)
    file = show(qtbot, window, page, MDO, MeetingStatus.HELD)
    page.view.tabs.setCurrentIndex(page.view.agenda_index)
    page.view.items.setCurrentRow(0)
    dialog = page.work.items.new_action()
    dialog.what.setText("Bel de IB'er over het verzuim")
    dialog.owner.setCurrentIndex(dialog.owner.findData("user:poh"))
    dialog.due.set_value(file.meeting.on, file.meeting.on)
    dialog.ok_button.click()
    idle(qtbot, window, lambda: not dialog.isVisible())
    view = page.view.editor.view
    assert any(a.action.what == "Bel de IB'er over het verzuim" and a.owner_name for a in view.actions)

    assert window.workspace.show_page_id("today")
    today = window.workspace.page("today")
    idle(qtbot, window, lambda: any(i.followup.what == "Bel de IB'er over het verzuim"
                                    for i in (today.items or {}).values()))
    item = next(i for i in today.items.values() if i.followup.what == "Bel de IB'er over het verzuim")
    assert item.meeting_name == MDO and item.meeting_on == file.meeting.on
    assert origin_text(item).startswith("uit het overleg: MDO De Linde, ")


def test_keyboard_new_series_and_new_meeting(qtbot, make_window, demo_store, passphrase):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    page = meetings_page(qtbot, window)
    page.series_list.setFocus()
    qtbot.keyClick(page.series_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    series = page.work.series_dialog
    qtbot.waitUntil(lambda: series is not None and series.isVisible())
    assert series.focusWidget() is series.name
    series.reject()
    show(qtbot, window, page, MDO, MeetingStatus.PLANNED)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.meeting_list.setFocus()
    qtbot.keyClick(page.meeting_list, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.work.meeting_dialog is not None and page.work.meeting_dialog.isVisible())
    meeting = page.work.meeting_dialog
    assert meeting.proposed.count() == 3  # weekly: the next three weeks
    assert meeting.on.date().toPython() == page.series_data.proposed[0]
    meeting.reject()
    page.series_list.setFocus()
    assert page.series_list.nextInFocusChain() is not None
    qtbot.keyClick(page.series_list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.meeting_list
    for widget in (page.series_list, page.meeting_list, page.view.editor.shared, page.view.editor.internal,
                   page.view.attendance.table):
        assert widget.accessibleName()


def test_a_new_meeting_on_a_proposed_date_has_the_members_and_can_be_removed(qtbot, make_window, demo_store,
                                                                             passphrase):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    page = meetings_page(qtbot, window)
    planned = show(qtbot, window, page, MDO, MeetingStatus.PLANNED)
    before = page.meeting_list.count()
    dialog = page.work.new_meeting()
    day = page.series_data.proposed[1]
    dialog.proposed.setCurrentIndex(1)
    dialog.proposed.activated.emit(1)
    assert dialog.on.date().toPython() == day
    dialog.ok_button.click()
    idle(qtbot, window, lambda: not dialog.isVisible() and page.meeting_list.count() == before + 1
         and page.view.file is not None and page.view.file.meeting.on == day)
    file = page.view.file
    assert {a.name for a in file.attendees} == {a.name for a in planned.attendees}
    assert not file.items and page.remove_meeting_button.isEnabled()
    assert not page.view.copy_paper.isEnabled()  # no minutes before it is held

    page.work.remove_meeting()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    idle(qtbot, window, lambda: page.meeting_list.count() == before)
    left = rig_of(window, demo_store).run(lambda s: meetings.meetings_of(s, int(file.series.id)))
    assert all(m.id != file.meeting.id for m in left)


def test_a_new_series_with_a_partner_and_a_colleague(qtbot, make_window, demo_store, passphrase, dutch):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    page = meetings_page(qtbot, window)
    dialog = page.work.new_series()
    dialog.name.setText("Huisartsenoverleg Houten")
    dialog.kind.setCurrentIndex(dialog.kind.findData("huisartsenoverleg"))
    dialog.rhythm.setCurrentIndex(dialog.rhythm.findData("halfjaarlijks"))
    dialog.place.setText("Gemeentehuis Houten")
    ruud = next(i for i in range(dialog.contact.count()) if dialog.contact.itemText(i).startswith("Ruud Visser"))
    dialog.contact.setCurrentIndex(ruud)
    dialog.add_contact.click()
    dialog.user.setCurrentIndex(dialog.user.findData("poh"))
    dialog.add_user.click()
    dialog.add_user.click()  # twice: refused
    assert "al lid" in dialog.notice.text()
    assert dialog.table.rowCount() == 2
    secrecy = dialog.table.cellWidget(0, 3)
    assert secrecy.currentText() == "volgens de soort: niet gebonden"  # the gemeente
    secrecy.setCurrentIndex(secrecy.findData("1"))  # this one is a GP working for the gemeente
    dialog.table.cellWidget(1, 2).setCurrentIndex(dialog.table.cellWidget(1, 2).findData("notulist"))
    dialog.ok_button.click()
    idle(qtbot, window, lambda: not dialog.isVisible() and any(
        page.series_list.item(i).text().startswith("Huisartsenoverleg Houten")
        for i in range(page.series_list.count())))
    stored = rig_of(window, demo_store).run(lambda s: next(
        x.series for x in meetings.list_series(s) if x.series.name == "Huisartsenoverleg Houten"))
    assert stored.rhythm == "halfjaarlijks" and stored.place == "Gemeentehuis Houten"
    partner, colleague = stored.members
    assert partner.person_id is not None and partner.secrecy_override is True
    assert colleague.user_login == "poh" and colleague.duty == "notulist"


def test_an_attendee_replaced_by_someone_of_the_sociale_kaart(qtbot, make_window, demo_store, passphrase, dutch):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    page = meetings_page(qtbot, window)
    show(qtbot, window, page, WIJKOVERLEG, MeetingStatus.PLANNED)
    table = page.view.attendance
    row = next(i for i in range(table.model.row_count()) if table.model.row_at(i).name.startswith("Eva Kaya"))
    table.table.selectRow(table.table.view_row(row))
    table.change.click()
    dialog = page.work.attendee_dialog
    assert dialog.isVisible() and not dialog.replacement.isVisible()
    dialog.presence.setCurrentIndex(dialog.presence.findData(str(Presence.REPLACED)))
    assert dialog.replacement.isVisible()
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.notice.text() == "Geef aan wie er in de plaats kwam."
    nadia = next(i for i in range(dialog.replacement.count())
                 if dialog.replacement.itemText(i).startswith("Nadia van Wijk"))
    dialog.replacement.setCurrentIndex(nadia)
    dialog.ok_button.click()
    idle(qtbot, window, lambda: not dialog.isVisible())
    shown = next(a for a in page.view.file.attendees if a.attendee.id == table.model.row_at(row).attendee.id)
    assert shown.attendee.presence == Presence.REPLACED and shown.attendee.replaced_by_person_id is not None
    assert table.model.display(shown, table.model.COL_NAME).startswith("Eva Kaya")
    text = table.model.display(shown, table.model.COL_PRESENCE)
    assert text.startswith("vervangen door Nadia van Wijk")


def test_final_minutes_are_asked_first_and_then_nothing_changes(qtbot, make_window, demo_store, passphrase):
    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    page = meetings_page(qtbot, window)
    show(qtbot, window, page, MDO, MeetingStatus.HELD)
    assert page.view.final.isEnabled() and not page.view.held.isEnabled()
    page.view.final.click()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
    idle(qtbot, window, lambda: page.view.file.meeting.status == MeetingStatus.FINAL)
    page.view.tabs.setCurrentIndex(page.view.agenda_index)
    page.view.items.setCurrentRow(0)
    editor = page.view.editor
    assert editor.shared.isReadOnly() and editor.internal.isReadOnly()
    assert not editor.new_action_button.isEnabled() and not page.view.new_item.isEnabled()
    assert not page.edit_meeting_button.isEnabled() and not page.view.attendance.present.isEnabled()
    assert not page.view.final.isEnabled() and page.view.minutes_paper.isEnabled()


def test_the_calendar_file_of_a_series_through_the_save_dialog(qtbot, make_window, demo_store, passphrase, dutch,
                                                              tmp_path):
    import vobject

    window = demo_window(qtbot, make_window, demo_store, passphrase, "assistent")
    page = meetings_page(qtbot, window)
    show(qtbot, window, page, WIJKOVERLEG, MeetingStatus.PLANNED)
    page.calendar_button.click()
    dialog = page.work.file_dialog
    assert dialog.isVisible() and dialog.objectName() == "meetingsCalendarDialog"
    target = tmp_path / "wijkoverleg.ics"
    dialog.fileSelected.emit(str(target))
    dialog.reject()
    idle(qtbot, window, lambda: target.exists() and page.notice.kind == "info")
    assert page.notice.text() == f"4 overleggen geschreven naar {target}."
    text = target.read_text(encoding="utf-8")
    events = vobject.readOne(text).vevent_list
    assert len(events) == 4 and {e.summary.value for e in events} == {WIJKOVERLEG}
    assert "Gezin" not in text and "Visser" not in text


def test_a_series_being_made_comes_back_after_a_lock_with_its_members(qtbot, make_window, demo_store, passphrase):
    from shell_helpers import unlock, wait_workspace

    window = demo_window(qtbot, make_window, demo_store, passphrase, "huisarts")
    page = meetings_page(qtbot, window)
    dialog = page.work.new_series()
    dialog.name.setText("Wijkoverleg Jeugd Houten")
    dialog.contact.setCurrentIndex(next(i for i in range(dialog.contact.count())
                                        if dialog.contact.itemText(i).startswith("Eva Kaya")))
    dialog.add_contact.click()
    dialog.table.cellWidget(0, 1).setText("jongerenwerker")
    dialog.table.cellWidget(0, 3).setCurrentIndex(1)  # bound, set by hand
    window.lock()
    qtbot.waitUntil(lambda: not window.client.unlocked and not window.worker.busy, timeout=10_000)
    unlock(qtbot, window, "huisarts", passphrase)
    wait_workspace(qtbot, window)
    page = window.workspace.page("meetings")
    idle(qtbot, window, lambda: page.work.series_dialog is not None and page.work.series_dialog.isVisible())
    again = page.work.series_dialog
    assert again.name.text() == "Wijkoverleg Jeugd Houten" and again.table.rowCount() == 1
    assert again.table.item(0, 0).text().startswith("Eva Kaya")
    assert again.table.cellWidget(0, 1).text() == "jongerenwerker"
    assert again.members()[0].secrecy_override is True
