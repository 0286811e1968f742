"""The command line as a script or a person meets it: a wrong command line gets one Dutch line and a non-zero
exit, ``--help`` is Dutch throughout, roles and file problems are named in Dutch, ``--lang en`` is English."""

from __future__ import annotations

import argparse
import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wijkzorg_desktop.cli import parser, run
from wijkzorg_desktop.domain.os_errors import os_reason
from wijkzorg_desktop.i18n import catalogue, translator
from wijkzorg_desktop.store.vault import VaultPaths

# What argparse says in English; none of it may reach a Dutch user.
ENGLISH = re.compile(r"(?<![\w-])(?:usage|error|arguments?|required|unrecognized|invalid|choose|expected|options"
                     r"|show this help|FILE|FOLDER|STORE|USER|OUT|LOGIN|NAME|COMMAND|ACTION|KIND|PATH|DAY"
                     r"|PASSPHRASE_FILE)(?![\w-])")


def cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("wijkzorg: "), err
    return lines[0]


def vault_args(store: Path, passphrase_file: Path, user: str = "beheer") -> list[object]:
    return ["--store", store, "--user", user, "--passphrase-file", passphrase_file]


def commands(top: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command line that has its own ``--help``: the top level and each (sub)command."""
    found = [path]
    for action in top._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += commands(sub, (*path, name))
    return found


# --- a wrong command line ---------------------------------------------------------------------------


WRONG = {
    "no command": ([], "Noem een opdracht"),
    "unknown command": (["frobnicate"], "'frobnicate' is geen opdracht (kies uit init, demo, check, export-json, "),
    "unknown action": (["contacts", "exporteer"], "'exporteer' is geen opdracht (kies uit import, export)"),
    "passphrase as option": (["--passphrase", "correct horse battery staple"], "de opdracht ontbreekt of is onbekend"),
    "missing option": (["check", "--store", "{store}"], "verplicht maar niet gegeven: --user"),
    "option without value": (["check", "--user", "beheer", "--store"], "--store: hier hoort één waarde achter"),
    "unknown option": (["check", "--store", "{store}", "--user", "beheer", "--bogus"], "onbekende opties: --bogus"),
    "value too many": (["check", "--store", "{store}", "--user", "beheer", "geheim"], "een onverwachte waarde"),
    "wrong choice": (["contacts", "export", "--store", "{store}", "--user", "beheer", "--format", "xml", "--out",
                      "x.vcf"], "--format: 'xml' is geen geldige keuze (kies uit 'vcf', 'csv')"),
    "wrong language": (["--lang", "fr", "check"], "--lang: 'fr' is geen geldige keuze"),
    "no action": (["contacts"], "verplicht maar niet gegeven: ACTIE"),
    "not a day": (["document", "followups", "--store", "{store}", "--user", "beheer", "--out", "x.pdf", "--from",
                   "2026-13-01"], "--from: 2026-13-01 is geen datum; schrijf JJJJ-MM-DD"),
    "value after -h": (["-ha=Geheim-000000"], "deze optie neemt geen waarde (wat gegeven is"),
    "abbreviated option": (["check", "--store", "{store}", "--user", "beheer", "--passphrase-f", "x"],
                           "onbekende opties: --passphrase-f"),
}


@pytest.mark.parametrize("case", WRONG.values(), ids=WRONG.keys())
def test_a_wrong_command_line_is_one_dutch_line(case, store, capsys):
    argv, expected = case
    code, out, err = cli(capsys, *(str(a).format(store=store) for a in argv))
    assert (code, out) == (2, "")
    line = one_line(err)
    assert expected in line, line
    assert "--help)" in line, line  # says where to look
    assert not ENGLISH.search(line.removesuffix("--help)")), line
    assert not store.exists()  # nothing was touched, not even a vault folder made


def parser_at(path: tuple[str, ...]) -> argparse.ArgumentParser:
    found = parser()
    for name in path:
        found = next(a for a in found._actions if isinstance(a, argparse._SubParsersAction)).choices[name]
    return found


KNOWN_OPTIONS = {option for path in commands(parser()) for option in parser_at(path)._option_string_actions}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(commands(parser())),
       option=st.from_regex(r"--?[a-z][a-z-]{0,12}", fullmatch=True).filter(lambda o: o not in KNOWN_OPTIONS),
       value=st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=6, max_size=12), joined=st.booleans())
def test_any_unknown_option_anywhere_is_one_dutch_line_without_its_value(capsys, store, path, option, value,
                                                                          joined):
    secret = f"Geheim-{value}"
    extra = [f"{option}={secret}"] if joined else [option, secret]
    code, out, err = cli(capsys, *path, "--store", store, *extra)
    assert (code, out) == (2, "")
    line = one_line(err)
    assert secret not in line, line
    assert not ENGLISH.search(line.removesuffix("--help)")), line
    assert not store.exists()


def test_a_wrong_command_line_in_a_real_process_is_one_dutch_line(store):
    """Through ``python -m wijkzorg_desktop`` (the ``__main__`` path the window shares): no usage block."""
    env = {**os.environ, "WIJKZORG_KDF_PROFILE": "test"}
    result = subprocess.run([sys.executable, "-m", "wijkzorg_desktop", "check", "--store", str(store), "--bogus"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert (result.returncode, result.stdout) == (2, "")
    assert one_line(result.stderr) == "wijkzorg: verplicht maar niet gegeven: --user (zie wijkzorg check --help)"
    result = subprocess.run([sys.executable, "-m", "wijkzorg_desktop", "--lang"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert (result.returncode, result.stdout) == (2, "")
    assert "--lang: hier hoort één waarde achter" in one_line(result.stderr)


# --- help --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", commands(parser()), ids=lambda path: " ".join(path) or "wijkzorg")
def test_help_is_dutch_throughout(path, capsys):
    code, out, err = cli(capsys, *path, "--help")
    assert (code, err) == (0, "")
    assert out.startswith(f"gebruik: {' '.join(('wijkzorg', *path))} [-h]"), out
    assert "-h, --help" in out and "toon deze hulp en stop" in out
    assert "opties:" in out
    assert not ENGLISH.search(out), ENGLISH.search(out)
    # none of our own help texts is left in English
    english = {source for (context, source), text in catalogue("nl").items()
               if context == "cli" and isinstance(text, str) and text != source and len(source) > 12}
    assert not [source for source in english if source in out]


def test_help_in_english_with_lang_en(capsys):
    code, out, err = cli(capsys, "--lang", "en", "document", "followups", "--help")
    assert (code, err) == (0, "")
    assert out.startswith("usage: wijkzorg document followups [-h] --store FOLDER --user LOGIN")
    assert "show this help message and exit" in out and "first day, YYYY-MM-DD" in out
    code, out, _ = cli(capsys, "--help")
    assert out.startswith("gebruik: ")  # the language of one command line does not stay behind


# --- --lang en for the commands ----------------------------------------------------------------------


@pytest.mark.parametrize("where", ["before the command", "after the command", "with ="])
def test_lang_en_speaks_english_in_refusals(vault, tmp_path, capsys, where):
    store, _ = vault
    given = tmp_path / "given.txt"
    given.write_text("not the right passphrase\n", encoding="utf-8")
    command = ["check", *vault_args(store, given)]
    argv = {"before the command": ["--lang", "en", *command], "after the command": [*command, "--lang", "en"],
            "with =": [*command, "--lang=en"]}[where]
    code, out, err = cli(capsys, *argv)
    assert (code, out) == (1, "")
    assert one_line(err) == "wijkzorg: Incorrect combination of user and passphrase."


def test_lang_en_speaks_english_in_a_wrong_command_line(store, capsys):
    code, _, err = cli(capsys, "--lang", "en", "check", "--store", store)
    assert code == 2
    assert one_line(err) == "wijkzorg: the following arguments are required: --user (see wijkzorg check --help)"


def test_lang_nl_wins_over_wijkzorg_lang_en(vault, tmp_path, capsys, monkeypatch):
    store, _ = vault
    monkeypatch.setenv("WIJKZORG_LANG", "en")
    given = tmp_path / "given.txt"
    given.write_text("not the right passphrase\n", encoding="utf-8")
    code, _, err = cli(capsys, "--lang", "nl", "check", *vault_args(store, given))
    assert code == 1
    assert "Onjuiste combinatie van gebruiker en wachtwoord" in one_line(err)


# --- roles in words ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "role", "what"), [
    ("nl", "Uw rol (poh-ggz) mag dit niet", "de hele kluis exporteren"),
    ("en", "Your role (mental-health nurse) may not do this", "export the whole vault"),
])
def test_a_refused_role_is_named_in_words(demo_store, passphrase_file, tmp_path, capsys, lang, role, what):
    out_file = tmp_path / "export.json"
    code, out, err = cli(capsys, "--lang", lang, "export-json", *vault_args(demo_store, passphrase_file, "poh"),
                         "--out", out_file)
    assert (code, out) == (1, "")
    line = one_line(err)
    assert role in line and what in line, line
    assert "poh_ggz" not in line
    assert not out_file.exists()


# --- the follow-up list: period and whose ------------------------------------------------------------


def test_from_after_until_is_refused_before_the_vault_is_opened(demo_store, passphrase_file, tmp_path, capsys):
    out_file = tmp_path / "opvolging.pdf"
    before = VaultPaths(demo_store).db.read_bytes()
    code, out, err = cli(capsys, "document", "followups", *vault_args(demo_store, passphrase_file, "huisarts"),
                         "--from", "2026-05-01", "--until", "2026-04-01", "--out", out_file)
    assert (code, out) == (1, "")
    assert one_line(err) == "wijkzorg: --from 2026-05-01 valt na --until 2026-04-01; geef eerst de eerste dag."
    assert not out_file.exists()
    assert VaultPaths(demo_store).db.read_bytes() == before  # not even a login was written


def test_one_day_is_a_period(demo_store, passphrase_file, tmp_path, capsys):
    out_file = tmp_path / "opvolging.pdf"
    code, _, err = cli(capsys, "document", "followups", *vault_args(demo_store, passphrase_file, "huisarts"),
                       "--from", "2026-05-01", "--until", "2026-05-01", "--out", out_file)
    assert (code, err) == (0, "")
    assert out_file.read_bytes().startswith(b"%PDF")


def test_everyones_follow_up_list_is_refused_to_the_assistent(demo_store, passphrase_file, tmp_path, capsys):
    """The assistent sees only their own follow-ups: a list "of everyone" would hold less than its title says."""
    out_file = tmp_path / "opvolging.pdf"
    code, out, err = cli(capsys, "document", "followups", *vault_args(demo_store, passphrase_file, "assistent"),
                         "--all", "--out", out_file)
    assert (code, out) == (1, "")
    assert one_line(err) == "wijkzorg: Uw rol (assistent) mag dit niet: de opvolglijst van iedereen maken."
    assert not out_file.exists()
    code, _, err = cli(capsys, "document", "followups", *vault_args(demo_store, passphrase_file, "assistent"),
                       "--out", out_file)
    assert (code, err) == (0, "")
    assert out_file.read_bytes().startswith(b"%PDF")


# --- file problems in Dutch --------------------------------------------------------------------------


def test_a_missing_passphrase_file_is_named_in_dutch(vault, tmp_path, capsys):
    store, _ = vault
    code, _, err = cli(capsys, "check", *vault_args(store, tmp_path / "nergens.txt"))
    assert code == 1
    assert one_line(err).endswith(f"Kan het wachtwoord niet lezen uit {tmp_path / 'nergens.txt'}: "
                                  "bestand niet gevonden.")


def test_a_folder_as_passphrase_file_is_named_in_dutch(vault, tmp_path, capsys):
    store, _ = vault
    code, _, err = cli(capsys, "check", *vault_args(store, tmp_path))
    assert code == 1
    assert one_line(err).endswith(": is een map.")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_passphrase_file_is_named_in_dutch(vault, tmp_path, capsys):
    store, _ = vault
    secret = tmp_path / "geheim.txt"
    secret.write_text("x\n", encoding="utf-8")
    secret.chmod(0)
    code, _, err = cli(capsys, "check", *vault_args(store, secret))
    assert code == 1
    assert one_line(err).endswith(": geen toegang.")


@pytest.mark.parametrize(("target", "reason"), [("missing folder", "map niet gevonden"), ("a folder", "is een map")])
def test_an_out_file_that_cannot_be_written_is_named_in_dutch(demo_store, passphrase_file, tmp_path, capsys,
                                                             target, reason):
    out_file = tmp_path / "nergens" / "export.json" if target == "missing folder" else tmp_path / "al-een-map"
    if target == "a folder":
        out_file.mkdir()
    code, out, err = cli(capsys, "export-json", *vault_args(demo_store, passphrase_file), "--out", out_file)
    assert (code, out) == (1, "")
    line = one_line(err)
    assert line.startswith(f"wijkzorg: Kon {out_file} niet schrijven: {reason}."), line


def test_a_missing_import_file_is_named_in_dutch(vault, passphrase_file, tmp_path, capsys):
    store, _ = vault
    code, _, err = cli(capsys, "contacts", "import", *vault_args(store, passphrase_file), tmp_path / "kaart.vcf")
    assert code != 0
    assert "bestand niet gevonden" in one_line(err)


def test_a_missing_pdf_to_verify_is_named_in_dutch(tmp_path, capsys):
    code, _, err = cli(capsys, "verify", tmp_path / "brief.pdf")
    assert code == 1
    assert one_line(err) == f"wijkzorg: Kan {tmp_path / 'brief.pdf'} niet lezen: bestand niet gevonden."


@pytest.mark.parametrize(("number", "dutch"), [
    (errno.ENOSPC, "schijf vol"), (errno.EACCES, "geen toegang"), (errno.EPERM, "geen toegang"),
    (errno.EROFS, "de schijf is alleen-lezen"), (errno.ENOENT, "bestand niet gevonden"),
    (errno.EISDIR, "is een map"), (errno.EXDEV, "systeemfout EXDEV"),
])
def test_each_system_error_reads_in_dutch(number, dutch):
    """The errors a test cannot make as root on any disk (a full disk, a read-only one) by their numbers."""
    assert os_reason(OSError(number, os.strerror(number))).render(translator("nl")) == dutch


# --- the .ts reader's plural messages ----------------------------------------------------------------


def test_plural_messages_read_as_their_forms():
    """A ``%n`` message holds its forms in ``numerusform`` children: read them, not the whitespace around them."""
    table = catalogue("nl")
    assert all(text.strip() if isinstance(text, str) else all(f.strip() for f in text) for text in table.values())
    plurals = {key: forms for key, forms in table.items() if isinstance(forms, tuple)}
    assert len(plurals) > 10
    translate = translator("nl")
    assert translate("CasesPage", "%n case(s)", 1) == plurals[("CasesPage", "%n case(s)")][0].replace("%n", "1")
    assert translate("CasesPage", "%n case(s)", 3) == plurals[("CasesPage", "%n case(s)")][1].replace("%n", "3")
    assert translator("en")("CasesPage", "%n case(s)", 3) == "3 case(s)"
