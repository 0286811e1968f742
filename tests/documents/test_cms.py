"""CMS for the case bundles: encrypting to certificates and passwords, signing, and refusing whatever is
wrong with a file (altered, for someone else, wrong password, hostile parameters) with a CmsError."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from wijkzorg_desktop.documents import certificates, cms, cms_errors, cms_pwri, cms_token, practice_certificate, signing
from wijkzorg_desktop.documents.cms import CmsError, CmsProblem
from wijkzorg_desktop.documents.pdf_errors import DocumentError, PdfProblem
from wijkzorg_desktop.i18n import translator

PASSWORD = "kaars-molen-tulp"
CONTENT = b"Overdracht casus W-2026-0042: zorgen om de kinderen, afspraken met het wijkteam."
FAST = 1_000                                # the fewest PBKDF2 iterations a file may ask for


def make_certificate(name: str, *, bits: int = 2048, key=None, usage: dict | None = None,
                     not_before: dt.datetime | None = None, days: int = 30, serial: int | None = None,
                     issuer: str | None = None):
    """A self-signed certificate (DER) and its key; ``usage`` the KeyUsage flags that are set (None: no
    KeyUsage extension)."""
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=bits)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    issuer_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]) if issuer else subject
    start = not_before or dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer_name)
               .public_key(key.public_key()).serial_number(serial or x509.random_serial_number())
               .not_valid_before(start).not_valid_after(start + dt.timedelta(days=days)))
    if usage is not None:
        flags = dict.fromkeys(("digital_signature", "content_commitment", "key_encipherment",
                               "data_encipherment", "key_agreement", "key_cert_sign", "crl_sign",
                               "encipher_only", "decipher_only"), False)
        flags.update(usage)
        builder = builder.add_extension(x509.KeyUsage(**flags), critical=True)
    cert = builder.sign(key, hashes.SHA256())
    return cert.public_bytes(serialization.Encoding.DER), key


@pytest.fixture(scope="session")
def practice():
    """The practice as the program makes it: a self-signed RSA 3072 PKCS#12."""
    p12 = practice_certificate.generate("Dr. Marieke Saënen", "Huisartsenpraktijk Saënen", PASSWORD)
    contents = practice_certificate.open_pkcs12(p12, PASSWORD)
    der = contents.certificate.public_bytes(serialization.Encoding.DER)
    return der, contents.key, signing.Pkcs12Key(p12, PASSWORD)


@pytest.fixture(scope="session")
def partner():
    return make_certificate("Ilse de Vries (Wijkteam Houten)", usage={"key_encipherment": True,
                                                                     "digital_signature": True})


@pytest.fixture(scope="session")
def outsider():
    return make_certificate("Iemand anders", usage={"key_encipherment": True})


def refused(call, *args) -> CmsProblem:
    with pytest.raises(CmsError) as caught:
        call(*args)
    return caught.value.problem


# -- encrypting and decrypting ------------------------------------------------------------------------

def test_a_bundle_opens_for_each_of_its_recipients_and_names_them(practice, partner):
    blob = cms.encrypt(CONTENT, [cms.CertificateRecipient(partner[0]), cms.CertificateRecipient(practice[0]),
                                 cms.PasswordRecipient("vlinder-kompas-haring-toren-mossel", FAST)])
    assert CONTENT not in blob
    assert cms.decrypt_with_key(blob, partner[0], partner[1]) == CONTENT
    assert cms.decrypt_with_key(blob, practice[0], practice[1]) == CONTENT
    assert cms.decrypt_with_password(blob, "vlinder-kompas-haring-toren-mossel") == CONTENT
    found = cms.recipients_of(blob)
    assert [r.kind for r in found] == ["certificate", "certificate", "password"]
    assert found[0].serial == x509.load_der_x509_certificate(partner[0]).serial_number
    assert "Ilse de Vries" in found[0].issuer and "Saënen" in found[1].issuer
    assert found[2] == cms.RecipientInfo("password", "", 0)


