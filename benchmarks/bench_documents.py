#!/usr/bin/env python3
"""Render and sign a 30-page case timeline: median and slowest of a few runs (target: < 2 s together).

    .venv/bin/python benchmarks/bench_documents.py [--pages 30] [--repeat 5]

The case is synthetic (an invented family, names that need the embedded Unicode font); the practice
certificate is a self-signed RSA 3072 one made as at setup. Rendering is reportlab's work, signing is
pyHanko's PAdES B-B with the visible signature block; verifying is timed too, as the CLI's `verify` does it.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: E402

from wijkzorg_desktop.documents import case_timeline, practice_certificate, signing, verify  # noqa: E402
from wijkzorg_desktop.documents.case_parts import InvolvedParty  # noqa: E402
from wijkzorg_desktop.documents.pdf_layout import Letterhead, new_document_id  # noqa: E402
from wijkzorg_desktop.domain.cases import Case, HouseholdMember, MemberRole  # noqa: E402
from wijkzorg_desktop.domain.involvement import EntryKind, TimelineEntry  # noqa: E402
from wijkzorg_desktop.domain.meldcode import StepRecord  # noqa: E402

TEXTS = ("Gesprek met moeder (Şahin) over slaap, school en het netwerk; afgesproken dat zij de "
         "jeugdverpleegkundige belt.",
         "Gezinsregisseur Çelik gebeld: huisbezoek gepland, terugkoppeling volgende week.",
         "Overleg met Özdemir (POH-GGZ): kindcheck herhalen over zes weken.",
         "School (IB'er) meldt dat de oudste vaker te laat komt en moe is.")


def page_count(pdf: bytes) -> int:
    return int(PdfFileReader(io.BytesIO(pdf)).root["/Pages"]["/Count"])


def timeline_of(pages: int, now: datetime) -> case_timeline.CaseTimelineData:
    """As many entries as make exactly ``pages`` pages (the first guess is corrected by rendering)."""
    count = pages * 25
    for _ in range(8):
        data = timeline(count, now)
        found = page_count(case_timeline.render(data))
        if found == pages:
            return data
        count = max(1, count + (pages - found) * 12 if abs(pages - found) < 3 else count * pages // found)
    return data


def timeline(count: int, now: datetime) -> case_timeline.CaseTimelineData:
    start = now.date() - timedelta(days=count)
    kinds = list(EntryKind)
    entries = tuple(TimelineEntry(1, start + timedelta(days=i), kinds[i % len(kinds)], TEXTS[i % len(TEXTS)],
                                  "poh" if i % 3 else "huisarts", id=i + 1) for i in range(count))
    household = (HouseholdMember(1, MemberRole.PARENT, "Ş.Ç.", 1988, id=1),
                 HouseholdMember(1, MemberRole.CHILD, "E.Ç.", 2016, id=2))
    parties = (InvolvedParty("gezinsregisseur", "Emre Şahin", "Sociaal Wijkteam Houten-Zuid", party_id=1),)
    return case_timeline.CaseTimelineData(
        letterhead=Letterhead("Huisartsenpraktijk Saënen", "Dorpsstraat 12\n3991 AB Houten"),
        document_id=new_document_id("TL", now), created=now,
        case=Case("Gezin K-2026-014", summary="Zorgen om de zorg voor twee kinderen.", opened_on=start, id=1),
        household=household, entries=entries, parties=parties,
        steps=tuple(StepRecord(1, n, start + timedelta(days=n * 20), "huisarts") for n in range(1, 6)),
        users={"poh": "Ayşe Özdemir", "huisarts": "Marieke Saënen"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    now = datetime.now(UTC)
    started = time.perf_counter()
    p12 = practice_certificate.generate("Dr. Marieke Saënen", "Huisartsenpraktijk Saënen", "bench")
    print(f"practice certificate (RSA 3072, once at setup): {time.perf_counter() - started:.3f} s")
    key = signing.Pkcs12Key(p12, "bench")
    trusted = [practice_certificate.load(p12, "bench").der]
    data = timeline_of(args.pages, now)              # also the warm-up: imports, font registration

    render_s, sign_s, verify_s, total_s = [], [], [], []
    size = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        pdf = case_timeline.render(data)
        t1 = time.perf_counter()
        signed = signing.sign(pdf, key, signing.SignatureStamp("Eigen dossier", document_id=data.document_id))
        t2 = time.perf_counter()
        result = verify.verify(signed, trusted)
        t3 = time.perf_counter()
        assert result.ok, result
        render_s.append(t1 - t0)
        sign_s.append(t2 - t1)
        verify_s.append(t3 - t2)
        total_s.append(t2 - t0)
        size = len(signed)

    print(f"case timeline: {len(data.entries)} entries, {page_count(signed)} pages, {size / 1024:.0f} KiB signed; "
          f"{args.repeat} runs")
    for label, values in (("render", render_s), ("sign (PAdES B-B)", sign_s), ("render + sign", total_s),
                          ("verify", verify_s)):
        print(f"  {label:<18} median {statistics.median(values):.3f} s   max {max(values):.3f} s")
    verdict = "within" if statistics.median(total_s) < 2.0 else "OVER"
    print(f"target render + sign < 2 s: {verdict}")


if __name__ == "__main__":
    main()
