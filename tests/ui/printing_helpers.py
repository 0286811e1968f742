"""A real QPrinter writing a PDF file, and that file read back as a user would check the paper: the text
(``pdftotext``), the number and size of the pages (``pdfinfo``) and how each page looks (pdfium)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrinter

from wijkzorg_desktop.ui.printing import new_printer

TEST_DPI = 150                      # a low resolution keeps the printed files small and the tests quick
A4_POINTS = (595.28, 841.89)


def pdf_printer(out: Path, name: str = "") -> QPrinter:
    """The program's own printer set-up, writing ``out`` instead of going to paper."""
    printer = new_printer(name)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(TEST_DPI)
    return printer


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """Each page's size in points, as pdfinfo reads it."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(path)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    sizes = [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info,
                                                          re.MULTILINE)]
    assert len(sizes) == pages
    return sizes


def is_a4(size: tuple[float, float]) -> bool:
    return abs(size[0] - A4_POINTS[0]) < 1 and abs(size[1] - A4_POINTS[1]) < 1


def ink_boxes(data: bytes, password: str | None = None) -> list[tuple[int, int, int, int]]:
    """Per page, where the ink is: the box around everything printed on it, in pixels of 40 per inch
    (one pixel is about 0.6 mm). The same boxes on paper as in the document mean every page went out whole,
    at its own size and in its own place."""
    document = pdfium.PdfDocument(data, password=password)
    try:
        found = []
        for index in range(len(document)):
            image = document[index].render(scale=40 / 72, grayscale=True).to_pil()
            found.append(image.point(lambda grey: 255 if grey < 200 else 0).getbbox())
        return found
    finally:
        document.close()


def same_place(first: tuple[int, int, int, int], second: tuple[int, int, int, int]) -> bool:
    return all(abs(a - b) <= 2 for a, b in zip(first, second, strict=True))
