"""The lists: a follow-up list from the Opvolging page (mine or everyone's, a period), a contact-map extract
of the rows selected on the Sociale kaart page, and a case's timeline from the case view; each previewed and
signed by the practice."""

from __future__ import annotations

import io

import pytest
from documents_helpers import open_view, practice_der, shot, submit, wait_preview
from pages_helpers import close_rig, open_dialog, open_rig
from pypdf import PdfReader
from PySide6.QtCore import Qt

from wijkzorg_desktop.documents import verify
from wijkzorg_desktop.domain.contact_index import RowKind
from wijkzorg_desktop.services import contacts
from wijkzorg_desktop.ui.contacts.contacts_page import ContactsPage
from wijkzorg_desktop.ui.documents.list_dialogs import FollowUpListDialog, TimelineDialog
from wijkzorg_desktop.ui.followups.followups_page import FollowUpsPage


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "huisarts", passphrase)
    yield rig
    close_rig(rig)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_follow_up_list_of_the_whole_practice(qtbot, rig, dutch):
    page = FollowUpsPage(rig.client)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: not rig.worker.busy)
    page.owner.setCurrentIndex(page.owner.findData("all"))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(FollowUpListDialog)
    assert dialog is not None and dialog.everyone.isChecked()
    dialog.end.check.setChecked(False)
    shot(dialog, "followup_list_dialog")
    submit(qtbot, rig, dialog)
    preview = wait_preview(qtbot, rig)
    text = text_of(preview.document.pdf)
    assert "Opvolglijst" in text and "Opvolging van de hele praktijk" in text
    assert "Vader terugbellen" in text
    assert verify.verify(preview.document.pdf, [practice_der(rig)]).ok


def test_a_period_ending_before_it_starts_is_refused(qtbot, rig, dutch):
    page = FollowUpsPage(rig.client)
    qtbot.addWidget(page)
    page.pdf.start()
    dialog = open_dialog(FollowUpListDialog)
    dialog.start.check.setChecked(True)
    dialog.end.check.setChecked(True)
    dialog.end.edit.setDate(dialog.start.edit.date().addDays(-1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.notice.text() == "Het einde van de periode ligt vóór het begin."


def test_an_extract_of_the_selected_contacts(qtbot, rig, dutch):
    page = ContactsPage(rig.client)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.map is not None and not rig.worker.busy)
    assert not page.pdf_action.isEnabled()
    found = rig.run(contacts.load_map)
    vt = next(o for o in found.organisations if o.name == "Veilig Thuis Utrecht")
    person = next(p for p in found.people if p.organisation_id == vt.id)
    page.table.select_keys([(RowKind.ORGANISATION, vt.id), (RowKind.PERSON, person.id)])
    assert page.pdf_action.isEnabled() and page.pdf_action.text() == "PDF van selectie…"
    page.pdf_action.trigger()
    preview = wait_preview(qtbot, rig)
    text = text_of(preview.document.pdf)
    assert "Veilig Thuis Utrecht" in text and person.name in text
    assert preview.document.kind == "contacts"


def test_the_timeline_of_a_case_for_the_practice_s_own_file(qtbot, rig, dutch):
    view = open_view(qtbot, rig, "Gezin B")
    assert view.header.documents_button.text() == "&Documenten"
    view.documents.timeline_action.trigger()
    dialog = open_dialog(TimelineDialog)
    assert dialog is not None and dialog.weighing.isChecked()
    shot(dialog, "timeline_dialog")
    submit(qtbot, rig, dialog)
    preview = wait_preview(qtbot, rig)
    assert preview.document.kind == "timeline" and preview.document.case_label.startswith("Gezin B-")
    assert "Tijdlijn van de casus" in text_of(preview.document.pdf)
    shot(preview, "timeline_preview")
