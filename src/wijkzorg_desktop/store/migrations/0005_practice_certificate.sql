-- The practice's signing certificate: a PKCS#12 (imported, or made at setup) kept inside the encrypted
-- vault, or the location of a PKCS#11 token (UZI-pas) whose PIN is asked at each signature.

CREATE TABLE practice_certificate (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    source          TEXT NOT NULL CHECK (source IN ('pkcs12', 'self_signed', 'pkcs11')),
    pkcs12          BLOB,
    pkcs12_password TEXT NOT NULL DEFAULT '',
    module_path     TEXT NOT NULL DEFAULT '',
    token_label     TEXT NOT NULL DEFAULT '',
    key_label       TEXT NOT NULL DEFAULT '',
    certificate     BLOB NOT NULL,
    set_at          TEXT NOT NULL,
    set_by          TEXT NOT NULL
) STRICT;
