"""Interop with the real ``openssl`` both ways, as docs/openen-zonder-wijkzorg.md tells a partner: a bundle
made here decrypts with ``openssl cms -decrypt`` (certificate and password) and verifies with ``openssl cms
-verify`` against the practice certificate, giving the manifest, case.json and a PDF ``pdfsig`` validates;
a bundle signed then encrypted with openssl by a trusted partner imports; the encrypted export-json decrypts."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "services"))
import bundle_helpers
from bundle_helpers import RECEIVER, confirm, counts, organisation, pem_files

from wijkzorg_desktop.cli import run
from wijkzorg_desktop.documents import open_without, verify
from wijkzorg_desktop.services import bundle_format, bundles, cases
from wijkzorg_desktop.services.bundle_format import BundleRefused

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None or shutil.which("pdfsig") is None,
                                reason="needs openssl and pdfsig")
practices = bundle_helpers.practices


def openssl(*args: object, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["openssl", *map(str, args)], capture_output=True, check=check)


def _decrypt_and_verify(bundle: Path, ca: Path, *decrypt: object) -> dict[str, bytes]:
    signed = bundle.with_suffix(".signed")
    inner = bundle.with_suffix(".zip")
    openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", bundle, *decrypt, "-out", signed)
    done = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", signed, "-CAfile", ca, "-out", inner)
    assert b"Verification successful" in done.stderr
    with zipfile.ZipFile(inner) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_a_bundle_opens_and_verifies_with_openssl_and_pdfsig(practices, tmp_path):
    p = practices
    recv_cert, recv_key = pem_files(p.receiver, tmp_path, "partner")
    practice_pem, practice_key = pem_files(p.sender, tmp_path, "praktijk")
    made = bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions())
    bundle = tmp_path / made.file_name
    bundle.write_bytes(made.data)
    files = _decrypt_and_verify(bundle, practice_pem, "-recip", recv_cert, "-inkey", recv_key)
    assert sorted(files) == ["case.json", "manifest.json", "overdracht.pdf"]
    manifest = json.loads(files["manifest.json"])
    assert manifest["files"] == {n: bundle_format.sha256(files[n]) for n in ("case.json", "overdracht.pdf")}
    assert manifest["sender"]["certificate_sha256"] == verify.fingerprint(p.sender_certificate())
    assert json.loads(files["case.json"])["case"]["pseudonym"] == cases.open_case(p.sender, p.case_id).case.label
    pdf = tmp_path / "overdracht.pdf"
    pdf.write_bytes(files["overdracht.pdf"])
    checked = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, check=False)
    assert "Signature is Valid" in checked.stdout, checked.stdout
    # the practice's own copy, with its own key; and a signature checked against another CA fails
    assert _decrypt_and_verify(bundle, practice_pem, "-recip", practice_pem, "-inkey", practice_key) == files
    signed = bundle.with_suffix(".signed")
    wrong = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", signed, "-CAfile", recv_cert,
                    "-out", tmp_path / "x.zip", check=False)
    assert wrong.returncode != 0


def test_a_password_bundle_opens_with_openssl(practices, tmp_path):
    p = practices
    practice_pem, _ = pem_files(p.sender, tmp_path, "praktijk")
    made = bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions(use_password=True))
    bundle = tmp_path / made.file_name
    bundle.write_bytes(made.data)
    files = _decrypt_and_verify(bundle, practice_pem, "-pwri_password", made.password)
    assert json.loads(files["manifest.json"])["recipient"]["password"] is True
    wrong = openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", bundle, "-pwri_password",
                    "kaars-molen-tulp", "-out", tmp_path / "x", check=False)
    assert wrong.returncode != 0


def _partner_zip(partner_sha: str) -> bytes:
    """What a partner without Wijkzorg puts together by hand: the three files, the manifest's hashes."""
    from datetime import UTC, datetime

    from wijkzorg_desktop.documents.pdf_layout import Letterhead

    pdf = open_without.render(open_without.OpenWithoutData(Letterhead(RECEIVER), "OZW-1", datetime.now(UTC),
                                                           partner_sha))
    case = {"format": "wijkzorg-casus", "schema_version": 1,
            "case": {"pseudonym": "Gezin R-2026-003", "summary": "Gezin verhuist naar Houten.",
                     "opened_on": "2026-10-01"},
            "household": [{"ref": "m1", "role": "ouder", "initials": "R.R.", "birth_year": 1990},
                          {"ref": "m2", "role": "kind", "initials": "S.R.", "birth_year": 2019}],
            "plan": [{"text": "Kennismaken met de POH", "who": "POH-GGZ", "due": "2026-12-20"}]}
    files = {"case.json": json.dumps(case).encode(), "overdracht.pdf": pdf}
    facts = bundle_format.ManifestFacts("6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b", "2026-12-03T09:00:00Z", RECEIVER,
                                        partner_sha, "Huisartsenpraktijk De Linde (demo)", "organisation", "",
                                        False, "overdracht", "toestemming", (31,), (), "Gezin R-2026-003", "OZW-1")
    files["manifest.json"] = bundle_format.manifest(facts, files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_bundle_signed_and_encrypted_with_openssl_by_a_trusted_partner_imports(practices, tmp_path):
    p = practices
    partner_cert, partner_key = pem_files(p.receiver, tmp_path, "partner")
    practice_pem, _ = pem_files(p.sender, tmp_path, "praktijk")
    organisation(p.sender, bundle_helpers.CJG, None)       # the partner's certificate with the partner only
    partner = organisation(p.sender, RECEIVER, p.receiver_certificate())
    inner = tmp_path / "overdracht.zip"
    inner.write_bytes(_partner_zip(verify.fingerprint(p.receiver_certificate())))
    signed, bundle = tmp_path / "ondertekend.p7m", tmp_path / "OZW-1 Gezin R-2026-003.p7m"
    openssl("cms", "-sign", "-nodetach", "-binary", "-md", "sha256", "-in", inner, "-signer", partner_cert,
            "-inkey", partner_key, "-outform", "DER", "-out", signed)
    openssl("cms", "-encrypt", "-binary", "-aes-256-cbc", "-in", signed, "-recip", practice_pem,
            "-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256", "-outform", "DER", "-out", bundle)
    data = bundle.read_bytes()
    before = counts(p.sender)
    with pytest.raises(BundleRefused):              # stored with a contact, not yet confirmed: not trusted
        bundles.read_bundle(p.sender, data)
    assert counts(p.sender) == before
    confirm(p.sender, partner, p.receiver_certificate())
    preview = bundles.read_bundle(p.sender, data)
    assert preview.sender.trusted and RECEIVER in preview.sender.owner
    case_id = bundles.import_bundle(p.sender, preview)
    new = cases.open_case(p.sender, case_id)
    assert [m.initials for m in new.members] == ["R.R.", "S.R."]
    assert "Gezin R-2026-003" in new.timeline[0].text and "Kennismaken met de POH" in new.timeline[1].text
    assert "grondslag: toestemming (toestemmingen nr. 31)" in new.timeline[0].text
    assert not new.case.label.startswith("Gezin R-2026-003")


def test_the_encrypted_export_decrypts_with_openssl(practices, tmp_path, capsys):
    p = practices
    practice_pem, practice_key = pem_files(p.sender, tmp_path, "praktijk")
    p.sender.close()
    out = tmp_path / "export.p7m"
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text(bundle_helpers.PASSPHRASE + "\n")
    code = run(["export-json", "--store", str(p.sender_store), "--user", "beheer", "--passphrase-file",
                str(passphrase), "--out", str(out), "--to-certificate", "--password"])
    printed = capsys.readouterr().out
    assert code == 0
    password = printed.strip().splitlines()[-1].rsplit(": ", 1)[1]
    assert not out.read_bytes().lstrip().startswith(b"{")
    plain = tmp_path / "export.json"
    openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", out, "-recip", practice_pem, "-inkey",
            practice_key, "-out", plain)
    document = json.loads(plain.read_text("utf-8"))
    assert document["format"] == "wijkzorg-export"
    openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", out, "-pwri_password", password, "-out", plain)
    assert json.loads(plain.read_text("utf-8")) == document
