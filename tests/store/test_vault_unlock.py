"""Making a vault and unlocking it: passphrases, failed attempts and their delay, users, recovery key."""

from __future__ import annotations

import stat
from datetime import UTC, datetime

import pytest
from store_helpers import NEW_PASSPHRASE, FakeClock, can_unlock, snapshot

from wijkzorg_desktop.domain.audit import AuditAction, Outcome
from wijkzorg_desktop.domain.errors import (
    InvalidLogin,
    NotAllowed,
    NoVault,
    PassphraseMismatch,
    PassphraseTooShort,
    UnknownUser,
    UnlockDelayed,
    UserExists,
    VaultExists,
    WrongCredentials,
    WrongRecoveryKey,
)
from wijkzorg_desktop.domain.unlocking import (
    FREE_ATTEMPTS,
    RECOVERY_KEY_CHARS,
    delay_after,
    format_recovery_key,
    new_recovery_key,
)
from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.services import accounts
from wijkzorg_desktop.services.session import iso
from wijkzorg_desktop.services.vaults import (
    create_vault,
    failures_pending,
    logins,
    unlock,
    unlock_with_recovery,
)
from wijkzorg_desktop.store import audit_log, keyfile, schema, settings
from wijkzorg_desktop.store.keyfile import RECOVERY_SLOT, user_slot_id
from wijkzorg_desktop.store.lockfile import workstation
from wijkzorg_desktop.store.vault import VaultPaths

WRONG = "dit is niet het wachtwoord"
START = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


def actions(session) -> list[str]:
    return [r.action for r in audit_log.all_records(session.conn)]


def test_create_makes_an_encrypted_vault_with_its_first_administrator(store, passphrase):
    created = create_vault(store, " Praktijk De Brug ", " Beheer ", " Marieke Saënen ", passphrase)
    paths = VaultPaths(store)
    try:
        session = created.session
        assert (session.user.login, session.user.full_name, session.user.role) == (
            "beheer", "Marieke Saënen", Role.ADMIN)
        assert schema.version(session.conn) == schema.LATEST
        assert settings.get(session.conn, "practice.name") == "Praktijk De Brug"
        assert actions(session) == ["create", "create", "login"]
        assert paths.lock.exists()
    finally:
        created.session.close()
    assert not paths.lock.exists()
    assert len(created.recovery_key) == RECOVERY_KEY_CHARS
    keys = keyfile.read(paths.keys)
    assert {s.id for s in keys.slots} == {user_slot_id("beheer"), RECOVERY_SLOT}
    assert logins(store) == ["beheer"]
    for path in (paths.db, paths.keys):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not paths.db.read_bytes().startswith(b"SQLite format 3")


def test_create_refuses_a_folder_that_holds_a_vault(vault, passphrase):
    store, _ = vault
    before = snapshot(store)
    with pytest.raises(VaultExists):
        create_vault(store, "Praktijk", "ander", "Iemand Anders", passphrase)
    assert snapshot(store) == before


def test_create_refuses_a_short_passphrase_and_leaves_nothing(store):
    with pytest.raises(PassphraseTooShort):
        create_vault(store, "Praktijk", "beheer", "Marieke", "te kort")
    assert not VaultPaths(store).exists()


def test_unlock_opens_the_vault_as_that_user(vault, passphrase):
    store, _ = vault
    unlocked = unlock(store, "  BEHEER ", passphrase)
    try:
        assert unlocked.session.user.login == "beheer"
        assert unlocked.failed_attempts == ()
        assert actions(unlocked.session)[-1] == AuditAction.LOGIN
    finally:
        unlocked.session.close()


def test_no_vault_at_all(store, passphrase):
    with pytest.raises(NoVault):
        unlock(store, "beheer", passphrase)


def test_wrong_passphrase_is_counted_in_the_key_file(vault, passphrase):
    store, _ = vault
    with pytest.raises(WrongCredentials):
        unlock(store, "beheer", WRONG, clock=FakeClock(START))
    slot = keyfile.read(VaultPaths(store).keys).slot(user_slot_id("beheer"))
    assert slot is not None
    assert [(f.at, f.workstation) for f in slot.failed] == [(iso(START), workstation())]
    assert failures_pending(store, "beheer") == 1


