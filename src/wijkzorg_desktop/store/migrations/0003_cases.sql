-- Casussen: families under a pseudonym, their household, kindchecks, the meldcode track, Veilig Thuis
-- contacts, consent, involved parties with their promises, the timeline with its history, the plan.
-- People and organisations named in a case cannot be deleted from the sociale kaart (RESTRICT).

CREATE TABLE cases (
    id                INTEGER PRIMARY KEY,
    label             TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gesloten')),
    responsible_login TEXT NOT NULL DEFAULT '',
    summary           TEXT NOT NULL DEFAULT '',
    opened_on         TEXT NOT NULL,
    closed_on         TEXT,
    close_reason      TEXT NOT NULL DEFAULT '',
    no_vt_advice_why  TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;

CREATE TABLE household_members (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('ouder', 'kind', 'overig')),
    initials   TEXT NOT NULL CHECK (length(trim(initials)) > 0),
    birth_year INTEGER,
    is_patient INTEGER NOT NULL DEFAULT 0 CHECK (is_patient IN (0, 1)),
    his_number TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX household_members_case ON household_members (case_id);

CREATE TABLE kindchecks (
    id                 INTEGER PRIMARY KEY,
    on_date            TEXT NOT NULL,
    patient            TEXT NOT NULL,
    reason             TEXT NOT NULL,
    reason_other       TEXT NOT NULL DEFAULT '',
    cares_for_children TEXT NOT NULL,
    children_count     INTEGER,
    children_ages      TEXT NOT NULL DEFAULT '',
    adequate_care      TEXT NOT NULL,
    can_ask_for_help   TEXT NOT NULL,
    has_network        TEXT NOT NULL,
    concerns           TEXT NOT NULL DEFAULT '',
    action             TEXT NOT NULL,
    next_check         TEXT,
    author_login       TEXT NOT NULL,
    case_id            INTEGER REFERENCES cases (id) ON DELETE RESTRICT,
    member_id          INTEGER REFERENCES household_members (id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL
) STRICT;

CREATE INDEX kindchecks_case ON kindchecks (case_id);

CREATE TABLE case_parties (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    person_id       INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    since           TEXT,
    last_contact    TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    CHECK (person_id IS NOT NULL OR organisation_id IS NOT NULL)
) STRICT;

CREATE INDEX case_parties_case ON case_parties (case_id);
CREATE INDEX case_parties_person ON case_parties (person_id);
CREATE INDEX case_parties_organisation ON case_parties (organisation_id);

CREATE TABLE promises (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    party_id    INTEGER REFERENCES case_parties (id) ON DELETE RESTRICT,
    owner_login TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    made_on     TEXT NOT NULL,
    due         TEXT,
    done_on     TEXT
) STRICT;

CREATE TABLE timeline_entries (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    on_date      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    author_login TEXT NOT NULL,
    party_id     INTEGER REFERENCES case_parties (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL
) STRICT;

-- Earlier versions of an edited entry: written once, never changed.
CREATE TABLE timeline_versions (
    id        INTEGER PRIMARY KEY,
    entry_id  INTEGER NOT NULL REFERENCES timeline_entries (id) ON DELETE CASCADE,
    on_date   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    text      TEXT NOT NULL,
    by_login  TEXT NOT NULL,
    at        TEXT NOT NULL
) STRICT;

CREATE TRIGGER timeline_versions_no_update BEFORE UPDATE ON timeline_versions
BEGIN
    SELECT RAISE(ABORT, 'timeline history is append-only');
END;

CREATE TABLE meldcode_steps (
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    step     INTEGER NOT NULL CHECK (step BETWEEN 1 AND 5),
    on_date  TEXT NOT NULL,
    by_login TEXT NOT NULL,
    notes    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, step)
) STRICT;

CREATE TABLE advice_requests (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    source    TEXT NOT NULL CHECK (source IN ('veilig_thuis', 'vertrouwensarts', 'collega')),
    on_date   TEXT NOT NULL,
    by_login  TEXT NOT NULL,
    summary   TEXT NOT NULL DEFAULT '',
    anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1))
) STRICT;

CREATE TABLE decisions (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    answers  TEXT NOT NULL,
    advised  TEXT NOT NULL,
    decided  TEXT NOT NULL,
    by_login TEXT NOT NULL,
    on_date  TEXT NOT NULL,
    why      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE vt_contacts (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind              TEXT NOT NULL CHECK (kind IN ('advies', 'melding')),
    on_date           TEXT NOT NULL,
    role              TEXT NOT NULL CHECK (role IN ('melder', 'informant')),
    reference         TEXT NOT NULL DEFAULT '',
    case_manager_id   INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    expected_feedback TEXT,
    received_on       TEXT,
    summary           TEXT NOT NULL DEFAULT '',
    by_login          TEXT NOT NULL
) STRICT;

CREATE INDEX vt_contacts_case ON vt_contacts (case_id);

CREATE TABLE consents (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    member_id      INTEGER NOT NULL REFERENCES household_members (id) ON DELETE CASCADE,
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('person', 'organisation')),
    recipient_id   INTEGER NOT NULL,
    purpose        TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('gegeven', 'geweigerd', 'niet_gevraagd', 'ingetrokken')),
    on_date        TEXT NOT NULL,
    form           TEXT,
    recorded_by    TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE sharing_bases (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    basis            TEXT NOT NULL CHECK (basis IN ('meldrecht', 'conflict_van_plichten')),
    recipient_kind   TEXT NOT NULL CHECK (recipient_kind IN ('person', 'organisation')),
    recipient_id     INTEGER NOT NULL,
    purpose          TEXT NOT NULL,
    on_date          TEXT NOT NULL,
    recorded_by      TEXT NOT NULL,
    serious_interest TEXT NOT NULL DEFAULT '',
    other_way        TEXT NOT NULL DEFAULT '',
    why_no_consent   TEXT NOT NULL DEFAULT '',
    outweighs        INTEGER CHECK (outweighs IN (0, 1)),
    what_to_whom     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE plan_items (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    party_id    INTEGER REFERENCES case_parties (id) ON DELETE RESTRICT,
    owner_login TEXT NOT NULL DEFAULT '',
    due         TEXT,
    done_on     TEXT
) STRICT;
