"""Every way a bundle is refused at the receiving practice: a flipped byte anywhere, a wrong password, a
bundle for someone else, a replay, a manifest that does not match (re-signed, so only the hash check can
catch it), an untrusted or forged signer, an unknown schema, a ZIP with more in it. Each is refused with a
Dutch reason and an audit record, and leaves the vault as it was."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from asn1crypto import cms as asn1_cms

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_helpers
from bundle_helpers import SENDER, audit_failures, counts, open_inner, rehash, resign, zip_of

from wijkzorg_desktop.documents import cms, practice_certificate, signing
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import bundle_format, bundles
from wijkzorg_desktop.services.bundle_format import BundleRefused

practices = bundle_helpers.practices
NL = translator("nl")


@pytest.fixture
def made(practices):
    return bundles.make_bundle(practices.sender, practices.case_id, practices.cjg, bundles.BundleOptions())


def refused(session, data: bytes, password: str | None = None) -> str:
    """The Dutch reason a read is refused with; the vault unchanged but for one audit record of it."""
    before, failures = counts(session), len(audit_failures(session))
    with pytest.raises(BundleRefused) as caught:
        bundles.read_bundle(session, data, password)
    assert counts(session) == before
    assert len(audit_failures(session)) == failures + 1
    text = caught.value.text(NL)
    assert text != caught.value.text(), "not translated"
    return text


def _unread(data: bytes) -> set[int]:
    """What the receiver never reads: the RecipientInfo of the sender's own copy, the version numbers of the
    EnvelopedData and of its own RecipientInfo, and the type of the encrypted content (RFC 5652 fixes them
    from the structure; what they say decides nothing)."""
    enveloped = asn1_cms.ContentInfo.load(data)["content"]
    infos = enveloped["recipient_infos"]
    found: set[int] = set()
    for part, versioned in ((enveloped, True), (infos[0].chosen, True), (infos[1], False)):
        whole = part.dump()
        start = data.find(whole)
        assert start > 0 and data.find(whole, start + 1) == -1
        if versioned:
            version = start + len(part._header)
            assert data[version:version + 3] == part["version"].dump()
            found |= set(range(version, version + 3))
        else:
            found |= set(range(start, start + len(whole)))
    content = enveloped["encrypted_content_info"]
    start = data.find(content.dump()) + len(content._header)     # its content type, always "data"
    found |= set(range(start, start + len(content["content_type"].dump())))
    return found


def test_one_flipped_byte_anywhere_is_refused_or_changes_nothing_read(practices, made):
    """Flips across the whole file: the envelope's header and recipients byte by byte, then the encrypted
    content at a stride, then its end. A flip is refused, except where the receiver reads nothing (the
    recipient info of the sender's own copy, version numbers, the content's type): there the very same
    content comes out."""
    p, data = practices, made.data
    original = bundles.read_bundle(p.receiver, data)
    unread = _unread(data)
    positions = sorted({*range(0, 1400), *range(1400, len(data), max(1, len(data) // 400)),
                        *range(len(data) - 48, len(data))})
    before = counts(p.receiver)
    failures = len(audit_failures(p.receiver))
    refused_count = 0
    for position in positions:
        flipped = bytearray(data)
        flipped[position] ^= 0x5A
        try:
            preview = bundles.read_bundle(p.receiver, bytes(flipped))
        except BundleRefused as refusal:
            refused_count += 1
            assert refusal.text(NL) != refusal.text()
            continue
        assert position in unread, f"a flip at {position} was not refused"
        assert (preview.manifest, preview.case, preview.pdf) == (original.manifest, original.case, original.pdf)
    assert counts(p.receiver) == before
    assert len(audit_failures(p.receiver)) == failures + refused_count
    assert refused_count >= len(positions) - len(unread)


def test_a_wrong_password_is_refused(practices):
    made = bundles.make_bundle(practices.sender, practices.case_id, practices.cjg,
                               bundles.BundleOptions(use_password=True))
    assert "wachtwoord" in refused(practices.receiver, made.data, "kaars-molen-tulp-haven-rups")


def test_a_bundle_for_another_recipient_is_refused(practices):
    p = practices
    other = practice_certificate.load(practice_certificate.generate("Ander", "Ander", "pw"), "pw").der
    bundle_helpers.organisation(p.sender, bundle_helpers.CJG, other)
    made = bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions())
    assert "voor een ander versleuteld" in refused(p.receiver, made.data)


def test_a_replayed_bundle_is_refused(practices, made):
    p = practices
    first, second = bundles.read_bundle(p.receiver, made.data), bundles.read_bundle(p.receiver, made.data)
    bundles.import_bundle(p.receiver, first)
    assert "al geïmporteerd" in refused(p.receiver, made.data)
    before = counts(p.receiver)
    with pytest.raises(BundleRefused) as caught:     # a preview read before the first import: the same
        bundles.import_bundle(p.receiver, second)
    assert "al geïmporteerd" in caught.value.text(NL)
    assert counts(p.receiver) == before


def test_a_manifest_hash_mismatch_is_refused_even_when_signed_by_the_sender(practices, made):
    p = practices
    _, files = open_inner(made.data, p.sender)
    case = json.loads(files["case.json"])
    case["household"][0]["initials"] = "X.X."
    files = {**files, "case.json": json.dumps(case).encode()}
    forged = resign(p.sender, bundle_format.write_zip(files), p.receiver_certificate())
    assert "case.json komt niet overeen met het manifest" in refused(p.receiver, forged)


def test_a_newer_schema_and_a_zip_with_more_are_refused(practices, made):
    p = practices
    _, files = open_inner(made.data, p.sender)
    manifest = json.loads(files["manifest.json"])
    manifest["schema_version"] = 7
    newer = resign(p.sender, bundle_format.write_zip({**files, "manifest.json": json.dumps(manifest).encode()}),
                   p.receiver_certificate())
    assert "nieuwere versie" in refused(p.receiver, newer)
    for extra in ({"extra.exe": b"MZ"}, {"../../.bashrc": b"x"}):
        more = resign(p.sender, zip_of(rehash(files), extra), p.receiver_certificate())
        assert "bevat niet wat een overdrachtsbestand" in refused(p.receiver, more)


def test_an_unconfirmed_signer_is_refused_before_anything_inside_is_read(practices, made):
    """De Es signs a bundle for De Linde; De Linde has De Es's certificate (with the CJG) but never
    confirmed it. The inside is not even a ZIP: it must be refused for the signer, not for the content."""
    p = practices
    signed = cms.sign(b"not a zip at all", bundle_helpers.practice_cert.signing_key(p.receiver))
    data = cms.encrypt(signed, [cms.CertificateRecipient(p.sender_certificate())])
    text = refused(p.sender, data)
    assert "niet vertrouwt" in text and "niets geïmporteerd" in text


def test_a_forged_certificate_named_after_the_practice_is_refused(practices, made):
    p = practices
    forged = practice_certificate.generate(SENDER, SENDER, "pw")
    _, files = open_inner(made.data, p.sender)
    signed = cms.sign(bundle_format.write_zip(files), signing.Pkcs12Key(forged, "pw"))
    data = cms.encrypt(signed, [cms.CertificateRecipient(p.receiver_certificate())])
    text = refused(p.receiver, data)
    assert "niet vertrouwt" in text and SENDER in text


def test_a_password_bundle_without_its_password_asks_for_it(practices):
    made = bundles.make_bundle(practices.sender, practices.case_id, practices.cjg,
                               bundles.BundleOptions(use_password=True))
    assert "wachtwoord" in refused(practices.receiver, made.data)


def test_what_is_not_a_bundle_is_refused(practices):
    assert "overdrachtsbestand" in refused(practices.receiver, b"%PDF-1.7 dit is geen p7m")


def test_a_bundle_made_for_another_practice_and_encrypted_anew_is_refused(practices):
    """Signed by De Linde for someone else (its manifest names that certificate), then encrypted to De Es by
    whoever had it: De Linde's consent gate never said yes to De Es."""
    p = practices
    other = practice_certificate.load(practice_certificate.generate("Ander", "Ander", "pw"), "pw").der
    bundle_helpers.organisation(p.sender, bundle_helpers.CJG, other)
    made = bundles.make_bundle(p.sender, p.case_id, p.cjg, bundles.BundleOptions())
    key = bundle_helpers.key_of(p.sender)
    signed = cms.decrypt_with_key(made.data, p.sender_certificate(), key)
    forwarded = cms.encrypt(signed, [cms.CertificateRecipient(p.receiver_certificate())])
    assert "gemaakt voor CJG Houten (JGZ), niet voor deze praktijk" in refused(p.receiver, forwarded)
