"""The papers of a meeting from the window: the agenda, the verslag and a copy for one attendee are made and
signed on the worker, shown in the preview, and printed (on a QPrinter writing a PDF) or saved; each print and
save leaves audit records with the document id, its SHA-256, the recipient and the meeting, and one under the
pseudonym of every case on the paper."""

from __future__ import annotations

import hashlib

import pytest
from documents_helpers import practice_der, shot
from pages_helpers import close_rig, open_rig
from printing_helpers import page_sizes, pdf_printer, text_of
from PySide6.QtWidgets import QWidget

from wijkzorg_desktop.documents import verify
from wijkzorg_desktop.domain.audit import AuditAction, AuditFilter
from wijkzorg_desktop.domain.meetings import MeetingStatus, Presence
from wijkzorg_desktop.services import meeting_documents, meetings
from wijkzorg_desktop.store import audit_log
from wijkzorg_desktop.ui.documents.preview_dialog import PreviewDialog
from wijkzorg_desktop.ui.meetings.papers import issue_agenda, issue_minutes


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "huisarts", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    return widget


def mdo(rig) -> meetings.MeetingFile:
    def find(session):
        series = next(s.series for s in meetings.list_series(session) if s.series.name == "MDO De Linde")
        held = [m for m in meetings.meetings_of(session, int(series.id)) if m.status != MeetingStatus.PLANNED]
        return meetings.open_meeting(session, int(held[-1].id))

    return rig.run(find)


def wait_preview(qtbot, rig, papers) -> PreviewDialog:
    qtbot.waitUntil(lambda: papers.issuer.preview is not None and papers.issuer.preview.view.page_count() > 0
                    and not rig.worker.busy, timeout=30_000)
    return papers.issuer.preview


def records_of(rig, document_id: str):
    return rig.run(lambda s: audit_log.query(s.conn, AuditFilter(object_text=document_id)))


def test_the_verslag_prints_and_saves_with_audit_records(qtbot, rig, parent, tmp_path, dutch):
    file = mdo(rig)
    labels = sorted({v.case_label for v in file.items if v.case_label})
    assert labels
    papers = issue_minutes(rig.client, parent, int(file.meeting.id))
    preview = wait_preview(qtbot, rig, papers)
    document = preview.document
    shot(preview, "meeting_minutes_preview")
    assert preview.windowTitle() == "Voorbeeld: Verslag"
    assert document.kind == "meeting_minutes" and document.sha256 == hashlib.sha256(document.pdf).hexdigest()
    assert verify.verify(document.pdf, [practice_der(rig)]).ok

    out = tmp_path / "afdruk.pdf"
    with qtbot.waitSignal(preview.printed, timeout=30_000):
        preview.print_on(pdf_printer(out))
    text = text_of(out)
    assert "Verslag" in text and "Aanwezig" in text and "Besluiten" in text and "Acties" in text
    assert all(label in text for label in labels)
    saved = tmp_path / "verslag.pdf"
    with qtbot.waitSignal(preview.saved, timeout=30_000):
        preview.save_to(str(saved))
    assert saved.read_bytes() == document.pdf and len(page_sizes(saved)) >= 1

    found = records_of(rig, document.document_id)
    for action in (AuditAction.PRINT, AuditAction.EXPORT):
        mine = [r for r in found if r.action == action]
        assert sorted(r.case_id for r in mine) == sorted(["", *labels])
        for record in mine:
            assert record.object_type == "document.meeting_minutes"
            assert f"sha256 {document.sha256}" in record.detail
            assert f"to {document.recipient}" in record.detail and document.recipient == "deelnemers MDO De Linde"
            assert f"meeting {file.meeting.id}" in record.detail
    assert str(out) in next(r.detail for r in found if r.action == AuditAction.PRINT and not r.case_id)
    assert str(saved) in next(r.detail for r in found if r.action == AuditAction.EXPORT and not r.case_id)


def test_the_agenda_and_a_copy_for_one_attendee(qtbot, rig, parent, dutch):
    file = mdo(rig)
    papers = issue_agenda(rig.client, parent, int(file.meeting.id))
    agenda = wait_preview(qtbot, rig, papers).document
    assert agenda.kind == "meeting_agenda" and agenda.title == "Agenda"

    there = next(v for v in file.attendees if v.attendee.presence == Presence.PRESENT and not v.attendee.user_login)
    again = issue_minutes(rig.client, parent, int(file.meeting.id), int(there.attendee.id))
    assert again is papers                                    # one per window part
    qtbot.waitUntil(lambda: papers.issuer.preview.document is not None
                    and papers.issuer.preview.document.kind == "meeting_minutes" and not rig.worker.busy,
                    timeout=30_000)
    copy = papers.issuer.preview.document
    assert copy.recipient == there.name and f"for {there.name}" not in papers.issuer.preview.facts.text()
    assert f"voor {there.name}" in papers.issuer.preview.facts.text()
    assert rig.run(lambda s: [a for a, _ in meeting_documents.copy_recipients(s, int(file.meeting.id))]).count(
        int(there.attendee.id)) == 1
