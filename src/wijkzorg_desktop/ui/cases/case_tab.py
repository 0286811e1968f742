"""One tab of an open case (household, parties, timeline, meldcode, ...)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...services.cases import CaseFile
from ..client import VaultClient


class CaseTab(QWidget):
    """Shows its part of a ``CaseFile``; after a successful change it emits ``changed`` and the case view
    loads the file again (one audited read), then calls ``show_file`` on every tab."""

    changed = Signal()

    def __init__(self, client: VaultClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.file: CaseFile | None = None

    def title(self) -> str:
        raise NotImplementedError

    def show_file(self, file: CaseFile) -> None:
        """Fill the tab from ``file``; when ``file.case.closed`` every editing control is disabled."""
        self.file = file

    @property
    def read_only(self) -> bool:
        return self.file is None or self.file.case.closed
