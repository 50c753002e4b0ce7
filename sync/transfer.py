"""Resumable blob transfers: ``Range`` downloads and tus uploads.

Downloads append to a partial file kept by the client's blob cache; its size
is the offset to resume from, across app restarts. ``If-Range`` with the blob's
strong ETag makes a resumed request safe: were the server ever to answer with
other bytes, it sends the whole blob instead of a mismatched tail. Every
blob is verified against its SHA-256 before it is used.

Many small blobs come in one ``POST /v1/blobs/batch`` answer, a stream of
frames (:func:`download_batch`): each blob's bytes go to the same partial file
a ``GET`` would fill, and are verified and moved into the cache as soon as its
frame ends. A dropped batch is asked again for the blobs still missing, the
one that was cut starting at the byte it reached. Large files (PDFs) keep one
``GET`` each, with Range resume.

A changed course file comes as a delta from the version the client holds
(:func:`download_update`, ``sync.delta``): its bytes go to a partial file of
their own beside the blob's, resume the same way, and the rebuilt file is
verified by its hash; the server answers with the whole file when it has no
delta worth sending, and a delta that fails is discarded for the whole file.

Uploads speak tus 1.0: creation goes through our transport, the chunks
through ``tuspy``; the upload URL is remembered in a small file so an
interrupted upload resumes from the server's offset after a restart. The
server answers a creation request for a hash it already has (and the user may
use) with a finished upload, so no byte is sent twice. A creation carries an
``Idempotency-Key``, kept in the same file before it is sent, so a creation
whose answer was lost -- retried now or after a restart -- gets the same
upload back instead of leaving an orphan.
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol
from urllib.parse import urljoin

from sync import delta, protocol
from sync.errors import (
    BadDataError, FileStoreUnavailable, NetworkError, StorageError, SyncInterrupted,
)
from sync.transport import BLOB_STORE_UNAVAILABLE, ServerError, Transport

DOWNLOAD_CHUNK = 4096  # small enough that cancel is noticed within a second on 2G
#: Larger blobs (PDFs, video) get one ``GET`` each: Range resume, no frame to wait for.
BATCH_MAX_BLOB = 256 * 1024
#: Blob bytes asked in one batch request. Smaller batches mean more requests (a
#: round trip each); larger ones mean a longer list to send again after a drop.
#: 1 MiB: 200 images of 20 KB in 4 requests, and the lists resent on a link cut
#: every 64 KB cost about 2% of the bytes.
BATCH_BYTES = 1024 * 1024
BATCH_MAX_BLOBS = 256
#: How a blob of a batch ended (``on_frame``).
STORED = "stored"
CORRUPT = "corrupt"  # its bytes did not match its hash: discarded, never stored
REFUSED = "refused"  # the server has none for us (missing, or not ours to read)


class BlobSink(Protocol):
    """What the engine needs of the client's blob cache (``tutorclient.store.BlobCache``)."""

    def has(self, sha256: str) -> bool: ...
    def path(self, sha256: str) -> Path: ...
    def partial_offset(self, sha256: str) -> int: ...
    def partial_path(self, sha256: str) -> Path: ...
    def append_partial(self, sha256: str, chunk: bytes) -> int: ...
    def finish_partial(self, sha256: str) -> Path: ...


def download(
    transport: Transport,
    sink: BlobSink,
    sha256: str,
    size: int | None,
    on_bytes: Callable[[int], None] = lambda n: None,
) -> None:
    """Fetch one blob into ``sink``, resuming a partial file; verify it.

    Raises ``NetworkError`` when the link drops (the partial file is kept for
    the next try) and ``BadDataError`` when the bytes do not match the hash
    (the partial file is discarded, so the next try starts clean).
    """
    if sink.has(sha256):
        return
    offset = sink.partial_offset(sha256)
    if size is not None and offset > size:
        sink.partial_path(sha256).unlink(missing_ok=True)
        offset = 0
    if size is None or offset < size:
        headers = {}
        if offset:
            headers = {"Range": f"bytes={offset}-", "If-Range": f'"{sha256}"'}
        response = transport.request(
            "GET", f"{protocol.BLOBS_PATH}/{sha256}", headers=headers, stream=True,
            ok_statuses=(200, 206),
        )
        if response.status_code == 200 and offset:
            # The server sent the whole blob: start the partial file over.
            sink.partial_path(sha256).unlink(missing_ok=True)
        for chunk in transport.iter_body(response, DOWNLOAD_CHUNK):
            sink.append_partial(sha256, chunk)
            on_bytes(len(chunk))
    _finish_whole(sink, sha256)


