"""The Beheer section: users, practice settings and the audit log, for administrators only."""
