"""export-json written a record at a time: the bytes ``json.dumps`` of the whole document gives, the records
the store's reads give, and a write that fails leaves the old file and nothing beside it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import asdict, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkzorg_desktop.domain.audit import AuditAction
from wijkzorg_desktop.domain.contacts import Person
from wijkzorg_desktop.domain.errors import StorageFailed
from wijkzorg_desktop.domain.involvement import EntryKind, TimelineEntry
from wijkzorg_desktop.services import contacts, drafts, export, export_stream, involvement
from wijkzorg_desktop.services.export_cases import plain
from wijkzorg_desktop.services.session import iso
from wijkzorg_desktop.services.vaults import unlock
from wijkzorg_desktop.store import audit_log, cases, consents, export_reads, followups, kindchecks, meldcode, people
from wijkzorg_desktop.store import involvement as involvement_store
from wijkzorg_desktop.store import meetings as meeting_store

PASSPHRASE = "correct horse battery staple"  # as tests/conftest.py
NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
AWKWARD = 'Moeder zei: "niet nu"\\ \n\ttab \x01\x1f\x7f \u2028 é ß 🙂 </script> \ud7ff'


def frozen() -> datetime:
    return NOON


@pytest.fixture
def rich_store(demo_store: Path) -> Path:
    """The demo practice with revised timeline entries (their history), awkward text and a draft."""
    session = unlock(demo_store, "huisarts", PASSPHRASE).session
    try:
        open_cases = [c for c in cases.open_cases(session.conn)][:3]
        assert open_cases
        for n, case in enumerate(open_cases):
            entry = involvement.add_entry(session, TimelineEntry(int(case.id or 0), NOON.date(),
                                                                 EntryKind.CONVERSATION, f"{AWKWARD} {n}", ""))
            for version in range(n + 1):
                entry = involvement.revise_entry(session, replace(entry, text=f"{entry.text} (versie {version})"))
        contacts.save_person(session, Person("Aafke zonder Nummer", notes="Alleen via de balie"))
        drafts.replace(session, {"case.note": {"text": AWKWARD, "n": 3, "f": 1.25, "big": 2 ** 70, "ok": True,
                                               "none": None, "nested": [1, [], {}, [{"a": []}]]}})
    finally:
        session.close()
    return demo_store


def old_reads(conn) -> dict[str, object]:
    """The cases, kindchecks, follow-ups and audit log as the export read them whole before it streamed."""
    members, parties = cases.members_by_case(conn), involvement_store.parties_by_case(conn)
    promises, plan = involvement_store.promises_by_case(conn), involvement_store.plan_by_case(conn)
    timeline, steps = involvement_store.timeline_by_case(conn), meldcode.steps_by_case(conn)
    advice, reasons = meldcode.advice_requests_by_case(conn), cases.no_advice_reasons(conn)
    decisions, vt_contacts = meldcode.decisions_by_case(conn), meldcode.vt_contacts_by_case(conn)
    given_, bases = consents.consents_by_case(conn), consents.bases_by_case(conn)
    found = []
    for case in sorted(cases.all_cases(conn), key=lambda c: c.id or 0):
        case_id = int(case.id or 0)
        found.append({
            **plain(case),  # type: ignore[dict-item]
            "members": plain(members.get(case_id, [])), "parties": plain(parties.get(case_id, [])),
            "promises": plain(promises.get(case_id, [])), "plan": plain(plan.get(case_id, [])),
            "timeline": plain(timeline.get(case_id, [])),
            "meldcode": {"steps": plain(steps.get(case_id, [])), "advice_requests": plain(advice.get(case_id, [])),
                         "no_vt_advice_reason": reasons.get(case_id, ""),
                         "decisions": plain(decisions.get(case_id, []))},
            "vt_contacts": plain(vt_contacts.get(case_id, [])), "consents": plain(given_.get(case_id, [])),
            "sharing_bases": plain(bases.get(case_id, [])),
        })
    return json.loads(json.dumps({
        "cases": found,
        "kindchecks": [plain(k) for k in sorted(kindchecks.all_kindchecks(conn), key=lambda k: k.id or 0)],
        "followups": [plain(f) for f in sorted(followups.all_followups(conn), key=lambda f: f.id or 0)],
        "meetings": meeting_reads(conn),
        "audit_log": [asdict(r) for r in audit_log.all_records(conn)],
    }))


def meeting_reads(conn) -> dict[str, object]:
    """The series and meetings as the store's reads of one series or one meeting give them."""
    found = []
    for meeting in sorted(meeting_store.all_meetings(conn), key=lambda m: m.id or 0):
        meeting_id = int(meeting.id or 0)
        decided, done = meeting_store.decisions(conn, meeting_id), meeting_store.actions(conn, meeting_id)
        found.append({**plain(meeting),  # type: ignore[dict-item]
                      "attendance": plain(meeting_store.attendees(conn, meeting_id)),
                      "items": [{**plain(i),  # type: ignore[dict-item]
                                 "decisions": plain(decided.get(int(i.id or 0), [])),
                                 "actions": [{**plain(a), "state": str(state)}  # type: ignore[dict-item]
                                             for a, state in done.get(int(i.id or 0), [])]}
                                for i in meeting_store.items(conn, meeting_id)]})
    series = [plain(meeting_store.series(conn, int(s.id or 0)))
              for s in sorted(meeting_store.all_series(conn), key=lambda s: s.id or 0)]
    return {"series": series, "meetings": found}


