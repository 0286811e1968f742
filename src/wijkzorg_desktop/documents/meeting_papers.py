"""The papers of a meeting: the agenda beforehand and the verslag afterwards, A4 and signed like every other
document of the practice.

What may leave the practice is decided by what the data holds: an item has no field for the internal notes
or a weighing, so they cannot reach a partner by construction; the household of a case appears only on an
item discussed herkenbaar, and never on the agenda (pseudonyms and questions only). A copy for one attendee
("Kopie voor …") holds only the items the service chose for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from reportlab.platypus import Flowable

from ..domain.availability import AMSTERDAM
from ..domain.meetings import ActionState, ItemMode, ItemTopic, MeetingKind, MeetingStatus, Presence
from .dutch_text import long_date
from .pdf_layout import (
    DocumentInfo,
    Letterhead,
    build,
    heading,
    keep,
    key_values,
    nothing,
    para,
    styles,
    subheading,
    table,
    title_block,
)

AGENDA_TITLE = "Agenda"
AGENDA_PREFIX = "AGD"
MINUTES_TITLE = "Verslag"
MINUTES_PREFIX = "VSL"

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
KINDS = {MeetingKind.NEIGHBOURHOOD: "Sociaal wijkoverleg", MeetingKind.NEIGHBOURHOOD_YOUTH: "Wijkoverleg jeugd",
         MeetingKind.MULTIDISCIPLINARY: "Multidisciplinair overleg (MDO)",
         MeetingKind.GP_AND_PARTNERS: "Huisartsenoverleg met partners", MeetingKind.INTERNAL: "Intern overleg"}
TOPICS = {ItemTopic.CASE: "Casus", ItemTopic.THEME: "Thema", ItemTopic.CONTACT_MAP: "Sociale kaart",
          ItemTopic.EVALUATION: "Jaarevaluatie"}
MODES = {ItemMode.ANONYMOUS: "anoniem besproken", ItemMode.IDENTIFIABLE: "herkenbaar besproken"}
STATES = {ActionState.OPEN: "open", ActionState.DONE: "gedaan", ActionState.DROPPED: "vervallen"}

AGENDA_NOTE = ("Vertrouwelijk. Casussen staan op deze agenda alleen onder hun pseudoniem, met de vraag aan het "
               "overleg. Bespreek ze niet buiten het overleg en geef deze agenda niet door.")
MINUTES_NOTE = ("Vertrouwelijk. Dit verslag is alleen voor de deelnemers van het overleg. Casussen staan onder hun "
                "pseudoniem; een gezin wordt alleen genoemd waar het herkenbaar besproken is, met toestemming of "
                "een vastgelegde grondslag. Geef het niet door.")
COPY_NOTE = "Deze kopie voor {recipient} bevat alleen de agendapunten die met {recipient} gedeeld mogen worden."


@dataclass(frozen=True)
class PaperAttendee:
    name: str
    organisation: str = ""
    role: str = ""
    presence: Presence = Presence.EXPECTED
    replaced_by: str = ""


@dataclass(frozen=True)
class PaperAction:
    what: str
    owner: str
    due: date | None
    state: ActionState


@dataclass(frozen=True)
class PaperItem:
    number: int
    topic: ItemTopic
    heading: str                               # the case's pseudonym, or the theme
    question: str = ""
    brought_by: str = ""
    mode: ItemMode = ItemMode.ANONYMOUS
    household: tuple[str, ...] = ()            # "M.A. (ouder, 1987)"; shown only for a herkenbaar item
    shared_notes: str = ""
    decisions: tuple[str, ...] = ()
    actions: tuple[PaperAction, ...] = ()


@dataclass(frozen=True)
class MeetingPaperData:
    letterhead: Letterhead
    document_id: str
    created: datetime                          # aware
    series_name: str
    kind: MeetingKind
    on: date
    at: time | None
    place: str
    status: MeetingStatus
    chair: str
    minute_taker: str
    attendees: tuple[PaperAttendee, ...]
    items: tuple[PaperItem, ...]
    next_meeting: date | None
    recipient: str = ""                        # a copy for one attendee; "" for every participant
    author: str = ""
    next_at: time | None = None


def full_date(day: date, at: time | None = None) -> str:
    """``donderdag 12 maart 2026, 14:00``"""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}" + (f", {at:%H:%M}" if at else "")


def _facts(data: MeetingPaperData) -> list[tuple[str, str]]:
    facts = [("Overleg", data.series_name), ("Soort overleg", KINDS[data.kind]),
             ("Wanneer", full_date(data.on, data.at))]
    if data.place:
        facts.append(("Plaats", data.place))
    if data.chair:
        facts.append(("Voorzitter", data.chair))
    if data.minute_taker:
        facts.append(("Notulist", data.minute_taker))
    if data.recipient:
        facts.append(("Kopie voor", data.recipient))
    return facts


def _opening(data: MeetingPaperData, title: str, subtitle: str, note: str) -> tuple[DocumentInfo, list[Flowable]]:
    info = DocumentInfo(title, data.letterhead, data.document_id, data.created, subtitle=subtitle, author=data.author)
    story: list[Flowable] = title_block(info, _facts(data))
    story.append(para(note, styles().subheading))
    if data.recipient:
        story.append(para(COPY_NOTE.format(recipient=data.recipient), styles().muted))
    return info, story


def _item_title(item: PaperItem) -> str:
    return f"{item.number}. {item.heading or TOPICS[item.topic]}"


def _item_kind(item: PaperItem) -> str:
    if item.topic == ItemTopic.CASE:
        return f"{TOPICS[item.topic]}, {MODES[item.mode]}"
    return TOPICS[item.topic]


def _people(attendees: list[PaperAttendee], replaced: bool = False) -> Flowable:
    if replaced:
        rows = [[a.name, a.organisation, a.role, a.replaced_by] for a in attendees]
        return table(["Naam", "Organisatie", "Rol", "Vervangen door"], rows, [40, 45, 40, 40])
    return table(["Naam", "Organisatie", "Rol"], [[a.name, a.organisation, a.role] for a in attendees], [45, 60, 55])


# -- the agenda ---------------------------------------------------------------------------------------

def render_agenda(data: MeetingPaperData) -> bytes:
    """Who is expected and what will be discussed: per item its pseudonym or theme, the question to the
    meeting and who brings it in. No notes, no household."""
    info, story = _opening(data, AGENDA_TITLE, f"{data.series_name} — {full_date(data.on, data.at)}", AGENDA_NOTE)
    coming = [a for a in data.attendees if a.presence not in (Presence.ABSENT, Presence.REPLACED)]
    story += heading("Verwacht")
    story.append(_people(coming) if coming else nothing("Nog niemand uitgenodigd."))
    replaced = [a for a in data.attendees if a.presence == Presence.REPLACED]
    if replaced:
        story.append(subheading("Vervangen"))
        story.append(_people(replaced, replaced=True))
    away = [a for a in data.attendees if a.presence == Presence.ABSENT]
    if away:
        story.append(subheading("Afgemeld"))
        story.append(_people(away))
    story += heading("Agendapunten")
    if not data.items:
        story.append(nothing("Nog geen agendapunten."))
    for item in data.items:
        facts = [("Soort", _item_kind(item))]
        if item.question.strip():
            facts.append(("Vraag aan het overleg", item.question.strip()))
        if item.brought_by.strip():
            facts.append(("Ingebracht door", item.brought_by.strip()))
        story.append(keep(subheading(_item_title(item)), key_values(facts)))
    if data.next_meeting:
        story += heading("Volgend overleg")
        story.append(para(full_date(data.next_meeting, data.next_at)))
    return build(info, story)


# -- the verslag --------------------------------------------------------------------------------------

def render_minutes(data: MeetingPaperData) -> bytes:
    """Attendance, then per item what was shared in the meeting, the decisions and the actions (who, by
    when, how far), and the next meeting. A verslag that is not yet final says so in its subtitle."""
    when = f"{data.series_name} — {full_date(data.on, data.at)}"
    subtitle = when if data.status == MeetingStatus.FINAL else f"Concept-verslag — {when}"
    info, story = _opening(data, MINUTES_TITLE, subtitle, MINUTES_NOTE)
    story += _attendance(data.attendees)
    story += heading("Agendapunten")
    if not data.items:
        story.append(nothing("Geen agendapunten besproken."))
    today = data.created.astimezone(AMSTERDAM).date()
    for item in data.items:
        story += _minutes_item(item, today)
    story += heading("Volgend overleg")
    story.append(para(full_date(data.next_meeting, data.next_at)) if data.next_meeting
                 else nothing("Nog niet gepland."))
    return build(info, story)


def _attendance(attendees: tuple[PaperAttendee, ...]) -> list[Flowable]:
    flow: list[Flowable] = heading("Aanwezigheid")
    groups = ((Presence.PRESENT, "Aanwezig", "Niemand als aanwezig vastgelegd."),
              (Presence.REPLACED, "Vervangen", ""), (Presence.ABSENT, "Afwezig", "Niemand afwezig."),
              (Presence.EXPECTED, "Aanwezigheid niet vastgelegd", ""))
    for presence, title, empty in groups:
        found = [a for a in attendees if a.presence == presence]
        if not found and not empty:
            continue
        flow.append(subheading(title))
        flow.append(_people(found, presence == Presence.REPLACED) if found else nothing(empty))
    return flow


def _minutes_item(item: PaperItem, today: date) -> list[Flowable]:
    facts = [("Soort", _item_kind(item))]
    if item.mode == ItemMode.IDENTIFIABLE and item.household:
        facts.append(("Gezin", "; ".join(item.household)))
    if item.question.strip():
        facts.append(("Vraag aan het overleg", item.question.strip()))
    if item.brought_by.strip():
        facts.append(("Ingebracht door", item.brought_by.strip()))
    flow: list[Flowable] = [keep(subheading(_item_title(item)), key_values(facts))]
    if item.shared_notes.strip():
        flow.append(keep(subheading("Gedeeld in het overleg"), para(item.shared_notes.strip())))
    decisions = [d.strip() for d in item.decisions if d.strip()]
    flow.append(keep(subheading("Besluiten"), para("\n".join(f"• {d}" for d in decisions)) if decisions
                     else nothing("Geen besluiten.")))
    if item.actions:
        rows = [[a.what, a.owner, long_date(a.due) or "geen datum", _state(a, today)] for a in item.actions]
        flow.append(keep(subheading("Acties"), table(["Wat", "Wie", "Wanneer", "Stand"], rows, [75, 40, 30, 20])))
    else:
        flow.append(keep(subheading("Acties"), nothing("Geen acties.")))
    return flow


def _state(action: PaperAction, today: date) -> str:
    if action.state == ActionState.OPEN and action.due is not None and action.due < today:
        return "te laat"
    return STATES[action.state]
