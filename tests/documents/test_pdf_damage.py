"""Damaged signed PDFs: ``verify`` and ``wijkzorg verify`` answer "gewijzigd" or "niet te controleren" in one
line and a non-zero exit, never a traceback. The PDFs are signed by the practice's own signing and then
damaged byte by byte, as a disk, a mail gateway or a person would."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_pdf_documents import handover_data

from wijkzorg_desktop.cli import run
from wijkzorg_desktop.documents import handover, pdf_crypt, practice_certificate, signing, verify
from wijkzorg_desktop.documents.pdf_errors import DocumentError, PdfProblem
from wijkzorg_desktop.documents.verify import Verdict

PASSWORD = "kaars-molen-tulp"
STAMP = signing.SignatureStamp("Overdracht aan wijkteam", location="Houten", document_id="OVD-20260314-7KQ2MX")
CHANGED = "Gewijzigd: het document past niet meer bij de handtekening van Dr. Marieke Saënen."
UNREADABLE = "Niet te controleren: de handtekening is niet te lezen; het bestand is misschien beschadigd."
DAMAGED = "Niet te controleren: dit is geen PDF-document, of het is beschadigd."


def _p12() -> bytes:
    return practice_certificate.generate("Dr. Marieke Saënen", "Huisartsenpraktijk Saënen", PASSWORD)


P12 = _p12()
DER = practice_certificate.load(P12, PASSWORD).der
SIGNED = signing.sign(handover.render(handover_data()), signing.Pkcs12Key(P12, PASSWORD), STAMP)
_CONTENTS = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", SIGNED)
assert _CONTENTS is not None
HEX_START, HEX_END = _CONTENTS.span(1)
DER_HEX = 2 * (4 + int.from_bytes(bytes.fromhex(SIGNED[HEX_START + 4:HEX_START + 8].decode()), "big"))
assert SIGNED[HEX_START:HEX_START + 4] == b"3082" and set(SIGNED[HEX_START + DER_HEX:HEX_END]) == {ord("0")}


def replaced(data: bytes, position: int, new: bytes) -> bytes:
    return data[:position] + new + data[position + len(new):]


def other_hex(data: bytes, position: int) -> bytes:
    return b"1" if data[position:position + 1] == b"0" else b"0"


def answer(pdf: bytes, trusted: list[bytes] | None = None, password: str | None = None) -> Verdict | PdfProblem:
    try:
        return verify.verify(pdf, [DER] if trusted is None else trusted, password).verdict
    except DocumentError as error:
        return error.problem


def cli_verify(capsys, tmp_path: Path, pdf: bytes, *extra: str) -> tuple[int, list[str], str]:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    code = run(["verify", str(path), *extra])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def pdfsig(pdf: bytes, tmp_path: Path) -> str | None:
    if shutil.which("pdfsig") is None:
        return None
    path = tmp_path / "pdfsig.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return done.stdout + done.stderr


DAMAGE = {
    "a flipped byte in the embedded certificate": (
        replaced(SIGNED, HEX_START + 400, other_hex(SIGNED, HEX_START + 400)), Verdict.UNCHECKABLE, UNREADABLE),
    "a flipped byte in the RSA signature value": (
        replaced(SIGNED, HEX_START + DER_HEX - 100, other_hex(SIGNED, HEX_START + DER_HEX - 100)),
        Verdict.CHANGED, CHANGED),
    "a flipped byte in the padding after the signature": (
        replaced(SIGNED, HEX_START + DER_HEX + 40, b"7"), Verdict.CHANGED, CHANGED),
    "the last padding byte": (replaced(SIGNED, HEX_END - 1, b"1"), Verdict.CHANGED, CHANGED),
    "a broken startxref": (SIGNED.replace(b"startxref", b"startxrXf"), PdfProblem.NOT_A_PDF, DAMAGED),
    "a wrong xref offset": (re.sub(rb"startxref\s+(\d+)\s+%%EOF\s*$",
                                   lambda m: b"startxref\n" + str(int(m.group(1)) + 7).encode() + b"\n%%EOF\n",
                                   SIGNED), PdfProblem.NOT_A_PDF, DAMAGED),
    "a broken xref table": (replaced(SIGNED, SIGNED.rindex(b"xref\n") + 12, b"x"), PdfProblem.NOT_A_PDF, DAMAGED),
    "a byte of a page stream": (replaced(SIGNED, SIGNED.index(b"stream") + 60, b"\x00"), Verdict.CHANGED, CHANGED),
    "a stream cut short": (SIGNED.replace(b"endstream", b"endstrea ", 1), Verdict.CHANGED, CHANGED),
    "a changed ByteRange": (re.sub(rb"/ByteRange\s*\[\s*0", b"/ByteRange [1", SIGNED, count=1),
                            Verdict.CHANGED, CHANGED),
    "cut off in the signature": (SIGNED[:HEX_START + 100], PdfProblem.NOT_A_PDF, DAMAGED),
    "cut off at half": (SIGNED[:len(SIGNED) // 2], PdfProblem.NOT_A_PDF, DAMAGED),
    "cut off before %%EOF": (SIGNED[:-8], PdfProblem.NOT_A_PDF, DAMAGED),
}


def test_the_undamaged_file_is_whole_and_trusted():
    result = verify.verify(SIGNED, [DER])
    assert result.ok and result.verdict == Verdict.OK and result.reason == "Overdracht aan wijkteam"


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_signed_pdf_is_changed_or_cannot_be_checked(damage, capsys, tmp_path):
    pdf, verdict, line = DAMAGE[damage]
    assert pdf != SIGNED
    assert answer(pdf) == verdict
    code, out, err = cli_verify(capsys, tmp_path, pdf)
    assert (code, out, err) == (1, [line], "")


@pytest.mark.parametrize("damage", ["a flipped byte in the RSA signature value", "a byte of a page stream",
                                    "a broken xref table", "a changed ByteRange"])
def test_pdfsig_does_not_accept_the_damage_either(damage, tmp_path):
    """(A byte changed in the embedded certificate, pdfsig still calls the signature valid; pyHanko sees that
    the certificate no longer matches the one the signature names.)"""
    report = pdfsig(DAMAGE[damage][0], tmp_path)
    if report is not None:
        assert "Signature is Valid." not in report
    assert "Signature is Valid." in (pdfsig(SIGNED, tmp_path) or "Signature is Valid.")


def test_the_padding_after_the_signature_must_be_zeros():
    """pyHanko checks the DER signature and leaves what follows it; a byte there is a change to the file."""
    pdf = DAMAGE["a flipped byte in the padding after the signature"][0]
    result = verify.verify(pdf, [DER])
    assert (result.signed, result.intact, result.trusted, result.ok) == (True, False, False, False)
    assert result.signer == "Dr. Marieke Saënen"  # the signature itself is readable: "gewijzigd"


def test_an_encrypted_pdf_gives_its_reason_as_text(capsys, tmp_path):
    encrypted = pdf_crypt.encrypt(handover.render(handover_data()))
    signed = signing.sign(encrypted.data, signing.Pkcs12Key(P12, PASSWORD), STAMP, pdf_password=encrypted.password)
    result = verify.verify(signed, [DER], password=encrypted.password)
    assert (result.reason, result.location) == ("Overdracht aan wijkteam", "Houten")
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(encrypted.password + "\n", encoding="utf-8")
    code, out, err = cli_verify(capsys, tmp_path, signed, "--password-file", str(secret))
    assert "Reden: Overdracht aan wijkteam" in out and err == ""
    assert code == 1  # not trusted without a vault


# -- fuzzing ------------------------------------------------------------------------------------------

def _same_signature(mutated: bytes) -> bool:
    """Whether a change inside the /Contents hex string leaves its bytes as they were (``a`` for ``A``)."""
    if mutated[:HEX_START] != SIGNED[:HEX_START] or mutated[HEX_END:] != SIGNED[HEX_END:]:
        return False
    try:
        return bytes.fromhex(mutated[HEX_START:HEX_END].decode("latin-1")) == bytes.fromhex(
            SIGNED[HEX_START:HEX_END].decode())
    except ValueError:
        return False


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, len(SIGNED) - 1), st.binary(min_size=1, max_size=3))
@example(HEX_START + DER_HEX + 2, b"1")                         # padding
@example(HEX_START + 2, b"f")                                   # the DER length
@example(HEX_START - 1, b">")                                   # the hex string closed early
@example(HEX_START + 10, b" ")                                  # white space in the hex string
@example(HEX_START + 10, b"A")                                  # the same nibble in upper case
@example(len(SIGNED) - 6, b"%%EOX")                             # the last %%EOF
@example(0, b"%PDF-9")                                          # the header
def test_any_changed_bytes_are_never_taken_for_the_signed_file(position, new):
    mutated = replaced(SIGNED, position, new)[:len(SIGNED)]
    result = answer(mutated)
    assert isinstance(result, Verdict) or result == PdfProblem.NOT_A_PDF
    if mutated != SIGNED and not _same_signature(mutated):
        assert result not in (Verdict.OK, Verdict.UNTRUSTED)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(SIGNED)))
@example(HEX_START + DER_HEX)
@example(len(SIGNED) - 1)
def test_a_file_cut_off_anywhere_is_never_taken_for_the_signed_file(length):
    result = answer(SIGNED[:length])
    if length < len(SIGNED) - 1:
        assert result in (Verdict.CHANGED, Verdict.UNCHECKABLE, Verdict.NOT_SIGNED, PdfProblem.NOT_A_PDF)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
@example(b"%PDF-1.7\n%%EOF")
@example(b"%PDF-1.7\n/ByteRange [0 1 2 3]\n%%EOF")
def test_any_bytes_are_refused_cleanly(data):
    assert answer(data, trusted=[]) in (Verdict.NOT_SIGNED, Verdict.UNCHECKABLE, PdfProblem.NOT_A_PDF)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, len(SIGNED) - 1), st.binary(min_size=1, max_size=2))
@example(HEX_START + DER_HEX + 2, b"9")
def test_wijkzorg_verify_answers_one_line_for_any_damage(capsys, tmp_path, position, new):
    mutated = replaced(SIGNED, position, new)[:len(SIGNED)]
    code, out, err = cli_verify(capsys, tmp_path, mutated)
    assert code in (0, 1) and "Traceback" not in err
    if answer(mutated) in (Verdict.CHANGED, Verdict.UNCHECKABLE, PdfProblem.NOT_A_PDF):
        assert (code, len(out)) == (1, 1)
        assert out[0].startswith(("Gewijzigd: ", "Niet te controleren: "))
