"""Every document type renders to a real A4 PDF that reads back in Dutch, with its names intact.

The builders here make an invented family ("Gezin K-2026-014") with names that need more than Latin-1;
the signing, verification and encryption tests use them too.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, date, datetime, time, timedelta

import pypdf
import pytest

from wijkzorg_desktop.documents import (
    case_timeline,
    contact_extract,
    dutch_text,
    followup_list,
    handover,
    pdf_layout,
)
from wijkzorg_desktop.documents.case_parts import InvolvedParty
from wijkzorg_desktop.documents.pdf_layout import Letterhead
from wijkzorg_desktop.domain.assessment import Outcome
from wijkzorg_desktop.domain.availability import parse_availability
from wijkzorg_desktop.domain.cases import Case, HouseholdMember, MemberRole
from wijkzorg_desktop.domain.consent import Consent, ConsentForm, ConsentStatus, Purpose, Recipient, SharingBasis
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person
from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind, FollowUpStatus
from wijkzorg_desktop.domain.involvement import EntryKind, EntryVersion, PlanItem, Promise, TimelineEntry
from wijkzorg_desktop.domain.meldcode import (
    AdviceFrom,
    AdviceRequest,
    Decision,
    StepRecord,
    VtContact,
    VtContactKind,
    VtRole,
)

NOW = datetime(2026, 3, 14, 8, 12, tzinfo=UTC)
TODAY = date(2026, 3, 14)
NAMES = ("Saënen", "Özdemir", "Şahin", "Çelik")
WEIGHING_NOTE = "Interne afweging: geen acute onveiligheid"
MOTIVATION = "Moeder staat open voor hulp via het wijkteam"


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


LETTERHEAD = Letterhead("Huisartsenpraktijk Saënen", "Dorpsstraat 12\n3991 AB Houten", "+31301234567",
                        "praktijk@saenen.example")
USERS = {"huisarts": "Marieke Saënen", "poh": "Ayşe Özdemir"}
CASE = Case("Gezin K-2026-014", summary="Zorgen om de zorg voor twee jonge kinderen bij langdurige depressie "
            "van moeder.", opened_on=ago(40), responsible_login="poh", id=7)
HOUSEHOLD = (HouseholdMember(7, MemberRole.PARENT, "Ş.Ç.", 1989, True, "104233", id=1),
             HouseholdMember(7, MemberRole.CHILD, "E.Ç.", 2019, True, id=2),
             HouseholdMember(7, MemberRole.CHILD, "M.Ç.", 2022, False, id=3))
PARTIES = (InvolvedParty("gezinsregisseur", "Emre Şahin", "Sociaal Wijkteam Houten-Zuid", "gezinsregisseur",
                         "+31612345678", "e.sahin@wijkteam.example", ago(30), ago(3), party_id=11),
           InvolvedParty("jeugdverpleegkundige", "Noor Çelik", "CJG Houten", "jeugdverpleegkundige",
                         "+31307654321", "", ago(25), ago(10), party_id=12))
STEPS = (StepRecord(7, 1, ago(40), "poh", "Kindcheck met zorgen."),
         StepRecord(7, 2, ago(30), "huisarts", "Collega en Veilig Thuis geraadpleegd."),
         StepRecord(7, 3, ago(25), "poh", "Gesprek met moeder."),
         StepRecord(7, 4, ago(20), "huisarts", WEIGHING_NOTE),
         StepRecord(7, 5, ago(18), "huisarts", "Hulp organiseren via het wijkteam."))
ADVICE = (AdviceRequest(7, AdviceFrom.SAFE_AT_HOME, ago(30), "huisarts", "Anoniem advies: hulp organiseren.", True),)
DECISIONS = (Decision(7, (True, False, True, True), Outcome.HELP, Outcome.HELP, "huisarts", ago(18), MOTIVATION),)


def handover_data(**changes: object) -> handover.HandoverData:
    data = handover.HandoverData(
        letterhead=LETTERHEAD, document_id="OVD-20260314-7KQ2MX", created=NOW, case=CASE,
        recipient=handover.Addressee("Emre Şahin", "gezinsregisseur", "Sociaal Wijkteam Houten-Zuid",
                                     "Postbus 5\n3990 DA Houten", "wijkteam@houten.example"),
        contact_person=handover.ContactPerson("Ayşe Özdemir", "POH-GGZ", "+31301234567", "a.ozdemir@saenen.example"),
        household=HOUSEHOLD, steps=STEPS, advice_requests=ADVICE,
        vt_contacts=(VtContact(7, VtContactKind.ADVICE, ago(30), VtRole.INFORMANT, "VT-2026-0042", 99,
                               summary="Advies: gesprek met moeder."),),
        decisions=DECISIONS, parties=PARTIES,
        plan=(PlanItem(7, "Huisbezoek door de gezinsregisseur", 11, due=ago(-7)),
              PlanItem(7, "Kindcheck herhalen", None, "poh", ago(-30)),
              PlanItem(7, "Aanmelding opvoedondersteuning", 12, due=ago(5))),
        promises=(Promise(7, "belt terug na het huisbezoek", ago(10), 11, due=ago(-3)),
                  Promise(7, "al afgehandelde belofte", ago(20), done_on=ago(15))),
        sharing=SharingBasis.CONSENT,
        consents=(Consent(1, Recipient("organisation", 5), Purpose.HANDOVER, ConsentStatus.GIVEN, ago(19),
                          ConsentForm.ORAL),),
        users=USERS, people={99: "Sanne de Vries"}, author="Ayşe Özdemir")
    return _replace(data, changes)


def timeline_data(entries: tuple[TimelineEntry, ...] | None = None,
                  **changes: object) -> case_timeline.CaseTimelineData:
    if entries is None:
        entries = (
            TimelineEntry(7, ago(39), EntryKind.CONVERSATION, "Gesprek met moeder over de kinderen.", "poh", id=1),
            TimelineEntry(7, ago(29), EntryKind.PARTNER_CONTACT, "Gezinsregisseur gebeld; kent het gezin nog niet.",
                          "poh", 11, history=(EntryVersion("Gebeld.", EntryKind.PARTNER_CONTACT, ago(29), "poh",
                                                           "2026-02-13T10:00:00Z"),), id=2))
    data = case_timeline.CaseTimelineData(
        letterhead=LETTERHEAD, document_id="TL-20260314-ABCDEF", created=NOW, case=CASE, household=HOUSEHOLD,
        entries=entries, steps=STEPS, advice_requests=ADVICE,
        vt_contacts=(VtContact(7, VtContactKind.REPORT, ago(12), VtRole.REPORTER, "VT-77", 99,
                               expected_feedback=ago(5), summary="Melding gedaan.", by_login="huisarts"),),
        decisions=DECISIONS, parties=PARTIES, users=USERS, people={99: "Sanne de Vries"})
    return _replace(data, changes)


def followup_data(**changes: object) -> followup_list.FollowUpListData:
    line = followup_list.FollowUpLine
    lines = (line(FollowUp("Terugbellen over het huisbezoek", FollowUpKind.CALL_BACK, "poh", ago(2), case_id=7),
                  "Gezin K-2026-014", "Emre Şahin"),
             line(FollowUp("Terugkoppeling nagaan", FollowUpKind.VT_FEEDBACK, "huisarts", ago(-3), time(9, 0)),
                  "Gezin C-2026-003", "Veilig Thuis"),
             line(FollowUp("Kindcheck herhalen bij Ş.Ç.", FollowUpKind.REPEAT_KINDCHECK, "poh", ago(-20))),
             line(FollowUp("Veiligheidsafspraken nagaan", FollowUpKind.SAFETY_MONITORING, "poh", ago(5),
                           status=FollowUpStatus.DONE, result="Afspraken worden nagekomen.")))
    data = followup_list.FollowUpListData(letterhead=LETTERHEAD, document_id="OPV-20260314-QWERTY", created=NOW,
                                          lines=lines, period_start=date(2026, 3, 1), period_end=date(2026, 3, 31),
                                          users=USERS)
    return _replace(data, changes)


def contact_data(**changes: object) -> contact_extract.ContactExtractData:
    team = Organisation("Sociaal Wijkteam Houten-Zuid", OrganisationKind.NEIGHBOURHOOD_TEAM, ("Houten",),
                        "Plein 1, Houten", "+31301112233", "", "wijkteam@houten.example", "",
                        parse_availability("ma-vr 08:30-17:00"), "Liever niet via het secretariaat", id=5)
    people = (Person("Emre Şahin", 5, "gezinsregisseur", (Channel(ChannelKind.MOBILE, "+31612345678", True),
                                                         Channel(ChannelKind.SIILO, "Emre Şahin")),
                     parse_availability("ma,di,do 09:00-17:00"), verified_on=date(2025, 1, 5), id=21),
              Person("Noor Çelik", 6, "jeugdverpleegkundige", (Channel(ChannelKind.PHONE, "+31307654321"),),
                     verified_on=date(2026, 2, 1), notes="Werkt niet op woensdag", id=22))
    data = contact_extract.ContactExtractData(letterhead=LETTERHEAD, document_id="SK-20260314-ZXCVBN", created=NOW,
                                              organisations=(team,), people=people,
                                              organisation_names={6: "CJG Houten"}, purpose="Voor de waarneming")
    return _replace(data, changes)


def _replace(data, changes):
    from dataclasses import replace

    return replace(data, **changes) if changes else data


def all_documents() -> dict[str, bytes]:
    return {"overdracht": handover.render(handover_data()), "tijdlijn": case_timeline.render(timeline_data()),
            "opvolglijst": followup_list.render(followup_data()),
            "sociale kaart": contact_extract.render(contact_data())}


def pdf_text(pdf: bytes, password: str | None = None) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Words as a reader sees them, whatever line a table cell wrapped them onto."""
    return " ".join(text.split())


