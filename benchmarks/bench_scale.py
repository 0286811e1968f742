#!/usr/bin/env python3
"""A large practice at 1x, 3x and 10x: every read a user waits for, the typical writes, check, export.

    .venv/bin/python benchmarks/bench_scale.py [--scales 1,3,10] [--rebuild] [--repeat N]

The practices come from ``scale_practice.py`` (built through the services and cached per scale in
``benchmarks/.cache``; the first run builds them, ``--rebuild`` makes them again). Each scale is measured
in its own child process on a fresh copy of the cached vault, so that peak memory and caches do not mix
and the cache is never changed. Beside the vault, the same service functions run on an unencrypted
SQLite copy of the same schema and rows (``sqlcipher_export`` into a plain database, opened with the
stdlib ``sqlite3`` and the pragmas of ``store/connection.py``) at the largest scale: the ratio shows what
the encryption costs and what is the program's own work.

Key derivation is the cheap test profile (``WIJKZORG_KDF_PROFILE=test``); the unlock row also says how
much of it the derivation took. Times are in ms: the median of ``--repeat`` runs for anything faster than
a second, one run otherwise. Prints figures, asserts nothing; the targets are those of issue 10, at 10x.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import inspect
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import scale_practice  # noqa: E402  (puts the program's src/ on the path, test KDF)

from wijkzorg_desktop.domain.audit import AuditFilter  # noqa: E402
from wijkzorg_desktop.domain.cases import MemberRole  # noqa: E402
from wijkzorg_desktop.domain.consent import Consent, ConsentForm, ConsentStatus, Purpose, Recipient  # noqa: E402
from wijkzorg_desktop.domain.contact_index import ContactFilter, select  # noqa: E402
from wijkzorg_desktop.domain.followups import FollowUp, FollowUpKind  # noqa: E402
from wijkzorg_desktop.domain.involvement import EntryKind, TimelineEntry  # noqa: E402
from wijkzorg_desktop.services import (  # noqa: E402
    audit,
    cases,
    checks,
    consent,
    contacts,
    export,
    followups,
    involvement,
    kindchecks,
    vaults,
)
from wijkzorg_desktop.services.session import Session  # noqa: E402
from wijkzorg_desktop.store import keyfile, users  # noqa: E402
from wijkzorg_desktop.store.keyfile import user_slot_id  # noqa: E402
from wijkzorg_desktop.store.vault import VaultPaths  # noqa: E402


def _remembered() -> list:
    """The program's per-text memories (lru_cache) that a contact-map load fills."""
    found = []
    for module, name in (("wijkzorg_desktop.domain.search", "fold"),
                         ("wijkzorg_desktop.services.contact_rules", "display_phone"),
                         ("wijkzorg_desktop.domain.availability", "parse_availability")):
        function = getattr(importlib.import_module(module), name, None)
        if callable(getattr(function, "cache_clear", None)):
            found.append(function)
    return found


REMEMBERED = _remembered()

# row key, label, unit, target (text), how the ratio to plain SQLite is read
ROWS: list[tuple[str, str, str]] = [
    ("unlock", "unlock (test KDF, open, audit the login)", ""),
    ("kdf", "  of which key derivation (test KDF)", ""),
    ("today", "follow-up computation for Vandaag (followups.today_page)", "≤ 150 ms"),
    ("unlock_today", "unlock to Vandaag data, beyond the KDF", "≤ 300 ms"),
    ("cases_first", "cases list, first screen (first=50)", "≤ 200 ms"),
    ("cases_all", "cases list, whole (cases.list_cases)", "≤ 1 s"),
    ("open_large", "open the large case (600 entries, 15 parties)", "≤ 150 ms"),
    ("open_median", "open a median case", ""),
    ("pending", "the whole practice's follow-ups, Opvolging (followups.pending)", ""),
    ("map_load", "contact map: load_map + rows", ""),
    ("search", "search as you type p50 / p95 / max (200)", "p95 ≤ 16 ms"),
    ("kindchecks", "kindcheck overview", ""),
    ("audit_case", "audit: who looked at this family", ""),
    ("w_entry", "write: add a timeline entry", "≤ 1.3× plain"),
    ("w_followup", "write: add a follow-up", "≤ 1.3× plain"),
    ("w_person", "write: edit a person", "≤ 1.3× plain"),
    ("w_consent", "write: record consent", "≤ 1.3× plain"),
    ("check", "check (services/checks.py)", "≤ 30 s"),
    ("export", "export-json", "≤ 2× plain"),
    ("memory_reads", "peak memory before the export (MB)", "≤ 300 MB (window)"),
    ("memory", "peak memory with the export (MB)", ""),
]
TARGET_RATIO = {"w_entry": 1.3, "w_followup": 1.3, "w_person": 1.3, "w_consent": 1.3, "export": 2.0}


