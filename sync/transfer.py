"""Resumable blob transfers: ``Range`` downloads and tus uploads.

Downloads append to a partial file kept by the client's blob cache; its size
is the offset to resume from, across app restarts. ``If-Range`` with the blob's
strong ETag makes a resumed request safe: were the server ever to answer with
other bytes, it sends the whole blob instead of a mismatched tail. Every
blob is verified against its SHA-256 before it is used.

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
from collections.abc import Callable
from pathlib import Path
from typing import Protocol
from urllib.parse import urljoin

from sync import protocol
from sync.errors import BadDataError, NetworkError, StorageError, SyncInterrupted
from sync.transport import ServerError, Transport

DOWNLOAD_CHUNK = 4096  # small enough that cancel is noticed within a second on 2G


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
    try:
        sink.finish_partial(sha256)
    except StorageError as exc:
        raise BadDataError(
            f"Blob {sha256} failed verification: {exc}",
            user_message="A downloaded file was damaged on the way and will be fetched again.",
        ) from exc


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
