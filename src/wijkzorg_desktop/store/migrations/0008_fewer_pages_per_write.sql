-- Fewer pages written per change. Every page a change touches is encrypted and given its HMAC on the way
-- to disk, so each index a write must update costs more here than in plain SQLite.

-- The cases list sorts its 20,000 cases in memory in a few milliseconds; an index on updated_at made
-- every change to any part of a case rewrite two index pages besides the case's own.
DROP INDEX cases_updated;

-- Foreign keys that most rows leave empty: the index holds only the rows that have one. A lookup by
-- value (a delete of the party, person or member checking who refers to it) still searches it.
DROP INDEX timeline_entries_party;
CREATE INDEX timeline_entries_party ON timeline_entries (party_id) WHERE party_id IS NOT NULL;
DROP INDEX followups_party;
CREATE INDEX followups_party ON followups (party_id) WHERE party_id IS NOT NULL;
DROP INDEX followups_person;
CREATE INDEX followups_person ON followups (person_id) WHERE person_id IS NOT NULL;
DROP INDEX followups_case;
CREATE INDEX followups_case ON followups (case_id) WHERE case_id IS NOT NULL;
DROP INDEX kindchecks_member;
CREATE INDEX kindchecks_member ON kindchecks (member_id) WHERE member_id IS NOT NULL;
DROP INDEX kindchecks_case;
CREATE INDEX kindchecks_case ON kindchecks (case_id) WHERE case_id IS NOT NULL;
DROP INDEX people_successor;
CREATE INDEX people_successor ON people (successor_id) WHERE successor_id IS NOT NULL;

-- The audit page's choice of object types: a short list kept beside the log (a record of a type already
-- listed writes nothing to it) instead of an index that every audit record had to be added to.
CREATE TABLE audit_object_types (name TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT INTO audit_object_types (name) SELECT DISTINCT object_type FROM audit_log;
DROP INDEX audit_log_object_type;
