"""The bundles' CMS against the real ``openssl cms``, in both directions: what this program writes OpenSSL
decrypts and verifies, and what a partner makes with OpenSSL this program opens."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from test_cms import CONTENT, FAST, TOKEN_LABEL, TOKEN_PIN, make_certificate, partner, practice, refused, token

from wijkzorg_desktop.documents import cms, signing
from wijkzorg_desktop.documents.cms import CmsProblem

__all__ = ["partner", "practice", "token"]      # fixtures from test_cms

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")


def openssl(*args: str | Path, data: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(["openssl", *map(str, args)], input=data, capture_output=True, check=False)


def ok(*args: str | Path, data: bytes | None = None) -> bytes:
    result = openssl(*args, data=data)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout


@pytest.fixture
def files(tmp_path, practice, partner):
    """PEM files for OpenSSL: the practice's and the partner's certificate and key."""
    def pem(name: str, der: bytes, key) -> tuple[Path, Path]:
        cert_path, key_path = tmp_path / f"{name}.pem", tmp_path / f"{name}.key"
        cert_path.write_bytes(x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
        return cert_path, key_path

    return {"practice": pem("practice", practice[0], practice[1]), "partner": pem("partner", partner[0], partner[1]),
            "dir": tmp_path}


# -- made here, read by OpenSSL -----------------------------------------------------------------------

def test_openssl_decrypts_for_a_certificate_recipient(files, partner, practice):
    bundle = files["dir"] / "bundel.p7m"
    bundle.write_bytes(cms.encrypt(CONTENT, [cms.CertificateRecipient(partner[0]),
                                             cms.CertificateRecipient(practice[0])]))
    for who in ("partner", "practice"):
        cert, key = files[who]
        assert ok("cms", "-decrypt", "-binary", "-inform", "DER", "-in", bundle, "-recip", cert,
                  "-inkey", key) == CONTENT


def test_openssl_decrypts_for_a_password_recipient(files):
    bundle = files["dir"] / "bundel.p7m"
    bundle.write_bytes(cms.encrypt(CONTENT, [cms.PasswordRecipient("vlinder kompas haring toren", FAST)]))
    assert ok("cms", "-decrypt", "-binary", "-inform", "DER", "-in", bundle,
              "-pwri_password", "vlinder kompas haring toren") == CONTENT
    wrong = openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", bundle, "-pwri_password", "fout")
    assert wrong.returncode != 0 and CONTENT not in wrong.stdout


def test_openssl_verifies_a_signature_made_here(files, practice):
    signed = files["dir"] / "ondertekend.p7m"
    signed.write_bytes(cms.sign(CONTENT, practice[2]))
    cert, _ = files["practice"]
    assert ok("cms", "-verify", "-binary", "-inform", "DER", "-in", signed, "-CAfile", cert) == CONTENT


def test_openssl_refuses_a_signature_made_here_once_altered(files, practice):
    data = bytearray(cms.sign(CONTENT, practice[2]))
    offset = bytes(data).index(b"W-2026-0042")
    data[offset + 7] ^= 0x01
    signed = files["dir"] / "gewijzigd.p7m"
    signed.write_bytes(bytes(data))
    cert, _ = files["practice"]
    result = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", signed, "-CAfile", cert)
    assert result.returncode != 0
    assert refused(cms.open_signed, bytes(data)) == CmsProblem.SIGNATURE_INVALID


def test_openssl_opens_a_whole_bundle_made_here(files, practice, partner):
    """Signed inside, encrypted outside: decrypt, then verify against the practice certificate."""
    bundle = files["dir"] / "bundel.p7m"
    bundle.write_bytes(cms.encrypt(cms.sign(CONTENT, practice[2]), [cms.CertificateRecipient(partner[0]),
                                                                     cms.PasswordRecipient("w w w", FAST)]))
    cert, key = files["partner"]
    inner = files["dir"] / "inner.p7m"
    ok("cms", "-decrypt", "-binary", "-inform", "DER", "-in", bundle, "-recip", cert, "-inkey", key, "-out", inner)
    practice_pem, _ = files["practice"]
    assert ok("cms", "-verify", "-binary", "-inform", "DER", "-in", inner, "-CAfile", practice_pem) == CONTENT
    by_password = ok("cms", "-decrypt", "-binary", "-inform", "DER", "-in", bundle, "-pwri_password", "w w w")
    assert by_password == inner.read_bytes()


# -- made by OpenSSL, read here -----------------------------------------------------------------------

def _encrypt_with_openssl(files, *args: str) -> bytes:
    source = files["dir"] / "inhoud.bin"
    source.write_bytes(CONTENT)
    return ok("cms", "-encrypt", "-binary", "-in", source, "-outform", "DER", *args)


def test_an_openssl_bundle_for_a_certificate_opens_here(files, partner):
    cert, _ = files["partner"]
    for cipher in ("-aes-256-cbc", "-aes-128-cbc"):
        blob = _encrypt_with_openssl(files, cipher, "-recip", str(cert), "-keyopt", "rsa_padding_mode:oaep",
                                     "-keyopt", "rsa_oaep_md:sha256")
        assert cms.decrypt_with_key(blob, partner[0], partner[1]) == CONTENT
        found = cms.recipients_of(blob)
        assert [r.kind for r in found] == ["certificate"]
        assert found[0].serial == x509.load_der_x509_certificate(partner[0]).serial_number


def test_an_openssl_bundle_with_oaep_sha1_opens_here(files, partner):
    cert, _ = files["partner"]
    blob = _encrypt_with_openssl(files, "-aes-256-cbc", "-recip", str(cert), "-keyopt", "rsa_padding_mode:oaep")
    assert cms.decrypt_with_key(blob, partner[0], partner[1]) == CONTENT


def test_an_openssl_bundle_with_pkcs1_v15_is_refused(files, partner):
    cert, _ = files["partner"]
    blob = _encrypt_with_openssl(files, "-aes-256-cbc", "-recip", str(cert))
    assert refused(cms.decrypt_with_key, blob, partner[0], partner[1]) == CmsProblem.UNSUPPORTED


def test_an_openssl_password_bundle_opens_here(files):
    """OpenSSL's own PWRI defaults (PBKDF2-HMAC-SHA1, 2048 iterations, an 8-byte salt) are accepted."""
    blob = _encrypt_with_openssl(files, "-aes-256-cbc", "-pwri_password", "appel peer banaan")
    assert cms.recipients_of(blob) == [cms.RecipientInfo("password", "", 0)]
    assert cms.decrypt_with_password(blob, "appel peer banaan") == CONTENT
    assert refused(cms.decrypt_with_password, blob, "appel peer") == CmsProblem.WRONG_PASSWORD
    partner_key = make_certificate("x")
    assert refused(cms.decrypt_with_key, blob, *partner_key) == CmsProblem.NOT_FOR_US


