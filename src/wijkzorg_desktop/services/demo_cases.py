"""The demo practice's cases and kindchecks: every state a user meets, with invented families only.

Dates are relative to the day the demo is made, so a melding is always just overdue and a closed case
always recent. Work is recorded as the user who would do it (the POH-GGZ does kindchecks, the GP the
meldingen), so the audit log of the demo reads like a practice's.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from ..domain.assessment import Outcome
from ..domain.cases import HouseholdMember, MemberRole
from ..domain.consent import (
    BasisRecord,
    Consent,
    ConsentForm,
    ConsentStatus,
    Purpose,
    Recipient,
    SharingBasis,
    Weighing,
)
from ..domain.followups import FollowUp, FollowUpKind, Recurrence
from ..domain.involvement import EntryKind, Party, PlanItem, Promise, TimelineEntry
from ..domain.kindcheck import Answer, Kindcheck, KindcheckAction, KindcheckReason
from ..domain.meldcode import AdviceFrom, AdviceRequest, StepRecord, VtContact, VtContactKind, VtRole
from ..store import users
from . import cases, consent, contacts, followups, involvement, kindchecks, meldcode
from .session import Session


class _Demo:
    def __init__(self, session: Session) -> None:
        self.admin = session
        self.today = contacts.today(session)
        found = contacts.load_map(session)
        self.people = {p.name: p for p in found.people}
        self.orgs = {o.name: o for o in found.organisations}
        self.by_function: dict[tuple[str, str], list[int]] = {}
        for p in found.people:
            org = found.organisation(p.organisation_id)
            self.by_function.setdefault((org.name if org else "", p.function), []).append(int(p.id or 0))

    def as_user(self, login: str) -> Session:
        """The same open vault, recording as ``login`` (never closed separately)."""
        user = users.by_login(self.admin.conn, login)
        assert user is not None
        return replace(self.admin, user=user)

    def ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def person(self, org: str, function: str) -> int:
        return self.by_function[(org, function)][0]

    def org(self, name: str) -> int:
        return int(self.orgs[name].id or 0)


def _kindchecks(demo: _Demo) -> None:
    """Kindchecks over the last months, most without concerns, for the monthly overview."""
    poh, gp = demo.as_user("poh"), demo.as_user("huisarts")
    calm = [(200, "R.T.", KindcheckReason.DEPRESSION, (6, 9)), (170, "H.B.", KindcheckReason.SERIOUS_ILLNESS, (15,)),
            (95, "S.E.", KindcheckReason.DEPRESSION, (3,)), (60, "W.J.", KindcheckReason.ADDICTION, (17, 19)),
            (33, "N.O.", KindcheckReason.PSYCHOSIS, ()), (12, "F.D.", KindcheckReason.DEPRESSION, (8, 11))]
    for days, patient, reason, ages in calm:
        cares = Answer.YES if ages else Answer.NO
        kindchecks.save_kindcheck(poh if days % 2 else gp, Kindcheck(
            demo.ago(days), patient, reason, cares, len(ages) if ages else None, ages,
            Answer.YES if ages else Answer.UNKNOWN, Answer.YES if ages else Answer.UNKNOWN,
            Answer.YES if ages else Answer.UNKNOWN, next_check=demo.ago(days) + timedelta(days=182) if ages else None))


def _case_from_kindcheck(demo: _Demo) -> None:
    """A kindcheck with concerns that led to a case, now in step 1 with the wijkteam involved."""
    poh = demo.as_user("poh")
    check = kindchecks.save_kindcheck(poh, Kindcheck(
        demo.ago(20), "M.A.", KindcheckReason.DEPRESSION, Answer.YES, 2, (4, 7), Answer.DOUBT, Answer.YES,
        Answer.NO, "Moeder ligt veel op bed; oudste (7) zorgt vaak voor de jongste. Geen familie in de buurt.",
        KindcheckAction.CONTACT_TEAM, demo.ago(20) + timedelta(days=42)))
    case = kindchecks.open_case_from(poh, int(check.id or 0), "A", "Zorgen om de zorg voor twee jonge kinderen "
                                     "bij langdurige depressie van moeder.")
    case_id = int(case.id or 0)
    for initials, year in (("S.A.", demo.today.year - 7), ("L.A.", demo.today.year - 4)):
        cases.put_member(poh, HouseholdMember(case_id, MemberRole.CHILD, initials, year))
    meldcode.put_step(poh, StepRecord(case_id, 1, demo.ago(20), "poh", "Kindcheck met zorgen; signalen op rij."))
    party = involvement.put_party(poh, Party(case_id, "gezinsregisseur", person_id=demo.person(
        "Sociaal Wijkteam Houten-Zuid", "gezinsregisseur"), since=demo.ago(15), last_contact=demo.ago(15)))
    involvement.put_promise(poh, Promise(case_id, "plant een huisbezoek en belt terug", demo.ago(15),
                                         int(party.id or 0), due=demo.ago(1)))
    involvement.add_entry(poh, TimelineEntry(case_id, demo.ago(15), EntryKind.PARTNER_CONTACT,
                                             "Gezinsregisseur gebeld; kent het gezin nog niet.", ""))


def _advice_case(demo: _Demo) -> None:
    """Meldcode step 2: colleague consulted and Veilig Thuis asked for (anonymous) advice."""
    gp = demo.as_user("huisarts")
    case = cases.create_case(gp, "B", "Vader (patiënt) vertelt over ruzies thuis; zoon van 10 heeft "
                                     "blauwe plekken gehad.", opened_on=demo.ago(9))
    case_id = int(case.id or 0)
    cases.put_member(gp, HouseholdMember(case_id, MemberRole.PARENT, "P.B.", demo.today.year - 41, True, "104233"))
    cases.put_member(gp, HouseholdMember(case_id, MemberRole.CHILD, "T.B.", demo.today.year - 10, True))
    meldcode.put_step(gp, StepRecord(case_id, 1, demo.ago(9), "huisarts", "Signalen vastgelegd."))
    meldcode.put_step(gp, StepRecord(case_id, 2, demo.ago(6), "huisarts", "Collega en VT geraadpleegd."))
    meldcode.add_advice_request(gp, AdviceRequest(case_id, AdviceFrom.COLLEAGUE, demo.ago(7), "huisarts",
                                                  "Besproken in het huisartsenoverleg."))
    meldcode.add_advice_request(gp, AdviceRequest(case_id, AdviceFrom.SAFE_AT_HOME, demo.ago(6), "huisarts",
                                                  "Anoniem advies: gesprek met vader aangaan, signalen blijven "
                                                  "vastleggen.", anonymous=True))
    meldcode.put_vt_contact(gp, VtContact(case_id, VtContactKind.ADVICE, demo.ago(6), VtRole.INFORMANT,
                                          summary="Advies: gesprek met vader, daarna opnieuw wegen."))


def _overdue_melding(demo: _Demo) -> None:
    """A melding as melder six working days ago and more: terugkoppeling overdue."""
    gp = demo.as_user("huisarts")
    case = cases.create_case(gp, "C", "Melding gedaan na onthulling door dochter (13) van geweld door "
                                     "stiefvader.", opened_on=demo.ago(16))
    case_id = int(case.id or 0)
    mother = cases.put_member(gp, HouseholdMember(case_id, MemberRole.PARENT, "R.C.", demo.today.year - 39, True))
    cases.put_member(gp, HouseholdMember(case_id, MemberRole.OTHER, "K.V.", demo.today.year - 45))
    cases.put_member(gp, HouseholdMember(case_id, MemberRole.CHILD, "J.C.", demo.today.year - 13, True))
    for step, days in ((1, 16), (2, 14), (3, 13), (4, 12), (5, 12)):
        meldcode.put_step(gp, StepRecord(case_id, step, demo.ago(days), "huisarts"))
    meldcode.add_advice_request(gp, AdviceRequest(case_id, AdviceFrom.SAFE_AT_HOME, demo.ago(14), "huisarts",
                                                  "Vertrouwensarts adviseert melden."))
    meldcode.record_decision(gp, case_id, (True, True), Outcome.REPORT, "Acute onveiligheid volgens dochter.")
    vt = demo.org("Veilig Thuis Utrecht")
    consent.add_basis(gp, case_id, BasisRecord(SharingBasis.RIGHT_TO_REPORT, Recipient("organisation", vt),
                                               Purpose.REPORT, demo.ago(12)))
    consent.add_consent(gp, case_id, Consent(int(mother.id or 0), Recipient("organisation", vt), Purpose.REPORT,
                                             ConsentStatus.NOT_ASKED, demo.ago(12),
                                             note="Niet gevraagd: vraag zou dochter in gevaar brengen."))
    meldcode.put_vt_contact(gp, VtContact(case_id, VtContactKind.REPORT, demo.ago(12), VtRole.REPORTER,
                                          "VT-UTR-2026-0412", demo.person("Veilig Thuis Utrecht", "procesregisseur"),
                                          summary="Melding telefonisch gedaan en schriftelijk bevestigd."))


def _informant(demo: _Demo) -> None:
    """Veilig Thuis asked the practice for information; the practice is informant, not melder."""
    gp = demo.as_user("huisarts")
    case = cases.create_case(gp, "D", "Veilig Thuis Gelderland-Zuid vroeg informatie over het gezin na een "
                                     "melding door school.", opened_on=demo.ago(25))
    case_id = int(case.id or 0)
    cases.put_member(gp, HouseholdMember(case_id, MemberRole.PARENT, "E.D.", demo.today.year - 35, True))
    cases.put_member(gp, HouseholdMember(case_id, MemberRole.CHILD, "M.D.", demo.today.year - 9, True))
    meldcode.put_vt_contact(gp, VtContact(case_id, VtContactKind.REPORT, demo.ago(25), VtRole.INFORMANT,
                                          "VT-GZ-2026-2291", demo.person("Veilig Thuis Gelderland-Zuid",
                                                                          "procesregisseur"),
                                          summary="Informatie gegeven over bezoeken en verwijzingen."))
    involvement.put_party(gp, Party(case_id, "procesregisseur", person_id=demo.person(
        "Veilig Thuis Gelderland-Zuid", "procesregisseur"), since=demo.ago(25), last_contact=demo.ago(25)))


def _refused_consent(demo: _Demo) -> None:
    """Parents refuse consent to share with the wijkteam; the GP records a conflict-van-plichten weighing."""
    gp = demo.as_user("huisarts")
    case = cases.create_case(gp, "E", "Verwaarlozing vermoed: kinderen vaak ziek naar school, ouders houden "
                                     "hulp af.", opened_on=demo.ago(14))
    case_id = int(case.id or 0)
    parents = [cases.put_member(gp, HouseholdMember(case_id, MemberRole.PARENT, initials, demo.today.year - age,
                                                    True)) for initials, age in (("A.E.", 34), ("B.E.", 36))]
    cases.put_member(gp, HouseholdMember(case_id, MemberRole.CHILD, "C.E.", demo.today.year - 6, True))
    team = Recipient("organisation", demo.org("Sociaal Wijkteam Houten-Noord"))
    for parent in parents:
        consent.add_consent(gp, case_id, Consent(int(parent.id or 0), team, Purpose.EXCHANGE, ConsentStatus.REFUSED,
                                                 demo.ago(8), ConsentForm.ORAL,
                                                 note="Willen geen bemoeienis van de gemeente."))
    consent.add_basis(gp, case_id, BasisRecord(
        SharingBasis.CONFLICT_OF_DUTIES, team, Purpose.EXCHANGE, demo.ago(7), weighing=Weighing(
            "De gezondheid en ontwikkeling van C. (6): herhaalde onbehandelde infecties, vaak niet naar school.",
            "Nee: twee gesprekken met beide ouders leidden niet tot hulp; schoolarts bereikt het gezin niet.",
            "Ouders weigeren uitdrukkelijk; opnieuw vragen verandert dat niet.",
            True,
            "Alleen de zorgen over C.'s gezondheid en schoolverzuim, aan de gezinsregisseur van het wijkteam.")))
    meldcode.put_step(gp, StepRecord(case_id, 1, demo.ago(14), "huisarts"))
    meldcode.put_step(gp, StepRecord(case_id, 3, demo.ago(8), "huisarts", "Gesprek met beide ouders."))


def _closed_case(demo: _Demo) -> None:
    poh = demo.as_user("poh")
    case = cases.create_case(poh, "F", "Spanningen na scheiding; zorgen om dochter (15).", opened_on=demo.ago(60))
    case_id = int(case.id or 0)
    cases.put_member(poh, HouseholdMember(case_id, MemberRole.PARENT, "G.F.", demo.today.year - 47, True))
    cases.put_member(poh, HouseholdMember(case_id, MemberRole.CHILD, "H.F.", demo.today.year - 15, True))
    meldcode.set_no_advice_reason(poh, case_id, "Geen vermoeden van geweld na gesprek; overleg met huisarts volstond.")
    meldcode.put_step(poh, StepRecord(case_id, 4, demo.ago(40), "poh"))
    meldcode.record_decision(poh, case_id, (False,), Outcome.CLOSE, "Geen vermoeden; moeder en dochter krijgen "
                                                                    "steun van het AMW.")
    cases.close_case(poh, case_id, "Geen vermoeden van kindermishandeling; hulp loopt via het AMW.")


def _busy_case(demo: _Demo) -> None:
    """Wijkteam, Veilig Thuis, school and the POH-GGZ all involved: the "loopt het?" case."""
    gp, poh = demo.as_user("huisarts"), demo.as_user("poh")
    case = cases.create_case(gp, "K", "Jongen van 12 in een gezin met huiselijk geweld en een depressieve moeder; "
                                     "veiligheidsafspraken via Veilig Thuis.", opened_on=demo.ago(60))
    case_id = int(case.id or 0)
    members = [(MemberRole.PARENT, "W.K.", 42, True), (MemberRole.PARENT, "J.K.", 44, False),
               (MemberRole.CHILD, "D.K.", 12, True), (MemberRole.CHILD, "E.K.", 8, True)]
    for role, initials, age, patient in members:
        cases.put_member(gp, HouseholdMember(case_id, role, initials, demo.today.year - age, patient))
    parties = [
        ("gezinsregisseur", "Sociaal Wijkteam Houten-Zuid", "gezinsregisseur", 60, 9),
        ("procesregisseur", "Veilig Thuis Utrecht", "procesregisseur", 45, 22),
        ("school", "Basisschool De Regenboog", "IB'er", 50, 4),
        ("jeugdverpleegkundige", "CJG Houten (JGZ)", "jeugdverpleegkundige", 30, 30),
    ]
    ids = {}
    for role, org, function, since, contact in parties:
        party = involvement.put_party(gp, Party(case_id, role, person_id=demo.person(org, function),
                                                since=demo.ago(since), last_contact=demo.ago(contact)))
        ids[role] = int(party.id or 0)
    promises = [("gezinsregisseur", "belt terug na het gesprek met vader", 9, 2),
                ("procesregisseur", "stuurt de veiligheidsafspraken op", 22, 12),
                ("school", "houdt een oogje in het zeil en meldt verzuim", 40, None)]
    for role, text, made, due in promises:
        involvement.put_promise(gp, Promise(case_id, text, demo.ago(made), ids[role],
                                            due=demo.ago(due) if due is not None else None))
    involvement.put_promise(poh, Promise(case_id, "POH-GGZ ziet moeder tweewekelijks en volgt de afspraken",
                                         demo.ago(45), owner_login="poh"))
    involvement.put_plan_item(gp, PlanItem(case_id, "Veiligheidsplan met beide ouders vastgesteld",
                                           ids["procesregisseur"], due=demo.ago(5)))
    involvement.put_plan_item(gp, PlanItem(case_id, "Behandeling depressie moeder gestart", owner_login="poh",
                                           due=demo.today + timedelta(days=14)))
    involvement.put_plan_item(gp, PlanItem(case_id, "Evaluatie in het sociaal wijkoverleg", ids["gezinsregisseur"],
                                           due=demo.today + timedelta(days=30)))
    for days, kind, text, who in ((60, EntryKind.SIGNAL, "Moeder vertelt bij de POH over geweld door vader.", poh),
                                  (58, EntryKind.MEETING, "Casus besproken met huisarts; meldcode gestart.", gp),
                                  (45, EntryKind.DECISION, "Besloten te melden: structurele onveiligheid.", gp),
                                  (22, EntryKind.PARTNER_CONTACT, "Procesregisseur: onderzoek loopt, "
                                                                  "veiligheidsafspraken gemaakt.", gp),
                                  (9, EntryKind.CONVERSATION, "Gesprek met gezinsregisseur over vader.", poh)):
        involvement.add_entry(who, TimelineEntry(case_id, demo.ago(days), kind, text, ""))
    for step, days in ((1, 60), (2, 55), (3, 50), (4, 46), (5, 45)):
        meldcode.put_step(gp, StepRecord(case_id, step, demo.ago(days), "huisarts"))
    meldcode.add_advice_request(gp, AdviceRequest(case_id, AdviceFrom.SAFE_AT_HOME, demo.ago(55), "huisarts",
                                                  "Advies: melden."))
    meldcode.record_decision(gp, case_id, (True, True), Outcome.REPORT, "Herhaald geweld waar de kinderen bij zijn.")
    case_manager = demo.person("Veilig Thuis Utrecht", "procesregisseur")
    vt = meldcode.put_vt_contact(gp, VtContact(case_id, VtContactKind.REPORT, demo.ago(45), VtRole.REPORTER,
                                               "VT-UTR-2026-0311", case_manager))
    meldcode.put_vt_contact(gp, replace(vt, received_on=demo.ago(38),
                                        summary="Melding aangenomen; onderzoek en veiligheidsafspraken."))


def _consent_given(demo: _Demo) -> None:
    """Parents agree to a handover to the CJG; the sharing question answers yes, on consent."""
    poh = demo.as_user("poh")
    case = cases.create_case(poh, "G", "Moeder met postnatale depressie; baby (4 mnd) groeit slecht. Ouders "
                                      "willen hulp van het consultatiebureau.", opened_on=demo.ago(12))
    case_id = int(case.id or 0)
    cjg = Recipient("organisation", demo.org("CJG Houten (JGZ)"))
    for role, initials, age in ((MemberRole.PARENT, "Y.G.", 29), (MemberRole.PARENT, "Z.G.", 31),
                                (MemberRole.CHILD, "B.G.", 0)):
        member = cases.put_member(poh, HouseholdMember(case_id, role, initials, demo.today.year - age, True))
        if role == MemberRole.PARENT:
            consent.add_consent(poh, case_id, Consent(int(member.id or 0), cjg, Purpose.HANDOVER, ConsentStatus.GIVEN,
                                                      demo.ago(3), ConsentForm.WRITTEN))
    party = involvement.put_party(poh, Party(case_id, "jeugdverpleegkundige", person_id=demo.person(
        "CJG Houten (JGZ)", "jeugdverpleegkundige"), since=demo.ago(3), last_contact=demo.ago(3)))
    involvement.put_plan_item(poh, PlanItem(case_id, "Extra huisbezoeken jeugdverpleegkundige", int(party.id or 0),
                                            due=demo.today + timedelta(days=21)))
    involvement.put_promise(poh, Promise(case_id, "plant het eerste huisbezoek deze week", demo.ago(3),
                                         int(party.id or 0), due=demo.today + timedelta(days=4)))


def _followups(demo: _Demo) -> None:
    """Follow-ups made by hand: one overdue, a recurring monitoring, one for the assistent, one done."""
    gp, poh, assistant = demo.as_user("huisarts"), demo.as_user("poh"), demo.as_user("assistent")
    labels = {s.case.label[:7]: int(s.case.id or 0) for s in cases.list_cases(demo.admin)}
    followups.save(gp, FollowUp("Vader terugbellen over het gesprek met Veilig Thuis", FollowUpKind.CALL_BACK,
                                "huisarts", demo.ago(2), time(11, 0), case_id=labels["Gezin B"]))
    followups.save(poh, FollowUp("Veiligheidsafspraken nalopen met moeder", FollowUpKind.SAFETY_MONITORING, "poh",
                                 demo.today, time(15, 0), case_id=labels["Gezin K"],
                                 recurrence=Recurrence(14, demo.today + timedelta(days=90))))
    followups.save(assistant, FollowUp("Zaal reserveren voor het sociaal wijkoverleg", FollowUpKind.OTHER,
                                       "assistent", demo.today + timedelta(days=1)))
    done = followups.save(gp, FollowUp("Jeugdarts bellen over groei", FollowUpKind.CALL_BACK, "poh", demo.ago(3),
                                       case_id=labels["Gezin G"]))
    followups.complete(gp, f"followup:{done.id}", "Jeugdarts ziet de baby volgende week.")


def fill(session: Session) -> int:
    """Add the demo cases and kindchecks to an open demo vault with its contact map; returns the case count."""
    demo = _Demo(session)
    _kindchecks(demo)
    for make in (_case_from_kindcheck, _advice_case, _overdue_melding, _informant, _refused_consent,
                 _closed_case, _consent_given, _busy_case, _followups):
        make(demo)
    return len(cases.list_cases(session))
