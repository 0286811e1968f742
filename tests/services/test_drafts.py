"""Drafts in the vault: ``replace`` makes a user's drafts exactly the forms given, ``peek`` leaves them
there, and one user's drafts are never another's."""

from __future__ import annotations

from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.services import accounts, drafts, vaults


def test_replace_keeps_only_the_open_forms_and_peek_leaves_them(store, passphrase):
    session = vaults.create_vault(store, "Praktijk", "poh", "P. Oh", passphrase).session
    try:
        drafts.replace(session, {"cases/case": {"case_id": 1}, "contacts/person": {"name": "Ans"}})
        assert drafts.peek(session) == {"cases/case": {"case_id": 1}, "contacts/person": {"name": "Ans"}}
        assert drafts.peek(session) == {"cases/case": {"case_id": 1}, "contacts/person": {"name": "Ans"}}
        drafts.replace(session, {"contacts/person": {"name": "Ans de Vries"}, "today/followup_form": {}})
        assert drafts.peek(session) == {"contacts/person": {"name": "Ans de Vries"}}
        drafts.replace(session, {})
        assert drafts.peek(session) == {}
    finally:
        session.close()


def test_one_users_drafts_are_not_anothers(store, passphrase):
    admin = vaults.create_vault(store, "Praktijk", "beheer", "B. Heer", passphrase).session
    try:
        accounts.add_user(admin, "poh", "P. Oh", Role.MH_NURSE,
                          passphrase)
        drafts.replace(admin, {"admin/settings": {"name": "Praktijk de Linde"}})
    finally:
        admin.close()
    poh = vaults.unlock(store, "poh", passphrase).session
    try:
        assert drafts.peek(poh) == {}
        drafts.replace(poh, {"cases/case": {"case_id": 3}})
    finally:
        poh.close()
    admin = vaults.unlock(store, "beheer", passphrase).session
    try:
        assert drafts.peek(admin) == {"admin/settings": {"name": "Praktijk de Linde"}}
    finally:
        admin.close()
