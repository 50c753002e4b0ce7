"""Search quality on the hand-written query sets (issue 14).

    python benchmarks/search_quality.py [--misses]

Loads tests/data/search_lessons.json into a fresh profile through the real
store (triggers, folding, FTS5) and runs every query of
tests/data/search_queries.json. Prints JSON: recall@5 per set (the lesson a
query means is among the first five hits), recall per tag, queries that must
find nothing and did, and with --misses the queries that failed.
tests/store/test_search_quality.py asserts the targets.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutorclient.store import Store, records  # noqa: E402
from tutorclient.store.search import find  # noqa: E402

DATA = ROOT / "tests" / "data"
TARGETS = {"arabic": 0.95, "english": 0.95}
K = 5


def load(store: Store) -> None:
    """The test lessons, written as a sync would write them."""
    data = json.loads((DATA / "search_lessons.json").read_text(encoding="utf-8"))
    with store.write() as db:
        for cid, title in data["courses"].items():
            records.put(db, "courses", {"id": cid, "version": 1, "slug": cid, "title": title,
                                        "language": cid[:2], "partnerships": [], "position": 0})
        for i, lesson in enumerate(data["lessons"]):
            records.put(db, "lessons", {"id": lesson["id"], "version": 1, "course_id": lesson["course"],
                                        "module_id": "m", "slug": lesson["id"], "title": lesson["title"],
                                        "body_md": lesson["body"], "position": i, "minutes": 5})


def evaluate(store: Store) -> dict:
    queries = json.loads((DATA / "search_queries.json").read_text(encoding="utf-8"))
    db = store.db
    result: dict = {"k": K, "sets": {}, "misses": {}, "spurious": []}
    for name in ("arabic", "english", "somali"):
        found, by_tag, misses = 0, defaultdict(lambda: [0, 0]), []
        for query, lesson, tag in queries[name]:
            ids = [h.id for h in find(db, query, limit=K, kinds=("lesson",)).hits]
            ok = lesson in ids
            found += ok
            by_tag[tag][0] += ok
            by_tag[tag][1] += 1
            if not ok:
                misses.append({"query": query, "want": lesson, "got": ids})
        result["sets"][name] = {
            "queries": len(queries[name]),
            "recall_at_5": round(found / len(queries[name]), 3),
            "by_tag": {t: f"{a}/{n}" for t, (a, n) in sorted(by_tag.items())},
            "target": TARGETS.get(name),
        }
        result["misses"][name] = misses
    for query, why in queries["no_match"]:
        ids = [h.id for h in find(db, query, limit=K).hits]
        if ids:
            result["spurious"].append({"query": query, "why": why, "got": ids})
    return result


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        try:
            load(store)
            return evaluate(store)
        finally:
            store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the queries that failed")
    args = parser.parse_args(argv)
    result = run()
    if not args.misses:
        result.pop("misses")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
