"""The page check after unlock: a damaged page of a real vault is reported in the window (and by
``wijkzorg check``, with a non-zero exit), and a lock while it runs stops it without a hang."""

from __future__ import annotations

from pathlib import Path

from shell_helpers import unlock, wait_workspace

from wijkzorg_desktop.cli import run
from wijkzorg_desktop.domain.audit import Outcome
from wijkzorg_desktop.services import checks
from wijkzorg_desktop.store import audit_log, keyfile
from wijkzorg_desktop.store.connection import connect
from wijkzorg_desktop.store.keyfile import user_slot_id
from wijkzorg_desktop.store.vault import VaultPaths

DAMAGED_TABLE = "kindchecks"  # a page nothing reads at unlock


def damage(store: Path, passphrase: str, table: str = DAMAGED_TABLE) -> int:
    """Flip one byte in the middle of ``table``'s root page, as a disk fault would; its page number."""
    paths = VaultPaths(store)
    keys = keyfile.read(paths.keys)
    slot = keys.slot(user_slot_id("beheer"))
    assert slot is not None
    key = keys.unwrap(slot, passphrase.encode())
    assert key is not None
    conn = connect(paths.db, key)
    try:
        page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        page = int(conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()
    db = paths.db
    assert not db.with_name(db.name + "-wal").exists()
    data = bytearray(db.read_bytes())
    data[(page - 1) * page_size + page_size // 2] ^= 0x10
    db.write_bytes(bytes(data))
    return page


def test_a_damaged_page_is_reported_in_the_window_and_by_check(qtbot, make_window, vault, passphrase,
                                                                 passphrase_file, capsys, dutch):
    store, _ = vault
    page = damage(store, passphrase)
    window = make_window(store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)  # the unlock itself no longer runs the page check

    qtbot.waitUntil(lambda: window.damage_box is not None and window.damage_box.isVisible(), timeout=10_000)
    box = window.damage_box
    assert box.windowTitle() == "De kluis is beschadigd"
    assert f"page {page}" in box.text()
    assert "wijkzorg check" in box.informativeText() and "beheerder" in box.informativeText()
    assert "wijkzorg check" in window.status.note.text()
    qtbot.waitUntil(lambda: not window.worker.busy)

    session = window.client._session
    assert session is not None
    recorded = window.worker.run_sync(
        lambda: [r for r in audit_log.all_records(session.conn) if r.object_id == "integrity"])
    assert [(r.outcome, f"page {page}" in r.detail) for r in recorded] == [(Outcome.FAILURE, True)]
    window.lock()
    assert window.damage_box is None  # closed with the other dialogs
    qtbot.waitUntil(lambda: not VaultPaths(store).lock.exists())

    capsys.readouterr()
    code = run(["check", "--store", str(store), "--user", "beheer", "--passphrase-file", str(passphrase_file)])
    out, _err = capsys.readouterr()
    assert code != 0
    assert any("cipher_integrity_check" in line and f"page {page}" in line for line in out.splitlines()), out


def test_a_lock_stops_the_check(qtbot, make_window, demo_store, passphrase, monkeypatch):
    """Right after unlock, and again in the middle of it: the session closes, no piece runs on it after,
    nothing is reported."""
    monkeypatch.setattr(checks, "PAGES_PER_STEP", 1)
    window = make_window(demo_store)
    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    window.lock()  # the check's first piece has not come back yet
    qtbot.waitUntil(lambda: not window.worker.busy and not VaultPaths(demo_store).lock.exists())
    assert window.page_check is None and window.damage_box is None

    unlock(qtbot, window, "beheer", passphrase)
    wait_workspace(qtbot, window)
    qtbot.waitUntil(lambda: window.page_check is not None and window.page_check.progress()[0] >= 1)
    found = window.page_check
    checked, pages = found.progress()
    window.lock()
    qtbot.waitUntil(lambda: not window.worker.busy and not VaultPaths(demo_store).lock.exists())
    assert window.page_check is None and window.damage_box is None
    assert pages > 10
    assert found.progress()[0] <= checked + 1  # at most the piece already queued, on the open session
    assert not found.problems


def test_check_says_what_it_checks_as_it_starts(vault, passphrase, passphrase_file, capsys):
    store, _ = vault
    said: list[str] = []
    assert checks.check(store, "beheer", passphrase, progress=lambda step: said.append(step.render())) == []
    assert len(said) == 3
    assert said[0].startswith("Checking SQLCipher cipher_integrity_check (") and said[0].endswith(" pages)…")
    assert said[1:] == ["Checking SQLite integrity_check…", "Checking Audit chain…"]
    # on a terminal only: what a script reads stays the findings or OK
    code = run(["check", "--store", str(store), "--user", "beheer", "--passphrase-file", str(passphrase_file)])
    assert (code, *capsys.readouterr()) == (0, "OK\n", "")
