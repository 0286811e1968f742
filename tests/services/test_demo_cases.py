"""The demo practice shows every state of a case that a user meets."""

from __future__ import annotations

from wijkzorg_desktop.domain.consent import ConsentStatus, SharingBasis
from wijkzorg_desktop.domain.contacts import OrganisationKind
from wijkzorg_desktop.domain.meldcode import AdviceFrom, VtContactKind, VtRole
from wijkzorg_desktop.services import cases, consent, contacts, kindchecks
from wijkzorg_desktop.services.vaults import unlock


def test_the_demo_cases_cover_every_state(demo_store, passphrase):
    session = unlock(demo_store, "huisarts", passphrase).session
    try:
        summaries = cases.list_cases(session)
        files = [cases.open_case(session, s.case.id) for s in summaries]
        checks = kindchecks.overview(session).kindchecks
        kinds = {o.id: o.kind for o in contacts.load_map(session).organisations}
        people = {p.id: p.organisation_id for p in contacts.load_map(session).people}
        answers = {}
        for file in files:
            for basis in file.bases:
                answers[file.case.label] = consent.may_case_be_shared(session, file.case.id, basis.recipient,
                                                                      basis.purpose)
    finally:
        session.close()
    assert len(summaries) >= 8
    today = files[0].today
    assert len({s.last_activity for s in summaries}) > 3 and all(s.last_activity <= today for s in summaries)
    assert min(s.case.opened_on for s in summaries) < today
    assert any(not k.concerning and k.case_id is None for k in checks)
    assert any(k.concerning and k.case_id is not None for k in checks)
    assert any(s.step_reached == 2 and any(a.source == AdviceFrom.SAFE_AT_HOME for a in f.advice_requests)
               for s, f in zip(summaries, files, strict=True))
    assert any(v.role == VtRole.REPORTER and v.kind == VtContactKind.REPORT and v.feedback_overdue(today)
               for f in files for v in f.vt_contacts)
    assert any(s.feedback_overdue for s in summaries)
    assert any(v.role == VtRole.INFORMANT for f in files for v in f.vt_contacts)
    refused = [f for f in files if any(c.status == ConsentStatus.REFUSED for c in f.consents)]
    assert refused and any(b.basis == SharingBasis.CONFLICT_OF_DUTIES and b.weighing.complete
                           for f in refused for b in f.bases)
    assert answers[refused[0].case.label].basis == SharingBasis.CONFLICT_OF_DUTIES
    assert any(s.case.closed and s.case.close_reason for s in summaries)
    busy = max(files, key=lambda f: len(f.parties))
    party_kinds = {kinds[p.organisation_id or people[p.person_id]] for p in busy.parties}
    assert {OrganisationKind.NEIGHBOURHOOD_TEAM, OrganisationKind.SAFE_AT_HOME, OrganisationKind.SCHOOL} <= party_kinds
    assert any(p.owner_login == "poh" for p in busy.promises)


def test_the_demo_has_follow_ups_for_vandaag(demo_store, passphrase):
    from wijkzorg_desktop.services import followups

    session = unlock(demo_store, "huisarts", passphrase).session
    try:
        page = followups.today_page(session)
        everything = followups.pending(session)
    finally:
        session.close()
    assert page.overdue and page.waiting and page.kindchecks
    assert any(i.followup.recurrence is not None for i in everything)
    assert any(not i.automatic for i in page.overdue) and any(i.automatic for i in page.overdue)
    assistant = unlock(demo_store, "assistent", passphrase).session
    try:
        theirs = followups.pending(assistant)
    finally:
        assistant.close()
    assert [i.followup.owner_login for i in theirs] == ["assistent"] and theirs[0].case_label == ""
