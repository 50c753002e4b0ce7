"""Binary deltas between two versions of a file: zstd "patch-from".

A changed course file (a replaced diagram, a PDF with one page corrected)
travels as a delta against the version the client already holds: the old
file is a raw-content zstd dictionary, and the new file is compressed against
it with long-distance matching and a window that spans both. The result is
verified by the new file's SHA-256, so a damaged delta is never used.

Both sides need the whole base in memory (that is how patch-from works), so
deltas are made only from a base of at most :data:`MAX_BASE` bytes; larger
files travel whole. The target is streamed through, never held.

Used by the server (``sync.server.deltas`` makes and caches them), the client
(``sync.transfer.download`` applies them) and USB bundles.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import zstandard

#: Largest base (old version) a delta is made from or applied to. patch-from
#: holds the base in memory on both sides; 64 MiB keeps a client on a 2 GB
#: laptop comfortable and covers every course PDF we have seen (tens of MB).
MAX_BASE = 64 * 1024 * 1024
#: zstd level for deltas. Measured on a 3.5 MB PDF with one page changed:
#: level 9 gave 387 bytes in 0.2 s, level 19 gave 361 bytes in 9.8 s (the
#: dictionary's search structures dominate). Nine is the better trade.
LEVEL = 9
CHUNK = 256 * 1024


class DeltaError(ValueError):
    """A delta that cannot be applied: damaged, or made from another base."""


def etag(base: str, sha256: str) -> str:
    """The delta from ``base`` to ``sha256`` as an HTTP validator (``ETag``, ``If-Range``).

    Made again from the same files it has the same bytes (same zstd, same
    level); were it ever different, the rebuilt file fails its hash and the
    client fetches the whole file.
    """
    return f'"{base}.{sha256}"'


def _dictionary(base: bytes) -> zstandard.ZstdCompressionDict:
    return zstandard.ZstdCompressionDict(base, dict_type=zstandard.DICT_TYPE_RAWCONTENT)


def _window_log(base_size: int, target_size: int) -> int:
    # The window must reach back over the whole base from the end of the target.
    need = max(base_size + target_size, 1).bit_length()
    return max(zstandard.WINDOWLOG_MIN, min(need, 30))


def read_base(path: Path) -> bytes | None:
    """The base's bytes, or None when it is missing or too large for a delta."""
    try:
        if os.stat(path).st_size > MAX_BASE:
            return None
        return Path(path).read_bytes()
    except FileNotFoundError:
        return None


def file_chunks(path: Path) -> Iterator[bytes]:
    """A file's bytes, a chunk at a time (for :func:`make`)."""
    with open(path, "rb") as src:
        yield from iter(lambda: src.read(CHUNK), b"")


def make(base: bytes, target: Iterable[bytes], size: int, out: BinaryIO) -> int:
    """Write the delta that turns ``base`` into ``target`` (``size`` bytes, streamed).

    Returns the delta's size."""
    params = zstandard.ZstdCompressionParameters.from_level(
        LEVEL, window_log=_window_log(len(base), size), enable_ldm=True)
    compressor = zstandard.ZstdCompressor(dict_data=_dictionary(base), compression_params=params)
    start = out.tell()
    with compressor.stream_writer(out, size=size, closefd=False) as writer:
        for chunk in target:
            writer.write(chunk)
    return out.tell() - start


def apply(base: bytes, delta: Path, out: BinaryIO, expected_sha256: str) -> None:
    """Rebuild the new file from ``base`` and the delta file into ``out``; verify its hash.

    Raises :class:`DeltaError` when the delta is damaged or does not produce
    ``expected_sha256`` (the caller discards it and fetches the file whole).
    """
    decompressor = zstandard.ZstdDecompressor(dict_data=_dictionary(base),
                                              max_window_size=1 << 31)
    h = hashlib.sha256()

    class _Hashing:
        def write(self, data: bytes) -> int:
            h.update(data)
            return out.write(data)

    try:
        with open(delta, "rb") as src, decompressor.stream_writer(
                _Hashing(), closefd=False) as writer:
            for chunk in iter(lambda: src.read(CHUNK), b""):
                writer.write(chunk)
    except zstandard.ZstdError as exc:
        raise DeltaError(f"damaged delta: {exc}") from exc
    if h.hexdigest() != expected_sha256:
        raise DeltaError(f"the delta gives {h.hexdigest()}, not {expected_sha256}")


def patch_file(base: Path, delta_file: Path, target: Path, expected_sha256: str) -> bool:
    """Rebuild ``target`` from the file ``base`` and a delta; False (nothing kept) if it fails.

    False when the base is missing or too large, or the delta is damaged or
    made from another base. The base's bytes are dropped as soon as it is done.
    """
    base_bytes = read_base(base)
    if base_bytes is None:
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as out:
            apply(base_bytes, delta_file, out, expected_sha256)
    except DeltaError:
        target.unlink(missing_ok=True)
        return False
    finally:
        del base_bytes  # tens of MB: not a moment longer than the patch
    return True
