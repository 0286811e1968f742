"""Import and export from the sociale kaart page: file dialogs, the preview, and the work on the worker.

Every dialog opens with ``open()``, so a lock can close it; a cancelled import writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from ...domain.contact_index import RowKind
from ...services import contact_exchange
from ...services.contact_exchange import ImportPreview, ImportResult
from .export_dialog import ExportDialog
from .import_dialog import ImportDialog

if TYPE_CHECKING:
    from .contacts_page import ContactsPage


def documents_dir() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ContactExchange(QObject):
    def __init__(self, page: ContactsPage) -> None:
        super().__init__(page)
        self.page = page
        self.open_dialog: QFileDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.save_dialog: QFileDialog | None = None
        self._export: tuple[str, list[int] | None, list[int] | None] = ("vcf", None, None)

    # -- import ----------------------------------------------------------------------------------

    def start_import(self) -> None:
        if not self.page.import_action.isEnabled():
            return
        if self.open_dialog is None:
            self.open_dialog = QFileDialog(self.page, self.tr("Import contacts"), documents_dir(), self.tr(
                "Contacts (*.vcf *.vcard *.csv);;vCard (*.vcf *.vcard);;CSV (*.csv);;All files (*)"))
            self.open_dialog.setObjectName("importFileDialog")
            self.open_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            self.open_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            self.open_dialog.fileSelected.connect(self.read)
        self.open_dialog.open()

    def read(self, path: str) -> None:
        """Read and check the file on the worker; the preview opens when it is done."""
        if not path:
            return
        self.page.notice.busy(self.tr("Reading {name}…").format(name=Path(path).name))
        self.page.client.call(lambda session: contact_exchange.preview(session, Path(path)), self._previewed,
                              self.page.failed)

    def _previewed(self, preview: ImportPreview) -> None:
        self.page.notice.clear()
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        dialog = ImportDialog(preview, self.page)
        dialog.submitted.connect(lambda: self._apply(dialog))
        self.import_dialog = dialog
        dialog.open()

    def _apply(self, dialog: ImportDialog) -> None:
        preview, decisions = dialog.preview, dialog.decisions()
        dialog.set_busy(True, self.tr("Importing…"))
        self.page.client.call(lambda session: contact_exchange.apply(session, preview, decisions),
                              lambda result: self._imported(dialog, result),
                              dialog.failed)

    def _imported(self, dialog: ImportDialog, result: ImportResult) -> None:
        dialog.finish()
        text = self.tr("Imported from {source}: {added} added, {merged} merged, {skipped} skipped.").format(
            source=dialog.preview.source, added=result.added, merged=result.merged, skipped=result.skipped)
        if result.organisations_added:
            text += " " + self.tr("%n organisation(s) made.", "", result.organisations_added)
        self.page.notice.info(text)
        self.page.reload([])

    # -- export ----------------------------------------------------------------------------------

    def start_export(self) -> None:
        if not self.page.export_action.isEnabled():
            return
        if self.export_dialog is None:
            self.export_dialog = ExportDialog(self.page)
            self.export_dialog.accepted.connect(self._choose_file)
        self.export_dialog.prepare(len(self.page.map.rows()) if self.page.map else 0,
                                   len(self.page.table.selected()))
        self.export_dialog.open()

    def _choose_file(self) -> None:
        dialog = self.export_dialog
        if dialog is None:
            return
        fmt = dialog.fmt()
        if dialog.only_selected():
            rows = self.page.table.selected()
            people = [r.id for r in rows if r.kind == RowKind.PERSON]
            orgs = [r.id for r in rows if r.kind == RowKind.ORGANISATION]
            self._export = (fmt, people, orgs)
        else:
            self._export = (fmt, None, None)
        if self.save_dialog is None:
            self.save_dialog = QFileDialog(self.page, self.tr("Export contacts"))
            self.save_dialog.setObjectName("exportFileDialog")
            self.save_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.save_dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            self.save_dialog.fileSelected.connect(self.write)
        name_filter = self.tr("vCard (*.vcf)") if fmt == "vcf" else self.tr("CSV (*.csv)")
        self.save_dialog.setNameFilter(name_filter)
        self.save_dialog.setDefaultSuffix(fmt)
        self.save_dialog.setDirectory(documents_dir())
        self.save_dialog.selectFile(self.tr("sociale-kaart") + f".{fmt}")
        self.save_dialog.open()

    def write(self, path: str) -> None:
        if not path:
            return
        fmt, people, orgs = self._export
        target = Path(path)
        self.page.notice.busy(self.tr("Exporting to {name}…").format(name=target.name))
        self.page.client.call(lambda session: contact_exchange.export(session, target, fmt, people, orgs),
                              lambda count: self.page.notice.info(self.tr(
                                  "%n contact(s) exported to {path}.", "", count).format(path=str(target))),
                              self.page.failed)
