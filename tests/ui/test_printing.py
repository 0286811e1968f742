"""Every document of the practice prints through one function, ``printing.print_pdf``: here on a real
QPrinter writing a PDF file, read back for its headings, its pages and their A4 size, and how each looks."""

from __future__ import annotations

import pytest
from pages_helpers import close_rig, open_rig
from printing_helpers import ink_boxes, is_a4, page_sizes, pdf_printer, same_place, text_of

from wijkzorg_desktop.services import cases, contacts, documents, meeting_documents, meetings
from wijkzorg_desktop.ui.printing import PrintFailed, print_pdf

HEADINGS = {
    "timeline": ["Tijdlijn van de casus", "Gezin", "Betrokken partijen", "Tijdlijn"],
    "followups": ["Opvolging", "Openstaand"],
    "contacts": ["Uittreksel sociale kaart"],
    "meeting_agenda": ["Agenda", "MDO De Linde", "Vertrouwelijk", "Verwacht", "Agendapunten",
                       "Vraag aan het overleg"],
    "meeting_minutes": ["Verslag", "MDO De Linde", "Aanwezigheid", "Aanwezig", "Agendapunten",
                        "Vraag aan het overleg", "Besluiten", "Acties", "Volgend overleg"],
}


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    yield rig
    close_rig(rig)


def make(rig, kind: str) -> documents.IssuedDocument:
    def issue(session) -> documents.IssuedDocument:
        if kind == "timeline":
            case = next(c.case for c in cases.list_cases(session) if c.case.label.startswith("Gezin G"))
            return documents.case_timeline(session, int(case.id))
        if kind == "followups":
            return documents.followup_list(session, mine=False)
        if kind.startswith("meeting_"):
            return (meeting_documents.agenda if kind == "meeting_agenda" else meeting_documents.minutes)(
                session, held_mdo(session))
        found = contacts.load_map(session)
        return documents.contact_extract(session, [int(p.id) for p in found.people],
                                         [int(o.id) for o in found.organisations])

    return rig.run(issue)


def held_mdo(session) -> int:
    """The demo's MDO of a week ago: attendance, a case item of each kind, decisions and actions."""
    series = next(s.series for s in meetings.list_series(session) if s.series.name == "MDO De Linde")
    held = [m for m in meetings.meetings_of(session, int(series.id)) if m.status != m.status.PLANNED]
    return int(held[-1].id)


@pytest.mark.parametrize("kind", sorted(HEADINGS))
def test_a_document_prints_its_own_pages_at_a4(qtbot, rig, tmp_path, kind):
    document = make(rig, kind)
    out = tmp_path / f"{kind}.pdf"
    pages = print_pdf(pdf_printer(out, document.suggested_name), document.pdf, document.password)

    original = tmp_path / "original.pdf"
    original.write_bytes(document.pdf)
    assert pages == len(page_sizes(original)) >= 1
    sizes = page_sizes(out)
    assert len(sizes) == pages and all(is_a4(size) for size in sizes)
    text = text_of(out)
    at = 0
    for heading in HEADINGS[kind]:  # each heading, in the document's order
        at = text.find(heading, at)
        assert at >= 0, (heading, text[:800])
    # the pages on paper are the document's pages, each at its own size and place
    printed, own = ink_boxes(out.read_bytes()), ink_boxes(document.pdf, document.password)
    assert len(printed) == len(own) and all(same_place(a, b) for a, b in zip(printed, own, strict=True))


def test_a_page_range_prints_only_those_pages(qtbot, rig, tmp_path):
    document = make(rig, "contacts")
    original = tmp_path / "original.pdf"
    original.write_bytes(document.pdf)
    total = len(page_sizes(original))
    assert total >= 2
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(printer.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert print_pdf(printer, document.pdf) == 1
    assert len(page_sizes(tmp_path / "range.pdf")) == 1


def test_a_printer_that_cannot_start_says_so_in_dutch(qtbot, rig, tmp_path, dutch):
    document = make(rig, "followups")
    out = tmp_path / "no such folder" / "afdruk.pdf"
    with pytest.raises(PrintFailed) as failed:
        print_pdf(pdf_printer(out), document.pdf)
    assert failed.value.reason.startswith("De printer kon niet starten")
    assert not out.exists()
