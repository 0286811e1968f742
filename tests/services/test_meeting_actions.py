"""A meeting's actions and outcomes in the rest of the program, on a real demo vault with an injected clock:
a partner's action is an open promise of that party in the case ("Loopt het?"), a practice user's a
follow-up on Vandaag with the meeting's date; completing either where it shows completes the action in
the meeting; a held meeting writes its outcome in the case timeline and meldcode track, once."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
import vobject

from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.domain.errors import CaseClosed, InvalidValue, MeetingFinal, NotAllowed
from wijkzorg_desktop.domain.followups import FollowUpStatus
from wijkzorg_desktop.domain.involvement import EntryKind, Party
from wijkzorg_desktop.domain.meetings import (
    ActionState,
    AgendaItem,
    ItemMode,
    ItemTopic,
    Meeting,
    MeetingAction,
    MeetingDecision,
    MeetingKind,
    MeetingSeries,
    MeetingStatus,
    MemberDuty,
    Rhythm,
    SeriesMember,
)
from wijkzorg_desktop.domain.meldcode import AdviceFrom, StepRecord
from wijkzorg_desktop.services import cases, contacts, followups, involvement, meeting_actions, meetings, meldcode
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import followups as followup_store
from wijkzorg_desktop.store import involvement as involvement_store
from wijkzorg_desktop.store import meetings as meeting_store
from wijkzorg_desktop.store import meldcode as meldcode_store

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
DAY = date(2026, 11, 23)


class Clock:
    def __init__(self) -> None:
        self.now = MONDAY

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def open_as(demo_store, passphrase):
    opened = []
    clock = Clock()

    def open_as(login):
        session = unlock(demo_store, login, passphrase, clock=clock).session
        opened.append(session)
        return session

    yield open_as
    for session in opened:
        session.close()


class Setting:
    """A series with a partner from maatschappelijk werk, the gemeente and the POH-GGZ; a meeting today; a
    case of the huisarts with a household."""

    def __init__(self, open_as) -> None:
        self.gp, self.poh = open_as("huisarts"), open_as("poh")
        found = contacts.load_map(self.gp)
        self.person = {p.name: int(p.id or 0) for p in found.people}
        self.org = {o.name: int(o.id or 0) for o in found.organisations}
        self.series = meetings.save_series(self.gp, MeetingSeries(
            "Casusoverleg Zuid", MeetingKind.MULTIDISCIPLINARY, Rhythm.FORTNIGHTLY, "Praktijk, kamer 2", (
                SeriesMember(user_login="huisarts", role="huisarts", duty=MemberDuty.CHAIR),
                SeriesMember(person_id=self.person["Chantal Huisman"], role="maatschappelijk werk"),
                SeriesMember(organisation_id=self.org["Gemeente Houten"], role="gemeente"))))
        self.meeting = self.new_meeting(DAY)
        self.case = cases.create_case(self.gp, "Z", "zorgen om de kinderen")
        self.case_id = int(self.case.id or 0)
        for role, initials, year in ((MemberRole.PARENT, "M.A.", 1987), (MemberRole.CHILD, "S.A.", 2018)):
            cases.put_member(self.gp, HouseholdMember(self.case_id, role, initials, year, True))
        self.item = self.case_item(self.meeting)

    def new_meeting(self, on: date) -> Meeting:
        return meetings.save_meeting(self.gp, Meeting(int(self.series.id or 0), on, time(12, 30)))

    def case_item(self, meeting: Meeting, case_id: int | None = None, **fields) -> int:
        view = meetings.put_item(self.gp, AgendaItem(int(meeting.id or 0), ItemTopic.CASE,
                                                     case_id=case_id or self.case_id,
                                                     question="Wie neemt contact op met school?", **fields))
        return int(view.item.id or 0)

    def theme_item(self, meeting: Meeting) -> int:
        view = meetings.put_item(self.gp, AgendaItem(int(meeting.id or 0), ItemTopic.THEME, "Overlast"))
        return int(view.item.id or 0)

    def partner_action(self, what: str = "Belt moeder voor een huisbezoek", due: date = date(2026, 11, 27),
                       item: int | None = None, **owner) -> meetings.ActionView:
        owner = owner or {"owner_person_id": self.person["Chantal Huisman"]}
        return meeting_actions.put_action(self.gp, MeetingAction(item or self.item, what, due, **owner))

    def state(self, action_id: int) -> ActionState:
        """The action's state as the meeting shows it."""
        file = meetings.open_meeting(self.gp, int(self.meeting.id or 0))
        return next(a.state for i in file.items for a in i.actions if a.action.id == action_id)


