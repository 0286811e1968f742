"""Documents from a real vault: the practice certificate, the consent gate, signing, auditing, verifying."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import pytest
from pypdf import PdfReader

from wijkzorg_desktop.domain.audit import AuditFilter
from wijkzorg_desktop.domain.consent import BasisRecord, Purpose, Recipient, SharingBasis
from wijkzorg_desktop.domain.errors import NoPracticeCertificate, NotAllowed, SharingRefused
from wijkzorg_desktop.i18n import translator
from wijkzorg_desktop.services import cases, consent, contacts, documents, practice_cert
from wijkzorg_desktop.services.document_errors import DocumentFailed
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import audit_log

NL = translator("nl")


@pytest.fixture
def open_as(demo_store, passphrase):
    opened = []

    def open_as(login):
        session = unlock(demo_store, login, passphrase).session
        opened.append(session)
        return session

    yield open_as
    for session in opened:
        session.close()


@pytest.fixture
def certified(open_as):
    """The demo practice's own self-signed certificate, made with the demo."""
    admin = open_as("beheer")
    status = practice_cert.current(admin)
    admin.close()
    return status


def text_of(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def ids(session):
    return ({s.case.label[:7]: s.case.id for s in cases.list_cases(session)},
            {o.name: o.id for o in contacts.load_map(session).organisations})


def test_without_a_certificate_nothing_is_signed(open_as):
    poh = open_as("poh")
    poh.conn.execute("DELETE FROM practice_certificate")  # a practice that has not set one up yet
    case_ids, orgs = ids(poh)
    with pytest.raises(NoPracticeCertificate):
        documents.handover(poh, case_ids["Gezin G"], Recipient("organisation", orgs["CJG Houten (JGZ)"]))


def test_the_self_signed_certificate_is_rsa_3072_for_signing(certified):
    assert certified.source == "self_signed"
    assert "Huisartsenpraktijk De Linde (demo)" in certified.certificate.info.subject
    assert not certified.certificate.expiry_warning(date(2026, 11, 23))


def test_only_an_administrator_sets_the_certificate(open_as):
    with pytest.raises(NotAllowed):
        practice_cert.generate_self_signed(open_as("huisarts"))


def test_an_imported_pkcs12_with_a_wrong_password_is_refused_in_dutch(open_as):
    from wijkzorg_desktop.documents import practice_certificate

    admin = open_as("beheer")
    data = practice_certificate.generate("Dr. Test", "Praktijk Test", "goed-wachtwoord")
    with pytest.raises(DocumentFailed) as caught:
        practice_cert.import_pkcs12(admin, data, "fout")
    assert caught.value.text(NL) == "Het wachtwoord opent dit certificaatbestand niet."
    assert practice_cert.import_pkcs12(admin, data, "goed-wachtwoord").certificate.common_name == "Dr. Test"


def test_the_consent_gate_refuses_without_a_basis_and_allows_with_consent(certified, open_as):
    poh = open_as("poh")
    case_ids, orgs = ids(poh)
    with pytest.raises(SharingRefused) as caught:
        documents.handover(poh, case_ids["Gezin A"], Recipient("organisation", orgs["Sociaal Wijkteam Houten-Zuid"]))
    assert "toestemming niet gevraagd" in caught.value.text(NL)
    doc = documents.handover(poh, case_ids["Gezin G"], Recipient("organisation", orgs["CJG Houten (JGZ)"]))
    text = text_of(doc.pdf)
    assert "Overdrachtsdocument" in text and "Gezin G-" in text and "CJG Houten (JGZ)" in text
    assert doc.sha256 == hashlib.sha256(doc.pdf).hexdigest()
    result = documents.verify_pdf(poh, doc.pdf)
    assert result.ok and result.reason == "Overdracht aan CJG Houten (JGZ)"


def test_toward_veilig_thuis_a_recorded_meldrecht_is_enough(certified, open_as):
    gp = open_as("huisarts")
    case_ids, orgs = ids(gp)
    vt = Recipient("organisation", orgs["Veilig Thuis Utrecht"])
    case_id = case_ids["Gezin B"]
    with pytest.raises(SharingRefused):
        documents.handover(gp, case_id, vt)
    consent.add_basis(gp, case_id, BasisRecord(SharingBasis.RIGHT_TO_REPORT, vt, Purpose.REPORT, date(2026, 11, 23)))
    doc = documents.handover(gp, case_id, vt)
    assert "meldrecht" in text_of(doc.pdf).lower()


def test_saving_and_printing_are_audited_with_the_hash_and_recipient(certified, open_as):
    poh = open_as("poh")
    case_ids, orgs = ids(poh)
    doc = documents.handover(poh, case_ids["Gezin G"], Recipient("organisation", orgs["CJG Houten (JGZ)"]))
    documents.record(poh, doc, "export", "/tmp/x.pdf")
    documents.record(poh, doc, "print")
    records = [r for r in audit_log.query(poh.conn, AuditFilter(object_text=doc.document_id))]
    assert [r.action for r in records] == ["print", "export"]
    assert all(doc.sha256 in r.detail and "CJG Houten (JGZ)" in r.detail for r in records)
    assert records[0].case_id == doc.case_label


def test_an_encrypted_handover_opens_with_its_password_only(certified, open_as):
    poh = open_as("poh")
    case_ids, orgs = ids(poh)
    doc = documents.handover(poh, case_ids["Gezin G"], Recipient("organisation", orgs["CJG Houten (JGZ)"]),
                             documents.HandoverOptions(encrypt=True))
    assert doc.password and len(doc.password.split("-")) >= 4
    assert PdfReader(io.BytesIO(doc.pdf)).is_encrypted
    assert "Overdrachtsdocument" in text_of(doc.pdf, doc.password)
    assert documents.verify_pdf(poh, doc.pdf, doc.password).ok


def test_lists_and_timeline_render_and_verify(certified, open_as):
    gp = open_as("huisarts")
    case_ids, orgs = ids(gp)
    timeline = documents.case_timeline(gp, case_ids["Gezin K"])
    mine = documents.followup_list(gp, mine=True)
    people = [p.id for p in contacts.load_map(gp).people if "Saënen" in p.name]
    extract = documents.contact_extract(gp, people, [orgs["Veilig Thuis Utrecht"]])
    assert "Tijdlijn van de casus" in text_of(timeline.pdf)
    assert "Opvolglijst" in text_of(mine.pdf)
    assert "Saënen" in text_of(extract.pdf) and "Veilig Thuis Utrecht" in text_of(extract.pdf)
    for doc in (timeline, mine, extract):
        assert documents.verify_pdf(gp, doc.pdf).ok
    assert not documents.verify_pdf(None, timeline.pdf).trusted