def test_failed_attempts_delay_the_next_ones_and_are_reported_at_the_next_unlock(vault, passphrase):
    store, _ = vault
    clock = FakeClock(START)
    for _ in range(FREE_ATTEMPTS):
        with pytest.raises(WrongCredentials):
            unlock(store, "beheer", WRONG, clock=clock)
    assert failures_pending(store, "beheer") == FREE_ATTEMPTS

    before = snapshot(store)
    with pytest.raises(UnlockDelayed) as first:
        unlock(store, "beheer", passphrase, clock=clock)  # even the right passphrase waits
    assert snapshot(store) == before  # a refused attempt is not tried, so not counted
    clock.advance(delay_after(FREE_ATTEMPTS) - 1)
    with pytest.raises(UnlockDelayed):
        unlock(store, "beheer", WRONG, clock=clock)
    clock.advance(1)
    with pytest.raises(WrongCredentials):
        unlock(store, "beheer", WRONG, clock=clock)
    fourth_at = clock()
    with pytest.raises(UnlockDelayed) as second:
        unlock(store, "beheer", passphrase, clock=clock)
    assert second.value.params["seconds"] > first.value.params["seconds"]
    assert str(second.value.params["seconds"]) in str(second.value)

    clock.advance(delay_after(FREE_ATTEMPTS + 1))
    unlocked = unlock(store, "beheer", passphrase, clock=clock)
    try:
        expected = [iso(START)] * FREE_ATTEMPTS + [iso(fourth_at)]
        assert [f.at for f in unlocked.failed_attempts] == expected
        assert {f.workstation for f in unlocked.failed_attempts} == {workstation()}
        records = audit_log.all_records(unlocked.session.conn)
        failed = [r for r in records if r.action == AuditAction.FAILED_UNLOCK]
        assert [r.detail for r in failed] == [f"{at} @ {workstation()}" for at in expected]
        assert {(r.user_login, r.outcome) for r in failed} == {("beheer", Outcome.FAILURE)}
        assert [r.action for r in records[-5:]] == ["failed_unlock"] * 4 + ["login"]
    finally:
        unlocked.session.close()
    assert failures_pending(store, "beheer") == 0

    again = unlock(store, "beheer", passphrase, clock=clock)
    try:
        assert again.failed_attempts == ()
        assert actions(again.session).count("failed_unlock") == 4
    finally:
        again.session.close()


@pytest.mark.parametrize("login", ["niemand", "x", "Geen Login!", ""])
def test_unknown_or_invalid_login_gets_the_same_answer(vault, passphrase, login):
    store, _ = vault
    before = snapshot(store)
    with pytest.raises(WrongCredentials):
        unlock(store, login, passphrase)
    assert snapshot(store) == before


def test_added_user_can_unlock_with_their_own_passphrase(vault, passphrase):
    store, _ = vault
    session = unlock(store, "beheer", passphrase).session
    try:
        added = accounts.add_user(session, "Huisarts", "dr. Joost van den Berg", Role.GP,
                                  NEW_PASSPHRASE, NEW_PASSPHRASE)
        assert added.login == "huisarts"
    finally:
        session.close()
    assert logins(store) == ["beheer", "huisarts"]
    assert not can_unlock(store, "huisarts", passphrase)
    unlocked = unlock(store, "huisarts", NEW_PASSPHRASE)
    try:
        assert (unlocked.session.user.role, unlocked.session.user.full_name) == (
            Role.GP, "dr. Joost van den Berg")
        assert len(unlocked.failed_attempts) == 1
    finally:
        unlocked.session.close()
    assert can_unlock(store, "beheer", passphrase)


def test_deactivated_user_cannot_unlock_even_with_an_old_key_file(demo_store, passphrase):
    paths = VaultPaths(demo_store)
    old_keys = paths.keys.read_bytes()
    session = unlock(demo_store, "beheer", passphrase).session
    try:
        accounts.deactivate_user(session, "poh")
    finally:
        session.close()
    assert "poh" not in logins(demo_store)
    assert not can_unlock(demo_store, "poh", passphrase)

    paths.keys.write_bytes(old_keys)  # a key file restored from before: the slot is back
    with pytest.raises(WrongCredentials):
        unlock(demo_store, "poh", passphrase)
    assert not paths.lock.exists()

    session = unlock(demo_store, "beheer", passphrase).session
    try:
        accounts.reactivate_user(session, "poh", NEW_PASSPHRASE, NEW_PASSPHRASE)
    finally:
        session.close()
    assert can_unlock(demo_store, "poh", NEW_PASSPHRASE)


