"""The papers of a held meeting from a real vault, signed with the practice certificate and read back: what a
partner gets to read, what never leaves the practice, per-recipient copies, and the audit of every print and
save."""

from __future__ import annotations

import hashlib
import io
import sys
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "documents"))

from meeting_papers_setup import (
    ACTION_PARTNER,
    ACTION_POH,
    DECISION_A,
    DECISION_G,
    HIDDEN_A,
    INTERNAL_A,
    INTERNAL_G,
    QUESTION_A,
    QUESTION_G,
    SHARED_A,
    SHARED_G,
    SHOWN_G,
    THEME,
    WEIGHING,
    make_held_meeting,
)
from meetings_helpers import MEETING_DAY
from test_pdf_documents import flat, pdf_text, pdftotext
from test_pdf_signing import pdfsig, pyhanko_status

from wijkzorg_desktop.documents.dutch_text import long_date
from wijkzorg_desktop.domain.audit import AuditAction, AuditFilter
from wijkzorg_desktop.domain.cases import HouseholdMember, MemberRole
from wijkzorg_desktop.domain.consent import Consent, ConsentStatus, Purpose, Recipient
from wijkzorg_desktop.domain.errors import IdentifiableRefused, InvalidValue, NotAllowed, NotAnonymous
from wijkzorg_desktop.domain.meetings import MeetingAction, MeetingDecision
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import (
    cases,
    consent,
    documents,
    meeting_actions,
    meeting_documents,
    meetings,
    practice_cert,
)
from wijkzorg_desktop.store import audit_log

NL = translator("nl")


@pytest.fixture
def held(store):
    made = make_held_meeting(store)
    yield made
    made.vault.close()


def texts(pdf: bytes, tmp_path) -> list[str]:
    """The text as pypdf and as poppler's pdftotext read it (where installed), words flattened."""
    found = [flat(pdf_text(pdf))]
    other = pdftotext(pdf, tmp_path)
    if other is not None:
        found.append(flat(other))
    return found


def assert_signed(pdf: bytes, session, tmp_path) -> None:
    status = pyhanko_status(pdf, practice_cert.current(session).certificate.der)
    assert status.bottom_line and status.intact and status.valid and status.trusted
    report = pdfsig(pdf, tmp_path)
    if report is not None:
        assert "Signature Validation: Signature is Valid." in report


def assert_a4_with_pages(pdf: bytes) -> None:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert all(abs(float(p.mediabox.width) - 595.28) < 1 and abs(float(p.mediabox.height) - 841.89) < 1
               for p in reader.pages)
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"pagina {number} van {total}" in page.extract_text()


def test_the_verslag_holds_attendance_decisions_and_actions_and_nothing_internal(held, tmp_path):
    poh = held.vault.open_as("poh")
    doc = meeting_documents.minutes(poh, held.meeting_id)
    assert (doc.kind, doc.title, doc.meeting_id) == ("meeting_minutes", "Verslag", held.meeting_id)
    assert doc.document_id.startswith("VSL-") and doc.sha256 == hashlib.sha256(doc.pdf).hexdigest()
    assert doc.recipient == "deelnemers Sociaal Wijkoverleg Houten"
    assert doc.case_labels == (held.label_a, held.label_g)
    for text in texts(doc.pdf, tmp_path):
        for expected in ("Verslag", "Concept-verslag", "Aanwezigheid", "Aanwezig", "Afwezig", "Vervangen door",
                         "Agendapunten", "Vraag aan het overleg", "Gedeeld in het overleg", "Besluiten", "Acties",
                         "Volgend overleg", "Vertrouwelijk", "Document-id", doc.document_id, "pagina 1 van",
                         "Hanna Huisarts", "Sanne Poh", "Ruud Visser", "Willemijn van der Linden", "Petra Mulder",
                         "Chantal Huisman", held.label_a, held.label_g, QUESTION_A, QUESTION_G, SHARED_A, SHARED_G,
                         DECISION_A, DECISION_G, ACTION_PARTNER, ACTION_POH, long_date(held.partner_due),
                         long_date(held.poh_due), THEME, *SHOWN_G, "Huisartsenpraktijk De Linde"):
            assert expected in text, expected
        for never in (*HIDDEN_A, INTERNAL_A, INTERNAL_G, WEIGHING, "Intern:"):
            assert never not in text, never
        # the replacement reads as such, and the absent one under Afwezig
        assert text.index("Vervangen door") < text.index("Chantal Huisman") < text.index("Afwezig") \
            < text.index("Willemijn van der Linden")
    assert_a4_with_pages(doc.pdf)
    assert_signed(doc.pdf, poh, tmp_path)


