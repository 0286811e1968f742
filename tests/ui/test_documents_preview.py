"""The preview draws the PDF's own pages, pages and zooms from the keyboard, and prints: the real print
dialog, accepted here on a printer set up to write a PDF file, then the pages at A4 and an audit record of
the print; nothing is audited when the dialog is cancelled or the printer cannot start."""

from __future__ import annotations

import pytest
from documents_helpers import make_handover, open_view, shot
from pages_helpers import close_rig, open_rig
from printing_helpers import is_a4, page_sizes, pdf_printer, text_of
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo

from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.store import audit_log
from wijkzorg_desktop.ui.main_window import close_dialogs

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


def print_records(rig, preview) -> list:
    document_id = preview.document.document_id
    return rig.run(lambda s: audit_log.query(s.conn, AuditFilter(action="print", object_text=document_id)))


def open_print_dialog(qtbot, preview, out) -> QPrintDialog:
    """Ctrl+P, with the print dialog starting from a printer that writes ``out``."""
    preview.new_printer = lambda name: pdf_printer(out, name)
    preview.activateWindow()
    qtbot.keyClick(preview, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: preview.print_dialog is not None and preview.print_dialog.isVisible())
    assert isinstance(preview.print_dialog, QPrintDialog)
    return preview.print_dialog


def test_print_shows_the_print_dialog_then_every_page_at_a4_and_is_audited(qtbot, rig, preview, tmp_path, dutch):
    out = tmp_path / "afdruk.pdf"
    dialog = open_print_dialog(qtbot, preview, out)
    assert dialog.printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    with qtbot.waitSignal(preview.printed, timeout=60_000) as printed:
        dialog.accept()
    pages = preview.view.page_count()
    assert printed.args == [pages]
    qtbot.waitUntil(lambda: not preview.busy)
    assert preview.notice.kind == "info" and preview.notice.text() == f"Afgedrukt: {pages} pagina's."
    sizes = page_sizes(out)
    assert len(sizes) == pages and all(is_a4(size) for size in sizes)
    text = text_of(out)
    for heading in ("Overdrachtsdocument", "Gezin", "Samenvatting van de zorg", "Betrokken partijen"):
        assert heading in text
    records = print_records(rig, preview)
    assert len(records) == 1 and preview.document.sha256 in records[0].detail and str(out) in records[0].detail


def test_a_cancelled_print_dialog_prints_nothing_and_is_not_audited(qtbot, rig, preview, tmp_path, dutch):
    out = tmp_path / "afdruk.pdf"
    dialog = open_print_dialog(qtbot, preview, out)
    dialog.reject()
    qtbot.waitUntil(lambda: preview.print_dialog is None)
    assert preview.notice.text() == "Afdrukken geannuleerd: er is niets afgedrukt."
    rig.idle(qtbot)
    assert not out.exists() and print_records(rig, preview) == []
    assert preview.print_button.isEnabled()


def test_a_lock_closes_the_print_dialog_and_nothing_is_printed(qtbot, rig, preview, tmp_path):
    out = tmp_path / "afdruk.pdf"
    open_print_dialog(qtbot, preview, out)
    document_id = preview.document.document_id
    close_dialogs()  # what the lock does first
    qtbot.waitUntil(lambda: preview.print_dialog is None and not preview.isVisible())
    rig.idle(qtbot)
    assert preview.document is None and not out.exists()
    assert rig.run(lambda s: audit_log.query(s.conn, AuditFilter(action="print", object_text=document_id))) == []


def test_a_printer_that_cannot_start_gives_a_dutch_message_and_no_audit(qtbot, rig, preview, tmp_path, dutch):
    out = tmp_path / "bestaat niet" / "afdruk.pdf"
    dialog = open_print_dialog(qtbot, preview, out)
    dialog.accept()
    qtbot.waitUntil(lambda: not preview.busy and preview.notice.kind == "error", timeout=30_000)
    assert preview.notice.text().startswith("Niet afgedrukt: De printer kon niet starten.")
    assert print_records(rig, preview) == []


@pytest.mark.skipif(bool(QPrinterInfo.availablePrinters()), reason="this computer has a printer")
def test_without_a_printer_the_preview_says_so(qtbot, rig, preview, dutch):
    preview.print_button.click()
    assert preview.print_dialog is None
    assert preview.notice.kind == "error" and preview.notice.text().startswith("Er is geen printer ingesteld")
    assert print_records(rig, preview) == []


def test_closing_forgets_the_document_and_its_pages(qtbot, rig, preview):
    view = preview.view
    view.zoom_in_button.click()  # a drawing on its way when the dialog closes is dropped
    preview.close_button.click()
    qtbot.waitUntil(lambda: not rig.worker.busy)
    assert preview.document is None and view.data == b"" and view.page_count() == 0 and not view.pages