@pytest.fixture
def setting(open_as) -> Setting:
    return Setting(open_as)


def audit_records(session, object_type: str) -> list[tuple[str, str, str, str]]:
    return session.conn.execute("SELECT action, object_id, case_id, detail FROM audit_log WHERE object_type = ? "
                                "ORDER BY id", (object_type,)).fetchall()


def test_a_partners_action_is_an_open_promise_in_loopt_het_and_on_vandaag_and_kept_there_is_done(setting):
    s = setting
    view = s.partner_action()
    action = view.action
    assert view.owner_name == "Chantal Huisman" and view.state == ActionState.OPEN and action.promise_id
    promise = involvement_store.promise(s.gp.conn, action.promise_id)
    party = involvement_store.party(s.gp.conn, promise.party_id)
    assert (promise.case_id, promise.text, promise.made_on, promise.due, promise.done_on) == (
        s.case_id, "Belt moeder voor een huisbezoek", DAY, date(2026, 11, 27), None)
    assert (party.person_id, party.role, party.since) == (s.person["Chantal Huisman"], "maatschappelijk werk", DAY)

    check = involvement.running_check(s.gp, s.case_id)
    status = next(p for p in check.parties if p.party.id == party.id)
    assert [p.id for p in status.open_promises] == [promise.id] and status.name == "Chantal Huisman"
    key = f"promise:{promise.id}"
    assert key in [i.key for i in followups.today_page(s.gp).waiting]   # the case's responsible user waits

    second = s.partner_action("Stuurt het verslag van het huisbezoek")
    assert involvement_store.promise(s.gp.conn, second.action.promise_id).party_id == party.id  # party reused
    assert len(involvement_store.parties(s.gp.conn, s.case_id)) == 1

    followups.complete(s.gp, key, "gebeld")            # as "Loopt het?" and Vandaag complete it
    assert s.state(action.id) == ActionState.DONE and s.state(second.action.id) == ActionState.OPEN
    assert key not in [i.key for i in followups.pending(s.gp)]
    done = [r for r in audit_records(s.gp, "meeting_action") if r[3] == "done" and r[1].startswith(f"{s.meeting.id}.")]
    assert done == [("update", f"{s.meeting.id}.{action.id}", s.case.label, "done")]
    assert any("gebeld" in e.text for e in involvement_store.timeline(s.gp.conn, s.case_id))

    # the Parties tab marks a promise done by editing it
    kept = involvement_store.promise(s.gp.conn, second.action.promise_id)
    involvement.put_promise(s.gp, replace(kept, done_on=DAY))
    assert s.state(second.action.id) == ActionState.DONE


def test_an_organisation_as_owner_becomes_a_party_of_that_organisation(setting):
    s = setting
    view = s.partner_action("Zoekt een plek in de kinderopvang", owner_organisation_id=s.org["Gemeente Houten"])
    party = involvement_store.party(s.gp.conn,
                                    involvement_store.promise(s.gp.conn, view.action.promise_id).party_id)
    assert (party.person_id, party.organisation_id, party.role) == (None, s.org["Gemeente Houten"], "gemeente")
    assert view.owner_name == "Gemeente Houten"
    records = audit_records(s.gp, "case_party")
    assert records[-1][0] == "create" and records[-1][2] == s.case.label


def test_an_existing_party_of_the_case_keeps_its_role(setting):
    s = setting
    existing = involvement.put_party(s.gp, Party(s.case_id, "gezinscoach", person_id=s.person["Chantal Huisman"]))
    view = s.partner_action()
    assert involvement_store.promise(s.gp.conn, view.action.promise_id).party_id == existing.id
    assert [p.role for p in involvement_store.parties(s.gp.conn, s.case_id)] == ["gezinscoach"]


