-- Opvolging: follow-ups made by hand. Follow-ups that follow a melding, a promise, a plan item or a
-- kindcheck are not stored here: they are read from those records, so they can never disagree.

CREATE TABLE followups (
    id               INTEGER PRIMARY KEY,
    what             TEXT NOT NULL CHECK (length(trim(what)) > 0),
    kind             TEXT NOT NULL,
    owner_login      TEXT NOT NULL,
    due              TEXT,
    due_time         TEXT,
    case_id          INTEGER REFERENCES cases (id) ON DELETE CASCADE,
    party_id         INTEGER REFERENCES case_parties (id) ON DELETE SET NULL,
    person_id        INTEGER REFERENCES people (id) ON DELETE SET NULL,
    meeting_id       INTEGER,
    recur_every_days INTEGER CHECK (recur_every_days IS NULL OR recur_every_days > 0),
    recur_until      TEXT,
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gedaan', 'vervallen')),
    result           TEXT NOT NULL DEFAULT '',
    created_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX followups_owner ON followups (owner_login, status);
CREATE INDEX followups_case ON followups (case_id);
