"""The issue-13 scenario, small: its bytes and requests must not regress.

Runs ``benchmarks/scenario.py --small`` in process (a real server, real
profiles, the network simulator, unshaped) and compares every step's bytes
each way, requests and connections with ``benchmarks/scenario_baseline.json``.
More than 10% over a committed figure fails. Wall-clock time is never
compared here: it depends on the machine. After a change that makes the wire
leaner, rewrite the baseline with
``python benchmarks/scenario.py --small --write-baseline benchmarks/scenario_baseline.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks import scenario  # noqa: E402

TOLERANCE = 1.10


def regressions(now: dict[str, dict[str, int]], base: dict[str, dict[str, int]]) -> list[str]:
    """Figures more than 10% over their baseline (or missing from this run)."""
    bad = []
    for key, figures in base.items():
        got = now.get(key)
        if got is None:
            bad.append(f"{key}: missing")
            continue
        for name, value in figures.items():
            if got[name] > value * TOLERANCE:
                bad.append(f"{key} {name}: {got[name]} > {value} + 10%")
    return bad


def test_regressions_checker_fails_on_a_regression() -> None:
    base = {"none/persistent/total": {"bytes_up": 1000, "requests": 2}}
    assert regressions({"none/persistent/total": {"bytes_up": 1100, "requests": 2}}, base) == []
    assert regressions({"none/persistent/total": {"bytes_up": 1101, "requests": 2}}, base)
    assert regressions({"none/persistent/total": {"bytes_up": 900, "requests": 3}}, base)
    assert regressions({}, base)


def test_small_scenario_does_not_regress() -> None:
    result = scenario.run(scenario.SMALL_POSTS, ["none"])
    base = json.loads(scenario.BASELINE.read_text())
    assert regressions(scenario.figures(result), base) == []
