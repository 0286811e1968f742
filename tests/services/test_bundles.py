"""Case bundles between two real vaults: made at the demo practice De Linde, opened and imported at the
partner practice De Es; the consent gate, what case.json holds, what is recorded on both sides."""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_helpers
from bundle_helpers import CJG, audit_failures, counts, open_inner

from wijkzorg_desktop.documents import certificates, cms, pdf_crypt, practice_certificate, verify
from wijkzorg_desktop.domain.errors import SharingRefused
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import bundle_format, bundles, cases, documents
from wijkzorg_desktop.services.bundle_format import BundleRefused
from wijkzorg_desktop.store import bundles as bundle_store

practices = bundle_helpers.practices
NL = translator("nl")


# -- the format on its own ------------------------------------------------------------------------

def test_the_file_name_is_the_document_id_and_the_pseudonym_only():
    name = bundle_format.file_name("OVD-20261203-7KQ2MX", "Gezin K-2026-014")
    assert name == "OVD-20261203-7KQ2MX Gezin K-2026-014.p7m"
    assert bundle_format.file_name("OVD-1", "Gezin K/../x") == "OVD-1 Gezin K_.._x.p7m"


def test_a_password_is_readable_words_of_at_least_80_bits():
    words = set(pdf_crypt.WORDS)
    seen = set()
    for _ in range(20):
        password = bundle_format.new_password()
        parts = password.split("-")
        assert all(part in words for part in parts)
        assert len(parts) * math.log2(len(words)) >= 80
        seen.add(password)
    assert len(seen) == 20


def _files(**changes: bytes) -> dict[str, bytes]:
    case = json.dumps({"format": "wijkzorg-casus", "schema_version": 1, "case": {"pseudonym": "Gezin K-2026-001"},
                       "household": []}).encode()
    pdf = b"%PDF-1.7\n%%EOF\n"
    files = {"case.json": case, "overdracht.pdf": pdf}
    facts = bundle_format.ManifestFacts("0b7e4c52-0c2a-4a55-9d39-0d5e8f1c2a11", "2026-12-03T10:00:00Z", "P",
                                        "AA", "R", "organisation", "", True, "overdracht", "toestemming", (1, 2), (),
                                        "Gezin K-2026-001", "OVD-1")
    files["manifest.json"] = bundle_format.manifest(facts, files)
    files.update(changes)
    return files


def test_a_zip_round_trips_and_its_hashes_are_checked():
    files = _files()
    read = bundle_format.read_zip(bundle_format.write_zip(files))
    assert read == files
    manifest, case = bundle_format.check_files(read)
    assert manifest["sharing"]["consent_ids"] == [1, 2] and case["case"]["pseudonym"] == "Gezin K-2026-001"
    with pytest.raises(BundleRefused) as caught:
        bundle_format.check_files({**files, "case.json": files["case.json"].replace(b"K-2026", b"L-2026")})
    assert "case.json komt niet overeen met" in caught.value.text(NL)


@pytest.mark.parametrize("names", [
    ["manifest.json", "case.json"],
    ["manifest.json", "case.json", "overdracht.pdf", "extra.txt"],
    ["manifest.json", "case.json", "../overdracht.pdf"],
    ["manifest.json", "case.json", "map/overdracht.pdf"],
    ["manifest.json", "case.json", "overdracht.pdf", "case.json"],
], ids=["missing", "extra", "path", "folder", "duplicate"])
def test_a_zip_with_other_names_is_refused(names):
    import io
    import warnings
    import zipfile

    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w") as archive:
        warnings.simplefilter("ignore")
        for name in names:
            archive.writestr(name, b"{}")
    with pytest.raises(BundleRefused) as caught:
        bundle_format.read_zip(buffer.getvalue())
    assert "niets is geïmporteerd" in caught.value.text(NL) or "niets geïmporteerd" in caught.value.text(NL)


def test_a_zip_bomb_is_cut_off_at_the_limit():
    files = _files(**{"case.json": b" " * (bundle_format.LIMITS["case.json"] + 10)})
    with pytest.raises(BundleRefused):
        bundle_format.read_zip(bundle_format.write_zip(files))


def test_a_newer_schema_or_another_format_is_refused_in_words():
    newer = json.loads(_files()["manifest.json"])
    newer["schema_version"] = 2
    with pytest.raises(BundleRefused) as caught:
        bundle_format.check_files(_files(**{"manifest.json": json.dumps(newer).encode()}))
    assert "nieuwere versie" in caught.value.text(NL)
    other = {**newer, "schema_version": 1, "format": "iets-anders"}
    with pytest.raises(BundleRefused) as caught:
        bundle_format.check_files(_files(**{"manifest.json": json.dumps(other).encode()}))
    assert "iets-anders" in caught.value.text(NL)


# -- two practices --------------------------------------------------------------------------------

