"""Password-encrypted PDFs: AES-256, a password of readable words, opened with it and not without."""

from __future__ import annotations

import io

import pypdf
import pytest
from test_pdf_documents import flat, handover_data, pdf_text
from test_pdf_signing import STAMP, pdfsig

from wijkzorg_desktop.documents import handover, pdf_crypt, signing, verify
from wijkzorg_desktop.documents.pdf_errors import DocumentError, PdfProblem


def test_an_encrypted_pdf_opens_with_its_password_and_not_without():
    encrypted = pdf_crypt.encrypt(handover.render(handover_data()))
    reader = pypdf.PdfReader(io.BytesIO(encrypted.data))
    assert reader.is_encrypted
    assert reader.decrypt("verkeerd-wachtwoord") == pypdf.PasswordType.NOT_DECRYPTED
    with pytest.raises(pypdf.errors.FileNotDecryptedError):
        _ = reader.pages[0].extract_text()
    assert b"Emre" not in encrypted.data and b"Overdrachtsdocument" not in encrypted.data
    opened = pypdf.PdfReader(io.BytesIO(encrypted.data))
    assert opened.decrypt(encrypted.password) != pypdf.PasswordType.NOT_DECRYPTED
    settings = opened.trailer["/Encrypt"]
    assert (settings["/V"], settings["/R"]) == (5, 6)                           # PDF 2.0 standard security
    assert settings["/CF"]["/StdCF"]["/CFM"] == "/AESV3"                         # AES-256
    assert "Overdrachtsdocument" in flat(pdf_text(encrypted.data, encrypted.password))


def test_the_password_is_readable_words():
    passwords = {pdf_crypt.new_password() for _ in range(200)}
    assert len(passwords) == 200
    for password in passwords:
        words = password.split("-")
        assert len(words) == pdf_crypt.PASSWORD_WORDS and len(password) <= pdf_crypt.MAX_LENGTH
        assert all(w in pdf_crypt.WORDS and w.isascii() and w.isalpha() and w.islower() for w in words)
    assert len(set(pdf_crypt.WORDS)) == len(pdf_crypt.WORDS) >= 600


def test_encrypted_then_signed_opens_and_verifies_with_the_password(tmp_path):
    from test_pdf_signing import PASSWORD

    from wijkzorg_desktop.documents import practice_certificate

    p12 = practice_certificate.generate("Dr. Marieke Saënen", "Huisartsenpraktijk Saënen", PASSWORD)
    der = practice_certificate.load(p12, PASSWORD).der
    encrypted = pdf_crypt.encrypt(handover.render(handover_data()))
    signed = signing.sign(encrypted.data, signing.Pkcs12Key(p12, PASSWORD), STAMP, pdf_password=encrypted.password)
    assert verify.verify(signed, [der], password=encrypted.password).ok
    for password, problem in ((None, PdfProblem.PASSWORD_NEEDED), ("fout", PdfProblem.WRONG_PDF_PASSWORD)):
        with pytest.raises(DocumentError) as caught:
            verify.verify(signed, [der], password=password)
        assert caught.value.problem == problem
    assert pypdf.PdfReader(io.BytesIO(signed)).decrypt(encrypted.password) != pypdf.PasswordType.NOT_DECRYPTED
    report = pdfsig(signed, tmp_path, "-upw", encrypted.password)
    if report is not None:
        assert "Signature Validation: Signature is Valid." in report
    with pytest.raises(DocumentError) as caught:
        pdf_crypt.encrypt(signed)
    assert caught.value.problem == PdfProblem.PASSWORD_NEEDED