def test_a_practice_users_action_is_a_follow_up_on_vandaag_with_the_meetings_date(setting):
    s = setting
    view = meeting_actions.put_action(s.gp, MeetingAction(s.item, "School bellen", DAY, owner_login="poh"))
    action = view.action
    assert view.owner_name == "Fatma Özdemir" and action.followup_id is not None and action.promise_id is None
    followup = followup_store.get(s.poh.conn, action.followup_id)
    assert (followup.what, followup.owner_login, followup.due, followup.case_id, followup.meeting_id) == (
        "School bellen", "poh", DAY, s.case_id, s.meeting.id)
    page = followups.today_page(s.poh)
    item = next(i for i in page.today if i.key == f"followup:{action.followup_id}")
    assert (item.meeting_name, item.meeting_on, item.case_label) == ("Casusoverleg Zuid", DAY, s.case.label)
    created = [r for r in audit_records(s.gp, "followup") if r[1] == str(action.followup_id)]
    assert created == [("create", str(action.followup_id), s.case.label, f"meeting {s.meeting.id}")]
    assert audit_records(s.gp, "meeting_action")[-1] == ("create", f"{s.meeting.id}.{action.id}", s.case.label, "")

    followups.complete(s.poh, f"followup:{action.followup_id}", "school gesproken")
    assert s.state(action.id) == ActionState.DONE

    other = meeting_actions.put_action(s.gp, MeetingAction(s.theme_item(s.meeting), "Zaal boeken", DAY,
                                                           owner_login="assistent"))
    assert followup_store.get(s.gp.conn, other.action.followup_id).case_id is None   # a theme: no case
    followups.drop(s.gp, other.action.followup_id, "niet meer nodig")
    assert s.state(other.action.id) == ActionState.DROPPED
    assert audit_records(s.gp, "meeting_action")[-1][3] == "dropped"

    through = meeting_actions.put_action(s.gp, MeetingAction(s.item, "Verslag sturen", owner_login="huisarts"))
    assert meeting_actions.complete_action(s.gp, through.action.id, "gestuurd").state == ActionState.DONE
    assert followup_store.get(s.gp.conn, through.action.followup_id).status == FollowUpStatus.DONE


def test_a_partners_action_on_a_theme_lives_in_the_meeting_only(setting):
    s = setting
    theme = s.theme_item(s.meeting)
    view = s.partner_action("Avondronde plannen", item=theme, owner_person_id=s.person["Willemijn van der Linden"])
    assert (view.action.promise_id, view.action.followup_id) == (None, None)
    assert involvement_store.parties(s.gp.conn, s.case_id) == []
    done = meeting_actions.complete_action(s.gp, view.action.id)
    assert done.state == ActionState.DONE and done.action.done_on == DAY


def test_changing_an_action_changes_its_promise_and_the_owner_stays(setting):
    s = setting
    view = s.partner_action()
    changed = meeting_actions.put_action(s.gp, replace(view.action, what="Belt vader", due=date(2026, 12, 1)))
    promise = involvement_store.promise(s.gp.conn, view.action.promise_id)
    assert (changed.action.what, promise.text, promise.due) == ("Belt vader", "Belt vader", date(2026, 12, 1))
    with pytest.raises(InvalidValue):
        meeting_actions.put_action(s.gp, replace(view.action, owner_person_id=s.person["Petra Mulder"]))
    mine = meeting_actions.put_action(s.gp, MeetingAction(s.item, "Bellen", DAY, owner_login="poh"))
    meeting_actions.put_action(s.gp, replace(mine.action, due=date(2026, 11, 30)))
    assert followup_store.get(s.gp.conn, mine.action.followup_id).due == date(2026, 11, 30)


def test_removing_an_action_takes_back_its_promise_and_follow_up_but_not_a_done_one(setting):
    s = setting
    promised = s.partner_action()
    mine = meeting_actions.put_action(s.gp, MeetingAction(s.item, "Bellen", DAY, owner_login="poh"))
    meeting_actions.remove_action(s.gp, promised.action.id)
    meeting_actions.remove_action(s.gp, mine.action.id)
    assert involvement_store.promise(s.gp.conn, promised.action.promise_id) is None
    dropped = followup_store.get(s.gp.conn, mine.action.followup_id)
    assert (dropped.status, dropped.result) == (FollowUpStatus.DROPPED, meeting_actions.DROPPED_REASON)
    assert meeting_store.action(s.gp.conn, promised.action.id) is None
    assert [r[0] for r in audit_records(s.gp, "meeting_action")][-2:] == ["delete", "delete"]
    done = s.partner_action("Stuurt verslag")
    meeting_actions.complete_action(s.gp, done.action.id)
    with pytest.raises(InvalidValue):
        meeting_actions.remove_action(s.gp, done.action.id)


