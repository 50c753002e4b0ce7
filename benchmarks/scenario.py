"""The seven-step scenario of issue 13, measured against its physical limit.

    python benchmarks/scenario.py [--small] [--profiles none,2g] [--posts N]

Steps (two devices of two trainees in one partnership, one course discussion):

1. ``a_login``: A signs in.
2. ``a_push``: A holds 500 posts of about 1 KB and syncs.
3. ``b_login``: B signs in.
4. ``b_initial``: B, fresh, syncs and receives them all.
5. ``a_noop``: A syncs with nothing new, twice.
6. ``b_post``: B adds one post of about 300 B and syncs.
7. ``a_receive``: A syncs and receives it.

Every figure comes from the network simulator (``sync.netsim``): bytes each way
as raw TCP payload (HTTP heads included), HTTP requests and TCP connections.
Seconds are wall-clock per step, so only the ``2g`` figures (64 kbit/s each
way, 600 ms round trip) mean much.

The run is done twice per link profile: ``persistent`` keeps each client's
profile (and its HTTP connection) open between its steps, as Anki's clients do;
``per_process`` opens the profile afresh for every step, as ``tutorclient
sync`` run from cron does (a new process has no connection to reuse).

**The physical limit** of each step, computed in the same run: the post texts
the step must move (the words people wrote), compressed together with zstd
level 19, and one round trip per exchange no protocol can avoid (each sign-in
and each sync is one question and one answer); its time on ``2g`` is
``bytes * 8 / 64 kbit/s + round trips * 0.6 s``. Headers, ids, versions and
timestamps are all overhead against it.

Prints JSON: per mode and profile, per step ``bytes_up``, ``bytes_down``,
``requests``, ``connections``, ``seconds`` and the ratio to the limit; and the
totals. ``--small`` (120 posts, unshaped only) is what CI runs
(tests/sync/test_scenario_bench.py) against ``benchmarks/scenario_baseline.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
import zstandard  # noqa: E402

from benchmarks._vocab import sentence  # noqa: E402
from sync.netsim import PROFILES, Counters, NetSim  # noqa: E402
from sync.server.admin import Admin  # noqa: E402
from sync.server.settings import Settings  # noqa: E402
from sync.server.testing import run_server  # noqa: E402
from tutorclient import discussions  # noqa: E402
from tutorclient.session import Profile  # noqa: E402

PASSWORD = "scenario-pass"
LIMIT_LEVEL = 19
STEPS = ("a_login", "a_push", "b_login", "b_initial", "a_noop", "b_post", "a_receive")
#: Exchanges no protocol avoids: one per sign-in and per sync (a_noop is two syncs).
UNAVOIDABLE_RTTS = {"a_login": 1, "a_push": 1, "b_login": 1, "b_initial": 1, "a_noop": 2,
                    "b_post": 1, "a_receive": 1}
MODES = ("persistent", "per_process")
#: Posts of the CI variant: more than the 100 ops version 1 sends per request.
SMALL_POSTS = 120
BASELINE = Path(__file__).with_name("scenario_baseline.json")


def post_text(rng: random.Random, size: int) -> str:
    """Clinical-teaching prose of about ``size`` bytes (deterministic for a seed)."""
    words: list[str] = []
    length = 0
    while length < size:
        s = sentence(rng)
        words.append(s)
        length += len(s) + 1
    return " ".join(words)[:size].rstrip() + "."


def texts(posts: int, seed: int = 13) -> tuple[list[str], str]:
    rng = random.Random(seed)
    return [post_text(rng, 1000) for _ in range(posts)], post_text(rng, 300)


def limit_bytes(pieces: list[str]) -> int:
    """zstd -19 of the texts a step must move, as one stream; 0 when nothing must."""
    if not pieces:
        return 0
    raw = "\n".join(pieces).encode("utf-8")
    return len(zstandard.ZstdCompressor(level=LIMIT_LEVEL).compress(raw))


@dataclass
class World:
    """A server behind the simulator, with two trainees and one discussion."""

    sim: NetSim
    tmp: Path
    thread_id: str


@contextmanager
def world(tmp: Path, profile: str) -> Iterator[World]:
    settings = Settings(data_dir=tmp / "server", argon2_profile="test")
    settings.ensure_dirs()
    admin = Admin(settings)
    admin.init()
    pid = admin.ensure_partnership("clinic", "Clinic")
    a_id = admin.create_user("a", PASSWORD, "trainee", ["clinic"])
    admin.create_user("b", PASSWORD, "trainee", ["clinic"])
    course = "c0000000-0000-4000-8000-000000000001"
    thread = "c0000000-0000-4000-8000-000000000002"
    admin.put_record("courses", course, {"slug": "obs", "title": "Obstetrics", "summary": None,
                                         "language": "en", "partnerships": [pid],
                                         "position": 1})
    admin.put_record("threads", thread, {"kind": "course", "case_id": None, "course_id": course,
                                         "partnership_id": pid, "title": "Questions",
                                         "created_by": a_id,
                                         "created_at": "2025-03-01T09:00:00Z"})
    admin.close()
    with run_server(settings.data_dir, settings=settings) as url:
        host, port = url.removeprefix("http://").split(":")
        with NetSim((host, int(port)), profile=profile, seed=1) as sim:
            yield World(sim, tmp, thread)


class Clients:
    """A's and B's profiles, kept open (persistent) or opened per step (per process)."""

    def __init__(self, w: World, persistent: bool) -> None:
        self.w, self.persistent = w, persistent
        self._open: dict[str, Profile] = {}

    @contextmanager
    def profile(self, name: str) -> Iterator[Profile]:
        if self.persistent and name in self._open:
            yield self._open[name]
            return
        p = Profile(self.w.tmp / "profiles" / name, token_file=True)
        try:
            yield p
        finally:
            if self.persistent:
                self._open[name] = p
            else:
                p.close()

    def close(self) -> None:
        for p in self._open.values():
            p.close()


def _measure(sim: NetSim, fn: Callable[[], Any]) -> tuple[Counters, float]:
    sim.reset_counters()
    started = time.monotonic()
    fn()
    return sim.reset_counters(), time.monotonic() - started


def run_steps(w: World, persistent: bool, bodies: list[str], short: str) -> dict[str, Any]:
    """The seven steps once; returns per-step counters and seconds."""
    clients = Clients(w, persistent)
    sim = w.sim
    out: dict[str, Any] = {}

    def login(name: str) -> None:
        with clients.profile(name) as p:
            p.login(sim.url, name, PASSWORD)

    def sync(name: str, expect_pushed: int = 0, expect_pulled: int | None = None) -> None:
        with clients.profile(name) as p:
            s = p.sync()
            assert s.pushed == expect_pushed, (name, s)
            assert expect_pulled is None or s.pulled == expect_pulled, (name, s)

    def record(step: str, c: Counters, seconds: float) -> None:
        out[step] = {"bytes_up": c.bytes_up, "bytes_down": c.bytes_down,
                     "requests": c.requests, "connections": c.connections,
                     "seconds": round(seconds, 3)}

    record("a_login", *_measure(sim, lambda: login("a")))
    with clients.profile("a") as a:  # writing the posts is local work, not measured
        user = a.user["id"]  # type: ignore[index]
        for body in bodies:
            discussions.reply(a.store, user, w.thread_id, body)
    record("a_push", *_measure(sim, lambda: sync("a", expect_pushed=len(bodies))))
    record("b_login", *_measure(sim, lambda: login("b")))
    record("b_initial", *_measure(sim, lambda: sync("b", expect_pulled=None)))
    with clients.profile("b") as b:
        got = b.store.db.execute("SELECT count(*) FROM posts").fetchone()[0]
        assert got == len(bodies), f"B received {got} of {len(bodies)} posts"
    c1, s1 = _measure(sim, lambda: sync("a", expect_pulled=0))
    c2, s2 = _measure(sim, lambda: sync("a", expect_pulled=0))
    record("a_noop", Counters(**{k: getattr(c1, k) + getattr(c2, k)
                                 for k in c1.as_dict()}), s1 + s2)
    with clients.profile("b") as b:
        discussions.reply(b.store, b.user["id"], w.thread_id, short)  # type: ignore[index]
    record("b_post", *_measure(sim, lambda: sync("b", expect_pushed=1)))
    record("a_receive", *_measure(sim, lambda: sync("a", expect_pulled=1)))
    clients.close()
    return out


def with_limits(steps: dict[str, Any], limits: dict[str, int], profile: str) -> dict[str, Any]:
    """Add the limit and the ratios to each step, and the totals."""
    link = PROFILES[profile]
    rate = link.down_bps or PROFILES["2g"].down_bps or 1.0
    rtt = link.rtt_s or PROFILES["2g"].rtt_s
    total: dict[str, Any] = dict.fromkeys(("bytes_up", "bytes_down", "requests", "connections",
                                           "seconds"), 0)
    total_limit = 0
    total_limit_s = 0.0
    for step in STEPS:
        s = steps[step]
        lb = limits[step]
        ls = lb / rate + UNAVOIDABLE_RTTS[step] * rtt
        wire = s["bytes_up"] + s["bytes_down"]
        s.update(bytes=wire, limit_bytes=lb, limit_seconds_2g=round(ls, 3),
                 bytes_ratio=round(wire / lb, 3) if lb else None)
        if link.rtt_s:
            s["seconds_ratio"] = round(s["seconds"] / ls, 3)
        for k in total:
            total[k] += s[k]
        total_limit += lb
        total_limit_s += ls
    total["seconds"] = round(total["seconds"], 3)
    wire = total["bytes_up"] + total["bytes_down"]
    total.update(bytes=wire, limit_bytes=total_limit, limit_seconds_2g=round(total_limit_s, 3),
                 bytes_ratio=round(wire / total_limit, 3))
    if link.rtt_s:
        total["seconds_ratio"] = round(total["seconds"] / total_limit_s, 3)
    return {"steps": steps, "total": total}


def run(posts: int, profiles: list[str], modes: list[str] = list(MODES)) -> dict[str, Any]:
    bodies, short = texts(posts)
    limits = {"a_login": 0, "a_push": limit_bytes(bodies), "b_login": 0,
              "b_initial": limit_bytes(bodies), "a_noop": 0, "b_post": limit_bytes([short]),
              "a_receive": limit_bytes([short])}
    out: dict[str, Any] = {"posts": posts, "post_bytes": sum(map(len, bodies)) // max(1, posts),
                           "short_post_bytes": len(short), "limit_is": (
                               f"zstd -{LIMIT_LEVEL} of the post texts each step moves, and "
                               "1 round trip per sign-in and per sync"), "runs": {}}
    for profile in profiles:
        for mode in modes:
            with tempfile.TemporaryDirectory(prefix="tc-scenario-") as tmp:
                with world(Path(tmp), profile) as w:
                    steps = run_steps(w, mode == "persistent", bodies, short)
            out["runs"][f"{profile}/{mode}"] = with_limits(steps, limits, profile)
    return out


def figures(result: dict[str, Any]) -> dict[str, dict[str, int]]:
    """The figures CI compares with the baseline: bytes and requests, never time."""
    flat: dict[str, dict[str, int]] = {}
    for run_name, r in result["runs"].items():
        for step, s in [*r["steps"].items(), ("total", r["total"])]:
            flat[f"{run_name}/{step}"] = {"bytes_up": s["bytes_up"], "bytes_down": s["bytes_down"],
                                          "requests": s["requests"],
                                          "connections": s["connections"]}
    return flat


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true",
                        help=f"{SMALL_POSTS} posts, unshaped only (what CI runs)")
    parser.add_argument("--posts", type=int, help="posts A pushes (default 500)")
    parser.add_argument("--profiles", help="link profiles, comma-separated (default none,2g)")
    parser.add_argument("--write-baseline", type=Path,
                        help="also write the figures CI compares to this JSON file")
    args = parser.parse_args(argv)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    posts = args.posts or (SMALL_POSTS if args.small else 500)
    profiles = (args.profiles or ("none" if args.small else "none,2g")).split(",")
    result = run(posts, profiles)
    print(json.dumps(result, indent=2))
    if args.write_baseline:
        args.write_baseline.write_text(json.dumps(figures(result), indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