def test_the_agenda_has_pseudonyms_and_questions_only(held, tmp_path):
    poh = held.vault.open_as("poh")
    doc = meeting_documents.agenda(poh, held.meeting_id)
    assert (doc.kind, doc.title) == ("meeting_agenda", "Agenda") and doc.document_id.startswith("AGD-")
    for text in texts(doc.pdf, tmp_path):
        for expected in ("Agenda", "Vertrouwelijk", "Verwacht", "Agendapunten", "Vraag aan het overleg",
                         "Ingebracht door", held.label_a, held.label_g, QUESTION_A, QUESTION_G, THEME,
                         "Gemeentehuis, zaal 2", "Ruud Visser", "Volgend overleg", long_date(MEETING_DAY)):
            assert expected in text, expected
        for never in (*HIDDEN_A, *SHOWN_G, "B.G.", INTERNAL_A, INTERNAL_G, WEIGHING, SHARED_A, SHARED_G,
                      DECISION_A, ACTION_PARTNER):
            assert never not in text, never
    assert_a4_with_pages(doc.pdf)
    assert_signed(doc.pdf, poh, tmp_path)


def test_a_copy_leaves_out_what_its_recipient_may_not_have(held, tmp_path):
    poh = held.vault.open_as("poh")
    family_reads = len(audit_log.query(poh.conn, AuditFilter(case_id=held.label_g)))
    recipients = dict((name, aid) for aid, name in meeting_documents.copy_recipients(poh, held.meeting_id))
    assert len(audit_log.query(poh.conn, AuditFilter(case_id=held.label_g))) == family_reads  # no case opened
    assert set(recipients) == {"Hanna Huisarts", "Sanne Poh", "Ruud Visser", "Chantal Huisman"}  # not the absent
    ruud, chantal = recipients["Ruud Visser"], recipients["Chantal Huisman"]
    item = next(v.item for v in meetings.open_meeting(poh, held.meeting_id).items if v.item.id == held.item_theme)
    meetings.put_item(poh, replace(item, withheld_from=(ruud,)))

    copy = meeting_documents.minutes(poh, held.meeting_id, for_attendee=ruud)
    assert copy.recipient == "Ruud Visser" and "voor Ruud Visser" in copy.suggested_name
    text = flat(pdf_text(copy.pdf))
    assert "Kopie voor Ruud Visser" in text and held.label_g in text and SHOWN_G[0] in text
    assert THEME not in text                                      # withheld from him
    assert copy.case_labels == (held.label_a, held.label_g)
    # the paper for every participant reaches him too: it holds nothing withheld from anyone
    everyone = flat(pdf_text(meeting_documents.minutes(poh, held.meeting_id).pdf))
    assert THEME not in everyone and held.label_g in everyone

    # the family withdraws its consent toward the AMW after the meeting: the gate is asked again
    father = next(m for m in cases.open_case(poh, held.case_g).members if m.initials == "B.G.")
    consent.add_consent(poh, held.case_g, Consent(father.id, Recipient("organisation", held.amw), Purpose.MEETING,
                                                  ConsentStatus.WITHDRAWN, MEETING_DAY))
    for_chantal = meeting_documents.minutes(poh, held.meeting_id, for_attendee=chantal)
    text = flat(pdf_text(for_chantal.pdf))
    assert "Kopie voor Chantal Huisman" in text and THEME in text and held.label_a in text
    assert held.label_g not in text and "B.G." not in text and DECISION_G not in text
    assert for_chantal.case_labels == (held.label_a,)
    # the practice's own users are bound by secrecy: theirs keeps the item
    assert held.label_g in flat(pdf_text(meeting_documents.minutes(poh, held.meeting_id,
                                                                   for_attendee=recipients["Hanna Huisarts"]).pdf))
    # the verslag and the agenda for everyone can no longer go out as they are, and say why
    with pytest.raises(IdentifiableRefused) as refused:
        meeting_documents.minutes(poh, held.meeting_id)
    assert "Chantal Huisman" in refused.value.text(NL)
    with pytest.raises(IdentifiableRefused) as refused:
        meeting_documents.agenda(poh, held.meeting_id)
    assert "Chantal Huisman" in refused.value.text(NL)
    assert held.label_g not in flat(pdf_text(meeting_documents.agenda(poh, held.meeting_id,
                                                                      for_attendee=chantal).pdf))