def test_the_envelope_is_aes_256_cbc_with_rsa_oaep_sha256_and_pbkdf2(practice):
    blob = cms.encrypt(CONTENT, [cms.CertificateRecipient(practice[0]), cms.PasswordRecipient("x y", FAST)])
    enveloped = asn1_cms.ContentInfo.load(blob)["content"]
    assert enveloped["version"].native == "v3"
    content = enveloped["encrypted_content_info"]
    assert content["content_encryption_algorithm"]["algorithm"].native == "aes256_cbc"
    ktri, pwri = (info.chosen for info in enveloped["recipient_infos"])
    oaep = ktri["key_encryption_algorithm"]
    assert oaep["algorithm"].native == "rsaes_oaep"
    assert oaep["parameters"]["hash_algorithm"]["algorithm"].native == "sha256"
    assert oaep["parameters"]["mask_gen_algorithm"]["parameters"]["algorithm"].native == "sha256"
    assert ktri["rid"].name == "issuer_and_serial_number"
    kdf = pwri["key_derivation_algorithm"]["parameters"]
    assert kdf["iteration_count"].native == FAST and kdf["prf"]["algorithm"].native == "sha256"
    assert len(kdf["salt"].native) == 16
    assert pwri["key_encryption_algorithm"]["algorithm"].dotted == cms_pwri.PWRI_KEK_OID
    only_certificates = asn1_cms.ContentInfo.load(cms.encrypt(CONTENT, [cms.CertificateRecipient(practice[0])]))
    assert only_certificates["content"]["version"].native == "v0"


def test_each_encryption_uses_a_new_key_and_salt(practice):
    recipients = [cms.CertificateRecipient(practice[0]), cms.PasswordRecipient("x y", FAST)]
    assert cms.encrypt(CONTENT, recipients) != cms.encrypt(CONTENT, recipients)


def test_the_default_password_recipient_uses_600000_iterations():
    blob = cms.encrypt(b"kort", [cms.PasswordRecipient("drie woorden hier")])
    pwri = asn1_cms.ContentInfo.load(blob)["content"]["recipient_infos"][0].chosen
    assert pwri["key_derivation_algorithm"]["parameters"]["iteration_count"].native == 600_000
    assert cms.decrypt_with_password(blob, "drie woorden hier") == b"kort"


def test_empty_and_block_sized_contents_survive(practice):
    for content in (b"", b"x" * 16, b"y" * 4096 + b"z"):
        blob = cms.encrypt(content, [cms.CertificateRecipient(practice[0])])
        assert cms.decrypt_with_key(blob, practice[0], practice[1]) == content


def test_the_practice_own_copy_needs_no_key_encipherment(practice):
    """The practice is always a recipient, also with an older certificate that only signs."""
    signing_only, key = make_certificate("Oude praktijk", usage={"digital_signature": True,
                                                                  "content_commitment": True})
    assert cms.can_encrypt_to(signing_only, dt.date.today()) is not None
    blob = cms.encrypt(CONTENT, [cms.CertificateRecipient(signing_only)])
    assert cms.decrypt_with_key(blob, signing_only, key) == CONTENT


def test_a_wrong_password_and_no_password_recipient_are_told_apart(practice):
    with_password = cms.encrypt(CONTENT, [cms.PasswordRecipient("goed wachtwoord", FAST)])
    assert refused(cms.decrypt_with_password, with_password, "fout wachtwoord") == CmsProblem.WRONG_PASSWORD
    assert refused(cms.decrypt_with_password, with_password, "") == CmsProblem.WRONG_PASSWORD
    for_certificate = cms.encrypt(CONTENT, [cms.CertificateRecipient(practice[0])])
    assert (refused(cms.decrypt_with_password, for_certificate, "goed wachtwoord")
            == CmsProblem.NO_PASSWORD_RECIPIENT)


def test_a_bundle_for_another_recipient_is_not_for_us(practice, partner, outsider):
    blob = cms.encrypt(CONTENT, [cms.CertificateRecipient(partner[0]), cms.PasswordRecipient("w w", FAST)])
    assert refused(cms.decrypt_with_key, blob, outsider[0], outsider[1]) == CmsProblem.NOT_FOR_US
    assert refused(cms.decrypt_with_key, blob, practice[0], practice[1]) == CmsProblem.NOT_FOR_US


