"""Parts that several case documents share: the household (pseudonymised unless the user chooses more), the
parties involved, and who someone is (a party, or a user of the practice)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from ..domain.assessment import OUTCOME_LABELS, QUESTIONS
from ..domain.cases import MEMBER_ROLE_LABELS, HouseholdMember, MemberRole
from ..domain.meldcode import STEPS, Decision
from .dutch_text import display_phone, dutch, name_of, short_date
from .pdf_layout import (
    key_values,
    nothing,
    subheading,
    table,
)

ROLE_ORDER = {MemberRole.PARENT: 0, MemberRole.CHILD: 1, MemberRole.OTHER: 2}


@dataclass(frozen=True)
class InvolvedParty:
    """A person or organisation of the sociale kaart in a role in this case, with the names resolved."""

    role: str
    name: str                      # the person, or the organisation
    organisation: str = ""         # the person's organisation
    function: str = ""
    phone: str = ""                # as stored (E.164); shown in Dutch format
    email: str = ""                # secure e-mail
    since: date | None = None
    last_contact: date | None = None
    party_id: int | None = None    # Party.id: names who promised or owns a plan item


def member_role(role: MemberRole) -> str:
    return dutch("cases", MEMBER_ROLE_LABELS[role])


def member_label(member: HouseholdMember, detail: bool, full_names: Mapping[int, str]) -> str:
    """Initials by default; the full name only in a detailed document and when the user gave one."""
    if detail and member.id is not None and full_names.get(member.id, "").strip():
        return f"{full_names[member.id].strip()} ({member.initials})"
    return member.initials


def sorted_members(members: Sequence[HouseholdMember]) -> list[HouseholdMember]:
    return sorted(members, key=lambda m: (ROLE_ORDER.get(m.role, 3), m.birth_year or 0, m.initials))


def household_table(members: Sequence[HouseholdMember], today: date, detail: bool = False,
                    full_names: Mapping[int, str] | None = None) -> Flowable:
    """Pseudonymised: role, initials and birth year. Detailed: also the name given for this document, the
    age, whether the person is a patient of the practice and the HIS number."""
    if not members:
        return nothing("Geen gezinsleden vastgelegd.")
    names = full_names or {}
    if not detail:
        rows = [[member_role(m.role), m.initials, m.birth_year or "onbekend"] for m in sorted_members(members)]
        return table(["Rol", "Initialen", "Geboortejaar"], rows, [40, 40, 40])
    rows = []
    for m in sorted_members(members):
        age = m.age(today)
        rows.append([member_role(m.role), member_label(m, True, names), m.birth_year or "onbekend",
                     "" if age is None else f"ca. {age}", "ja" if m.is_patient else "nee", m.his_number])
    return table(["Rol", "Naam", "Geboortejaar", "Leeftijd", "Patiënt van de praktijk", "HIS-nummer"], rows,
                 [22, 46, 24, 18, 30, 26])


def parties_table(parties: Sequence[InvolvedParty]) -> Flowable:
    if not parties:
        return nothing("Nog geen betrokken partijen vastgelegd.")
    rows = []
    for p in parties:
        who = p.name if not p.function else f"{p.name}\n{p.function}"
        reach = "\n".join(part for part in (display_phone(p.phone) if p.phone else "", p.email) if part)
        rows.append([p.role, who, p.organisation, reach, short_date(p.last_contact)])
    return table(["Rol in deze casus", "Naam", "Organisatie", "Bereikbaar", "Laatste contact"], rows,
                 [34, 38, 32, 45, 21])


def party_name(party_id: int | None, parties: Sequence[InvolvedParty]) -> str:
    for p in parties:
        if party_id is not None and p.party_id == party_id:
            return p.name
    return ""


def who(party_id: int | None, login: str, parties: Sequence[InvolvedParty], users: Mapping[str, str],
        practice: str) -> str:
    """A party by name, else a user of the practice, else the practice itself."""
    return party_name(party_id, parties) or name_of(login, users) or practice


def step_title(step: int) -> str:
    return dutch("meldcode", STEPS[step - 1]) if 1 <= step <= len(STEPS) else f"Stap {step}"


def decision_flow(decision: Decision, users: Mapping[str, str], include_weighing: bool) -> list[Flowable]:
    """The decision at step 5; with the weighing: the afwegingskader answers, the advice and why."""
    flow: list[Flowable] = [subheading(f"Besluit ({short_date(decision.on)})")]
    facts = [("Besluit", dutch("assessment", OUTCOME_LABELS[decision.decided])),
             ("Genomen door", name_of(decision.by_login, users))]
    if include_weighing:
        for i, answer in enumerate(decision.answers):
            facts.append((f"Vraag {i + 1}", f"{dutch('assessment', QUESTIONS[i])} {'Ja' if answer else 'Nee'}."))
        facts.append(("Advies afwegingskader", dutch("assessment", OUTCOME_LABELS[decision.advised])))
        if decision.why.strip():
            facts.append(("Motivering", decision.why.strip()))
    flow.append(key_values(facts))
    return flow
