"""Overleg services on a real vault: series and members, meetings and attendance, who may do what, final
minutes, contacts to check before a meeting, and what cannot be deleted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import meetings_helpers
import pytest

from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.domain.errors import (
    InvalidValue,
    MeetingFinal,
    MeetingHasItems,
    MeetingHeld,
    MissingField,
    NotAllowed,
    NotFound,
)
from wijkzorg_desktop.domain.meetings import (
    AgendaItem,
    Attendee,
    ItemTopic,
    Meeting,
    MeetingDecision,
    MeetingKind,
    MeetingSeries,
    MeetingStatus,
    MemberDuty,
    Presence,
    Rhythm,
    SeriesMember,
)
from wijkzorg_desktop.domain.practice import PracticeSettings
from wijkzorg_desktop.services import contacts, meeting_actions, meetings, practice
from wijkzorg_desktop.store import audit_log
from wijkzorg_desktop.store import meetings as meeting_store

meeting_vault = meetings_helpers.meeting_vault
THEME = "Overlast bij het winkelcentrum"


def test_a_new_meeting_expects_the_series_members_in_their_order(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    opened = meetings.open_meeting(poh, v.meeting_id)
    assert [a.name for a in opened.attendees] == ["Hanna Huisarts", "Sanne Poh", "Ruud Visser",
                                                  "Willemijn van der Linden", "Petra Mulder"]
    assert all(a.attendee.presence == Presence.EXPECTED and a.attendee.member_id for a in opened.attendees)
    assert [a.attendee.role for a in opened.attendees][2:] == ["wijkcoördinator gemeente", "wijkagent",
                                                              "jeugdverpleegkundige"]
    assert opened.place == "Gemeentehuis, zaal 2" and opened.series.name == "Sociaal Wijkoverleg Houten"
    assert opened.may_see_items and opened.items == ()


def test_changing_the_members_keeps_the_ids_of_those_who_stay(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    series = meeting_store.series(poh.conn, v.series_id)
    chair, _minutes, ruud, _willemijn, petra = series.members
    changed = meetings.save_series(poh, replace(series, name="  SWO Houten ", members=(
        petra, replace(chair, role="voorzitter"), SeriesMember(organisation_id=v.organisations["gemeente"]),
        ruud)))
    assert changed.name == "SWO Houten"
    assert [m.id for m in changed.members][:2] == [petra.id, chair.id] and changed.members[3].id == ruud.id
    assert changed.members[2].id not in {m.id for m in series.members}
    assert changed.members[1].role == "voorzitter" and changed.members[1].duty == MemberDuty.CHAIR
    # the meeting made before keeps its attendance; the removed members' rows lose only their link
    kept = meeting_store.attendees(poh.conn, v.meeting_id)
    assert len(kept) == 5
    assert {a.member_id for a in kept} == {petra.id, chair.id, ruud.id, None}


def test_a_series_needs_a_name_and_known_members(meeting_vault):
    poh = meeting_vault.open_as("poh")
    with pytest.raises(MissingField):
        meetings.save_series(poh, MeetingSeries("  ", MeetingKind.MULTIDISCIPLINARY, Rhythm.WEEKLY))
    with pytest.raises(MissingField):
        meetings.save_series(poh, MeetingSeries("MDO", MeetingKind.MULTIDISCIPLINARY, Rhythm.WEEKLY,
                                                members=(SeriesMember(role="gast"),)))
    with pytest.raises(NotFound):
        meetings.save_series(poh, MeetingSeries("MDO", MeetingKind.MULTIDISCIPLINARY, Rhythm.WEEKLY,
                                                members=(SeriesMember(person_id=999),)))
    with pytest.raises(NotFound):
        meetings.save_series(poh, MeetingSeries("MDO", MeetingKind.MULTIDISCIPLINARY, Rhythm.WEEKLY,
                                                members=(SeriesMember(user_login="niemand"),)))


def test_an_assistant_keeps_dates_and_attendance_but_not_the_agenda(meeting_vault):
    v = meeting_vault
    assistent = v.open_as("assistent")
    moved = meetings.save_meeting(assistent, replace(meeting_store.meeting(assistent.conn, v.meeting_id),
                                                     at=time(15, 30), place="Bibliotheek"))
    assert (moved.at, moved.place) == (time(15, 30), "Bibliotheek")
    view = meetings.put_attendee(assistent, replace(meeting_store.attendee(assistent.conn, v.attendees["Ruud Visser"]),
                                                    presence=Presence.ABSENT))
    assert view.attendee.presence == Presence.ABSENT and view.name == "Ruud Visser"
    guest = meetings.put_attendee(assistent, Attendee(v.meeting_id, Presence.PRESENT, guest_name=" Stagiaire "))
    assert guest.name == "Stagiaire" and not guest.bound_by_secrecy
    new = meetings.save_meeting(assistent, Meeting(v.series_id, date(2026, 12, 17)))
    assert new.status == MeetingStatus.PLANNED
    opened = meetings.open_meeting(assistent, v.meeting_id)
    assert not opened.may_see_items and opened.items == ()
    for refused in (lambda: meetings.save_series(assistent, MeetingSeries("X", MeetingKind.INTERNAL, Rhythm.AD_HOC)),
                    lambda: meetings.put_item(assistent, AgendaItem(v.meeting_id, ItemTopic.THEME, THEME)),
                    lambda: meetings.put_item(assistent, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id)),
                    lambda: meeting_actions.set_status(assistent, v.meeting_id, MeetingStatus.HELD)):
        with pytest.raises(NotAllowed):
            refused()
    poh = v.open_as("poh")
    theme = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.THEME, THEME))
    with pytest.raises(NotAllowed):
        meetings.put_decision(assistent, MeetingDecision(int(theme.item.id), "Jongerenwerk gaat langs"))
    assert meetings.open_meeting(assistent, v.meeting_id).items == ()


def test_final_minutes_cannot_change(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    theme = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.THEME, THEME))
    decision = meetings.put_decision(poh, MeetingDecision(int(theme.item.id), "Jongerenwerk gaat langs"))
    with poh.changing() as conn:
        meeting_store.set_status(conn, v.meeting_id, MeetingStatus.FINAL, "2026-11-26T15:00:00Z")
    meeting = meeting_store.meeting(poh.conn, v.meeting_id)
    attendee = meeting_store.attendee(poh.conn, v.attendees["Ruud Visser"])
    for change in (lambda: meetings.save_meeting(poh, replace(meeting, at=time(9, 0))),
                   lambda: meetings.put_attendee(poh, replace(attendee, presence=Presence.ABSENT)),
                   lambda: meetings.remove_attendee(poh, int(attendee.id)),
                   lambda: meetings.put_item(poh, replace(theme.item, shared_notes="later")),
                   lambda: meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.THEME, "Nog iets")),
                   lambda: meetings.remove_item(poh, int(theme.item.id)),
                   lambda: meetings.put_decision(poh, replace(decision, text="Anders")),
                   lambda: meetings.remove_decision(poh, int(decision.id))):
        with pytest.raises(MeetingFinal):
            change()
    assert meetings.open_meeting(poh, v.meeting_id).items[0].decisions == (decision,)


def test_contacts_to_check_follow_the_practice_setting_and_empty_once_checked(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    opened = meetings.open_meeting(poh, v.meeting_id)
    assert opened.verify_after_months == 12
    assert [a.name for a in opened.to_check] == ["Willemijn van der Linden"]   # never verified
    beheer = v.open_as("beheer")
    practice.update(beheer, replace(practice.get(beheer), verify_after_months=2))
    assert meetings.verify_after_months(poh) == 2
    assert [a.name for a in meetings.open_meeting(poh, v.meeting_id).to_check] == [
        "Ruud Visser", "Willemijn van der Linden"]   # Ruud was verified on 1 September: more than 2 months ago
    contacts.mark_verified(poh, [a.person_id_to_check for a in meetings.open_meeting(poh, v.meeting_id).to_check])
    assert meetings.open_meeting(poh, v.meeting_id).to_check == ()


def test_the_practice_setting_is_checked(meeting_vault):
    beheer = meeting_vault.open_as("beheer")
    from wijkzorg_desktop.domain.errors import InvalidValue

    for months in (0, 61):
        with pytest.raises(InvalidValue):
            practice.update(beheer, PracticeSettings("Huisartsenpraktijk De Linde", 5, verify_after_months=months))


def test_a_replaced_member_is_checked_as_the_replacement(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    attendee = meeting_store.attendee(poh.conn, v.attendees["Petra Mulder"])
    view = meetings.put_attendee(poh, replace(attendee, presence=Presence.REPLACED,
                                              replaced_by_person_id=v.people["Willemijn van der Linden"]))
    assert view.person_id_to_check == v.people["Willemijn van der Linden"] and not view.bound_by_secrecy
    with pytest.raises(MissingField):
        meetings.put_attendee(poh, replace(attendee, presence=Presence.REPLACED))


def test_only_a_planned_meeting_without_items_can_be_deleted(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    theme = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.THEME, THEME))
    with pytest.raises(MeetingHasItems):
        meetings.delete_meeting(poh, v.meeting_id)
    meetings.remove_item(poh, int(theme.item.id))
    spare = meetings.save_meeting(poh, Meeting(v.series_id, date(2027, 1, 14)))
    meetings.delete_meeting(poh, int(spare.id))
    assert meeting_store.meeting(poh.conn, int(spare.id)) is None
    with poh.changing() as conn:
        meeting_store.set_status(conn, v.meeting_id, MeetingStatus.HELD, "2026-11-26T16:00:00Z")
    with pytest.raises(MeetingHeld):
        meetings.delete_meeting(poh, v.meeting_id)
    with pytest.raises(NotFound):
        meetings.open_meeting(poh, 999)


def test_the_series_list_and_proposed_dates(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    meetings.save_meeting(poh, Meeting(v.series_id, date(2026, 10, 29)))
    (summary,) = meetings.list_series(poh)
    assert summary.count == 2 and summary.next_meeting.on == date(2026, 11, 26)
    assert summary.last_meeting.on == date(2026, 10, 29)
    assert meetings.propose_dates(poh, v.series_id) == [date(2026, 12, 26), date(2027, 1, 26), date(2027, 2, 26)]
    adhoc = meetings.save_series(poh, MeetingSeries("Casusoverleg", MeetingKind.INTERNAL, Rhythm.AD_HOC))
    assert meetings.propose_dates(poh, int(adhoc.id)) == []
    weekly = meetings.save_series(poh, MeetingSeries("MDO", MeetingKind.MULTIDISCIPLINARY, Rhythm.WEEKLY))
    meetings.save_meeting(poh, Meeting(int(weekly.id), date(2026, 10, 1)))   # long ago: proposals start today
    assert meetings.propose_dates(poh, int(weekly.id), 2) == [date(2026, 11, 26), date(2026, 12, 3)]


def test_an_item_needs_its_subject_and_a_theme_is_never_about_a_case(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    with pytest.raises(MissingField):
        meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.THEME, "  "))
    with pytest.raises(MissingField):
        meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE))
    theme = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CONTACT_MAP, "Nieuwe wijkagent",
                                              case_id=v.case_id))
    assert theme.item.case_id is None and theme.case_label == ""
    case_item = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id,
                                                  question=" Wie kent dit gezin? "))
    assert case_item.item.question == "Wie kent dit gezin?" and case_item.case_label == v.label
    assert [i.item.id for i in meetings.open_meeting(poh, v.meeting_id).items] == [theme.item.id, case_item.item.id]


def test_only_those_who_hold_meetings_say_who_is_bound_by_medical_secrecy(meeting_vault):
    """Whether an attendee is bound decides what the herkenbaar gate lets through: an assistent keeping
    the attendance may not change it, and a change of it is in the audit log."""
    v = meeting_vault
    assistent, poh = v.open_as("assistent"), v.open_as("poh")
    ruud = meeting_store.attendee(assistent.conn, v.attendees["Ruud Visser"])
    with pytest.raises(NotAllowed):
        meetings.put_attendee(assistent, replace(ruud, secrecy_override=True))
    with pytest.raises(NotAllowed):
        meetings.put_attendee(assistent, Attendee(v.meeting_id, Presence.PRESENT, guest_name="Gast",
                                                  secrecy_override=True))
    assert meeting_store.attendee(poh.conn, ruud.id).secrecy_override is None
    assert not meetings.put_attendee(assistent, replace(ruud, presence=Presence.ABSENT)).bound_by_secrecy
    assert meetings.put_attendee(poh, replace(ruud, presence=Presence.PRESENT, secrecy_override=True)).bound_by_secrecy
    details = [r.detail for r in audit_log.query(poh.conn, AuditFilter(object_text=f"{v.meeting_id}.{ruud.id}"))]
    assert any("secrecy bound" in d for d in details)


def test_an_item_stays_about_what_it_was_about(meeting_vault):
    v = meeting_vault
    poh = v.open_as("poh")
    case_item = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id))
    with pytest.raises(InvalidValue):
        meetings.put_item(poh, replace(case_item.item, topic=ItemTopic.THEME, title=THEME, case_id=None))
    assert meetings.put_item(poh, replace(case_item.item, question="Wie belt school?")).item.case_id == v.case_id
