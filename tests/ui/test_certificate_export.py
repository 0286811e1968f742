"""Beheer > Certificaat: the practice certificate is saved (without its key) for partners to trust."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pages_helpers import close_rig, open_rig

from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.services import practice_cert
from wijkzorg_desktop.store import audit_log
from wijkzorg_desktop.ui.admin.certificate_page import CertificatePage


@pytest.fixture
def rig(qtbot, demo_store, passphrase):
    rig = open_rig(demo_store, "beheer", passphrase)
    yield rig
    close_rig(rig)


def test_the_certificate_is_saved_as_pem_for_partners(qtbot, rig, tmp_path):
    page = CertificatePage(rig.client)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.loaded and not rig.worker.busy)
    assert page.export_button.isEnabled()
    out = tmp_path / "praktijkcertificaat.pem"
    page.export_public(str(out))
    qtbot.waitUntil(lambda: page.notice.kind == "info")
    data = out.read_bytes()
    assert b"PRIVATE KEY" not in data
    saved = x509.load_pem_x509_certificate(data)
    expected = rig.run(lambda s: practice_cert.current(s).certificate.der)
    assert saved.public_bytes(serialization.Encoding.DER) == expected
    exports = rig.run(lambda s: [r for r in audit_log.query(s.conn, AuditFilter(action="export"))
                                 if r.object_type == "practice_certificate"])
    assert len(exports) == 1


def test_without_a_certificate_there_is_nothing_to_save(qtbot, vault, passphrase):
    rig = open_rig(vault[0], "beheer", passphrase)
    try:
        page = CertificatePage(rig.client)
        qtbot.addWidget(page)
        page.refresh()
        qtbot.waitUntil(lambda: page.loaded and not rig.worker.busy)
        assert not page.export_button.isEnabled()
    finally:
        close_rig(rig)
