"""Load test: N concurrent simulated clients doing no-op and one-post syncs against ``serve``.

    python benchmarks/server_load.py [--clients 100] [--seconds 10]
        [--db URL-of-an-empty-db | --db postgresql] [--blobs fs|s3] [--workers 1,2]
        [--loop auto|asyncio|uvloop] [--protocol 1|2] [--mode noop,post]

Starts ``tutorclient-server serve`` as a subprocess on a free loopback port over a
fresh data directory seeded with the demo, signs each client in (its own device
session), brings it up to date, then has every client loop ``POST /v1/sync`` for
the given time over one keep-alive connection. A *no-op* sync carries nothing and
finds nothing new; a *one-post* sync carries one new note and pulls what else came.
Prints one JSON line per worker count: syncs/s, p50 and p99 latency in ms, errors
and bytes on the wire per sync, for each mode; with several worker counts
(``--workers 1,2``), then the ratio of the last to the first.

``--db postgresql`` starts a throwaway PostgreSQL cluster and ``--blobs s3`` a moto
S3 server on loopback (sync/server/testing_backends.py). Each line also gives the
CPU seconds the server processes and the load generator used: on a small machine
they share the cores, so ``syncs_per_server_cpu_s`` shows how the server scales
apart from the generator. ``--generator-cpu N`` pins the generator to CPU N and
the server to the others (``taskset``-style affinity), so they do not trade cores.

The load generator is plain asyncio sockets speaking HTTP/1.1, so it costs the
machine far less CPU than the server it measures. Traffic only goes to
127.0.0.1 and the run stops by itself after ``--seconds``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from sync.protocol import new_record_id  # noqa: E402
from sync.server.admin import Admin  # noqa: E402
from sync.server.settings import Settings  # noqa: E402
from sync.server.testing import free_port  # noqa: E402

PASSWORD = "bench-password"
#: A signed-in client: token, cursor, user id, a lesson its notes hang on.
Session = tuple[str, int, str, str]


def prepare(data: Path, db_url: str | None, users: int, blobs: str = "",
            s3_endpoint: str | None = None) -> list[str]:
    """Seed the demo and ``users`` bench accounts (cheap argon2 parameters)."""
    admin = Admin(Settings(data_dir=data, db_url=db_url, argon2_profile="test", blobs=blobs,
                           s3_endpoint=s3_endpoint))
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
                 serve_args: list[str] | None = None, blobs: str = "",
                 s3_endpoint: str | None = None,
                 cpus: set[int] | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "sync.server.cli", "--data", str(data)]
    if db_url:
        cmd += ["--db", db_url]
    if blobs:
        cmd += ["--blobs", blobs, "--s3-endpoint", s3_endpoint or ""]
    cmd += ["serve", "--host", "127.0.0.1", "--port", str(port), *(serve_args or [])]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=(lambda: os.sched_setaffinity(0, cpus)) if cpus else None)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if requests.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 204:
                return proc
        except requests.RequestException:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start: " + proc.stderr.read().decode()[-2000:])


def stop(proc: subprocess.Popen) -> None:
    """Stop a server started by :func:`start_server` (its workers go with it)."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def sign_in(base: str, name: str, device: int | str) -> Session:
    """Log in and pull everything; returns (token, cursor, user id, a lesson id)."""
    s = requests.Session()
    r = s.post(f"{base}/v1/login", json={"username": name, "password": PASSWORD,
                                          "device": f"bench-{device}"})
    r.raise_for_status()
    token, user_id = r.json()["token"], r.json()["user"]["id"]
    cursor, more, lesson = 0, True, ""
    while more:
        r = s.post(f"{base}/v1/sync", data=json.dumps({"v": 1, "c": cursor}),
                   headers={"Authorization": f"Bearer {token}"})
        r.raise_for_status()
        body = r.json()
        cursor, more = body["c"], body.get("m", False)
        lesson = lesson or next((x["i"] for x in body.get("x", []) if x["k"] == "lessons"), "")
    return token, cursor, user_id, lesson