def test_the_same_issuer_and_serial_with_another_key_does_not_open(partner):
    """A certificate that copies the partner's issuer and serial matches the recipient, but its key does not
    undo the key transport: refused as damaged, nothing decrypted."""
    real = x509.load_der_x509_certificate(partner[0])
    twin, twin_key = make_certificate("x", serial=real.serial_number, issuer="Ilse de Vries (Wijkteam Houten)")
    blob = cms.encrypt(CONTENT, [cms.CertificateRecipient(partner[0])])
    assert refused(cms.decrypt_with_key, blob, twin, twin_key) == CmsProblem.DAMAGED


def test_encrypting_to_a_non_rsa_certificate_is_refused():
    ec_der = certificates.self_signed("Wijkteam", "Gemeente", "wijkteam@example.org")
    assert refused(cms.encrypt, CONTENT, [cms.CertificateRecipient(ec_der)]) == CmsProblem.UNSUPPORTED
    with pytest.raises(ValueError, match="recipient"):
        cms.encrypt(CONTENT, [])
    with pytest.raises(ValueError, match="iterations"):
        cms.encrypt(CONTENT, [cms.PasswordRecipient("w", 999)])


def test_too_large_input_is_refused_before_anything_is_read(practice, monkeypatch):
    monkeypatch.setattr(cms_errors, "MAX_BUNDLE_BYTES", 4096)
    blob = cms.encrypt(b"klein", [cms.PasswordRecipient("w w", FAST)])
    assert refused(cms.encrypt, b"x" * 4097, [cms.PasswordRecipient("w w", FAST)]) == CmsProblem.TOO_LARGE
    padded = blob + b"\0" * (4097 - len(blob))
    for call, args in ((cms.decrypt_with_password, ("w w",)), (cms.recipients_of, ()),
                       (cms.decrypt_with_key, practice[:2]), (cms.open_signed, ())):
        assert refused(call, padded, *args) == CmsProblem.TOO_LARGE
    assert refused(cms.sign, b"x" * 4097, practice[2]) == CmsProblem.TOO_LARGE


def test_not_cms_at_all():
    for data in (b"", b"PK\x03\x04 een zip", b"\x30\x03\x02\x01\x01", "tekst"):
        assert refused(cms.decrypt_with_password, data, "w") == CmsProblem.NOT_CMS
        assert refused(cms.recipients_of, data) == CmsProblem.NOT_CMS
        assert refused(cms.open_signed, data) == CmsProblem.NOT_CMS


