"""``wijkzorg document`` and ``wijkzorg verify`` on a real demo vault, with pdfsig as a second opinion."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from wijkzorg_desktop.cli import run


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def handover(demo_store, passphrase_file, tmp_path, capsys):
    out = tmp_path / "overdracht.pdf"
    code, printed, err = cli(capsys, "document", "handover", "--store", demo_store, "--user", "poh",
                             "--passphrase-file", passphrase_file, "--case", "Gezin G-2026-007",
                             "--to", "CJG Houten (JGZ)", "--out", out)
    assert (code, err) == (0, ""), err
    assert printed.startswith("Overdrachtsdocument OVD-") and "ondertekend en geschreven naar" in printed
    return out


def verify(capsys, pdf, demo_store=None, passphrase_file=None):
    vault = ["--store", demo_store, "--user", "huisarts", "--passphrase-file", passphrase_file] if demo_store else []
    return cli(capsys, "verify", pdf, *vault)


def test_a_handover_verifies_as_intact_and_trusted_with_the_practice_vault(handover, demo_store, passphrase_file,
                                                                           capsys):
    code, out, err = verify(capsys, handover, demo_store, passphrase_file)
    assert (code, err) == (0, "")
    assert "Ondertekend door: Huisartsenpraktijk De Linde (demo)" in out
    assert "Ongewijzigd: ja" in out and "Vertrouwd: ja" in out and "Reden: Overdracht aan CJG Houten (JGZ)" in out
    code, out, _ = verify(capsys, handover)
    assert code == 1 and "Vertrouwd: nee" in out  # without the vault nobody is trusted
    if shutil.which("pdfsig"):
        report = subprocess.run(["pdfsig", str(handover)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in report


def test_a_changed_byte_or_an_appended_update_fails_verification(handover, demo_store, passphrase_file, capsys,
                                                                 tmp_path):
    data = bytearray(handover.read_bytes())
    changed = tmp_path / "changed.pdf"
    position = data.index(b"/Contents") - 200  # inside the first signed range, away from the signature itself
    data[position] ^= 0x01
    changed.write_bytes(bytes(data))
    code, _, _ = verify(capsys, changed, demo_store, passphrase_file)
    assert code == 1
    appended = tmp_path / "appended.pdf"
    original = handover.read_bytes()
    from io import BytesIO

    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(original))
    info = writer.root
    info[NameObject("/WijkzorgNote")] = TextStringObject("later toegevoegd")
    writer.update_root()
    buffer = BytesIO()
    writer.write(buffer)
    appended.write_bytes(buffer.getvalue())
    code, _, _ = verify(capsys, appended, demo_store, passphrase_file)
    assert code == 1


def test_a_handover_without_consent_is_refused_in_one_line(demo_store, passphrase_file, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code, printed, err = cli(capsys, "document", "handover", "--store", demo_store, "--user", "poh",
                             "--passphrase-file", passphrase_file, "--case", "Gezin A-2026-001",
                             "--to", "Sociaal Wijkteam Houten-Zuid", "--out", out)
    assert (code, printed) == (1, "") and not out.exists()
    assert err.count("\n") == 1 and "toestemming niet gevraagd" in err and "Traceback" not in err


def test_an_unknown_recipient_or_case_is_named(demo_store, passphrase_file, tmp_path, capsys):
    base = ["document", "handover", "--store", demo_store, "--user", "poh", "--passphrase-file", passphrase_file,
            "--out", tmp_path / "x.pdf"]
    code, _, err = cli(capsys, *base, "--case", "Gezin G-2026-007", "--to", "Niemand")
    assert code == 1 and "Niemand" in err
    code, _, err = cli(capsys, *base, "--case", "Gezin Z-2026-999", "--to", "CJG Houten (JGZ)")
    assert code == 1 and "Er is geen casus Gezin Z-2026-999." in err


def test_an_encrypted_handover_prints_its_password_once(demo_store, passphrase_file, tmp_path, capsys):
    out = tmp_path / "versleuteld.pdf"
    code, printed, _ = cli(capsys, "document", "handover", "--store", demo_store, "--user", "poh",
                           "--passphrase-file", passphrase_file, "--case", "Gezin G-2026-007",
                           "--to", "CJG Houten (JGZ)", "--out", out, "--encrypt")
    assert code == 0
    password = printed.strip().splitlines()[-1].rsplit(": ", 1)[1]
    code, _, err = verify(capsys, out)
    assert code == 1 and "wachtwoord" in err
    secret = tmp_path / "pw.txt"
    secret.write_text(password + "\n", encoding="utf-8")
    code, shown, _ = cli(capsys, "verify", out, "--password-file", secret)
    assert "Ongewijzigd: ja" in shown


def test_the_follow_up_list_as_pdf(demo_store, passphrase_file, tmp_path, capsys):
    out = tmp_path / "opvolging.pdf"
    code, printed, err = cli(capsys, "document", "followups", "--store", demo_store, "--user", "huisarts",
                             "--passphrase-file", passphrase_file, "--all", "--out", out)
    assert (code, err) == (0, "") and out.read_bytes().startswith(b"%PDF")
    assert printed.startswith("Opvolglijst OPV-")
