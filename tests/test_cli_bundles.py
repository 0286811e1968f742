"""``wijkzorg bundle make|open|inspect|instructions`` and ``export-json`` between two real vaults: what is
printed, what is written, and every refusal as one Dutch line with a non-zero exit."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parent / "services"))
import bundle_helpers
from bundle_helpers import CJG, PASSPHRASE, counts

from wijkzorg_desktop.cli import run
from wijkzorg_desktop.documents import cms, verify
from wijkzorg_desktop.services.vaults import unlock

practices = bundle_helpers.practices


def cli(capsys, *argv):
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wijkzorg: "), err
    return lines[0]


@pytest.fixture
def stores(practices, tmp_path):
    """Both vaults closed (the commands open them), with their passphrase file and the case's label."""
    label = bundle_helpers.cases.open_case(practices.sender, practices.case_id).case.label
    refused_label = bundle_helpers.cases.open_case(
        practices.sender, bundle_helpers.case_id_of(practices.sender, "Gezin A")).case.label
    practices.sender.close()
    practices.receiver.close()
    given = tmp_path / "pass.txt"
    given.write_text(PASSPHRASE + "\n")
    return practices.sender_store, practices.receiver_store, given, label, refused_label


def vault(store, given, login="beheer"):
    return ["--store", store, "--user", login, "--passphrase-file", given]


def _counts(store) -> dict[str, int]:
    session = unlock(store, "beheer", PASSPHRASE).session
    try:
        return counts(session)
    finally:
        session.close()


def test_make_inspect_open_and_import(stores, tmp_path, capsys):
    sender, receiver, given, label, _ = stores
    code, out, err = cli(capsys, "bundle", "make", *vault(sender, given), "--case", label, "--to", CJG,
                         "--certificate", "--out", tmp_path)
    assert (code, err) == (0, ""), err
    written = [p for p in tmp_path.iterdir() if p.suffix == ".p7m"]
    assert len(written) == 1 and written[0].name.endswith(f" {label}.p7m") and written[0].name.startswith("OVD-")
    assert f"Overdrachtsbestand voor {CJG} geschreven naar" in out and "Wachtwoord" not in out
    if os.name == "posix":
        assert written[0].stat().st_mode & 0o077 == 0

    code, out, err = cli(capsys, "bundle", "inspect", written[0])
    assert (code, err) == (0, "")
    assert out.count("Ontvanger: een certificaat van") == 2

    code, out, err = cli(capsys, "bundle", "open", written[0], *vault(receiver, given), "--dry-run")
    assert (code, err) == (0, ""), err
    assert "Afzender: Huisartsenpraktijk De Linde (demo)" in out and "niets geïmporteerd (--dry-run)" in out
    assert f"Casus bij de afzender: {label}" in out and "grondslag: toestemming" in out
    before = _counts(receiver)
    assert before["received_bundles"] == 0
    code, out, err = cli(capsys, "bundle", "open", written[0], *vault(receiver, given))
    assert code == 1 and "--yes" in one_line(err)             # no terminal to ask: nothing imported
    assert _counts(receiver) == before
    code, out, err = cli(capsys, "bundle", "open", written[0], *vault(receiver, given), "--yes")
    assert (code, err) == (0, ""), err
    assert "Geïmporteerd als Gezin G-" in out
    assert _counts(receiver)["received_bundles"] == 1 and _counts(receiver)["cases"] == before["cases"] + 1

    after = _counts(receiver)
    code, out, err = cli(capsys, "bundle", "open", written[0], *vault(receiver, given), "--yes")
    assert code == 1 and "al geïmporteerd" in one_line(err)
    assert _counts(receiver) == after


def test_a_password_bundle_prints_its_password_once_and_opens_with_it(stores, tmp_path, capsys):
    sender, receiver, given, label, _ = stores
    out_file = tmp_path / "bundel.p7m"
    code, out, err = cli(capsys, "bundle", "make", *vault(sender, given), "--case", label, "--to", CJG,
                         "--password", "--out", out_file)
    assert (code, err) == (0, ""), err
    password = out.strip().splitlines()[-1].rsplit(": ", 1)[1]
    assert len(password.split("-")) >= 9 and "telefonisch" in out
    code, out, err = cli(capsys, "bundle", "inspect", out_file)
    assert "Ontvanger: een wachtwoord" in out
    code, out, err = cli(capsys, "bundle", "open", out_file, *vault(receiver, given), "--dry-run")
    assert code == 1 and "wachtwoord" in one_line(err)
    wrong = tmp_path / "fout.txt"
    wrong.write_text("kaars-molen-tulp\n")
    code, out, err = cli(capsys, "bundle", "open", out_file, *vault(receiver, given), "--password-file", wrong)
    assert code == 1 and "Dit wachtwoord opent het overdrachtsbestand niet." in one_line(err)
    right = tmp_path / "goed.txt"
    right.write_text(password + "\n")
    code, out, err = cli(capsys, "bundle", "open", out_file, *vault(receiver, given), "--password-file", right,
                         "--yes")
    assert (code, err) == (0, ""), err


