"""The batch framing as the client reads it, into a real blob cache (no server needed).

Frames can arrive split anywhere (a 4 KB read, a cut connection); a blob is
in the cache only once its bytes verify, and damaged bytes never land there.
"""

from __future__ import annotations

import hashlib
import os

import pytest

from sync import protocol, transfer
from sync.errors import BadDataError, NetworkError
from tutorclient.store.blobs import BlobCache


def _blob(n: int) -> tuple[str, bytes]:
    data = os.urandom(n)
    return hashlib.sha256(data).hexdigest(), data


def _frames(*parts: tuple[str, int | None, bytes]) -> bytes:
    return b"".join(protocol.frame_head(sha, off, len(data)) + data for sha, off, data in parts)


def _read(cache: BlobCache, stream: bytes, asked: set[str], step: int) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    chunks = (stream[i:i + step] for i in range(0, len(stream), step))
    transfer._read_frames(chunks, cache, asked, lambda n: None,
                          lambda sha, outcome: seen.append((sha, outcome)))
    return seen


@pytest.mark.parametrize("step", [1, 7, 4096])
def test_frames_split_anywhere_store_verified_blobs_and_refuse_damaged_ones(tmp_path,
                                                                            step) -> None:
    cache = BlobCache(tmp_path / step.__str__())
    (a, da), (b, db), (c, _), (e, de) = _blob(3000), _blob(5000), _blob(10), _blob(0)
    damaged = bytearray(db)
    damaged[1234] ^= 0xFF
    stream = _frames((a, 0, da), (b, 0, bytes(damaged)), (e, 0, de)) \
        + protocol.frame_head(c, None, 0)

    seen = _read(cache, stream, {a, b, c, e}, step)

    assert seen == [(a, transfer.STORED), (b, transfer.CORRUPT), (e, transfer.STORED),
                    (c, transfer.REFUSED)]
    assert cache.read(a) == da and cache.read(e) == b""
    assert not cache.has(b) and cache.partial_offset(b) == 0  # damaged bytes kept nowhere


def test_a_cut_frame_keeps_its_bytes_and_the_resumed_frame_completes_it(tmp_path) -> None:
    cache = BlobCache(tmp_path)
    sha, data = _blob(9000)
    whole = _frames((sha, 0, data))
    with pytest.raises(NetworkError):
        _read(cache, whole[:5000], {sha}, 4096)
    have = cache.partial_offset(sha)
    assert have == 5000 - len(protocol.frame_head(sha, 0, 9000))

    seen = _read(cache, _frames((sha, have, data[have:])), {sha}, 4096)

    assert seen == [(sha, transfer.STORED)] and cache.read(sha) == data


@pytest.mark.parametrize("stream", [
    b"not a frame head\n",
    b"x" * 200,
    protocol.frame_head("ab" * 32, 0, 0),  # a blob nobody asked for
])
def test_a_malformed_answer_is_bad_data(tmp_path, stream) -> None:
    sha, _ = _blob(10)
    with pytest.raises(BadDataError):
        _read(BlobCache(tmp_path), stream, {sha}, 4096)
