"""Nothing readable leaves the vault: not in its files, its backups, the key file or the temp folder."""

from __future__ import annotations

import tempfile
from pathlib import Path

from store_helpers import NEW_PASSPHRASE, data_key

from wijkzorg_desktop.domain.audit import AuditAction, AuditEntry
from wijkzorg_desktop.domain.practice import PracticeSettings
from wijkzorg_desktop.domain.users import Role
from wijkzorg_desktop.services import accounts, drafts, practice
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import drafts as draft_rows
from wijkzorg_desktop.store import settings, users
from wijkzorg_desktop.store import vault as vault_files
from wijkzorg_desktop.store.connection import connect
from wijkzorg_desktop.store.vault import VaultPaths

SECRET = "ZEBRA-4711-Jansen"
NEEDLES = (SECRET.encode("utf-8"), SECRET.encode("utf-16-le"))


def files_under(*folders: Path) -> list[Path]:
    return sorted({p for folder in folders for p in folder.rglob("*") if p.is_file()})


def assert_no_plaintext(files: list[Path]) -> None:
    for path in files:
        data = path.read_bytes()
        for needle in NEEDLES:
            assert needle not in data, f"{SECRET!r} readable in {path}"


def test_no_plaintext_outside_the_vault(vault, passphrase, isolated_home):
    store, _ = vault
    paths = VaultPaths(store)
    temp = Path(tempfile.gettempdir())
    session = unlock(store, "beheer", passphrase).session
    try:
        accounts.add_user(session, "huisarts", f"dr. {SECRET}", Role.GP, NEW_PASSPHRASE, NEW_PASSPHRASE)
        practice.update(session, PracticeSettings(f"Huisartsenpraktijk {SECRET}", 7))
        drafts.replace(session, {"case.new": {"label": SECRET, "notes": f"Moeder {SECRET} belde. " * 40}})
        backup = vault_files.backup(session.conn, session.paths, "handmatig")
        session.record(AuditEntry(AuditAction.READ, "client", SECRET))
        assert paths.database_files()[1].exists()  # the -wal is there while the vault is open
        assert_no_plaintext(files_under(store, temp))
    finally:
        session.close()

    found = files_under(store, temp, isolated_home)
    assert {paths.db, paths.keys, backup} <= set(found)
    assert_no_plaintext(found)

    # and the secret is really inside, in the vault and in its backup
    key = data_key(store, "beheer", passphrase)
    for db in (paths.db, backup):
        conn = connect(db, key)
        try:
            assert SECRET in settings.get(conn, "practice.name")
            user = users.by_login(conn, "huisarts")
            assert user is not None and SECRET in user.full_name
            assert draft_rows.for_user(conn, "beheer")["case.new"]["label"] == SECRET
        finally:
            conn.close()
