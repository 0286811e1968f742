-- The sociale kaart: organisations, the people in them, their channels.

CREATE TABLE organisations (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind          TEXT NOT NULL,
    address       TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    crisis_phone  TEXT NOT NULL DEFAULT '',
    secure_email  TEXT NOT NULL DEFAULT '',
    website       TEXT NOT NULL DEFAULT '',
    opening_hours TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    certificate   BLOB,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

CREATE TABLE organisation_municipalities (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    municipality    TEXT NOT NULL,
    PRIMARY KEY (organisation_id, position)
) STRICT;

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    function        TEXT NOT NULL DEFAULT '',
    availability    TEXT NOT NULL DEFAULT '',
    liaison_login   TEXT NOT NULL DEFAULT '',
    verified_on     TEXT,
    known_since     TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    certificate     BLOB,
    departed        INTEGER NOT NULL DEFAULT 0 CHECK (departed IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE INDEX people_organisation ON people (organisation_id);

CREATE TABLE person_channels (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('telefoon', 'mobiel', 'beveiligde_email', 'siilo')),
    value     TEXT NOT NULL,
    preferred INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
    PRIMARY KEY (person_id, position)
) STRICT;