def test_an_openssl_bundle_for_another_recipient_is_not_for_us(files, practice):
    cert, _ = files["partner"]
    blob = _encrypt_with_openssl(files, "-aes-256-cbc", "-recip", str(cert), "-keyopt", "rsa_padding_mode:oaep",
                                 "-keyopt", "rsa_oaep_md:sha256")
    assert refused(cms.decrypt_with_key, blob, practice[0], practice[1]) == CmsProblem.NOT_FOR_US
    assert refused(cms.decrypt_with_password, blob, "wat dan ook") == CmsProblem.NO_PASSWORD_RECIPIENT


@pytest.mark.parametrize("options", [(), ("-keyopt", "rsa_padding_mode:pss")])
def test_an_openssl_signature_is_verified_here(files, partner, options):
    source = files["dir"] / "inhoud.bin"
    source.write_bytes(CONTENT)
    cert, key = files["partner"]
    signed = ok("cms", "-sign", "-nodetach", "-binary", "-md", "sha256", "-in", source, "-signer", cert,
                "-inkey", key, "-outform", "DER", *options)
    opened = cms.open_signed(signed)
    assert opened.content == CONTENT and opened.signer_certificate == partner[0]
    assert opened.signer_name == "Ilse de Vries (Wijkteam Houten)"
    assert abs(opened.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)


