"""Private files sealed with AES-GCM in chunks, so memory stays flat for any size.

Layout of a sealed file::

    header  "TCF1" | 8-byte random prefix | chunk size (4 bytes, big endian)
    chunk i AES-GCM(plain[i*C:(i+1)*C]) with its 16-byte tag

Chunk ``i`` uses the nonce ``prefix || i`` (12 bytes): a fresh prefix per file,
so no nonce repeats under one key. Its associated data is the header, ``i`` and
a last-chunk flag, so chunks cannot be reordered, moved between files or cut
off (a file always ends with a chunk flagged last, possibly empty). Any chunk
can be opened alone, which gives the uploader a seekable plain stream
(:class:`SealedReader`) without a plain copy on disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from sync.errors import StorageError

from ..store.blobs import BlobCache, CorruptBlobError, _chunks

MAGIC = b"TCF1"
CHUNK = 64 * 1024
TAG = 16
HEADER = struct.Struct(">4s8sI")


def _aead(key: bytes):  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">QB", index, int(last))


def seal_stream(key: bytes, chunks: Iterable[bytes], out: BinaryIO,
                chunk_size: int = CHUNK) -> str:
    """Write the plain ``chunks`` sealed to ``out``; return the plain bytes' SHA-256."""
    aead, prefix = _aead(key), os.urandom(8)
    header = HEADER.pack(MAGIC, prefix, chunk_size)
    out.write(header)
    digest = hashlib.sha256()
    index, pending = 0, b""
    for piece in chunks:
        digest.update(piece)
        pending += piece
        # Keep one full chunk back: only at the end do we know which chunk is last.
        while len(pending) > chunk_size:
            block, pending = pending[:chunk_size], pending[chunk_size:]
            out.write(aead.encrypt(_nonce(prefix, index), block, _aad(header, index, False)))
            index += 1
    out.write(aead.encrypt(_nonce(prefix, index), pending, _aad(header, index, True)))
    return digest.hexdigest()


