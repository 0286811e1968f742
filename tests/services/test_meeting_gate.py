"""The herkenbaar gate on a real vault: a case is discussed identifiably only when every attendee who is
there and not bound by medical secrecy is covered by consent for "overleg" (toward them or their
organisation) or a complete conflict-of-duties weighing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import meetings_helpers
import pytest

from wijkzorg_desktop.domain.consent import (
    BasisRecord,
    Consent,
    ConsentStatus,
    Purpose,
    Recipient,
    SharingBasis,
    Weighing,
)
from wijkzorg_desktop.domain.contacts import Person
from wijkzorg_desktop.domain.errors import IdentifiableRefused, NotAnonymous
from wijkzorg_desktop.domain.meetings import AgendaItem, Attendee, ItemMode, ItemTopic, Presence
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import consent, contacts, meeting_gate, meetings
from wijkzorg_desktop.store import meetings as meeting_store

meeting_vault = meetings_helpers.meeting_vault
DAY = date(2026, 11, 20)
COMPLETE = Weighing("de veiligheid van S.", "er is geen andere weg", "ouders weigeren", True,
                    "gemeente: alleen dat er zorgen zijn")


@pytest.fixture
def poh(meeting_vault):
    return meeting_vault.open_as("poh")


def herkenbaar(v) -> AgendaItem:
    return AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id, mode=ItemMode.IDENTIFIABLE,
                      question="Wie kent dit gezin?")


def refused(session, v) -> list[str]:
    with pytest.raises(IdentifiableRefused) as caught:
        meetings.put_item(session, herkenbaar(v))
    return [r.render() for r in caught.value.reasons]


def consent_of_parents(session, v, recipient: Recipient, purpose: Purpose = Purpose.MEETING) -> None:
    for initials in ("M.A.", "J.A."):
        consent.add_consent(session, v.case_id, Consent(v.members[initials], recipient, purpose,
                                                        ConsentStatus.GIVEN, DAY))


def person(v, name: str) -> Recipient:
    return Recipient("person", v.people[name])


def set_attendee(session, v, name: str, **changes) -> None:
    current = meeting_store.attendee(session.conn, v.attendees[name])
    meetings.put_attendee(session, replace(current, **changes))


def test_without_consent_the_unbound_attendees_are_named_with_each_parent(poh, meeting_vault):
    reasons = refused(poh, meeting_vault)
    assert reasons == [
        "Ruud Visser (Gemeente Houten): M.A.: consent not asked",
        "Ruud Visser (Gemeente Houten): J.A.: consent not asked",
        "Willemijn van der Linden (Politie Houten): M.A.: consent not asked",
        "Willemijn van der Linden (Politie Houten): J.A.: consent not asked",
    ]  # the CJG nurse and the practice's own users are bound by secrecy; the child of 8 is not asked
    answer = meeting_gate.check(poh, meeting_vault.meeting_id, meeting_vault.case_id)
    bound = {v.name: v.bound_by_secrecy for v in answer.verdicts}
    assert bound == {"Hanna Huisarts": True, "Sanne Poh": True, "Ruud Visser (Gemeente Houten)": False,
                     "Willemijn van der Linden (Politie Houten)": False, "Petra Mulder (CJG Houten)": True}


def test_the_refusal_reads_in_dutch(poh, meeting_vault):
    with pytest.raises(IdentifiableRefused) as caught:
        meetings.put_item(poh, herkenbaar(meeting_vault))
    text = caught.value.text(translator())
    assert "Ruud Visser (Gemeente Houten)" in text and "M.A." in text
    assert "anoniem" in text and "toestemming" in text


def test_consent_toward_one_is_not_enough_and_toward_the_others_organisation_covers_its_person(poh, meeting_vault):
    v = meeting_vault
    consent_of_parents(poh, v, person(v, "Ruud Visser"))
    reasons = refused(poh, v)
    assert reasons and all(r.startswith("Willemijn van der Linden") for r in reasons)
    consent_of_parents(poh, v, Recipient("organisation", v.organisations["politie"]))
    view = meetings.put_item(poh, herkenbaar(v))
    assert view.item.mode == ItemMode.IDENTIFIABLE and view.case_label == v.label
    assert [m.initials for m in view.household] == ["M.A.", "J.A.", "S.A."]


def test_consent_for_a_handover_does_not_count_for_a_meeting(poh, meeting_vault):
    v = meeting_vault
    for name in ("Ruud Visser", "Willemijn van der Linden"):
        consent_of_parents(poh, v, person(v, name), Purpose.HANDOVER)
    assert len(refused(poh, v)) == 4


def test_a_complete_weighing_covers_an_incomplete_one_does_not(poh, meeting_vault):
    v = meeting_vault
    consent_of_parents(poh, v, person(v, "Ruud Visser"))
    politie = Recipient("organisation", v.organisations["politie"])
    consent.add_basis(poh, v.case_id, BasisRecord(SharingBasis.CONFLICT_OF_DUTIES, politie, Purpose.MEETING, DAY,
                                                  weighing=replace(COMPLETE, other_way="")))
    reasons = refused(poh, v)
    assert "Willemijn van der Linden (Politie Houten): the weighing for a conflict of duties is not complete" \
        in reasons
    consent.add_basis(poh, v.case_id, BasisRecord(SharingBasis.CONFLICT_OF_DUTIES, politie, Purpose.MEETING, DAY,
                                                  weighing=COMPLETE))
    answer = meeting_gate.check(poh, v.meeting_id, v.case_id)
    assert answer.allowed
    basis = {x.name: x.basis for x in answer.verdicts}
    assert basis["Willemijn van der Linden (Politie Houten)"] == SharingBasis.CONFLICT_OF_DUTIES
    assert basis["Ruud Visser (Gemeente Houten)"] == SharingBasis.CONSENT


def test_absent_attendees_do_not_count_and_a_bound_member_set_unbound_does(poh, meeting_vault):
    v = meeting_vault
    set_attendee(poh, v, "Ruud Visser", presence=Presence.ABSENT)
    set_attendee(poh, v, "Willemijn van der Linden", presence=Presence.ABSENT)
    assert meetings.put_item(poh, herkenbaar(v)).item.id is not None
    set_attendee(poh, v, "Petra Mulder", secrecy_override=False)
    assert {r.split(":")[0] for r in refused(poh, v)} == {"Petra Mulder (CJG Houten)"}


def test_a_replacement_counts_instead_of_the_one_replaced(poh, meeting_vault):
    v = meeting_vault
    set_attendee(poh, v, "Ruud Visser", presence=Presence.ABSENT)
    beheer = v.open_as("beheer")
    colleague = contacts.save_person(beheer, Person("Karim Bouzid", v.organisations["politie"], "wijkagent"))
    set_attendee(poh, v, "Willemijn van der Linden", presence=Presence.REPLACED, replaced_by_person_id=colleague.id)
    consent_of_parents(poh, v, person(v, "Willemijn van der Linden"))
    assert {r.split(":")[0] for r in refused(poh, v)} == {"Karim Bouzid (Politie Houten)"}
    consent_of_parents(poh, v, Recipient("person", int(colleague.id)))
    assert meetings.put_item(poh, herkenbaar(v)).item.id is not None


def test_a_replacement_or_guest_not_on_the_sociale_kaart_refuses(poh, meeting_vault):
    v = meeting_vault
    for name in ("Ruud Visser", "Willemijn van der Linden"):
        set_attendee(poh, v, name, presence=Presence.ABSENT)
    meetings.put_attendee(poh, Attendee(v.meeting_id, Presence.PRESENT, guest_name="Stagiaire Lotte"))
    assert refused(poh, v) == ["Stagiaire Lotte: not on the sociale kaart: consent cannot be recorded"]
    set_attendee(poh, v, "Ruud Visser", presence=Presence.REPLACED, replaced_by_name="Mw. Jansen")
    assert "Mw. Jansen: not on the sociale kaart: consent cannot be recorded" in refused(poh, v)


def test_a_copy_goes_only_to_attendees_the_gate_allows(poh, meeting_vault):
    v = meeting_vault
    consent_of_parents(poh, v, person(v, "Ruud Visser"))
    answer = meeting_gate.check(poh, v.meeting_id, v.case_id)
    assert not answer.allowed
    assert meeting_gate.allowed_for(answer, v.attendees["Ruud Visser"])
    assert meeting_gate.allowed_for(answer, v.attendees["Petra Mulder"])
    assert not meeting_gate.allowed_for(answer, v.attendees["Willemijn van der Linden"])


@pytest.mark.parametrize("field", ["question", "shared_notes", "brought_by", "title"])
@pytest.mark.parametrize("detail", ["M.A.", "1987", "SA"])
def test_an_anonymous_item_may_not_name_the_household(poh, meeting_vault, field, detail):
    v = meeting_vault
    item = AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id, **{field: f"over {detail} gesproken"})
    with pytest.raises(NotAnonymous) as caught:
        meetings.put_item(poh, item)
    assert detail.replace("SA", "S.A.") in caught.value.text()


def test_internal_notes_of_an_anonymous_item_may_name_the_family(poh, meeting_vault):
    v = meeting_vault
    view = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id,
                                             question="Hoe verder?", internal_notes="M.A. (1987) belde zelf"))
    assert view.household == () and view.item.internal_notes == "M.A. (1987) belde zelf"


def test_a_decision_on_an_anonymous_item_may_not_name_the_household_either(poh, meeting_vault):
    from wijkzorg_desktop.domain.meetings import MeetingDecision

    v = meeting_vault
    view = meetings.put_item(poh, AgendaItem(v.meeting_id, ItemTopic.CASE, case_id=v.case_id, question="Hoe verder?"))
    with pytest.raises(NotAnonymous):
        meetings.put_decision(poh, MeetingDecision(int(view.item.id), "Wijkteam belt J.A."))
    assert meetings.put_decision(poh, MeetingDecision(int(view.item.id), "Wijkteam belt moeder")).id
