"""A signed document before it leaves the program: its own pages, then Opslaan… or Afdrukken….

Saving and printing run on the worker and each leaves an audit record with the document's SHA-256 and its
recipient (``documents.record``). The password of an encrypted document is shown here once: closing the
dialog forgets it, and the program keeps no copy.

Where the file goes is asked through ``ask_path``, which a test may replace. Printing always asks the
system's print dialog; the printer it starts from comes from ``new_printer``, which a test sets up to write
a PDF file. Every document prints through ``printing.print_pdf``: its own pages at their real A4 size.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSaveFile, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import StorageFailed, VaultLocked
from ...services import documents
from ...services.session import Session
from ..client import VaultClient
from ..messages import error_text
from ..page_parts import Notice, explanation, heading
from ..printing import PrintFailed, can_print, new_printer, print_pdf
from ..screen_fit import resize_within
from .page_view import PageView

if TYPE_CHECKING:
    from ...services.documents import IssuedDocument

NOTE_BOX_STYLE = "QFrame#oneTimeNote { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"

PathChooser = Callable[[str, Callable[[str], None]], None]


def documents_dir() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def write_file(path: Path, data: bytes) -> None:
    """All or nothing (QSaveFile: a temporary file, synced, then renamed over the target)."""
    saver = QSaveFile(str(path))
    if not saver.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise StorageFailed(path=str(path), reason=saver.errorString())
    if saver.write(data) != len(data) or not saver.commit():
        reason = saver.errorString()
        saver.cancelWriting()
        raise StorageFailed(path=str(path), reason=reason)


class PreviewDialog(QDialog):
    saved = Signal(str)             # the path written
    printed = Signal(int)           # the number of pages printed

    def __init__(self, client: VaultClient, document: IssuedDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.setWindowTitle(self.tr("Preview: {title}").format(title=document.title))
        self.client = client
        self.document: IssuedDocument | None = document
        self.busy = False
        self.ask_path: PathChooser = self._ask_path
        self.new_printer: Callable[[str], QPrinter] = new_printer
        self.printer: QPrinter | None = None     # the one chosen last, so a second print starts from it
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None

        title = heading(document.title)
        self.facts = explanation(self._facts(document))
        self.facts.setObjectName("documentFacts")
        self.password_box = self._password_box(document.password)
        self.view = PageView(client)
        self.notice = Notice("previewNotice")
        self.save_button = QPushButton(self.tr("&Save…"), objectName="saveDocument")
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save the signed PDF (Ctrl+S)"))
        self.print_button = QPushButton(self.tr("&Print…"), objectName="printDocument")
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setToolTip(self.tr("Print the document (Ctrl+P)"))
        self.close_button = QPushButton(self.tr("Close"), objectName="closePreview")
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.facts)
        if self.password_box is not None:
            layout.addWidget(self.password_box)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.view, self.save_button)
        self.setTabOrder(self.save_button, self.print_button)
        self.setTabOrder(self.print_button, self.close_button)
        resize_within(self, 860, 900)

        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        self.view.rendered.connect(self._update)
        self.view.failed.connect(lambda _error: self._update())
        self.finished.connect(self._forget)
        self._update()
        self.view.show_pdf(document.pdf, document.password)
        self.view.setFocus()

    def _facts(self, document: IssuedDocument) -> str:
        parts = []
        if document.case_label:
            parts.append(self.tr("Case {label}").format(label=document.case_label))
        if document.recipient:
            parts.append(self.tr("for {recipient}").format(recipient=document.recipient))
        parts.append(self.tr("document id {id}").format(id=document.document_id))
        text = " · ".join(parts)
        return text + "\n" + self.tr("Signed with the practice certificate. Check the pages, then save or "
                                     "print the document.")

    def _password_box(self, password: str | None) -> QFrame | None:
        if not password:
            return None
        box = QFrame(objectName="oneTimeNote")
        box.setStyleSheet(NOTE_BOX_STYLE)
        self.password_label = QLabel(password, objectName="documentPassword")
        self.password_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                    | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        font.setBold(True)
        self.password_label.setFont(font)
        self.password_label.setAccessibleName(self.tr("Password of the document"))
        note = QLabel(self.tr(
            "The document is encrypted. Pass this password on to the recipient by another channel than the "
            "document itself (by phone, or by Siilo when the document goes by e-mail). It is shown only now: "
            "the program keeps no copy."), objectName="passwordNote")
        note.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(QLabel(self.tr("Password to open the document:")))
        layout.addWidget(self.password_label)
        layout.addWidget(note)
        return box

    def _update(self) -> None:
        shown = self.document is not None and self.view.page_count() > 0
        self.save_button.setEnabled(shown and not self.busy)
        self.print_button.setEnabled(shown and not self.busy)
        self.close_button.setEnabled(not self.busy)

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if busy:
            self.notice.busy(text)
        self._update()

    def reject(self) -> None:
        if not self.busy or not self.isVisible():
            super().reject()

    def _forget(self) -> None:
        """Closed: the password and the document go; a new preview is a new document."""
        self.document = None
        if self.password_box is not None:
            self.password_label.clear()
        self.view.clear()
        self._update()

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        if self.document is None or not self.save_button.isEnabled():
            return
        self.ask_path(self.document.suggested_name, self.save_to)

    def _ask_path(self, suggested: str, then: Callable[[str], None]) -> None:
        if self.file_dialog is None:
            self.file_dialog = QFileDialog(self, self.tr("Save the document"), documents_dir(),
                                           self.tr("PDF documents (*.pdf)"))
            self.file_dialog.setObjectName("saveDocumentDialog")
            self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.file_dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            self.file_dialog.setDefaultSuffix("pdf")
            self.file_dialog.fileSelected.connect(lambda path: then(path))
        self.file_dialog.selectFile(suggested)
        self.file_dialog.open()

    def save_to(self, path: str) -> None:
        document = self.document
        if not path or document is None:
            return
        target = Path(path)
        self.set_busy(True, self.tr("Saving {name}…").format(name=target.name))

        def job(session: Session) -> None:
            write_file(target, document.pdf)
            documents.record(session, document, "export", str(target))

        self.client.call(job, lambda _result: self._saved(target), self._failed)

    def _saved(self, target: Path) -> None:
        self.set_busy(False)
        self.notice.info(self.tr("Saved as {path}.").format(path=str(target)))
        self.saved.emit(str(target))

    # -- printing --------------------------------------------------------------------------------

    def print_document(self) -> None:
        """The system's print dialog, opened without blocking (a lock closes it); printing starts on OK."""
        if self.document is None or not self.print_button.isEnabled() or self.print_dialog is not None:
            return
        printer = self.printer or self.new_printer(self.document.suggested_name)
        if not can_print(printer):
            self.notice.error(self.tr("No printer is set up on this computer. Add a printer in the system "
                                      "settings, or keep the document as a file with Save…"))
            return
        self.printer = printer
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.document.title))
        dialog.finished.connect(lambda result: self._print_answered(dialog, result))
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() itself wants a receiver and a slot

    def _print_answered(self, dialog: QPrintDialog, result: int) -> None:
        self.print_dialog = None
        dialog.deleteLater()
        if self.document is None:  # the preview closed (or the vault locked) while the dialog was open
            return
        if result != QDialog.DialogCode.Accepted:
            self.notice.info(self.tr("Printing cancelled: nothing was printed."))
            return
        self.print_on(dialog.printer())

    def print_on(self, printer: QPrinter) -> None:
        document = self.document
        if document is None:
            return
        where = printer.outputFileName() or printer.printerName()
        self.set_busy(True, self.tr("Printing…"))

        def job(session: Session) -> int:
            pages = print_pdf(printer, document.pdf, document.password)
            documents.record(session, document, "print", where)
            return pages

        self.client.call(job, self._printed, self._failed)

    def _printed(self, pages: int) -> None:
        self.set_busy(False)
        self.notice.info(self.tr("Printed: %n page(s).", "", pages))
        self.printed.emit(pages)

    def _failed(self, error: BaseException) -> None:
        self.set_busy(False)
        if isinstance(error, VaultLocked):
            self.notice.clear()
        elif isinstance(error, PrintFailed):
            self.notice.error(self.tr("Not printed: {reason}").format(reason=error.reason))
        else:
            self.notice.error(error_text(error))
