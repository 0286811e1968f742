"""Overdracht maken from a case: the consented handover is previewed, saved as a PDF that verifies with the
practice's certificate and audited with its SHA-256; without consent the dialog says why and leads to the
Toestemming tab; an encrypted handover shows its password once."""

from __future__ import annotations

import hashlib
import io

import pytest
from cases_helpers import focus
from documents_helpers import CJG, TEAM, make_handover, practice_der, shot, start_handover, submit, wait_preview
from documents_helpers import open_view as open_case_view
from pages_helpers import close_rig, open_dialog, open_rig
from pypdf import PdfReader
from PySide6.QtCore import Qt

from wijkzorg_desktop.documents import verify
from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.store import audit_log
from wijkzorg_desktop.ui.cases.consent_tab import ConsentTab
from wijkzorg_desktop.ui.documents.handover_dialog import HandoverDialog
from wijkzorg_desktop.ui.documents.preview_dialog import PreviewDialog

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "poh", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def view(qtbot, rig):
    return open_case_view(qtbot, rig)


def test_a_consented_handover_is_previewed_saved_verified_and_audited(qtbot, rig, view, tmp_path, dutch):
    dialog = start_handover(qtbot, rig, view, CJG)
    assert dialog.windowTitle().startswith("Overdracht maken van Gezin G-")
    assert dialog.household.pseudonymised.isChecked() and not dialog.weighing.isChecked()
    shot(dialog, "handover_dialog")
    submit(qtbot, rig, dialog)
    preview = wait_preview(qtbot, rig)
    shot(preview, "handover_preview")
    assert not dialog.isVisible()
    assert preview.view.page_count() >= 2
    assert preview.view.pages[0].pixmap().width() > 300
    assert preview.findChild(type(preview.facts), "documentPassword") is None
    document = preview.document

    target = tmp_path / document.suggested_name
    assert target.name.startswith("OVD-") and target.suffix == ".pdf"
    preview.ask_path = lambda suggested, then: then(str(tmp_path / suggested))
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.busy and not rig.worker.busy, timeout=10_000)
    assert preview.notice.text() == f"Opgeslagen als {target}."
    data = target.read_bytes()
    assert hashlib.sha256(data).hexdigest() == document.sha256
    result = verify.verify(data, [practice_der(rig)])
    assert result.ok and result.reason == f"Overdracht aan {CJG}"

    records = rig.run(lambda s: audit_log.query(s.conn, AuditFilter(object_text=document.document_id)))
    exported = [r for r in records if r.action == "export"]
    assert len(exported) == 1 and document.sha256 in exported[0].detail and CJG in exported[0].detail


def test_without_consent_the_refusal_says_why_and_leads_to_the_consent_tab(qtbot, rig, view, dutch):
    dialog = start_handover(qtbot, rig, view, TEAM)
    submit(qtbot, rig, dialog)
    assert dialog.isVisible() and dialog.refusal.isVisible()
    assert open_dialog(PreviewDialog) is None
    assert TEAM in dialog.refusal_title.text()
    reasons = dialog.refusal_reasons.text()
    assert "Y.G.: toestemming niet gevraagd" in reasons and "Z.G.: toestemming niet gevraagd" in reasons
    assert dialog.consent_button.text() == "Toestemming &vastleggen"
    shot(dialog, "handover_refused")

    qtbot.mouseClick(dialog.consent_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert isinstance(view.tabs.currentWidget(), ConsentTab)


def test_an_encrypted_handover_shows_its_password_once(qtbot, rig, view, dutch):
    preview = make_handover(qtbot, rig, view, encrypt=True)
    password = preview.document.password
    assert password and preview.password_label.text() == password
    assert "ander kanaal" in preview.findChild(type(preview.facts), "passwordNote").text()
    shot(preview, "handover_encrypted")
    preview.close_button.click()
    assert preview.document is None and preview.password_label.text() == ""

    again = make_handover(qtbot, rig, view)
    assert again is not preview and again.password_box is None
    assert password not in [label.text() for label in again.findChildren(type(again.facts))]


def test_more_details_puts_the_typed_full_names_in_this_document_only(qtbot, rig, view, dutch):
    dialog = start_handover(qtbot, rig, view, CJG)
    assert not dialog.household.names_box.isVisible()
    dialog.household.detailed.setChecked(True)
    assert dialog.household.names_box.isVisible()
    fields = dialog.household.fields
    assert len(fields) == 3
    first = next(iter(fields.values()))
    first.setText("Zeynep Gül")
    shot(dialog, "handover_more_details")
    submit(qtbot, rig, dialog)
    preview = wait_preview(qtbot, rig)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.document.pdf)).pages)
    assert "Zeynep Gül" in text and "Gepseudonimiseerd" not in text
    preview.close_button.click()

    again = start_handover(qtbot, rig, view, CJG)
    assert again.household.pseudonymised.isChecked()
    assert all(field.text() == "" for field in again.household.fields.values())


def test_the_handover_is_made_from_the_keyboard(qtbot, rig, view, dutch):
    focus(qtbot, view.tabs)
    qtbot.keyClick(view.tabs, Qt.Key.Key_H, CTRL | SHIFT)
    dialog = open_dialog(HandoverDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.recipient.search.hasFocus)
    qtbot.keyClicks(dialog.recipient.search, "cjg houten")
    qtbot.keyClick(dialog.recipient.search, Qt.Key.Key_Down)
    assert dialog.recipient.list.hasFocus() and dialog.recipient.recipient_name() == CJG
    qtbot.keyClick(dialog.recipient.list, Qt.Key.Key_Return)
    preview = wait_preview(qtbot, rig)
    assert preview.document.recipient == CJG
    qtbot.keyClick(preview, Qt.Key.Key_Escape)
    assert not preview.isVisible()
