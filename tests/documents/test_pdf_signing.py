"""Signed PDFs: PAdES B-B that pyHanko and poppler's pdfsig both accept, a verification that names signer and
time and catches every change after signing, and the practice certificate behind it."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from test_pdf_documents import all_documents, flat, handover_data, pdf_text

from wijkzorg_desktop.documents import handover, pdf_layout, practice_certificate, signing, verify
from wijkzorg_desktop.documents.pdf_errors import DocumentError, PdfProblem

PASSWORD = "kaars-molen-tulp"
STAMP = signing.SignatureStamp("Overdracht aan wijkteam", location="Houten", document_id="OVD-20260314-7KQ2MX")


@pytest.fixture(scope="module")
def practice_p12() -> bytes:
    return practice_certificate.generate("Dr. Marieke Saënen", "Huisartsenpraktijk Saënen", PASSWORD)


@pytest.fixture(scope="module")
def practice_der(practice_p12) -> bytes:
    return practice_certificate.load(practice_p12, PASSWORD).der


@pytest.fixture(scope="module")
def key(practice_p12) -> signing.Pkcs12Key:
    return signing.Pkcs12Key(practice_p12, PASSWORD)


@pytest.fixture(scope="module")
def signed_handover(key) -> bytes:
    return signing.sign(handover.render(handover_data()), key, STAMP)


def pyhanko_status(pdf: bytes, trusted_der: bytes):
    from asn1crypto import x509 as asn1_x509

    reader = PdfFileReader(io.BytesIO(pdf))
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(trusted_der)])
    return validate_pdf_signature(reader.embedded_signatures[0], context, key_usage_settings=verify.KEY_USAGE)


def pdfsig(pdf: bytes, tmp_path, *args: str) -> str | None:
    """pdfsig's report, or None where poppler-utils is not installed (CI installs it)."""
    if shutil.which("pdfsig") is None:
        return None
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfsig", *args, str(path)], capture_output=True, text=True).stdout


@pytest.mark.parametrize("kind", ["overdracht", "tijdlijn", "opvolglijst", "sociale kaart"])
def test_every_document_signs_as_pades_that_pyhanko_and_pdfsig_accept(kind, key, practice_der, tmp_path):
    signed = signing.sign(all_documents()[kind], key, STAMP)
    status = pyhanko_status(signed, practice_der)
    assert status.bottom_line and status.intact and status.valid and status.trusted
    embedded = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    assert embedded.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    report = pdfsig(signed, tmp_path)
    if report is not None:
        assert "Signature Validation: Signature is Valid." in report
        assert "Total document signed" in report
        assert "Dr. Marieke Saënen" in report


def test_the_signature_block_is_visible_on_the_last_page(signed_handover):
    reader = PdfFileReader(io.BytesIO(signed_handover))
    pages = reader.root["/Pages"]["/Count"]
    field = reader.embedded_signatures[0].sig_field
    assert [round(v) for v in field["/Rect"]] == [round(v) for v in pdf_layout.SIGNATURE_BOX]
    assert field["/P"].get_object() == reader.root["/Pages"]["/Kids"][pages - 1].get_object()
    text = flat(pdf_text(signed_handover))   # the appearance is drawn as page text by readers too
    assert "Digitale ondertekening" in text


def test_verify_names_signer_time_and_reason(signed_handover, practice_der):
    result = verify.verify(signed_handover, [practice_der])
    assert result.ok and result.signed and result.intact and result.trusted and not result.modified_after
    assert result.signer == "Dr. Marieke Saënen"
    assert result.reason == "Overdracht aan wijkteam" and result.location == "Houten"
    assert result.signed_at is not None
    assert abs(result.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)
    assert result.signer_certificate == practice_der
    assert result.coverage == verify.Coverage.ENTIRE_FILE


def test_a_signature_by_a_certificate_nobody_stored_is_intact_but_not_trusted(signed_handover):
    partner = practice_certificate.load(practice_certificate.generate("Emre Şahin", "Wijkteam", "x"), "x").der
    for trusted in ([], [partner]):
        result = verify.verify(signed_handover, trusted)
        assert result.intact and not result.trusted and not result.ok


def test_one_byte_changed_inside_the_signed_range_is_reported(signed_handover, practice_der, tmp_path):
    at = signed_handover.index(b"(Wijkzorg Desktop)") + 3
    tampered = bytearray(signed_handover)
    tampered[at] = ord("X")
    result = verify.verify(bytes(tampered), [practice_der])
    assert not result.intact and not result.trusted and not result.ok
    report = pdfsig(bytes(tampered), tmp_path)
    if report is not None:
        assert "Signature is Valid" not in report


