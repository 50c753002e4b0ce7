"""Time full-text search on a large profile (see generate.py).

    python benchmarks/fts_search.py --profile DIR [--runs 5]

Runs each query as a user would type it (every prefix from 3 letters on, as
search-as-you-type does) and prints JSON: p50, p95 and the slowest query in
milliseconds, against the 30 ms target, and the share of queries under it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutorclient.store import Store, search  # noqa: E402

QUERIES = [
    "haemorrhage", "sepsis", "oxytocin tone", "airway breathing", "patient",  # very common word
    "postpartum haemorrhage oxytocin", "malaria anaemia", "ecg", "neonate resuscitation", "zzzz",
    "hemorrhage", "haemorrage", "myasthenia gr",  # American spelling, a typo, a short last word
    "الرَّبْوُ", "المشيمه", "نزف الولادة", "ضغط الدم للاطفال", "الملاريا",  # Arabic
]
TARGET_MS = 30.0


def typed_prefixes(query: str) -> list[str]:
    return [query[:i] for i in range(3, len(query) + 1)]


def run(profile: Path, runs: int) -> dict:
    store = Store.open(profile)
    db = store.db
    lessons = db.execute("SELECT count(*) FROM lessons").fetchone()[0]
    posts = db.execute("SELECT count(*) FROM posts").fetchone()[0]
    search(db, "warm up")  # first query loads pages from disk
    timings: list[tuple[float, str]] = []
    hits = {}
    for _ in range(runs):
        for query in QUERIES:
            for text in typed_prefixes(query):
                t0 = time.perf_counter()
                result = search(db, text, limit=20)
                timings.append(((time.perf_counter() - t0) * 1000, text))
                hits[text] = len(result)
    store.close()
    ms = sorted(t for t, _ in timings)
    slowest = max(timings)
    p95 = ms[int(len(ms) * 0.95) - 1]
    return {
        "benchmark": "fts_search",
        "lessons": lessons,
        "posts": posts,
        "queries": len(timings),
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(slowest[0], 2),
        "slowest_query": slowest[1],
        "full_query_hits": {q: hits[q] for q in QUERIES},
        "target_ms": TARGET_MS,
        "p95_meets_target": p95 <= TARGET_MS,
        "share_under_target": round(sum(t <= TARGET_MS for t in ms) / len(ms), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", required=True, type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not (args.profile / "profile.db").exists():
        parser.error(f"no profile.db in {args.profile}; run benchmarks/generate.py --out first")
    print(json.dumps(run(args.profile, args.runs), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
