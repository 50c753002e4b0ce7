"""Server settings: one frozen dataclass passed to ``create_app`` and ``admin``."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sync.server.blob_backends import BlobStore

MB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Everything the server needs to know; defaults suit a small deployment.

    ``db_url`` defaults to a SQLite file ``tutorclient.sqlite3`` in ``data_dir``;
    pass ``postgresql://...`` for PostgreSQL. ``blobs`` empty keeps blobs under
    ``data_dir/blobs`` and in-progress uploads under ``data_dir/uploads``;
    ``s3://bucket/prefix`` keeps both in S3-compatible storage (``s3_endpoint``,
    or ``AWS_ENDPOINT_URL``, names a service other than AWS; docs/deploy.md).
    """

    data_dir: Path
    db_url: str | None = None
    access_ttl: int = 12 * 3600
    refresh_ttl: int = 60 * 86400
    max_body: int = 4 * MB  # compressed request body for /v1/sync and JSON routes
    max_inflated: int = 16 * MB  # after decompression
    max_upload: int = 20 * MB
    user_quota: int = 500 * MB
    sync_threads: int = 8  # worker threads serving /v1/sync concurrently
    page_bytes: int = 128 * 1024  # soft cap on one page of changes (uncompressed JSON)
    max_page_bytes: int = 4 * MB  # version 2: most a client may ask per page (its ``p``)
    login_failures: int = 5  # per username+IP per window, then 429
    login_window: int = 60
    #: Reverse proxies (IPs or CIDRs) whose X-Forwarded-For the login limiter believes;
    #: empty: the peer address is the client, whatever headers say (docs/deploy.md).
    trusted_proxies: tuple[str, ...] = ()
    #: argon2 cost; "test" is only for test suites (fast, still a real argon2id hash).
    argon2_profile: str = "default"
    #: Retention (sync/server/retention.py): days an op's result is kept for replays
    #: (at least 180), and seconds between pruning passes of a running server (0: never).
    ops_keep_days: int = 365
    prune_every: int = 86400
    #: Where blob bytes live: "" (``data_dir/blobs``) or ``s3://bucket/prefix``.
    blobs: str = ""
    s3_endpoint: str | None = None

    @property
    def blob_store(self) -> "BlobStore":
        """The store ``blobs`` names (one per settings value, shared by its users)."""
        return _store(self.blobs, Path(self.data_dir), self.s3_endpoint)

    @property
    def database_url(self) -> str:
        """The SQLAlchemy URL to connect to (driver made explicit)."""
        url = self.db_url or f"sqlite:///{Path(self.data_dir) / 'tutorclient.sqlite3'}"
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://"):]
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url[len("postgresql://"):]
        return url

    @property
    def blob_dir(self) -> Path:
        return Path(self.data_dir) / "blobs"

    @property
    def upload_dir(self) -> Path:
        return Path(self.data_dir) / "uploads"

    def ensure_dirs(self) -> None:
        """Create the data, blob and upload directories (0700: they hold user data)."""
        for d in (Path(self.data_dir), self.blob_dir, self.upload_dir):
            d.mkdir(parents=True, exist_ok=True)
            try:
                os.chmod(d, 0o700)
            except OSError:  # not ours to change (e.g. a mounted volume); keep going
                pass


@lru_cache(maxsize=64)
def _store(blobs: str, data_dir: Path, endpoint: str | None) -> "BlobStore":
    # One boto3 client per store: it holds a connection pool (no correctness state).
    from sync.server.blob_backends import open_store

    return open_store(blobs, data_dir, endpoint)
