"""The papers of a meeting from the Overleg page: the agenda, the verslag, and a copy of the verslag for one
attendee; each made and signed on the worker, then shown in the preview, where Opslaan… and Afdrukken… leave
their audit records (with the meeting, and per case item its pseudonym).

One ``MeetingPapers`` per window part: ``issue_agenda`` and ``issue_minutes`` find it as a child of the
widget they are given, so a second click while the first paper is being made does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ...services import meeting_documents
from ..client import VaultClient
from ..documents.issuing import DocumentIssuer

OBJECT_NAME = "meetingPapers"


class MeetingPapers(QObject):
    def __init__(self, client: VaultClient, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.client = client
        self.issuer = DocumentIssuer(client, parent)

    def agenda(self, meeting_id: int) -> None:
        self.issuer.issue(lambda session, pin: meeting_documents.agenda(session, meeting_id, pin),
                          self.tr("Making and signing the agenda…"))

    def minutes(self, meeting_id: int, attendee_id: int | None = None) -> None:
        busy = (self.tr("Making and signing the minutes…") if attendee_id is None
                else self.tr("Making and signing the copy of the minutes…"))
        self.issuer.issue(lambda session, pin: meeting_documents.minutes(session, meeting_id, pin, attendee_id),
                          busy)


def papers_of(client: VaultClient, parent: QWidget) -> MeetingPapers:
    found = next((c for c in parent.children() if isinstance(c, MeetingPapers) and c.client is client), None)
    return found if found is not None else MeetingPapers(client, parent)


def issue_agenda(client: VaultClient, parent: QWidget, meeting_id: int) -> MeetingPapers:
    """The signed agenda of the meeting, previewed to save or print."""
    papers = papers_of(client, parent)
    papers.agenda(meeting_id)
    return papers


def issue_minutes(client: VaultClient, parent: QWidget, meeting_id: int,
                  attendee_id: int | None = None) -> MeetingPapers:
    """The signed verslag for every participant, or the copy for ``attendee_id``, previewed to save or print."""
    papers = papers_of(client, parent)
    papers.minutes(meeting_id, attendee_id)
    return papers
