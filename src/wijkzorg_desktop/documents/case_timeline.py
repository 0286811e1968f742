"""Tijdlijn van een casus, for the practice's own file: every dated thing in one list, oldest first.

Timeline entries, meldcode steps, advice requests, Veilig Thuis contacts (and the terugkoppeling when it
came) and decisions. The weighing (step 4's notes, the afwegingskader answers and the reasons for a
decision) only when the user chooses it; earlier versions of edited entries only when asked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.platypus import Flowable

from ..domain.assessment import OUTCOME_LABELS, QUESTIONS
from ..domain.availability import AMSTERDAM
from ..domain.cases import STATUS_LABELS, Case, HouseholdMember
from ..domain.involvement import ENTRY_KIND_LABELS, TimelineEntry
from ..domain.meldcode import (
    ADVICE_FROM_LABELS,
    VT_KIND_LABELS,
    VT_ROLE_LABELS,
    AdviceFrom,
    AdviceRequest,
    Decision,
    StepRecord,
    VtContact,
)
from .case_parts import InvolvedParty, household_table, parties_table, party_name, step_title
from .dutch_text import dutch, long_date, name_of, short_date
from .pdf_layout import (
    DocumentInfo,
    Letterhead,
    build,
    heading,
    nothing,
    para,
    styles,
    table,
    title_block,
)

TITLE = "Tijdlijn van de casus"
DOCUMENT_PREFIX = "TL"
WEIGHING_STEP = 4


@dataclass(frozen=True)
class CaseTimelineData:
    letterhead: Letterhead
    document_id: str
    created: datetime                               # aware
    case: Case
    household: tuple[HouseholdMember, ...] = ()
    entries: tuple[TimelineEntry, ...] = ()
    steps: tuple[StepRecord, ...] = ()
    advice_requests: tuple[AdviceRequest, ...] = ()
    vt_contacts: tuple[VtContact, ...] = ()
    decisions: tuple[Decision, ...] = ()
    parties: tuple[InvolvedParty, ...] = ()
    users: Mapping[str, str] = field(default_factory=dict)          # login -> name
    people: Mapping[int, str] = field(default_factory=dict)         # sociale-kaart person id -> name
    household_detail: bool = False
    full_names: Mapping[int, str] = field(default_factory=dict)
    include_weighing: bool = False
    show_history: bool = False
    author: str = ""


@dataclass(frozen=True)
class Event:
    on: date
    kind: str
    what: str
    by: str
    order: int = 0          # same day: entries, then steps, advice, Veilig Thuis, decisions


def render(data: CaseTimelineData) -> bytes:
    case = data.case
    info = DocumentInfo(TITLE, data.letterhead, data.document_id, data.created,
                        subtitle=f"{case.label} — voor het eigen dossier van de praktijk", author=data.author)
    facts = [("Casus", case.label), ("Status", dutch("cases", STATUS_LABELS[case.status])),
             ("Geopend op", long_date(case.opened_on) or "onbekend")]
    if case.closed_on:
        reason = f" — {case.close_reason}" if case.close_reason else ""
        facts.append(("Gesloten op", long_date(case.closed_on) + reason))
    if case.responsible_login:
        facts.append(("Verantwoordelijk", name_of(case.responsible_login, data.users)))
    story: list[Flowable] = title_block(info, facts)
    if case.summary.strip():
        story += heading("Samenvatting")
        story.append(para(case.summary.strip()))
    story += heading("Gezin")
    story.append(household_table(data.household, data.created.astimezone(AMSTERDAM).date(), data.household_detail,
                                 data.full_names))
    if not data.household_detail:
        story.append(para("Gepseudonimiseerd: alleen initialen en geboortejaren.", styles().small))
    story += heading("Betrokken partijen")
    story.append(parties_table(data.parties))
    story += heading("Tijdlijn")
    found = events(data)
    if found:
        rows = [[short_date(e.on), e.kind, e.what, e.by] for e in found]
        story.append(table(["Datum", "Soort", "Wat", "Wie"], rows, [21, 24, 95, 30]))
    else:
        story.append(nothing("Nog niets vastgelegd."))
    return build(info, story)


def events(data: CaseTimelineData) -> list[Event]:
    users = data.users
    found = [_entry(e, data) for e in data.entries]
    for s in data.steps:
        notes = s.notes.strip() if s.step != WEIGHING_STEP or data.include_weighing else ""
        found.append(Event(s.on, "meldcode", step_title(s.step) + (f"\n{notes}" if notes else ""),
                           name_of(s.by_login, users), 1))
    for a in data.advice_requests:
        what = f"Advies gevraagd: {dutch('meldcode', ADVICE_FROM_LABELS[a.source])}"
        if a.anonymous:
            what += " (anoniem)"
        found.append(Event(a.on, "advies", what + (f"\n{a.summary.strip()}" if a.summary.strip() else ""),
                           name_of(a.by_login, users), 2))
    for c in data.vt_contacts:
        found += _vt(c, data)
    for d in data.decisions:
        found.append(Event(d.on, "besluit", _decision(d, data.include_weighing), name_of(d.by_login, users), 4))
    return sorted(found, key=lambda e: (e.on, e.order))


def _entry(entry: TimelineEntry, data: CaseTimelineData) -> Event:
    what = entry.text.strip()
    party = party_name(entry.party_id, data.parties)
    if party:
        what = f"{what}\n(met {party})"
    if entry.edited:
        what += "\n[bewerkt]"
        if data.show_history:
            for old in entry.history:
                what += f"\nEerder ({short_date(old.on)}, {name_of(old.by_login, data.users)}): {old.text.strip()}"
    return Event(entry.on, dutch("cases", ENTRY_KIND_LABELS[entry.kind]), what,
                 name_of(entry.author_login, data.users), 0)


def _vt(contact: VtContact, data: CaseTimelineData) -> list[Event]:
    kind = dutch("meldcode", VT_KIND_LABELS[contact.kind])
    role = dutch("meldcode", VT_ROLE_LABELS[contact.role])
    what = f"{kind.capitalize()} bij {dutch('meldcode', ADVICE_FROM_LABELS[AdviceFrom.SAFE_AT_HOME])} ({role})"
    if contact.reference:
        what += f", referentie {contact.reference}"
    if contact.case_manager_id is not None and contact.case_manager_id in data.people:
        what += f"\nProcesregisseur: {data.people[contact.case_manager_id]}"
    if contact.summary.strip():
        what += f"\n{contact.summary.strip()}"
    if contact.expected_feedback and not contact.received_on:
        what += f"\nTerugkoppeling verwacht uiterlijk {short_date(contact.expected_feedback)}"
    found = [Event(contact.on, "Veilig Thuis", what, name_of(contact.by_login, data.users), 3)]
    if contact.received_on:
        found.append(Event(contact.received_on, "Veilig Thuis", "Terugkoppeling van Veilig Thuis ontvangen", "", 3))
    return found


def _decision(decision: Decision, include_weighing: bool) -> str:
    what = f"Besluit: {dutch('assessment', OUTCOME_LABELS[decision.decided])}"
    if include_weighing:
        answers = [f"{i + 1}. {dutch('assessment', QUESTIONS[i])} {'Ja' if a else 'Nee'}."
                   for i, a in enumerate(decision.answers)]
        what += "\n" + "\n".join(answers)
        what += f"\nAdvies afwegingskader: {dutch('assessment', OUTCOME_LABELS[decision.advised])}"
        if decision.why.strip():
            what += f"\nMotivering: {decision.why.strip()}"
    return what
