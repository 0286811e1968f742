-- Overleg: meeting series (sociaal wijkoverleg, MDO, ...), their meetings, who came, the agenda items with
-- their decisions and actions. An action done by a practice user is a follow-up, one by a partner on a case
-- a promise of that case: those stay the single truth of "done", the action refers to them.
-- Foreign keys that many rows leave empty have an index of only the rows that have one (as in version 8).

CREATE TABLE meeting_series (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('sociaal_wijkoverleg', 'wijkoverleg_jeugd', 'mdo',
                                              'huisartsenoverleg', 'intern')),
    rhythm      TEXT NOT NULL CHECK (rhythm IN ('wekelijks', 'tweewekelijks', 'maandelijks', 'tweemaandelijks',
                                                'halfjaarlijks', 'ad_hoc')),
    place       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE series_members (
    id              INTEGER PRIMARY KEY,
    series_id       INTEGER NOT NULL REFERENCES meeting_series (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    person_id       INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    user_login      TEXT REFERENCES users (login) ON DELETE RESTRICT,
    role            TEXT NOT NULL DEFAULT '',
    duty            TEXT NOT NULL DEFAULT '' CHECK (duty IN ('', 'voorzitter', 'notulist')),
    secrecy         INTEGER CHECK (secrecy IS NULL OR secrecy IN (0, 1)),
    CHECK ((user_login IS NULL AND (person_id IS NOT NULL OR organisation_id IS NOT NULL))
           OR (user_login IS NOT NULL AND person_id IS NULL AND organisation_id IS NULL))
) STRICT;

CREATE INDEX series_members_series ON series_members (series_id, position);
CREATE INDEX series_members_person ON series_members (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX series_members_organisation ON series_members (organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX series_members_user ON series_members (user_login) WHERE user_login IS NOT NULL;

CREATE TABLE meetings (
    id               INTEGER PRIMARY KEY,
    series_id        INTEGER NOT NULL REFERENCES meeting_series (id) ON DELETE RESTRICT,
    on_date          TEXT NOT NULL,
    at_time          TEXT,
    duration_minutes INTEGER NOT NULL DEFAULT 90 CHECK (duration_minutes > 0),
    status           TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'gehouden', 'verslag_definitief')),
    place            TEXT NOT NULL DEFAULT '',
    created_by       TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

CREATE INDEX meetings_series ON meetings (series_id, on_date);
CREATE INDEX meetings_date ON meetings (on_date);

CREATE TABLE meeting_attendees (
    id                    INTEGER PRIMARY KEY,
    meeting_id            INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    member_id             INTEGER REFERENCES series_members (id) ON DELETE SET NULL,
    person_id             INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    organisation_id       INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    user_login            TEXT REFERENCES users (login) ON DELETE RESTRICT,
    guest_name            TEXT NOT NULL DEFAULT '',
    role                  TEXT NOT NULL DEFAULT '',
    presence              TEXT NOT NULL DEFAULT 'verwacht'
                          CHECK (presence IN ('verwacht', 'aanwezig', 'afwezig', 'vervangen')),
    replaced_by_person_id INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    replaced_by_name      TEXT NOT NULL DEFAULT '',
    secrecy               INTEGER CHECK (secrecy IS NULL OR secrecy IN (0, 1)),
    CHECK (person_id IS NOT NULL OR organisation_id IS NOT NULL OR user_login IS NOT NULL
           OR length(trim(guest_name)) > 0)
) STRICT;

CREATE INDEX meeting_attendees_meeting ON meeting_attendees (meeting_id, position);
CREATE INDEX meeting_attendees_member ON meeting_attendees (member_id) WHERE member_id IS NOT NULL;
CREATE INDEX meeting_attendees_person ON meeting_attendees (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX meeting_attendees_organisation ON meeting_attendees (organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX meeting_attendees_user ON meeting_attendees (user_login) WHERE user_login IS NOT NULL;
CREATE INDEX meeting_attendees_replacement ON meeting_attendees (replaced_by_person_id)
    WHERE replaced_by_person_id IS NOT NULL;

CREATE TABLE meeting_items (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    topic               TEXT NOT NULL CHECK (topic IN ('casus', 'thema', 'sociale_kaart', 'jaarevaluatie')),
    title               TEXT NOT NULL DEFAULT '',
    case_id             INTEGER REFERENCES cases (id) ON DELETE RESTRICT,
    question            TEXT NOT NULL DEFAULT '',
    brought_by          TEXT NOT NULL DEFAULT '',
    mode                TEXT NOT NULL DEFAULT 'anoniem' CHECK (mode IN ('anoniem', 'herkenbaar')),
    shared_notes        TEXT NOT NULL DEFAULT '',
    internal_notes      TEXT NOT NULL DEFAULT '',
    kindcheck_repeated  INTEGER NOT NULL DEFAULT 0 CHECK (kindcheck_repeated IN (0, 1)),
    colleague_consulted INTEGER NOT NULL DEFAULT 0 CHECK (colleague_consulted IN (0, 1)),
    timeline_entry_id   INTEGER REFERENCES timeline_entries (id) ON DELETE SET NULL,
    kindcheck_entry_id  INTEGER REFERENCES timeline_entries (id) ON DELETE SET NULL,
    advice_request_id   INTEGER REFERENCES advice_requests (id) ON DELETE SET NULL,
    CHECK ((topic = 'casus') = (case_id IS NOT NULL)),
    CHECK (mode = 'anoniem' OR topic = 'casus')
) STRICT;

CREATE INDEX meeting_items_meeting ON meeting_items (meeting_id, position);
CREATE INDEX meeting_items_case ON meeting_items (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX meeting_items_entry ON meeting_items (timeline_entry_id) WHERE timeline_entry_id IS NOT NULL;
CREATE INDEX meeting_items_kindcheck_entry ON meeting_items (kindcheck_entry_id) WHERE kindcheck_entry_id IS NOT NULL;
CREATE INDEX meeting_items_advice ON meeting_items (advice_request_id) WHERE advice_request_id IS NOT NULL;

-- Attendees whose copy of the minutes leaves an item out.
CREATE TABLE meeting_item_withheld (
    item_id     INTEGER NOT NULL REFERENCES meeting_items (id) ON DELETE CASCADE,
    attendee_id INTEGER NOT NULL REFERENCES meeting_attendees (id) ON DELETE CASCADE,
    PRIMARY KEY (item_id, attendee_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX meeting_item_withheld_attendee ON meeting_item_withheld (attendee_id);

CREATE TABLE meeting_decisions (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES meeting_items (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL CHECK (length(trim(text)) > 0)
) STRICT;

CREATE INDEX meeting_decisions_item ON meeting_decisions (item_id, position);

CREATE TABLE meeting_actions (
    id                    INTEGER PRIMARY KEY,
    item_id               INTEGER NOT NULL REFERENCES meeting_items (id) ON DELETE CASCADE,
    position              INTEGER NOT NULL,
    what                  TEXT NOT NULL CHECK (length(trim(what)) > 0),
    due                   TEXT,
    owner_login           TEXT REFERENCES users (login) ON DELETE RESTRICT,
    owner_person_id       INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    owner_organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    followup_id           INTEGER REFERENCES followups (id) ON DELETE SET NULL,
    promise_id            INTEGER REFERENCES promises (id) ON DELETE SET NULL,
    done_on               TEXT,
    CHECK ((owner_login IS NOT NULL) <> (owner_person_id IS NOT NULL OR owner_organisation_id IS NOT NULL))
) STRICT;

CREATE INDEX meeting_actions_item ON meeting_actions (item_id, position);
CREATE INDEX meeting_actions_owner ON meeting_actions (owner_login) WHERE owner_login IS NOT NULL;
CREATE INDEX meeting_actions_person ON meeting_actions (owner_person_id) WHERE owner_person_id IS NOT NULL;
CREATE INDEX meeting_actions_organisation ON meeting_actions (owner_organisation_id)
    WHERE owner_organisation_id IS NOT NULL;
CREATE INDEX meeting_actions_followup ON meeting_actions (followup_id) WHERE followup_id IS NOT NULL;
CREATE INDEX meeting_actions_promise ON meeting_actions (promise_id) WHERE promise_id IS NOT NULL;

-- The follow-ups' meeting, kept since version 4, is now looked up (the follow-ups an overleg made).
CREATE INDEX followups_meeting ON followups (meeting_id) WHERE meeting_id IS NOT NULL;
