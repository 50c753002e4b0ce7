"""Crash trials: SIGKILL ``tutorclient sync`` at random points, restart, check nothing is lost.

    python benchmarks/crash_trials.py [--trials 100] [--seed 1]

Runs the trial loop of ``tests/e2e/test_crash.py`` (``tests/e2e/crashkit.py``)
against a fresh seeded server on loopback behind the network simulator, and
prints JSON: trials, kills by stage, failures (must be 0) and seconds. Exits
1 if any trial failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "e2e")]
# No keyring here: profiles keep their token in a private file, as on headless Linux.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import crashkit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="tc-crash-") as tmp:
        root = Path(tmp)
        home = root / "home"
        for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                         ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
            (home / sub).mkdir(parents=True)
            os.environ[var] = str(home / sub)
        os.environ["TUTORCLIENT_HOME"] = str(home)
        with crashkit.crash_world(root, seed=args.seed) as world:
            results, extra = crashkit.run_trials(world, args.trials, seed=args.seed)
    out = crashkit.report(results) | extra | {"seed": args.seed,
                                              "seconds": round(time.monotonic() - started, 1)}
    print(json.dumps(out, indent=2))
    return 1 if out["failures"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