def test_a_truncated_bundle_is_damaged_not_foreign(practice):
    bundle = cms.encrypt(cms.sign(CONTENT, practice[2]), [cms.CertificateRecipient(practice[0])])
    for cut in (40, len(bundle) // 2, len(bundle) - 1):
        assert refused(cms.decrypt_with_key, bundle[:cut], *practice[:2]) == CmsProblem.DAMAGED
        assert refused(cms.recipients_of, bundle[:cut]) == CmsProblem.DAMAGED
    assert refused(cms.open_signed, cms.sign(CONTENT, practice[2])[:-3]) == CmsProblem.DAMAGED


def test_millions_of_tiny_elements_or_deep_nesting_are_refused_before_parsing():
    """200 MB holds tens of millions of two-byte elements; the framing is counted before asn1crypto builds
    an object for each."""
    signed_oid = bytes.fromhex("06092a864886f70d010702")
    many = b"\x30\x80" + signed_oid + b"\xa0\x80" + b"\x05\x00" * 3_000_000 + b"\x00\x00" * 2
    with pytest.raises(CmsError) as caught:
        cms.open_signed(many)
    assert caught.value.problem == CmsProblem.DAMAGED and "elements" in caught.value.detail
    deep = b"\x30\x80" * 10_000 + b"\x00\x00" * 10_000
    for call in (cms.open_signed, cms.recipients_of):
        with pytest.raises(CmsError) as caught:
            call(deep)
        assert caught.value.problem == CmsProblem.DAMAGED and "deeper" in caught.value.detail


def test_indefinite_length_ber_is_read(practice):
    """BER with indefinite lengths (what streaming CMS writers produce) frames the same content."""
    signed = cms.sign(CONTENT, practice[2])
    info = asn1_cms.ContentInfo.load(signed)
    body = info["content_type"].dump() + b"\xa0\x80" + info["content"].untag().dump() + b"\x00\x00"
    ber = b"\x30\x80" + body + b"\x00\x00"
    assert cms.open_signed(ber).content == CONTENT


def test_a_signed_file_is_not_an_envelope_and_an_envelope_is_not_signed(practice):
    signed = cms.sign(CONTENT, practice[2])
    assert refused(cms.decrypt_with_key, signed, practice[0], practice[1]) == CmsProblem.NOT_CMS
    enveloped = cms.encrypt(CONTENT, [cms.CertificateRecipient(practice[0])])
    assert refused(cms.open_signed, enveloped) == CmsProblem.NOT_SIGNED


# -- hostile password parameters ----------------------------------------------------------------------

def _with_pbkdf2(blob: bytes, **changes) -> bytes:
    info = asn1_cms.ContentInfo.load(blob)
    params = info["content"]["recipient_infos"][0].chosen["key_derivation_algorithm"]["parameters"]
    for name, value in changes.items():
        params[name] = value
    return info.dump(force=True)


@pytest.mark.parametrize(("changes", "problem"), [
    ({"iteration_count": 10_000_001}, CmsProblem.UNSUPPORTED),
    ({"iteration_count": 2 ** 62}, CmsProblem.UNSUPPORTED),
    ({"iteration_count": 999}, CmsProblem.UNSUPPORTED),
    ({"iteration_count": -5}, CmsProblem.UNSUPPORTED),
    ({"key_length": 16}, CmsProblem.DAMAGED),
    ({"prf": {"algorithm": "sha3_256"}}, CmsProblem.UNSUPPORTED),
])
def test_hostile_pbkdf2_parameters_are_refused_before_deriving(changes, problem):
    """Ten million iterations take seconds: a file asking for more is refused, not obeyed (the test would
    take hours if it were obeyed)."""
    blob = _with_pbkdf2(cms.encrypt(CONTENT, [cms.PasswordRecipient("w w", FAST)]), **changes)
    assert refused(cms.decrypt_with_password, blob, "w w") == problem


def test_several_password_recipients_share_one_iteration_budget():
    """Each password recipient tried costs its iterations; two asking six million each are refused before
    any key is derived."""
    blob = cms.encrypt(CONTENT, [cms.PasswordRecipient("a a", FAST), cms.PasswordRecipient("b b", FAST)])
    info = asn1_cms.ContentInfo.load(blob)
    for choice in info["content"]["recipient_infos"]:
        choice.chosen["key_derivation_algorithm"]["parameters"]["iteration_count"] = 6_000_000
    assert refused(cms.decrypt_with_password, info.dump(force=True), "b b") == CmsProblem.UNSUPPORTED
    assert cms.decrypt_with_password(blob, "b b") == CONTENT


def test_a_key_that_is_not_rsa_opens_nothing(practice):
    blob = cms.encrypt(CONTENT, [cms.CertificateRecipient(practice[0])])
    assert refused(cms.decrypt_with_key, blob, practice[0], ec.generate_private_key(ec.SECP256R1())) == \
        CmsProblem.NOT_FOR_US


def test_a_salt_that_is_too_short_is_refused():
    from asn1crypto import algos

    blob = _with_pbkdf2(cms.encrypt(CONTENT, [cms.PasswordRecipient("w w", FAST)]),
                        salt=algos.Pbkdf2Salt(name="specified", value=b"1234567"))
    assert refused(cms.decrypt_with_password, blob, "w w") == CmsProblem.DAMAGED


def test_pkcs1_v15_key_transport_is_not_accepted(practice):
    """RSAES-PKCS1-v1_5 invites padding-oracle attacks; a file using it is refused as unsupported."""
    info = asn1_cms.ContentInfo.load(cms.encrypt(CONTENT, [cms.CertificateRecipient(practice[0])]))
    ktri = info["content"]["recipient_infos"][0].chosen
    public = x509.load_der_x509_certificate(practice[0]).public_key()
    ktri["key_encryption_algorithm"] = {"algorithm": "rsaes_pkcs1v15"}
    ktri["encrypted_key"] = public.encrypt(b"k" * 32, padding.PKCS1v15())
    assert refused(cms.decrypt_with_key, info.dump(force=True), *practice[:2]) == CmsProblem.UNSUPPORTED


# -- the RFC 3211 key wrap ----------------------------------------------------------------------------

def test_the_pwri_wrap_round_trips_and_a_wrong_key_fails_the_check_bytes():
    kek, iv, key = b"K" * 32, b"I" * 16, bytes(range(32))
    wrapped = cms_pwri.wrap(kek, iv, key)
    assert len(wrapped) == 48                          # 1 + 3 + 32 bytes padded to whole blocks
    assert cms_pwri.unwrap(kek, iv, wrapped) == key
    wrong = [bytes([n]) * 32 for n in range(200) if n != ord("K")]
    assert all(cms_pwri.unwrap(other, iv, wrapped) is None for other in wrong)
    assert cms_pwri.unwrap(kek, iv, wrapped[:16]) is None
    assert cms_pwri.unwrap(kek, iv, wrapped + b"x") is None


def test_pbkdf2_matches_the_rfc_6070_vector():
    # RFC 6070: P = "password", S = "salt", c = 4096, dkLen = 20, PBKDF2-HMAC-SHA1
    assert cms_pwri.derive_kek("password", b"salt", 4096, 20, "sha1").hex() == \
        "4b007901b765489abead49d926f721d065a429c1"


# -- signing and opening signed data ------------------------------------------------------------------

def test_signed_content_opens_with_its_signer_and_time(practice):
    when = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)
    opened = cms.open_signed(cms.sign(CONTENT, practice[2], when=when))
    assert opened.content == CONTENT
    assert opened.signer_certificate == practice[0]
    assert practice[0] in opened.certificates
    assert opened.signed_at == when
    assert opened.signer_name == "Dr. Marieke Saënen"


