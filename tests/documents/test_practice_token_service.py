"""The practice signs with a PKCS#11 token (UZI-pas) through the services: PIN at each signature, never kept."""

from __future__ import annotations

import pytest
from test_pdf_pkcs11 import LABEL, MODULE, PIN, pytestmark, token  # noqa: F401 - the fixture and the skip mark

from wijkzorg_desktop.domain.consent import Recipient
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import cases, contacts, documents, practice_cert
from wijkzorg_desktop.services.document_errors import DocumentFailed
from wijkzorg_desktop.services.vaults import unlock


def test_a_token_is_remembered_without_its_pin_and_signs_a_handover(token, demo_store, passphrase):  # noqa: F811
    admin = unlock(demo_store, "beheer", passphrase).session
    try:
        with pytest.raises(DocumentFailed) as caught:
            practice_cert.use_token(admin, MODULE, LABEL, "000000")
        assert caught.value.text(translator("nl")) == "De pincode klopt niet."
        status = practice_cert.use_token(admin, MODULE, LABEL, PIN)
        assert status.source == "pkcs11" and status.certificate.der == token
        stored = admin.conn.execute("SELECT * FROM practice_certificate").fetchone()
        assert PIN not in [str(v) for v in stored]
    finally:
        admin.close()
    poh = unlock(demo_store, "poh", passphrase).session
    try:
        assert practice_cert.needs_pin(poh)
        case_id = next(s.case.id for s in cases.list_cases(poh) if s.case.label.startswith("Gezin G"))
        cjg = next(o.id for o in contacts.load_map(poh).organisations if o.name == "CJG Houten (JGZ)")
        doc = documents.handover(poh, case_id, Recipient("organisation", cjg), pin=PIN)
        result = documents.verify_pdf(poh, doc.pdf)
        assert result.ok and result.signer == "Dr. Emre Şahin"
    finally:
        poh.close()
