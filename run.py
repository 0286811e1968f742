#!/usr/bin/env python3
"""Start Wijkzorg Desktop or run its tests from a fresh checkout.

    python3 run.py demo      the app on a fresh demo practice
    python3 run.py test      ruff, import contracts and the whole test suite
    python3 run.py app ...   the ``wijkzorg`` command with any arguments

The first use makes a virtual environment in ``.venv`` and installs the project into it; later uses
reinstall only when ``pyproject.toml`` changed. Needs nothing but Python 3.11 or newer.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def _python() -> Path:
    return BIN / ("python.exe" if os.name == "nt" else "python")


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - run.py may be started by an older Python
        sys.exit("Wijkzorg Desktop needs Python 3.11 or newer.")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted and _python().exists():
        return
    if not _python().exists():
        print("Making the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing Wijkzorg Desktop and its dependencies ...", flush=True)
    subprocess.run([str(_python()), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(_python()), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def run(*command: str, env: dict[str, str] | None = None) -> int:
    """``command`` to its end. A SIGTERM or SIGHUP of this script is passed on and waited for, so the window closes
    as usual (drafts kept, the demo's vault removed); Ctrl+C reaches the command from the terminal by itself."""
    proc = subprocess.Popen(list(command), cwd=ROOT, env=env)

    def pass_on(signum: int, _frame: object) -> None:
        proc.send_signal(signum)

    names = ("SIGTERM", "SIGHUP")
    previous = {number: signal.signal(number, pass_on) for number in (getattr(signal, n) for n in names if
                                                                      hasattr(signal, n))}
    previous[signal.SIGINT] = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return proc.wait()
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def test(extra: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    py = str(_python())
    for step in ([py, "-m", "ruff", "check", "src", "tests", "benchmarks", "tools", "run.py"],
                 [str(BIN / "lint-imports")]):
        print("$", " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step)), flush=True)
        code = run(*step, env=env)
        if code:
            return code
    return run(py, "-m", "pytest", *extra, env=env)


def main(argv: list[str]) -> int:
    what, rest = (argv[0], argv[1:]) if argv else ("demo", [])
    ensure_environment()
    wijkzorg = str(BIN / "wijkzorg")
    if what == "demo":
        return run(wijkzorg, "--demo", *rest)
    if what == "test":
        return test(rest)
    if what == "app":
        return run(wijkzorg, *rest)
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