def test_the_signature_is_sha256_with_signed_attributes(practice):
    signed = asn1_cms.ContentInfo.load(cms.sign(CONTENT, practice[2]))["content"]
    signer = signed["signer_infos"][0]
    assert signer["digest_algorithm"]["algorithm"].native == "sha256"
    names = {a["type"].native for a in signer["signed_attrs"]}
    assert {"content_type", "message_digest", "signing_time"} <= names
    assert signed["encap_content_info"]["content"].native == CONTENT


def _resigned(blob: bytes, change) -> bytes:
    info = asn1_cms.ContentInfo.load(blob)
    change(info["content"])
    return info.dump(force=True)


def test_changed_content_fails_the_message_digest(practice):
    def swap(signed):
        signed["encap_content_info"] = {"content_type": "data", "content": CONTENT.replace(b"0042", b"0043")}

    blob = _resigned(cms.sign(CONTENT, practice[2]), swap)
    assert refused(cms.open_signed, blob) == CmsProblem.SIGNATURE_INVALID


def test_changed_signed_attributes_fail_the_signature(practice):
    def later(signed):
        for attribute in signed["signer_infos"][0]["signed_attrs"]:
            if attribute["type"].native == "signing_time":
                attribute["values"] = [asn1_cms.Time(name="utc_time",
                                                     value=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))]

    blob = _resigned(cms.sign(CONTENT, practice[2]), later)
    assert refused(cms.open_signed, blob) == CmsProblem.SIGNATURE_INVALID


