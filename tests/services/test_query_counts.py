"""Reads a user waits for make a fixed number of statements, whatever the number of cases, entries, parties
and follow-ups: counted through the connection's trace callback, before and after the vault grows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from functools import partial

import pytest

from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.domain.consent import Consent, ConsentStatus, Purpose, Recipient
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person
from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind
from wijkzorg_desktop.domain.involvement import EntryKind, Party, PlanItem, Promise, TimelineEntry
from wijkzorg_desktop.domain.kindcheck import Answer, Kindcheck, KindcheckReason
from wijkzorg_desktop.domain.meldcode import AdviceFrom, AdviceRequest, StepRecord, VtContact, VtContactKind, VtRole
from wijkzorg_desktop.services import (
    cases,
    consent,
    contacts,
    export,
    followups,
    involvement,
    kindchecks,
    meldcode,
)
from wijkzorg_desktop.services.session import Session
from wijkzorg_desktop.services.vaults import unlock

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
PASSPHRASE = "correct horse battery staple"   # as tests/conftest.py; the fixture here is per module


def counted(session: Session, read: Callable[[], object]) -> int:
    """How many statements ``read`` runs on the session's connection."""
    statements: list[str] = []
    session.conn.set_trace_callback(statements.append)
    try:
        read()
    finally:
        session.conn.set_trace_callback(None)
    return len(statements)


class Practice:
    """A demo vault opened as the POH, the huisarts, the assistent and the administrator, that grows."""

    def __init__(self, store, passphrase: str) -> None:
        self.ticks = 0
        self.sessions = {login: unlock(store, login, passphrase, clock=self.clock).session
                         for login in ("poh", "huisarts", "assistent", "beheer")}
        self.poh = self.sessions["poh"]
        self.added = 0

    def clock(self) -> datetime:
        """Monday morning, a second later at every look: each change has its own moment."""
        self.ticks += 1
        return MONDAY + timedelta(seconds=self.ticks)

    def close(self) -> None:
        for session in self.sessions.values():
            session.close()

    def grow_case(self, case_id: int, entries: int) -> None:
        """More of everything in one case: members, parties (a new person, an organisation, one of our
        users), promises, plan items, timeline entries with a revision, meldcode, Veilig Thuis, consent."""
        s, n = self.poh, self.added
        self.added += 1
        team = contacts.save_organisation(s, Organisation(f"Wijkteam {n}", OrganisationKind.NEIGHBOURHOOD_TEAM,
                                                          ("Houten", "Bunnik"), phone="030 123 4567"))
        person = contacts.save_person(s, Person(f"Partner {n}", team.id, "gezinsregisseur",
                                                (Channel(ChannelKind.PHONE, "030 123 4567", True),)))
        mother = cases.put_member(s, HouseholdMember(case_id, MemberRole.PARENT, f"M.{n}.", 1985, True))
        cases.put_member(s, HouseholdMember(case_id, MemberRole.CHILD, f"K.{n}.", 2015))
        by_person = involvement.put_party(s, Party(case_id, "gezinsregisseur", person_id=person.id))
        by_org = involvement.put_party(s, Party(case_id, "wijkteam", organisation_id=team.id))
        involvement.put_party(s, Party(case_id, "huisarts", user_login="huisarts"))
        involvement.put_promise(s, Promise(case_id, "belt de school", date(2026, 11, 2), by_person.id,
                                           due=date(2026, 11, 9)))
        involvement.put_promise(s, Promise(case_id, "stuurt verslag", date(2026, 11, 3), None, "poh"))
        involvement.put_plan_item(s, PlanItem(case_id, "huisbezoek", by_org.id, due=date(2026, 11, 30)))
        for i in range(entries):
            entry = involvement.add_entry(s, TimelineEntry(case_id, date(2026, 10, 1 + i % 28), EntryKind.CONVERSATION,
                                                           f"gesprek {n}.{i}", "", by_person.id))
            if i % 2 == 0:
                involvement.revise_entry(s, replace(entry, text=f"gesprek {n}.{i}, aangevuld"))
        meldcode.put_step(s, StepRecord(case_id, 1 + n % 3, date(2026, 11, 4), "", "stap"))
        meldcode.add_advice_request(s, AdviceRequest(case_id, AdviceFrom.SAFE_AT_HOME, date(2026, 11, 5), ""))
        meldcode.put_vt_contact(s, VtContact(case_id, VtContactKind.REPORT, date(2026, 11, 6), VtRole.REPORTER,
                                             f"VT-{n}", case_manager_id=person.id))
        consent.add_consent(s, case_id, Consent(int(mother.id or 0), Recipient("person", int(person.id or 0)),
                                                Purpose.EXCHANGE, ConsentStatus.GIVEN, date(2026, 11, 7)))
        checked = kindchecks.save_kindcheck(s, Kindcheck(
            date(2026, 11, 8), f"M.{n}.", KindcheckReason.DEPRESSION, Answer.YES, 1, (8,), Answer.YES, Answer.YES,
            Answer.YES, next_check=date(2026, 12, 1)))
        kindchecks.link_case(s, int(checked.id or 0), case_id)
        followups.save(s, FollowUp(f"nabellen {n}", FollowUpKind.CALL_BACK, "poh", date(2026, 11, 25),
                                   case_id=case_id, party_id=by_person.id))
        followups.save(s, FollowUp(f"afspraak {n}", FollowUpKind.OTHER, "assistent", date(2026, 11, 26),
                                   person_id=person.id))

    def grow(self, new_cases: int, entries: int) -> int:
        """``new_cases`` more cases, each grown; returns the last one's id."""
        case_id = 0
        for i in range(new_cases):
            case_id = int(cases.create_case(self.poh, "Q").id or 0)
            self.grow_case(case_id, entries)
            if i % 3 == 2:
                cases.close_case(self.poh, case_id, "klaar")
        return case_id


