"""PDF van selectie: the organisations and people selected on the sociale kaart as a signed extract, to hand
to a partner or hang beside the phone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...domain.contact_index import ContactRow, RowKind
from ...services import documents
from ..client import VaultClient
from .issuing import DocumentIssuer


class ContactExtractPdf(QObject):
    def __init__(self, client: VaultClient, parent: QWidget) -> None:
        super().__init__(parent)
        self.issuer = DocumentIssuer(client, parent)

    def start(self, rows: Sequence[ContactRow]) -> None:
        people = [row.id for row in rows if row.kind == RowKind.PERSON]
        organisations = [row.id for row in rows if row.kind == RowKind.ORGANISATION]
        if not people and not organisations:
            return
        self.issuer.issue(lambda session, pin: documents.contact_extract(session, people, organisations, pin),
                          self.tr("Making and signing the extract of %n contact(s)…", "", len(rows)))
