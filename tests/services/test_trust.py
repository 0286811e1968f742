"""Whom a certificate belongs to and whether the practice may rely on it, on a real demo vault with real
signatures: a certificate stored with a contact vouches for that contact only, and only once its fingerprint
was confirmed; anchors vouch for what is issued under them; the practice's own certificate is trusted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from reportlab.pdfgen import canvas

from wijkzorg_desktop.cli import run
from wijkzorg_desktop.documents import practice_certificate, signing
from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.domain.consent import Recipient
from wijkzorg_desktop.domain.errors import InvalidValue, NotAllowed
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import contact_exchange, contacts, documents, trust
from wijkzorg_desktop.services.practice import get as practice_settings
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import audit_log

NL = translator("nl")
WORKER = "Sanne Outsider"


@pytest.fixture
def open_as(demo_store, passphrase):
    opened = []

    def open_as(login):
        session = unlock(demo_store, login, passphrase).session
        opened.append(session)
        return session

    yield open_as
    for session in opened:
        if not session.closed:
            session.close()


def a_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Overdracht")
    page.showPage()
    page.save()
    return out.getvalue()


def outsider_named_after(practice: str) -> tuple[bytes, bytes]:
    """(PKCS#12, certificate DER) of a stranger's self-signed certificate with the practice's name."""
    data = practice_certificate.generate(practice, practice, "geheim")
    return data, practice_certificate.load(data, "geheim").der


def import_vcard(session, tmp_path, name: str, certificate: bytes) -> int:
    import base64

    key = base64.b64encode(certificate).decode()
    card = (f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{name}\r\nORG:Wijkteam Houten\r\nTITLE:Gezinscoach\r\n"
            f"TEL;TYPE=work:030 123 4567\r\nKEY:data:application/pkix-cert;base64,{key}\r\nEND:VCARD\r\n")
    path = tmp_path / "wijkteam.vcf"
    path.write_text(card, encoding="utf-8")
    contact_exchange.apply(session, contact_exchange.preview(session, path))
    return next(int(p.id or 0) for p in contacts.load_map(session).people if p.name == name)


@pytest.fixture
def forged(open_as, tmp_path):
    """The attack of issue 12: an outsider's certificate named after the practice, arriving in a vCard of a
    wijkteam worker that an assistant imports, and a PDF the outsider signs with it."""
    assistant = open_as("assistent")
    practice = practice_settings(assistant).name
    key, der = outsider_named_after(practice)
    person_id = import_vcard(assistant, tmp_path, WORKER, der)
    assistant.close()
    pdf = signing.sign(a_pdf(), signing.Pkcs12Key(key, "geheim"), signing.SignatureStamp("Overdracht aan wijkteam"))
    path = tmp_path / "vervalst.pdf"
    path.write_bytes(pdf)
    return path, der, person_id, practice


def test_a_forged_certificate_from_an_imported_vcard_is_not_trusted(forged, open_as, demo_store, passphrase_file,
                                                                  capsys):
    path, der, _, practice = forged
    gp = open_as("huisarts")
    result = documents.verify_pdf(gp, path.read_bytes())
    assert result.intact and result.signer == practice
    assert not result.trusted and not result.ok
    assert result.owner == f"{WORKER} (Wijkteam Houten)" and result.owner_kind == "contact"
    assert "niet met hen gecontroleerd" in result.trust_reason.render(NL)
    gp.close()
    code = run(["verify", str(path), "--store", str(demo_store), "--user", "huisarts",
                "--passphrase-file", str(passphrase_file)])
    out = capsys.readouterr().out
    assert code != 0
    assert f"Ondertekend door: {practice}" in out and "Vertrouwd: nee" in out
    assert trust.fingerprint(der) in out and WORKER in out


def test_a_confirmed_certificate_vouches_for_its_contact_only_and_warns_of_another_name(forged, open_as):
    path, der, person_id, practice = forged
    assistant = open_as("assistent")
    with pytest.raises(NotAllowed):
        trust.confirm_certificate(assistant, Recipient("person", person_id), trust.fingerprint(der), "telefonisch")
    gp = open_as("huisarts")
    with pytest.raises(InvalidValue):
        trust.confirm_certificate(gp, Recipient("person", person_id), "AB" * 32, "telefonisch met Sanne")
    with pytest.raises(InvalidValue):
        trust.confirm_certificate(gp, Recipient("person", person_id), trust.fingerprint(der), "  ")
    check = trust.confirm_certificate(gp, Recipient("person", person_id),
                                      trust.fingerprint(der).replace(":", " ").lower(), "telefonisch met Sanne")
    assert check.sha256 == trust.fingerprint(der) and check.confirmed_by == "huisarts"
    assert trust.certificate_check(gp, Recipient("person", person_id)) == check
    result = documents.verify_pdf(gp, path.read_bytes())
    assert result.trusted and result.owner == f"{WORKER} (Wijkteam Houten)"
    warning = result.trust_warning.render(NL)
    assert practice in warning and WORKER in warning  # the signature names the practice, the certificate is Sanne's
    records = audit_log.query(gp.conn, AuditFilter(object_text="person.certificate"))
    assert any("fingerprint confirmed" in r.detail and "telefonisch met Sanne" in r.detail for r in records)


def test_a_changed_certificate_loses_its_confirmation(forged, open_as):
    path, der, person_id, practice = forged
    gp = open_as("huisarts")
    trust.confirm_certificate(gp, Recipient("person", person_id), trust.fingerprint(der), "telefonisch")
    _, other = outsider_named_after(practice)
    person = next(p for p in contacts.load_map(gp).people if p.id == person_id)
    contacts.save_person(gp, dataclasses.replace(person, certificate=other))
    assert trust.certificate_check(gp, Recipient("person", person_id)) is None
    assert not trust.judge(gp, other).trusted
    assert not documents.verify_pdf(gp, path.read_bytes()).trusted   # the old certificate is nobody's now


def test_the_practice_certificate_is_trusted_and_named(open_as):
    from wijkzorg_desktop.store import practice_certificate as stored

    gp = open_as("huisarts")
    own = stored.get(gp.conn)
    judged = trust.judge(gp, own.certificate)
    assert judged.trusted and judged.owner_kind == "practice" and judged.owner == practice_settings(gp).name


def _ca_and_leaf() -> tuple[bytes, bytes]:
    now = dt.datetime.now(dt.UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test UZI-register Root")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=365))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                       crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Huisartsenpraktijk Elders")]))
            .issuer_name(ca_name).public_key(leaf_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=90))
            .sign(ca_key, hashes.SHA256()))
    der = serialization.Encoding.DER
    assert pkcs12  # the module is there for the PKCS#12 tests beside this one
    return ca.public_bytes(der), leaf.public_bytes(der)