def delta_partial(sink: BlobSink, sha256: str, base: str) -> Path:
    """Where the delta from ``base`` to ``sha256`` is downloaded to."""
    # Beside the blob's own partial file, so a delta survives restarts the same way.
    return sink.partial_path(sha256).with_name(f"{sha256}.from-{base}")


def usable_base(sink: BlobSink, base: str | None) -> bool:
    """Whether ``base`` is in the cache and small enough to patch from (``delta.MAX_BASE``)."""
    if not base or not sink.has(base):
        return False
    try:
        return sink.path(base).stat().st_size <= delta.MAX_BASE
    except FileNotFoundError:
        return False


def _update_url(sha256: str, base: str) -> str:
    return f"{protocol.BLOBS_PATH}/{sha256}?{protocol.DELTA_BASE_PARAM}={base}"


def update_cost(transport: Transport, sink: BlobSink, sha256: str, base: str) -> int:
    """Bytes still to come for ``sha256`` asked as an update from ``base`` (a ``HEAD``).

    The server makes the delta if it has none yet and names it in the answer,
    or answers for the whole file; either way what is already on disk counts.
    """
    response = transport.request("HEAD", _update_url(sha256, base), ok_statuses=(200,))
    length = int(response.headers.get("Content-Length") or 0)
    if response.headers.get(protocol.DELTA_HEADER) == base:
        part = delta_partial(sink, sha256, base)
        have = part.stat().st_size if part.is_file() else 0
    else:
        have = sink.partial_offset(sha256)
    return max(0, length - have)


def download_update(
    transport: Transport,
    sink: BlobSink,
    sha256: str,
    base: str,
    size: int | None,
    on_bytes: Callable[[int], None] = lambda n: None,
) -> bool:
    """Fetch ``sha256`` as a delta from ``base`` (held in ``sink``); True if it came so.

    The server answers with the delta when it has (or can make) one, and with
    the whole file otherwise: no delta kept, or one larger than the file. A
    delta resumes with ``Range`` like any blob, in its own partial file. It is
    applied with the base in memory only while patching, and the result is
    verified by its hash; a damaged delta is discarded and the whole file
    fetched instead. Raises as :func:`download` does.
    """
    if sink.has(sha256):
        return False
    part = delta_partial(sink, sha256, base)
    if not usable_base(sink, base) or (sink.partial_offset(sha256) and not part.is_file()):
        # No base to patch, or a whole-file download already under way: go on with that.
        part.unlink(missing_ok=True)
        download(transport, sink, sha256, size, on_bytes)
        return False
    offset = part.stat().st_size if part.is_file() else 0
    headers = {"Range": f"bytes={offset}-", "If-Range": delta.etag(base, sha256)} if offset else {}
    response = transport.request("GET", _update_url(sha256, base), headers=headers,
                                 stream=True, ok_statuses=(200, 206))
    if response.headers.get(protocol.DELTA_HEADER) != base:
        # The whole file: no delta on the server, or not worth it.
        part.unlink(missing_ok=True)
        sink.partial_path(sha256).unlink(missing_ok=True)
        if response.status_code != 200:
            response.close()
            raise BadDataError(f"A part of {sha256} came without its delta header")
        for chunk in transport.iter_body(response, DOWNLOAD_CHUNK):
            sink.append_partial(sha256, chunk)
            on_bytes(len(chunk))
        _finish_whole(sink, sha256)
        return False
    part.parent.mkdir(parents=True, exist_ok=True)
    with open(part, "wb" if response.status_code == 200 else "ab") as fh:
        for chunk in transport.iter_body(response, DOWNLOAD_CHUNK):
            fh.write(chunk)
            fh.flush()  # its size is where a cut download resumes
            on_bytes(len(chunk))
    if not _patch(sink, sha256, base, part):
        download(transport, sink, sha256, size, on_bytes)  # damaged delta: the whole file
        return False
    return True


