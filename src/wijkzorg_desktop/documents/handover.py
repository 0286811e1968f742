"""Overdrachtsdocument: a family handed over to the wijkteam (or another partner), as a letter they can act on.

What leaves the practice is kept to what the recipient needs (AVG): the household by initials and birth
years unless the user chooses more, the meldcode steps reached without the practice's own weighing
(afwegingskader answers, notes, the reasons for a decision, the conflict-of-duties weighing) unless the
user chooses to include it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from reportlab.platypus import Flowable

from ..domain.availability import AMSTERDAM
from ..domain.cases import Case, HouseholdMember
from ..domain.consent import (
    BASIS_LABELS,
    STATUS_LABELS,
    Consent,
    SharingBasis,
    Weighing,
)
from ..domain.involvement import PlanItem, Promise
from ..domain.meldcode import (
    ADVICE_FROM_LABELS,
    VT_KIND_LABELS,
    VT_ROLE_LABELS,
    AdviceRequest,
    Decision,
    StepRecord,
    VtContact,
)
from .case_parts import (
    InvolvedParty,
    decision_flow,
    household_table,
    member_label,
    parties_table,
    step_title,
    who,
)
from .dutch_text import display_phone, dutch, long_date, name_of, short_date
from .pdf_layout import (
    DocumentInfo,
    Letterhead,
    build,
    heading,
    key_values,
    nothing,
    para,
    styles,
    subheading,
    table,
    title_block,
)

TITLE = "Overdrachtsdocument"
DOCUMENT_PREFIX = "OVD"


@dataclass(frozen=True)
class Addressee:
    name: str
    function: str = ""
    organisation: str = ""
    address: str = ""              # lines separated by newlines
    email: str = ""                # secure e-mail


@dataclass(frozen=True)
class ContactPerson:
    """Who at the practice the recipient can call about this family."""

    name: str
    function: str = ""             # "huisarts", "POH-GGZ"
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class HandoverData:
    letterhead: Letterhead
    document_id: str
    created: datetime                               # aware
    case: Case
    recipient: Addressee
    contact_person: ContactPerson
    household: tuple[HouseholdMember, ...] = ()
    concern: str = ""                               # summary of the concern; empty: the case's summary
    steps: tuple[StepRecord, ...] = ()
    advice_requests: tuple[AdviceRequest, ...] = ()
    vt_contacts: tuple[VtContact, ...] = ()
    decisions: tuple[Decision, ...] = ()
    parties: tuple[InvolvedParty, ...] = ()
    plan: tuple[PlanItem, ...] = ()
    promises: tuple[Promise, ...] = ()              # the open ones are shown
    sharing: SharingBasis | None = None             # from consent.may_share
    consents: tuple[Consent, ...] = ()              # the consents that allow it (for SharingBasis.CONSENT)
    weighing: Weighing | None = None                # conflict van plichten; shown only with include_weighing
    users: Mapping[str, str] = field(default_factory=dict)          # login -> name
    people: Mapping[int, str] = field(default_factory=dict)         # sociale-kaart person id -> name
    household_detail: bool = False
    full_names: Mapping[int, str] = field(default_factory=dict)     # member id -> name, for this document only
    include_weighing: bool = False
    remarks: str = ""                               # a closing note by the sender
    author: str = ""


def render(data: HandoverData) -> bytes:
    to = data.recipient.organisation or data.recipient.name
    info = DocumentInfo(TITLE, data.letterhead, data.document_id, data.created,
                        subtitle=f"{data.case.label} — overdracht aan {to}", author=data.author)
    story: list[Flowable] = title_block(info, [("Casus", data.case.label)])
    story += _addressee(data)
    story += heading("Gezin")
    story.append(household_table(data.household, _today(data), data.household_detail, data.full_names))
    if not data.household_detail:
        story.append(para("Gepseudonimiseerd: alleen initialen en geboortejaren.", styles().small))
    story += heading("Samenvatting van de zorg")
    concern = data.concern.strip() or data.case.summary.strip()
    story.append(para(concern) if concern else nothing("Geen samenvatting vastgelegd."))
    story += heading("Wat is er gedaan")
    story += _done(data)
    story += heading("Betrokken partijen")
    story.append(parties_table(data.parties))
    story += heading("Plan van aanpak")
    story.append(_plan(data))
    story += heading("Openstaande afspraken")
    story.append(_promises(data))
    story += heading("Grondslag voor het delen")
    story += _basis(data)
    story += heading("Contactpersoon in de praktijk")
    story.append(_contact(data.contact_person))
    if data.remarks.strip():
        story += heading("Toelichting")
        story.append(para(data.remarks.strip()))
    return build(info, story)


def _today(data: HandoverData):
    return data.created.astimezone(AMSTERDAM).date()


def _addressee(data: HandoverData) -> list[Flowable]:
    r = data.recipient
    lines = [r.name + (f", {r.function}" if r.function else ""), r.organisation, *r.address.splitlines(), r.email]
    return [subheading("Aan"), para("\n".join(line for line in lines if line.strip()))]


def _done(data: HandoverData) -> list[Flowable]:
    flow: list[Flowable] = [subheading("Meldcode: bereikte stappen")]
    steps = sorted(data.steps, key=lambda s: (s.step, s.on))
    if steps:
        header = ["Stap", "Datum", "Door"] + (["Toelichting"] if data.include_weighing else [])
        widths = [70, 20, 30] + ([60] if data.include_weighing else [])
        rows = [[step_title(s.step), short_date(s.on), name_of(s.by_login, data.users)]
                + ([s.notes] if data.include_weighing else []) for s in steps]
        flow.append(table(header, rows, widths))
    else:
        flow.append(nothing("Nog geen stappen van de meldcode gezet."))
    if data.advice_requests:
        flow.append(subheading("Advies en consultatie"))
        rows = [[short_date(a.on), dutch("meldcode", ADVICE_FROM_LABELS[a.source]), "ja" if a.anonymous else "nee"]
                + ([a.summary] if data.include_weighing else []) for a in sorted(data.advice_requests, key=_on)]
        header = ["Datum", "Bij", "Anoniem"] + (["Advies"] if data.include_weighing else [])
        flow.append(table(header, rows, [20, 35, 20] + ([85] if data.include_weighing else [])))
    if data.vt_contacts:
        flow.append(subheading("Veilig Thuis"))
        rows = []
        for c in sorted(data.vt_contacts, key=_on):
            manager = data.people.get(c.case_manager_id, "") if c.case_manager_id is not None else ""
            feedback = (f"ontvangen {short_date(c.received_on)}" if c.received_on
                        else f"verwacht {short_date(c.expected_feedback)}" if c.expected_feedback else "")
            rows.append([short_date(c.on), dutch("meldcode", VT_KIND_LABELS[c.kind]),
                         dutch("meldcode", VT_ROLE_LABELS[c.role]), c.reference, manager, feedback]
                        + ([c.summary] if data.include_weighing else []))
        header = ["Datum", "Soort", "Onze rol", "Referentie", "Procesregisseur", "Terugkoppeling"]
        widths = [18, 18, 18, 22, 28, 26]
        if data.include_weighing:
            header, widths = [*header, "Samenvatting"], [*widths, 40]
        flow.append(table(header, rows, widths))
    for decision in sorted(data.decisions, key=_on):
        flow += decision_flow(decision, data.users, data.include_weighing)
    return flow


def _on(item: AdviceRequest | VtContact | Decision):
    return item.on


def _plan(data: HandoverData) -> Flowable:
    if not data.plan:
        return nothing("Nog geen plan van aanpak vastgelegd.")
    today = _today(data)
    rows = []
    for item in sorted(data.plan, key=lambda p: (p.done_on is not None, p.due or today.max)):
        status = (f"afgerond {short_date(item.done_on)}" if item.done_on else
                  "te laat" if item.overdue(today) else "loopt")
        rows.append([item.text, who(item.party_id, item.owner_login, data.parties, data.users,
                                    data.letterhead.practice_name), short_date(item.due), status])
    return table(["Wat", "Wie", "Uiterlijk", "Stand"], rows, [80, 40, 20, 22])


def _promises(data: HandoverData) -> Flowable:
    open_ones = sorted((p for p in data.promises if p.done_on is None), key=lambda p: (p.due or p.made_on))
    if not open_ones:
        return nothing("Geen openstaande afspraken.")
    rows = [[p.text, who(p.party_id, p.owner_login, data.parties, data.users, data.letterhead.practice_name),
             short_date(p.made_on), short_date(p.due)] for p in open_ones]
    return table(["Afspraak", "Wie", "Gemaakt op", "Uiterlijk"], rows, [80, 40, 20, 20])


def _basis(data: HandoverData) -> list[Flowable]:
    if data.sharing is None:
        return [nothing("Geen grondslag vastgelegd.")]
    flow: list[Flowable] = [para(dutch("consent", BASIS_LABELS[data.sharing]).capitalize() + ".")]
    if data.sharing == SharingBasis.CONSENT and data.consents:
        members = {m.id: m for m in data.household}
        rows = []
        for c in sorted(data.consents, key=lambda c: c.on):
            member = members.get(c.member_id)
            label = member_label(member, data.household_detail, data.full_names) if member else ""
            rows.append([label, dutch("consent", STATUS_LABELS[c.status]), long_date(c.on),
                         c.form.value if c.form else ""])
        flow.append(table(["Gezinslid", "Toestemming", "Datum", "Vorm"], rows, [40, 30, 30, 30]))
    if data.sharing == SharingBasis.CONFLICT_OF_DUTIES and data.include_weighing and data.weighing:
        w = data.weighing
        flow.append(key_values([
            ("Ernstig belang", w.serious_interest), ("Andere weg", w.other_way),
            ("Waarom geen toestemming", w.why_no_consent),
            ("Weegt zwaarder dan het beroepsgeheim", "ja" if w.outweighs else "nee"),
            ("Welke informatie aan wie", w.what_to_whom)]))
    return flow


def _contact(person: ContactPerson) -> Flowable:
    facts = [("Naam", person.name)]
    if person.function:
        facts.append(("Functie", person.function))
    if person.phone:
        facts.append(("Telefoon", display_phone(person.phone)))
    if person.email:
        facts.append(("E-mail", person.email))
    return key_values(facts)
