"""A SIGTERM of the window (``wijkzorg``, ``wijkzorg --demo`` and ``python3 run.py demo``) is a normal close: exit
code 0, the logout audited, the lock file and the demo's temporary vault removed. Each test starts the real
program in a process of its own, unlocked from a passphrase on standard input, as ``--passphrase-file -`` allows."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from wijkzorg_desktop import config
from wijkzorg_desktop.domain.audit import AuditAction
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import audit_log
from wijkzorg_desktop.store.lockfile import read_owner
from wijkzorg_desktop.store.vault import VaultPaths

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGTERM is a POSIX signal")

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"  # the one conftest.py gives every fixture vault


def start(argv: list[str], passphrase: str, log: Path) -> subprocess.Popen[str]:
    """The program with ``passphrase`` on its standard input; its errors go to ``log``, not a pipe, so a child
    left running cannot keep the test waiting for the end of a pipe."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKZORG_KDF_PROFILE": "test"}
    with log.open("w", encoding="utf-8") as errors:
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors,
                                text=True, env=env, cwd=ROOT, start_new_session=True)
    proc.log = log  # type: ignore[attr-defined]
    assert proc.stdin is not None
    proc.stdin.write(passphrase + "\n")
    proc.stdin.close()
    return proc


def wait_until(condition: Callable[[], bool], proc: subprocess.Popen[str], what: str, timeout: float = 90) -> None:
    """Another process has no signal to wait for: look at the disk until it shows ``what``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"the program ended before {what}: {proc.returncode}\n{errors_of(proc)}")
        if time.monotonic() > deadline:
            end_leftovers(proc)
            pytest.fail(f"no {what} after {timeout} s")
        time.sleep(0.05)


def terminate(proc: subprocess.Popen[str]) -> tuple[int, str]:
    proc.send_signal(signal.SIGTERM)  # to the process only, not its group: run.py must pass it on itself
    try:
        proc.wait(timeout=90)
    except subprocess.TimeoutExpired:
        pytest.fail("the program did not end after SIGTERM")
    finally:
        left = end_leftovers(proc)
    assert not left, "a child process was still running after the program ended"
    return proc.returncode, errors_of(proc)


def end_leftovers(proc: subprocess.Popen[str]) -> bool:
    """Kill what is left of the program's process group (its own session); True when something was."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        return False
    proc.wait()
    return True


def errors_of(proc: subprocess.Popen[str]) -> str:
    return proc.log.read_text("utf-8")  # type: ignore[attr-defined]


def demo_folders(tmp: Path) -> list[Path]:
    return sorted(tmp.glob("wijkzorg-demo-*"))


def unlocked_as(login: str, tmp: Path) -> Callable[[], bool]:
    """The demo vault open for ``login``: its lock file names them (while the demo is made it names beheer)."""
    def check() -> bool:
        owners = [read_owner(d / config.LOCKFILE_FILENAME) for d in demo_folders(tmp)]
        return any(owner is not None and owner.login == login for owner in owners)
    return check


def test_sigterm_of_the_window_logs_out_and_releases_the_lock(vault, tmp_path):
    store, _ = vault
    lock = VaultPaths(store).lock
    proc = start([sys.executable, "-m", "wijkzorg_desktop", "--store", str(store), "--user", "beheer",
                  "--passphrase-file", "-"], PASSPHRASE, tmp_path / "stderr.txt")
    wait_until(lock.exists, proc, "lock file (the window unlocked)")
    code, err = terminate(proc)
    assert code == 0, err
    assert "Traceback" not in err
    assert not lock.exists()

    session = unlock(store, "beheer", PASSPHRASE).session
    try:
        records = audit_log.all_records(session.conn)
    finally:
        session.close()
    actions = [(r.action, r.user_login) for r in records]
    last_login = max(i for i, (action, _) in enumerate(actions[:-1]) if action == AuditAction.LOGIN)
    assert (AuditAction.LOGOUT, "beheer") in actions[last_login:-1], actions  # the window's, before this test's


def test_sigterm_of_the_demo_removes_its_temporary_vault(isolated_home, tmp_path):
    tmp = isolated_home / "tmp"
    proc = start([sys.executable, "-m", "wijkzorg_desktop", "--demo", "--user", "poh", "--passphrase-file", "-"],
                 config.DEMO_PASSPHRASE, tmp_path / "stderr.txt")
    wait_until(unlocked_as("poh", tmp), proc, "demo vault unlocked for poh")
    code, err = terminate(proc)
    assert code == 0, err
    assert demo_folders(tmp) == [], err


def test_sigterm_while_the_demo_is_made_still_ends_cleanly(isolated_home, tmp_path):
    """The close waits for the work in hand (making the demo, then the unlock it starts) and then logs out."""
    tmp = isolated_home / "tmp"
    proc = start([sys.executable, "-m", "wijkzorg_desktop", "--demo", "--user", "poh", "--passphrase-file", "-"],
                 config.DEMO_PASSPHRASE, tmp_path / "stderr.txt")
    wait_until(lambda: bool(demo_folders(tmp)), proc, "demo folder")
    code, err = terminate(proc)
    assert code == 0, err
    assert demo_folders(tmp) == [], err


def test_a_wrong_passphrase_for_the_window_leaves_it_at_the_unlock_screen_until_sigterm(vault, tmp_path):
    store, _ = vault
    keys = VaultPaths(store).keys
    before = keys.read_bytes()
    proc = start([sys.executable, "-m", "wijkzorg_desktop", "--store", str(store), "--user", "beheer",
                  "--passphrase-file", "-"], "not the right passphrase", tmp_path / "stderr.txt")
    wait_until(lambda: keys.read_bytes() != before, proc, "failed attempt counted in the key file")
    code, err = terminate(proc)
    assert code == 0, err
    assert not VaultPaths(store).lock.exists()


def test_a_passphrase_file_without_user_is_one_line(vault, passphrase_file):
    store, _ = vault
    result = subprocess.run([sys.executable, "-m", "wijkzorg_desktop", "--store", str(store), "--passphrase-file",
                             str(passphrase_file)], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "wijkzorg: Geef --user bij --passphrase-file.\n"


def _run_py_ready() -> bool:
    """``run.py`` would install first when its virtual environment is not the one running these tests."""
    stamp = ROOT / ".venv" / ".installed"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return (Path(sys.prefix).resolve() == (ROOT / ".venv").resolve() and stamp.exists()
            and stamp.read_text().strip() == wanted)


@pytest.mark.skipif(not _run_py_ready(), reason="run.py would first install its virtual environment")
def test_sigterm_of_run_py_demo_reaches_the_window(isolated_home, tmp_path):
    tmp = isolated_home / "tmp"
    proc = start([sys.executable, str(ROOT / "run.py"), "demo", "--user", "huisarts", "--passphrase-file", "-"],
                 config.DEMO_PASSPHRASE, tmp_path / "stderr.txt")
    wait_until(unlocked_as("huisarts", tmp), proc, "demo vault unlocked for huisarts")
    code, err = terminate(proc)
    assert code == 0, err
    assert demo_folders(tmp) == [], err  # run.py waited for the window to clean up before it ended
