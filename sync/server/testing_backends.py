"""Throwaway PostgreSQL clusters and S3 stores (moto) for tests and benchmarks.

    with pg_cluster() as pg, moto_s3() as s3:
        settings = Settings(data_dir=..., db_url=pg.create_db(),
                            blobs=s3.new_bucket(), s3_endpoint=s3.endpoint)

PostgreSQL runs from the Debian binaries (``TC_PG_BIN``, default
``/usr/lib/postgresql/15/bin``) as the ``postgres`` user when we are root,
reachable only through a unix socket. moto's S3 runs as a real HTTP server on
loopback (``ThreadedMotoServer``), so boto3 talks to it exactly as to S3.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sync.server.testing import free_port

PG_BIN = Path(os.environ.get("TC_PG_BIN", "/usr/lib/postgresql/15/bin"))
#: Credentials moto accepts (any); set in the environment so subprocess servers see them.
S3_ENV = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
          "AWS_DEFAULT_REGION": "us-east-1"}


def pg_missing() -> str | None:
    """Why a cluster cannot start here, or None."""
    if not (PG_BIN / "initdb").exists():
        return f"PostgreSQL binaries not found in {PG_BIN} (install postgresql-15)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser: cannot start PostgreSQL as postgres"
    return None


def _as_postgres(cmd: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@dataclass
class PgCluster:
    """A throwaway cluster reachable only through a unix socket in ``host``."""

    host: str
    port: int
    counter: int = 0

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@/{dbname}?host={self.host}&port={self.port}"

    def create_db(self, prefix: str = "tc") -> str:
        import psycopg

        self.counter += 1
        name = f"{prefix}_{self.counter}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(host=self.host, port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@contextmanager
def pg_cluster(max_connections: int = 200) -> Iterator[PgCluster]:
    """Start a cluster (fsync off: it is thrown away); stop and delete it on exit."""
    why = pg_missing()
    if why:
        raise RuntimeError(why)
    base = Path(tempfile.mkdtemp(prefix="tc-pg-"))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data = base / "data"
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres",
                                 "--auth=trust", "-E", "UTF8", "--no-sync"]),
                   check=True, capture_output=True)
    port = free_port()
    opts = (f"-p {port} -k {base} -c listen_addresses='' -c fsync=off "
            f"-c synchronous_commit=off -c full_page_writes=off -c max_connections={max_connections}")
    subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", opts,
                                 "-l", str(base / "log"), "-w", "start"]),
                   check=True, capture_output=True)
    try:
        yield PgCluster(str(base), port)
    finally:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate",
                                     "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


@dataclass
class MotoS3:
    """moto's S3 on a loopback port; it can be stopped and started again (the
    buckets and objects live in this process, so they survive a restart)."""

    port: int
    server: Any = None
    buckets: list[str] = field(default_factory=list)

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        from moto.server import ThreadedMotoServer

        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.server.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def new_bucket(self, prefix: str = "tc") -> str:
        """A fresh bucket; returns its ``s3://bucket/blobs`` setting."""
        import boto3

        name = f"{prefix}-{uuid.uuid4().hex[:12]}"
        boto3.client("s3", endpoint_url=self.endpoint).create_bucket(Bucket=name)
        self.buckets.append(name)
        return f"s3://{name}/data"


@contextmanager
def moto_s3() -> Iterator[MotoS3]:
    """moto's S3 server on a free loopback port, with test credentials in the environment."""
    import logging

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    for key, value in S3_ENV.items():
        os.environ.setdefault(key, value)
    s3 = MotoS3(free_port())
    s3.start()
    try:
        yield s3
    finally:
        s3.stop()





@contextmanager
def worker_process(data_dir: Path, db_url: str | None, blobs: str = "",
                   s3_endpoint: str | None = None, port: int | None = None) -> Iterator[str]:
    """One ``tutorclient-server serve`` process (a worker of a scaled setup); yields its URL."""
    import sys
    import time
    import urllib.request

    port = port or free_port()
    cmd = [sys.executable, "-m", "sync.server.cli", "--data", str(data_dir)]
    if db_url:
        cmd += ["--db", db_url]
    if blobs:
        cmd += ["--blobs", blobs]
    if s3_endpoint:
        cmd += ["--s3-endpoint", s3_endpoint]
    cmd += ["serve", "--port", str(port)]
    env = {**os.environ, **{k: os.environ.get(k, v) for k, v in S3_ENV.items()}}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("worker did not start: "
                                       + (proc.stderr.read() if proc.stderr else b"")[-2000:]
                                       .decode(errors="replace")) from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class RoundRobinProxy:
    """A tiny HTTP/1.1 reverse proxy that sends each request to the next backend in turn.

    A load balancer that spreads even one client's requests over the workers
    (keep-alive connections to it included), so tests meet every worker in
    every scenario. Bodies are read whole: it is for tests, not for speed.
    """

    def __init__(self, backends: list[str]) -> None:
        from http.server import ThreadingHTTPServer

        self.backends = [b.removeprefix("http://") for b in backends]
        self.turn = 0
        self.counts = [0] * len(backends)
        self._lock = threading.Lock()
        proxy = self
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(proxy))
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def next_backend(self) -> str:
        with self._lock:
            i = self.turn % len(self.backends)
            self.turn += 1
            self.counts[i] += 1
        return self.backends[i]

    def __enter__(self) -> "RoundRobinProxy":
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
        "proxy-connection", "content-length"}


def _handler(proxy: RoundRobinProxy) -> Any:
    import http.client
    from http.server import BaseHTTPRequestHandler

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _forward(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
            if body is not None:
                headers["Content-Length"] = str(len(body))
            conn = http.client.HTTPConnection(proxy.next_backend(), timeout=60)
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
            except OSError:
                self.send_error(502)
                return
            finally:
                conn.close()
            self.send_response_only(resp.status, resp.reason)
            for k, v in resp.getheaders():
                if k.lower() not in _HOP:
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)

        do_GET = do_POST = do_PATCH = do_HEAD = do_DELETE = do_OPTIONS = do_PUT = _forward

    return Handler


__all__ = ["MotoS3", "PG_BIN", "PgCluster", "RoundRobinProxy", "S3_ENV", "moto_s3", "pg_cluster",
           "pg_missing", "worker_process"]