# -- measuring ---------------------------------------------------------------------------------------

def timed(action: Callable[[], object], repeat: int) -> float:
    """Seconds: one run when it takes a second or more, else the median of ``repeat`` runs."""
    start = time.perf_counter()
    action()
    first = time.perf_counter() - start
    if first >= 1.0 or repeat <= 1:
        return first
    times = [first]
    for _ in range(repeat - 1):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def plain_copy(session: Session, folder: Path) -> sqlite3.Connection:
    """The vault's schema and rows in an unencrypted SQLite file, opened as store/connection.py opens
    the vault (same pragmas)."""
    target = folder / "plain.db"
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    conn = session.conn
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')").fetchall()
    conn.execute("DETACH DATABASE plain")
    plain = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
    plain.execute("PRAGMA journal_mode = WAL").fetchone()
    plain.execute("PRAGMA synchronous = FULL")
    plain.execute("PRAGMA foreign_keys = ON")
    plain.execute("PRAGMA temp_store = MEMORY")
    return plain


def page_filter(rows: list) -> tuple[Callable[[ContactFilter, datetime], list], str]:
    """What the sociale kaart page filters with on every key: ``contact_table.RowFilter`` where the page
    has one (it searches a query that adds to the one before in what that one found), else
    ``contact_index.select``."""
    try:
        from wijkzorg_desktop.ui.contacts.contact_table import RowFilter
    except ImportError:
        return (lambda flt, now: select(rows, flt, now)), "contact_index.select"
    return RowFilter(rows).select, "contact_table.RowFilter"


def accepts(function: Callable[..., object], name: str) -> bool:
    try:
        return name in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