def test_a_certificate_swapped_for_another_key_fails_the_signature(practice):
    """An impostor puts its own certificate, with the practice's issuer and serial, in place of the real one:
    the signature does not verify with the impostor's key."""
    from asn1crypto import x509 as asn1_x509

    real = x509.load_der_x509_certificate(practice[0])
    twin, _ = make_certificate("Dr. Marieke Saënen", serial=real.serial_number)
    twin_cert = asn1_x509.Certificate.load(twin)

    def swap(signed):
        signed["certificates"] = [twin_cert]
        sid = signed["signer_infos"][0]["sid"].chosen
        sid["issuer"] = twin_cert.issuer

    assert refused(cms.open_signed, _resigned(cms.sign(CONTENT, practice[2]), swap)) == CmsProblem.SIGNATURE_INVALID


def test_a_signature_without_its_certificate_or_signer_is_refused(practice):
    without_cert = _resigned(cms.sign(CONTENT, practice[2]), lambda s: s.__setitem__("certificates", []))
    assert refused(cms.open_signed, without_cert) == CmsProblem.SIGNATURE_INVALID
    without_signer = _resigned(cms.sign(CONTENT, practice[2]), lambda s: s.__setitem__("signer_infos", []))
    assert refused(cms.open_signed, without_signer) == CmsProblem.NOT_SIGNED