def test_change_own_passphrase(demo_store, passphrase):
    paths = VaultPaths(demo_store)
    session = unlock(demo_store, "assistent", passphrase).session
    try:
        before = paths.keys.read_bytes()
        with pytest.raises(WrongCredentials):
            accounts.change_own_passphrase(session, WRONG, NEW_PASSPHRASE, NEW_PASSPHRASE)
        with pytest.raises(PassphraseMismatch):
            accounts.change_own_passphrase(session, passphrase, NEW_PASSPHRASE, NEW_PASSPHRASE + "!")
        with pytest.raises(PassphraseTooShort):
            accounts.change_own_passphrase(session, passphrase, "kort", "kort")
        assert paths.keys.read_bytes() == before
        accounts.change_own_passphrase(session, passphrase, NEW_PASSPHRASE, NEW_PASSPHRASE)
        last = audit_log.all_records(session.conn)[-1]
        assert (last.action, last.object_id, last.detail) == ("update", "assistent", "changed by user")
    finally:
        session.close()
    assert not can_unlock(demo_store, "assistent", passphrase)
    assert can_unlock(demo_store, "assistent", NEW_PASSPHRASE)
    assert can_unlock(demo_store, "huisarts", passphrase)


def test_administrator_sets_a_new_passphrase(demo_store, passphrase):
    session = unlock(demo_store, "huisarts", passphrase).session
    try:
        with pytest.raises(NotAllowed):
            accounts.set_passphrase(session, "poh", NEW_PASSPHRASE, NEW_PASSPHRASE)
    finally:
        session.close()
    session = unlock(demo_store, "beheer", passphrase).session
    try:
        with pytest.raises(UnknownUser):
            accounts.set_passphrase(session, "niemand", NEW_PASSPHRASE, NEW_PASSPHRASE)
        accounts.set_passphrase(session, "poh", NEW_PASSPHRASE, NEW_PASSPHRASE)
    finally:
        session.close()
    assert not can_unlock(demo_store, "poh", passphrase)
    assert can_unlock(demo_store, "poh", NEW_PASSPHRASE)


def test_recovery_key_opens_and_sets_a_new_passphrase(vault, passphrase):
    store, recovery = vault
    typed = format_recovery_key(recovery).lower().replace("-", " ")  # as read off the printed sheet
    session = unlock_with_recovery(store, typed, "beheer", NEW_PASSPHRASE, NEW_PASSPHRASE)
    try:
        assert session.user.login == "beheer"
        last = audit_log.all_records(session.conn)[-2:]
        assert [(r.action, r.detail) for r in last] == [("login", "recovery key"), ("update", "recovery key")]
    finally:
        session.close()
    assert not can_unlock(store, "beheer", passphrase)
    assert can_unlock(store, "beheer", NEW_PASSPHRASE)
    session = unlock_with_recovery(store, recovery, "beheer", passphrase)  # the key keeps working
    session.close()
    assert can_unlock(store, "beheer", passphrase)


def test_wrong_recovery_key_is_refused_and_nothing_changes(vault, passphrase):
    store, recovery = vault
    before = snapshot(store)
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery(store, new_recovery_key(), "beheer", NEW_PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        unlock_with_recovery(store, recovery[:-1], "beheer", NEW_PASSPHRASE)
    with pytest.raises(UnknownUser):
        unlock_with_recovery(store, recovery, "niemand", NEW_PASSPHRASE)
    with pytest.raises(PassphraseMismatch):
        unlock_with_recovery(store, recovery, "beheer", NEW_PASSPHRASE, NEW_PASSPHRASE + "?")
    assert snapshot(store) == before
    assert can_unlock(store, "beheer", passphrase)


def test_add_user_refuses_a_bad_login_and_a_taken_one(vault, passphrase):
    store, _ = vault
    session = unlock(store, "beheer", passphrase).session
    try:
        before = VaultPaths(store).keys.read_bytes()
        with pytest.raises(InvalidLogin):
            accounts.add_user(session, "met spatie", "Iemand", Role.GP, NEW_PASSPHRASE)
        with pytest.raises(UserExists):
            accounts.add_user(session, "beheer", "Iemand", Role.GP, NEW_PASSPHRASE)
        assert VaultPaths(store).keys.read_bytes() == before
    finally:
        session.close()
