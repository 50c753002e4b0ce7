"""Where blob bytes live: the filesystem (default) or S3-compatible object storage.

The access rules and the ``blobs`` rows stay in :mod:`sync.server.blobstore`;
this module only moves bytes. Both backends name a verified blob by its
sha256 (``blobs/<aa>/<sha256>``, under a prefix for S3), and both write the
bytes before the database row, so a crash leaves at most unreferenced bytes.

The S3 backend also holds in-progress tus uploads as S3 multipart uploads
(:mod:`sync.server.tus_s3`), so no worker keeps a whole file on its disk.
Every failure to reach the store becomes :class:`BlobStoreUnavailable`,
which the routes answer with ``503 blob_store_unavailable`` and a
``Retry-After``: record sync does not touch the store and goes on.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from sync.server.http import ApiError

#: Seconds a client is told to wait when the blob store cannot be reached.
RETRY_AFTER = 30
#: Bytes per read when streaming a blob out.
READ_CHUNK = 64 * 1024


class BlobStoreUnavailable(ApiError):
    """The blob store did not answer: try again later (HTTP 503, ``Retry-After``)."""

    def __init__(self, why: str) -> None:
        super().__init__(503, "blob_store_unavailable",
                         "The server's file store is unavailable; files will be sent and "
                         "fetched later. Records still sync.", {"Retry-After": str(RETRY_AFTER)})
        self.why = why


class BlobStore(Protocol):
    """Bytes of verified blobs, by sha256."""

    #: ``s3`` or ``fs`` (what ``/healthz`` and logs name).
    kind: str

    def size(self, sha: str) -> int | None:
        """The stored size, or None if the bytes are missing."""

    def local_path(self, sha: str) -> Path | None:
        """A local file holding the blob (filesystem backend only), for ``FileResponse``."""

    def read_range(self, sha: str, start: int, length: int) -> Iterator[bytes]:
        """``length`` bytes from ``start``, in chunks (one GET with a Range for S3)."""

    def read_bytes(self, sha: str) -> bytes:
        """The whole blob (small blobs only: bundles, image delivery)."""

    def put_file(self, sha: str, src: Path, *, move: bool) -> None:
        """Store a verified file under ``sha`` (a no-op if it is already there)."""


def blob_key(sha: str) -> str:
    """The name of a blob inside a store: ``<aa>/<sha256>``."""
    return f"{sha[:2]}/{sha}"


class FileBlobStore:
    """Blobs as files under ``root`` (``data_dir/blobs``), as the server always kept them."""

    kind = "fs"

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha: str) -> Path:
        return self.root / blob_key(sha)

    def size(self, sha: str) -> int | None:
        try:
            return os.stat(self.path(sha)).st_size
        except FileNotFoundError:
            return None

    def local_path(self, sha: str) -> Path | None:
        return self.path(sha)

    def read_range(self, sha: str, start: int, length: int) -> Iterator[bytes]:
        with open(self.path(sha), "rb") as fh:
            fh.seek(start)
            left = length
            while left:
                chunk = fh.read(min(READ_CHUNK, left))
                if not chunk:
                    raise OSError(f"blob {sha} shorter than planned")
                left -= len(chunk)
                yield chunk

    def read_bytes(self, sha: str) -> bytes:
        return self.path(sha).read_bytes()

    def put_file(self, sha: str, src: Path, *, move: bool) -> None:
        dest = self.path(sha)
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.exists():
            if move:
                src.unlink(missing_ok=True)
            return
        tmp = dest.with_name(dest.name + ".tmp")
        if move:
            os.replace(src, tmp)
        else:
            shutil.copyfile(src, tmp)
        os.replace(tmp, dest)


class S3BlobStore:
    """Blobs as objects ``<prefix>blobs/<aa>/<sha256>`` in one bucket, through boto3.

    The endpoint and credentials come from the usual AWS settings (the
    ``AWS_ENDPOINT_URL``, ``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY`` and
    ``AWS_DEFAULT_REGION`` environment variables, or a profile), so any
    S3-compatible service (MinIO, Ceph, Garage, a cloud's) works unchanged.
    """

    kind = "s3"

    def __init__(self, bucket: str, prefix: str = "", endpoint_url: str | None = None,
                 client: Any = None) -> None:
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.client = client or make_client(endpoint_url)

    def key(self, sha: str) -> str:
        return f"{self.prefix}blobs/{blob_key(sha)}"

    def upload_key(self, upload_id: str) -> str:
        """Where a finished multipart upload waits to be hashed before it becomes a blob."""
        return f"{self.prefix}uploads/{upload_id}"

    def call(self, name: str, **kw: Any) -> Any:
        """One S3 call; an unreachable or failing store becomes :class:`BlobStoreUnavailable`."""
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return getattr(self.client, name)(Bucket=self.bucket, **kw)
        except ClientError as exc:
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
            if status >= 500 or status in (0, 403, 429):
                raise BlobStoreUnavailable(f"{name}: {exc}") from exc
            raise
        except BotoCoreError as exc:
            raise BlobStoreUnavailable(f"{name}: {exc}") from exc

    def size(self, sha: str) -> int | None:
        from botocore.exceptions import ClientError

        try:
            return int(self.call("head_object", Key=self.key(sha))["ContentLength"])
        except ClientError:  # 404: not there
            return None

    def local_path(self, sha: str) -> Path | None:
        return None

    def read_range(self, sha: str, start: int, length: int) -> Iterator[bytes]:
        return self.read_key(self.key(sha), start, length)

    def read_key(self, key: str, start: int, length: int) -> Iterator[bytes]:
        """Stream ``length`` bytes of object ``key`` from ``start`` (one ranged GET)."""
        from botocore.exceptions import BotoCoreError

        if length <= 0:
            return
        body = self.call("get_object", Key=key,
                         Range=f"bytes={start}-{start + length - 1}")["Body"]
        left = length
        try:
            while left:
                try:
                    chunk = body.read(min(READ_CHUNK, left))
                except BotoCoreError as exc:  # the store went away mid-answer
                    raise BlobStoreUnavailable(f"read {key}: {exc}") from exc
                if not chunk:
                    raise OSError(f"object {key} shorter than planned")
                left -= len(chunk)
                yield chunk
        finally:
            body.close()

    def read_bytes(self, sha: str) -> bytes:
        return self.call("get_object", Key=self.key(sha))["Body"].read()

    def put_file(self, sha: str, src: Path, *, move: bool) -> None:
        if self.size(sha) is None:
            with open(src, "rb") as fh:
                self.call("put_object", Key=self.key(sha), Body=fh)
        if move:
            src.unlink(missing_ok=True)

    def put_bytes(self, sha: str, data: bytes) -> None:
        self.call("put_object", Key=self.key(sha), Body=data)


def make_client(endpoint_url: str | None = None) -> Any:
    """A boto3 S3 client with short timeouts and few retries: a dead store must fail fast."""
    import boto3
    from botocore.config import Config

    config = Config(connect_timeout=3, read_timeout=20, retries={"max_attempts": 2,
                                                                  "mode": "standard"},
                    max_pool_connections=32)
    return boto3.client("s3", endpoint_url=endpoint_url or None, config=config)


def open_store(blobs: str, data_dir: Path, endpoint_url: str | None = None) -> BlobStore:
    """The store a ``--blobs`` setting names: empty for ``data_dir/blobs``, or
    ``s3://bucket/prefix``."""
    if not blobs:
        return FileBlobStore(Path(data_dir) / "blobs")
    parts = urlsplit(blobs)
    if parts.scheme != "s3" or not parts.netloc:
        raise ValueError(f"{blobs!r}: blobs are kept in s3://bucket[/prefix], or in the data "
                         "directory when this is empty")
    return S3BlobStore(parts.netloc, parts.path, endpoint_url)


__all__ = ["BlobStore", "BlobStoreUnavailable", "FileBlobStore", "S3BlobStore", "blob_key",
           "open_store"]
