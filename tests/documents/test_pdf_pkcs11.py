"""Signing with a PKCS#11 token (a UZI-pas in real use), here a SoftHSM2 token the test makes itself."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from test_pdf_documents import handover_data
from test_pdf_signing import STAMP, pdfsig, pyhanko_status

from wijkzorg_desktop.documents import handover, practice_certificate, signing, verify
from wijkzorg_desktop.documents.pdf_errors import DocumentError, PdfProblem

MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
           "/usr/local/lib/softhsm/libsofthsm2.so", "/usr/lib64/pkcs11/libsofthsm2.so")
MODULE = next((m for m in MODULES if Path(m).exists()), None)
LABEL = "UZI-pas test"
PIN = "123456"

pytestmark = pytest.mark.skipif(MODULE is None or shutil.which("softhsm2-util") is None,
                                reason="SoftHSM2 is not installed (CI installs it)")


@pytest.fixture
def token(tmp_path, monkeypatch) -> bytes:
    """A fresh token holding a signing key (nonRepudiation) and, as on a UZI-pas, an authentication key;
    returns the signing certificate."""
    import pkcs11
    from pkcs11 import Attribute
    from pkcs11.util.rsa import decode_rsa_private_key
    from pkcs11.util.x509 import decode_x509_certificate

    (tmp_path / "tokens").mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tmp_path / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", LABEL, "--pin", PIN, "--so-pin", "87654321"],
                   check=True, capture_output=True)
    lib = pkcs11.lib(MODULE)
    lib.reinitialize()                       # the library read SOFTHSM2_CONF when another test loaded it
    signing_der = b""
    with lib.get_token(token_label=LABEL).open(rw=True, user_pin=PIN) as session:
        for ident, label, name in ((b"\x01", "authenticatie", "Dr. Şahin (authenticatie)"),
                                   (b"\x02", "handtekening", "Dr. Emre Şahin")):
            p12 = practice_certificate.generate(name, "Huisartsenpraktijk Özdemir", "x")
            contents = practice_certificate.open_pkcs12(p12, "x")
            der_key = contents.key.private_bytes(serialization.Encoding.DER,
                                                 serialization.PrivateFormat.TraditionalOpenSSL,
                                                 serialization.NoEncryption())
            der_cert = contents.certificate.public_bytes(serialization.Encoding.DER)
            if label == "authenticatie":
                der_cert = _without_non_repudiation(contents)
            key_attrs = decode_rsa_private_key(der_key)
            key_attrs.update({Attribute.ID: ident, Attribute.LABEL: label, Attribute.TOKEN: True,
                              Attribute.SIGN: True, Attribute.SENSITIVE: True, Attribute.EXTRACTABLE: False})
            session.create_object(key_attrs)
            cert_attrs = decode_x509_certificate(der_cert)
            cert_attrs.update({Attribute.ID: ident, Attribute.LABEL: label, Attribute.TOKEN: True})
            session.create_object(cert_attrs)
            if label == "handtekening":
                signing_der = der_cert
    return signing_der


def _without_non_repudiation(contents) -> bytes:
    """The same key with a certificate for digitalSignature only, like a UZI-pas's authentication one."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    now = dt.datetime.now(dt.UTC)
    name = contents.certificate.subject
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(contents.key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
            .sign(contents.key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.DER)


def test_a_token_signs_with_its_signing_certificate(token, tmp_path):
    signed = signing.sign(handover.render(handover_data()), signing.Pkcs11Token(MODULE, LABEL, PIN), STAMP)
    status = pyhanko_status(signed, token)
    assert status.bottom_line
    result = verify.verify(signed, [token])
    assert result.ok and result.signer == "Dr. Emre Şahin"          # not the authentication certificate
    report = pdfsig(signed, tmp_path)
    if report is not None:
        assert "Signature Validation: Signature is Valid." in report


def test_the_token_shows_its_certificates_and_a_chosen_key_label_is_used(token):
    with signing.token_session(signing.Pkcs11Token(MODULE, LABEL, PIN)) as session:
        found = {c.label: c.for_signing for c in signing.token_certificates(session)}
    assert found == {"authenticatie": False, "handtekening": True}
    chosen = signing.Pkcs11Token(MODULE, LABEL, PIN, key_label="authenticatie")
    assert signing.signing_certificate(chosen) != token


@pytest.mark.parametrize(("module", "label", "pin", "problem"), [
    ("MODULE", LABEL, "000000", PdfProblem.WRONG_PIN),
    ("MODULE", "Geen pas", PIN, PdfProblem.TOKEN_NOT_FOUND),
    ("/nergens/libpkcs11.so", LABEL, PIN, PdfProblem.MODULE_NOT_LOADED),
])
def test_token_problems_are_named(token, module, label, pin, problem):
    with pytest.raises(DocumentError) as caught:
        signing.sign(handover.render(handover_data()),
                     signing.Pkcs11Token(MODULE if module == "MODULE" else module, label, pin), STAMP)
    assert caught.value.problem == problem
