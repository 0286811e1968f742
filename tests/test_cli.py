"""The headless commands as practice IT meets them: exit codes, one Dutch line per refusal, real vaults.

Most tests call ``cli.run`` in this process; a few start ``python -m wijkzorg_desktop`` for what only a
real process shows (standard input, the ``__main__`` path, no terminal).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from wijkzorg_desktop.cli import run
from wijkzorg_desktop.services.vaults import logins, unlock, unlock_with_recovery
from wijkzorg_desktop.store.lockfile import workstation
from wijkzorg_desktop.store.vault import VaultPaths

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"  # the one conftest.py gives every fixture vault
SCHEMA = ROOT / "resources" / "schemas" / "export.schema.json"
WRONG = "Onjuiste combinatie van gebruiker en wachtwoord"
RECOVERY_LINE = re.compile(r"^[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}$")
PAGE_SIZE = 4096  # SQLCipher 4's default
CHECK_NAMES = ("SQLCipher cipher_integrity_check", "SQLite integrity_check", "Auditketen")


def cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_refusal(err: str) -> str:
    """The single ``wijkzorg: ...`` line a refusal prints, and nothing that looks like a crash."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("wijkzorg: "), err
    return lines[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def python_m(*argv: object, extra_env: dict[str, str] | None = None,
             **kwargs) -> subprocess.CompletedProcess[str]:
    """``python -m wijkzorg_desktop`` in a real process, with this test's environment (cheap KDF, Dutch)."""
    env = {**os.environ, "WIJKZORG_KDF_PROFILE": "test", **(extra_env or {})}
    return subprocess.run([sys.executable, "-m", "wijkzorg_desktop", *map(str, argv)], capture_output=True,
                          text=True, env=env, timeout=60, **kwargs)


def validate(document: object) -> None:
    schema = json.loads(SCHEMA.read_text("utf-8"))
    errors = [f"{list(e.path)}: {e.message}" for e in Draft202012Validator(schema).iter_errors(document)]
    assert not errors, errors


# --- init and demo ---------------------------------------------------------------------------------


def test_init_makes_a_vault_and_prints_the_recovery_key_once(store, passphrase_file, capsys):
    code, out, err = cli(capsys, "init", "--store", store, "--practice", "Huisartsenpraktijk Saënen",
                         "--user", "beheer", "--name", "Marieke Saënen", "--passphrase-file", passphrase_file)
    assert (code, err) == (0, "")
    keys = [line for line in out.splitlines() if RECOVERY_LINE.match(line)]
    assert len(keys) == 1, out
    key = keys[0]
    assert out.count(key) == 1
    assert "Herstelsleutel" in out

    compact = key.replace("-", "").encode()
    for name, content in snapshot(store).items():
        assert compact not in content and key.encode() not in content, f"recovery key stored in {name}"

    session = unlock_with_recovery(store, key, "beheer", "a new passphrase for beheer")
    try:
        assert session.user.full_name == "Marieke Saënen"
    finally:
        session.close()


def test_init_into_an_existing_vault_changes_nothing(vault, passphrase_file, capsys):
    store, _ = vault
    before = snapshot(store)
    code, out, err = cli(capsys, "init", "--store", store, "--practice", "Andere praktijk", "--user",
                         "nieuw", "--name", "Iemand Anders", "--passphrase-file", passphrase_file)
    assert code != 0
    assert out == ""
    assert "Er staat al een kluis in" in one_line_refusal(err)
    assert snapshot(store) == before
    unlock(store, "beheer", PASSPHRASE).session.close()


def test_init_refuses_a_too_short_passphrase(store, tmp_path, capsys):
    short = tmp_path / "short.txt"
    short.write_text("kort\n", encoding="utf-8")
    code, out, err = cli(capsys, "init", "--store", store, "--practice", "Praktijk", "--user", "beheer",
                         "--name", "Marieke Saënen", "--passphrase-file", short)
    assert code != 0
    assert out == ""
    assert "minstens 12 tekens" in one_line_refusal(err)
    assert not VaultPaths(store).exists()


def test_demo_makes_the_four_users(store, passphrase_file, capsys):
    code, out, err = cli(capsys, "demo", "--store", store, "--passphrase-file", passphrase_file)
    assert (code, err) == (0, "")
    assert "beheer, huisarts, poh, assistent" in out
    assert sorted(logins(store)) == ["assistent", "beheer", "huisarts", "poh"]
    roles = {}
    for login in ("beheer", "huisarts", "poh", "assistent"):
        session = unlock(store, login, PASSPHRASE).session
        roles[login] = str(session.user.role)
        session.close()
    assert roles == {"beheer": "beheerder", "huisarts": "huisarts", "poh": "poh_ggz",
                     "assistent": "assistent"}


# --- check -----------------------------------------------------------------------------------------


def test_check_on_a_whole_vault_prints_ok(vault, passphrase_file, capsys):
    store, _ = vault
    code, out, err = cli(capsys, "check", "--store", store, "--user", "beheer",
                         "--passphrase-file", passphrase_file)
    assert (code, out, err) == (0, "OK\n", "")


def test_check_names_every_problem_after_a_page_is_damaged(vault, passphrase_file, capsys):
    store, _ = vault
    db = VaultPaths(store).db
    data = bytearray(db.read_bytes())
    assert len(data) > 3 * PAGE_SIZE
    data[PAGE_SIZE + 1000] ^= 0xFF  # inside page 2; page 1 damaged would not open at all
    db.write_bytes(bytes(data))

    code, out, err = cli(capsys, "check", "--store", store, "--user", "beheer",
                         "--passphrase-file", passphrase_file)
    assert code != 0
    assert "Traceback" not in err
    lines = out.splitlines()
    assert lines and "OK" not in lines
    assert all(line.startswith(CHECK_NAMES) for line in lines), lines
    cipher = [line for line in lines if "cipher_integrity_check" in line]
    assert cipher and "page 2" in cipher[0], lines


@pytest.mark.parametrize(("login", "secret"), [("beheer", "not the right passphrase"),
                                               ("onbekend", PASSPHRASE)],
                         ids=["wrong passphrase", "unknown user"])
@pytest.mark.parametrize("command", ["check", "export-json"])
def test_wrong_credentials_give_one_line(vault, tmp_path, capsys, command, login, secret):
    store, _ = vault
    given = tmp_path / "given.txt"
    given.write_text(secret + "\n", encoding="utf-8")
    out_file = tmp_path / "export.json"
    extra = ["--out", out_file] if command == "export-json" else []
    code, out, err = cli(capsys, command, "--store", store, "--user", login, "--passphrase-file", given,
                         *extra)
    assert code != 0
    assert out == ""
    assert WRONG in one_line_refusal(err)
    assert not out_file.exists()


def test_messages_are_english_with_wijkzorg_lang_en(vault, tmp_path, capsys, monkeypatch):
    store, _ = vault
    monkeypatch.setenv("WIJKZORG_LANG", "en")
    given = tmp_path / "given.txt"
    given.write_text("not the right passphrase\n", encoding="utf-8")
    code, out, err = cli(capsys, "check", "--store", store, "--user", "beheer", "--passphrase-file", given)
    assert (code, out) == (1, "")
    assert one_line_refusal(err) == "wijkzorg: Incorrect combination of user and passphrase."


def _without_key_file(store: Path) -> None:
    VaultPaths(store).keys.unlink()


def _not_a_vault(store: Path) -> None:
    VaultPaths(store).db.write_bytes(b"Dit is een boodschappenlijst, geen kluis.\n" * 200)


def _no_vault(store: Path) -> None:
    for path in store.iterdir():
        if path.is_file():
            path.unlink()


@pytest.mark.parametrize(("damage", "reason"), [
    (_without_key_file, "ontbreekt"),
    (_not_a_vault, "is geen Wijkzorg-kluis"),
    (_no_vault, "Er is geen kluis in"),
], ids=["key file missing", "not a vault", "no vault"])
@pytest.mark.parametrize("command", ["check", "export-json"])
def test_a_vault_that_cannot_be_opened_gives_one_line(vault, passphrase_file, tmp_path, capsys, command,
                                                      damage: Callable[[Path], None], reason):
    store, _ = vault
    damage(store)
    before = snapshot(store)
    out_file = tmp_path / "export.json"
    extra = ["--out", out_file] if command == "export-json" else []
    code, out, err = cli(capsys, command, "--store", store, "--user", "beheer",
                         "--passphrase-file", passphrase_file, *extra)
    assert code != 0
    assert out == ""
    assert reason in one_line_refusal(err)
    assert snapshot(store) == before
    assert not out_file.exists()


@pytest.mark.parametrize("command", [
    "check",
    "export-json",
])
def test_a_database_missing_beside_its_key_file_is_refused_not_made(vault, passphrase_file, tmp_path,
                                                                    capsys, command):
    store, _ = vault
    for path in VaultPaths(store).database_files():
        path.unlink(missing_ok=True)
    extra = ["--out", tmp_path / "export.json"] if command == "export-json" else []
    code, out, err = cli(capsys, command, "--store", store, "--user", "beheer",
                         "--passphrase-file", passphrase_file, *extra)
    assert (code, out) == (1, "")
    one_line_refusal(err)
    assert not VaultPaths(store).db.exists()


def test_a_store_that_does_not_exist_gives_one_line(tmp_path, passphrase_file, capsys):
    code, out, err = cli(capsys, "check", "--store", tmp_path / "nergens", "--user", "beheer",
                         "--passphrase-file", passphrase_file)
    assert (code, out) == (1, "")
    assert "Er is geen kluis in" in one_line_refusal(err)
    assert not (tmp_path / "nergens").exists()


# --- export-json -----------------------------------------------------------------------------------


def test_export_json_writes_a_valid_document_that_records_itself(demo_store, passphrase_file, tmp_path,
                                                                 capsys):
    """Encrypted to the practice certificate by default: decrypted with the practice's key, it is the document."""
    from wijkzorg_desktop.documents import cms, practice_certificate
    from wijkzorg_desktop.store import practice_certificate as certificate_store

    out_file = tmp_path / "export.p7m"
    code, out, err = cli(capsys, "export-json", "--store", demo_store, "--user", "beheer",
                         "--passphrase-file", passphrase_file, "--out", out_file)
    assert (code, err) == (0, "")
    assert str(out_file) in out

    assert b"Fatma" not in out_file.read_bytes()
    session = unlock(demo_store, "beheer", PASSPHRASE).session
    try:
        stored = certificate_store.get(session.conn)
    finally:
        session.close()
    key = practice_certificate.open_pkcs12(stored.pkcs12, stored.pkcs12_password).key
    text = cms.decrypt_with_key(out_file.read_bytes(), stored.certificate, key).decode("utf-8")
    document = json.loads(text)
    validate(document)
    assert document["format"] == "wijkzorg-export"
    assert document["exported_by"] == "beheer"
    users = {u["login"]: u for u in document["users"]}
    assert sorted(users) == ["assistent", "beheer", "huisarts", "poh"]
    assert users["poh"]["full_name"] == "Fatma Özdemir"
    assert "Fatma Özdemir" in text  # written as it is, not \u-escaped
    exports = [r for r in document["audit_log"] if r["action"] == "export"]
    assert len(exports) == 1
    assert exports[0]["user_login"] == "beheer"
    assert exports[0]["object_type"] == "vault"
    if os.name == "posix":
        assert out_file.stat().st_mode & 0o077 == 0, "personal data readable by others"


def test_export_json_as_assistent_is_refused(demo_store, passphrase_file, tmp_path, capsys):
    target = tmp_path / "uit"
    target.mkdir()
    code, out, err = cli(capsys, "export-json", "--store", demo_store, "--user", "assistent",
                         "--passphrase-file", passphrase_file, "--out", target / "export.json")
    assert code != 0
    assert out == ""
    line = one_line_refusal(err)
    assert "assistent" in line and "mag dit niet" in line
    assert list(target.iterdir()) == []


# --- how the passphrase is given -------------------------------------------------------------------


@pytest.mark.parametrize(("content", "reason"), [
    (None, "Kan het wachtwoord niet lezen uit"),
    (b"", "is leeg"),
    (b"\nsecond line is not read\n", "is leeg"),
    (b"\xff\xfe n\x00i\x00e\x00t\x00", "Kan het wachtwoord niet lezen uit"),
], ids=["missing", "empty", "empty first line", "not UTF-8"])
def test_an_unusable_passphrase_file_gives_one_line(vault, tmp_path, capsys, content, reason):
    store, _ = vault
    given = tmp_path / "passphrase.txt"
    if content is not None:
        given.write_bytes(content)
    code, out, err = cli(capsys, "check", "--store", store, "--user", "beheer", "--passphrase-file", given)
    assert code != 0
    assert out == ""
    line = one_line_refusal(err)
    assert reason in line and str(given) in line


def test_a_passphrase_file_from_windows_is_read(vault, tmp_path, capsys):
    """A byte-order mark and CRLF, as PowerShell's Set-Content -Encoding UTF8 writes them."""
    store, _ = vault
    given = tmp_path / "passphrase.txt"
    given.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    code, out, err = cli(capsys, "check", "--store", store, "--user", "beheer", "--passphrase-file", given)
    assert (code, out, err) == (0, "OK\n", "")


@pytest.mark.parametrize("argv", [["--passphrase", PASSPHRASE], [f"--passphrase={PASSPHRASE}"],
                                  ["--pass", PASSPHRASE]])
def test_a_passphrase_cannot_be_given_as_an_argument(vault, capsys, argv):
    """Refused in one Dutch line that names the option but never repeats the passphrase."""
    store, _ = vault
    code, out, err = cli(capsys, "check", "--store", store, "--user", "beheer", *argv)
    assert (code, out) == (2, "")
    line = one_line_refusal(err)
    assert line.startswith(f"wijkzorg: onbekende opties: {argv[0].split('=')[0]} (zie wijkzorg check --help)"), line
    assert PASSPHRASE not in err and "horse" not in err


def test_passphrase_from_standard_input(vault):
    store, _ = vault
    result = python_m("check", "--store", store, "--user", "beheer", "--passphrase-file", "-",
                      input=PASSPHRASE + "\n")
    assert (result.returncode, result.stdout, result.stderr) == (0, "OK\n", "")


def test_no_passphrase_from_the_environment(vault):
    """Without a terminal and without --passphrase-file the command asks for the file, whatever the
    environment holds."""
    store, _ = vault
    env_names = ("WIJKZORG_PASSPHRASE", "WIJKZORG_PASSWORD", "WIJKZORG_WACHTWOORD", "PASSPHRASE")
    result = python_m("check", "--store", store, "--user", "beheer", stdin=subprocess.DEVNULL,
                      extra_env=dict.fromkeys(env_names, PASSPHRASE))
    assert result.returncode != 0
    assert result.stdout == ""
    assert one_line_refusal(result.stderr) == "wijkzorg: Geef --passphrase-file BESTAND."


def test_a_real_process_refuses_in_one_line(vault, tmp_path):
    """Through ``__main__``, as a script sees it: exit code and one line, no traceback."""
    store, _ = vault
    given = tmp_path / "given.txt"
    given.write_text("not the right passphrase\n", encoding="utf-8")
    result = python_m("export-json", "--store", store, "--user", "beheer", "--passphrase-file", given,
                      "--out", tmp_path / "export.json")
    assert result.returncode == 1
    assert result.stdout == ""
    assert WRONG in one_line_refusal(result.stderr)
    assert not (tmp_path / "export.json").exists()


# --- a vault already open elsewhere ----------------------------------------------------------------


@pytest.fixture
def live_process() -> Iterator[subprocess.Popen[bytes]]:
    """A process that stays alive until the test ends: the owner of someone else's lock."""
    proc = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait(timeout=10)
        assert proc.stdin is not None
        proc.stdin.close()


@pytest.mark.parametrize("command", ["check", "export-json"])
def test_a_vault_open_in_another_process_is_refused(vault, passphrase_file, tmp_path, capsys,
                                                    live_process, command):
    store, _ = vault
    lock = VaultPaths(store).lock
    lock.write_text(json.dumps({"host": workstation(), "login": "huisarts", "pid": live_process.pid,
                                "since": "2026-03-14T09:00:00+00:00"}), encoding="utf-8")
    before = snapshot(store)
    out_file = tmp_path / "export.json"
    extra = ["--out", out_file] if command == "export-json" else []
    code, out, err = cli(capsys, command, "--store", store, "--user", "beheer",
                         "--passphrase-file", passphrase_file, *extra)
    assert code != 0
    assert out == ""
    line = one_line_refusal(err)
    assert "al geopend" in line and "huisarts" in line and str(live_process.pid) in line
    assert snapshot(store) == before, "the other process' lock or the vault was touched"
    assert not out_file.exists()


def test_followups_ics_writes_a_calendar_naming_only_cases(demo_store, passphrase_file, tmp_path, capsys):
    out = tmp_path / "opvolging.ics"
    code, printed, err = cli(capsys, "followups", "ics", "--store", demo_store, "--user", "huisarts",
                             "--passphrase-file", passphrase_file, "--out", out)
    assert (code, err) == (0, "")
    assert printed.startswith(f"Opvolging geschreven naar {out}: ")
    text = out.read_text("utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and "SUMMARY:" in text and "Gezin " in text
    assert "P.B." not in text and "104233" not in text  # a demo household member's initials and HIS number