def is_sealed(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except FileNotFoundError:
        return False


class SealedReader(io.RawIOBase):
    """The plain bytes of a sealed file as a seekable, read-only stream.

    Holds one chunk in memory at a time; a damaged or cut file raises
    :class:`~tutorclient.store.blobs.CorruptBlobError` when read.
    """

    def __init__(self, path: Path, key: bytes) -> None:
        super().__init__()
        self._fh = open(path, "rb")
        header = self._fh.read(HEADER.size)
        try:
            magic, self._prefix, self._chunk = HEADER.unpack(header)
        except struct.error:
            magic = b""
        if magic != MAGIC:
            self._fh.close()
            raise CorruptBlobError(f"{path} is not a sealed file")
        self._header, self._aead = header, _aead(key)
        cipher_len = os.fstat(self._fh.fileno()).st_size - HEADER.size
        stride = self._chunk + TAG
        self._count = max(1, -(-cipher_len // stride))
        self.size = cipher_len - self._count * TAG
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None
        self.name = str(path)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _block(self, index: int) -> bytes:
        if self._cached is not None and self._cached[0] == index:
            return self._cached[1]
        from cryptography.exceptions import InvalidTag

        stride = self._chunk + TAG
        self._fh.seek(HEADER.size + index * stride)
        sealed = self._fh.read(stride)
        last = index == self._count - 1
        try:
            block = self._aead.decrypt(_nonce(self._prefix, index), sealed,
                                       _aad(self._header, index, last))
        except InvalidTag as exc:
            raise CorruptBlobError(f"{self.name}: chunk {index} is damaged or cut") from exc
        self._cached = (index, block)
        return block

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._pos >= self.size:
            return 0
        index, within = divmod(self._pos, self._chunk)
        block = self._block(index)[within:within + len(buffer)]
        buffer[:len(block)] = block
        self._pos += len(block)
        return len(block)

    def close(self) -> None:
        self._fh.close()
        self._cached = None
        super().close()


def open_sealed(path: Path, key: bytes) -> BinaryIO:
    """A buffered, seekable plain view of a sealed file."""
    return io.BufferedReader(SealedReader(path, key), buffer_size=CHUNK)  # type: ignore[return-value]


def plain_chunks(path: Path, key: bytes) -> Iterator[bytes]:
    reader = SealedReader(path, key)
    try:
        for index in range(reader._count):
            yield reader._block(index)
    finally:
        reader.close()


# -- partial downloads: appended pieces, each sealed on its own -----------------------

_PIECE = struct.Struct(">I12s")  # plain length, random nonce
_PIECE_AAD = b"tutorclient partial v1"


class SealedBlobCache(BlobCache):
    """A :class:`BlobCache` whose files are sealed with ``key`` (a profile's private tier).

    Hashes stay those of the plain bytes, so records, sync and dedup are unchanged;
    every way in or out decrypts or encrypts on the fly.
    """

    def __init__(self, root: Path | str, key: bytes) -> None:
        super().__init__(root)
        self._key = key

    def _write(self, data: bytes | Iterable[bytes] | BinaryIO, out: BinaryIO) -> str:
        return seal_stream(self._key, _chunks(data), out)

    def _plain_digest(self, path: Path) -> str | None:
        digest = hashlib.sha256()
        try:
            for block in plain_chunks(path, self._key):
                digest.update(block)
        except CorruptBlobError:
            return None
        return digest.hexdigest()

    def read(self, sha256: str) -> bytes:
        path = self.path(sha256)
        if not path.is_file():
            raise StorageError(f"Blob {sha256} is not in the cache", user_message=(
                "This file has not been downloaded yet. It downloads at the next sync."))
        try:
            data = b"".join(plain_chunks(path, self._key))
        except CorruptBlobError:
            data = b""
        if hashlib.sha256(data).hexdigest() != sha256:
            self._set_aside(path)
            raise CorruptBlobError(f"Blob {sha256} on disk does not match its hash",
                                   user_message="A saved file was damaged on disk. "
                                   "It will be downloaded again at the next sync.")
        return data

    def verify(self, sha256: str) -> bool:
        path = self.path(sha256)
        if not path.is_file():
            return False
        if self._plain_digest(path) == sha256:
            return True
        self._set_aside(path)
        return False

    def open(self, sha256: str) -> BinaryIO:
        """The plain bytes as a seekable stream (the uploader reads this)."""
        return open_sealed(self.path(sha256), self._key)

    def plain_size(self, sha256: str) -> int:
        reader = SealedReader(self.path(sha256), self._key)
        try:
            return reader.size
        finally:
            reader.close()

    # partial downloads: each appended piece sealed with a random nonce

    def _pieces(self, path: Path) -> Iterator[tuple[int, bytes]]:
        """(offset after it, plain bytes) of each whole piece; stops at a torn tail."""
        from cryptography.exceptions import InvalidTag

        aead, offset = _aead(self._key), 0
        with open(path, "rb") as fh:
            while True:
                head = fh.read(_PIECE.size)
                if len(head) < _PIECE.size:
                    return
                length, nonce = _PIECE.unpack(head)
                sealed = fh.read(length + TAG)
                if len(sealed) < length + TAG:
                    return
                try:
                    plain = aead.decrypt(nonce, sealed, _PIECE_AAD)
                except InvalidTag:
                    return
                offset += length
                yield fh.tell(), plain

    def partial_offset(self, sha256: str) -> int:
        p = self.partial_path(sha256)
        if not p.is_file():
            return 0
        end, plain = 0, 0
        for end, piece in self._pieces(p):
            plain += len(piece)
        if end != p.stat().st_size:  # a crash mid-append: drop the torn piece
            with open(p, "rb+") as fh:
                fh.truncate(end)
        return plain

    def append_partial(self, sha256: str, chunk: bytes) -> int:
        offset = self.partial_offset(sha256)
        p = self.partial_path(sha256)
        p.parent.mkdir(parents=True, exist_ok=True)
        nonce = os.urandom(12)
        with open(p, "ab") as fh:
            fh.write(_PIECE.pack(len(chunk), nonce))
            fh.write(_aead(self._key).encrypt(nonce, chunk, _PIECE_AAD))
        return offset + len(chunk)

    def finish_partial(self, sha256: str) -> Path:
        p = self.partial_path(sha256)
        if not p.is_file():
            raise StorageError(f"No partial download for {sha256}")
        try:
            target = self.put((piece for _end, piece in self._pieces(p)), sha256)
        except CorruptBlobError as exc:
            p.unlink(missing_ok=True)
            raise CorruptBlobError(f"Downloaded bytes for {sha256} do not match the hash",
                                   user_message="A downloaded file was damaged in transit. "
                                   "It will be fetched again.") from exc
        p.unlink(missing_ok=True)
        return target


__all__ = ["CHUNK", "MAGIC", "SealedBlobCache", "SealedReader", "is_sealed", "open_sealed",
           "plain_chunks", "seal_stream"]