def test_an_ecdsa_signature_is_verified(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    der, _ = make_certificate("Wijkteam EC", key=key, usage={"digital_signature": True})
    p12 = pkcs12.serialize_key_and_certificates(
        b"ec", key, x509.load_der_x509_certificate(der), None, serialization.BestAvailableEncryption(b"pw"))
    opened = cms.open_signed(cms.sign(CONTENT, signing.Pkcs12Key(p12, "pw")))
    assert opened.content == CONTENT and opened.signer_name == "Wijkteam EC"


def test_a_wrong_pkcs12_password_is_the_signing_error_pdfs_give(practice):
    p12 = practice_certificate.generate("Dr. X", "Praktijk X", PASSWORD)
    with pytest.raises(DocumentError) as caught:
        cms.sign(CONTENT, signing.Pkcs12Key(p12, "fout"))
    assert caught.value.problem == PdfProblem.WRONG_PASSWORD


# -- a whole bundle, one byte flipped anywhere -------------------------------------------------------

def test_every_single_byte_flip_is_refused_or_changes_nothing(partner):
    """Signed inside, encrypted outside, as a bundle is: each flipped byte either makes the file refused with
    a CmsError or (only in bytes nobody reads, such as a certificate's validity) yields the exact content."""
    signer_der, signer_key = make_certificate("Huisartsenpraktijk", usage={"digital_signature": True})
    p12 = pkcs12.serialize_key_and_certificates(
        b"p", signer_key, x509.load_der_x509_certificate(signer_der), None, serialization.NoEncryption())
    content = b"manifest + case.json + overdracht.pdf"
    bundle = cms.encrypt(cms.sign(content, signing.Pkcs12Key(p12, "")), [cms.CertificateRecipient(partner[0])])
    outcomes = {"refused": 0, "same": 0}
    for offset in range(len(bundle)):
        flipped = bytearray(bundle)
        flipped[offset] ^= 0x01
        try:
            opened = cms.open_signed(cms.decrypt_with_key(bytes(flipped), partner[0], partner[1]))
        except CmsError:
            outcomes["refused"] += 1
            continue
        assert opened.content == content, f"flip at {offset} changed the content"
        outcomes["same"] += 1
    assert outcomes["refused"] > 0.9 * len(bundle)


def test_every_single_byte_flip_of_a_password_bundle_is_refused_or_changes_nothing(practice):
    content = b"een kleine bundel"
    bundle = cms.encrypt(cms.sign(content, practice[2]), [cms.PasswordRecipient("pw pw", FAST)])
    problems = set()
    for offset in range(len(bundle)):
        flipped = bytearray(bundle)
        flipped[offset] ^= 0x80
        try:
            opened = cms.open_signed(cms.decrypt_with_password(bytes(flipped), "pw pw"))
        except CmsError as error:
            problems.add(error.problem)
            continue
        assert opened.content == content, f"flip at {offset} changed the content"
    assert CmsProblem.WRONG_PASSWORD in problems          # salt, iterations, wrapped key: the password fails
    assert problems <= {CmsProblem.NOT_CMS, CmsProblem.DAMAGED, CmsProblem.WRONG_PASSWORD, CmsProblem.UNSUPPORTED,
                        CmsProblem.SIGNATURE_INVALID, CmsProblem.NOT_SIGNED, CmsProblem.NO_PASSWORD_RECIPIENT}


# -- who can receive ----------------------------------------------------------------------------------

def test_which_certificates_can_receive_a_bundle(practice):
    today = dt.date.today()
    assert cms.can_encrypt_to(practice[0], today) is None             # new practice certificates can
    usage = x509.load_der_x509_certificate(practice[0]).extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.value.key_encipherment and usage.value.content_commitment
    no_usage, _ = make_certificate("Zonder sleutelgebruik")
    assert cms.can_encrypt_to(no_usage, today) is None
    signing_only, _ = make_certificate("Alleen tekenen", usage={"digital_signature": True})
    assert "keyEncipherment" in cms.can_encrypt_to(signing_only, today)
    expired, _ = make_certificate("Verlopen", usage={"key_encipherment": True},
                                  not_before=dt.datetime(2020, 1, 1, tzinfo=dt.UTC), days=30)
    assert cms.can_encrypt_to(expired, today) == "The certificate has expired."
    future, _ = make_certificate("Later", not_before=dt.datetime.now(dt.UTC) + dt.timedelta(days=3))
    assert cms.can_encrypt_to(future, today) == "The certificate is not valid yet."
    small, _ = make_certificate("Klein", bits=1024)
    assert "2048" in cms.can_encrypt_to(small, today)
    assert "RSA" in cms.can_encrypt_to(certificates.self_signed("EC", "Org", ""), today)
    assert cms.can_encrypt_to(b"geen certificaat", today) == "The certificate cannot be read."


def test_every_problem_has_a_dutch_message():
    dutch = translator("nl")
    texts = set()
    for problem in CmsProblem:
        message = CmsError(problem, "detail").message
        assert message.context == "errors"
        text = message.render(dutch)
        assert text != message.source, f"{problem} has no Dutch translation"
        texts.add(text)
    assert len(texts) == len(CmsProblem)
    assert CmsError(CmsProblem.WRONG_PASSWORD).message.render(dutch) == \
        "Dit wachtwoord opent het overdrachtsbestand niet."
    reasons = ["The certificate has expired.", "The certificate is not valid yet."]
    assert [dutch("errors", r) for r in reasons] == ["Het certificaat is verlopen.",
                                                      "Het certificaat is nog niet geldig."]


# -- OAEP decoding for tokens that only do raw RSA ----------------------------------------------------

@pytest.mark.parametrize("hash_name", ["sha1", "sha256", "sha512"])
def test_oaep_decoding_matches_cryptography(partner, hash_name):
    key = partner[1]
    algorithm = {"sha1": hashes.SHA1, "sha256": hashes.SHA256, "sha512": hashes.SHA512}[hash_name]()
    secret = bytes(range(32))
    encrypted = key.public_key().encrypt(secret, padding.OAEP(padding.MGF1(algorithm), algorithm, None))
    numbers = key.private_numbers()
    raw = pow(int.from_bytes(encrypted, "big"), numbers.d, numbers.public_numbers.n)
    block = raw.to_bytes(len(encrypted), "big")
    assert cms_token.oaep_decode(block, hash_name) == secret
    for offset in (0, 1, 40, len(block) - 1):
        broken = bytearray(block)
        broken[offset] ^= 0x04
        assert cms_token.oaep_decode(bytes(broken), hash_name) is None


# -- a PKCS#11 token (SoftHSM2 here, a UZI-pas in real use) -------------------------------------------

TOKEN_LABEL = "UZI-pas bundel"
TOKEN_PIN = "246810"


@pytest.fixture
def token(tmp_path, monkeypatch):
    """A fresh token with a signing key (nonRepudiation) and an encryption key (keyEncipherment), as a UZI-pas
    has; returns (signing certificate, encryption certificate)."""
    from test_pdf_pkcs11 import MODULE

    if MODULE is None or shutil.which("softhsm2-util") is None:
        pytest.skip("SoftHSM2 is not installed (CI installs it)")
    import pkcs11
    from pkcs11 import Attribute
    from pkcs11.util.rsa import decode_rsa_private_key
    from pkcs11.util.x509 import decode_x509_certificate

    (tmp_path / "tokens").mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tmp_path / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", TOKEN_LABEL, "--pin", TOKEN_PIN,
                    "--so-pin", "13579135"], check=True, capture_output=True)
    lib = pkcs11.lib(MODULE)
    lib.reinitialize()
    made = {}
    with lib.get_token(token_label=TOKEN_LABEL).open(rw=True, user_pin=TOKEN_PIN) as session:
        for ident, label, usage in ((b"\x01", "handtekening", {"content_commitment": True}),
                                    (b"\x02", "versleuteling", {"key_encipherment": True})):
            der, key = make_certificate(f"Dr. Emre Şahin ({label})", usage=usage)
            attrs = decode_rsa_private_key(key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.TraditionalOpenSSL,
                serialization.NoEncryption()))
            attrs.update({Attribute.ID: ident, Attribute.LABEL: label, Attribute.TOKEN: True,
                          Attribute.SIGN: label == "handtekening", Attribute.DECRYPT: label == "versleuteling",
                          Attribute.SENSITIVE: True, Attribute.EXTRACTABLE: False})
            session.create_object(attrs)
            cert_attrs = decode_x509_certificate(der)
            cert_attrs.update({Attribute.ID: ident, Attribute.LABEL: label, Attribute.TOKEN: True})
            session.create_object(cert_attrs)
            made[label] = der
    return MODULE, made["handtekening"], made["versleuteling"]


