"""Two practices for the bundle tests: the demo practice De Linde (the sender, its own self-signed practice
certificate) and a partner practice De Es in a second vault (the receiver, its own certificate). Each knows
the other's certificate through its sociale kaart; the receiver has confirmed De Linde's fingerprint."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from wijkzorg_desktop.documents import certificates, cms, practice_certificate
from wijkzorg_desktop.domain.consent import Recipient
from wijkzorg_desktop.domain.contacts import Organisation, OrganisationKind
from wijkzorg_desktop.services import bundle_format, cases, contacts, practice_cert
from wijkzorg_desktop.services.session import Session
from wijkzorg_desktop.services.vaults import create_vault, unlock
from wijkzorg_desktop.store import practice_certificate as certificate_store

PASSPHRASE = "correct horse battery staple"
SENDER = "Huisartsenpraktijk De Linde (demo)"
RECEIVER = "Huisartsenpraktijk De Es"
CJG = "CJG Houten (JGZ)"


@dataclass
class Practices:
    sender: Session                 # De Linde, as beheer
    receiver: Session               # De Es, as beheer
    sender_store: Path
    receiver_store: Path
    cjg: Recipient                  # in the sender's sociale kaart: holds De Es's certificate
    linde_at_es: Recipient          # in the receiver's sociale kaart: holds De Linde's certificate (confirmed)
    case_id: int                    # Gezin G: consent to hand over to the CJG

    def sender_certificate(self) -> bytes:
        return certificate_store.get(self.sender.conn).certificate

    def receiver_certificate(self) -> bytes:
        return certificate_store.get(self.receiver.conn).certificate


def key_of(session: Session):
    stored = certificate_store.get(session.conn)
    return practice_certificate.open_pkcs12(stored.pkcs12, stored.pkcs12_password).key


def pem_files(session: Session, folder: Path, name: str) -> tuple[Path, Path]:
    """The practice certificate and its key as PEM files, for openssl."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / f"{name}.pem", folder / f"{name}-key.pem"
    cert.write_bytes(certificates.to_pem(certificate_store.get(session.conn).certificate))
    key.write_bytes(key_of(session).private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    return cert, key


def organisation(session: Session, name: str, certificate: bytes | None) -> Recipient:
    found = next((o for o in contacts.load_map(session).organisations if o.name == name), None)
    if found is None:
        saved = contacts.save_organisation(session, Organisation(name, OrganisationKind.OTHER, certificate=certificate))
    else:
        from dataclasses import replace

        saved = contacts.save_organisation(session, replace(found, certificate=certificate))
    return Recipient("organisation", int(saved.id or 0))


def confirm(session: Session, recipient: Recipient, der: bytes) -> None:
    from wijkzorg_desktop.services import trust

    trust.confirm_certificate(session, recipient, certificates.describe(der).sha256, "telefonisch met de praktijk")


def case_id_of(session: Session, prefix: str) -> int:
    return next(int(s.case.id or 0) for s in cases.list_cases(session) if s.case.label.startswith(prefix))


@pytest.fixture
def practices(demo_store: Path, isolated_home: Path) -> Iterator[Practices]:
    receiver_store = isolated_home / "partner"
    created = create_vault(receiver_store, RECEIVER, "beheer", "Jan van Es", PASSPHRASE)
    receiver = created.session
    practice_cert.generate_self_signed(receiver)
    sender = unlock(demo_store, "beheer", PASSPHRASE).session
    try:
        cjg = organisation(sender, CJG, certificate_store.get(receiver.conn).certificate)
        linde = organisation(receiver, SENDER, certificate_store.get(sender.conn).certificate)
        confirm(receiver, linde, certificate_store.get(sender.conn).certificate)
        yield Practices(sender, receiver, demo_store, receiver_store, cjg, linde, case_id_of(sender, "Gezin G"))
    finally:
        sender.close()
        receiver.close()


def counts(session: Session) -> dict[str, int]:
    """What an import or a refusal could change."""
    conn = session.conn
    return {table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("cases", "household_members", "timeline_entries", "received_bundles", "sent_bundles")}


def audit_failures(session: Session, object_type: str = "bundle") -> list:
    rows = session.conn.execute("SELECT action, object_id, detail FROM audit_log WHERE object_type = ? "
                                "AND outcome = 'failure' ORDER BY id", (object_type,)).fetchall()
    return [tuple(r) for r in rows]


def open_inner(bundle: bytes, session: Session) -> tuple[cms.SignedContent, dict[str, bytes]]:
    """The signed content and the ZIP's files of a bundle, opened with this practice's key."""
    stored = certificate_store.get(session.conn)
    signed = cms.open_signed(cms.decrypt_with_key(bundle, stored.certificate, key_of(session)))
    return signed, bundle_format.read_zip(signed.content)


def zip_of(files: dict[str, bytes], extra: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in {**files, **(extra or {})}.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def rehash(files: dict[str, bytes]) -> dict[str, bytes]:
    """The manifest's hashes made to match the files again (a forger who can sign)."""
    manifest = json.loads(files["manifest.json"])
    manifest["files"] = {n: bundle_format.sha256(files[n]) for n in ("case.json", "overdracht.pdf")}
    return {**files, "manifest.json": json.dumps(manifest).encode()}


def resign(session: Session, archive: bytes, to: bytes) -> bytes:
    """A ZIP signed with this practice's own key and encrypted to ``to``: only the checks inside can refuse it."""
    signed = cms.sign(archive, practice_cert.signing_key(session))
    return cms.encrypt(signed, [cms.CertificateRecipient(to)])
