"""A practice that signs with a PKCS#11 token (a UZI-pas; SoftHSM2 here), whose signing key does not decrypt:
its own copy of a bundle goes to the token's encryption certificate too, and opens with the card and PIN."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "documents"))
import bundle_helpers
from test_cms import TOKEN_LABEL, TOKEN_PIN, token  # noqa: F401 - the fixture

from wijkzorg_desktop.documents import cms
from wijkzorg_desktop.services import bundles, practice_cert
from wijkzorg_desktop.services.document_errors import DocumentFailed

practices = bundle_helpers.practices


def test_a_token_practice_reads_its_own_copy_with_the_card(token, practices):  # noqa: F811
    module, signing_der, encryption_der = token
    p = practices
    practice_cert.use_token(p.sender, module, TOKEN_LABEL, TOKEN_PIN)
    made = bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions(), pin=TOKEN_PIN)
    from cryptography import x509

    serials = {info.serial for info in cms.recipients_of(made.data)}
    assert x509.load_der_x509_certificate(encryption_der).serial_number in serials
    assert x509.load_der_x509_certificate(signing_der).serial_number not in serials   # it may not decrypt
    with pytest.raises(DocumentFailed):
        bundles.read_bundle(p.sender, made.data, pin="000000")
    preview = bundles.read_bundle(p.sender, made.data, pin=TOKEN_PIN)
    assert preview.sender.owner_kind == "practice" and preview.bundle_id == made.bundle_id
