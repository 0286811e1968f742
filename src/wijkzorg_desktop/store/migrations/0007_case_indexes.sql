-- Indexes for every lookup a user waits for: each per-case table by its case, every foreign key that a
-- delete of its parent checks, and the open items the follow-ups are read from. Without them every
-- read of one case scanned whole tables, so it grew with the vault instead of with the case.

-- per case, in the order the case file shows them
CREATE INDEX timeline_entries_case ON timeline_entries (case_id, on_date);
CREATE INDEX timeline_entries_party ON timeline_entries (party_id);
CREATE INDEX timeline_versions_entry ON timeline_versions (entry_id);
CREATE INDEX promises_case ON promises (case_id, made_on);
CREATE INDEX promises_party ON promises (party_id);
CREATE INDEX plan_items_case ON plan_items (case_id);
CREATE INDEX plan_items_party ON plan_items (party_id);
CREATE INDEX advice_requests_case ON advice_requests (case_id, on_date);
CREATE INDEX decisions_case ON decisions (case_id);
CREATE INDEX vt_contacts_case_manager ON vt_contacts (case_manager_id);
CREATE INDEX consents_case ON consents (case_id, on_date);
CREATE INDEX consents_member ON consents (member_id);
CREATE INDEX sharing_bases_case ON sharing_bases (case_id, on_date);
CREATE INDEX kindchecks_member ON kindchecks (member_id);
CREATE INDEX followups_party ON followups (party_id);
CREATE INDEX followups_person ON followups (person_id);

-- the cases list in its order, so its first screen reads only that many cases
CREATE INDEX cases_updated ON cases (updated_at, id);

-- what follow-ups are read from: only the open ones, however many were done over the years
CREATE INDEX promises_open ON promises (case_id) WHERE done_on IS NULL;
CREATE INDEX plan_items_open ON plan_items (case_id) WHERE done_on IS NULL AND due IS NOT NULL;
CREATE INDEX vt_contacts_awaited ON vt_contacts (case_id) WHERE received_on IS NULL AND expected_feedback IS NOT NULL;
CREATE INDEX kindchecks_next ON kindchecks (next_check) WHERE next_check IS NOT NULL;
CREATE INDEX followups_status ON followups (status);

-- the audit page's choice of object types, read from the index instead of every record
CREATE INDEX audit_log_object_type ON audit_log (object_type);