def test_the_export_is_json_dumps_of_its_document_and_holds_what_the_store_reads(rich_store, tmp_path):
    out = tmp_path / "export.json"
    session = unlock(rich_store, "beheer", PASSPHRASE, clock=frozen).session
    try:
        export.write(session, out)
        expected = old_reads(session.conn)  # reads of the store alone: no audit record after the export's
    finally:
        session.close()
    written = out.read_bytes()
    document = json.loads(written)
    assert json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") == written
    for key, records in expected.items():
        assert document[key] == records, key
    assert document["exported_at"] == iso(NOON)
    histories = [e["history"] for c in document["cases"] for e in c["timeline"] if e["history"]]
    assert len(histories) == 3 and sorted(len(h) for h in histories) == [1, 2, 3]
    assert json.dumps(AWKWARD, ensure_ascii=False)[1:-1] in written.decode("utf-8")  # é and 🙂 as they are
    assert [(d["form_key"], d["payload"]["f"]) for d in document["drafts"]] == [("case.note", 1.25)]
    assert document["audit_log"][-1]["action"] == str(AuditAction.EXPORT)


def test_the_people_come_as_the_store_reads_them(rich_store):
    session = unlock(rich_store, "beheer", PASSPHRASE).session
    try:
        everyone = people.all_people(session.conn)
        assert list(export_reads.people_by_name(session.conn)) == everyone
    finally:
        session.close()
    assert any(not p.channels for p in everyone) and any(len(p.channels) > 1 for p in everyone)


def test_build_gives_the_document_write_writes(rich_store, tmp_path):
    """``build`` (the document in memory) and ``write`` give the same export of the same vault."""
    out = tmp_path / "export.json"
    session = unlock(rich_store, "beheer", PASSPHRASE, clock=frozen).session
    try:
        last_before = session.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        export.write(session, out)
        written = json.loads(out.read_bytes())
        built = export.build(session)
    finally:
        session.close()
    assert built["audit_log"][-2] == written["audit_log"][-1]  # the export, then this second one
    assert written["audit_log"][-1]["id"] == last_before + 1
    assert {**built, "audit_log": built["audit_log"][:-1]} == written


# -- the JSON text itself ---------------------------------------------------------------------------------


class Colour(StrEnum):
    RED = "rood"


SCALAR = (st.none() | st.booleans() | st.integers() | st.integers(min_value=-(2 ** 80), max_value=2 ** 80)
          | st.floats() | st.text(alphabet=st.characters(codec="utf-8")) | st.just(Colour.RED)
          | st.sampled_from(['"', "\\", "\n", "\x00", "\u2028", "🙂", ""]))