def pdftotext(pdf: bytes, tmp_path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


# -- every document ----------------------------------------------------------------------------------

HEADINGS = {
    "overdracht": ["Overdrachtsdocument", "Gezin", "Samenvatting van de zorg", "Wat is er gedaan",
                   "Betrokken partijen", "Plan van aanpak", "Openstaande afspraken", "Grondslag voor het delen",
                   "Contactpersoon in de praktijk", "Emre Şahin", "Ayşe Özdemir", "Noor Çelik",
                   "Collegiale consultatie en advies Veilig Thuis"],
    "tijdlijn": ["Tijdlijn van de casus", "voor het eigen dossier", "Tijdlijn", "Gezinsregisseur gebeld",
                 "Melding bij Veilig Thuis", "Besluit: Hulp bieden of organiseren", "Ayşe Özdemir", "Noor Çelik"],
    "opvolglijst": ["Opvolglijst", "Openstaand", "Afgehandeld", "terugbellen", "kindcheck herhalen",
                    "1 maart 2026 t/m 31 maart 2026", "Emre Şahin", "Ş.Ç.", "Ayşe Özdemir"],
    "sociale kaart": ["Uittreksel sociale kaart", "Sociaal Wijkteam Houten-Zuid — Wijkteam", "Overige personen",
                      "Emre Şahin", "Noor Çelik", "CJG Houten", "Mobiel: 06 12345678 (voorkeur)", "ma-vr 08:30-17:00"],
}


@pytest.mark.parametrize("kind", list(HEADINGS))
def test_every_document_reads_back_in_dutch_with_its_names(kind, tmp_path):
    pdf = all_documents()[kind]
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = flat(pdf_text(pdf))
    for expected in [*HEADINGS[kind], "Huisartsenpraktijk Saënen", pdf_layout.CONFIDENTIAL]:
        assert expected in text, expected
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        page_text = page.extract_text()
        assert f"pagina {number} van {pages}" in page_text
        assert pdf_layout.CONFIDENTIAL in page_text
        assert "Document-id" in page_text
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)          # A4
    assert reader.metadata.title in text
    poppler = pdftotext(pdf, tmp_path)
    if poppler is not None:                # a second reader: the title, every name, the footer
        for expected in [HEADINGS[kind][0], *(n for n in NAMES if n in text), pdf_layout.CONFIDENTIAL,
                         f"pagina {pages} van {pages}"]:
            assert expected in poppler, expected


