"""Crash trials: SIGKILL ``tutorclient sync`` or the server at random points, check nothing is lost.

    python benchmarks/crash_trials.py [--trials 100] [--server-trials 24] [--seed 1]

Runs the trial loops of ``tests/e2e/test_crash.py`` (``tests/e2e/crashkit.py``)
against fresh seeded servers on loopback behind the network simulator:

- client trials kill the CLI sync at stratified times over a whole sync;
- server trials run the server as its own process and SIGKILL it just before
  a push's transaction commits, just after, before a pull page (crash points,
  ``sync/server/crashpoints.py``) or at a seeded time; a watcher restarts it,
  the client retries, then everything is checked (ops and posts exactly once,
  op/post counts, ``PRAGMA integrity_check`` on the server and client files).

Prints JSON: trials, kills by stage, failures (must be 0); for the server
trials lost, duplicated, integrity failures and kill points hit; seconds.
Exits 1 if any trial failed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "e2e")]
# No keyring here: profiles keep their token in a private file, as on headless Linux.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import crashkit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100, help="client kills")
    parser.add_argument("--server-trials", type=int, default=24, help="server kills")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    out: dict = {"seed": args.seed}
    if args.trials:
        started = time.monotonic()
        with _world(args.seed, server_process=False) as world:
            results, extra = crashkit.run_trials(world, args.trials, seed=args.seed)
        out["client"] = crashkit.report(results) | extra | {
            "seconds": round(time.monotonic() - started, 1)}
    if args.server_trials:
        started = time.monotonic()
        with _world(args.seed, server_process=True) as world:
            server_results, extra = crashkit.run_server_trials(world, args.server_trials,
                                                               seed=args.seed)
        out["server"] = crashkit.server_report(server_results) | extra | {
            "seconds": round(time.monotonic() - started, 1)}
    print(json.dumps(out, indent=2))
    return 1 if any(part["failures"] for part in (out.get("client"), out.get("server"))
                    if part) else 0


@contextmanager
def _world(seed: int, server_process: bool) -> Iterator[crashkit.World]:
    with tempfile.TemporaryDirectory(prefix="tc-crash-") as tmp:
        root = Path(tmp)
        home = root / "home"
        for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                         ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
            (home / sub).mkdir(parents=True)
            os.environ[var] = str(home / sub)
        os.environ["TUTORCLIENT_HOME"] = str(home)
        with crashkit.crash_world(root, seed=seed, server_process=server_process) as world:
            yield world


if __name__ == "__main__":
    raise SystemExit(main())