def _patch(sink: BlobSink, sha256: str, base: str, part: Path) -> bool:
    """Apply a downloaded delta into the blob's partial file and store it; False if damaged."""
    try:
        if not delta.patch_file(sink.path(base), part, sink.partial_path(sha256), sha256):
            return False
    finally:
        part.unlink(missing_ok=True)  # used or damaged: never applied twice
    _finish_whole(sink, sha256)
    return True


def _finish_whole(sink: BlobSink, sha256: str) -> None:
    try:
        sink.finish_partial(sha256)
    except StorageError as exc:
        raise BadDataError(
            f"Blob {sha256} failed verification: {exc}",
            user_message="A downloaded file was damaged on the way and will be fetched again.",
        ) from exc


def batchable(size: int | None) -> bool:
    """Whether a blob of this size goes in a batch rather than a ``GET`` of its own."""
    return size is not None and size <= BATCH_MAX_BLOB


def download_batch(
    transport: Transport,
    sink: BlobSink,
    blobs: list[tuple[str, int | None]],
    on_bytes: Callable[[int], None],
    on_frame: Callable[[str, str], None],
) -> bool:
    """Fetch ``(sha256, size)`` blobs in one framed answer, each resuming its partial file.

    ``on_frame(sha256, outcome)`` hears each blob as its frame ends: ``STORED``
    (verified and in the cache), ``CORRUPT`` (discarded) or ``REFUSED``.
    Returns False, having read nothing, when the server has no batch endpoint
    (older than it). Raises ``NetworkError`` when the link drops (the frames
    finished so far were reported, the cut one's bytes stay in its partial
    file) and ``BadDataError`` for an answer that breaks the framing.
    """
    offsets: dict[str, int] = {}
    for sha, size in blobs:
        have = sink.partial_offset(sha)
        if size is not None and have > size:
            sink.partial_path(sha).unlink(missing_ok=True)
            have = 0
        if have:
            offsets[sha] = have
    message: dict[str, object] = {"b": [sha for sha, _ in blobs]}
    if offsets:
        message["o"] = offsets
    body, coding = protocol.compress(protocol.dumps(message), ["zstd"])
    headers = {"Content-Encoding": coding} if coding else {}
    try:
        # Safe to repeat: it only reads.
        response = transport.request("POST", protocol.BLOBS_BATCH_PATH, body=body,
                                     headers=headers, stream=True, idempotent=True,
                                     ok_statuses=(200,))
    except ServerError as exc:
        if exc.status in (404, 405):  # a server from before batches
            return False
        raise
    _read_frames(transport.iter_body(response, DOWNLOAD_CHUNK), sink, {s for s, _ in blobs},
                 on_bytes, on_frame)
    return True


def _read_frames(chunks: Iterator[bytes], sink: BlobSink, asked: set[str],
                 on_bytes: Callable[[int], None], on_frame: Callable[[str, str], None]) -> None:
    """Split a batch answer into frames, appending each blob's bytes to its partial file."""
    head = b""
    current: str | None = None
    left = 0
    answered = 0
    for chunk in chunks:
        view = memoryview(chunk)
        while view:
            if current is None:
                end = bytes(view).find(b"\n")
                if end < 0:
                    head += bytes(view)
                    if len(head) > protocol.MAX_FRAME_HEAD:
                        raise _bad_batch("a frame head too long")
                    break
                line, head, view = head + bytes(view[:end]), b"", view[end + 1:]
                current, left = _start_frame(sink, asked, line, on_frame)
                answered += 1
                if current is None:
                    continue  # refused: no bytes follow
            else:
                piece = view[:left]
                sink.append_partial(current, bytes(piece))
                on_bytes(len(piece))
                left -= len(piece)
                view = view[len(piece):]
            if current is not None and not left:
                on_frame(current, _finish(sink, current))
                current = None
    if current is not None or head:
        raise NetworkError("The batch answer was cut off in a frame")
    if answered < len(asked):
        raise _bad_batch(f"{answered} frames for {len(asked)} blobs")


