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
    for key, value in S3_ENV.items():
        os.environ.setdefault(key, value)
    s3 = MotoS3(free_port())
    s3.start()
    try:
        yield s3
    finally:
        s3.stop()


__all__ = ["MotoS3", "PG_BIN", "PgCluster", "S3_ENV", "moto_s3", "pg_cluster", "pg_missing"]