def test_a_bundle_goes_from_one_practice_to_the_other(practices):
    p = practices
    steps = []
    made = bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions(),
                               progress=lambda percent, step: steps.append((percent, step)))
    label = cases.open_case(p.sender, p.case_id).case.label
    assert re.fullmatch(r"OVD-\d{8}-[A-Z0-9]{6} " + re.escape(label) + r"\.p7m", made.file_name)
    assert made.password is None and made.recipient == CJG
    assert [s for s, _ in steps] == sorted(s for s, _ in steps) and steps[-1][0] == 100
    assert all(step in vars(bundles).values() for _, step in steps)   # source texts, translated by the window
    # the recipient's certificate and the practice's own
    serials = sorted(info.serial for info in bundles.inspect_bundle(made.data))
    from cryptography import x509

    assert serials == sorted(x509.load_der_x509_certificate(c).serial_number
                             for c in (p.receiver_certificate(), p.sender_certificate()))

    before = counts(p.sender)
    bundles.record_sent(p.sender, made, p.case_id, "/tmp/x.p7m")
    after = counts(p.sender)
    assert after["sent_bundles"] == before["sent_bundles"] + 1
    assert after["timeline_entries"] == before["timeline_entries"] + 1
    sent = bundle_store.sent(p.sender.conn, made.bundle_id)
    assert sent.recipient == CJG and sent.basis == "toestemming" and sent.sha256 == made.sha256
    consent_ids = {c.id for c in cases.open_case(p.sender, p.case_id).consents if c.recipient == p.cjg}
    assert consent_ids and sent.consent_ids == ",".join(f"c{i}" for i in sorted(consent_ids))
    entry = cases.open_case(p.sender, p.case_id).timeline[0]          # the newest
    assert entry.text.startswith(f"Versleuteld overdrachtsbestand {made.file_name} verstuurd aan {CJG}")
    assert "grondslag: toestemming (toestemmingen nr." in entry.text and made.bundle_id in entry.text
    audit = p.sender.conn.execute("SELECT detail, case_id FROM audit_log WHERE object_type = 'bundle' "
                                  "AND object_id = ?", (made.bundle_id,)).fetchone()
    assert audit[1] == label and "basis toestemming" in audit[0] and sent.consent_ids in audit[0]

    before = counts(p.receiver)
    preview = bundles.read_bundle(p.receiver, made.data)
    assert counts(p.receiver) == before     # reading writes nothing but the audit
    assert preview.sender.trusted and preview.sender.owner_kind == "contact"
    assert preview.manifest["sharing"]["consent_ids"] == sorted(consent_ids)
    assert preview.manifest["case_pseudonym"] == label
    assert verify.verify(preview.pdf, [p.sender_certificate()]).ok
    case_id = bundles.import_bundle(p.receiver, preview)
    new = cases.open_case(p.receiver, case_id)
    assert new.case.label.startswith("Gezin G-") and new.case.label != "" and len(new.members) == len(
        cases.open_case(p.sender, p.case_id).members)
    provenance, content = new.timeline[0].text, new.timeline[1].text
    assert provenance.startswith("Ontvangen als versleuteld overdrachtsbestand van Huisartsenpraktijk De Linde")
    assert made.bundle_id in provenance and label in provenance and "grondslag: toestemming" in provenance
    assert content.startswith("Uit de overdracht:") and "Plan van aanpak" in content
    assert bundle_store.received(p.receiver.conn, made.bundle_id).case_id == case_id
    imported = p.receiver.conn.execute("SELECT detail FROM audit_log WHERE action = 'import' AND object_id = ?",
                                       (made.bundle_id,)).fetchone()
    assert imported and "basis toestemming" in imported[0]


def test_case_json_holds_what_the_handover_shows_and_no_more(practices):
    p = practices
    for member in cases.open_case(p.sender, p.case_id).members:
        cases.put_member(p.sender, type(member)(**{**{f: getattr(member, f) for f in member.__slots__},
                                                   "his_number": f"HIS{member.id}"}))
    made = bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions())
    _, files = open_inner(made.data, p.sender)      # the practice can read its own copy
    case = json.loads(files["case.json"])
    text = files["case.json"].decode()
    assert "HIS" not in text and "his_number" not in text
    assert "timeline" not in case and "audit" not in text and "drafts" not in text
    assert all(set(m) == {"ref", "role", "initials", "birth_year"} for m in case["household"])
    assert all("notes" not in s for s in case["meldcode"]["steps"])
    detailed = bundles.BundleOptions(documents.HandoverOptions(household_detail=True), include_his_numbers=True)
    _, files = open_inner(bundles.make_bundle(p.sender, p.case_id, p.cjg, detailed).data, p.sender)
    assert all(m["his_number"].startswith("HIS") for m in json.loads(files["case.json"])["household"])


def test_a_password_bundle_opens_with_its_password(practices):
    p = practices
    made = bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions(use_password=True))
    assert made.password and len(made.password.split("-")) >= 9
    kinds = sorted(info.kind for info in bundles.inspect_bundle(made.data))
    assert kinds == ["certificate", "password"]
    with pytest.raises(BundleRefused) as caught:
        bundles.read_bundle(p.receiver, made.data)
    assert "wachtwoord" in caught.value.text(NL)
    preview = bundles.read_bundle(p.receiver, made.data, password=made.password)
    assert preview.manifest["recipient"]["password"] is True


