"""The page every PDF of the practice shares: A4, the practice's letterhead, Dutch, an embedded Unicode
font, and on every page "Vertrouwelijk — medisch beroepsgeheim", the document id and "pagina x van y".

Documents build a list of flowables with the helpers here and hand it to ``build``. The last page always
ends with an empty, fixed place for the visible signature (``SIGNATURE_BOX``), so ``signing`` can put the
signature block there without ever covering text.
"""

from __future__ import annotations

import functools
import io
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from .. import config
from ..domain.availability import AMSTERDAM
from .dutch_text import display_phone, long_date

FONT = "WijkzorgSans"
FONT_BOLD = "WijkzorgSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}

CONFIDENTIAL = "Vertrouwelijk — medisch beroepsgeheim"
CREATOR = "Wijkzorg Desktop"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_BOTTOM = 22 * mm
TOP_FIRST = 38 * mm        # the letterhead
TOP_LATER = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

SIGNATURE_FIELD = "Handtekening"
SIGNATURE_WIDTH = 100 * mm
SIGNATURE_HEIGHT = 30 * mm
# (x1, y1, x2, y2) in points on the last page: bottom left of the text frame.
SIGNATURE_BOX = (MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_LEFT + SIGNATURE_WIDTH, MARGIN_BOTTOM + SIGNATURE_HEIGHT)

GREY = colors.HexColor("#5f6368")
LINE = colors.HexColor("#b0b4b8")
SHADE = colors.HexColor("#f1f3f4")
ACCENT = colors.HexColor("#1f4e79")


@dataclass(frozen=True)
class Letterhead:
    """The practice as it appears at the top of its letters."""

    practice_name: str
    address: str = ""          # one or more lines, separated by newlines
    phone: str = ""
    email: str = ""
    website: str = ""


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    letterhead: Letterhead
    document_id: str
    created: datetime          # aware; shown in Dutch local time
    subtitle: str = ""
    author: str = ""           # who made it (a practice user's name)


def new_document_id(prefix: str, when: datetime) -> str:
    """``OVD-20260314-7KQ2MX``: a kind, the day, and six random characters nobody has to look up."""
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    tail = "".join(secrets.choice(alphabet) for _ in range(6))
    return f"{prefix}-{when.astimezone(AMSTERDAM):%Y%m%d}-{tail}"


# -- fonts and styles ---------------------------------------------------------------------------------

@functools.cache
def register_fonts() -> None:
    folder = config.resources_dir() / "fonts"
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    muted: ParagraphStyle
    right: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10.5, spaceAfter=0)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20,
                             textColor=ACCENT, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=10, leading=13, textColor=GREY,
                                spaceAfter=8),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                               textColor=ACCENT, spaceBefore=10, spaceAfter=4),
        subheading=ParagraphStyle("subheading", parent=body, fontName=FONT_BOLD, fontSize=9.5, leading=13,
                                  spaceBefore=6, spaceAfter=2),
        muted=ParagraphStyle("muted", parent=body, textColor=GREY),
        right=ParagraphStyle("right", parent=cell, alignment=TA_RIGHT),
    )


# -- flowables ----------------------------------------------------------------------------------------

def text(value: object) -> str:
    """User text made safe for a reportlab paragraph: markup escaped, line breaks kept."""
    return escape(str(value)).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(text(value), style or styles().body)


def heading(title: str) -> list[Flowable]:
    """A section heading that never stays alone at the bottom of a page."""
    return [CondPageBreak(30 * mm), Paragraph(text(title), styles().heading)]


def subheading(title: str) -> Paragraph:
    return Paragraph(text(title), styles().subheading)


def nothing(what: str = "Geen.") -> Paragraph:
    return para(what, styles().muted)


def title_block(info: DocumentInfo, extra: Sequence[tuple[str, str]] = ()) -> list[Flowable]:
    """The title, the subtitle and the key facts (date, document id, ...) as a small table."""
    flow: list[Flowable] = [Paragraph(text(info.title), styles().title)]
    if info.subtitle:
        flow.append(Paragraph(text(info.subtitle), styles().subtitle))
    facts = [("Datum", long_date(info.created.astimezone(AMSTERDAM).date())), ("Document-id", info.document_id),
             *extra]
    if info.author:
        facts.append(("Opgesteld door", info.author))
    flow.append(key_values(facts))
    flow.append(Spacer(1, 4 * mm))
    return flow


