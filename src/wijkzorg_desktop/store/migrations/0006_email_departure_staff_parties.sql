-- Plain e-mail beside secure e-mail; when a person left and who took over; the practice's own staff as
-- parties of a case.
--
-- SQLite changes a CHECK only by rebuilding the table, and PRAGMA foreign_keys cannot be switched off
-- inside this migration's transaction. Dropping a table then acts on the rows that refer to it (RESTRICT
-- refuses, SET NULL forgets), so the references to case_parties are set aside first, cleared, and put
-- back once the new table holds the same ids. person_channels is referred to by nothing.

CREATE TABLE person_channels_new (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('telefoon', 'mobiel', 'email', 'beveiligde_email', 'siilo')),
    value     TEXT NOT NULL,
    preferred INTEGER NOT NULL DEFAULT 0 CHECK (preferred IN (0, 1)),
    PRIMARY KEY (person_id, position)
) STRICT;

INSERT INTO person_channels_new (person_id, position, kind, value, preferred)
    SELECT person_id, position, kind, value, preferred FROM person_channels;
DROP TABLE person_channels;
ALTER TABLE person_channels_new RENAME TO person_channels;

-- Left the organisation on a day (unknown for people marked before this version), perhaps with a successor.
ALTER TABLE people ADD COLUMN departed_on TEXT;
ALTER TABLE people ADD COLUMN successor_id INTEGER REFERENCES people (id) ON DELETE SET NULL;
CREATE INDEX people_successor ON people (successor_id);

CREATE TEMP TABLE party_references (
    in_table TEXT NOT NULL,
    row_id   INTEGER NOT NULL,
    party_id INTEGER NOT NULL,
    PRIMARY KEY (in_table, row_id)
);
INSERT INTO temp.party_references SELECT 'promises', id, party_id FROM promises WHERE party_id IS NOT NULL;
INSERT INTO temp.party_references SELECT 'plan_items', id, party_id FROM plan_items WHERE party_id IS NOT NULL;
INSERT INTO temp.party_references
    SELECT 'timeline_entries', id, party_id FROM timeline_entries WHERE party_id IS NOT NULL;
INSERT INTO temp.party_references SELECT 'followups', id, party_id FROM followups WHERE party_id IS NOT NULL;
UPDATE promises SET party_id = NULL WHERE party_id IS NOT NULL;
UPDATE plan_items SET party_id = NULL WHERE party_id IS NOT NULL;
UPDATE timeline_entries SET party_id = NULL WHERE party_id IS NOT NULL;
UPDATE followups SET party_id = NULL WHERE party_id IS NOT NULL;

-- A party is a person (perhaps with their organisation), an organisation, or one of our own users.
CREATE TABLE case_parties_new (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    person_id       INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    user_login      TEXT REFERENCES users (login) ON DELETE RESTRICT,
    since           TEXT,
    last_contact    TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    CHECK ((user_login IS NULL AND (person_id IS NOT NULL OR organisation_id IS NOT NULL))
           OR (user_login IS NOT NULL AND person_id IS NULL AND organisation_id IS NULL))
) STRICT;

INSERT INTO case_parties_new (id, case_id, role, person_id, organisation_id, since, last_contact, notes)
    SELECT id, case_id, role, person_id, organisation_id, since, last_contact, notes FROM case_parties;
DROP TABLE case_parties;
ALTER TABLE case_parties_new RENAME TO case_parties;

CREATE INDEX case_parties_case ON case_parties (case_id);
CREATE INDEX case_parties_person ON case_parties (person_id);
CREATE INDEX case_parties_organisation ON case_parties (organisation_id);
CREATE INDEX case_parties_user ON case_parties (user_login);

UPDATE promises SET party_id = (SELECT r.party_id FROM temp.party_references r
                                WHERE r.in_table = 'promises' AND r.row_id = promises.id)
    WHERE id IN (SELECT row_id FROM temp.party_references WHERE in_table = 'promises');
UPDATE plan_items SET party_id = (SELECT r.party_id FROM temp.party_references r
                                  WHERE r.in_table = 'plan_items' AND r.row_id = plan_items.id)
    WHERE id IN (SELECT row_id FROM temp.party_references WHERE in_table = 'plan_items');
UPDATE timeline_entries SET party_id = (SELECT r.party_id FROM temp.party_references r
                                        WHERE r.in_table = 'timeline_entries' AND r.row_id = timeline_entries.id)
    WHERE id IN (SELECT row_id FROM temp.party_references WHERE in_table = 'timeline_entries');
UPDATE followups SET party_id = (SELECT r.party_id FROM temp.party_references r
                                 WHERE r.in_table = 'followups' AND r.row_id = followups.id)
    WHERE id IN (SELECT row_id FROM temp.party_references WHERE in_table = 'followups');
DROP TABLE temp.party_references;