class Measure:
    def __init__(self, practice: scale_practice.Practice, store: Path, work: Path, repeat: int, plain: bool,
                 skip: set[str]) -> None:
        self.practice = practice
        self.skip = skip
        self.meta = practice.meta
        self.store = store
        self.work = work
        self.repeat = repeat
        self.with_plain = plain
        self.passphrase = practice.passphrase
        self.results: dict[str, dict[str, object]] = {}

    def put(self, key: str, vault: float | None, plain: float | None = None, note: str = "",
            extra: dict[str, object] | None = None) -> None:
        self.results[key] = {"vault": vault, "plain": plain, "note": note, **(extra or {})}
        shown = "-" if vault is None else f"{vault * 1000:.1f} ms"
        also = "" if plain is None else f" (plain {plain * 1000:.1f} ms)"
        print(f"  {key:<13} {shown}{also} {note}", file=sys.stderr, flush=True)

    def both(self, key: str, action: Callable[[Session], object], repeat: int | None = None,
             note: str = "") -> None:
        """``action`` on the vault session, then on the same session over the plain copy."""
        if key in self.skip:
            self.put(key, None, note="(skipped)")
            return
        n = repeat or self.repeat
        vault = timed(lambda: action(self.session), n)
        plain = timed(lambda: action(self.plain_session), n) if self.with_plain else None
        self.put(key, vault, plain, note)

    def run(self) -> dict[str, dict[str, object]]:
        login, admin = str(self.meta["bench_login"]), str(self.meta["admin_login"])
        self.unlock(login)
        self.session = vaults.unlock(self.store, login, self.passphrase).session
        try:
            admin_user = users.by_login(self.session.conn, admin)
            assert admin_user is not None
            self.admin = replace(self.session, user=admin_user)
            if self.with_plain:
                start = time.perf_counter()
                self.plain = plain_copy(self.session, self.work)
                print(f"  plain copy made in {time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)
                self.plain_session = replace(self.session, conn=self.plain)
                self.plain_admin = replace(self.admin, conn=self.plain)
                self.plain_today()
            self.reads()
            self.search()
            self.writes()
            self.put("memory_reads", None, extra={"mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
            if "export" in self.skip:
                self.put("export", None, note="(skipped)")
            else:
                self.export()
        finally:
            self.session.close()
        if "check" in self.skip:
            self.put("check", None, note="(skipped)")
        else:
            self.check()
        if self.with_plain:
            self.plain.close()
        self.put("memory", None, note="", extra={"mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})
        return self.results

    def unlock(self, login: str) -> None:
        slot = keyfile.read(VaultPaths(self.store).keys).slot(user_slot_id(login))
        kdf = timed(lambda: slot.kdf.derive(self.passphrase.encode(), slot.salt), self.repeat) if slot else None
        unlocks, todays = [], []
        for _ in range(max(1, min(self.repeat, 3))):
            start = time.perf_counter()
            session = vaults.unlock(self.store, login, self.passphrase).session
            opened = time.perf_counter()
            followups.today_page(session)
            done = time.perf_counter()
            session.close()
            unlocks.append(opened - start)
            todays.append(done - opened)
        unlock, today = statistics.median(unlocks), statistics.median(todays)
        self.put("unlock", unlock)
        self.put("kdf", kdf, note="" if kdf is not None else "key file not found")
        self.put("today", today)
        self.put("unlock_today", unlock + today - (kdf or 0))

    def plain_today(self) -> None:
        # the vault's figures are from unlock(); here the same reads on the plain copy
        self.results["today"]["plain"] = timed(lambda: followups.today_page(self.plain_session), self.repeat)

    def reads(self) -> None:
        meta = self.meta
        if accepts(cases.list_cases, "first"):
            self.both("cases_first", lambda s: cases.list_cases(s, first=50))
        else:
            self.put("cases_first", None, note="list_cases has no first=")
        self.both("cases_all", cases.list_cases)
        large, median = int(meta["large_case_id"]), int(meta["median_case_id"])
        self.both("open_large", lambda s: cases.open_case(s, large))
        self.both("open_median", lambda s: cases.open_case(s, median),
                  note=f"({meta['counts'].get('median case entries', '?')} entries)")
        self.both("pending", followups.pending)
        self.both("kindchecks", kindchecks.overview)
        label = cases.case_or_fail(self.session.conn, large).label
        if "audit_case" in self.skip:
            self.put("audit_case", None, note="(skipped)")
            return
        vault = timed(lambda: audit.search(self.admin, AuditFilter(case_id=label)), self.repeat)
        plain = timed(lambda: audit.search(self.plain_admin, AuditFilter(case_id=label)), self.repeat) \
            if self.with_plain else None
        self.put("audit_case", vault, plain)

    def search(self) -> None:
        names = [str(n) for n in self.meta.get("names", [])] or ["Jansen"]
        queries: list[str] = []
        for name in names:
            for length in range(1, len(name) + 1):
                queries.append(name[:length])
                if len(queries) >= 200:
                    break
            if len(queries) >= 200:
                break

        def load(session: Session) -> tuple[list, Callable[[ContactFilter, datetime], list]]:
            getattr(session, "cache", {}).clear()  # a read from the database each time, not the pages' shared one
            for remembered in REMEMBERED:  # and nothing worked out by the run before (the plain copy's included)
                remembered.cache_clear()
            rows = contacts.load_map(session).rows()
            return rows, page_filter(rows)[0]

        vault = timed(lambda: load(self.session), self.repeat)
        plain = timed(lambda: load(self.plain_session), self.repeat) if self.with_plain else None
        rows, search = load(self.session)
        used = page_filter([])[1]
        self.put("map_load", vault, plain, note=f"({len(rows)} rows)")
        now = datetime.now(UTC)
        times = []
        for query in queries:  # each name typed one key at a time, as the page filters on every key
            flt = ContactFilter(query=query)
            start = time.perf_counter()
            search(flt, now)
            times.append(time.perf_counter() - start)
        times.sort()
        p50, p95 = statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]
        self.put("search", p95, None, note=f"({used})",
                 extra={"p50": p50, "p95": p95, "max": times[-1]})

    def writes(self) -> None:
        conn = self.session.conn
        median = int(self.meta["median_case_id"])
        if cases.case_or_fail(conn, median).closed:  # a small practice may have no open median case
            median = int(self.meta["large_case_id"])
        members = cases.open_case(self.session, median).members
        member = next((m for m in members if m.role == MemberRole.PARENT), members[0])
        party_org = next((int(o) for (o,) in conn.execute(
            "SELECT organisation_id FROM people WHERE organisation_id IS NOT NULL LIMIT 1")), None)
        person_id = int(conn.execute("SELECT id FROM people ORDER BY id LIMIT 1 OFFSET 17").fetchone()[0])
        login = self.session.user.login
        counter = iter(range(10 ** 6))

        def entry(s: Session) -> object:
            return involvement.add_entry(s, TimelineEntry(median, s.now().date(), EntryKind.CONVERSATION,
                                                          f"Gesprek met moeder, benchmark {next(counter)}.", ""))

        def followup(s: Session) -> object:
            return followups.save(s, FollowUp(f"Moeder terugbellen {next(counter)}", FollowUpKind.CALL_BACK, login,
                                              s.now().date() + timedelta(days=3), case_id=median))

        def person(s: Session) -> object:
            current = contacts.person_details(s, person_id).person
            return contacts.save_person(s, replace(current, notes=f"Liefst bellen voor tienen ({next(counter)})."))

        def record_consent(s: Session) -> object:
            recipient = Recipient("organisation", party_org or 1)
            return consent.add_consent(s, median, Consent(int(member.id or 0), recipient, Purpose.EXCHANGE,
                                                          ConsentStatus.GIVEN, s.now().date(), ConsentForm.ORAL))

        n = max(40 * self.repeat, 100)  # one fsync each: noisy, so many runs, vault and plain taking turns
        self.alternating("w_entry", entry, n)
        self.alternating("w_followup", followup, n)
        self.alternating("w_person", person, n, note="(includes reading the person)")
        self.alternating("w_consent", record_consent, n)

    def alternating(self, key: str, action: Callable[[Session], object], n: int, note: str = "") -> None:
        """Medians of ``n`` runs on the vault and ``n`` on the plain copy, one of each in turn, so that
        what the disk and the other processes do in the meantime falls on both alike."""
        if key in self.skip or not self.with_plain:
            self.both(key, action, n, note)
            return
        sessions = (self.session, self.plain_session)
        times: tuple[list[float], list[float]] = ([], [])
        for turn in range(2 * n + 2):
            which = turn % 2
            start = time.perf_counter()
            action(sessions[which])
            if turn >= 2:  # the first of each warms its caches
                times[which].append(time.perf_counter() - start)
        self.put(key, statistics.median(times[0]), statistics.median(times[1]), note)

    def export(self) -> None:
        out = self.work / "export.json"
        vault = timed(lambda: export.write(self.admin, out), 1)
        size = out.stat().st_size / 2 ** 20
        plain = timed(lambda: export.write(self.plain_admin, out), 1) if self.with_plain else None
        out.unlink(missing_ok=True)
        self.put("export", vault, plain, note=f"({size:.0f} MB of JSON)")

    def check(self) -> None:
        kwargs: dict[str, object] = {}
        if accepts(checks.check, "progress"):
            kwargs["progress"] = lambda *args, **kw: None
        admin = str(self.meta["admin_login"])
        start = time.perf_counter()
        problems = checks.check(self.store, admin, self.passphrase, **kwargs)
        vault = time.perf_counter() - start
        plain = None
        if self.with_plain:
            run = getattr(checks, "_run", None)
            listed = getattr(checks, "CHECKS", None)
            if run is not None and listed is not None:
                start = time.perf_counter()
                for name, check in listed:
                    run(name, check, self.plain)
                plain = time.perf_counter() - start
        self.put("check", vault, plain, note=f"({len(problems)} problems)")


def child(scale: float, repeat: int, plain: bool, out: Path, skip: set[str]) -> int:
    practice = scale_practice.ensure(scale)
    with tempfile.TemporaryDirectory(prefix=f"bench-{scale_practice.label(scale)}-",
                                     dir=scale_practice.CACHE) as folder:
        work = Path(folder)
        store = scale_practice.copy_of(practice, work / "vault")
        print(f"[{scale_practice.label(scale)}] measuring on a copy in {work}", file=sys.stderr, flush=True)
        results = Measure(practice, store, work, repeat, plain, skip).run()
    out.write_text(json.dumps(results), encoding="utf-8")
    return 0


# -- the table ---------------------------------------------------------------------------------------

def fmt_ms(seconds: object) -> str:
    if not isinstance(seconds, int | float):
        return "-"
    ms = seconds * 1000
    return f"{ms:.1f}" if ms < 10 else f"{ms:,.0f}"


def cell(result: dict[str, object] | None, side: str = "vault") -> str:
    if result is None:
        return "-"
    if "mb" in result and side == "vault":
        return f"{float(result['mb']):.0f} MB"
    if "p95" in result and side == "vault":
        return " / ".join(fmt_ms(result[k]) for k in ("p50", "p95", "max"))
    return fmt_ms(result.get(side))


def ratio(result: dict[str, object] | None) -> str:
    if not result:
        return "-"
    vault, plain = result.get("vault"), result.get("plain")
    if not isinstance(vault, int | float) or not isinstance(plain, int | float) or plain <= 0:
        return "-"
    return f"{vault / plain:.2f}×"


def table(scales: list[float], results: dict[float, dict[str, dict[str, object]]]) -> str:
    top = max(scales)
    head = ["operation", *[scale_practice.label(s).replace("x", "×") for s in scales],
            f"plain {scale_practice.label(top).replace('x', '×')}", "ratio", "target"]
    lines = [head]
    for key, label, target in ROWS:
        row = [label, *[cell(results.get(s, {}).get(key)) for s in scales]]
        top_result = results.get(top, {}).get(key)
        row += [cell(top_result, "plain") if not key.startswith("memory") else "-", ratio(top_result), target]
        notes = [str(results.get(s, {}).get(key, {}).get("note", "")) for s in scales]
        note = next((n for n in reversed(notes) if n), "")
        if note and not key.startswith("memory"):
            row[0] += f" {note}"
        lines.append(row)
    widths = [max(len(r[i]) for r in lines) for i in range(len(head))]
    out = []
    for i, row in enumerate(lines):
        out.append("| " + " | ".join(c.ljust(widths[j]) if j == 0 or j == len(row) - 1 else c.rjust(widths[j])
                                     for j, c in enumerate(row)) + " |")
        if i == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def source_revision() -> str:
    source = scale_practice.SOURCE
    try:
        rev = subprocess.run(["git", "-C", str(source), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(source), "status", "--porcelain", "--", "."], capture_output=True,
                               text=True, timeout=10).stdout.strip()
    except OSError:
        return str(source)
    if not rev:
        return f"{source} (not a git checkout)"
    return f"{rev}{' + uncommitted changes' if dirty else ''} ({source})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,3,10", help="comma-separated scale factors")
    parser.add_argument("--rebuild", action="store_true", help="build the practices again")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each fast operation (median)")
    parser.add_argument("--no-plain", action="store_true", help="skip the plain SQLite copy")
    parser.add_argument("--skip", default="", help="comma-separated row keys not to measure (slow ones on old code): "
                        + ", ".join(key for key, _, _ in ROWS))
    parser.add_argument("--child", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return child(args.child, args.repeat, args.plain, args.out, {k.strip() for k in args.skip.split(",") if k})
    scales = sorted({float(s) for s in args.scales.split(",") if s.strip()})
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
          f"program: {source_revision()}; KDF: test profile")
    for scale in scales:
        practice = scale_practice.ensure(scale, args.rebuild)
        meta = practice.meta
        counts = meta["counts"]
        print(f"{scale_practice.label(scale)}: built in {meta['build_seconds']} s on {meta['built_on']}; "
              f"{counts.get('people')} people, {counts.get('cases')} cases "
              f"({counts.get('cases', 0) - counts.get('closed cases', 0)} open), {counts.get('timeline entries')} "
              f"entries, {counts.get('followups')} follow-ups, {counts.get('kindchecks')} kindchecks, "
              f"{meta['audit_records']} audit records", flush=True)
    results: dict[float, dict[str, dict[str, object]]] = {}
    for scale in scales:
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
            out = Path(handle.name)
        command = [sys.executable, __file__, "--child", str(scale), "--out", str(out), "--repeat", str(args.repeat),
                   "--skip", args.skip]
        if scale == max(scales) and not args.no_plain:
            command.append("--plain")
        start = time.perf_counter()
        done = subprocess.run(command, check=False)
        if done.returncode == 0:
            results[scale] = json.loads(out.read_text("utf-8"))
        else:
            print(f"{scale_practice.label(scale)}: the measuring process failed ({done.returncode})")
        out.unlink(missing_ok=True)
        print(f"{scale_practice.label(scale)} measured in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    print()
    print(table(scales, results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