@pytest.fixture(scope="module")
def grown_vault(tmp_path_factory):
    """Counts in a small vault, then in the same vault after it grew; one demo for every test here."""
    from wijkzorg_desktop.services.demo import create_demo

    home = tmp_path_factory.mktemp("counts")
    store = home / "vault"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIJKZORG_HOME", str(home))
        create_demo(store, PASSPHRASE)
        practice = Practice(store, PASSPHRASE)
        try:
            small_case = practice.grow(1, entries=1)
            before = _counts(practice, small_case)
            practice.grow_case(small_case, entries=12)   # the case read before now has many entries
            big_case = practice.grow(7, entries=6)
            after = _counts(practice, small_case)
            after_big = _counts(practice, big_case)
            yield practice, before, after, after_big
        finally:
            practice.close()


def _counts(practice: Practice, case_id: int) -> dict[str, int]:
    s = practice.sessions
    ids = [summary.case.id for summary in cases.list_cases(s["poh"])][:2]
    reads: dict[str, tuple[Session, Callable[[Session], object]]] = {
        "open a case": (s["poh"], lambda x: cases.open_case(x, case_id)),
        "Loopt het?": (s["poh"], lambda x: involvement.running_check(x, case_id)),
        "cases list": (s["poh"], cases.list_cases),
        "cases list, first screen": (s["poh"], lambda x: cases.list_cases(x, first=5)),
        "cases list, two rows": (s["poh"], lambda x: cases.list_cases(x, case_ids=ids)),
        "follow-ups, whole practice": (s["poh"], followups.pending),
        "follow-ups, mine": (s["huisarts"], lambda x: followups.pending(x, mine_only=True)),
        "follow-ups of an assistent": (s["assistent"], followups.pending),
        "Vandaag": (s["poh"], followups.today_page),
        "follow-up form": (s["poh"], followups.form_choices),
        "kindcheck overview": (s["poh"], kindchecks.overview),
        "sociale kaart": (s["poh"], contacts.load_map),
        "export-json": (s["beheer"], export.build),
    }
    return {name: counted(session, partial(read, session)) for name, (session, read) in reads.items()}


READS = ["open a case", "Loopt het?", "cases list", "cases list, first screen", "cases list, two rows",
         "follow-ups, whole practice", "follow-ups, mine", "follow-ups of an assistent", "Vandaag", "follow-up form",
         "kindcheck overview", "sociale kaart", "export-json"]


