"""``wijkzorg contacts import|export`` as practice IT runs it: Dutch lines per row, exit codes, real vaults."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wijkzorg_desktop.cli import run
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Person
from wijkzorg_desktop.services import contacts
from wijkzorg_desktop.services.vaults import create_vault, unlock
from wijkzorg_desktop.store import audit_log, people

DATA = Path(__file__).resolve().parent / "data" / "contacts"
PASSPHRASE = "correct horse battery staple"  # the one conftest.py gives every fixture vault


def cli(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def names(store: Path) -> list[str]:
    session = unlock(store, "beheer", PASSPHRASE).session
    try:
        return [p.name for p in people.all_people(session.conn)]
    finally:
        session.close()


def audit_actions(store: Path) -> list[tuple[str, str, str]]:
    session = unlock(store, "beheer", PASSPHRASE).session
    try:
        return [(r.action, r.object_id, r.detail) for r in audit_log.all_records(session.conn)
                if r.action in ("import", "export")]
    finally:
        session.close()


@pytest.fixture
def mixed_file(vault, tmp_path) -> Path:
    """A new person, one already on the map, and one with an e-mail address that cannot be right."""
    store, _ = vault
    session = unlock(store, "beheer", PASSPHRASE).session
    try:
        contacts.save_person(session, Person("Anouk Bakker", channels=(Channel(ChannelKind.PHONE,
                                                                               "030 123 4567"),)))
    finally:
        session.close()
    path = tmp_path / "kaart.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lotte Smit\r\nORG:Wijkteam Houten\r\nTEL;TYPE=CELL:06 12345678\r\n"
        b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anouk Bakker\r\nTEL:030-1234567\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva de Graaf\r\nEMAIL:eva@\r\nEND:VCARD\r\n")
    return path


def importing(store: Path, passphrase_file: Path, *extra: object) -> list[object]:
    return ["contacts", "import", "--store", store, "--user", "beheer", "--passphrase-file", passphrase_file,
            *extra]


def test_dry_run_prints_each_row_in_dutch_and_changes_nothing(capsys, vault, passphrase_file, mixed_file):
    store, _ = vault
    code, out, err = cli(capsys, *importing(store, passphrase_file, "--dry-run", mixed_file))
    assert (code, err) == (1, "")  # a row has an error
    assert out.splitlines() == [
        "1. Lotte Smit (Wijkteam Houten): nieuw",
        "2. Anouk Bakker: dubbel van Anouk Bakker",
        '3. Eva de Graaf: fout: "eva@" is geen geldig e-mailadres',
        "Rijen: 3; nieuw: 1; dubbel (overgeslagen): 1; met fouten: 1. Er is niets geïmporteerd (--dry-run).",
    ]
    assert names(store) == ["Anouk Bakker"]
    assert audit_actions(store) == []  # reading a file is not an import


def test_an_invalid_row_stops_the_whole_import(capsys, vault, passphrase_file, mixed_file):
    store, _ = vault
    code, out, err = cli(capsys, *importing(store, passphrase_file, mixed_file))
    assert code == 1
    assert err == ("wijkzorg: Rijen met fouten: 1. Er is niets geïmporteerd; verbeter het bestand, of geef "
                   "--skip-invalid om de andere rijen te importeren.\n")
    assert len(out.splitlines()) == 3
    assert names(store) == ["Anouk Bakker"]


def test_skip_invalid_imports_the_rest_and_skips_duplicates(capsys, vault, passphrase_file, mixed_file):
    store, _ = vault
    code, out, err = cli(capsys, *importing(store, passphrase_file, "--skip-invalid", mixed_file))
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == ("Geïmporteerd uit kaart.vcf. Toegevoegd: 1. Overgeslagen: 1 dubbel, 1 met "
                                    "fouten. Nieuwe organisaties: 1.")
    assert names(store) == ["Anouk Bakker", "Lotte Smit"]
    assert audit_actions(store) == [("import", "kaart.vcf", "vcf: 1 added, 0 merged, 2 skipped, "
                                                            "1 organisations made")]


def test_a_clean_file_imports_with_exit_0(capsys, vault, passphrase_file):
    store, _ = vault
    code, out, _ = cli(capsys, *importing(store, passphrase_file, "--dry-run", DATA / "excel_nl.csv"))
    assert code == 0
    assert out.splitlines()[0] == "Niet gebruikte kolommen: Kleur"
    code, out, _ = cli(capsys, *importing(store, passphrase_file, DATA / "excel_nl.csv"))
    assert code == 0
    assert sorted(names(store)) == ["Joëlle Peeters", "Koen Brouwer", "Renée Saënen"]


def test_a_file_that_is_not_a_contact_list(capsys, vault, passphrase_file, tmp_path):
    store, _ = vault
    path = tmp_path / "foto.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = cli(capsys, *importing(store, passphrase_file, path))
    assert (code, out) == (1, "")
    assert err == ("wijkzorg: foto.png kan niet als contacten worden geïmporteerd: het is geen tekstbestand. "
                   "Er is niets geïmporteerd.\n")


@pytest.mark.parametrize("fmt", ["vcf", "csv"])
def test_export_and_import_into_another_practice(capsys, vault, passphrase_file, tmp_path, fmt):
    store, _ = vault
    assert cli(capsys, *importing(store, passphrase_file, DATA / "outlook_21.vcf"))[0] == 0
    out_file = tmp_path / f"kaart.{fmt}"
    code, out, err = cli(capsys, "contacts", "export", "--store", store, "--user", "beheer", "--passphrase-file",
                         passphrase_file, "--out", out_file)  # the format follows from the name
    assert (code, err) == (0, "")
    assert out == f"Contacten geëxporteerd naar {out_file}: 5.\n"  # 3 organisations, 2 people
    assert audit_actions(store)[-1] == ("export", fmt,
                                        f"5 contacts (3 organisations, 2 people) to kaart.{fmt}")
    other = tmp_path / "andere-praktijk"
    create_vault(other, "Huisartsenpraktijk De Brug", "beheer", "Anne de Brug", PASSPHRASE).session.close()
    code, out, _ = cli(capsys, *importing(other, passphrase_file, out_file))
    assert code == 0
    assert sorted(names(other)) == ["Dirk-Jan de Vries", "Renée Saënen"]


def test_explicit_format_and_a_real_process(vault, passphrase_file, tmp_path):
    store, _ = vault
    out_file = tmp_path / "kaart.txt"
    result = subprocess.run(
        [sys.executable, "-m", "wijkzorg_desktop", "contacts", "export", "--store", str(store), "--user",
         "beheer", "--passphrase-file", str(passphrase_file), "--format", "csv", "--out", str(out_file)],
        capture_output=True, text=True, timeout=60, env={**os.environ, "WIJKZORG_KDF_PROFILE": "test"})
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Contacten geëxporteerd naar {out_file}: 0.\n"
    assert out_file.read_bytes().startswith(b"\xef\xbb\xbftype;naam;organisatie;")
