"""The demo practice's meetings: a Sociaal Wijkoverleg every two months and a weekly MDO.

The wijkoverleg has met three times (two sets of minutes final, the last one held) and meets again in
three days; its members include contacts due for checking. The MDO met a week ago and hands out actions
still in flight: a promise of maatschappelijk werk in Gezin K ("Loopt het?"), a follow-up for the
POH-GGZ due today (Vandaag, with the meeting's date), a promise of the jeugdverpleegkundige in Gezin G,
discussed herkenbaar after the parents' consent for "overleg". Dates are relative to the day the demo is
made; work is recorded as the user who would do it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from ..domain.cases import MemberRole
from ..domain.consent import Consent, ConsentForm, ConsentStatus, Purpose, Recipient
from ..domain.meetings import (
    AgendaItem,
    ItemMode,
    ItemTopic,
    Meeting,
    MeetingAction,
    MeetingDecision,
    MeetingKind,
    MeetingSeries,
    MeetingStatus,
    MemberDuty,
    Presence,
    Rhythm,
    SeriesMember,
)
from ..store import meetings as meeting_store
from ..store import users
from . import cases, consent, contacts, meeting_actions, meetings
from .session import Session

WIJKOVERLEG = "Sociaal Wijkoverleg Houten"
MDO = "MDO De Linde"


class _Demo:
    def __init__(self, session: Session) -> None:
        self.admin = session
        self.today = contacts.today(session)
        found = contacts.load_map(session)
        self.people = {p.name: p for p in found.people}
        self.orgs = {o.name: int(o.id or 0) for o in found.organisations}
        self.cases = {s.case.label[:7]: int(s.case.id or 0) for s in cases.list_cases(session)}

    def as_user(self, login: str) -> Session:
        user = users.by_login(self.admin.conn, login)
        assert user is not None
        return replace(self.admin, user=user)

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def person(self, name: str) -> int:
        return int(self.people[name].id or 0)

    def member(self, name: str, role: str) -> SeriesMember:
        return SeriesMember(person_id=self.person(name), role=role)


def _meeting(demo: _Demo, series: MeetingSeries, offset: int, at: time, absent: tuple[str, ...] = ()) -> Meeting:
    """A meeting of the series on today + ``offset``; once it is in the past, everyone came but ``absent``."""
    assistant = demo.as_user("assistent")  # the assistent keeps the dates and the attendance
    meeting = meetings.save_meeting(assistant, Meeting(int(series.id or 0), demo.day(offset), at))
    if offset < 0:
        absent_ids = {demo.person(name) for name in absent}
        for attendee in meeting_store.attendees(demo.admin.conn, int(meeting.id or 0)):
            presence = Presence.ABSENT if attendee.person_id in absent_ids else Presence.PRESENT
            meetings.put_attendee(assistant, replace(attendee, presence=presence))
    return meeting


def _item(session: Session, meeting: Meeting, topic: ItemTopic, title: str = "", *, case: int | None = None,
          question: str = "", brought_by: str = "", mode: ItemMode = ItemMode.ANONYMOUS, shared: str = "",
          internal: str = "", decisions: tuple[str, ...] = (), consulted: bool = False) -> int:
    view = meetings.put_item(session, AgendaItem(int(meeting.id or 0), topic, title, case, question, brought_by,
                                                 mode, shared, internal, colleague_consulted=consulted))
    item_id = int(view.item.id or 0)
    for text in decisions:
        meetings.put_decision(session, MeetingDecision(item_id, text))
    return item_id


def _wijkoverleg(demo: _Demo) -> int:
    gp, poh = demo.as_user("huisarts"), demo.as_user("poh")
    series = meetings.save_series(gp, MeetingSeries(
        WIJKOVERLEG, MeetingKind.NEIGHBOURHOOD, Rhythm.BIMONTHLY, "Gemeentehuis Houten, zaal 2", (
            demo.member("Ruud Visser", "wijkcoördinator gemeente"),
            demo.member("Nadia van Wijk", "wijkcoördinator ROS"),
            demo.member("Willemijn van der Linden", "wijkagent"),
            demo.member("Noor Franssen", "bemoeizorg"),
            demo.member("Eva Kaya", "jongerenwerk"),
            demo.member("Ivo Öztürk", "maatschappelijk werk"),
            SeriesMember(user_login="huisarts", role="huisarts", duty=MemberDuty.CHAIR),
            SeriesMember(user_login="poh", role="POH-GGZ", duty=MemberDuty.MINUTES))))
    at = time(14, 0)

    first = _meeting(demo, series, -182, at, absent=("Noor Franssen",))
    _item(poh, first, ItemTopic.EVALUATION, "Jaarevaluatie van de samenwerking",
          shared="Het overleg werkt; casussen vaker vooraf aanmelden.",
          decisions=("Casussen uiterlijk een week vooraf aanmelden bij de voorzitter.",))
    _item(poh, first, ItemTopic.THEME, "Eenzaamheid bij ouderen in de wijk",
          shared="Welzijn start een koffieochtend in het buurthuis.")
    meeting_actions.set_status(gp, int(first.id or 0), MeetingStatus.HELD)
    meeting_actions.set_status(gp, int(first.id or 0), MeetingStatus.FINAL)

    second = _meeting(demo, series, -121, at, absent=("Ivo Öztürk",))
    theme = _item(poh, second, ItemTopic.THEME, "Schoolverzuim in de bovenbouw",
                  shared="Leerplicht ziet meer verzuim na de zomer.",
                  decisions=("Jongerenwerk en leerplicht stemmen hun spreekuren af.",))
    done = meeting_actions.put_action(poh, MeetingAction(theme, "Spreekuren afstemmen met leerplicht",
                                                         demo.day(-100), owner_person_id=demo.person("Eva Kaya")))
    meeting_actions.complete_action(poh, int(done.action.id or 0))
    meeting_actions.set_status(gp, int(second.id or 0), MeetingStatus.HELD)
    meeting_actions.set_status(gp, int(second.id or 0), MeetingStatus.FINAL)

    third = _meeting(demo, series, -60, at)
    overlast = _item(poh, third, ItemTopic.THEME, "Overlast jongeren bij het winkelcentrum",
                     shared="Groep van ongeveer tien jongeren, 's avonds; winkeliers voelen zich onveilig.",
                     decisions=("Jongerenwerk gaat twee avonden per week in gesprek met de groep.",
                                "De wijkagent loopt in dezelfde weken vaker langs."))
    meeting_actions.put_action(poh, MeetingAction(overlast, "Avondrondes met het jongerenwerk plannen",
                                                  demo.day(-30),
                                                  owner_person_id=demo.person("Willemijn van der Linden")))
    _item(poh, third, ItemTopic.CONTACT_MAP, "Nieuwe wijkagent",
          shared="Willemijn van der Linden is de wijkagent voor Houten-Zuid; bereikbaar via het basisteam.")
    _item(gp, third, ItemTopic.CASE, case=demo.cases["Gezin K"],
          question="Hoe houden we zicht op een gezin met geweld en een depressieve ouder als er veel hulp is?",
          brought_by="huisarts",
          shared="Veel partners betrokken; niet iedereen weet wie de regie heeft.",
          internal="Veiligheidsafspraken via Veilig Thuis lopen; POH ziet moeder.",
          decisions=("De gezinsregisseur van het wijkteam houdt de regie.",
                     "Evaluatie in het volgende wijkoverleg."))
    meeting_actions.set_status(gp, int(third.id or 0), MeetingStatus.HELD)

    fourth = _meeting(demo, series, 3, at)
    _item(gp, fourth, ItemTopic.THEME, "Evaluatie aanpak overlast winkelcentrum",
          question="Is de overlast minder sinds de avondrondes?", brought_by="wijkcoördinator gemeente")
    _item(gp, fourth, ItemTopic.CONTACT_MAP, "Wie is wie: nieuwe gezichten in het jongerenwerk")
    return 4


def _mdo(demo: _Demo) -> int:
    gp, poh = demo.as_user("huisarts"), demo.as_user("poh")
    series = meetings.save_series(gp, MeetingSeries(
        MDO, MeetingKind.MULTIDISCIPLINARY, Rhythm.WEEKLY, "Praktijk, spreekkamer 3", (
            SeriesMember(user_login="huisarts", role="huisarts", duty=MemberDuty.CHAIR),
            SeriesMember(user_login="poh", role="POH-GGZ", duty=MemberDuty.MINUTES),
            demo.member("Chantal Huisman", "maatschappelijk werk"),
            demo.member("Petra Mulder", "CJG"))))
    at = time(12, 30)
    held = _meeting(demo, series, -7, at)

    gezin_k = _item(gp, held, ItemTopic.CASE, case=demo.cases["Gezin K"],
                    question="Kan het maatschappelijk werk vader een eigen gesprek aanbieden?",
                    brought_by="huisarts",
                    shared="Vader staat open voor hulp; moeder wil niet bij dat gesprek zijn.",
                    internal="Moeder vertelde de POH dat vader het gesprek afhoudt als zij erbij is.",
                    decisions=("Maatschappelijk werk biedt vader een eigen gesprek aan.",
                               "De POH-GGZ bespreekt het met moeder."))
    meeting_actions.put_action(poh, MeetingAction(gezin_k, "Vader uitnodigen voor een gesprek", demo.day(5),
                                                  owner_person_id=demo.person("Chantal Huisman")))
    meeting_actions.put_action(poh, MeetingAction(gezin_k, "Met moeder het gesprek van vader voorbespreken",
                                                  demo.day(0), owner_login="poh"))

    case_g = demo.cases["Gezin G"]
    amw = Recipient("organisation", demo.orgs["Maatschappelijk Werk Kromme Rijn"])
    for member in cases.open_case(poh, case_g).members:
        if member.role == MemberRole.PARENT:
            consent.add_consent(poh, case_g, Consent(int(member.id or 0), amw, Purpose.MEETING, ConsentStatus.GIVEN,
                                                     demo.day(-7), ConsentForm.ORAL,
                                                     note="Mogen besproken worden in het MDO."))
    gezin_g = _item(poh, held, ItemTopic.CASE, case=case_g, mode=ItemMode.IDENTIFIABLE, consulted=True,
                    question="Wat heeft moeder nodig naast de extra huisbezoeken?", brought_by="POH-GGZ",
                    shared="Moeder is somber en slaapt slecht; de baby groeit langzaam.",
                    internal="Overweeg verwijzing naar de GGZ als het niet verbetert.",
                    decisions=("Het CJG komt wekelijks langs tot de baby weer groeit.",))
    meeting_actions.put_action(poh, MeetingAction(gezin_g, "Groei na twee weken terugmelden aan de POH-GGZ",
                                                  demo.day(4), owner_person_id=demo.person("Petra Mulder")))
    meeting_actions.set_status(gp, int(held.id or 0), MeetingStatus.HELD)

    _meeting(demo, series, 0, at)
    return 2


def fill(session: Session) -> int:
    """Add the demo meetings to an open demo vault with its contact map and cases; returns the meeting count."""
    demo = _Demo(session)
    return _wijkoverleg(demo) + _mdo(demo)