def test_an_incremental_update_after_signing_is_reported(signed_handover, practice_der, tmp_path):
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_handover))
    stream = writer.add_object(_content(b"BT /F1 24 Tf 100 400 Td (Niet ondertekend) Tj ET"))
    writer.add_stream_to_page(0, stream)
    out = io.BytesIO()
    writer.write(out)
    result = verify.verify(out.getvalue(), [practice_der])
    assert result.intact                               # what was signed is still there, unchanged
    assert result.modified_after and result.coverage == verify.Coverage.ENTIRE_REVISION
    assert not result.ok
    report = pdfsig(out.getvalue(), tmp_path)
    if report is not None:
        assert "Total document signed" not in report


def _content(data: bytes):
    from pyhanko.pdf_utils.generic import StreamObject

    return StreamObject(stream_data=data)


def test_an_unsigned_or_broken_file(practice_der):
    assert not verify.verify(handover.render(handover_data()), [practice_der]).signed
    with pytest.raises(DocumentError) as caught:
        verify.verify(b"dit is geen pdf", [practice_der])
    assert caught.value.problem == PdfProblem.NOT_A_PDF


def test_a_signed_document_is_not_signed_twice(signed_handover, key):
    with pytest.raises(DocumentError) as caught:
        signing.sign(signed_handover, key, STAMP)
    assert caught.value.problem == PdfProblem.ALREADY_SIGNED


# -- the practice certificate --------------------------------------------------------------------------

def test_the_generated_practice_certificate(practice_p12):
    loaded = pkcs12.load_pkcs12(practice_p12, PASSWORD.encode())
    cert = loaded.cert.certificate
    assert loaded.key.key_size == 3072
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    shown = practice_certificate.load(practice_p12, PASSWORD)
    assert shown.common_name == "Dr. Marieke Saënen"
    assert "O=Huisartsenpraktijk Saënen" in shown.info.subject and shown.info.issuer == shown.info.subject
    assert len(shown.info.sha256.split(":")) == 32
    today = dt.datetime.now(dt.UTC).date()
    assert not shown.expiry_warning(today)
    assert shown.expiry_warning(shown.not_after.date() - dt.timedelta(days=30))
    assert not shown.expiry_warning(shown.not_after.date() - dt.timedelta(days=31))
    assert shown.expired(shown.not_after.date() + dt.timedelta(days=1))


def test_a_pkcs12_file_is_checked_before_it_is_kept(practice_p12):
    for data, password, problem in ((practice_p12, "fout", PdfProblem.WRONG_PASSWORD),
                                    (b"geen certificaat", PASSWORD, PdfProblem.NOT_PKCS12)):
        with pytest.raises(DocumentError) as caught:
            practice_certificate.load(data, password)
        assert caught.value.problem == problem
    with pytest.raises(DocumentError) as caught:
        signing.sign(b"%PDF", signing.Pkcs12Key(practice_p12, "fout"), STAMP)
    assert caught.value.problem in (PdfProblem.WRONG_PASSWORD, PdfProblem.NOT_A_PDF)


def test_an_imported_pkcs12_with_a_ca_chain_signs_and_is_trusted_through_its_ca(tmp_path):
    """A UZI-like setup: the practice stores the CA; a certificate issued under it is trusted."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test-CA Zorg")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(1).not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Praktijk Çelik"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Huisartsenpraktijk Çelik")])
    leaf = (x509.CertificateBuilder().subject_name(name).issuer_name(ca_name).public_key(key.public_key())
            .serial_number(2).not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=20))
            .add_extension(x509.KeyUsage(True, False, True, False, False, False, False, False, False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    p12 = pkcs12.serialize_key_and_certificates(b"praktijk", key, leaf, [ca],
                                                serialization.BestAvailableEncryption(b"pw"))
    shown = practice_certificate.load(p12, "pw")
    assert shown.expiry_warning(now.date())                  # 20 days left
    signed = signing.sign(handover.render(handover_data()), signing.Pkcs12Key(p12, "pw"), STAMP)
    result = verify.verify(signed, [ca.public_bytes(serialization.Encoding.DER)])
    assert result.ok and result.signer == "Praktijk Çelik"
    report = pdfsig(signed, tmp_path)
    if report is not None:
        assert "Signature Validation: Signature is Valid." in report
