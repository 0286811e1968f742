"""A PDF's own pages as images (pypdfium2), for the preview (and ``ui.printing``). Runs on the worker.

pdfium is not thread-safe: a document is opened, used and closed within one worker job, and nothing of it
but the finished images reaches the GUI thread. No page is ever written to a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0
_PASSWORD_ERROR = 4                 # FPDF_ERR_PASSWORD


class PasswordNeeded(Exception):
    """The PDF is encrypted; ``wrong`` when a password was given and does not open it."""

    def __init__(self, wrong: bool) -> None:
        super().__init__("wrong password" if wrong else "password needed")
        self.wrong = wrong


class NotAPdf(Exception):
    pass


@contextmanager
def opened(data: bytes, password: str | None = None) -> Iterator[pdfium.PdfDocument]:
    try:
        document = pdfium.PdfDocument(data, password=password or None)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == _PASSWORD_ERROR:
            raise PasswordNeeded(bool(password)) from None
        raise NotAPdf(str(error)) from None
    try:
        yield document
    finally:
        document.close()


def check(data: bytes, password: str | None = None) -> int:
    """The number of pages; ``PasswordNeeded`` or ``NotAPdf`` when the file cannot be opened."""
    with opened(data, password) as document:
        return len(document)


def render(data: bytes, password: str | None, scale: float) -> list[QImage]:
    """Every page at ``scale`` pixels per point."""
    with opened(data, password) as document:
        return [_image(document[index], scale) for index in range(len(document))]


def _image(page: pdfium.PdfPage, scale: float) -> QImage:
    try:
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True)
        try:
            return QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                          QImage.Format.Format_RGBX8888).copy()
        finally:
            bitmap.close()
    finally:
        page.close()
