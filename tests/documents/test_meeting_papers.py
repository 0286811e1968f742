"""The agenda and the verslag of a meeting, rendered from hand-made data and read back as a partner would: the
Dutch headings, the attendance, the decisions and actions, the pseudonyms; a household only where the item was
discussed herkenbaar, and never on the agenda."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pypdf
import pytest
from test_pdf_documents import LETTERHEAD, flat, pdf_text, pdftotext
from test_pdf_signing import pdfsig, pyhanko_status

from wijkzorg_desktop.documents import meeting_papers, pdf_layout, practice_certificate, signing
from wijkzorg_desktop.documents.meeting_papers import MeetingPaperData, PaperAction, PaperAttendee, PaperItem
from wijkzorg_desktop.domain.meetings import ActionState, ItemMode, ItemTopic, MeetingKind, MeetingStatus, Presence

NOW = datetime(2026, 3, 14, 8, 12, tzinfo=UTC)
ON = date(2026, 3, 12)
PASSWORD = "kaars-molen-tulp"

ATTENDEES = (
    PaperAttendee("Ruud Visser", "Gemeente Houten", "wijkcoördinator gemeente", Presence.PRESENT),
    PaperAttendee("Willemijn van der Linden", "Politie Houten", "wijkagent", Presence.ABSENT),
    PaperAttendee("Ivo Öztürk", "AMW Kromme Rijn", "maatschappelijk werk", Presence.REPLACED, "Chantal Huisman"),
    PaperAttendee("Ayşe Özdemir", "Huisartsenpraktijk Saënen", "notulist", Presence.PRESENT),
)
ITEMS = (
    PaperItem(1, ItemTopic.CASE, "Gezin K-2026-014", "Wie pakt de regie bij dit gezin?", "POH-GGZ",
              shared_notes="Wijkteam is al betrokken; school meldt verzuim.",
              decisions=("Wijkteam neemt de regie", "Over zes weken terug op de agenda"),
              actions=(PaperAction("Huisbezoek plannen", "Chantal Huisman", date(2026, 3, 20), ActionState.OPEN),
                       PaperAction("Terugbellen moeder", "Ayşe Özdemir", date(2026, 3, 1), ActionState.OPEN),
                       PaperAction("School bellen", "Ruud Visser", date(2026, 3, 13), ActionState.DONE))),
    PaperItem(2, ItemTopic.CASE, "Gezin G-2026-007", "Is opvoedondersteuning passend?", "huisarts",
              ItemMode.IDENTIFIABLE, ("B.G. (ouder, 1984)", "T.G. (kind, 2015)"),
              shared_notes="Ouders stemden in met bespreking.", decisions=("CJG biedt opvoedondersteuning aan",)),
    PaperItem(3, ItemTopic.THEME, "Overlast jongeren bij het winkelcentrum", "Wat kan het jongerenwerk doen?"),
)


def data(**changes: object) -> MeetingPaperData:
    made = MeetingPaperData(
        letterhead=LETTERHEAD, document_id="VSL-20260314-7KQ2MX", created=NOW, series_name="Sociaal Wijkoverleg Houten",
        kind=MeetingKind.NEIGHBOURHOOD, on=ON, at=time(14, 0), place="Gemeentehuis Houten, zaal 2",
        status=MeetingStatus.HELD, chair="Marieke Saënen", minute_taker="Ayşe Özdemir", attendees=ATTENDEES,
        items=ITEMS, next_meeting=date(2026, 5, 14), author="Ayşe Özdemir")
    return replace(made, **changes) if changes else made


def test_the_verslag_reads_back_with_attendance_decisions_and_actions(tmp_path):
    pdf = meeting_papers.render_minutes(data())
    for text in (flat(pdf_text(pdf)), flat(pdftotext(pdf, tmp_path) or pdf_text(pdf))):
        for expected in ("Verslag", "Concept-verslag", "Sociaal Wijkoverleg Houten", "donderdag 12 maart 2026, 14:00",
                         "Aanwezigheid", "Aanwezig", "Ruud Visser", "Vervangen door", "Chantal Huisman", "Afwezig",
                         "Willemijn van der Linden", "Agendapunten", "1. Gezin K-2026-014", "Vraag aan het overleg",
                         "Wie pakt de regie bij dit gezin?", "Gedeeld in het overleg", "school meldt verzuim",
                         "Besluiten", "Wijkteam neemt de regie", "Acties", "Huisbezoek plannen", "20 maart 2026",
                         "te laat", "gedaan", "2. Gezin G-2026-007", "B.G. (ouder, 1984)",
                         "3. Overlast jongeren bij het winkelcentrum", "Volgend overleg", "donderdag 14 mei 2026",
                         "Vertrouwelijk", pdf_layout.CONFIDENTIAL, "Document-id VSL-20260314-7KQ2MX",
                         "Huisartsenpraktijk Saënen"):
            assert expected in text, expected
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert all(abs(float(p.mediabox.width) - 595.28) < 1 for p in reader.pages)
    assert f"pagina {len(reader.pages)} van {len(reader.pages)}" in reader.pages[-1].extract_text()


def test_a_final_verslag_is_no_concept_and_a_copy_names_its_recipient():
    text = flat(pdf_text(meeting_papers.render_minutes(data(status=MeetingStatus.FINAL, recipient="Ruud Visser"))))
    assert "Concept-verslag" not in text
    assert "Kopie voor Ruud Visser" in text
    assert "Deze kopie voor Ruud Visser bevat alleen de agendapunten" in text


def test_the_household_of_an_anonymous_item_never_shows():
    leaked = replace(ITEMS[0], household=("M.A. (ouder, 1987)",))   # even when the data holds it by mistake
    text = flat(pdf_text(meeting_papers.render_minutes(data(items=(leaked,)))))
    assert "M.A." not in text and "1987" not in text


def test_the_agenda_has_pseudonyms_and_questions_only(tmp_path):
    pdf = meeting_papers.render_agenda(data(status=MeetingStatus.PLANNED, document_id="AGD-20260314-ABCDEF"))
    text = flat(pdftotext(pdf, tmp_path) or pdf_text(pdf))
    for expected in ("Agenda", "Vertrouwelijk", "Plaats", "Gemeentehuis Houten, zaal 2", "Verwacht", "Ruud Visser",
                     "Ivo Öztürk", "Afgemeld", "Willemijn van der Linden", "1. Gezin K-2026-014",
                     "Vraag aan het overleg", "Wie pakt de regie bij dit gezin?", "Ingebracht door", "POH-GGZ",
                     "2. Gezin G-2026-007", "Overlast jongeren bij het winkelcentrum", "Volgend overleg"):
        assert expected in text, expected
    for absent in ("B.G.", "1984", "school meldt verzuim", "Wijkteam neemt de regie", "Huisbezoek plannen",
                   "Besluiten", "Gedeeld in het overleg"):
        assert absent not in text, absent


def test_a_long_agenda_runs_over_pages_with_the_running_header():
    items = tuple(PaperItem(n, ItemTopic.CASE, f"Gezin X-2026-{n:03d}", f"Vraag {n}: wie doet wat bij dit gezin, en "
                            "wanneer horen we terug van school en wijkteam?", "POH-GGZ") for n in range(1, 61))
    reader = pypdf.PdfReader(io.BytesIO(meeting_papers.render_agenda(data(items=items))))
    pages = len(reader.pages)
    assert pages >= 3
    assert "Huisartsenpraktijk Saënen" in reader.pages[1].extract_text() and "Agenda" in reader.pages[1].extract_text()
    last = reader.pages[-1].extract_text()
    assert f"pagina {pages} van {pages}" in last and "Digitale ondertekening" in last
    assert "Gezin X-2026-060" in flat(pdf_text(meeting_papers.render_agenda(data(items=items))))


def test_a_long_actions_table_repeats_its_header_on_the_next_page():
    actions = tuple(PaperAction(f"Actie {n}: bellen met de school over het verzuim", "Ruud Visser",
                                date(2026, 4, 1), ActionState.OPEN) for n in range(90))
    item = replace(ITEMS[0], actions=actions)
    reader = pypdf.PdfReader(io.BytesIO(meeting_papers.render_minutes(data(items=(item,)))))
    assert len(reader.pages) >= 3
    second = reader.pages[1].extract_text()
    assert "Wat" in second and "Wanneer" in second and "Stand" in second


@pytest.fixture(scope="module")
def practice():
    p12 = practice_certificate.generate("Dr. Marieke Saënen", "Huisartsenpraktijk Saënen", PASSWORD)
    return signing.Pkcs12Key(p12, PASSWORD), practice_certificate.load(p12, PASSWORD).der


@pytest.mark.parametrize("render", [meeting_papers.render_agenda, meeting_papers.render_minutes])
def test_both_papers_sign_as_pades(render, practice, tmp_path):
    key, der = practice
    stamp = signing.SignatureStamp("Verslag Sociaal Wijkoverleg Houten 12 maart 2026", document_id="VSL-1")
    signed = signing.sign(render(data()), key, stamp)
    status = pyhanko_status(signed, der)
    assert status.bottom_line and status.intact and status.valid and status.trusted
    report = pdfsig(signed, tmp_path)
    if report is not None:
        assert "Signature Validation: Signature is Valid." in report
