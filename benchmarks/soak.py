"""Soak: 100 concurrent clients for 10 minutes against two workers on PostgreSQL and S3.

    python benchmarks/soak.py [--minutes 10] [--clients 100] [--workers 2]

Starts a throwaway PostgreSQL cluster, a moto S3 server on loopback and
``tutorclient-server serve --workers 2`` over them, seeded with the demo and
whose course pictures and PDFs the bench accounts may read. Each client then loops over
one keep-alive connection: mostly no-op syncs, some syncs carrying one new
note, some blob downloads (half of them ranged), with a short think time.

At the end it checks what the clients were told against the database: every
note a client saw acknowledged is stored once (0 lost), no note is stored
twice (0 duplicated), and the server's op log holds exactly the acknowledged
ops. It prints one JSON line: requests by kind, errors, lost and duplicated
records, syncs/s, p99 per kind, and the workers' resident memory (RSS) after
the warm-up and at the end. A benchmark, not a test: it needs the machine
for ``--minutes``.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sqlalchemy import func, select  # noqa: E402

from server_load import (  # noqa: E402
    Session, note_op, prepare, process_tree, read_response, sign_in, start_server, stop,
    sync_request,
)
from sync.server import schema as t  # noqa: E402
from sync.server.admin import Admin  # noqa: E402
from sync.server.settings import Settings  # noqa: E402
from sync.server.testing import free_port  # noqa: E402
from sync.server.testing_backends import moto_s3, pg_cluster  # noqa: E402

#: Share of each kind of request (the rest are no-op syncs).
POST_SHARE, BLOB_SHARE = 0.2, 0.1


def worker_rss(pid: int) -> dict[int, int]:
    """Resident memory in KiB of each child of ``pid`` (the uvicorn workers)."""
    out = {}
    for entry, fields in process_tree(pid):
        if int(fields[1]) != pid:
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                out[int(entry.name)] = int(line.split()[1])
    return out


def readable_blobs(settings: Settings, base: str, token: str) -> list[tuple[str, int]]:
    """The demo's blobs a bench trainee may download (course pictures and PDFs)."""
    import requests

    admin = Admin(settings)
    try:
        with admin.db.read() as conn:
            rows = conn.execute(select(t.blobs.c.sha256, t.blobs.c.size)).all()
    finally:
        admin.close()
    return [(r.sha256, int(r.size)) for r in rows if requests.head(
        f"{base}/v1/blobs/{r.sha256}", headers={"Authorization": f"Bearer {token}"},
        timeout=10).status_code == 200]


class Tally:
    """What the clients saw: latencies by kind, errors, acknowledged note ids."""

    def __init__(self) -> None:
        self.latency: dict[str, list[float]] = {"noop": [], "post": [], "blob": []}
        self.errors: list[str] = []
        self.acked: list[str] = []


async def client(port: int, session: Session, blobs: list[tuple[str, int]], stop_at: float,
                 tally: Tally, rng: random.Random) -> None:
    token, cursor, user_id, lesson = session
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.monotonic() < stop_at:
            roll = rng.random()
            t0 = time.perf_counter()
            if roll < POST_SHARE:
                kind, op = "post", note_op(user_id, lesson)
                writer.write(sync_request(port, token, {"v": 1, "c": cursor, "o": [op]}, False))
            elif roll < POST_SHARE + BLOB_SHARE:
                kind, (sha, size) = "blob", rng.choice(blobs)
                start = rng.randrange(size) if rng.random() < 0.5 else 0
                writer.write((f"GET /v1/blobs/{sha} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                              f"Authorization: Bearer {token}\r\nRange: bytes={start}-\r\n"
                              "\r\n").encode())
            else:
                kind = "noop"
                writer.write(sync_request(port, token, {"v": 1, "c": cursor}, False))
            head, body = await read_response(reader)
            tally.latency[kind].append(time.perf_counter() - t0)
            status = head.split(b" ", 2)[1]
            if kind == "blob":
                if status not in (b"200", b"206") or len(body) != size - start:
                    tally.errors.append(f"blob {status!r} {len(body)}")
                elif start == 0 and hashlib.sha256(body).hexdigest() != sha:
                    tally.errors.append("blob bytes differ")
            elif status != b"200":
                tally.errors.append(f"{kind} {status!r} {body[:200]!r}")
            else:
                answer = json.loads(body)
                cursor = answer["c"]
                if kind == "post":
                    if answer["r"][0].get("s") != "ok":
                        tally.errors.append(f"post refused: {answer['r'][0]}")
                    else:
                        tally.acked.append(op["i"])
            await asyncio.sleep(rng.uniform(0.05, 0.25))  # a person's pace, roughly
    except (ConnectionError, asyncio.IncompleteReadError) as exc:
        tally.errors.append(f"connection: {exc!r}")
    finally:
        writer.close()


