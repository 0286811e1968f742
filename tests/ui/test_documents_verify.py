"""Document controleren: a fresh document is intact and trusted (green), one changed byte is "gewijzigd"
(red), a document signed by a stranger is not trusted (orange), and an encrypted one asks its password."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from documents_helpers import shot
from pages_helpers import close_rig, open_rig
from PySide6.QtCore import Qt

from wijkzorg_desktop.documents import practice_certificate, signing
from wijkzorg_desktop.domain.consent import Recipient
from wijkzorg_desktop.services import cases, contacts, documents
from wijkzorg_desktop.ui.documents.verify_dialog import VerifyDialog


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "huisarts", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def dialog(qtbot, rig):
    dialog = VerifyDialog(rig.client)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def issued_in(session, *, encrypt: bool = False):
    case_id = next(c.case.id for c in cases.list_cases(session) if c.case.label.startswith("Gezin G"))
    cjg = next(o.id for o in contacts.load_map(session).organisations if o.name == "CJG Houten (JGZ)")
    return documents.handover(session, case_id, Recipient("organisation", cjg),
                              documents.HandoverOptions(encrypt=encrypt))


def issued(rig, *, encrypt: bool = False):
    return rig.run(lambda session: issued_in(session, encrypt=encrypt))


def check(qtbot, rig, dialog: VerifyDialog, path: Path) -> None:
    dialog.ask_file = lambda then: then(str(path))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not rig.worker.busy, timeout=10_000)


def test_a_fresh_document_is_intact_and_trusted(qtbot, rig, dutch, dialog, tmp_path):
    document = issued(rig)
    path = tmp_path / "overdracht.pdf"
    path.write_bytes(document.pdf)
    check(qtbot, rig, dialog, path)
    assert dialog.verdict.property("level") == "good"
    assert dialog.verdict.text().startswith("Ondertekend door ") and dialog.verdict.text().endswith(" en ongewijzigd.")
    assert dialog.fact("Ongeschonden:") == "ja" and dialog.fact("Vertrouwd:") == "ja"
    assert dialog.fact("Gewijzigd na ondertekening:") == "nee"
    assert dialog.fact("Reden:") == "Overdracht aan CJG Houten (JGZ)"
    assert dialog.fact("Ondertekend op:") != ""
    shot(dialog, "verify_good")


def test_one_changed_byte_is_reported_as_changed(qtbot, rig, dutch, dialog, tmp_path):
    data = bytearray(issued(rig).pdf)
    at = bytes(data).index(b"(Wijkzorg Desktop)") + 3
    data[at] = ord("X")
    path = tmp_path / "gewijzigd.pdf"
    path.write_bytes(bytes(data))
    check(qtbot, rig, dialog, path)
    assert dialog.verdict.property("level") == "bad"
    assert dialog.verdict.text() == "Gewijzigd na ondertekening."
    assert dialog.fact("Ongeschonden:") == "nee" and dialog.fact("Gewijzigd na ondertekening:") == "ja"
    shot(dialog, "verify_changed")


def test_a_stranger_s_signature_is_not_trusted(qtbot, rig, dutch, dialog, tmp_path):
    key = signing.Pkcs12Key(practice_certificate.generate("Dr. Onbekend", "Elders", "x"), "x")
    path = tmp_path / "onbekend.pdf"
    path.write_bytes(signing.sign(plain_pdf(), key, signing.SignatureStamp("Overdracht")))
    check(qtbot, rig, dialog, path)
    assert dialog.verdict.property("level") == "doubt"
    assert dialog.verdict.text() == "Ondertekenaar niet vertrouwd."
    assert dialog.fact("Ondertekend door:") == "Dr. Onbekend" and dialog.fact("Vertrouwd:") == "nee"
    shot(dialog, "verify_stranger")


def test_an_encrypted_document_asks_its_password(qtbot, rig, dutch, dialog, tmp_path):
    document = issued(rig, encrypt=True)
    path = tmp_path / "versleuteld.pdf"
    path.write_bytes(document.pdf)
    check(qtbot, rig, dialog, path)
    assert dialog.password_row.isVisible() and not dialog.verdict.isVisible()
    assert "wachtwoord" in dialog.notice.text()
    dialog.password.setText("fout-wachtwoord")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and not rig.worker.busy, timeout=10_000)
    assert dialog.notice.kind == "error" and dialog.password_row.isVisible()
    shot(dialog, "verify_password")
    dialog.password.setText(document.password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and not rig.worker.busy, timeout=10_000)
    assert dialog.verdict.property("level") == "good" and not dialog.password_row.isVisible()


def test_the_check_is_on_the_file_menu_and_the_lock_clears_it(qtbot, make_window, demo_store, passphrase,
                                                               tmp_path, dutch):
    from shell_helpers import unlock, wait_workspace

    from wijkzorg_desktop.ui.sections import SECTIONS

    window = make_window(demo_store, SECTIONS)
    assert not window.documents.verify_action.isEnabled()
    unlock(qtbot, window, "huisarts", passphrase)
    wait_workspace(qtbot, window)
    action = window.documents.verify_action
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+V"
    assert action.text() == "Document &controleren…"

    path = tmp_path / "overdracht.pdf"
    path.write_bytes(window.worker.run_sync(lambda: issued_in(window.client._session)).pdf)
    dialog = VerifyDialog(window.client, window)
    dialog.ask_file = lambda then: then(str(path))
    window.documents.verify_dialog = dialog
    action.trigger()
    qtbot.waitUntil(lambda: dialog.result is not None and not window.worker.busy, timeout=10_000)
    assert dialog.verdict.property("level") == "good"
    window.lock()
    assert not dialog.isVisible() and dialog.result is None and dialog.data == b""
    assert not dialog.verdict.isVisible() and dialog.fact("Ondertekend door:") == ""


def plain_pdf() -> bytes:
    """An unsigned one-page PDF, for a stranger to sign."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Overdracht van elders")
    page.save()
    return out.getvalue()
