"""Opvolging on a real vault with an injected clock: automatic follow-ups, completion, roles, calendar."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
import vobject

from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.domain.errors import NotAllowed, NotFound, ReasonRequired
from wijkzorg_desktop.domain.followups import Bucket, FollowUp, FollowUpKind, FollowUpStatus, Recurrence
from wijkzorg_desktop.domain.involvement import Party, PlanItem, Promise
from wijkzorg_desktop.domain.kindcheck import Answer, Kindcheck, KindcheckReason
from wijkzorg_desktop.domain.meldcode import VtContact, VtContactKind, VtRole
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import cases, contacts, followups, involvement, kindchecks, meldcode
from wijkzorg_desktop.services.vaults import unlock

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = MONDAY

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def open_as(demo_store, passphrase, clock):
    opened = []

    def open_as(login):
        session = unlock(demo_store, login, passphrase, clock=clock).session
        opened.append(session)
        return session

    yield open_as
    for session in opened:
        session.close()


def keys(items, case_id=None):
    return [i.key for i in items if case_id is None or i.followup.case_id == case_id]


def test_a_melding_makes_a_follow_up_that_becomes_overdue_and_completes_with_the_feedback(open_as, clock):
    gp = open_as("huisarts")
    case = cases.create_case(gp, "V")
    melding = meldcode.put_vt_contact(gp, VtContact(case.id, VtContactKind.REPORT, date(2026, 11, 23),
                                                    VtRole.REPORTER, "VT-1"))
    informant = meldcode.put_vt_contact(gp, VtContact(case.id, VtContactKind.REPORT, date(2026, 11, 23),
                                                      VtRole.INFORMANT))
    items = [i for i in followups.pending(gp) if i.followup.case_id == case.id]
    assert [(i.key, i.followup.due, i.waiting_for_others, i.case_label) for i in items] == [
        (f"vt_contact:{melding.id}", date(2026, 11, 30), True, case.label)]
    assert f"vt_contact:{informant.id}" not in keys(items)
    assert f"vt_contact:{melding.id}" in keys(followups.today_page(gp).waiting)  # on time: waiting for VT
    clock.now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    page = followups.today_page(gp)
    assert f"vt_contact:{melding.id}" in keys(page.overdue)  # late: the practice asks Veilig Thuis for it
    assert f"vt_contact:{melding.id}" not in keys(page.waiting)
    late = next(i for i in page.overdue if i.followup.case_id == case.id)
    assert late.waiting_for_others and late.late(clock.now) and late.followup.bucket(clock.now) == Bucket.OVERDUE
    followups.complete(gp, f"vt_contact:{melding.id}", "melding aangenomen")
    assert keys(followups.pending(gp), case.id) == []
    assert cases.open_case(gp, case.id).vt_contacts[0].received_on == date(2026, 12, 1)


def test_promises_plan_items_and_next_kindchecks_follow_their_source(open_as):
    poh = open_as("poh")
    case = cases.create_case(poh, "P")
    org = next(o for o in contacts.load_map(poh).organisations if o.name == "Sociaal Wijkteam Houten-Zuid")
    party = involvement.put_party(poh, Party(case.id, "gezinsregisseur", organisation_id=org.id))
    by_party = involvement.put_promise(poh, Promise(case.id, "belt terug", date(2026, 11, 20), party.id,
                                                    due=date(2026, 11, 24)))
    by_us = involvement.put_promise(poh, Promise(case.id, "POH belt moeder", date(2026, 11, 20), owner_login="poh"))
    plan = involvement.put_plan_item(poh, PlanItem(case.id, "gezinsplan", owner_login="huisarts",
                                                   due=date(2026, 11, 27)))
    check = kindchecks.save_kindcheck(poh, Kindcheck(date(2026, 11, 23), "Q.Z.", KindcheckReason.DEPRESSION,
                                                     Answer.YES, 1, (5,), next_check=date(2026, 12, 1)))
    items = {i.key: i for i in followups.pending(poh)}
    assert items[f"promise:{by_party.id}"].waiting_for_others
    assert items[f"promise:{by_party.id}"].followup.kind == FollowUpKind.CALL_BACK
    assert items[f"promise:{by_party.id}"].party_name == "Sociaal Wijkteam Houten-Zuid"
    ours = items[f"promise:{by_us.id}"]
    assert ours.followup.owner_login == "poh" and not ours.waiting_for_others
    assert items[f"plan:{plan.id}"].followup.owner_login == "huisarts"
    assert items[f"kindcheck:{check.id}"].followup.due == date(2026, 12, 1)
    mine = keys(followups.pending(poh, mine_only=True))
    assert f"plan:{plan.id}" not in mine and f"promise:{by_us.id}" in mine
    followups.complete(poh, f"promise:{by_party.id}", "huisbezoek gepland")
    followups.complete(poh, f"kindcheck:{check.id}", "")
    involvement.put_plan_item(poh, PlanItem(case.id, "gezinsplan", owner_login="huisarts", due=date(2026, 11, 27),
                                            done_on=date(2026, 11, 23), id=plan.id))
    left = keys(followups.pending(poh))
    assert {f"promise:{by_party.id}", f"kindcheck:{check.id}", f"plan:{plan.id}"}.isdisjoint(left)
    timeline = cases.open_case(poh, case.id).timeline
    assert timeline[0].text == "belt terug: huisbezoek gepland"


def test_a_recurring_follow_up_makes_the_next_one_and_dropping_needs_a_reason(open_as):
    poh = open_as("poh")
    case = cases.create_case(poh, "R")
    made = followups.save(poh, FollowUp("veiligheidsafspraken nalopen", FollowUpKind.SAFETY_MONITORING, "poh",
                                        date(2026, 11, 23), time(10, 0), case_id=case.id,
                                        recurrence=Recurrence(14, date(2026, 12, 31))))
    following = followups.complete(poh, f"followup:{made.id}", "afspraken nagekomen")
    assert (following.due, following.due_time, following.status) == (date(2026, 12, 7), time(10, 0),
                                                                      FollowUpStatus.OPEN)
    assert keys(followups.pending(poh), case.id) == [f"followup:{following.id}"]
    with pytest.raises(ReasonRequired):
        followups.drop(poh, following.id, " ")
    followups.drop(poh, following.id, "casus overgedragen")
    assert keys(followups.pending(poh), case.id) == []


def test_an_assistant_sees_only_their_own_follow_ups_without_the_case(open_as):
    gp = open_as("huisarts")
    case = cases.create_case(gp, "A")
    theirs = followups.save(gp, FollowUp("moeder terugbellen voor afspraak", FollowUpKind.CALL_BACK, "assistent",
                                         date(2026, 11, 24), case_id=case.id))
    other = followups.save(gp, FollowUp("overleg plannen", FollowUpKind.OTHER, "huisarts", date(2026, 11, 24)))
    gp.close()
    assistant = open_as("assistent")
    items = followups.pending(assistant)
    assert f"followup:{theirs.id}" in [i.key for i in items] and f"followup:{other.id}" not in [i.key for i in items]
    assert {(i.followup.owner_login, i.case_label, i.automatic) for i in items} == {("assistent", "", False)}
    with pytest.raises(NotFound):
        followups.complete(assistant, f"followup:{other.id}", "gedaan")
    followups.complete(assistant, f"followup:{theirs.id}", "afspraak gemaakt")
    assert f"followup:{theirs.id}" not in [i.key for i in followups.pending(assistant)]


def test_a_closed_case_has_nothing_pending(open_as):
    gp = open_as("huisarts")
    case = cases.create_case(gp, "C")
    involvement.put_promise(gp, Promise(case.id, "belt terug", date(2026, 11, 20), owner_login="huisarts"))
    assert keys(followups.pending(gp), case.id)
    cases.close_case(gp, case.id, "overgedragen")
    assert keys(followups.pending(gp), case.id) == []


def test_the_calendar_parses_elsewhere_and_names_only_the_case(open_as, tmp_path):
    poh = open_as("poh")
    case = cases.create_case(poh, "K")
    cases.put_member(poh, HouseholdMember(case.id, MemberRole.PARENT, "Q.Z.", 1985, True, "987654"))
    check = kindchecks.save_kindcheck(poh, Kindcheck(date(2026, 11, 23), "Q.Z.", KindcheckReason.ADDICTION,
                                                     Answer.YES, 1, (6,), next_check=date(2026, 12, 14)))
    kindchecks.link_case(poh, check.id, case.id)
    followups.save(poh, FollowUp("Q.Z. terugbellen (HIS 987654)", FollowUpKind.CALL_BACK, "poh",
                                 date(2026, 11, 25), time(9, 30), case_id=case.id))
    out = tmp_path / "opvolging.ics"
    count = followups.export_calendar(poh, out, translator("nl"))
    data = out.read_bytes()
    assert b"Q.Z." not in data and b"987654" not in data
    parsed = vobject.readOne(data.decode("utf-8"))
    assert len(parsed.vevent_list) == count
    events = {e.summary.value: e.dtstart.value for e in parsed.vevent_list if case.label in e.summary.value}
    assert events[f"Terugbellen — {case.label}"] == datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
    assert events[f"Kindcheck herhalen — {case.label}"] == date(2026, 12, 14)


def test_the_form_offers_users_open_cases_with_their_parties_and_people_but_an_assistant_no_cases(open_as):
    poh = open_as("poh")
    case = cases.create_case(poh, "F")
    closed = cases.create_case(poh, "G")
    cases.close_case(poh, closed.id, "overgedragen")
    person = next(p for p in contacts.load_map(poh).people if not p.departed)
    party = involvement.put_party(poh, Party(case.id, "jeugdverpleegkundige", person_id=person.id))
    choices = followups.form_choices(poh)
    assert {"huisarts", "poh", "assistent", "beheer"} <= {login for login, _name in choices.users}
    assert (case.id, case.label) in choices.cases and closed.id not in dict(choices.cases)
    assert choices.parties[case.id] == [(party.id, f"{person.name} — jeugdverpleegkundige")]
    assert any(pid == person.id and name.startswith(person.name) for pid, name in choices.people)
    poh.close()
    assistant = followups.form_choices(open_as("assistent"))
    assert (assistant.cases, assistant.parties) == ([], {})
    assert assistant.people and assistant.users


def test_an_assistant_postpones_their_own_follow_up_of_a_case_and_sees_whom_to_call(open_as):
    gp = open_as("huisarts")
    case = cases.create_case(gp, "H")
    person = next(p for p in contacts.load_map(gp).people if not p.departed)
    made = followups.save(gp, FollowUp("jeugdverpleegkundige terugbellen", FollowUpKind.CALL_BACK, "assistent",
                                       date(2026, 11, 24), case_id=case.id, person_id=person.id))
    gp.close()
    assistant = open_as("assistent")
    item = next(i for i in followups.pending(assistant) if i.key == f"followup:{made.id}")
    assert (item.case_label, item.party_name) == ("", person.name)
    later = followups.save(assistant, replace(item.followup, due=date(2026, 11, 26)))
    assert (later.due, later.case_id) == (date(2026, 11, 26), case.id)
    with pytest.raises(NotAllowed):
        followups.save(assistant, FollowUp("nieuw", FollowUpKind.OTHER, "assistent", case_id=case.id))