def test_a_closed_case_and_final_minutes_refuse_actions_and_an_assistent_makes_none(setting, open_as):
    s = setting
    other = cases.create_case(s.gp, "Y")
    item = s.case_item(s.meeting, int(other.id or 0))
    cases.close_case(s.gp, int(other.id or 0), "klaar")
    with pytest.raises(CaseClosed):
        s.partner_action(item=item)
    with pytest.raises(NotAllowed):
        meeting_actions.put_action(open_as("assistent"), MeetingAction(s.item, "Bellen", owner_login="poh"))
    meeting_actions.set_status(s.gp, int(s.meeting.id or 0), MeetingStatus.HELD)
    meeting_actions.set_status(s.gp, int(s.meeting.id or 0), MeetingStatus.FINAL)
    with pytest.raises(MeetingFinal):
        s.partner_action()
    with pytest.raises(MeetingFinal):
        meeting_actions.set_status(s.gp, int(s.meeting.id or 0), MeetingStatus.HELD)
    later = s.new_meeting(date(2026, 12, 7))
    with pytest.raises(InvalidValue):
        meeting_actions.set_status(s.gp, int(later.id or 0), MeetingStatus.FINAL)   # held first


def test_a_held_meeting_writes_its_outcome_in_the_timeline_once_and_revises_it(setting):
    s = setting
    decision = meetings.put_decision(s.gp, MeetingDecision(s.item, "Maatschappelijk werk doet een huisbezoek"))
    meeting_actions.set_status(s.gp, int(s.meeting.id or 0), MeetingStatus.HELD)

    def outcomes():
        return [e for e in involvement_store.timeline(s.gp.conn, s.case_id) if e.kind == EntryKind.MEETING]

    [entry] = outcomes()
    assert entry.on == DAY and entry.text == ("Besproken in Casusoverleg Zuid op 23 november 2026 (anoniem).\n"
                                              "Vraag: Wie neemt contact op met school?\n"
                                              "Besluiten: Maatschappelijk werk doet een huisbezoek")
    assert meeting_store.item(s.gp.conn, s.item).timeline_entry_id == entry.id
    assert meeting_actions.sync_case_outcomes(s.gp, int(s.meeting.id or 0)) == []   # nothing new: no second entry
    assert outcomes() == [entry]
    records = [r for r in audit_records(s.gp, "timeline_entry") if f"meeting {s.meeting.id}" in r[3]]
    assert records == [("create", str(entry.id), s.case.label, f"overleg; meeting {s.meeting.id}")]

    # a decision changed after the meeting was held reaches the case with the change itself
    meetings.put_decision(s.gp, replace(decision, text="Maatschappelijk werk doet twee huisbezoeken"))
    assert meeting_actions.sync_case_outcomes(s.gp, int(s.meeting.id or 0)) == []
    [revised] = outcomes()
    assert revised.id == entry.id and revised.text.endswith("twee huisbezoeken")
    assert [v.text for v in revised.history] == [entry.text]
    assert audit_records(s.gp, "timeline_entry")[-1][:3] == ("update", str(entry.id), s.case.label)
    added = meetings.put_decision(s.gp, MeetingDecision(s.item, "School wordt gebeld"))
    assert outcomes()[0].text.endswith("twee huisbezoeken; School wordt gebeld")
    meetings.remove_decision(s.gp, int(added.id or 0))
    assert outcomes()[0].text.endswith("twee huisbezoeken") and len(outcomes()[0].history) == 3
    meeting_actions.set_status(s.gp, int(s.meeting.id or 0), MeetingStatus.FINAL)   # final: still one entry
    assert len(outcomes()) == 1 and len(outcomes()[0].history) == 3


def test_kindcheck_and_consultation_join_the_meldcode_track_without_overwriting_a_step(setting):
    s = setting
    meldcode.put_step(s.gp, StepRecord(s.case_id, 1, date(2026, 11, 2), "huisarts", "signalen van school"))
    meetings.put_item(s.gp, replace(meeting_store.item(s.gp.conn, s.item), kindcheck_repeated=True,
                                    colleague_consulted=True))
    other = cases.create_case(s.gp, "X")
    other_item = s.case_item(s.meeting, int(other.id or 0), colleague_consulted=True, mode=ItemMode.ANONYMOUS)
    meeting_actions.set_status(s.gp, int(s.meeting.id or 0), MeetingStatus.HELD)
    assert meeting_actions.sync_case_outcomes(s.gp, int(s.meeting.id or 0)) == []   # once only

    steps = {r.step: r for r in meldcode_store.steps(s.gp.conn, s.case_id)}
    assert steps[1].notes == "signalen van school" and steps[1].on == date(2026, 11, 2)   # not overwritten
    assert steps[2].on == DAY and "Casusoverleg Zuid" in steps[2].notes
    signals = [e for e in involvement_store.timeline(s.gp.conn, s.case_id) if e.kind == EntryKind.SIGNAL]
    assert [e.text for e in signals] == ["Kindcheck herhaald in Casusoverleg Zuid op 23 november 2026."]
    advice = meldcode_store.advice_requests(s.gp.conn, s.case_id)
    assert [(a.source, a.on, a.anonymous) for a in advice] == [(AdviceFrom.COLLEAGUE, DAY, True)]
    assert meeting_store.item(s.gp.conn, s.item).advice_request_id == advice[0].id
    other_steps = meldcode_store.steps(s.gp.conn, int(other.id))
    assert [r.step for r in other_steps] == [2] and meeting_store.item(s.gp.conn, other_item).advice_request_id
    step_records = [r for r in audit_records(s.gp, "meldcode_step") if r[2] == s.case.label]
    assert [r[1] for r in step_records] == ["1", "2"]   # the hand-made step 1, then step 2 from the meeting


