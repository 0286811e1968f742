"""What an edit changed, and only that read again: ``Session.noting`` and ``case_refresh`` on a real vault.

Every service that changes a case is run here once; what it records must map to the ``CaseFile`` fields
it really changed (the case read in full before and after it is compared), and ``read_parts`` must give
those fields as ``open_case`` does, without an audit record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from wijkzorg_desktop.domain.assessment import Outcome
from wijkzorg_desktop.domain.audit import AuditAction, AuditEntry
from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.domain.consent import BasisRecord, Consent, ConsentStatus, Purpose, Recipient, SharingBasis
from wijkzorg_desktop.domain.errors import NotAllowed
from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind
from wijkzorg_desktop.domain.involvement import EntryKind, Party, PlanItem, Promise, TimelineEntry
from wijkzorg_desktop.domain.kindcheck import Answer, Kindcheck, KindcheckReason
from wijkzorg_desktop.domain.meldcode import AdviceFrom, AdviceRequest, StepRecord, VtContact, VtContactKind, VtRole
from wijkzorg_desktop.services import case_refresh, cases, consent, contacts, followups, involvement, kindchecks
from wijkzorg_desktop.services import meldcode as meldcode_service
from wijkzorg_desktop.services.case_refresh import ALL_PARTS, PARTS_OF, CaseChanges, read_parts
from wijkzorg_desktop.services.session import Change, Session
from wijkzorg_desktop.services.vaults import unlock

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    """A minute later at every edit, so what ``cases.touch`` writes differs each time."""

    def __init__(self) -> None:
        self.now = MONDAY

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def poh(demo_store, passphrase, clock):
    session = unlock(demo_store, "poh", passphrase, clock=clock).session
    yield session
    session.close()


def audit_count(session: Session) -> int:
    return session.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def org(session: Session, name: str) -> int:
    return int(next(o.id for o in contacts.load_map(session).organisations if o.name == name))


def test_noting_keeps_the_changes_not_the_reads_and_forgets_what_was_rolled_back(poh):
    case = cases.create_case(poh, "N")
    with poh.noting() as outer:
        cases.open_case(poh, case.id)  # a read: not a change
        with poh.noting() as inner:
            member = cases.put_member(poh, HouseholdMember(case.id, MemberRole.CHILD, "J.N.", 2015))
        with pytest.raises(RuntimeError), poh.changing():
            poh.record(AuditEntry(AuditAction.UPDATE, "household_member", str(member.id)))
            raise RuntimeError("rolled back")
    label = case.label
    assert inner == [Change(AuditAction.CREATE, "household_member", str(member.id), label)]
    assert outer == inner
    cases.put_member(poh, HouseholdMember(case.id, MemberRole.CHILD, "L.N.", 2019))
    assert len(outer) == len(inner) == 1  # nothing is noted once ``noting()`` is left


def test_read_parts_reads_what_open_case_reads_without_an_audit_record(poh):
    case = cases.create_case(poh, "R")
    cases.put_member(poh, HouseholdMember(case.id, MemberRole.PARENT, "M.R.", 1988, True))
    involvement.add_entry(poh, TimelineEntry(case.id, date(2026, 11, 20), EntryKind.SIGNAL, "school belt", ""))
    file = cases.open_case(poh, case.id)
    before = audit_count(poh)
    found = read_parts(poh, case.id, ALL_PARTS)
    assert audit_count(poh) == before
    assert found == {part: getattr(file, part) for part in ALL_PARTS}
    assert read_parts(poh, case.id, {"timeline"}) == {"timeline": file.timeline}
    assert read_parts(poh, case.id, ()) == {}
    with pytest.raises(ValueError):
        read_parts(poh, case.id, {"timeline", "notes"})


def test_read_parts_needs_the_right_to_see_cases(demo_store, passphrase, poh):
    case = cases.create_case(poh, "A")
    assistant = unlock(demo_store, "assistent", passphrase).session
    try:
        with pytest.raises(NotAllowed):
            read_parts(assistant, case.id, {"timeline"})
        with pytest.raises(NotAllowed):
            case_refresh.running_check(assistant, case.id)
    finally:
        assistant.close()


def test_every_case_edit_names_the_parts_it_changed(poh, clock):
    """Each edit a case service offers, once: what it records maps to known fields, those fields cover
    everything that differs in the case file after it, and the edit reads them again unaudited."""
    created = cases.create_case(poh, "E", "zorgen")
    case_id = int(created.id)
    team, vt = org(poh, "Sociaal Wijkteam Houten-Zuid"), org(poh, "Veilig Thuis Utrecht")
    school = org(poh, "Basisschool De Regenboog")
    made: dict[str, Any] = {}

    def keep(name: str, fn: Callable[[Session], Any]) -> Callable[[Session], Any]:
        def run(session: Session) -> Any:
            made[name] = fn(session)
            return made[name]
        return run

    edits: list[tuple[str, Callable[[Session], Any]]] = [
        ("update the case", lambda s: cases.update_case(s, replace(created, summary="andere zorgen"))),
        ("add a parent", keep("mother", lambda s: cases.put_member(
            s, HouseholdMember(case_id, MemberRole.PARENT, "M.E.", 1988, True)))),
        ("add a child", keep("child", lambda s: cases.put_member(
            s, HouseholdMember(case_id, MemberRole.CHILD, "J.E.", 2014)))),
        ("remove the child", lambda s: cases.delete_member(s, made["child"].id)),
        ("add a party", keep("party", lambda s: involvement.put_party(
            s, Party(case_id, "wijkteam", organisation_id=team)))),
        ("contact with the party", lambda s: involvement.contact_made(s, made["party"].id)),
        ("add a spare party", keep("spare", lambda s: involvement.put_party(
            s, Party(case_id, "school", organisation_id=school)))),
        ("remove the spare party", lambda s: involvement.remove_party(s, made["spare"].id)),
        ("add a promise", keep("promise", lambda s: involvement.put_promise(
            s, Promise(case_id, "belt terug", date(2026, 11, 20), made["party"].id)))),
        ("keep the promise", lambda s: involvement.put_promise(
            s, Promise(case_id, "belt terug", date(2026, 11, 20), made["party"].id, done_on=date(2026, 11, 23),
                       id=made["promise"].id))),
        ("add a plan item", lambda s: involvement.put_plan_item(s, PlanItem(case_id, "gezinsplan"))),
        ("add an entry", keep("entry", lambda s: involvement.add_entry(
            s, TimelineEntry(case_id, date(2026, 11, 20), EntryKind.SIGNAL, "school belt", "")))),
        ("revise the entry", lambda s: involvement.revise_entry(
            s, TimelineEntry(case_id, date(2026, 11, 20), EntryKind.SIGNAL, "school belt over verzuim", "",
                             id=made["entry"].id))),
        ("record a step", lambda s: meldcode_service.put_step(s, StepRecord(case_id, 1, date(2026, 11, 20), ""))),
        ("say why VT was not asked", lambda s: meldcode_service.set_no_advice_reason(s, case_id, "collega eerst")),
        ("ask advice", lambda s: meldcode_service.add_advice_request(
            s, AdviceRequest(case_id, AdviceFrom.COLLEAGUE, date(2026, 11, 21), ""))),
        ("decide", lambda s: meldcode_service.record_decision(s, case_id, (True, True), Outcome.HELP, "wijkteam")),
        ("report to VT", keep("melding", lambda s: meldcode_service.put_vt_contact(
            s, VtContact(case_id, VtContactKind.REPORT, date(2026, 11, 16), VtRole.REPORTER, "VT-1")))),
        ("feedback from VT", lambda s: meldcode_service.feedback_received(s, made["melding"].id, "onderzoek")),
        ("record consent", lambda s: consent.add_consent(s, case_id, Consent(
            made["mother"].id, Recipient("organisation", team), Purpose.HANDOVER, ConsentStatus.GIVEN,
            date(2026, 11, 20)))),
        ("share without consent", lambda s: consent.add_basis(s, case_id, BasisRecord(
            SharingBasis.RIGHT_TO_REPORT, Recipient("organisation", vt), Purpose.REPORT, date(2026, 11, 23)))),
        ("a kindcheck of the case", lambda s: kindchecks.save_kindcheck(s, Kindcheck(
            date(2026, 11, 23), "M.E.", KindcheckReason.DEPRESSION, Answer.YES, case_id=case_id))),
        ("link a kindcheck", lambda s: kindchecks.link_case(s, kindchecks.save_kindcheck(s, Kindcheck(
            date(2026, 11, 22), "P.E.", KindcheckReason.ADDICTION, Answer.YES)).id, case_id)),
        ("a follow-up of the case", lambda s: followups.save(s, FollowUp(
            "bellen", FollowUpKind.OTHER, "poh", date(2026, 11, 30), case_id=case_id))),
        ("close", lambda s: cases.close_case(s, case_id, "klaar")),
        ("reopen", lambda s: cases.reopen_case(s, case_id, "nieuwe signalen")),
    ]
    seen: set[str] = set()
    for name, edit in edits:
        clock.now += timedelta(minutes=1)
        before = cases.open_case(poh, case_id)
        last = poh.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        done = case_refresh.edit(poh, case_id, edit)
        records = poh.conn.execute("SELECT action, object_type FROM audit_log WHERE id > ? ORDER BY id",
                                   (last,)).fetchall()
        after = cases.open_case(poh, case_id)

        # only the edit's own records: the parts read again are not audited
        assert records and all(action not in ("read", "search") for action, _ in records), (name, records)
        types = {object_type for _, object_type in records}
        assert types <= PARTS_OF.keys(), (name, types)  # no object type falls back to "everything"
        seen |= types
        assert done.changes == CaseChanges.of(case_id, [Change(AuditAction(a), t, "") for a, t in records]), name
        differ = {part for part in ALL_PARTS if getattr(before, part) != getattr(after, part)}
        assert differ <= done.changes.parts, (name, differ - done.changes.parts)
        assert done.parts == {part: getattr(after, part) for part in done.changes.parts | {"today"}}, name
    assert seen == PARTS_OF.keys()  # every object type mapped is one a case edit writes


def test_an_object_type_not_known_reads_the_whole_file_again(poh):
    case = cases.create_case(poh, "U")
    changes = CaseChanges.of(int(case.id), [Change(AuditAction.UPDATE, "something_new", "1")])
    assert changes.parts == ALL_PARTS
    documents = CaseChanges.of(int(case.id), [Change(AuditAction.PRINT, "document.handover", "x")])
    assert documents.parts == frozenset()


def test_loopt_het_after_an_edit_is_the_same_check_without_an_audit_record(poh):
    case_id = int(cases.create_case(poh, "L").id)
    party = involvement.put_party(poh, Party(case_id, "wijkteam", organisation_id=org(
        poh, "Sociaal Wijkteam Houten-Zuid"), last_contact=date(2026, 11, 9)))
    involvement.put_promise(poh, Promise(case_id, "belt terug", date(2026, 11, 9), party.id, due=date(2026, 11, 16)))
    involvement.put_plan_item(poh, PlanItem(case_id, "gezinsplan", due=date(2026, 11, 20)))
    audited = involvement.running_check(poh, case_id)
    before = audit_count(poh)
    again = case_refresh.running_check(poh, case_id)
    assert audit_count(poh) == before
    assert again == audited and len(again.overdue) == 2