def test_refusals_are_one_line_and_change_nothing(stores, tmp_path, capsys):
    sender, receiver, given, label, refused_label = stores
    before = _counts(sender)
    code, out, err = cli(capsys, "bundle", "make", *vault(sender, given), "--case", refused_label,
                         "--to", "Sociaal Wijkteam Houten-Zuid", "--certificate", "--out", tmp_path / "x.p7m")
    assert code == 1 and out == ""
    line = one_line(err)
    assert "mag niet voor dit doel met Sociaal Wijkteam Houten-Zuid worden gedeeld" in line
    assert _counts(sender) == before and not (tmp_path / "x.p7m").exists()
    code, out, err = cli(capsys, "bundle", "make", *vault(sender, given, "assistent"), "--case", label, "--to",
                         CJG, "--certificate", "--out", tmp_path / "x.p7m")
    assert code == 1 and "assistent" in one_line(err)
    not_a_bundle = tmp_path / "geen.p7m"
    not_a_bundle.write_bytes(b"geen cms")
    code, out, err = cli(capsys, "bundle", "inspect", not_a_bundle)
    assert code == 1 and "geen versleuteld of ondertekend overdrachtsbestand" in one_line(err)
    code, out, err = cli(capsys, "bundle", "open", tmp_path / "bestaat-niet.p7m", *vault(receiver, given))
    assert code == 1 and "bestaat-niet.p7m" in one_line(err)


def test_the_openen_zonder_wijkzorg_page_is_one_signed_page_with_the_fingerprint(stores, tmp_path, capsys):
    sender, _, given, _, _ = stores
    out_file = tmp_path / "openen.pdf"
    code, _out, err = cli(capsys, "bundle", "instructions", *vault(sender, given), "--out", out_file)
    assert (code, err) == (0, ""), err
    reader = PdfReader(io.BytesIO(out_file.read_bytes()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text().replace("\n", " ")
    session = unlock(sender, "beheer", PASSPHRASE).session
    try:
        der = bundle_helpers.certificate_store.get(session.conn).certificate
    finally:
        session.close()
    pairs = verify.fingerprint(der).split(":")
    assert ":".join(pairs[:16]) in text and ":".join(pairs[16:]) in text
    assert "openssl cms -decrypt" in text and "-pwri_password" in text and "openssl cms -verify" in text
    docs = (Path(__file__).resolve().parent.parent / "docs" / "openen-zonder-wijkzorg.md").read_text("utf-8")
    for command in ("-recip uw-certificaat.pem -inkey uw-sleutel.pem", "-pwri_password", "-CAfile praktijk.pem",
                    "-fingerprint -sha256"):
        assert command in docs and command in text


def test_export_json_is_encrypted_by_default_and_plaintext_only_when_asked(stores, tmp_path, capsys):
    sender, _, given, _, _ = stores
    out_file = tmp_path / "export.p7m"
    code, _, err = cli(capsys, "export-json", *vault(sender, given), "--out", out_file)
    assert (code, err) == (0, ""), err
    data = out_file.read_bytes()
    assert [r.kind for r in cms.recipients_of(data)] == ["certificate"]
    session = unlock(sender, "beheer", PASSPHRASE).session
    try:
        document = json.loads(cms.decrypt_with_key(data, bundle_helpers.certificate_store.get(session.conn)
                                                   .certificate, bundle_helpers.key_of(session)))
    finally:
        session.close()
    assert document["format"] == "wijkzorg-export"
    assert [r["detail"] for r in document["audit_log"] if r["object_id"] == "export-json"][-1] == \
        "encrypted to the practice certificate"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []

    plain = tmp_path / "export.json"
    code, _, err = cli(capsys, "export-json", *vault(sender, given), "--out", plain, "--plaintext")
    assert code == 0 and "Waarschuwing" in err and "onversleuteld" in err
    assert json.loads(plain.read_text("utf-8"))["format"] == "wijkzorg-export"
    code, _out, err = cli(capsys, "export-json", *vault(sender, given), "--out", plain, "--plaintext", "--password")
    assert code == 1 and "--plaintext" in one_line(err)


@pytest.mark.parametrize("mode", [[], ["--plaintext"]], ids=["encrypted", "plaintext"])
def test_an_export_killed_midway_leaves_no_file_beside_the_target(stores, tmp_path, mode):
    """The process dies (os._exit, as a kill) while the document is being written: nothing is left."""
    sender, _, given, _, _ = stores
    target = tmp_path / "uit"
    target.mkdir()
    script = (
        "import os, sys\n"
        "from wijkzorg_desktop.services import export_stream\n"
        "real = export_stream._Out.flush\n"
        "def flush(self):\n"
        "    real(self)\n"
        "    os._exit(9)\n"
        "export_stream._Out.flush = flush\n"
        "from wijkzorg_desktop.cli import run\n"
        "sys.exit(run(sys.argv[1:]))\n")
    env = {**os.environ, "WIJKZORG_KDF_PROFILE": "test"}
    result = subprocess.run([sys.executable, "-c", script, "export-json", *map(str, vault(sender, given)),
                             "--out", str(target / "export.out"), *mode], capture_output=True, env=env, check=False)
    assert result.returncode == 9, result.stderr
    assert list(target.iterdir()) == []
