"""A course of small images reaching a fresh client, against its physical limit (issue 13).

    python benchmarks/blobs.py [--images 200] [--kb 20] [--profiles 2g,drops] [--no-batch]

The server holds ``--images`` images of ``--kb`` KB (random bytes: nothing
compresses them) attached to a course the client follows. A text-only sync
brings the records first; the measured pass is the next one: one no-op
exchange, then the blob stage. Figures come from the network simulator.

Profiles: ``2g`` (64 kbit/s, 600 ms), ``none`` (unshaped), and ``drops``:
``flaky``'s link at 4 MB/s with every connection cut after 64 KiB down (the
bytes and drops do not depend on the rate; 2g would only make it slow).

**The limit**: the image bytes at the link's rate, plus one round trip per
request no client avoids (the sync exchange, one blob request) and one for
the TCP handshake of the pass's connection. ``extra_bytes`` is everything
that crossed the link, both ways, over the image bytes.

``--no-batch`` makes the client fetch one ``GET`` per image, as before
batches (and as against a server without ``POST /v1/blobs/batch``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402

from sync.engine import Options  # noqa: E402
from sync.netsim import PROFILES, NetSim  # noqa: E402
from sync.server.admin import Admin  # noqa: E402
from sync.server.settings import Settings  # noqa: E402
from sync.server.testing import run_server  # noqa: E402
from tutorclient.session import Profile  # noqa: E402

PASSWORD = "blobs-pass"
UNAVOIDABLE_RTTS = 3  # the exchange, one blob request, the connection's handshake
CUT = 64 * 1024
DROPS = {"down_bps": 4_000_000.0, "up_bps": 4_000_000.0, "rtt_s": 0.02, "drop_rate_per_kb": 0.0}


def _world(tmp: Path, images: int, size: int) -> Settings:
    settings = Settings(data_dir=tmp / "server", argon2_profile="test")
    settings.ensure_dirs()
    admin = Admin(settings)
    admin.init()
    pid = admin.ensure_partnership("clinic", "Clinic")
    admin.create_user("a", PASSWORD, "trainee", ["clinic"])
    course = str(uuid.uuid4())
    admin.put_record("courses", course, {"slug": "obs", "title": "Obstetrics", "summary": None,
                                         "language": "en", "partnerships": [pid],
                                         "position": 1})
    for k in range(images):
        sha = admin.add_blob(os.urandom(size))
        admin.put_record("attachments", str(uuid.uuid4()), {
            "course_id": course, "owner_kind": "courses", "owner_id": course, "sha256": sha,
            "filename": f"fig{k}.jpg", "mime": "image/jpeg", "size": size, "role": "image"})
    admin.close()
    return settings


def run_one(profile: str, images: int, size: int, batch: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="tc-blobs-") as name:
        tmp = Path(name)
        settings = _world(tmp, images, size)
        with run_server(settings.data_dir, settings=settings) as url:
            host, port = url.removeprefix("http://").split(":")
            with NetSim((host, int(port)), profile="none", seed=1) as sim:
                client = Profile(tmp / "profile", token_file=True)
                try:
                    client.login(sim.url, "a", PASSWORD)
                    client.sync(Options(text_only=True))
                    if profile == "drops":
                        sim.set_profile("flaky", **DROPS)
                        sim.set_drop_after(CUT, direction="down")
                    else:
                        sim.set_profile(profile)
                    sim.reset_counters()
                    started = time.monotonic()
                    summary = client.sync(engine_ready=lambda e: setattr(e, "batches", batch))
                    seconds = time.monotonic() - started
                    c = sim.reset_counters()
                finally:
                    client.close()
    assert summary.blobs_down == images, summary
    link = PROFILES["2g"] if profile == "drops" else PROFILES[profile]
    total = images * size
    limit = total / link.down_bps + UNAVOIDABLE_RTTS * link.rtt_s if link.down_bps else None
    wire = c.bytes_up + c.bytes_down
    out = {"profile": profile, "batch": batch, "images": images, "image_bytes": total,
           "requests": c.requests, "blob_requests": c.requests - 1,
           "connections": c.connections, "drops": c.drops, "bytes_up": c.bytes_up,
           "bytes_down": c.bytes_down, "extra_bytes_ratio": round(wire / total - 1, 4),
           "seconds": round(seconds, 2)}
    if limit and profile != "drops":
        out.update(limit_seconds=round(limit, 2), seconds_ratio=round(seconds / limit, 4))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=200, help="images in the course")
    parser.add_argument("--kb", type=int, default=20, help="size of each image, KB (1000 B)")
    parser.add_argument("--profiles", default="2g,drops", help="none, 2g and/or drops")
    parser.add_argument("--no-batch", action="store_true", help="one GET per image")
    args = parser.parse_args(argv)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    runs = [run_one(p, args.images, args.kb * 1000, not args.no_batch)
            for p in args.profiles.split(",")]
    print(json.dumps({"limit_is": "image bytes at the link's rate + 3 round trips "
                      "(exchange, one blob request, handshake)", "runs": runs}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