async def run(port: int, sessions: list[Session], blobs: list[tuple[str, int]],
              seconds: float) -> Tally:
    tally = Tally()
    stop_at = time.monotonic() + seconds
    await asyncio.gather(*(client(port, s, blobs, stop_at, tally, random.Random(i))
                           for i, s in enumerate(sessions)))
    return tally


def check_records(settings: Settings, acked: list[str]) -> dict[str, int]:
    """Acknowledged notes missing from the database, stored twice, or never acknowledged."""
    admin = Admin(settings)
    try:
        with admin.db.read() as conn:
            rows = conn.execute(select(t.records.c.id, func.count()).where(
                t.records.c.kind == "notes").group_by(t.records.c.id)).all()
    finally:
        admin.close()
    stored = {row[0]: row[1] for row in rows}
    return {"acked": len(acked), "stored": len(stored),
            "lost": sum(1 for rid in acked if rid not in stored),
            "duplicated": sum(1 for n in stored.values() if n > 1)
            + (len(acked) - len(set(acked))),
            "unacknowledged_stored": len(set(stored) - set(acked))}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--clients", type=int, default=100)
    p.add_argument("--users", type=int, default=20)
    p.add_argument("--workers", type=int, default=2)
    args = p.parse_args(argv)
    with pg_cluster(max_connections=300) as pg, moto_s3() as s3, \
            tempfile.TemporaryDirectory(prefix="tc-soak-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", db_url=pg.create_db("soak"),
                            blobs=s3.new_bucket("soak"), s3_endpoint=s3.endpoint,
                            argon2_profile="test")
        names = prepare(settings.data_dir, settings.db_url, args.users, settings.blobs,
                        s3.endpoint)
        port = free_port()
        proc = start_server(settings.data_dir, settings.db_url, port,
                            ["--workers", str(args.workers)], settings.blobs, s3.endpoint)
        try:
            base = f"http://127.0.0.1:{port}"
            sessions = [sign_in(base, names[i % len(names)], f"soak-{i}")
                        for i in range(args.clients)]
            blobs = readable_blobs(settings, base, sessions[0][0])
            if not blobs:
                raise RuntimeError("no demo blob is readable by the bench accounts")
            warm = asyncio.run(run(port, sessions, blobs, 20))
            rss_start = worker_rss(proc.pid)
            t0 = time.perf_counter()
            tally = asyncio.run(run(port, sessions, blobs, args.minutes * 60))
            elapsed = time.perf_counter() - t0
            rss_end = worker_rss(proc.pid)
        finally:
            stop(proc)
        records = check_records(settings, warm.acked + tally.acked)

    def p99(xs: list[float]) -> float | None:
        xs = sorted(xs)
        return round(xs[min(len(xs) - 1, int(0.99 * len(xs)))] * 1000, 1) if xs else None

    total = sum(len(v) for v in tally.latency.values())
    print(json.dumps({
        "minutes": args.minutes, "clients": args.clients, "workers": args.workers,
        "requests": {k: len(v) for k, v in tally.latency.items()},
        "requests_per_s": round(total / elapsed, 1),
        "p99_ms": {k: p99(v) for k, v in tally.latency.items()},
        "errors": len(tally.errors) + len(warm.errors),
        "first_errors": (warm.errors + tally.errors)[:5], **records,
        "rss_kib_start": sorted(rss_start.values()), "rss_kib_end": sorted(rss_end.values()),
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