def _start_frame(sink: BlobSink, asked: set[str], line: bytes,
                 on_frame: Callable[[str, str], None]) -> tuple[str | None, int]:
    """Read one frame head; returns the blob whose bytes follow (None: refused) and their count."""
    try:
        sha, offset, length = protocol.parse_frame_head(line)
    except ValueError as exc:
        raise _bad_batch(str(exc)) from exc
    if sha not in asked:
        raise _bad_batch(f"a frame for {sha}, which was not asked for")
    if offset is None:
        on_frame(sha, REFUSED)
        return None, 0
    have = sink.partial_offset(sha)
    if offset != have:
        if offset:
            raise _bad_batch(f"{sha} resumed at {offset}, not at {have}")
        sink.partial_path(sha).unlink(missing_ok=True)  # the server sends it whole
    sink.append_partial(sha, b"")  # an empty blob still gets its (empty) partial file
    return sha, length


def _finish(sink: BlobSink, sha: str) -> str:
    """Verify a blob whose frame ended and move it into the cache (atomically)."""
    try:
        sink.finish_partial(sha)
    except StorageError:
        return CORRUPT  # the partial file was discarded; the caller fetches it again
    return STORED


def _bad_batch(why: str) -> BadDataError:
    return BadDataError(f"The blob batch answer is malformed: {why}",
                        user_message="Files from the server arrived damaged; "
                        "they will be fetched one by one.")


class UploadState:
    """Remembers tus upload URLs by hash in one JSON file, so uploads resume after a restart."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._lock = threading.Lock()

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def get_item(self, key: str) -> str | None:  # tuspy's Storage interface
        with self._lock:
            return self._read().get(key)

    def set_item(self, key: str, value: str) -> None:
        with self._lock:
            data = self._read()
            data[key] = value
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data), "utf-8")
            tmp.replace(self.path)

    def remove_item(self, key: str) -> None:
        with self._lock:
            data = self._read()
            if data.pop(key, None) is not None:
                self.path.write_text(json.dumps(data), "utf-8")


class _HashFingerprint:
    """tuspy fingerprint: the blob's hash, which is already its identity."""

    def __init__(self, sha256: str):
        self.sha256 = sha256

    def get_fingerprint(self, fs: object) -> str:
        return self.sha256


CREATION_KEY = "idempotency-key:"  # UploadState entry: the key of a creation for a hash
REFUSED = (400, 403, 413)  # the server will never take these bytes as they are
GONE = (404, 410, 422)  # the upload was abandoned, purged or arrived damaged: start over


