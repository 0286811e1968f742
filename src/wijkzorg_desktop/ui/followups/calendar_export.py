"""Exporting one's own follow-ups to an iCalendar file for the practice's agenda: a save dialog, then the
file is written on the worker. Each event names only the kind and the case's pseudonym."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain.errors import VaultLocked
from ...services import followups
from ..client import VaultClient
from ..messages import error_text


class CalendarExport(QObject):
    said = Signal(str)
    failed = Signal(str)

    def __init__(self, client: VaultClient, parent: QWidget) -> None:
        super().__init__(parent)
        self.client = client
        self.parent_widget = parent
        self.file_dialog: QFileDialog | None = None

    def start(self) -> None:
        if not self.client.unlocked:
            return
        if self.file_dialog is None:
            self.file_dialog = QFileDialog(self.parent_widget, self.tr("Export to calendar"))
            self.file_dialog.setObjectName("calendarFileDialog")
            self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            self.file_dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            self.file_dialog.setNameFilter(self.tr("iCalendar (*.ics)"))
            self.file_dialog.setDefaultSuffix("ics")
            self.file_dialog.fileSelected.connect(self.write)
        self.file_dialog.setDirectory(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        self.file_dialog.selectFile(self.tr("follow-ups") + ".ics")
        self.file_dialog.open()

    def write(self, path: str) -> None:
        if not path:
            return
        target = Path(path)
        self.said.emit(self.tr("Exporting to {name}…").format(name=target.name))
        self.client.call(lambda session: followups.export_calendar(session, target, QCoreApplication.translate),
                         lambda count: self.said.emit(self.tr(
                             "%n follow-up(s) exported to {path}.", "", count).format(path=str(target))),
                         self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultLocked):
            self.failed.emit(error_text(error))
