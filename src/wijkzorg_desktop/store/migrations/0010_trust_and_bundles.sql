-- Veilige overdracht: which contact certificates were confirmed (their fingerprint checked with the owner),
-- the trust anchors the beheerder imported (UZI / PKIoverheid roots), and the case bundles sent and received.
-- A confirmation holds for the fingerprint it names: a contact whose certificate changes is unconfirmed again.

CREATE TABLE certificate_checks (
    contact_kind TEXT NOT NULL CHECK (contact_kind IN ('person', 'organisation')),
    contact_id   INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    confirmed_by TEXT NOT NULL,
    confirmed_at TEXT NOT NULL,
    how          TEXT NOT NULL CHECK (length(trim(how)) > 0),
    PRIMARY KEY (contact_kind, contact_id)
) STRICT;

CREATE TABLE trust_anchors (
    id          INTEGER PRIMARY KEY,
    certificate BLOB NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL CHECK (length(trim(label)) > 0),
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL
) STRICT;

-- A bundle id seen once is refused after (replay), whether or not it became a case.
CREATE TABLE received_bundles (
    bundle_id     TEXT PRIMARY KEY,
    sender_sha256 TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    received_by   TEXT NOT NULL,
    case_id       INTEGER REFERENCES cases (id),
    basis         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX received_bundles_case ON received_bundles (case_id) WHERE case_id IS NOT NULL;

CREATE TABLE sent_bundles (
    bundle_id        TEXT PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id),
    recipient        TEXT NOT NULL,
    recipient_sha256 TEXT NOT NULL DEFAULT '',
    purpose          TEXT NOT NULL,
    basis            TEXT NOT NULL,
    consent_ids      TEXT NOT NULL DEFAULT '',
    sha256           TEXT NOT NULL,
    sent_at          TEXT NOT NULL,
    sent_by          TEXT NOT NULL
) STRICT;
CREATE INDEX sent_bundles_case ON sent_bundles (case_id);
