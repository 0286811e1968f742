"""Beheer > Certificaat: a self-signed practice certificate is made and shown with its subject and fingerprint;
a PKCS#12 file is imported (a wrong password is refused in Dutch, the dialog stays open); 30 days before the
certificate expires, and once it has, the page says so."""

from __future__ import annotations

from datetime import timedelta

import pytest
from documents_helpers import shot
from pages_helpers import close_rig, message_box, open_dialog, open_rig
from PySide6.QtCore import Qt

from wijkzorg_desktop.documents import practice_certificate
from wijkzorg_desktop.services import practice_cert
from wijkzorg_desktop.ui.admin.certificate_dialogs import Pkcs12Dialog
from wijkzorg_desktop.ui.admin.certificate_page import CertificatePage


def open_page(qtbot, rig) -> CertificatePage:
    page = CertificatePage(rig.client)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded and not rig.worker.busy)
    return page


@pytest.fixture
def rig(qtbot, vault, passphrase):
    rig = open_rig(vault[0], "beheer", passphrase)
    yield rig
    close_rig(rig)


@pytest.fixture
def demo_rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "beheer", passphrase)
    yield rig
    close_rig(rig)


def fingerprint(rig) -> str:
    return rig.run(lambda s: practice_cert.current(s).certificate.info.sha256)


def test_a_self_signed_certificate_is_made_and_shown(qtbot, rig, dutch):
    page = open_page(qtbot, rig)
    if page.status is not None:  # a vault made at setup may already have one: replace it
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
        box = message_box()
        assert box is not None and "vervangen" in box.text()
        next(b for b in box.buttons() if b.text() == "&Vervangen").click()
    else:
        assert "nog geen certificaat" in page.source.text()
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status is not None and page.notice.kind == "info" and not rig.worker.busy,
                    timeout=30_000)
    shown = page.summary.text()
    assert "Huisartsenpraktijk Saënen" in shown and "Onderwerp" in shown and "Uitgever" in shown
    assert fingerprint(rig)[:20] in shown
    assert page.source.text() == "Zelfondertekend, gemaakt door het programma."
    assert not page.expiry.isVisible()
    shot(page, "certificate_page")


def test_a_pkcs12_file_is_imported_and_a_wrong_password_refused(qtbot, rig, tmp_path, dutch):
    page = open_page(qtbot, rig)
    path = tmp_path / "uzi-server.p12"
    path.write_bytes(practice_certificate.generate("Dr. K. de Vries", "Huisartsenpraktijk Saënen", "geheim-1"))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(Pkcs12Dialog)
    assert dialog is not None
    dialog.file.path.setText(str(path))
    dialog.password.setText("fout")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not rig.worker.busy, timeout=10_000)
    assert dialog.isVisible() and dialog.notice.text() == "Het wachtwoord opent dit certificaatbestand niet."
    shot(dialog, "certificate_pkcs12_refused")
    dialog.password.setText("geheim-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible() and not rig.worker.busy, timeout=10_000)
    assert page.source.text() == "Geïmporteerd uit een certificaatbestand (PKCS#12)."
    assert "Dr. K. de Vries" in page.summary.text()
    assert dialog.password.text() == ""


def test_the_page_warns_thirty_days_before_expiry_and_once_expired(qtbot, demo_rig, dutch):
    page = open_page(qtbot, demo_rig)
    end = page.status.certificate.not_after

    def at(moment) -> None:
        demo_rig.run(lambda s: setattr(s, "clock", lambda: moment))
        page.refresh()
        qtbot.waitUntil(lambda: not demo_rig.worker.busy)

    at(end - timedelta(days=40))
    assert not page.expiry.isVisible()
    at(end - timedelta(days=10, hours=1))
    assert page.expiry.isVisible() and "over 10 dagen" in page.expiry.text()
    shot(page, "certificate_expiring")
    at(end + timedelta(days=2))
    assert page.expiry.isVisible() and "is verlopen op" in page.expiry.text()