@pytest.mark.parametrize("read", READS)
def test_a_read_makes_as_many_statements_in_a_small_vault_as_in_a_grown_one(grown_vault, read):
    _, before, after, after_big = grown_vault
    assert before[read] == after[read] == after_big[read], (before[read], after[read], after_big[read])


def test_the_counts_are_small(grown_vault):
    """Fixed and few: each read is a handful of statements plus its audit record."""
    _, before, _, _ = grown_vault
    assert before["cases list"] <= 6
    assert before["open a case"] <= 22
    assert before["Vandaag"] <= 20
    # export-json reads each kind of record once: its count grows with the tables (overleg added 7), not the rows
    assert before["export-json"] <= 45, before
    assert max(v for k, v in before.items() if k != "export-json") <= 40, before


def test_the_grown_vault_really_grew(grown_vault):
    """So the equal counts above compare a small vault with a larger one."""
    practice, *_ = grown_vault
    conn = practice.poh.conn
    sizes = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("cases", "timeline_entries", "timeline_versions", "case_parties", "promises", "followups",
                       "organisation_municipalities")}
    assert sizes["cases"] >= 16 and sizes["timeline_entries"] >= 55 and sizes["timeline_versions"] >= 25
    assert sizes["case_parties"] >= 24 and sizes["promises"] >= 16 and sizes["followups"] >= 16
    assert sizes["organisation_municipalities"] >= 18


def _last_activity(file: cases.CaseFile) -> date | None:
    days = [file.case.opened_on, file.case.closed_on, *(e.on for e in file.timeline), *(s.on for s in file.steps),
            *(a.on for a in file.advice_requests), *(d for v in file.vt_contacts for d in (v.on, v.received_on)),
            *(p.last_contact for p in file.parties), *(d for p in file.promises for d in (p.made_on, p.done_on))]
    found = [d for d in days if d is not None]
    return max(found) if found else None


def test_the_cases_list_agrees_with_each_case_file(grown_vault):
    """Each row's counts and dates, computed in one statement, are what the case's own records say."""
    practice, *_ = grown_vault
    s = practice.poh
    day = date(2026, 11, 23)
    summaries = cases.list_cases(s)
    assert [x.case.id for x in summaries] == [c.id for c in sorted(
        (x.case for x in summaries), key=lambda c: (c.updated_at, c.id), reverse=True)]
    for summary in summaries:
        file = cases.open_case(s, int(summary.case.id or 0))
        work = [*file.promises, *file.plan]
        assert summary.case == file.case
        assert summary.open_items == sum(w.done_on is None for w in work)
        assert summary.late_items == (0 if file.case.closed else sum(w.overdue(day) for w in work))
        assert summary.step_reached == max((x.step for x in file.steps), default=0)
        assert summary.feedback_overdue == any(v.feedback_overdue(day) for v in file.vt_contacts)
        assert summary.members == len(file.members)
        assert summary.last_activity == _last_activity(file)
    assert any(x.late_items for x in summaries) and any(x.case.closed and x.open_items for x in summaries)
    assert any(x.feedback_overdue for x in summaries) and any(x.step_reached for x in summaries)


def test_the_cases_list_gives_the_first_rows_or_the_rows_asked_for_each_audited_once(grown_vault):
    practice, *_ = grown_vault
    s = practice.poh
    every = cases.list_cases(s)
    assert cases.list_cases(s, first=3) == every[:3]
    assert cases.list_cases(s, first=0) == []
    wanted = {int(every[4].case.id or 0), int(every[1].case.id or 0), 999_999}
    assert cases.list_cases(s, case_ids=wanted) == [every[1], every[4]]
    assert cases.list_cases(s, case_ids=wanted, first=1) == [every[1]]
    assert cases.list_cases(s, case_ids=[]) == []
    details = [r[0] for r in s.conn.execute("SELECT detail FROM audit_log WHERE object_type = 'case_list' "
                                            "AND user_login = 'poh' ORDER BY id DESC LIMIT 5")]
    assert details == ["0 cases", "1 cases", "2 cases", "0 cases", "3 cases"]