def test_an_openssl_ecdsa_signature_is_verified_here(files):
    key_path, cert_path, source = files["dir"] / "ec.key", files["dir"] / "ec.pem", files["dir"] / "inhoud.bin"
    source.write_bytes(CONTENT)
    ok("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key_path)
    ok("req", "-new", "-x509", "-key", key_path, "-subj", "/CN=Wijkteam EC/O=Gemeente", "-days", "2", "-out",
       cert_path)
    signed = ok("cms", "-sign", "-nodetach", "-binary", "-md", "sha384", "-in", source, "-signer", cert_path,
                "-inkey", key_path, "-outform", "DER")
    assert cms.open_signed(signed).signer_name == "Wijkteam EC"


def test_an_openssl_detached_or_sha1_signature_is_refused(files):
    source = files["dir"] / "inhoud.bin"
    source.write_bytes(CONTENT)
    cert, key = files["partner"]
    detached = ok("cms", "-sign", "-binary", "-md", "sha256", "-in", source, "-signer", cert, "-inkey", key,
                  "-outform", "DER")
    assert refused(cms.open_signed, detached) == CmsProblem.UNSUPPORTED
    sha1 = ok("cms", "-sign", "-nodetach", "-binary", "-md", "sha1", "-in", source, "-signer", cert, "-inkey", key,
              "-outform", "DER")
    assert refused(cms.open_signed, sha1) == CmsProblem.UNSUPPORTED


def test_a_partner_bundle_signed_then_encrypted_with_openssl_opens_here(files, practice, partner):
    """As the issue has it: a trusted partner makes a bundle with ``openssl cms -sign`` then ``-encrypt`` to the
    practice; this program decrypts it with the practice key and finds the partner's signature."""
    source = files["dir"] / "bundel.zip"
    source.write_bytes(b"PK\x03\x04" + CONTENT)
    partner_cert, partner_key = files["partner"]
    practice_cert, _ = files["practice"]
    signed = files["dir"] / "signed.der"
    ok("cms", "-sign", "-nodetach", "-binary", "-md", "sha256", "-in", source, "-signer", partner_cert,
       "-inkey", partner_key, "-outform", "DER", "-out", signed)
    blob = ok("cms", "-encrypt", "-binary", "-aes-256-cbc", "-in", signed, "-inform", "DER", "-outform", "DER",
              "-recip", practice_cert, "-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256")
    opened = cms.open_signed(cms.decrypt_with_key(blob, practice[0], practice[1]))
    assert opened.content == source.read_bytes()
    assert opened.signer_certificate == partner[0]


def test_an_openssl_bundle_opens_with_a_token_that_does_oaep_itself(token, tmp_path):
    """SoftHSM does RSA-OAEP with SHA-1 itself (with SHA-256 the raw-RSA path in ``cms_token`` decodes it):
    a bundle with OAEP SHA-1 from OpenSSL opens through the token's own mechanism."""
    module, _, encryption_der = token
    cert = tmp_path / "uzi.pem"
    cert.write_bytes(x509.load_der_x509_certificate(encryption_der).public_bytes(serialization.Encoding.PEM))
    source = tmp_path / "inhoud.bin"
    source.write_bytes(CONTENT)
    card = signing.Pkcs11Token(module, TOKEN_LABEL, TOKEN_PIN)
    for options in (("-keyopt", "rsa_padding_mode:oaep"),
                    ("-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256")):
        blob = ok("cms", "-encrypt", "-binary", "-aes-256-cbc", "-in", source, "-outform", "DER", "-recip", cert,
                  *options)
        assert cms.decrypt_with_token(blob, card) == CONTENT
