"""A content-addressed blob cache on disk: ``<root>/ab/abcdef…`` by SHA-256.

A blob is written to a temporary file, hashed while it is written, flushed to
disk and renamed into place only when its hash matches. A power cut therefore
leaves either the old state or the complete, verified blob, never a torn file
under a hash name. Reading re-hashes the bytes, so a file damaged on disk is
detected (and moved aside) instead of being shown.

Partial downloads live in ``<root>/partial/<sha256>`` and survive restarts:
their size is the offset to resume from with an HTTP ``Range`` request.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from sync.errors import BadDataError, StorageError

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 256 * 1024


class CorruptBlobError(StorageError):
    """A blob's bytes do not match its hash (on write, or found on disk)."""


def check_hash(sha256: str) -> str:
    if not isinstance(sha256, str) or not _HEX64.match(sha256):
        raise BadDataError(f"Not a SHA-256 hex digest: {sha256!r}")
    return sha256


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


class BlobCache:
    def __init__(self, root: Path | str):
        self.root = Path(root)
        self._tmp = self.root / "tmp"
        self._partial = self.root / "partial"
        self._quarantine = self.root / "corrupt"

    def path(self, sha256: str) -> Path:
        check_hash(sha256)
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes | Iterable[bytes] | BinaryIO, sha256: str) -> Path:
        """Store bytes under their hash; refuse them if the hash does not match."""
        check_hash(sha256)
        target = self.path(sha256)
        if target.is_file():
            return target
        self._tmp.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp, prefix=sha256[:8], suffix=".tmp")
        tmp = Path(tmp_name)
        h = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in _chunks(data):
                    h.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            if h.hexdigest() != sha256:
                raise CorruptBlobError(
                    f"Blob bytes hash to {h.hexdigest()}, expected {sha256}",
                    user_message="A downloaded file was damaged in transit and was "
                    "not saved. It will be fetched again at the next sync.",
                )
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
        except OSError as exc:
            raise StorageError(
                f"Cannot store blob {sha256}: {exc}",
                user_message="TutorClient could not save a file. Check free disk space.",
            ) from exc
        finally:
            tmp.unlink(missing_ok=True)
        return target

    def put_file(self, source: Path, sha256: str | None = None) -> str:
        """Copy a local file into the cache; return its hash."""
        sha256 = sha256 or sha256_file(source)
        with open(source, "rb") as fh:
            self.put(fh, sha256)
        return sha256

    def read(self, sha256: str) -> bytes:
        """The blob's bytes, verified; a damaged file raises and is moved aside."""
        path = self.path(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StorageError(
                f"Blob {sha256} is not in the cache",
                user_message="This file has not been downloaded yet. "
                "It downloads at the next sync.",
            ) from None
        if sha256_bytes(data) != sha256:
            self._set_aside(path)
            raise CorruptBlobError(
                f"Blob {sha256} on disk does not match its hash",
                user_message="A saved file was damaged on disk. "
                "It will be downloaded again at the next sync.",
            )
        return data

    def verify(self, sha256: str) -> bool:
        """Whether the cached file is present and intact (a damaged one is set aside)."""
        path = self.path(sha256)
        if not path.is_file():
            return False
        if sha256_file(path) == sha256:
            return True
        self._set_aside(path)
        return False

    def remove(self, sha256: str) -> bool:
        path = self.path(sha256)
        try:
            path.unlink()
            return True
        except FileNotFoundError:
            return False

    def size_on_disk(self, hashes: Iterable[str] | None = None) -> int:
        if hashes is None:
            return sum(p.stat().st_size for p in self.root.glob("??/*") if p.is_file())
        return sum(self.path(h).stat().st_size for h in hashes if self.has(h))

    # -- partial downloads ---------------------------------------------------

    def partial_path(self, sha256: str) -> Path:
        check_hash(sha256)
        return self._partial / sha256

    def partial_offset(self, sha256: str) -> int:
        """How many bytes of an interrupted download are already on disk."""
        p = self.partial_path(sha256)
        return p.stat().st_size if p.is_file() else 0

    def append_partial(self, sha256: str, chunk: bytes) -> int:
        """Append downloaded bytes; return the new offset."""
        p = self.partial_path(sha256)
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "ab") as fh:
            fh.write(chunk)
            return fh.tell()

    def finish_partial(self, sha256: str) -> Path:
        """Verify a complete partial download and move it into the cache."""
        p = self.partial_path(sha256)
        try:
            ok = sha256_file(p) == sha256
        except FileNotFoundError:
            raise StorageError(f"No partial download for {sha256}") from None
        if not ok:
            p.unlink(missing_ok=True)
            raise CorruptBlobError(
                f"Downloaded bytes for {sha256} do not match the hash",
                user_message="A downloaded file was damaged in transit. "
                "It will be fetched again.",
            )
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(p, target)
        return target

    def _set_aside(self, path: Path) -> None:
        # Keep the damaged bytes for diagnostics instead of deleting evidence.
        self._quarantine.mkdir(parents=True, exist_ok=True)
        os.replace(path, self._quarantine / path.name)


def _chunks(data: bytes | Iterable[bytes] | BinaryIO) -> Iterable[bytes]:
    if isinstance(data, (bytes, bytearray, memoryview)):
        yield bytes(data)
    elif hasattr(data, "read"):
        for chunk in iter(lambda: data.read(CHUNK), b""):  # type: ignore[union-attr]
            yield chunk
    else:
        yield from data
