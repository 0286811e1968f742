"""One writer per vault: a lock naming login, workstation and process, taken over only when stale."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest
from store_helpers import NEW_PASSPHRASE, snapshot

from wijkzorg_desktop.domain.errors import VaultInUse
from wijkzorg_desktop.services import checks
from wijkzorg_desktop.services.vaults import unlock, unlock_with_recovery
from wijkzorg_desktop.store import audit_log
from wijkzorg_desktop.store.lockfile import LockOwner, read_owner, workstation
from wijkzorg_desktop.store.vault import VaultPaths

# Unlocks the vault given as argv[1] with the passphrase on the first stdin line, says "open",
# and keeps it open until the next line.
HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from wijkzorg_desktop.services.vaults import unlock
    session = unlock(Path(sys.argv[1]), "beheer", sys.stdin.readline().rstrip("\\n")).session
    print("open", flush=True)
    sys.stdin.readline()
    session.close()
""")


def write_lock(paths: VaultPaths, host: str, login: str, pid: int) -> None:
    paths.lock.write_text(json.dumps({"host": host, "login": login, "pid": pid,
                                      "since": "2026-03-02T08:30:00+00:00"}), "utf-8")


@pytest.fixture
def sleeper() -> Iterator[subprocess.Popen]:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    yield proc
    proc.kill()
    proc.wait()


def test_lock_of_a_live_process_refuses_and_opens_nothing(vault, passphrase, sleeper):
    store, recovery = vault
    paths = VaultPaths(store)
    write_lock(paths, workstation(), "huisarts", sleeper.pid)
    before = snapshot(store)

    with pytest.raises(VaultInUse) as exc:
        unlock(store, "beheer", passphrase)
    assert exc.value.params == {"login": "huisarts", "host": workstation(), "pid": sleeper.pid}
    for part in ("huisarts", workstation(), str(sleeper.pid)):
        assert part in str(exc.value)
    with pytest.raises(VaultInUse):
        unlock_with_recovery(store, recovery, "beheer", NEW_PASSPHRASE)
    with pytest.raises(VaultInUse):
        checks.check(store, "beheer", passphrase)
    assert snapshot(store) == before

    sleeper.kill()
    sleeper.wait()
    session = unlock(store, "beheer", passphrase).session  # its owner is gone: the lock is stale
    try:
        assert read_owner(paths.lock) is not None
        assert read_owner(paths.lock).pid == os.getpid()
    finally:
        session.close()


def test_vault_held_open_by_another_process(vault, passphrase):
    store, _ = vault
    paths = VaultPaths(store)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(store)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdin is not None and holder.stdout is not None
    try:
        holder.stdin.write(passphrase + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline() == "open\n"
        with pytest.raises(VaultInUse) as exc:
            unlock(store, "beheer", passphrase)
        assert exc.value.params == {"login": "beheer", "host": workstation(), "pid": holder.pid}
    finally:
        with contextlib.suppress(BrokenPipeError):  # a holder that crashed has closed its end
            holder.stdin.write("\n")
            holder.stdin.close()
        holder.wait(timeout=60)
        holder.stdout.close()
    assert holder.returncode == 0
    assert not paths.lock.exists()

    session = unlock(store, "beheer", passphrase).session
    try:
        # our refused attempt left no trace: the vault's own, the holder's session, then ours
        actions = [r.action for r in audit_log.all_records(session.conn)]
        assert actions == ["create", "create", "login", "logout", "login", "logout", "login"]
    finally:
        session.close()


def test_stale_lock_of_a_dead_process_is_taken_over(vault, passphrase):
    store, _ = vault
    paths = VaultPaths(store)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    write_lock(paths, workstation(), "poh", gone.pid)
    session = unlock(store, "beheer", passphrase).session
    try:
        owner = read_owner(paths.lock)
        assert owner is not None
        assert (owner.host, owner.login, owner.pid) == (workstation(), "beheer", os.getpid())
    finally:
        session.close()
    assert not paths.lock.exists()


@pytest.mark.parametrize("content", [b"", b'{"host": "balie-1", "lo', b"\x00\x00\x00\x00",
                                     b'{"host": "x", "login": "y", "pid": "twaalf", "since": ""}'],
                         ids=["empty", "cut off", "zeros", "pid not a number"])
def test_half_written_lock_is_taken_over(vault, passphrase, content):
    store, _ = vault
    paths = VaultPaths(store)
    paths.lock.write_bytes(content)
    session = unlock(store, "beheer", passphrase).session
    try:
        owner = read_owner(paths.lock)
        assert owner is not None and owner.pid == os.getpid()
    finally:
        session.close()
    assert not paths.lock.exists()


def test_lock_from_another_workstation_is_respected(vault, passphrase):
    """Whether a process on another computer still runs cannot be seen from here: never taken over."""
    store, _ = vault
    paths = VaultPaths(store)
    write_lock(paths, "spreekkamer-2", "huisarts", 999_999_999)
    before = snapshot(store)
    with pytest.raises(VaultInUse) as exc:
        unlock(store, "beheer", passphrase)
    assert exc.value.params["host"] == "spreekkamer-2"
    assert snapshot(store) == before


def test_lock_is_held_while_open_and_released_on_close(vault, passphrase):
    store, _ = vault
    paths = VaultPaths(store)
    assert not paths.lock.exists()
    session = unlock(store, "beheer", passphrase).session
    owner = read_owner(paths.lock)
    assert owner is not None
    assert owner == LockOwner(workstation(), "beheer", os.getpid(), owner.since)
    session.close()
    assert not paths.lock.exists()
    session.close()  # closing twice is harmless
    assert not paths.lock.exists()
    unlock(store, "beheer", passphrase).session.close()
