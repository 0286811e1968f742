"""A held sociaal wijkoverleg to make papers of: on the vault of ``meetings_helpers`` (case A anonymous, with
M.A./J.A./S.A. of 1987/1989/2018), a second case G discussed herkenbaar with consent for overleg, a theme,
attendance present / absent / replaced (Petra Mulder by Chantal Huisman of the AMW), decisions, and actions
for a partner and for the POH-GGZ; internal notes and a weighing that must never reach a paper."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from meetings_helpers import MEETING_DAY, MeetingVault, make_meeting_vault

from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
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
from wijkzorg_desktop.domain.meetings import (
    AgendaItem,
    ItemMode,
    ItemTopic,
    Meeting,
    MeetingAction,
    MeetingDecision,
    Presence,
)
from wijkzorg_desktop.services import cases, consent, contacts, meeting_actions, meetings, practice_cert

INTERNAL_A = "Intern: moeder belde huilend de praktijk"
INTERNAL_G = "Intern: vader drinkt weer, zegt de POH"
WEIGHING = "Weging: de veiligheid van S. weegt zwaarder"
SHARED_A = "Wijkteam is al betrokken; school meldt verzuim."
SHARED_G = "Ouders stemden in met bespreking in het overleg."
QUESTION_A = "Wie pakt de regie bij dit gezin?"
QUESTION_G = "Is opvoedondersteuning bij het CJG passend?"
THEME = "Overlast jongeren bij het winkelcentrum"
DECISION_A = "Wijkteam neemt de regie"
DECISION_G = "CJG biedt opvoedondersteuning aan"
ACTION_PARTNER = "Huisbezoek plannen met het gezin"
ACTION_POH = "Terugbellen na het huisbezoek"
HIDDEN_A = ("M.A.", "J.A.", "S.A.", "1987", "1989", "2018")
SHOWN_G = ("B.G. (ouder, 1984)", "T.G. (kind, 2015)")


@dataclass
class HeldMeeting:
    vault: MeetingVault
    meeting_id: int
    label_a: str
    label_g: str
    case_g: int
    item_a: int
    item_g: int
    item_theme: int
    amw: int
    chantal: int
    attendees: dict[str, int]          # by the name on the paper (the replacement for Petra Mulder)
    partner_due: date
    poh_due: date


def make_held_meeting(store) -> HeldMeeting:
    vault = make_meeting_vault(store)
    admin = vault.open_as("beheer")
    practice_cert.generate_self_signed(admin)
    amw = contacts.save_organisation(admin, Organisation("AMW Kromme Rijn", OrganisationKind.SOCIAL_WORK)).id
    chantal = contacts.save_person(admin, Person("Chantal Huisman", amw, "maatschappelijk werker")).id
    admin.close()
    poh = vault.open_as("poh")
    case_g = cases.create_case(poh, "G", "opvoedvragen")
    father = cases.put_member(poh, HouseholdMember(case_g.id, MemberRole.PARENT, "B.G.", 1984))
    cases.put_member(poh, HouseholdMember(case_g.id, MemberRole.CHILD, "T.G.", 2015))
    for org in (vault.organisations["gemeente"], amw):
        consent.add_consent(poh, case_g.id, Consent(father.id, Recipient("organisation", org), Purpose.MEETING,
                                                    ConsentStatus.GIVEN, MEETING_DAY - timedelta(days=10)))
    consent.add_basis(poh, vault.case_id, BasisRecord(
        SharingBasis.CONFLICT_OF_DUTIES, Recipient("organisation", vault.organisations["politie"]),
        Purpose.HANDOVER, MEETING_DAY - timedelta(days=5), weighing=Weighing(WEIGHING, "geen andere weg",
                                                                            "vader weigert", True, "wijkagent")))
    file = meetings.open_meeting(poh, vault.meeting_id)
    by_name = {v.name: v.attendee for v in file.attendees}
    for name in ("Hanna Huisarts", "Sanne Poh", "Ruud Visser"):
        meetings.put_attendee(poh, replace(by_name[name], presence=Presence.PRESENT))
    meetings.put_attendee(poh, replace(by_name["Willemijn van der Linden"], presence=Presence.ABSENT))
    meetings.put_attendee(poh, replace(by_name["Petra Mulder"], presence=Presence.REPLACED,
                                       replaced_by_person_id=chantal))
    meetings.save_meeting(poh, Meeting(file.series.id, MEETING_DAY + timedelta(days=28), time(14, 0)))
    item_a = meetings.put_item(poh, AgendaItem(vault.meeting_id, ItemTopic.CASE, case_id=vault.case_id,
                                               question=QUESTION_A, brought_by="POH-GGZ", shared_notes=SHARED_A,
                                               internal_notes=INTERNAL_A)).item
    item_g = meetings.put_item(poh, AgendaItem(vault.meeting_id, ItemTopic.CASE, case_id=case_g.id,
                                               question=QUESTION_G, brought_by="huisarts", mode=ItemMode.IDENTIFIABLE,
                                               shared_notes=SHARED_G, internal_notes=INTERNAL_G)).item
    theme = meetings.put_item(poh, AgendaItem(vault.meeting_id, ItemTopic.THEME, THEME,
                                              question="Wat kan het jongerenwerk doen?")).item
    meetings.put_decision(poh, MeetingDecision(item_a.id, DECISION_A))
    meetings.put_decision(poh, MeetingDecision(item_g.id, DECISION_G))
    partner_due, poh_due = MEETING_DAY + timedelta(days=10), MEETING_DAY + timedelta(days=5)
    meeting_actions.put_action(poh, MeetingAction(item_a.id, ACTION_PARTNER, partner_due, owner_person_id=chantal))
    meeting_actions.put_action(poh, MeetingAction(item_a.id, ACTION_POH, poh_due, owner_login="poh"))
    names = {v.name: int(v.attendee.id) for v in meetings.open_meeting(poh, vault.meeting_id).attendees}
    poh.close()
    vault.opened.remove(poh)
    return HeldMeeting(vault, vault.meeting_id, vault.label, case_g.label, case_g.id, item_a.id, item_g.id,
                       theme.id, amw, chantal, names, partner_due, poh_due)
