"""Wire cost of everyday syncs, measured on the simulated link, headers included.

    python benchmarks/sync_wire.py [--skip-2g]

Starts a demo-seeded server on loopback, puts the network simulator in front
of it and signs real client profiles in. Every figure comes from the
simulator's counters: raw TCP payload each way (request and status lines,
headers and bodies) and HTTP requests. Prints JSON, one entry per scenario
with requests, bytes_up, bytes_down, total, target and pass, and exits 1 if
a target is missed.

Scenarios and the issue's targets:

* ``noop``: a sync with nothing to send or receive: 1 request, <= 600 bytes.
* ``one_post_each_way``: one reply pushed while another user's reply comes
  back: 1 request, <= 1,500 bytes.
* ``initial_text_only``: the first sync of the demo courses, records only:
  <= 1.15x the zstd level-19 size of the same records (see ``baseline``).
* ``initial_text_only_2g``: the same on the ``2g`` profile: time <= 1.3x the
  ideal ``bytes * 8 / 64 kbit/s + round trips * 0.6 s``.

For comparison, the issue quotes Anki: 7 requests and ~3.8 KB to move one
note; 236 KB and 30.5 s for a first sync of 500 1-KB notes on 2G.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
import zstandard  # noqa: E402

from sync import protocol  # noqa: E402
from sync.engine import Options, SyncEngine  # noqa: E402
from sync.netsim import PROFILES, Counters, NetSim  # noqa: E402
from sync.server.admin import Admin  # noqa: E402
from sync.server.settings import Settings  # noqa: E402
from sync.server.testing import run_server  # noqa: E402
from tutorclient import discussions  # noqa: E402
from tutorclient.session import Profile  # noqa: E402

PASSWORDS = {"amina": "demo-amina", "khadra": "demo-khadra"}
TEXT = Options(text_only=True)
BASELINE_LEVEL = 19


@contextmanager
def demo_link(tmp: Path) -> Iterator[NetSim]:
    settings = Settings(data_dir=tmp / "server", argon2_profile="test")
    settings.ensure_dirs()
    admin = Admin(settings)
    admin.init()
    admin.seed_demo()
    admin.close()
    with run_server(settings.data_dir, settings=settings) as url:
        host, port = url.removeprefix("http://").split(":")
        with NetSim((host, int(port)), profile="none", seed=1) as sim:
            yield sim


def client(tmp: Path, sim: NetSim, username: str, device: str) -> Profile:
    # No keyring in a benchmark run: the token file is the documented fallback.
    profile = Profile(tmp / "profiles" / device, token_file=True)
    profile.login(sim.url, username, PASSWORDS[username])
    return profile


@contextmanager
def captured_changes() -> Iterator[list[dict[str, Any]]]:
    """Collect every change the engine receives (to build the baseline)."""
    changes: list[dict[str, Any]] = []
    original = SyncEngine._post_sync

    def post_sync(self: SyncEngine, message: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        answer = original(self, message, **kwargs)
        changes.extend(answer.get("x", []))
        return answer

    SyncEngine._post_sync = post_sync  # type: ignore[method-assign]
    try:
        yield changes
    finally:
        SyncEngine._post_sync = original  # type: ignore[method-assign]


def entry(c: Counters, target: str, ok: bool, **extra: Any) -> dict[str, Any]:
    return {"requests": c.requests, "bytes_up": c.bytes_up, "bytes_down": c.bytes_down,
            "total": c.bytes_up + c.bytes_down, "target": target, "pass": ok, **extra}


def measure(sim: NetSim, fn) -> tuple[Counters, float]:  # type: ignore[no-untyped-def]
    sim.reset_counters()
    started = time.monotonic()
    fn()
    return sim.reset_counters(), time.monotonic() - started


def run(tmp: Path, with_2g: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with demo_link(tmp) as sim:
        a = client(tmp, sim, "amina", "amina")
        b = client(tmp, sim, "khadra", "khadra")
        a.sync(TEXT)
        b.sync(TEXT)

        c, _ = measure(sim, lambda: a.sync(TEXT))
        out["noop"] = entry(c, "1 request, <= 600 bytes", c.requests == 1
                            and c.bytes_up + c.bytes_down <= 600)

        thread = a.store.db.execute(
            "SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]
        discussions.reply(b.store, b.user["id"], thread, "Agree: check the glucose too.")
        b.sync(TEXT)
        discussions.reply(a.store, a.user["id"], thread, "I would start with ABCDE.")
        summary = None

        def push_and_pull() -> None:
            nonlocal summary
            summary = a.sync(TEXT)

        c, _ = measure(sim, push_and_pull)
        assert summary is not None and (summary.pushed, summary.pulled) == (1, 1), summary
        out["one_post_each_way"] = entry(c, "1 request, <= 1500 bytes", c.requests == 1
                                         and c.bytes_up + c.bytes_down <= 1500)

        fresh = client(tmp, sim, "amina", "amina-new-laptop")
        with captured_changes() as changes:
            c, _ = measure(sim, lambda: fresh.sync(TEXT))
        raw = protocol.dumps(changes)
        baseline = len(zstandard.ZstdCompressor(level=BASELINE_LEVEL).compress(raw))
        total = c.bytes_up + c.bytes_down
        out["initial_text_only"] = entry(
            c, "<= 1.15 x baseline", total <= 1.15 * baseline,
            records=len(changes), json_bytes=len(raw), baseline=baseline,
            ratio=round(total / baseline, 3),
            baseline_is=f"the changes received (one JSON array of {len(changes)} records, "
            f"compact, as on the wire) compressed with zstd level {BASELINE_LEVEL}, no headers")

        if with_2g:
            sim.set_profile("2g")
            slow = client(tmp, sim, "amina", "amina-on-2g")
            c, seconds = measure(sim, lambda: slow.sync(TEXT))
            profile = PROFILES["2g"]
            rate = profile.down_bps or 1.0
            round_trips = c.requests + c.connections  # each new connection: one handshake RTT
            ideal = (c.bytes_up + c.bytes_down) / rate + round_trips * profile.rtt_s
            out["initial_text_only_2g"] = entry(
                c, "time <= 1.3 x ideal", seconds <= 1.3 * ideal, seconds=round(seconds, 2),
                ideal_seconds=round(ideal, 2), ratio=round(seconds / ideal, 3),
                round_trips=round_trips,
                ideal_is="(bytes_up + bytes_down) * 8 / 64 kbit/s + (requests + new "
                "connections) * 0.6 s RTT")
            sim.set_profile("none")
        for p in (a, b, fresh):
            p.close()
    out["anki_for_comparison"] = {"one_note": {"requests": 7, "total": 3800},
                                  "first_sync_500_notes_2g": {"total": 236_000, "seconds": 30.5}}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-2g", action="store_true", help="skip the timed 2G run (~10 s)")
    args = parser.parse_args(argv)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with tempfile.TemporaryDirectory(prefix="tc-wire-") as tmp:
        results = run(Path(tmp), with_2g=not args.skip_2g)
    print(json.dumps(results, indent=2))
    return 0 if all(r.get("pass", True) for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