def test_the_practice_reads_its_own_copy_but_does_not_import_it(practices):
    p = practices
    made = bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions())
    bundles.record_sent(p.sender, made, p.case_id, "")
    preview = bundles.read_bundle(p.sender, made.data)
    assert preview.sender.owner_kind == "practice"
    before = counts(p.sender)
    with pytest.raises(BundleRefused) as caught:
        bundles.import_bundle(p.sender, preview)
    assert "zelf verstuurd" in caught.value.text(NL)
    assert counts(p.sender) == before


def test_the_consent_gate_refuses_and_audits_without_a_basis(practices):
    p = practices
    team = bundle_helpers.organisation(p.sender, "Sociaal Wijkteam Houten-Zuid", p.receiver_certificate())
    case_a = bundle_helpers.case_id_of(p.sender, "Gezin A")
    before = counts(p.sender)
    with pytest.raises(SharingRefused) as caught:
        bundles.make_bundle(p.sender, case_a, team, bundles.BundleOptions())
    assert "toestemming niet gevraagd" in caught.value.text(NL)
    assert counts(p.sender) == before
    failures = audit_failures(p.sender)
    assert failures and failures[-1][0] == "export" and "consent gate refused" in failures[-1][2]


def test_targets_are_the_contacts_with_a_certificate_and_say_why_not(practices):
    p = practices
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    ec_der = certificates.self_signed("Wijkteam", "Wijkteam", "w@example.org")
    bundle_helpers.organisation(p.sender, "Sociaal Wijkteam Houten-Zuid", ec_der)
    rsa = pkcs12.load_key_and_certificates(practice_certificate.generate("Oud", "Oud", "x", days=1,
                                                                         now=_long_ago()), b"x")[1]
    bundle_helpers.organisation(p.sender, "Veilig Thuis Utrecht", rsa.public_bytes(serialization.Encoding.DER))
    targets = {t.name: t for t in bundles.bundle_targets(p.sender, p.case_id)}
    assert targets[CJG].usable and targets[CJG].certificate_sha256 == verify.fingerprint(p.receiver_certificate())
    team = targets["Sociaal Wijkteam Houten-Zuid"]
    assert not team.usable and "RSA" in team.reason
    assert not targets["Veilig Thuis Utrecht"].usable and "expired" in targets["Veilig Thuis Utrecht"].reason
    bundle_helpers.organisation(p.sender, CJG, ec_der)
    before = counts(p.sender)
    with pytest.raises(BundleRefused) as caught:   # consent given, but this certificate cannot receive
        bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions())
    assert "RSA" in caught.value.text(NL) and caught.value.text(NL) != caught.value.text()
    assert counts(p.sender) == before
    bundle_helpers.organisation(p.sender, CJG, None)
    with pytest.raises(BundleRefused) as caught:
        bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions())
    assert "kies in plaats daarvan een wachtwoord" in caught.value.text(NL)
    assert bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions(use_password=True)).password


def _long_ago():
    from datetime import UTC, datetime

    return datetime(2020, 1, 1, tzinfo=UTC)


def test_inspect_refuses_what_is_not_cms_in_words():
    with pytest.raises(BundleRefused) as caught:
        bundles.inspect_bundle(b"PK\x03\x04 geen cms")
    assert caught.value.text(NL) != caught.value.text()   # translated
    assert isinstance(cms.CmsError, type)


def test_a_recorded_basis_without_consent_is_named_by_its_id(practices):
    """Toward Veilig Thuis a recorded meldrecht allows it: its id is in the manifest, the row and the audit."""
    from datetime import date

    from wijkzorg_desktop.domain.consent import BasisRecord, Purpose, SharingBasis
    from wijkzorg_desktop.services import consent

    p = practices
    vt = bundle_helpers.organisation(p.sender, "Veilig Thuis Utrecht", p.receiver_certificate())
    case_b = bundle_helpers.case_id_of(p.sender, "Gezin B")
    before = len(audit_failures(p.sender))
    with pytest.raises(SharingRefused):
        bundles.make_bundle(p.sender, case_b, vt, bundles.BundleOptions())
    assert len(audit_failures(p.sender)) == before + 1
    basis = consent.add_basis(p.sender, case_b, BasisRecord(SharingBasis.RIGHT_TO_REPORT, vt, Purpose.REPORT,
                                                            date(2026, 11, 23)))
    made = bundles.make_bundle(p.sender, case_b, vt, bundles.BundleOptions())
    assert made.manifest["sharing"]["basis"] == "meldrecht" and made.manifest["purpose"] == "melding"
    assert basis.id in made.manifest["sharing"]["basis_ids"]
    bundles.record_sent(p.sender, made, case_b, "")
    assert f"b{basis.id}" in bundle_store.sent(p.sender.conn, made.bundle_id).consent_ids.split(",")
    detail = p.sender.conn.execute("SELECT detail FROM audit_log WHERE object_id = ?", (made.bundle_id,)).fetchone()[0]
    assert "basis meldrecht" in detail and f"b{basis.id}" in detail
    preview = bundles.read_bundle(p.receiver, made.data)
    assert preview.manifest["sharing"]["basis_ids"] == made.manifest["sharing"]["basis_ids"]