KEY = st.text(alphabet=st.characters(codec="utf-8"), max_size=8)
VALUE = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=4) | st.lists(inner, max_size=3).map(tuple)
                     | st.dictionaries(KEY, inner, max_size=4)
                     | st.dictionaries(st.integers() | st.none() | st.booleans() | st.floats(), inner, max_size=3),
                     max_leaves=25)


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@settings(max_examples=500)
@given(VALUE, st.integers(min_value=0, max_value=4))
def test_text_is_json_dumps_at_any_depth(value, depth):
    pad = "\n" + "  " * depth
    assert export_stream.text(value, pad) == dumps(value).replace("\n", pad)


class Stream:
    """A list the writer is to read an item at a time (and only once)."""

    def __init__(self, items: list) -> None:
        self.items, self.read = items, False

    def __iter__(self):
        assert not self.read
        self.read = True
        yield from self.items


def _rows_of(value):
    return value if isinstance(value, Stream) else None


@settings(max_examples=300)
@given(st.dictionaries(KEY, VALUE | st.lists(VALUE, max_size=5).map(Stream)
                       | st.dictionaries(KEY, st.lists(VALUE, max_size=3).map(Stream), max_size=2), max_size=6))
def test_a_document_with_streamed_lists_is_written_as_json_dumps_writes_it_whole(tmp_path_factory, document):
    def whole(value):
        if isinstance(value, Stream):
            return list(value.items)
        if isinstance(value, dict):
            return {k: whole(v) for k, v in value.items()}
        return value

    expected = dumps(whole(document)).encode("utf-8")
    path = tmp_path_factory.mktemp("doc") / "doc.json"
    with path.open("wb") as file:
        export_stream.write_document(file, document, _rows_of)
    assert path.read_bytes() == expected


# -- a write that fails ---------------------------------------------------------------------------------


ESCAPES = 400_000


def failures(store: Path) -> list[tuple[str, str, str]]:
    session = unlock(store, "beheer", PASSPHRASE).session
    try:
        return [(r.action, r.outcome, r.detail) for r in audit_log.all_records(session.conn)
                if r.object_id == "export-json"]
    finally:
        session.close()


def test_a_target_that_cannot_be_replaced_keeps_it_and_leaves_nothing_beside_it(demo_store, tmp_path):
    """The whole document is written, then the temporary file cannot take the place of a folder."""
    target = tmp_path / "uit" / "export.json"
    target.mkdir(parents=True)
    (target / "oud.txt").write_text("van gisteren", "utf-8")
    session = unlock(demo_store, "beheer", PASSPHRASE).session
    try:
        with pytest.raises(StorageFailed) as failed:
            export.write(session, target)
    finally:
        session.close()
    assert failed.value.text() == f"Could not write {target}: is a folder. Nothing that was saved has been lost."
    assert sorted(p.name for p in target.parent.iterdir()) == ["export.json"]
    assert [p.name for p in target.iterdir()] == ["oud.txt"]
    assert failures(demo_store)[-2:] == [("export", "success", "plaintext"), ("export", "failure", "file not written")]


@pytest.mark.skipif(os.name != "posix", reason="a file size limit (RLIMIT_FSIZE) is POSIX")
def test_a_write_cut_off_halfway_keeps_the_old_file_and_leaves_no_part(demo_store, tmp_path, passphrase_file):
    """``wijkzorg export-json`` in a process that may not write a file past a size (as a disk that fills up):
    the write fails halfway through the document, the old export stays as it was, no part is left."""
    session = unlock(demo_store, "beheer", PASSPHRASE).session
    try:  # text that JSON writes six times longer
        session.conn.execute("UPDATE cases SET summary = ? WHERE id = (SELECT min(id) FROM cases)",
                             ("\x01" * ESCAPES,))
    finally:
        session.close()
    database = max(p.stat().st_size for p in demo_store.iterdir())
    limit = database + 300_000  # the vault's files fit (and what the export adds to them), the export does not
    assert len(json.dumps("\x01" * ESCAPES)) > limit + 1_000_000  # the summary alone, as JSON writes it
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / "export.json"
    target.write_bytes(b"de export van gisteren")

    import resource  # POSIX only

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [sys.executable, "-m", "wijkzorg_desktop", "export-json", "--store", str(demo_store), "--user", "beheer",
         "--passphrase-file", str(passphrase_file), "--out", str(target)],
        capture_output=True, text=True, timeout=120, preexec_fn=limited,
        env={**os.environ, "WIJKZORG_KDF_PROFILE": "test", "WIJKZORG_LANG": "nl"})
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith("wijkzorg: ") and len(result.stderr.splitlines()) == 1, result.stderr
    assert str(target) in result.stderr and "te groot" in result.stderr, result.stderr
    assert target.read_bytes() == b"de export van gisteren"
    assert [p.name for p in folder.iterdir()] == ["export.json"]
    # export-json encrypts by default: the ciphertext is what does not fit
    assert failures(demo_store)[-2:] == [("export", "success", "encrypted to the practice certificate"),
                                         ("export", "failure", "file not written")]