def key_values(pairs: Iterable[tuple[str, str]], label_width: float = 42 * mm) -> Table:
    s = styles()
    rows = [[Paragraph(text(k), s.cell_bold), Paragraph(text(v), s.cell)] for k, v in pairs]
    table = Table(rows, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float]) -> Table:
    """A table that repeats its header on every page; plain values become wrapped, escaped paragraphs."""
    s = styles()
    scale = CONTENT_WIDTH / sum(widths)
    body = [[Paragraph(text(h), s.cell_bold) for h in header]]
    body += [[c if isinstance(c, Flowable) else Paragraph(text(c), s.cell) for c in row] for row in rows]
    result = Table(body, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
    commands = [("FONTNAME", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    commands += [("BACKGROUND", (0, i), (-1, i), SHADE) for i in range(2, len(body), 2)]
    result.setStyle(TableStyle(commands))
    return result


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


class SignatureSpace(Flowable):
    """Takes the rest of the last page's frame and keeps its bottom ``SIGNATURE_BOX`` free for the signature
    block; when less than the box is left, it moves to a new page. Its place is thus always known."""

    CAPTION_GAP = 4 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        needed = SIGNATURE_HEIGHT + self.CAPTION_GAP + 5 * mm
        self.width = avail_width
        self.height = avail_height if avail_height >= needed else needed
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(GREY)
        canvas.drawString(0, SIGNATURE_HEIGHT + self.CAPTION_GAP / 2, "Digitale ondertekening")


def signature_block(lines: Sequence[tuple[str, str]]) -> bytes:
    """The visible signature as a one-page PDF of exactly ``SIGNATURE_BOX``'s size, for the signature
    field's appearance: a heading and "label: value" lines, the type shrunk until the longest line fits."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(SIGNATURE_WIDTH, SIGNATURE_HEIGHT), pageCompression=1, initialFontName=FONT)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1)
    canvas.rect(0.5, 0.5, SIGNATURE_WIDTH - 1, SIGNATURE_HEIGHT - 1)
    inner = SIGNATURE_WIDTH - 12
    label_width = max(pdfmetrics.stringWidth(f"{k}:", FONT_BOLD, 7.5) for k, _ in lines) + 4
    size = 7.5
    while size > 5 and max(pdfmetrics.stringWidth(v, FONT, size) for _, v in lines) > inner - label_width:
        size -= 0.25
    canvas.setFillColor(ACCENT)
    canvas.setFont(FONT_BOLD, 9)
    top = SIGNATURE_HEIGHT - 15
    canvas.drawString(6, top, "Digitaal ondertekend")
    canvas.setFillColor(colors.black)
    for i, (label, value) in enumerate(lines):
        y = top - 13 - i * 10.5
        canvas.setFont(FONT_BOLD, 7.5)
        canvas.drawString(6, y, f"{label}:")
        canvas.setFont(FONT, size)
        canvas.drawString(6 + label_width, y, value)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# -- pages --------------------------------------------------------------------------------------------

def _canvas_class(info: DocumentInfo) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Draws the footer after the last page, when "van y" is known."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _footer(self, info, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _footer(canvas: Canvas, info: DocumentInfo, page: int, total: int) -> None:
    canvas.saveState()
    y = MARGIN_BOTTOM - 10 * mm
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, y + 9, PAGE_WIDTH - MARGIN_RIGHT, y + 9)
    canvas.setFont(FONT_BOLD, 7.5)
    canvas.setFillColor(colors.black)
    canvas.drawString(MARGIN_LEFT, y, CONFIDENTIAL)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawCentredString(PAGE_WIDTH / 2 + 12 * mm, y, f"Document-id {info.document_id}")
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, f"pagina {page} van {total}")
    canvas.restoreState()


def _first_page(canvas: Canvas, doc: BaseDocTemplate, info: DocumentInfo) -> None:
    head = info.letterhead
    canvas.saveState()
    top = PAGE_HEIGHT - 14 * mm
    canvas.setFont(FONT_BOLD, 14)
    canvas.setFillColor(ACCENT)
    canvas.drawString(MARGIN_LEFT, top, head.practice_name)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(GREY)
    lines = [line.strip() for line in head.address.splitlines() if line.strip()]
    contact = [part for part in (f"Telefoon {display_phone(head.phone)}" if head.phone else "", head.email,
                                 head.website) if part]
    for i, line in enumerate(lines[:3]):
        canvas.drawString(MARGIN_LEFT, top - 12 - i * 10, line)
    for i, line in enumerate(contact[:3]):
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, top - 12 - i * 10, line)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN_LEFT, PAGE_HEIGHT - TOP_FIRST + 6 * mm, PAGE_WIDTH - MARGIN_RIGHT,
                PAGE_HEIGHT - TOP_FIRST + 6 * mm)
    canvas.restoreState()


def _later_page(canvas: Canvas, doc: BaseDocTemplate, info: DocumentInfo) -> None:
    canvas.saveState()
    y = PAGE_HEIGHT - 12 * mm
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(GREY)
    canvas.drawString(MARGIN_LEFT, y, info.letterhead.practice_name)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, y, info.title)
    canvas.setStrokeColor(LINE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, y - 3, PAGE_WIDTH - MARGIN_RIGHT, y - 3)
    canvas.restoreState()


def build(info: DocumentInfo, story: Sequence[Flowable]) -> bytes:
    """The PDF: letterhead on the first page, a running header after it, the footer everywhere and the
    signature place at the end of the last page."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=TOP_LATER,
        bottomMargin=MARGIN_BOTTOM, title=info.title, author=info.letterhead.practice_name,
        subject=f"{info.title} — {CONFIDENTIAL}", creator=CREATOR, producer=CREATOR,
        keywords=info.document_id, lang="nl-NL", initialFontName=FONT,  # no unembedded Helvetica at all
    )
    height_first = PAGE_HEIGHT - TOP_FIRST - MARGIN_BOTTOM
    height_later = PAGE_HEIGHT - TOP_LATER - MARGIN_BOTTOM
    first = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, height_first, id="first", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, height_later, id="later", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=lambda c, d: _first_page(c, d, info),
                     autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later], onPage=lambda c, d: _later_page(c, d, info)),
    ])
    doc.build([*story, SignatureSpace()], canvasmaker=_canvas_class(info))
    return buffer.getvalue()
