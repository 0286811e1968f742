"""The demo practice's meetings: a Sociaal Wijkoverleg with three held meetings and one planned, and a weekly
MDO whose actions are in flight on Vandaag and in "Loopt het?" of the demo cases."""

from __future__ import annotations

from datetime import timedelta

from wijkzorg_desktop.domain.contacts import OrganisationKind
from wijkzorg_desktop.domain.involvement import EntryKind
from wijkzorg_desktop.domain.meetings import (
    ActionState,
    ItemMode,
    ItemTopic,
    MeetingKind,
    MeetingStatus,
    Presence,
    Rhythm,
)
from wijkzorg_desktop.domain.meldcode import AdviceFrom
from wijkzorg_desktop.services import cases, contacts, followups, involvement, meetings
from wijkzorg_desktop.services.demo_meetings import MDO, WIJKOVERLEG
from wijkzorg_desktop.services.vaults import unlock


def _by_name(session):
    return {s.series.name: s for s in meetings.list_series(session)}


def test_the_demo_has_a_wijkoverleg_with_three_held_meetings_and_one_planned(demo_store, passphrase):
    session = unlock(demo_store, "huisarts", passphrase).session
    try:
        series = _by_name(session)
        wijk = series[WIJKOVERLEG].series
        held = meetings.meetings_of(session, int(wijk.id or 0))
        files = [meetings.open_meeting(session, int(m.id or 0)) for m in held]
        kinds = {o.id: o.kind for o in contacts.load_map(session).organisations}
        people = {p.id: p.organisation_id for p in contacts.load_map(session).people}
        today = contacts.today(session)
    finally:
        session.close()
    assert set(series) == {WIJKOVERLEG, MDO}
    assert (wijk.kind, wijk.rhythm, wijk.place) == (MeetingKind.NEIGHBOURHOOD, Rhythm.BIMONTHLY,
                                                    "Gemeentehuis Houten, zaal 2")
    assert {kinds[people[m.person_id]] for m in wijk.members if m.person_id} == {
        OrganisationKind.MUNICIPALITY, OrganisationKind.REGIONAL_SUPPORT, OrganisationKind.POLICE,
        OrganisationKind.OUTREACH_CARE, OrganisationKind.YOUTH_WORK, OrganisationKind.SOCIAL_WORK}
    assert [m.status for m in held] == [MeetingStatus.FINAL, MeetingStatus.FINAL, MeetingStatus.HELD,
                                        MeetingStatus.PLANNED]
    assert [m.on < today for m in held] == [True, True, True, False]
    last = files[2]
    assert {i.item.topic for i in last.items} == {ItemTopic.THEME, ItemTopic.CONTACT_MAP, ItemTopic.CASE}
    case_item = next(i for i in last.items if i.item.topic == ItemTopic.CASE)
    assert case_item.item.mode == ItemMode.ANONYMOUS and case_item.case_label.startswith("Gezin K")
    assert case_item.decisions and case_item.household == ()
    assert any(a.attendee.presence == Presence.ABSENT for a in files[0].attendees)
    assert all(a.attendee.presence == Presence.PRESENT for a in last.attendees)
    assert files[3].items and files[3].to_check   # an agenda for the next one, and contacts to check first
    assert {"Noor Franssen", "Ivo Öztürk"} <= {a.name for a in files[3].to_check}


def test_the_mdos_actions_show_on_vandaag_and_in_loopt_het(demo_store, passphrase):
    poh = unlock(demo_store, "poh", passphrase).session
    gp = unlock(demo_store, "huisarts", passphrase).session
    try:
        mdo = _by_name(poh)[MDO].series
        held, planned = meetings.meetings_of(poh, int(mdo.id or 0))
        file = meetings.open_meeting(poh, int(held.id or 0))
        today = contacts.today(poh)
        page = followups.today_page(poh)
        labels = {s.case.label[:7]: int(s.case.id or 0) for s in cases.list_cases(gp)}
        busy = involvement.running_check(gp, labels["Gezin K"])
        young = involvement.running_check(poh, labels["Gezin G"])
        waiting_gp = [i.key for i in followups.today_page(gp).waiting]
        case_g = cases.open_case(poh, labels["Gezin G"])
        case_k = cases.open_case(gp, labels["Gezin K"])
    finally:
        poh.close()
        gp.close()
    assert (mdo.kind, mdo.rhythm) == (MeetingKind.MULTIDISCIPLINARY, Rhythm.WEEKLY)
    assert (held.status, held.on, planned.status, planned.on) == (MeetingStatus.HELD, today - timedelta(days=7),
                                                                  MeetingStatus.PLANNED, today)
    actions = [a for i in file.items for a in i.actions]
    assert len(actions) == 3 and all(a.state == ActionState.OPEN for a in actions)

    # the POH's follow-up from the MDO is on Vandaag with the meeting's series and date
    mine = [i for i in page.today + page.overdue if i.meeting_name]
    assert [(i.meeting_name, i.meeting_on) for i in mine] == [(MDO, held.on)]

    # maatschappelijk werk's promise in Gezin K: in "Loopt het?" and waiting on the huisarts's Vandaag
    amw = next(p for p in busy.parties if p.name == "Chantal Huisman")
    [promise] = amw.open_promises
    assert promise.due == today + timedelta(days=5) and f"promise:{promise.id}" in waiting_gp
    assert max(len(f.parties) for f in (case_g, case_k)) == len(case_k.parties)   # still the busiest case

    # Gezin G, discussed herkenbaar after consent: the jeugdverpleegkundige's promise, a colleague consulted
    cjg = next(p for p in young.parties if p.name == "Petra Mulder")
    assert [p.due for p in cjg.open_promises if p.made_on == held.on] == [today + timedelta(days=4)]
    g_item = next(i for i in file.items if i.case_label == case_g.case.label)
    assert g_item.item.mode == ItemMode.IDENTIFIABLE
    assert any(a.source == AdviceFrom.COLLEAGUE and a.on == held.on for a in case_g.advice_requests)
    assert 2 in {s.step for s in case_g.steps}
    assert any(e.kind == EntryKind.MEETING and e.text.startswith(f"Besproken in {MDO}") for e in case_g.timeline)
    assert sum(e.kind == EntryKind.MEETING and e.text.startswith("Besproken in") for e in case_k.timeline) == 2