def test_the_unicode_font_is_embedded_and_every_name_survives(tmp_path):
    pdf = handover.render(handover_data(household_detail=True, full_names={1: "Şeyma Çelik-Özdemir"}))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        embedded.append(("/FontFile2" in descriptor, str(descriptor["/FontName"])))
    assert embedded and all(has_file for has_file, _ in embedded)
    assert all("DejaVuSans" in name for _, name in embedded)
    text = flat(pdf_text(pdf))
    for name in (*NAMES, "Şeyma Çelik-Özdemir", "Ayşe"):
        assert name in text


def test_a_handover_is_pseudonymised_and_keeps_the_weighing_in_by_default(tmp_path):
    text = flat(pdf_text(handover.render(handover_data(full_names={1: "Şeyma Çelik"}))))
    assert "Ş.Ç." in text and "1989" in text
    assert "Şeyma Çelik" not in text                   # a name given is not shown without the choice
    assert "104233" not in text                        # nor the HIS number
    assert "Gepseudonimiseerd" in text
    assert WEIGHING_NOTE not in text and MOTIVATION not in text
    assert "Advies afwegingskader" not in text
    assert "4. Wegen (afwegingskader)" in text          # the step reached is shown, not its weighing
    assert "Hulp bieden of organiseren" in text        # and the decision itself
    assert "al afgehandelde belofte" not in text       # only open agreements
    assert "Toestemming" in text and "gegeven" in text and "mondeling" in text


