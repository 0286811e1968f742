"""``wijkzorg meetings agenda`` and ``wijkzorg meetings minutes [--for NAME]``: the signed papers of a meeting
written without the window, verified with the vault, audited as exports, and refused in one Dutch line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "services"))
sys.path.insert(0, str(Path(__file__).parent / "documents"))

from meeting_papers_setup import HIDDEN_A, INTERNAL_A, INTERNAL_G, SHOWN_G, THEME, make_held_meeting
from test_pdf_documents import flat, pdf_text

from test_cli import cli, one_line_refusal
from wijkzorg_desktop.domain.audit import AuditAction, AuditFilter
from wijkzorg_desktop.store import audit_log


@pytest.fixture
def held(store):
    made = make_held_meeting(store)
    yield made
    made.vault.close()


def vault_args(held, passphrase_file, login: str = "poh") -> list[object]:
    return ["--store", held.vault.store, "--user", login, "--passphrase-file", passphrase_file]


def test_the_agenda_and_the_minutes_are_written_signed_and_verified(held, passphrase_file, tmp_path, capsys):
    agenda = tmp_path / "agenda.pdf"
    code, out, err = cli(capsys, "meetings", "agenda", *vault_args(held, passphrase_file),
                         "--meeting", held.meeting_id, "--out", agenda)
    assert (code, err) == (0, ""), err
    assert out.startswith("Agenda AGD-") and str(agenda) in out
    minutes = tmp_path / "verslag.pdf"
    code, out, err = cli(capsys, "meetings", "minutes", *vault_args(held, passphrase_file),
                         "--meeting", held.meeting_id, "--out", minutes)
    assert (code, err) == (0, ""), err
    assert out.startswith("Verslag VSL-")
    text = flat(pdf_text(minutes.read_bytes()))
    assert held.label_a in text and held.label_g in text and SHOWN_G[0] in text and "Vervangen door" in text
    assert not any(never in text for never in (*HIDDEN_A, INTERNAL_A, INTERNAL_G))
    for pdf in (agenda, minutes):
        code, out, err = cli(capsys, "verify", pdf, *vault_args(held, passphrase_file, "huisarts"))
        assert code == 0 and "Ongewijzigd: ja" in out and "Vertrouwd: ja" in out, out + err
    session = held.vault.open_as("huisarts")
    exports = [r for r in audit_log.query(session.conn, AuditFilter(action=AuditAction.EXPORT))
               if r.object_type.startswith("document.meeting_")]
    assert {r.object_type for r in exports} == {"document.meeting_agenda", "document.meeting_minutes"}
    assert {r.case_id for r in exports} == {"", held.label_a, held.label_g}
    assert all(f"meeting {held.meeting_id}" in r.detail and str(tmp_path) in r.detail for r in exports)


def test_a_copy_for_one_attendee(held, passphrase_file, tmp_path, capsys):
    out_file = tmp_path / "kopie.pdf"
    code, _, err = cli(capsys, "meetings", "minutes", *vault_args(held, passphrase_file),
                       "--meeting", held.meeting_id, "--for", "ruud visser", "--out", out_file)
    assert (code, err) == (0, ""), err
    text = flat(pdf_text(out_file.read_bytes()))
    assert "Kopie voor Ruud Visser" in text and THEME in text


@pytest.mark.parametrize(("argv", "expected"), [
    (["--for", "Willemijn van der Linden"], "geen deelnemer van dit overleg heet Willemijn van der Linden"),
    (["--for", "an"], "meer dan één deelnemer van dit overleg heet an"),
])
def test_an_unknown_or_ambiguous_attendee_is_refused_in_one_line(held, passphrase_file, tmp_path, capsys, argv,
                                                                 expected):
    out_file = tmp_path / "kopie.pdf"
    code, _, err = cli(capsys, "meetings", "minutes", *vault_args(held, passphrase_file),
                       "--meeting", held.meeting_id, *argv, "--out", out_file)
    assert code == 1 and expected in one_line_refusal(err)
    assert not out_file.exists()


def test_an_unknown_meeting_and_an_assistant_are_refused(held, passphrase_file, tmp_path, capsys):
    out_file = tmp_path / "agenda.pdf"
    code, _, err = cli(capsys, "meetings", "agenda", *vault_args(held, passphrase_file),
                       "--meeting", 999, "--out", out_file)
    assert code == 1 and one_line_refusal(err)
    code, _, err = cli(capsys, "meetings", "agenda", *vault_args(held, passphrase_file, "assistent"),
                       "--meeting", held.meeting_id, "--out", out_file)
    assert code == 1 and "Uw rol (assistent) mag dit niet" in one_line_refusal(err)
    assert not out_file.exists()
