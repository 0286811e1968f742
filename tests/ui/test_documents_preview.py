"""The preview draws the PDF's own pages, pages and zooms from the keyboard, and prints through a QPrinter
(here one writing a PDF file, no dialog) page by page, with an audit record of the print."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from documents_helpers import make_handover, open_view, shot
from pages_helpers import close_rig, open_rig
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.store import audit_log

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def preview(qtbot, rig):
    return make_handover(qtbot, rig, open_view(qtbot, rig))


def test_pages_and_zoom(qtbot, rig, dutch, preview):
    view = preview.view
    total = view.page_count()
    assert view.page_total.text() == f"van {total}"
    assert not view.previous_button.isEnabled() and view.next_button.isEnabled()
    view.next_button.click()
    assert view.page_number.value() == 2 and view.previous_button.isEnabled()
    view.page_number.setValue(1)
    assert view.current_page() == 0

    width = view.pages[0].pixmap().width()
    view.zoom_in_button.click()
    qtbot.waitUntil(lambda: not view.drawing and view.pages[0].pixmap().width() > width, timeout=10_000)
    assert view.zoom_label.text() == "110%"
    view.fit_button.click()
    qtbot.waitUntil(lambda: not view.drawing, timeout=10_000)
    assert abs(view.pages[0].width() - (view.scroll.viewport().width() - 2 * 12)) < 40
    shot(preview, "preview_fit_width")


def test_print_writes_every_page_and_is_audited(qtbot, rig, preview, tmp_path):
    out = tmp_path / "afdruk.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    preview.ask_printer = lambda then: then(printer)
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.busy and not rig.worker.busy, timeout=30_000)
    pages = preview.view.page_count()
    assert preview.notice.kind == "info"
    printed = pdfium.PdfDocument(out.read_bytes())
    try:
        assert len(printed) == pages
    finally:
        printed.close()
    document_id = preview.document.document_id
    records = rig.run(lambda s: audit_log.query(s.conn, AuditFilter(action="print", object_text=document_id)))
    assert len(records) == 1 and preview.document.sha256 in records[0].detail


def test_closing_forgets_the_document_and_its_pages(qtbot, rig, preview):
    view = preview.view
    view.zoom_in_button.click()  # a drawing on its way when the dialog closes is dropped
    preview.close_button.click()
    qtbot.waitUntil(lambda: not rig.worker.busy)
    assert preview.document is None and view.data == b"" and view.page_count() == 0 and not view.pages