def test_a_timeline_read_in_two_statements_keeps_each_entry_s_history(grown_vault):
    practice, *_ = grown_vault
    s = practice.poh
    case_id = max(int(x.case.id or 0) for x in cases.list_cases(s))
    file = cases.open_case(s, case_id)
    revised = [e for e in file.timeline if e.history]
    assert revised and all(e.history[0].text + ", aangevuld" == e.text for e in revised)
    from wijkzorg_desktop.store import involvement as store
    assert [store.entry(s.conn, int(e.id or 0)) for e in file.timeline] == file.timeline


@pytest.mark.parametrize("login", ["poh", "huisarts"])
def test_one_s_own_follow_ups_read_by_owner_are_those_of_the_whole_list_that_are_theirs(grown_vault, login):
    """The owner is chosen in the reads themselves (a promise by a party is the responsible user's, one of
    the practice by its owner), and comes out as the whole practice's list would say."""
    practice, *_ = grown_vault
    session = practice.sessions[login]
    mine = followups.pending(session, mine_only=True)
    assert mine == [i for i in followups.pending(session) if i.followup.owner_login == login]
    assert mine
    if login == "poh":  # responsible for the cases grown here, and author of their kindchecks
        assert {i.key.partition(":")[0] for i in mine} == {"followup", "vt_contact", "promise", "plan", "kindcheck"}


# -- overleg --------------------------------------------------------------------------------------------


def test_opening_a_meeting_makes_as_many_statements_however_many_items_decisions_actions_and_attendees(store):
    """The agenda grows (themes, decisions, actions of users, partners and organisations, guests); the case
    items stay the same (each is audited as a read of its case), and so does the count of statements."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from meetings_helpers import make_meeting_vault

    from wijkzorg_desktop.domain.meetings import (
        AgendaItem,
        Attendee,
        ItemTopic,
        MeetingAction,
        MeetingDecision,
        Presence,
    )
    from wijkzorg_desktop.services import meeting_actions, meetings

    v = make_meeting_vault(store)
    poh = v.open_as("poh")
    try:
        case_item = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id,
                                                      question="Wie helpt?"))
        theme = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.THEME, "Overlast"))
        for item in (case_item, theme):
            meetings.put_decision(poh, MeetingDecision(int(item.item.id), "Afspraak"))
            meeting_actions.put_action(poh, MeetingAction(int(item.item.id), "Bellen", owner_login="poh"))
        # one action of each kind of owner to begin with: whose names are read is then the same however many
        meeting_actions.put_action(poh, MeetingAction(int(theme.item.id), "Rondje",
                                                      owner_person_id=v.people["Petra Mulder"]))
        meeting_actions.put_action(poh, MeetingAction(int(theme.item.id), "Melden",
                                                      owner_organisation_id=v.organisations["gemeente"]))
        small = counted(poh, lambda: meetings.open_meeting(poh, v.meeting_id))
        for n in range(6):
            more = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.THEME, f"Thema {n}"))
            for item in (case_item, more):
                meetings.put_decision(poh, MeetingDecision(int(item.item.id), f"Besluit {n}"))
                meeting_actions.put_action(poh, MeetingAction(int(item.item.id), f"Actie {n}", owner_login="huisarts"))
                meeting_actions.put_action(poh, MeetingAction(int(item.item.id), f"Partner {n}",
                                                              owner_person_id=v.people["Ruud Visser"]))
            meeting_actions.put_action(poh, MeetingAction(int(more.item.id), f"Organisatie {n}",
                                                          owner_organisation_id=v.organisations["politie"]))
            meetings.put_attendee(poh, Attendee(v.meeting_id, Presence.PRESENT, guest_name=f"Gast {n}"))
        grown = meetings.open_meeting(poh, v.meeting_id)
        assert len(grown.items) == 8 and sum(len(i.actions) for i in grown.items) == 4 + 6 * 5
        assert len(grown.attendees) == 11
        assert {a.owner_name for i in grown.items for a in i.actions} >= {
            "Sanne Poh", "Hanna Huisarts", "Ruud Visser (Gemeente Houten)", "Politie Houten"}
        assert counted(poh, lambda: meetings.open_meeting(poh, v.meeting_id)) == small
        assert small <= 32, small
    finally:
        v.close()
