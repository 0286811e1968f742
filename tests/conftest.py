"""Shared fixtures: every test gets its own home folder, cheap key derivation and a fresh vault."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["WIJKZORG_KDF_PROFILE"] = "test"

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """WIJKZORG_HOME and the temp folder point into the test's own folder; nothing leaks between tests."""
    home = tmp_path_factory.mktemp("home")
    tmp = home / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("WIJKZORG_HOME", str(home))
    monkeypatch.setenv("WIJKZORG_KDF_PROFILE", "test")
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("WIJKZORG_LANG", "nl")
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    return home


@pytest.fixture(autouse=True)
def no_thread_left_behind() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=5)
    left = [t.name for t in set(threading.enumerate()) - before if t.is_alive()]
    assert not left, f"test left threads running: {left}"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def store(isolated_home: Path) -> Path:
    """Where a test's vault goes (not made yet)."""
    return isolated_home / "vault"


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def vault(store: Path) -> tuple[Path, str]:
    """A fresh closed vault with administrator ``beheer``; returns (store, recovery key)."""
    from wijkzorg_desktop.services.vaults import create_vault

    created = create_vault(store, "Huisartsenpraktijk Saënen", "beheer", "Marieke Saënen", PASSPHRASE)
    created.session.close()
    return store, created.recovery_key


@pytest.fixture
def demo_store(store: Path) -> Path:
    """A closed demo vault (users beheer, huisarts, poh, assistent; all with PASSPHRASE)."""
    from wijkzorg_desktop.services.demo import create_demo

    create_demo(store, PASSPHRASE)
    return store
