"""The blob cache: verified writes, detected corruption, resumable partial files."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from sync.errors import BadDataError, StorageError
from tutorclient.store import BlobCache, CorruptBlobError


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_put_and_read_verified(tmp_path: Path) -> None:
    cache = BlobCache(tmp_path / "blobs")
    data = os.urandom(300_000)
    path = cache.put(data, sha(data))
    assert path == tmp_path / "blobs" / sha(data)[:2] / sha(data)
    assert cache.read(sha(data)) == data
    assert cache.verify(sha(data))
    # Storing again is a no-op, not a second copy.
    assert cache.put(data, sha(data)) == path


def test_write_with_wrong_hash_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    cache = BlobCache(tmp_path / "blobs")
    data = b"an x-ray, truncated"
    wrong = sha(b"something else")
    with pytest.raises(CorruptBlobError):
        cache.put(data, wrong)
    assert not cache.has(wrong)
    assert list((tmp_path / "blobs" / "tmp").iterdir()) == []


def test_corrupted_file_on_disk_is_detected_and_set_aside(tmp_path: Path) -> None:
    cache = BlobCache(tmp_path / "blobs")
    data = b"ECG strip" * 1000
    h = sha(data)
    path = cache.put(data, h)
    damaged = bytearray(path.read_bytes())
    damaged[100] ^= 0xFF
    path.write_bytes(bytes(damaged))
    with pytest.raises(CorruptBlobError) as info:
        cache.read(h)
    assert "downloaded again" in info.value.user_message
    assert not cache.has(h)
    assert (tmp_path / "blobs" / "corrupt" / h).exists()


def test_missing_blob_and_bad_hash_names(tmp_path: Path) -> None:
    cache = BlobCache(tmp_path / "blobs")
    with pytest.raises(StorageError, match="not in the cache"):
        cache.read("0" * 64)
    for bad in ["../../etc/passwd", "AB" * 32, "abc"]:
        with pytest.raises(BadDataError):
            cache.path(bad)


def test_partial_download_resumes_and_is_verified(tmp_path: Path) -> None:
    data = os.urandom(200_000)
    h = sha(data)
    cache = BlobCache(tmp_path / "blobs")
    cache.append_partial(h, data[:70_000])
    # A new cache object (an app restart) sees the offset to resume from.
    cache = BlobCache(tmp_path / "blobs")
    assert cache.partial_offset(h) == 70_000
    assert cache.append_partial(h, data[70_000:]) == len(data)
    cache.finish_partial(h)
    assert cache.read(h) == data
    assert cache.partial_offset(h) == 0


def test_partial_download_with_bad_bytes_is_discarded(tmp_path: Path) -> None:
    data = os.urandom(10_000)
    h = sha(data)
    cache = BlobCache(tmp_path / "blobs")
    cache.append_partial(h, data[:5000] + b"garbage")
    with pytest.raises(CorruptBlobError):
        cache.finish_partial(h)
    assert cache.partial_offset(h) == 0 and not cache.has(h)