def test_a_handover_shows_more_only_when_the_user_chooses_it():
    text = flat(pdf_text(handover.render(handover_data(household_detail=True, include_weighing=True,
                                                  full_names={1: "Şeyma Çelik"}))))
    assert "Şeyma Çelik" in text and "104233" in text and "Patiënt van de praktijk" in text
    assert WEIGHING_NOTE in text and MOTIVATION in text
    assert "Is er sprake van acute of structurele onveiligheid? Nee." in text
    assert "Gepseudonimiseerd" not in text


def test_the_timeline_is_in_date_order_and_holds_back_the_weighing():
    data = timeline_data()
    events = case_timeline.events(data)
    assert [e.on for e in events] == sorted(e.on for e in events)
    text = flat(pdf_text(case_timeline.render(data)))
    assert WEIGHING_NOTE not in text and MOTIVATION not in text
    assert "Kindcheck met zorgen." in text              # other steps keep their notes in the own file
    assert "[bewerkt]" in text and "Eerder" not in text
    full = flat(pdf_text(case_timeline.render(timeline_data(include_weighing=True, show_history=True))))
    assert WEIGHING_NOTE in full and MOTIVATION in full and "Eerder (13-02-2026, Ayşe Özdemir): Gebeld." in full


def test_a_long_timeline_runs_over_many_pages_with_the_header_repeated():
    entries = tuple(TimelineEntry(7, ago(400 - i), EntryKind.CONVERSATION,
                                  f"Gesprek {i} met moeder (Çelik) over school, slaap en het netwerk.", "poh")
                    for i in range(260))
    reader = pypdf.PdfReader(io.BytesIO(case_timeline.render(timeline_data(entries=entries))))
    pages = len(reader.pages)
    assert pages >= 8
    last = reader.pages[-1].extract_text()
    assert f"pagina {pages} van {pages}" in last and "Digitale ondertekening" in last
    assert "Datum" in reader.pages[3].extract_text()       # the table header on a later page


def test_the_followup_list_of_one_user_over_a_period():
    lines = followup_data().lines
    mine = followup_list.select(lines, "poh", date(2026, 3, 1), date(2026, 3, 31))
    assert [line.followup.what for line in mine] == ["Terugbellen over het huisbezoek",
                                                    "Veiligheidsafspraken nagaan"]
    undated = followup_list.FollowUpLine(FollowUp("Ooit", FollowUpKind.OTHER, "poh"))
    assert followup_list.select((undated,), "poh", date(2026, 3, 1), date(2026, 3, 31)) == (undated,)
    text = flat(pdf_text(followup_list.render(followup_data(lines=mine, owner_login="poh"))))
    assert "Opvolging van Ayşe Özdemir" in text
    assert "Eigenaar" not in text
    assert "→ Afspraken worden nagekomen. gedaan" in text
    everyone = flat(pdf_text(followup_list.render(followup_data())))
    assert "Opvolging van de hele praktijk" in everyone and "Eigenaar" in everyone
    assert "te laat" in everyone                           # due 12 March, listed on the 14th


def test_the_contact_extract_leaves_notes_out_unless_chosen():
    plain = pdf_text(contact_extract.render(contact_data()))
    assert "Liever niet via het secretariaat" not in plain and "woensdag" not in plain
    text = flat(pdf_text(contact_extract.render(contact_data(include_notes=True))))
    assert "Liever niet via het secretariaat" in text and "Notitie: Werkt niet op woensdag" in text
    assert "05-01-2025 (controleren)" in text               # not verified for over a year


def test_dutch_dates_and_document_ids():
    assert dutch_text.long_date(date(2026, 3, 4)) == "4 maart 2026"
    assert dutch_text.long_datetime(datetime(2026, 7, 1, 10, 5, tzinfo=UTC)) == "1 juli 2026, 12:05"
    assert dutch_text.weekday_date(date(2026, 3, 13)) == "vr 13-03-2026"
    first, second = (pdf_layout.new_document_id("OVD", NOW) for _ in range(2))
    assert first.startswith("OVD-20260314-") and len(first) == len("OVD-20260314-") + 6 and first != second