def test_an_anchor_vouches_for_what_it_issued_but_a_contact_certificate_never_does(open_as, tmp_path):
    ca, leaf = _ca_and_leaf()
    admin = open_as("beheer")
    assert not trust.judge(admin, leaf).trusted
    # the same root stored with a contact and confirmed vouches for that contact, not for what it issued
    person_id = import_vcard(admin, tmp_path, "Root Houder", ca)
    trust.confirm_certificate(admin, Recipient("person", person_id), trust.fingerprint(ca), "telefonisch")
    assert trust.judge(admin, ca).trusted
    assert not trust.judge(admin, leaf).trusted
    anchor = trust.add_anchor(admin, ca, "UZI-register (test)")
    with pytest.raises(InvalidValue):
        trust.add_anchor(admin, ca, "nog eens")
    judged = trust.judge(admin, leaf)
    assert judged.trusted and judged.owner == "UZI-register (test)" and judged.owner_kind == "anchor"
    assert [a.label for a in trust.anchors(admin)] == ["UZI-register (test)"]
    gp = open_as("huisarts")
    with pytest.raises(NotAllowed):
        trust.add_anchor(gp, ca, "mag niet")
    trust.remove_anchor(admin, anchor.id)
    assert not trust.judge(admin, leaf).trusted
    assert not trust.judge(admin, b"not a certificate").trusted