# -- overleg --------------------------------------------------------------------------------------------


def test_the_meetings_are_exported_whole_as_the_store_reads_them_and_the_schema_holds(store, tmp_path):
    """Series with members; meetings with attendance, items (internal notes too: the practice's own export),
    decisions and actions with their state; the streamed file equals ``json.dumps`` of ``build``."""
    from datetime import date, time

    from jsonschema import Draft202012Validator
    from meetings_helpers import make_meeting_vault

    from wijkzorg_desktop.domain.meetings import AgendaItem, ItemTopic, Meeting, MeetingAction, MeetingDecision
    from wijkzorg_desktop.services import meetings

    made = make_meeting_vault(store)
    poh = made.open_as("poh")
    try:
        theme = meetings.put_item(poh, AgendaItem(made.meeting_id, ItemTopic.THEME, "Overlast bij het winkelcentrum",
                                                  shared_notes="jongeren 's avonds", internal_notes="alleen intern",
                                                  withheld_from=(made.attendees["Ruud Visser"],)))
        case_item = meetings.put_item(poh, AgendaItem(made.meeting_id, ItemTopic.CASE, case_id=made.case_id,
                                                      question="Wie kent dit gezin?"))
        meetings.put_decision(poh, MeetingDecision(theme.item.id, "Jongerenwerk gaat langs"))
        with poh.changing() as conn:   # an action as the actions service stores one of a partner on a theme
            meeting_store.insert_action(conn, MeetingAction(int(theme.item.id), "Rondje winkelcentrum",
                                                            date(2026, 12, 1),
                                                            owner_person_id=made.people["Ruud Visser"]))
            meeting_store.insert_action(conn, MeetingAction(int(case_item.item.id), "Terugbellen",
                                                            owner_login="poh", done_on=date(2026, 11, 24)))
        meetings.save_meeting(poh, Meeting(made.series_id, date(2027, 1, 7), time(9, 30), place="Praktijk"))
    finally:
        made.close()
    out = tmp_path / "export.json"
    session = made.open_as("beheer")
    try:
        export.write(session, out)
        expected = old_reads(session.conn)
    finally:
        made.close()
    written = out.read_bytes()
    document = json.loads(written)
    assert json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") == written
    assert document["meetings"] == expected["meetings"]
    first, second = document["meetings"]["meetings"]
    assert len(first["attendance"]) == 5 and len(second["attendance"]) == 5 and second["at"] == "09:30"
    theme_record, case_record = first["items"]
    assert theme_record["internal_notes"] == "alleen intern" and theme_record["withheld_from"] == [
        made.attendees["Ruud Visser"]]
    assert [d["text"] for d in theme_record["decisions"]] == ["Jongerenwerk gaat langs"]
    assert [(a["what"], a["state"]) for a in theme_record["actions"]] == [("Rondje winkelcentrum", "open")]
    assert [(a["owner_login"], a["state"]) for a in case_record["actions"]] == [("poh", "gedaan")]
    assert case_record["case_id"] == made.case_id and case_record["mode"] == "anoniem"
    assert [m["duty"] for m in document["meetings"]["series"][0]["members"]] == [
        "voorzitter", "notulist", "", "", ""]
    schema = json.loads((Path(__file__).resolve().parents[2] / "resources" / "schemas" / "export.schema.json")
                        .read_text("utf-8"))
    errors = sorted(Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.path))
    assert errors == [], [(list(e.path), e.message) for e in errors[:3]]
