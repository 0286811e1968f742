"""``wijkzorg export-json``: the whole vault as one documented JSON document (AVG data portability).

Encrypted by default (``write_encrypted``): CMS EnvelopedData, as the case bundles, to the practice
certificate and/or a password, made in memory and written as ciphertext only, so no plaintext file exists
beside the target at any moment. ``write`` (``--plaintext``) streams the JSON itself.

Format: docs/export-format.md; JSON Schema: resources/schemas/export.schema.json. Each section of the
program adds its records under its own key; ``schema_version`` changes when a key changes meaning.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .. import __version__
from ..domain.audit import ROW_FIELDS, AuditAction, AuditEntry, Outcome
from ..domain.contacts import Organisation, Person
from ..domain.errors import NoPracticeCertificate, StorageFailed, WijkzorgError
from ..domain.os_errors import os_reason
from ..domain.text import QT_TRANSLATE_NOOP
from ..domain.users import Permission
from ..store import audit_log, drafts, export_reads, organisations, schema, settings, users
from ..store import practice_certificate as certificate_store
from ..store.atomic import atomic_stream, atomic_write, fsync_dir
from ..store.connection import Connection
from . import export_cases, export_meetings, export_stream
from .practice import get as practice_settings
from .session import Session, iso

FORMAT = "wijkzorg-export"
SCHEMA_VERSION = 1


class Rows:
    """A list of the document that is written an item at a time, read as it is written: ``items`` is called
    when its turn comes and gives the items one by one."""

    def __init__(self, items: Callable[[], Iterable[object]]) -> None:
        self.items = items


def _audit_records(conn: Connection) -> Iterator[dict[str, object]]:
    for rows in audit_log.record_rows(conn):
        for row in rows:
            yield dict(zip(ROW_FIELDS, row, strict=True))


def sections(session: Session, detail: str = "") -> dict[str, object]:
    """The export document, its long lists as ``Rows``; the export itself is recorded first, so it appears
    in its own audit log."""
    session.require(Permission.EXPORT_VAULT)
    session.record(AuditEntry(AuditAction.EXPORT, "vault", "export-json", detail=detail))
    conn = session.conn
    practice = practice_settings(session)
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "vault_schema": schema.version(conn),
        "program_version": __version__,
        "exported_at": iso(session.now()),
        "exported_by": session.user.login,
        "practice": {"name": practice.name, "lock_minutes": practice.lock_minutes},
        "settings": settings.all_settings(conn),
        "users": [
            {**asdict(u), "role": str(u.role)} for u in users.all_users(conn)
        ],
        "drafts": drafts.all_drafts(conn),
        "contact_map": _contact_map(conn),
        "cases": Rows(lambda: export_cases.iter_cases(conn)),
        "kindchecks": Rows(lambda: export_cases.iter_kindchecks(conn)),
        "followups": Rows(lambda: export_cases.iter_followups(conn)),
        "meetings": {"series": Rows(lambda: export_meetings.iter_series(conn)),
                     "meetings": Rows(lambda: export_meetings.iter_meetings(conn))},
        "audit_log": Rows(lambda: _audit_records(conn)),
    }


def _rows_of(value: object) -> Iterable[object] | None:
    return value.items() if isinstance(value, Rows) else None


def _whole(value: object) -> object:
    if isinstance(value, Rows):
        return list(value.items())
    if isinstance(value, dict):
        return {k: _whole(v) for k, v in value.items()}
    return value


def build(session: Session) -> dict[str, object]:
    """The export document in memory (what ``write`` writes, as ``json.loads`` would read it back)."""
    return _whole(sections(session))  # type: ignore[return-value]


def _certificate(der: bytes | None) -> str | None:
    return base64.b64encode(der).decode("ascii") if der is not None else None


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _organisation(o: Organisation) -> dict[str, object]:
    return {"id": o.id, "name": o.name, "kind": str(o.kind), "municipalities": list(o.municipalities),
            "address": o.address, "phone": o.phone, "crisis_phone": o.crisis_phone,
            "secure_email": o.secure_email, "website": o.website, "opening_hours": o.opening_hours.text(),
            "notes": o.notes, "certificate": _certificate(o.certificate), "updated_at": o.updated_at}


def _person(p: Person) -> dict[str, object]:
    return {"id": p.id, "name": p.name, "organisation_id": p.organisation_id, "function": p.function,
            "channels": [{"kind": str(c.kind), "value": c.value, "preferred": c.preferred} for c in p.channels],
            "availability": p.availability.text(), "liaison_login": p.liaison_login,
            "verified_on": _day(p.verified_on), "known_since": _day(p.known_since), "notes": p.notes,
            "certificate": _certificate(p.certificate), "departed": p.departed,
            "departed_on": _day(p.departed_on), "successor_id": p.successor_id, "updated_at": p.updated_at}


def _contact_map(conn: Connection) -> dict[str, object]:
    return {
        "organisations": Rows(lambda: map(_organisation, organisations.all_organisations(conn))),
        "people": Rows(lambda: map(_person, export_reads.people_by_name(conn))),
    }


def contact_map(conn: Connection) -> dict[str, object]:
    """The sociale kaart: phone numbers in E.164, availability in its text form (domain/availability)."""
    return _whole(_contact_map(conn))  # type: ignore[return-value]


@contextlib.contextmanager
def unnamed_stream(out: Path) -> Iterator[BinaryIO]:
    """``atomic_stream``, but where the system allows (Linux, O_TMPFILE) the pieces go to a file without a
    name in ``out``'s folder, which the system removes when the process ends however it ends; it is given
    a name (and replaces ``out``) only once whole and on disk. Elsewhere ``atomic_stream`` itself."""
    flag = getattr(os, "O_TMPFILE", None)
    fd = -1
    if flag is not None and Path("/proc/self/fd").is_dir():
        try:
            fd = os.open(out.parent, flag | os.O_RDWR, 0o600)
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOTSUP):
                raise StorageFailed(path=str(out), reason=os_reason(exc)) from exc
    if fd < 0:
        with atomic_stream(out) as file:
            yield file
        return
    named = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with open(fd, "w+b", buffering=1 << 20) as file:
            yield file
            file.flush()
            os.fsync(fd)
            try:
                os.link(f"/proc/self/fd/{fd}", named)
            except OSError:  # some systems refuse the link (a sandbox): copy it, the one moment a name exists
                _copy_named(file, out)
                return
        os.replace(named, out)
        fsync_dir(out.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            named.unlink()
        if isinstance(exc, OSError):
            raise StorageFailed(path=str(out), reason=os_reason(exc)) from exc
        raise


def _copy_named(file: BinaryIO, out: Path) -> None:
    file.seek(0)
    with atomic_stream(out) as copy:
        while chunk := file.read(1 << 20):
            copy.write(chunk)


def write(session: Session, out: Path) -> None:
    """The export is audited before it is written; a write that fails is audited as a failure too. The
    document is written as ``json.dumps(build(session), ensure_ascii=False, indent=2)`` would write it, a
    record at a time, to an unnamed file (``unnamed_stream``) that becomes ``out`` once it is whole."""
    document = sections(session, "plaintext")
    try:
        with unnamed_stream(out) as file:
            export_stream.write_document(file, document, _rows_of)
    except StorageFailed:
        session.record(AuditEntry(AuditAction.EXPORT, "vault", "export-json", outcome=Outcome.FAILURE,
                                  detail="file not written"))
        raise


class ExportNotEncrypted(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "The export could not be encrypted: {reason}")


def write_encrypted(session: Session, out: Path, *, to_certificate: bool = True, password: str | None = None) -> None:
    """The export as CMS EnvelopedData (AES-256) to the practice certificate and/or ``password``. The JSON
    is made and encrypted in memory; only the ciphertext is written (``atomic_write``: a temporary file of
    ciphertext replaces ``out`` once whole). Opens with ``openssl cms -decrypt`` (see
    docs/openen-zonder-wijkzorg.md)."""
    from ..documents import cms

    session.require(Permission.EXPORT_VAULT)
    recipients: list[cms.CertificateRecipient | cms.PasswordRecipient] = []
    if to_certificate:
        own = certificate_store.get(session.conn)
        if own is None:
            raise NoPracticeCertificate()
        recipients.append(cms.CertificateRecipient(own.certificate))
    if password:
        recipients.append(cms.PasswordRecipient(password))
    if not recipients:
        raise ValueError("an encrypted export needs the certificate or a password")
    kinds = " and ".join(k for k, on in (("practice certificate", to_certificate), ("password", bool(password)))
                         if on)
    document = sections(session, f"encrypted to the {kinds}")
    buffer = io.BytesIO()
    try:
        export_stream.write_document(buffer, document, _rows_of)
        data = cms.encrypt(buffer.getvalue(), recipients)
    except cms.CmsError as error:
        session.record(AuditEntry(AuditAction.EXPORT, "vault", "export-json", outcome=Outcome.FAILURE,
                                  detail=f"not encrypted: {error.detail}"))
        raise ExportNotEncrypted(reason=error.message) from None
    finally:
        buffer.seek(0)
        buffer.truncate()
        buffer.close()
    try:
        atomic_write(out, data)
    except StorageFailed:
        session.record(AuditEntry(AuditAction.EXPORT, "vault", "export-json", outcome=Outcome.FAILURE,
                                  detail="file not written"))
        raise
