"""The practice's signing certificate (one row)."""

from __future__ import annotations

from dataclasses import dataclass

from .connection import Connection


@dataclass(frozen=True)
class StoredCertificate:
    source: str                  # "pkcs12" | "self_signed" | "pkcs11"
    certificate: bytes           # DER
    pkcs12: bytes | None = None
    pkcs12_password: str = ""
    module_path: str = ""
    token_label: str = ""
    key_label: str = ""


def get(conn: Connection) -> StoredCertificate | None:
    row = conn.execute("SELECT source, certificate, pkcs12, pkcs12_password, module_path, token_label, key_label "
                       "FROM practice_certificate WHERE id = 1").fetchone()
    if row is None:
        return None
    return StoredCertificate(row[0], bytes(row[1]), bytes(row[2]) if row[2] is not None else None, row[3], row[4],
                             row[5], row[6])


def put(conn: Connection, cert: StoredCertificate, by_login: str, now: str) -> None:
    conn.execute("INSERT OR REPLACE INTO practice_certificate (id, source, pkcs12, pkcs12_password, module_path, "
                 "token_label, key_label, certificate, set_at, set_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (cert.source, cert.pkcs12, cert.pkcs12_password, cert.module_path, cert.token_label, cert.key_label,
                  cert.certificate, now, by_login))
