"""The one way a document of the practice is printed: its own PDF pages, at their real A4 size, on a QPrinter.

Every document (handover, lists, meeting papers) is a signed A4 PDF; printing sends exactly those pages,
each drawn full-page at its size in millimetres, never fitted to another paper size. A page is drawn from
an image pdfium renders at the printer's resolution (up to ``MAX_DPI``), one page at a time, so a long
document never holds more than one page in memory. Printed to a PDF file, each page also carries its text,
invisible over the image, so the file can still be searched and read back. May run on the worker thread:
QPainter may paint on a QPrinter there, and pdfium is opened and closed within the call.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from .documents.pdf_pages import POINTS_PER_INCH, opened

MAX_DPI = 300                       # sharp text on paper; 600 dpi took five times as long and 4x the memory


class PrintFailed(Exception):
    """Nothing (or not everything) went out; ``reason`` says why, in the user's language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def new_printer(document_name: str = "") -> QPrinter:
    """The system's default printer at its own resolution, set up for A4 portrait."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    printer.setFullPage(True)
    if document_name:
        printer.setDocName(document_name)
    return printer


def can_print(printer: QPrinter) -> bool:
    """A printer is installed, or ``printer`` was set up to write a PDF file."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        return True
    return bool(QPrinterInfo.availablePrinters())


def print_pdf(printer: QPrinter, data: bytes, password: str | None = None) -> int:
    """Every page of the PDF ``data`` on ``printer``, one printed sheet per page; returns the pages printed.

    Raises ``PrintFailed`` when the printer cannot start or stops halfway (nothing is printed then, or not
    every page).
    """
    with opened(data, password) as document:
        pages = len(document)
        if pages == 0:
            raise PrintFailed(QCoreApplication.translate("printing", "The document has no pages."))
        # The PDF brings its own margins: the whole sheet is the page, A4 whatever the dialog left.
        printer.setFullPage(True)
        if not printer.setPageLayout(a4_layout()):
            raise PrintFailed(QCoreApplication.translate("printing", "The printer does not take A4 paper."))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintFailed(QCoreApplication.translate(
                "printing", "The printer could not start. Check that it is switched on and connected, or choose "
                "another printer."))
        try:
            device_dpi = printer.resolution()
            dpi = min(device_dpi, MAX_DPI)
            chosen = _chosen_pages(printer, pages)
            for done, index in enumerate(chosen):
                if done and not printer.newPage():
                    raise PrintFailed(QCoreApplication.translate(
                        "printing", "The printer stopped after page {page}.").format(page=chosen[done - 1] + 1))
                _draw_page(painter, document[index], dpi, device_dpi,
                           text_layer=printer.outputFormat() == QPrinter.OutputFormat.PdfFormat)
        finally:
            painter.end()
        return len(chosen)


def _chosen_pages(printer: QPrinter, pages: int) -> list[int]:
    """The pages asked for in the print dialog (all of them, or a range), counted from 0."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), printer.toPage() or pages
        chosen = list(range(first - 1, min(last, pages)))
        if not chosen:
            raise PrintFailed(QCoreApplication.translate(
                "printing", "The document has no pages {first} to {last}.").format(first=first, last=last))
        return chosen
    return list(range(pages))


def _draw_page(painter: QPainter, page, dpi: int, device_dpi: int, *, text_layer: bool) -> None:
    """``page`` at its real size from the sheet's top left corner, from an image of ``dpi`` pixels per inch;
    with ``text_layer`` its text over it, invisible, so a PDF printed to a file can still be searched."""
    try:
        width, height = page.get_size()
        lines = _text_lines(page) if text_layer else []
        bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
        try:  # a copy Qt owns: a print engine may keep the image until the page is done
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888).copy()
        finally:
            bitmap.close()
    finally:
        page.close()
    device_per_point = device_dpi / POINTS_PER_INCH
    painter.drawImage(QRectF(0, 0, width * device_per_point, height * device_per_point), image)
    if lines:
        _draw_text(painter, lines, height, device_per_point)


def _text_lines(page) -> list[tuple[tuple[float, float, float, float], str]]:
    """Each run of text on the page with its box in points (left, bottom, right, top)."""
    textpage = page.get_textpage()
    try:
        found = []
        for index in range(textpage.count_rects()):
            box = textpage.get_rect(index)
            text = textpage.get_text_bounded(*box).strip()
            if text:
                found.append((box, text))
        return found
    finally:
        textpage.close()


def _draw_text(painter: QPainter, lines, page_height: float, device_per_point: float) -> None:
    painter.save()
    try:
        painter.setPen(QColor(0, 0, 0, 0))
        font = QFont(painter.font())
        for (left, bottom, right, top), text in lines:
            box_height = (top - bottom) * device_per_point
            if box_height <= 0:
                continue
            font.setPixelSize(max(1, round(box_height)))
            painter.setFont(font)
            advance = QFontMetricsF(font, painter.device()).horizontalAdvance(text)
            stretch = (right - left) * device_per_point / advance if advance > 0 else 1.0
            painter.save()
            painter.translate(left * device_per_point, (page_height - bottom) * device_per_point)
            painter.scale(stretch, 1.0)
            painter.drawText(QPointF(0, 0), text)
            painter.restore()
    finally:
        painter.restore()
