"""Score the identifier check (tutorclient/privacy.py) on a labelled corpus.

    python benchmarks/identifiers.py [--corpus tests/data/identifier_corpus.jsonl] [--runs 20]
                                     [--show]

Each line of the corpus is one synthetic case text with its planted identifiers
(``kind``, ``start``, ``end``, ``text``); a text with none is a clean text. The
check runs as the app runs it: :func:`privacy.find_identifiers`, less the names
of the app's users (the demo users stand in for them). Prints JSON:

- recall: planted identifiers that some finding overlaps, overall and per kind
  (target >= 95%);
- false-flag rate: clean texts with any finding (target <= 5%);
- stray findings in texts with planted identifiers that overlap none of them;
- time per text (the check runs on every save of a case and post, so it must stay fast).

`--corpus tests/data/identifier_heldout.jsonl` scores the 35 texts written after the
detector, never used to tune it.

``--show`` adds the missed identifiers and the false flags.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tutorclient import privacy  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "identifier_corpus.jsonl"
RECALL_TARGET, FALSE_FLAG_TARGET = 0.95, 0.05
Check = Callable[[str], list[privacy.Finding]]


def load(path: Path = CORPUS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def demo_colleagues() -> list[str]:
    users = tomllib.loads((ROOT / "resources" / "demo" / "users.toml").read_text("utf-8"))
    return [u["display_name"] for u in users["user"]]


def app_check(colleagues: list[str]) -> Check:
    """The check as case saves run it (privacy._flagged), without a database."""
    return lambda text: privacy.drop_colleagues(
        privacy.find_identifiers({"text": text}), colleagues)


def score(corpus: list[dict[str, Any]], check: Check) -> dict[str, Any]:
    planted: Counter[str] = Counter()
    found: Counter[str] = Counter()
    missed, false_flags, strays = [], [], []
    clean = flagged_clean = 0
    for case in corpus:
        findings = check(case["text"])
        spans = case["identifiers"]
        if not spans:
            clean += 1
            if findings:
                flagged_clean += 1
                false_flags.append({"id": case["id"], "flagged": [(f.kind, f.text)
                                                                   for f in findings]})
            continue
        for ident in spans:
            planted[ident["kind"]] += 1
            if any(f.start < ident["end"] and ident["start"] < f.end for f in findings):
                found[ident["kind"]] += 1
            else:
                missed.append({"id": case["id"], "kind": ident["kind"], "text": ident["text"]})
        strays += [{"id": case["id"], "flagged": (f.kind, f.text)} for f in findings
                   if not any(f.start < i["end"] and i["start"] < f.end for i in spans)]
    total = sum(planted.values())
    recall = sum(found.values()) / total if total else 1.0
    rate = flagged_clean / clean if clean else 0.0
    return {
        "texts": len(corpus), "clean_texts": clean, "planted_identifiers": total,
        "recall": round(recall, 4),
        "recall_by_kind": {k: {"planted": n, "found": found[k], "recall": round(found[k] / n, 4)}
                           for k, n in sorted(planted.items())},
        "false_flag_rate": round(rate, 4), "clean_texts_flagged": flagged_clean,
        "stray_findings_in_planted_texts": len(strays),
        "recall_target": RECALL_TARGET, "false_flag_target": FALSE_FLAG_TARGET,
        "meets_targets": recall >= RECALL_TARGET and rate <= FALSE_FLAG_TARGET,
        "missed": missed, "false_flags": false_flags, "strays": strays,
    }


def timing(corpus: list[dict[str, Any]], check: Check, runs: int) -> dict[str, Any]:
    per_text: list[float] = []
    for _ in range(runs):
        for case in corpus:
            t0 = time.perf_counter()
            check(case["text"])
            per_text.append((time.perf_counter() - t0) * 1e6)
    per_text.sort()
    chars = statistics.mean(len(c["text"]) for c in corpus)
    return {"runs": runs, "mean_chars_per_text": round(chars),
            "us_per_text_mean": round(statistics.mean(per_text), 1),
            "us_per_text_p95": round(per_text[int(len(per_text) * 0.95) - 1], 1),
            "us_per_text_max": round(per_text[-1], 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--runs", type=int, default=20, help="timing passes over the corpus")
    parser.add_argument("--show", action="store_true", help="list misses and false flags")
    args = parser.parse_args(argv)
    corpus = load(args.corpus)
    check = app_check(demo_colleagues())
    result = {"benchmark": "identifiers", **score(corpus, check),
              "timing": timing(corpus, check, args.runs)}
    if not args.show:
        for key in ("missed", "false_flags", "strays"):
            result[key] = len(result[key])
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
