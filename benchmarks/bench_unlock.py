#!/usr/bin/env python3
"""Unlock time with and without the key derivation, and cold start to a usable window.

    .venv/bin/python benchmarks/bench_unlock.py [--repeat N]

Prints figures; asserts nothing. Figures:
- one Argon2id derivation with the parameters calibrated for real users on this machine, and with
  the cheap test parameters;
- a full unlock (read key file, derive, unwrap, open SQLCipher with its integrity check, audit the
  login, close again) with real and with test parameters;
- opening the database with the raw data key alone (what an unlock costs without any KDF);
- cold start: from starting ``python -m wijkzorg_desktop --store DIR`` (offscreen) until the unlock
  screen is shown with its users loaded and the Unlock button usable.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wijkzorg_desktop.services import vaults  # noqa: E402
from wijkzorg_desktop.store import keyfile  # noqa: E402
from wijkzorg_desktop.store.vault import VaultPaths, open_database  # noqa: E402

PASSPHRASE = "benchmark passphrase of the practice"

CHILD = r"""
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def poll():
    for widget in app.topLevelWidgets():
        screen = getattr(widget, "unlock_screen", None)
        if screen is not None and screen.isVisible() and screen.unlock_button.isEnabled():
            print("ready", flush=True)
            os._exit(0)
timer = QTimer()
timer.timeout.connect(poll)
timer.start(1)
from wijkzorg_desktop.ui.application import run
run(store=Path(sys.argv[1]), language="nl")
"""


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def show(label: str, times: list[float]) -> None:
    print(f"{label:<58} median {statistics.median(times) * 1000:8.1f} ms"
          f"   min {min(times) * 1000:8.1f}   max {max(times) * 1000:8.1f}   (n={len(times)})")


def make_vault(folder: Path, kdf: keyfile.KdfParams) -> Path:
    store = folder / f"vault-t{kdf.time_cost}-m{kdf.memory_kib}"
    created = vaults.create_vault(store, "Benchmarkpraktijk", "beheer", "B. Enchmark", PASSPHRASE, kdf=kdf)
    created.session.close()
    return store


def unlock_and_close(store: Path) -> None:
    vaults.unlock(store, "beheer", PASSPHRASE).session.close()


def open_with_raw_key(store: Path) -> float:
    paths = VaultPaths(store)
    keys = keyfile.read(paths.keys)
    data_key = keys.unwrap(keys.slots[0], PASSPHRASE.encode())
    assert data_key is not None
    start = time.perf_counter()
    open_database(paths, data_key).close()
    return time.perf_counter() - start


def cold_start(store: Path, repeat: int) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKZORG_HOME": str(store.parent / "home")}
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        child = subprocess.run([sys.executable, "-c", CHILD, str(store)], env=env, capture_output=True,
                               text=True, timeout=120)
        elapsed = time.perf_counter() - start
        if "ready" not in child.stdout:
            raise SystemExit(f"cold start did not reach the unlock screen: {child.stderr.strip()[-400:]}")
        times.append(elapsed)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    n = parser.parse_args().repeat
    os.environ.pop(vaults.KDF_PROFILE_ENV, None)
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    real = vaults.kdf_for_new_slots()
    test = keyfile.TEST_KDF
    print(f"real-user KDF (calibrated here): Argon2id t={real.time_cost} m={real.memory_kib // 1024} MiB "
          f"p={real.parallelism}; test KDF: t={test.time_cost} m={test.memory_kib // 1024} MiB "
          f"p={test.parallelism}")
    salt = os.urandom(16)
    show("Argon2id derivation, real-user parameters", timed(lambda: real.derive(b"x", salt), n))
    show("Argon2id derivation, test parameters", timed(lambda: test.derive(b"x", salt), n))
    with tempfile.TemporaryDirectory(prefix="wijkzorg-bench-") as folder:
        real_store = make_vault(Path(folder), real)
        test_store = make_vault(Path(folder), test)
        show("unlock + close, real-user KDF", timed(lambda: unlock_and_close(real_store), n))
        show("unlock + close, test KDF", timed(lambda: unlock_and_close(test_store), n))
        raw = [open_with_raw_key(test_store) for _ in range(n)]
        show("open database with the raw data key (no KDF)", raw)
        show("cold start to a usable unlock screen (offscreen)", cold_start(real_store, n))
    return 0


if __name__ == "__main__":
    sys.exit(main())