def test_a_decision_or_action_of_an_anonymous_item_that_names_the_household_is_refused(held):
    """Decisions and actions go on the minutes: naming the household there is refused when they are
    saved, and nothing of it reaches a paper."""
    poh = held.vault.open_as("poh")
    with pytest.raises(NotAnonymous) as refused:
        meetings.put_decision(poh, MeetingDecision(held.item_a, "S.A. gaat naar de naschoolse opvang"))
    assert "S.A." in refused.value.text(NL)
    with pytest.raises(NotAnonymous) as refused:
        meeting_actions.put_action(poh, MeetingAction(held.item_a, "Opvang voor S.A. regelen", owner_login="poh"))
    assert "S.A." in refused.value.text(NL)
    assert "S.A." not in flat(pdf_text(meeting_documents.minutes(poh, held.meeting_id).pdf))


def test_a_household_member_added_later_is_caught_too(held):
    poh = held.vault.open_as("poh")
    item = next(v.item for v in meetings.open_meeting(poh, held.meeting_id).items if v.item.id == held.item_a)
    meetings.put_item(poh, replace(item, question=item.question + " Oma (1950) helpt mee."))   # nobody of 1950 yet
    meeting_documents.agenda(poh, held.meeting_id)
    cases.put_member(poh, HouseholdMember(held.vault.case_id, MemberRole.OTHER, "W.A.", 1950))
    with pytest.raises(NotAnonymous) as refused:
        meeting_documents.agenda(poh, held.meeting_id)
    assert "1950" in refused.value.text(NL)


def test_printing_and_saving_are_audited_with_the_meeting_and_each_case(held):
    poh = held.vault.open_as("poh")
    doc = meeting_documents.minutes(poh, held.meeting_id)
    documents.record(poh, doc, "print", "Praktijkprinter")
    documents.record(poh, doc, "export", "/tmp/verslag.pdf")
    found = [r for r in audit_log.query(poh.conn, AuditFilter(object_text=doc.document_id))]
    assert {r.action for r in found} == {AuditAction.PRINT, AuditAction.EXPORT}
    assert len(found) == 6                                    # per action: the paper and its two cases
    for record in found:
        assert record.object_type == "document.meeting_minutes" and record.object_id == doc.document_id
        assert f"sha256 {doc.sha256}" in record.detail and "to deelnemers Sociaal Wijkoverleg Houten" in record.detail
        assert f"meeting {held.meeting_id}" in record.detail
    assert sorted(r.case_id for r in found) == sorted(["", "", held.label_a, held.label_a, held.label_g,
                                                        held.label_g])
    family = audit_log.query(poh.conn, AuditFilter(case_id=held.label_g))
    assert {(r.action, r.object_id) for r in family} >= {(AuditAction.PRINT, doc.document_id),
                                                        (AuditAction.EXPORT, doc.document_id),
                                                        (AuditAction.READ, f"{held.meeting_id}.{held.item_g}")}


def test_an_attendee_is_found_by_name_or_refused_in_dutch(held):
    poh = held.vault.open_as("poh")
    chantal = meeting_documents.attendee_named(poh, held.meeting_id, "chantal huisman")
    assert chantal == held.attendees["Chantal Huisman"]
    assert meeting_documents.attendee_named(poh, held.meeting_id, "Visser") == held.attendees["Ruud Visser"]
    with pytest.raises(InvalidValue) as unknown:
        meeting_documents.attendee_named(poh, held.meeting_id, "Willemijn van der Linden")   # absent: no copy
    assert unknown.value.text(NL) == ("Kopie voor is niet geldig: geen deelnemer van dit overleg heet "
                                        "Willemijn van der Linden.")
    with pytest.raises(InvalidValue) as ambiguous:
        meeting_documents.attendee_named(poh, held.meeting_id, "an")
    assert "meer dan één deelnemer" in ambiguous.value.text(NL)


def test_an_assistant_makes_no_papers(held):
    assistant = held.vault.open_as("assistent")
    with pytest.raises(NotAllowed):
        meeting_documents.agenda(assistant, held.meeting_id)
    with pytest.raises(NotAllowed):
        meeting_documents.minutes(assistant, held.meeting_id)
