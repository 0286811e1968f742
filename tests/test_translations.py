"""Every text on screen and from the CLI has its Dutch translation, and the built .qm is current."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "wijkzorg_nl.ts"


def test_every_text_is_translated_to_dutch():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, "missing Dutch translations:\n" + result.stdout


def test_committed_qm_is_built_from_the_ts(tmp_path):
    built = tmp_path / "built.qm"
    subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(TS), "-qm",
                    str(built)], check=True)
    assert built.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run tools/translations.py"


def test_cli_speaks_dutch_by_default():
    from wijkzorg_desktop.domain.errors import WrongCredentials
    from wijkzorg_desktop.i18n import translator

    assert WrongCredentials().text(translator("nl")) == "Onjuiste combinatie van gebruiker en wachtwoord"
    assert WrongCredentials().text(translator("en")) == "Incorrect combination of user and passphrase."