def test_a_closed_case_is_left_as_it_is(setting):
    s = setting
    cases.close_case(s.gp, s.case_id, "klaar")
    meeting_actions.set_status(s.gp, int(s.meeting.id or 0), MeetingStatus.HELD)
    assert not [e for e in involvement_store.timeline(s.gp.conn, s.case_id) if e.kind == EntryKind.MEETING]
    assert meeting_store.item(s.gp.conn, s.item).timeline_entry_id is None


def test_followups_ics_includes_the_users_meetings_with_only_series_and_place(setting, tmp_path):
    s = setting
    meeting_actions.put_action(s.gp, MeetingAction(s.item, "School bellen", DAY, owner_login="huisarts"))
    out = tmp_path / "mine.ics"
    followups.export_calendar(s.gp, out)
    text = out.read_text("utf-8")
    calendar = vobject.readOne(text)
    events = {e.uid.value: e for e in calendar.vevent_list}
    meeting = next(e for uid, e in events.items() if uid.startswith(f"meeting-{s.meeting.id}@"))
    assert meeting.summary.value == "Casusoverleg Zuid" and meeting.location.value == "Praktijk, kamer 2"
    assert meeting.dtstart.value.hour == 12 and meeting.dtstart.value.minute == 30
    assert "Gemeente Houten" not in text and "Chantal" not in text and "M.A." not in text
    poh = tmp_path / "poh.ics"
    followups.export_calendar(s.poh, poh)   # the POH is no member of this series
    assert f"meeting-{s.meeting.id}@" not in poh.read_text("utf-8")


def _vandaag_statements(session) -> int:
    statements: list[str] = []
    session.conn.set_trace_callback(statements.append)
    try:
        followups.today_page(session)
    finally:
        session.conn.set_trace_callback(None)
    return len(statements)


def test_vandaag_reads_as_often_with_one_meeting_follow_up_as_with_many(setting):
    s = setting
    meeting_actions.put_action(s.gp, MeetingAction(s.item, "Bellen", DAY, owner_login="poh"))
    before = _vandaag_statements(s.poh)
    for offset in (14, 28):
        later = s.new_meeting(DAY + timedelta(days=offset))
        item = s.case_item(later)
        for n in range(3):
            meeting_actions.put_action(s.gp, MeetingAction(item, f"Bellen {n}", DAY, owner_login="poh"))
            s.partner_action(f"Huisbezoek {n}", item=item)
    page = followups.today_page(s.poh)
    assert len({i.meeting_on for i in page.today if i.meeting_name}) == 3
    assert _vandaag_statements(s.poh) == before


def test_a_held_meeting_moved_or_its_series_renamed_says_so_in_the_case(setting):
    s = setting
    meetings.put_decision(s.gp, MeetingDecision(s.item, "Maatschappelijk werk doet een huisbezoek"))
    meeting_actions.set_status(s.gp, int(s.meeting.id or 0), MeetingStatus.HELD)

    def outcome():
        [entry] = [e for e in involvement_store.timeline(s.gp.conn, s.case_id) if e.kind == EntryKind.MEETING]
        return entry

    held = meeting_store.meeting(s.gp.conn, int(s.meeting.id or 0))
    meetings.save_meeting(s.gp, replace(held, on=DAY - timedelta(days=1)))
    assert outcome().text.startswith("Besproken in Casusoverleg Zuid op 22 november 2026")
    series = meeting_store.series(s.gp.conn, held.series_id)
    meetings.save_series(s.gp, replace(series, name="MDO Zuid"))
    assert outcome().text.startswith("Besproken in MDO Zuid op 22 november 2026")
    assert len(outcome().history) == 2