def test_a_token_signs_and_decrypts_a_bundle(token, partner):
    module, signing_der, encryption_der = token
    card = signing.Pkcs11Token(module, TOKEN_LABEL, TOKEN_PIN)
    signed = cms.sign(CONTENT, card)
    opened = cms.open_signed(signed)
    assert opened.content == CONTENT and opened.signer_certificate == signing_der
    bundle = cms.encrypt(signed, [cms.CertificateRecipient(partner[0]), cms.CertificateRecipient(encryption_der)])
    assert cms.open_signed(cms.decrypt_with_token(bundle, card)).content == CONTENT


def test_a_token_is_refused_a_bundle_for_someone_else_and_a_wrong_pin(token, partner):
    module, _, encryption_der = token
    other = cms.encrypt(CONTENT, [cms.CertificateRecipient(partner[0])])
    assert refused(cms.decrypt_with_token, other, signing.Pkcs11Token(module, TOKEN_LABEL, TOKEN_PIN)) == \
        CmsProblem.NOT_FOR_US
    mine = cms.encrypt(CONTENT, [cms.CertificateRecipient(encryption_der)])
    with pytest.raises(DocumentError) as caught:
        cms.decrypt_with_token(mine, signing.Pkcs11Token(module, TOKEN_LABEL, "000000"))
    assert caught.value.problem == PdfProblem.WRONG_PIN
    with pytest.raises(DocumentError) as caught:
        cms.sign(CONTENT, signing.Pkcs11Token(module, TOKEN_LABEL, "000000"))
    assert caught.value.problem == PdfProblem.WRONG_PIN


def test_an_altered_key_transport_is_refused_by_the_token(token):
    module, _, encryption_der = token
    info = asn1_cms.ContentInfo.load(cms.encrypt(CONTENT, [cms.CertificateRecipient(encryption_der)]))
    ktri = info["content"]["recipient_infos"][0].chosen
    encrypted = bytearray(ktri["encrypted_key"].native)
    encrypted[100] ^= 0x10
    ktri["encrypted_key"] = bytes(encrypted)
    card = signing.Pkcs11Token(module, TOKEN_LABEL, TOKEN_PIN)
    assert refused(cms.decrypt_with_token, info.dump(force=True), card) == CmsProblem.DAMAGED
