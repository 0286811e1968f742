"""The printed recovery key: one A4 sheet to keep in the practice safe."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLineF, QLocale, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from .. import config


def key_lines(formatted_key: str) -> list[str]:
    """The key in two lines of four groups, so it reads and types back easily."""
    groups = formatted_key.split("-")
    half = (len(groups) + 1) // 2
    return ["-".join(groups[:half]), "-".join(groups[half:])] if len(groups) > 4 else [formatted_key]


def paint(printer: QPrinter, practice: str, formatted_key: str, date: QDate | None = None) -> None:
    date = date or QDate.currentDate()
    painter = QPainter(printer)
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        dpi = printer.resolution()
        margin = dpi * 0.4
        area = page.adjusted(margin, margin, -margin, -margin)
        y = area.top()

        def block(text: str, points: float, bold: bool = False, fixed: bool = False,
                  gap: float = 0.25) -> None:
            nonlocal y
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) if fixed else QFont()
            font.setPointSizeF(points)
            font.setBold(bold)
            painter.setFont(font)
            flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
            bounds = painter.boundingRect(QRectF(area.left(), y, area.width(), area.height()), flags, text)
            painter.drawText(bounds, flags, text)
            y = bounds.bottom() + dpi * gap

        block(QCoreApplication.translate("RecoverySheet", "Recovery key"), 20, bold=True, gap=0.1)
        block(f"{config.APP_NAME} — {practice}", 12, gap=0.05)
        made = QCoreApplication.translate("RecoverySheet", "Made on {date}")
        block(made.format(date=QLocale().toString(date, QLocale.FormatType.LongFormat)), 11)
        painter.setPen(QPen(Qt.GlobalColor.black, dpi / 100))
        painter.drawLine(QLineF(area.left(), y, area.right(), y))
        y += dpi * 0.3
        for line in key_lines(formatted_key):
            block(line, 24, bold=True, fixed=True, gap=0.1)
        y += dpi * 0.3
        block(QCoreApplication.translate(
            "RecoverySheet",
            "Keep this sheet in the practice safe. With this key an administrator can open the "
            "vault when a passphrase is forgotten and give that user a new one. Whoever holds "
            "this sheet can open the vault: never keep it on the computer or send it by e-mail."), 11)
        block(QCoreApplication.translate("RecoverySheet", "Confidential — medical professional secrecy"),
              10, bold=True)
    finally:
        painter.end()


def print_sheet(parent: QWidget, practice: str, formatted_key: str) -> bool:
    """Ask for a printer and print the sheet; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(QCoreApplication.translate("RecoverySheet", "Recovery key"))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySheet", "Print the recovery key"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint(printer, practice, formatted_key)
    return True