def upload(
    transport: Transport,
    source: Path,
    sha256: str,
    state: UploadState,
    *,
    filename: str = "",
    chunk_size: int = 64 * 1024,
    on_bytes: Callable[[int], None] = lambda n: None,
    on_offset: Callable[[int], None] = lambda n: None,
) -> None:
    """Upload one file with tus, resuming where an earlier try stopped.

    ``on_offset`` hears every offset the server confirms (after the creation
    or HEAD, and after each chunk), so a caller can tell a try that moved the
    upload forward from one that did not, even when the try itself was cut.
    """
    from tusclient import client as tus_client
    from tusclient.exceptions import TusCommunicationError, TusUploadFailed

    size = source.stat().st_size
    if state.get_item(sha256) is None:
        key_name = CREATION_KEY + sha256
        key = state.get_item(key_name)
        if key is None:
            key = uuid.uuid4().hex
            state.set_item(key_name, key)  # before sending: a lost answer reuses it
        try:
            location, offset = _create(transport, size, sha256, filename or source.name, key)
        except ServerError as exc:
            if exc.code == "idempotency_key_reused":
                state.remove_item(key_name)  # the next try starts afresh
            raise
        except BadDataError:
            state.remove_item(key_name)  # refused for good: no upload to come back to
            raise
        on_offset(offset)
        if offset >= size:
            state.remove_item(key_name)
            return  # the server already had these bytes: nothing to send
        state.set_item(sha256, location)

    headers = {"User-Agent": protocol.USER_AGENT}
    if transport.token:
        headers["Authorization"] = f"Bearer {transport.token}"
    client = tus_client.TusClient(transport.url(protocol.UPLOADS_PATH), headers=headers)
    try:
        uploader = client.uploader(
            file_path=str(source),
            chunk_size=chunk_size,
            metadata={"sha256": sha256, "filename": filename or source.name},
            store_url=True,
            url_storage=state,
            fingerprinter=_HashFingerprint(sha256),
            verify_tls_cert=transport.config.ca_bundle or True,
            # No per-chunk checksum: with one, the server must drop every byte
            # of a chunk whose connection was cut, and on a link that drops
            # every few tens of KB no chunk would ever land. Without it the
            # server keeps what arrived and the next try resumes from there;
            # the whole file's sha256 is still verified before it is stored.
            upload_checksum=False,
        )
        transport.counters.requests += 1  # the HEAD tuspy made for the offset
        on_offset(uploader.offset)
        while uploader.offset < size:
            transport.check_cancel()
            before = uploader.offset
            uploader.upload_chunk()
            sent = uploader.offset - before
            transport.counters.requests += 1
            transport.counters.bytes_up += sent + 300  # headers of a PATCH, approximately
            on_bytes(sent)
            on_offset(uploader.offset)
    except SyncInterrupted:
        raise
    except (TusCommunicationError, TusUploadFailed) as exc:
        status = getattr(exc, "status_code", None)
        if status in REFUSED:
            _forget(state, sha256)
            raise _refused(sha256, status, exc) from exc
        if status in GONE:
            _forget(state, sha256)  # the next try creates a fresh upload, with a fresh key
        if status == 503 and BLOB_STORE_UNAVAILABLE.encode() in (exc.response_content or b""):
            raise FileStoreUnavailable(f"Upload of {sha256} waits: {exc}") from exc
        raise NetworkError(f"Upload of {sha256} interrupted: {exc}") from exc
    except OSError as exc:
        raise NetworkError(f"Upload of {sha256} interrupted: {exc}") from exc
    _forget(state, sha256)


def _forget(state: UploadState, sha256: str) -> None:
    state.remove_item(sha256)
    state.remove_item(CREATION_KEY + sha256)


def _create(transport: Transport, size: int, sha256: str, filename: str,
            key: str | None = None) -> tuple[str, int]:
    """tus creation through our own transport (timeouts, retries, exact counts).

    Returns the upload URL and the server's offset, which is the whole size
    when the server already has a blob with this hash. (tuspy's own creation
    ignores that offset and sends the first chunk anyway, which the server
    must refuse with 409.) With ``key`` the request carries an
    ``Idempotency-Key``: the server answers a repeat with the same upload, so
    the transport may retry it.
    """
    meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}"
                    for k, v in (("sha256", sha256), ("filename", filename)))
    headers = {"Tus-Resumable": "1.0.0", "Upload-Length": str(size), "Upload-Metadata": meta}
    if key:
        headers["Idempotency-Key"] = key
    try:
        response = transport.request("POST", protocol.UPLOADS_PATH, ok_statuses=(201,),
                                     headers=headers)
    except ServerError as exc:
        if exc.status in REFUSED:
            raise _refused(sha256, exc.status, exc) from exc
        raise
    location = response.headers.get("Location")
    offset = response.headers.get("Upload-Offset", "")
    if not location or not offset.isdigit():
        raise BadDataError("The server's tus creation answer lacks Location or Upload-Offset")
    return urljoin(transport.url(protocol.UPLOADS_PATH), location), int(offset)


def _refused(sha256: str, status: int | None, exc: Exception) -> BadDataError:
    return BadDataError(
        f"Upload of {sha256} refused ({status}): {exc}",
        user_message="The server refused an attachment (too large or damaged). "
        "Check the file and attach it again.",
    )
