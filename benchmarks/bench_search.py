#!/usr/bin/env python3
"""Search as you type over 5,000 contacts: median and p95 time of one filter pass (target: < 30 ms).

    .venv/bin/python benchmarks/bench_search.py [--contacts N] [--repeat N]

The rows are made the way the sociale kaart page makes them (services.contacts.ContactMap.rows) from a
synthetic map built out of the demo practice's names; each query is timed as a user types it, one
prefix at a time, since that is what the page runs on every key press.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from wijkzorg_desktop.domain.availability import parse_availability  # noqa: E402
from wijkzorg_desktop.domain.contact_index import ContactFilter, select  # noqa: E402
from wijkzorg_desktop.domain.contacts import Channel, ChannelKind, Organisation, OrganisationKind, Person  # noqa: E402
from wijkzorg_desktop.services.contacts import ContactMap  # noqa: E402

QUERIES = ["saenen", "jeugdverpl", "veilig thuis houten", "06 2", "gezinsregisseur culemborg", "çelik",
           "zzzz-no-match"]


def synthetic_map(count: int) -> ContactMap:
    demo = json.loads((ROOT / "resources" / "demo" / "sociale_kaart.json").read_text("utf-8"))
    rnd = random.Random(5000)
    orgs = [Organisation(o["name"] + f" {i}", OrganisationKind(o["kind"]), tuple(o["municipalities"]),
                         opening_hours=parse_availability(o["opening_hours"]), notes=o["notes"], id=i + 1)
            for i, o in enumerate(demo["organisations"] * 10)]
    first = [p["name"].split(" ", 1)[0] for p in demo["people"]]
    last = [p["name"].split(" ", 1)[1] for p in demo["people"]]
    people = []
    for i in range(count):
        template = rnd.choice(demo["people"])
        people.append(Person(
            f"{rnd.choice(first)} {rnd.choice(last)}", rnd.choice(orgs).id, template["function"],
            (Channel(ChannelKind.MOBILE, f"+316{rnd.randint(10000000, 69999999)}", True),),
            parse_availability(template["availability"]), notes=template["notes"],
            verified_on=date(2026, 1, 1) - timedelta(days=rnd.randint(0, 700)), id=i + 1))
    return ContactMap(orgs, people, date(2026, 11, 23))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    start = time.perf_counter()
    rows = synthetic_map(args.contacts).rows()
    print(f"{len(rows)} rows ({args.contacts} people) built in {(time.perf_counter() - start) * 1000:.0f} ms")
    now = datetime.now(UTC)
    times: list[float] = []
    for _ in range(args.repeat):
        for query in QUERIES:
            for length in range(1, len(query) + 1):
                flt = ContactFilter(query=query[:length])
                begin = time.perf_counter()
                select(rows, flt, now)
                times.append(time.perf_counter() - begin)
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    print(f"search as you type: {len(times)} filter passes; median {statistics.median(times) * 1000:.2f} ms, "
          f"p95 {p95 * 1000:.2f} ms, max {times[-1] * 1000:.2f} ms (target: < 30 ms)")
    begin = time.perf_counter()
    found = select(rows, ContactFilter(reachable_now=True, query="a"), now)
    print(f"'Nu bereikbaar' + query 'a': {len(found)} rows in {(time.perf_counter() - begin) * 1000:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
