"""Cases on a real vault: roles, the household, kindcheck to case, parties, meldcode, VT, consent, closing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from wijkzorg_desktop.domain.assessment import Outcome
from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole, next_label
from wijkzorg_desktop.domain.consent import (
    BasisRecord,
    Consent,
    ConsentStatus,
    Purpose,
    Recipient,
    SharingBasis,
    Weighing,
)
from wijkzorg_desktop.domain.contacts import Organisation, OrganisationKind, Person
from wijkzorg_desktop.domain.errors import (
    CaseClosed,
    InvalidValue,
    NotAllowed,
    PartyHasWork,
    PersonLinked,
    ReasonRequired,
)
from wijkzorg_desktop.domain.involvement import EntryKind, Party, PlanItem, Promise, TimelineEntry
from wijkzorg_desktop.domain.kindcheck import Answer, Kindcheck, KindcheckAction, KindcheckReason
from wijkzorg_desktop.domain.meldcode import AdviceFrom, AdviceRequest, StepRecord, VtContact, VtContactKind, VtRole
from wijkzorg_desktop.services import cases, consent, contacts, involvement, kindchecks, meldcode
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import audit_log

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(MONDAY)


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


@pytest.fixture
def poh(open_as):
    return open_as("poh")


def org_named(session, name):
    return next(o for o in contacts.load_map(session).organisations if o.name == name)


def test_labels_are_pseudonyms_numbered_per_year():
    assert next_label("k", 2026, []) == "Gezin K-2026-001"
    assert next_label("Ö", 2026, ["Gezin K-2026-001", "Gezin B-2026-014", "Gezin K-2025-099"]) == "Gezin X-2026-015"


def test_an_assistant_cannot_open_a_case_and_the_refusal_is_audited(open_as):
    gp = open_as("huisarts")
    case = cases.create_case(gp, "K", "zorgen om J.")
    gp.close()
    assistant = open_as("assistent")
    with pytest.raises(NotAllowed):
        cases.open_case(assistant, case.id)
    with pytest.raises(NotAllowed):
        cases.list_cases(assistant)
    refused = [r for r in audit_log.query(assistant.conn, AuditFilter()) if r.outcome == "failure"]
    assert [(r.user_login, r.object_type, r.case_id) for r in refused][:2] == [  # newest first
        ("assistent", "case_list", ""), ("assistent", "case", case.label)]


def test_a_concerning_kindcheck_opens_a_case_with_the_patient_in_the_household(poh):
    calm = kindchecks.save_kindcheck(poh, Kindcheck(date(2026, 11, 2), "A.B.", KindcheckReason.DEPRESSION,
                                                    Answer.YES, 2, (4, 9), Answer.YES, Answer.YES, Answer.YES))
    assert not calm.concerning
    worried = kindchecks.save_kindcheck(poh, Kindcheck(
        date(2026, 11, 23), "M.K.", KindcheckReason.ADDICTION, Answer.YES, None, (7, 12), Answer.DOUBT,
        Answer.NO, Answer.UNKNOWN, "kinderen vaak alleen thuis", KindcheckAction.DISCUSS_WITH_GP,
        date(2027, 2, 23)))
    assert worried.concerning and worried.children_count == 2 and worried.author_login == "poh"
    case = kindchecks.open_case_from(poh, worried.id, "K")
    file = cases.open_case(poh, case.id)
    assert file.case.summary == "kinderen vaak alleen thuis"
    assert [(m.role, m.initials, m.is_patient) for m in file.members] == [(MemberRole.PARENT, "M.K.", True)]
    assert [k.id for k in file.kindchecks] == [worried.id]
    november = kindchecks.overview(poh).months[0]
    assert november.month == "2026-11" and november.total >= 2 and november.concerning >= 1
    assert sum(m.total for m in kindchecks.overview(poh).months) == len(kindchecks.overview(poh).kindchecks)
    with pytest.raises(InvalidValue):
        kindchecks.save_kindcheck(poh, Kindcheck(date(2026, 11, 23), "X", KindcheckReason.OTHER, Answer.YES,
                                                 children_ages=(40,)))


def test_loopt_het_shows_parties_promises_and_what_is_overdue(poh, clock):
    case = cases.create_case(poh, "S")
    wijkteam = org_named(poh, "Sociaal Wijkteam Houten-Zuid")
    regisseur = contacts.save_person(poh, Person("Ilse Regisseur", wijkteam.id, "gezinsregisseur"))
    party = involvement.put_party(poh, Party(case.id, "gezinsregisseur", person_id=regisseur.id,
                                             since=date(2026, 10, 1), last_contact=date(2026, 11, 9)))
    school = involvement.put_party(poh, Party(case.id, "school", organisation_id=org_named(
        poh, "Basisschool De Regenboog").id))
    involvement.put_promise(poh, Promise(case.id, "belt terug na huisbezoek", date(2026, 11, 9), party.id,
                                         due=date(2026, 11, 16)))
    involvement.put_promise(poh, Promise(case.id, "houdt een oogje in het zeil", date(2026, 11, 20), school.id))
    involvement.put_promise(poh, Promise(case.id, "POH belt moeder", date(2026, 11, 20), owner_login="poh"))
    involvement.put_plan_item(poh, PlanItem(case.id, "gezinsplan opstellen", party.id, due=date(2026, 11, 30)))
    check = involvement.running_check(poh, case.id)
    assert [(s.name, s.organisation, s.days_since_contact, len(s.open_promises)) for s in check.parties] == [
        ("Ilse Regisseur", "Sociaal Wijkteam Houten-Zuid", 14, 1), ("Basisschool De Regenboog", "", None, 1)]
    assert [p.text for p in check.practice_promises] == ["POH belt moeder"]
    assert [(o.what, o.days_late) for o in check.overdue] == [("promise", 7)]
    summary = next(s for s in cases.list_cases(poh) if s.case.id == case.id)
    assert (summary.open_items, summary.late_items) == (4, 1)
    clock.now += timedelta(days=10)
    assert [(o.what, o.days_late) for o in involvement.running_check(poh, case.id).overdue] == [
        ("promise", 17), ("plan", 3)]
    with pytest.raises(PersonLinked):
        contacts.delete_person(poh, regisseur.id)


def test_a_timeline_entry_keeps_its_history(poh):
    case = cases.create_case(poh, "T")
    entry = involvement.add_entry(poh, TimelineEntry(case.id, date(2026, 11, 20), EntryKind.SIGNAL,
                                                     "school meldt verzuim", "ignored"))
    assert entry.author_login == "poh" and not entry.edited
    revised = involvement.revise_entry(poh, TimelineEntry(case.id, entry.on, EntryKind.SIGNAL,
                                                         "school meldt verzuim (3 weken)", "", id=entry.id))
    assert revised.text == "school meldt verzuim (3 weken)"
    assert [v.text for v in revised.history] == ["school meldt verzuim"]
    assert poh.conn.execute("SELECT count(*) FROM timeline_versions WHERE entry_id = ?", (entry.id,)).fetchone()[0] == 1
    records = [(r.action, r.detail) for r in audit_log.query(poh.conn, AuditFilter(case_id=case.label))
               if r.object_type == "timeline_entry"]
    assert records == [("update", "version 2"), ("create", "signaal")]


def test_meldcode_decision_needs_advice_or_a_reason_and_keeps_advice_beside_decision(poh):
    case = cases.create_case(poh, "M")
    meldcode.put_step(poh, StepRecord(case.id, 1, date(2026, 11, 2), "", "kindcheck met zorgen"))
    with pytest.raises(ReasonRequired):
        meldcode.record_decision(poh, case.id, (True, False, True, True), Outcome.HELP, "hulp via wijkteam")
    meldcode.add_advice_request(poh, AdviceRequest(case.id, AdviceFrom.SAFE_AT_HOME, date(2026, 11, 5), "",
                                                   "anoniem advies", anonymous=True))
    meldcode.put_step(poh, StepRecord(case.id, 2, date(2026, 11, 5), ""))
    with pytest.raises(InvalidValue):
        meldcode.record_decision(poh, case.id, (True, False), Outcome.HELP, "te vroeg")
    with pytest.raises(ReasonRequired):
        meldcode.record_decision(poh, case.id, (True, True), Outcome.HELP, " ")
    decision = meldcode.record_decision(poh, case.id, (True, True), Outcome.HELP,
                                        "vader verhuist; veiligheid geregeld via netwerk")
    assert (decision.advised, decision.decided, decision.differs) == (Outcome.REPORT, Outcome.HELP, True)
    summary = next(s for s in cases.list_cases(poh) if s.case.id == case.id)
    assert summary.step_reached == 2


def test_a_melding_as_melder_becomes_overdue_after_five_working_days(poh, clock):
    case = cases.create_case(poh, "V")
    melding = meldcode.put_vt_contact(poh, VtContact(case.id, VtContactKind.REPORT, date(2026, 11, 23),
                                                     VtRole.REPORTER, "VT-2026-1234"))
    informant = meldcode.put_vt_contact(poh, VtContact(case.id, VtContactKind.REPORT, date(2026, 11, 23),
                                                       VtRole.INFORMANT))
    assert melding.expected_feedback == date(2026, 11, 30)
    assert not next(s for s in cases.list_cases(poh) if s.case.id == case.id).feedback_overdue
    clock.now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert next(s for s in cases.list_cases(poh) if s.case.id == case.id).feedback_overdue
    assert [o.what for o in involvement.running_check(poh, case.id).overdue] == ["feedback"]
    assert not informant.feedback_overdue(date(2026, 12, 31))
    meldcode.feedback_received(poh, melding.id, "onderzoek gestart")
    assert not next(s for s in cases.list_cases(poh) if s.case.id == case.id).feedback_overdue


def test_consent_and_bases_answer_the_sharing_question(poh):
    case = cases.create_case(poh, "C")
    mother = cases.put_member(poh, HouseholdMember(case.id, MemberRole.PARENT, "M.C.", 1988, True))
    child = cases.put_member(poh, HouseholdMember(case.id, MemberRole.CHILD, "J.C.", 2013))
    cases.put_member(poh, HouseholdMember(case.id, MemberRole.CHILD, "L.C.", 2020))
    wijkteam = org_named(poh, "Sociaal Wijkteam Houten-Zuid")
    vt = org_named(poh, "Veilig Thuis Utrecht")
    to_team = Recipient("organisation", wijkteam.id)
    answer = consent.may_case_be_shared(poh, case.id, to_team, Purpose.HANDOVER)
    assert not answer.allowed and len(answer.reasons) == 2  # mother and the 13-year-old
    for member in (mother, child):
        consent.add_consent(poh, case.id, Consent(member.id, to_team, Purpose.HANDOVER, ConsentStatus.GIVEN,
                                                  date(2026, 11, 20)))
    person = next(p for p in contacts.load_map(poh).people if p.organisation_id == wijkteam.id)
    answer = consent.may_case_be_shared(poh, case.id, Recipient("person", person.id), Purpose.HANDOVER)
    assert (answer.allowed, answer.basis) == (True, SharingBasis.CONSENT)
    consent.add_consent(poh, case.id, Consent(mother.id, to_team, Purpose.HANDOVER, ConsentStatus.WITHDRAWN,
                                              date(2026, 11, 22)))
    assert not consent.may_case_be_shared(poh, case.id, to_team, Purpose.HANDOVER).allowed
    with pytest.raises(InvalidValue):
        consent.add_basis(poh, case.id, BasisRecord(SharingBasis.RIGHT_TO_REPORT, to_team, Purpose.HANDOVER,
                                                    date(2026, 11, 23)))
    to_vt = Recipient("organisation", vt.id)
    consent.add_basis(poh, case.id, BasisRecord(SharingBasis.RIGHT_TO_REPORT, to_vt, Purpose.REPORT,
                                                date(2026, 11, 23)))
    answer = consent.may_case_be_shared(poh, case.id, to_vt, Purpose.REPORT)
    assert (answer.allowed, answer.basis) == (True, SharingBasis.RIGHT_TO_REPORT)
    weighing = Weighing("veiligheid J.", "geen", "moeder weigert", True, "signalen aan gezinsregisseur")
    consent.add_basis(poh, case.id, BasisRecord(SharingBasis.CONFLICT_OF_DUTIES, to_team, Purpose.HANDOVER,
                                                date(2026, 11, 23), weighing=weighing))
    answer = consent.may_case_be_shared(poh, case.id, to_team, Purpose.HANDOVER)
    assert (answer.allowed, answer.basis) == (True, SharingBasis.CONFLICT_OF_DUTIES)


def test_a_closed_case_is_read_only_until_reopened_and_both_are_audited(poh):
    case = cases.create_case(poh, "D")
    with pytest.raises(ReasonRequired):
        cases.close_case(poh, case.id, "")
    closed = cases.close_case(poh, case.id, "hulp loopt via wijkteam; veiligheid geborgd")
    assert closed.closed and closed.closed_on == date(2026, 11, 23)
    with pytest.raises(CaseClosed):
        cases.put_member(poh, HouseholdMember(case.id, MemberRole.CHILD, "X.D."))
    assert cases.open_case(poh, case.id).case.close_reason.startswith("hulp loopt")
    cases.reopen_case(poh, case.id, "nieuwe signalen van school")
    cases.put_member(poh, HouseholdMember(case.id, MemberRole.CHILD, "X.D.", 2019))
    details = [r.detail for r in audit_log.query(poh.conn, AuditFilter(case_id=case.label))
               if r.object_type == "case" and r.action == "update"]
    assert details == ["reopened: nieuwe signalen van school", "closed: hulp loopt via wijkteam; veiligheid geborgd"]


def test_who_looked_at_this_family(open_as):
    gp = open_as("huisarts")
    case = cases.create_case(gp, "W")
    cases.open_case(gp, case.id)
    gp.close()
    poh = open_as("poh")
    cases.open_case(poh, case.id)
    reads = [(r.user_login, r.action) for r in audit_log.query(poh.conn, AuditFilter(case_id=case.label))
             if r.action == "read"]
    assert reads == [("poh", "read"), ("huisarts", "read")]


def test_unused_party_helpers_keep_organisations_safe(poh):
    org = contacts.save_organisation(poh, Organisation("Jeugdbescherming Test", OrganisationKind.OTHER))
    case = cases.create_case(poh, "O")
    involvement.put_party(poh, Party(case.id, "jeugdbeschermer", organisation_id=org.id))
    with pytest.raises(Exception):  # noqa: B017 - the organisation is referenced: RESTRICT refuses
        poh.conn.execute("DELETE FROM organisations WHERE id = ?", (org.id,))


def test_case_workers_are_the_active_users_who_may_work_on_cases(open_as):
    gp = open_as("huisarts")
    assert cases.case_workers(gp) == [("huisarts", "dr. Joost van den Berg"), ("poh", "Fatma Özdemir"),
                                      ("beheer", "Marieke Jansen-Saënen")]  # by name; no assistant
    with pytest.raises(NotAllowed):
        cases.case_workers(open_as("assistent"))


def test_a_party_without_promises_can_be_removed_and_one_with_promises_stays(poh):
    case = cases.create_case(poh, "R")
    org = org_named(poh, "Basisschool De Regenboog")
    mistaken = involvement.put_party(poh, Party(case.id, "school", organisation_id=org.id))
    busy = involvement.put_party(poh, Party(case.id, "wijkagent", organisation_id=org_named(
        poh, "Politie basisteam Houten").id))
    involvement.put_promise(poh, Promise(case.id, "loopt een keer langs", date(2026, 11, 20), busy.id))
    involvement.remove_party(poh, mistaken.id)
    with pytest.raises(PartyHasWork) as caught:
        involvement.remove_party(poh, busy.id)
    assert "Politie basisteam Houten" in caught.value.text()
    assert [p.role for p in cases.open_case(poh, case.id).parties] == ["wijkagent"]
    removed = [r for r in audit_log.query(poh.conn, AuditFilter(case_id=case.label)) if r.action == "delete"]
    assert [(r.object_type, r.object_id) for r in removed] == [("case_party", str(mistaken.id))]
