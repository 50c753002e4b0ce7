"""Load test: N concurrent simulated clients doing no-op syncs against ``serve``.

    python benchmarks/server_load.py [--clients 100] [--seconds 10] [--db URL-of-an-empty-db]
        [--workers N] [--loop auto|asyncio|uvloop] [--protocol 1|2]

Starts ``tutorclient-server serve`` as a subprocess on a free loopback port over a
fresh data directory seeded with the demo, signs each client in (its own device
session), brings it up to date, then has every client loop ``POST /v1/sync``
with its cursor for the given time over one keep-alive connection. Prints JSON:
requests/s, p50 and p99 latency in ms, errors and bytes on the wire per sync.

The load generator is plain asyncio sockets speaking HTTP/1.1, so it costs the
machine far less CPU than the server it measures. Traffic only goes to
127.0.0.1 and the run stops by itself after ``--seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from sync.server.admin import Admin  # noqa: E402
from sync.server.settings import Settings  # noqa: E402
from sync.server.testing import free_port  # noqa: E402

PASSWORD = "bench-password"


def prepare(data: Path, db_url: str | None, users: int) -> list[str]:
    """Seed the demo and ``users`` bench accounts (cheap argon2 parameters)."""
    admin = Admin(Settings(data_dir=data, db_url=db_url, argon2_profile="test"))
    admin.init()
    admin.seed_demo()
    names = []
    for i in range(users):
        name = f"bench{i}"
        admin.create_user(name, PASSWORD, "trainee", ["somaliland"])
        names.append(name)
    admin.close()
    return names


def start_server(data: Path, db_url: str | None, port: int,
                 serve_args: list[str] | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "sync.server.cli", "--data", str(data)]
    if db_url:
        cmd += ["--db", db_url]
    cmd += ["serve", "--host", "127.0.0.1", "--port", str(port), *(serve_args or [])]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 204:
                return proc
        except requests.RequestException:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start: " + proc.stderr.read().decode()[-2000:])


def sign_in(base: str, name: str, device: int) -> tuple[str, int]:
    """Log in and pull everything; returns (token, cursor)."""
    s = requests.Session()
    r = s.post(f"{base}/v1/login", json={"username": name, "password": PASSWORD,
                                          "device": f"bench-{device}"})
    r.raise_for_status()
    token = r.json()["token"]
    cursor, more = 0, True
    while more:
        r = s.post(f"{base}/v1/sync", data=json.dumps({"v": 1, "c": cursor}),
                   headers={"Authorization": f"Bearer {token}"})
        r.raise_for_status()
        body = r.json()
        cursor, more = body["c"], body.get("m", False)
    return token, cursor


async def client_loop(port: int, token: str, cursor: int, stop_at: float,
                      latencies: list[float], stats: dict[str, int], version: int = 1) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    body = json.dumps({"v": version, "c": cursor}, separators=(",", ":")).encode()
    request = (f"POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUser-Agent: tc/1\r\n"
               f"Accept-Encoding: zstd, gzip\r\nAuthorization: Bearer {token}\r\n"
               f"Content-Length: {len(body)}\r\n\r\n").encode() + body
    try:
        while time.monotonic() < stop_at:
            t0 = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            payload = await reader.readexactly(length)
            latencies.append(time.perf_counter() - t0)
            stats["bytes"] = len(request) + len(head) + len(payload)
            if not head.startswith(b"HTTP/1.1 200"):
                stats["errors"] += 1
    except (ConnectionError, asyncio.IncompleteReadError):
        stats["errors"] += 1
    finally:
        writer.close()


async def run_load(port: int, sessions: list[tuple[str, int]], seconds: float,
                   version: int = 1) -> dict:
    latencies: list[float] = []
    stats = {"errors": 0, "bytes": 0}
    stop_at = time.monotonic() + seconds
    t0 = time.perf_counter()
    await asyncio.gather(*(client_loop(port, tok, cur, stop_at, latencies, stats, version)
                           for tok, cur in sessions))
    elapsed = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 2)

    return {
        "clients": len(sessions), "seconds": round(elapsed, 2), "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": pct(0.50), "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 2) if latencies else None,
        "errors": stats["errors"], "bytes_per_sync": stats["bytes"],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=100)
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--users", type=int, default=10, help="distinct accounts (clients share them)")
    p.add_argument("--db", help="database URL (default: SQLite in a temporary directory)")
    p.add_argument("--workers", type=int, default=1, help="serve --workers")
    p.add_argument("--loop", default="auto", help="serve --loop")
    p.add_argument("--protocol", type=int, default=1, choices=[1, 2],
                   help="protocol version the clients speak")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tc-bench-") as tmp:
        data = Path(tmp) / "data"
        names = prepare(data, args.db, args.users)
        port = free_port()
        proc = start_server(data, args.db, port,
                            ["--workers", str(args.workers), "--loop", args.loop])
        try:
            base = f"http://127.0.0.1:{port}"
            sessions = [sign_in(base, names[i % len(names)], i) for i in range(args.clients)]
            version = args.protocol
            asyncio.run(run_load(port, sessions, min(2.0, args.seconds), version))  # warm-up
            result = run_load_sync(port, sessions, args.seconds, version)
            result["db"] = "postgresql" if args.db else "sqlite"
            result["cpus"] = os.cpu_count()
            result.update(workers=args.workers, loop=args.loop, protocol=version,
                          # The machine is shared: say how busy it was.
                          load_avg_1m=round(os.getloadavg()[0], 2))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(json.dumps(result))
    return 0


def run_load_sync(port: int, sessions: list[tuple[str, int]], seconds: float,
                  version: int = 1) -> dict:
    return asyncio.run(run_load(port, sessions, seconds, version))


if __name__ == "__main__":
    sys.exit(main())