def note_op(user_id: str, lesson: str) -> dict:
    """One new note: a fresh op UUID and record id."""
    return {"u": str(uuid.uuid4()), "k": "notes", "i": new_record_id(user_id), "b": None,
            "a": "put", "d": {"user_id": user_id, "lesson_id": lesson, "body": "bench note"}}


def sync_request(port: int, token: str, body: dict, compressed: bool = True) -> bytes:
    """The bytes of one ``POST /v1/sync`` (an answer the generator reads must stay plain)."""
    raw = json.dumps(body, separators=(",", ":")).encode()
    coding = "Accept-Encoding: zstd, gzip\r\n" if compressed else ""
    return (f"POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUser-Agent: tc/1\r\n"
            f"{coding}Authorization: Bearer {token}\r\n"
            f"Content-Length: {len(raw)}\r\n\r\n").encode() + raw


async def read_response(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """Head and body of one HTTP/1.1 answer with a Content-Length."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return head, await reader.readexactly(length)


async def client_loop(port: int, session: Session, stop_at: float, latencies: list[float],
                      stats: dict[str, int], version: int = 1, mode: str = "noop") -> None:
    token, cursor, user_id, lesson = session
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = sync_request(port, token, {"v": version, "c": cursor})
    try:
        while time.monotonic() < stop_at:
            t0 = time.perf_counter()
            if mode == "post":
                request = sync_request(port, token, {"v": version, "c": cursor,
                                                     "o": [note_op(user_id, lesson)]}, False)
            writer.write(request)
            head, payload = await read_response(reader)
            latencies.append(time.perf_counter() - t0)
            stats["bytes"] = len(request) + len(head) + len(payload)
            if not head.startswith(b"HTTP/1.1 200"):
                stats["errors"] += 1
            elif mode == "post":
                answer = json.loads(payload)
                cursor = answer["c"]
                stats["posted"] += len(answer.get("r", []))
    except (ConnectionError, asyncio.IncompleteReadError):
        stats["errors"] += 1
    finally:
        writer.close()


async def run_load(port: int, sessions: list[Session], seconds: float,
                   version: int = 1, mode: str = "noop") -> dict:
    latencies: list[float] = []
    stats = {"errors": 0, "bytes": 0, "posted": 0}
    stop_at = time.monotonic() + seconds
    t0 = time.perf_counter()
    await asyncio.gather(*(client_loop(port, s, stop_at, latencies, stats, version, mode)
                           for s in sessions))
    elapsed = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000, 2)

    out = {
        "clients": len(sessions), "seconds": round(elapsed, 2), "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": pct(0.50), "p99_ms": pct(0.99),
        "mean_ms": round(statistics.fmean(latencies) * 1000, 2) if latencies else None,
        "errors": stats["errors"], "bytes_per_sync": stats["bytes"],
    }
    if mode == "post":
        out["posted"] = stats["posted"]
    return out


def process_tree(pid: int) -> Iterator[tuple[Path, list[str]]]:
    """``/proc/<n>`` and the ``stat`` fields (after the name) of ``pid`` and its children."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:
            yield entry, fields


def process_tree_cpu(pid: int) -> float:
    """CPU seconds used so far by ``pid`` and its children (the uvicorn workers)."""
    tick = os.sysconf("SC_CLK_TCK")
    return sum((int(f[11]) + int(f[12])) / tick for _, f in process_tree(pid))


@contextlib.contextmanager
def backends(db: str | None, blobs: str) -> Iterator[tuple[object, str, str | None]]:
    """(a fresh-database factory, blobs setting, S3 endpoint): PostgreSQL and moto on demand."""
    from sync.server.testing_backends import moto_s3, pg_cluster

    with contextlib.ExitStack() as stack:
        if db == "postgresql":
            cluster = stack.enter_context(pg_cluster(max_connections=300))
            fresh = lambda: cluster.create_db("bench")  # noqa: E731
        else:
            fresh = lambda: db  # noqa: E731 - a URL given: the caller emptied it
        store, endpoint = "", None
        if blobs == "s3":
            s3 = stack.enter_context(moto_s3())
            store, endpoint = s3.new_bucket("bench"), s3.endpoint
        yield fresh, store, endpoint


def measure(args: argparse.Namespace, workers: int, db_url: str | None, blobs: str,
            endpoint: str | None) -> dict:
    """One server with ``workers`` processes over a fresh database: each mode in turn."""
    server_cpus = None
    if args.generator_cpu is not None:
        server_cpus = set(os.sched_getaffinity(0)) - {args.generator_cpu}
        os.sched_setaffinity(0, {args.generator_cpu})
    with tempfile.TemporaryDirectory(prefix="tc-bench-") as tmp:
        data = Path(tmp) / "data"
        names = prepare(data, db_url, args.users, blobs, endpoint)
        port = free_port()
        proc = start_server(data, db_url, port, ["--workers", str(workers), "--loop", args.loop],
                            blobs, endpoint, server_cpus)
        result: dict = {"workers": workers}
        try:
            base = f"http://127.0.0.1:{port}"
            sessions = [sign_in(base, names[i % len(names)], i) for i in range(args.clients)]
            for mode in args.mode.split(","):
                asyncio.run(run_load(port, sessions, min(2.0, args.seconds), args.protocol,
                                     mode))  # warm-up
                server_cpu, own_cpu = process_tree_cpu(proc.pid), time.process_time()
                one = asyncio.run(run_load(port, sessions, args.seconds, args.protocol, mode))
                one["server_cpu_s"] = round(process_tree_cpu(proc.pid) - server_cpu, 2)
                one["generator_cpu_s"] = round(time.process_time() - own_cpu, 2)
                one["syncs_per_server_cpu_s"] = round(
                    one["requests"] / max(one["server_cpu_s"], 0.01), 1)
                result[mode] = one
        finally:
            stop(proc)
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=100)
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--users", type=int, default=10, help="distinct accounts (clients share them)")
    p.add_argument("--db", help="URL of an empty database, or 'postgresql' for a throwaway "
                                "cluster (default: SQLite in a temporary directory)")
    p.add_argument("--blobs", choices=["fs", "s3"], default="fs",
                   help="blob store: the data directory, or a moto S3 server on loopback")
    p.add_argument("--workers", default="1",
                   help="serve --workers; a comma list (1,2) measures each in turn")
    p.add_argument("--loop", default="auto", help="serve --loop")
    p.add_argument("--protocol", type=int, default=1, choices=[1, 2],
                   help="protocol version the clients speak")
    p.add_argument("--mode", default="noop,post",
                   help="what each sync carries: noop, post (one new note), or both")
    p.add_argument("--generator-cpu", type=int, default=None, metavar="N",
                   help="pin the load generator to CPU N and the server to the others")
    args = p.parse_args(argv)
    counts = [int(w) for w in args.workers.split(",")]
    if args.db not in (None, "postgresql") and len(counts) > 1:
        p.error("several worker counts need a fresh database each: --db postgresql or SQLite")
    results = []
    with backends(args.db, args.blobs) as (fresh_db, blobs, endpoint):
        for workers in counts:
            result = measure(args, workers, fresh_db(), blobs, endpoint)
            result.update(db="postgresql" if args.db else "sqlite", blobs=args.blobs,
                          cpus=os.cpu_count(), loop=args.loop, protocol=args.protocol,
                          # The machine is shared: say how busy it was.
                          load_avg_1m=round(os.getloadavg()[0], 2))
            print(json.dumps(result), flush=True)
            results.append(result)
    if len(results) > 1:
        first, last = results[0], results[-1]
        print(json.dumps({f"{mode}_speedup": round(
            last[mode]["requests_per_s"] / first[mode]["requests_per_s"], 2)
            for mode in args.mode.split(",")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
