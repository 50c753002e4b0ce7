"""One sync pass, in named stages, resumable after a crash at any point.

Stages::

    UPLOAD    attachments the outbox refers to go up first (tus, resumable)
    EXCHANGE  one POST carries the outbox and the cursor; the answer carries
              each op's result and the first page of changes
    PAGES     further pages, only while the server says there are more
    BLOBS     images, PDFs and attachments, by priority, with Range resume

Safety comes from the local store, not from the engine: each answer is applied
in **one transaction** that records the op results (marking them done) and
the changes and advances the cursor. A crash before that commit loses nothing:
the next pass replays the same op UUIDs, and the server answers them with
their original results. A crash after it finds everything already applied.

The engine talks to the store through :class:`LocalStore`, which
``tutorclient`` implements; it never imports Qt or ``tutorclient``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sync import protocol
from sync.errors import (
    AuthError, BadDataError, DiskFullError, FileStoreUnavailable, NetworkError,
    ProtocolVersionError, SyncInterrupted, TutorClientError, is_disk_full,
)

if TYPE_CHECKING:  # the HTTP stack loads only when a sync runs, not when the app starts
    from sync import transfer
    from sync.transport import Transport

STAGE_UPLOAD = "upload"
STAGE_EXCHANGE = "exchange"
STAGE_PAGES = "pages"
#: Changed files arriving as deltas against the versions this device holds.
STAGE_UPDATE = "update"
STAGE_BLOBS = "blobs"
STAGE_DONE = "done"
STAGES = (STAGE_UPLOAD, STAGE_EXCHANGE, STAGE_PAGES, STAGE_UPDATE, STAGE_BLOBS)

RESULT_OK = "ok"
RESULT_PARTIAL = "partial"  # finished, with conflicts, rejections or skipped blobs
RESULT_FAILED = "failed"
RESULT_CANCELLED = "cancelled"

#: Version 1 pushes at most this many ops per request (version 2: the server's
#: limit, protocol.MAX_OPS_PER_REQUEST, and protocol.PUSH_BYTES_V2 of JSON).
OPS_PER_REQUEST = 100
PAGE_SIZE = protocol.DEFAULT_PAGE_SIZE
#: Version 2: the smallest page (JSON) asked after drops; ~20 KB of zstd for posts.
PAGE_BYTES_FLOOR = 64 * 1024
MAX_EXCHANGES = 10_000  # a guard against a server that always says "more"


NOT_SHARED = "The server has no such file, or it is not shared with you."
DAMAGED = "A downloaded file was damaged on the way twice; it will be fetched at the next sync."

UPLOAD_WAITS_UNMETERED = "an unmetered link"  # a text-only pass
UPLOAD_WAITS_PERMISSION = "your permission"  # over max_blob_bytes
UPLOAD_WAITS_BUDGET = "the next sync (this one's data limit is reached)"
UPLOAD_WAITS_STORE = "the server's file store (it is unavailable just now)"


def waiting_uploads_text(count: int, size: int, reason: str) -> str:
    """Plain words for held-back attachments: "2 attachments (20.3 MB) wait for your permission"."""
    amount = f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1000))} KB"
    return (f"{count} attachment{'s' * (count != 1)} ({amount}) "
            f"wait{'s' * (count == 1)} for {reason}.")


@dataclass
class PendingOp:
    """An outbox entry as the engine sends it."""

    uuid: str
    kind: str
    record_id: str
    action: str
    base_version: int | None
    data: dict[str, Any] | None

    def wire(self, version: int = protocol.V1) -> dict[str, Any]:
        """The op as sent: every key in version 1, defaults left out in version 2."""
        op: dict[str, Any] = {"u": self.uuid, "k": self.kind, "i": self.record_id,
                              "b": self.base_version, "a": self.action}
        if self.data is not None:
            op["d"] = self.data
        return op if version == protocol.V1 else protocol.lean_op(op, version)


@dataclass
class WantedBlob:
    sha256: str
    size: int | None
    priority: int
    #: The version this one replaces, if the device holds it: asked for as a delta from it.
    base: str | None = None


@dataclass
class Upload:
    sha256: str
    path: Path
    filename: str


@dataclass
class Applied:
    """What one applied answer changed, for counts and change notices."""

    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    pulled: int = 0
    kinds: set[str] = field(default_factory=set)


class LocalStore(Protocol):
    """The client store as the engine sees it."""

    def cursor(self) -> int: ...

    def pending_ops(self, limit: int, waiting_blobs: set[str]) -> list[PendingOp]:
        """The oldest sendable ops, at most one per record; none that needs a
        blob in ``waiting_blobs`` (not uploaded yet) or touches a record in conflict."""

    def mark_attempted(self, ops: list[PendingOp]) -> None:
        """Note (durably) that these ops may have reached the server: never merge into them."""

    def take_ops(self, limit: int, waiting_blobs: set[str]) -> list[PendingOp]:
        """``pending_ops`` and ``mark_attempted`` in one write transaction.

        The engine sends only ops taken this way: an edit saved between
        choosing and marking would otherwise change what a UUID means after
        it was chosen, and the older payload would be marked done. Ops queued
        after a pass's first take may wait for the next pass."""

    def apply_answer(self, sent: list[PendingOp], results: list[dict[str, Any]],
                     changes: list[dict[str, Any]], cursor: int, reset: bool) -> Applied:
        """Record results and changes and advance the cursor, in one transaction."""

    def pull_done(self) -> bool:
        """The server has no more pages for now. True if that queued new ops to send
        (after a reset, records this device had sent that the server no longer holds)."""

    def wanted_blobs(self, limit: int) -> list[WantedBlob]: ...

    def blob_stored(self, sha256: str) -> None: ...

    def blob_failed(self, sha256: str, reason: str) -> None: ...

    def pending_uploads(self) -> list[Upload]: ...

    def upload_done(self, sha256: str) -> None: ...


@dataclass
class Options:
    text_only: bool = False  # records only: no blob downloads
    max_bytes: int | None = None  # this pass's data budget, up and down
    max_blob_bytes: int | None = None  # larger files wait until the user allows them
    #: Changes per page. Version 1 sends it when not the default; version 2 only
    #: when set (its pages are sized by bytes: ``page_bytes``).
    page_size: int | None = None
    page_bytes: int = protocol.DEFAULT_PAGE_BYTES_V2  # version 2: JSON per page


@dataclass
class Progress:
    stage: str
    items_done: int = 0
    items_total: int | None = None
    bytes_done: int = 0
    bytes_total: int | None = None


@dataclass
class Summary:
    """What one pass did; ``tutorclient sync --json`` prints this."""

    result: str = RESULT_OK
    stage: str = STAGE_DONE
    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    blobs_down: int = 0
    blobs_up: int = 0
    blobs_skipped: int = 0
    blobs_delta: int = 0  # of blobs_down, those that came as deltas
    uploads_waiting: int = 0  # attachments held back by this pass's caps (their ops wait too)
    uploads_waiting_bytes: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    #: This computer's clock minus the server's, in seconds (None: not measured:
    #: only answers that carry results or changes carry the server's time), and
    #: the margin of that measurement (half the round trip).
    clock_skew_s: float | None = None
    clock_skew_margin_s: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class SyncEngine:
    """Runs sync passes for one profile against one server."""

    def __init__(
        self,
        store: LocalStore,
        transport: Transport,
        blobs: "transfer.BlobSink",
        upload_state: "transfer.UploadState | None" = None,
        on_progress: Callable[[Progress], None] = lambda p: None,
        version: int | None = None,
    ):
        self.store = store
        self.transport = transport
        self.blobs = blobs
        self.upload_state = upload_state
        self.on_progress = on_progress
        #: Protocol version spoken; 1 stays selectable (older servers, compatibility tests).
        self.version = version or protocol.PROTOCOL_VERSION
        #: Version 2's page size now: halved after a drop, doubled after an answer.
        self.page_bytes = protocol.DEFAULT_PAGE_BYTES_V2
        #: Small blobs go in batches until the server shows it has no batch endpoint.
        self.batches = True
        self._blob_stage = STAGE_BLOBS  # the stage blob progress is reported under

    def cancel(self) -> None:
        """Ask the running pass to stop at the next safe point (thread-safe)."""
        self.transport.cancel()

    def run(self, options: Options | None = None) -> Summary:
        """One full pass. Errors are raised typed; counters are in the summary."""
        options = options or Options()
        summary = Summary()
        started = time.monotonic()
        from sync.transport import Counters

        start_counters = Counters()
        start_counters.add(self.transport.counters)
        self._start = start_counters
        self.page_bytes = options.page_bytes
        kinds: set[str] = set()
        try:
            self._upload(summary, options)
            self._exchanges(summary, options, kinds)
            if options.text_only:
                summary.blobs_skipped = len(self.store.wanted_blobs(1_000_000))
            else:
                self._download(summary, options)
            if summary.conflicts or summary.rejected or summary.blobs_skipped \
                    or summary.uploads_waiting:
                summary.result = RESULT_PARTIAL
            summary.stage = STAGE_DONE
        except SyncInterrupted as exc:
            summary.result = RESULT_CANCELLED
            summary.errors.append(exc.user_message)
            raise
        except TutorClientError as exc:
            summary.result = RESULT_FAILED
            summary.errors.append(exc.user_message)
            raise
        except (OSError, sqlite3.Error) as exc:
            if not is_disk_full(exc):
                raise
            # The store rolled the page back and a file stays a partial: a typed
            # error for the caller, which knows which folder to name.
            full = DiskFullError(f"disk full: {exc}")
            summary.result = RESULT_FAILED
            summary.errors.append(full.user_message)
            raise full from exc
        finally:
            c = self.transport.counters
            summary.requests = c.requests - start_counters.requests
            summary.bytes_up = c.bytes_up - start_counters.bytes_up
            summary.bytes_down = c.bytes_down - start_counters.bytes_down
            summary.seconds = round(time.monotonic() - started, 3)
            summary.kinds = sorted(kinds)
            self.last_summary = summary
        return summary

    # -- stages -------------------------------------------------------------------

    def _spent(self, summary: Summary) -> int:
        """Bytes up and down in this pass so far."""
        c, s = self.transport.counters, self._start
        return (c.bytes_up - s.bytes_up) + (c.bytes_down - s.bytes_down)

    def _upload(self, summary: Summary, options: Options) -> None:
        uploads = self.store.pending_uploads()
        if not uploads or self.upload_state is None:
            return
        summary.stage = STAGE_UPLOAD
        uploads, sizes = self._within_caps(uploads, summary, options)
        if not uploads:
            return
        total = sum(sizes)
        done_before = 0
        for n, item in enumerate(uploads):
            self.transport.check_cancel()
            if not item.path.exists():
                continue

            def reached(offset: int, n: int = n, base: int = done_before) -> None:
                self.on_progress(Progress(STAGE_UPLOAD, n, len(uploads), base + offset, total))

            try:
                self._upload_resuming(item, reached)
            except FileStoreUnavailable:
                # The files wait (their ops with them); the records still go.
                left = uploads[n:]
                summary.uploads_waiting += len(left)
                summary.uploads_waiting_bytes += sum(sizes[n:])
                summary.errors.append(waiting_uploads_text(len(left), sum(sizes[n:]),
                                                           UPLOAD_WAITS_STORE))
                break
            self.store.upload_done(item.sha256)
            summary.blobs_up += 1
            done_before += sizes[n]
        self.on_progress(Progress(STAGE_UPLOAD, len(uploads), len(uploads), done_before, total))

    def _within_caps(self, uploads: list[Upload], summary: Summary,
                     options: Options) -> tuple[list[Upload], list[int]]:
        """The uploads this pass's caps allow, with their sizes; count the rest as waiting.

        The same caps as downloads: nothing on a text-only pass, nothing over
        ``max_blob_bytes``, nothing that would take the pass past ``max_bytes``.
        A held file stays in ``pending_uploads``, so the ops that refer to it
        stay queued (``take_ops`` skips them) until a pass may send it."""
        allowed: list[Upload] = []
        sizes: list[int] = []
        held: dict[str, list[int]] = {}
        planned = self._spent(summary)
        for item in uploads:
            size = item.path.stat().st_size if item.path.exists() else 0
            capped = (options.text_only
                      or (options.max_blob_bytes is not None and size > options.max_blob_bytes)
                      or (options.max_bytes is not None and planned + size > options.max_bytes))
            if capped and self._server_has(item.sha256):
                # Already there (sent from another device): costs one HEAD, not the file.
                self.store.upload_done(item.sha256)
                summary.blobs_up += 1
                continue
            if options.text_only:
                reason = UPLOAD_WAITS_UNMETERED
            elif options.max_blob_bytes is not None and size > options.max_blob_bytes:
                reason = UPLOAD_WAITS_PERMISSION
            elif options.max_bytes is not None and planned + size > options.max_bytes:
                reason = UPLOAD_WAITS_BUDGET
            else:
                allowed.append(item)
                sizes.append(size)
                planned += size
                continue
            count = held.setdefault(reason, [0, 0])
            count[0] += 1
            count[1] += size
        for reason, (n, size) in held.items():
            summary.uploads_waiting += n
            summary.uploads_waiting_bytes += size
            summary.errors.append(waiting_uploads_text(n, size, reason))
        return allowed, sizes

    def _server_has(self, sha256: str) -> bool:
        """Whether the server already holds this blob and shows it to us (so we may use it)."""
        from sync.transport import ServerError

        self.transport.check_cancel()
        try:
            self.transport.request("HEAD", f"{protocol.BLOBS_PATH}/{sha256}", ok_statuses=(200,))
        except ServerError:
            return False  # 404: not there, or not ours to see; the file waits
        return True

    def _upload_resuming(self, item: Upload, reached: Callable[[int], None]) -> None:
        """Upload one blob, resuming from the server's offset after each dropped connection.

        The twin of `_download_resuming`: only tries after which the server
        holds no more bytes than before count against the retry limit.
        """
        assert self.upload_state is not None
        best = -1
        fruitless = 0

        def confirmed(offset: int) -> None:
            nonlocal best
            best = max(best, offset)
            reached(offset)

        while True:
            before = best
            from sync import transfer

            try:
                transfer.upload(self.transport, item.path, item.sha256, self.upload_state,
                                filename=item.filename, on_offset=confirmed)
                return
            except FileStoreUnavailable:
                raise
            except NetworkError:
                self.transport.check_cancel()
                fruitless = 0 if best > before else fruitless + 1
                if fruitless > self.transport.config.max_retries:
                    raise
                if fruitless:
                    self.transport.backoff(fruitless)

    def _exchanges(self, summary: Summary, options: Options, kinds: set[str]) -> None:
        summary.stage = STAGE_EXCHANGE
        waiting_uploads = {u.sha256 for u in self.store.pending_uploads()}
        carry: list[PendingOp] = []  # taken (so marked attempted) but over one body's size
        answered = False  # the server has answered an exchange in self.version
        for _ in range(MAX_EXCHANGES):
            self.transport.check_cancel()
            ops, carry = self._next_ops(carry, waiting_uploads)
            sent_at = time.time()
            try:
                message, answer = self._post_shrinking(ops, options)
            except ProtocolVersionError as exc:
                # Only a server that does not know this version is spoken to in the one
                # before (3, then 2, then 1), and only before it has answered at all; a
                # server that finds this client too old ("update_required") says so.
                older = protocol.FALLBACK.get(self.version)
                if older is None or answered or exc.code != "server_too_old":
                    raise
                self.version = older
                carry = [*ops, *carry]
                continue
            answered = True
            _note_clock(summary, sent_at, time.time(), answer.get("t"))
            applied = self.store.apply_answer(
                ops, answer.get("r", []), answer.get("x", []), answer["c"], bool(answer.get("z"))
            )
            summary.pushed += applied.pushed
            summary.pulled += applied.pulled
            summary.conflicts += applied.conflicts
            summary.rejected += applied.rejected
            kinds |= applied.kinds
            self.on_progress(Progress(summary.stage, summary.pulled + summary.pushed, None,
                                      self.transport.counters.bytes_down))
            more_ops = bool(carry) or (
                bool(ops) and bool(self.store.pending_ops(1, waiting_uploads)))
            if not answer.get("m"):
                more_ops = self.store.pull_done() or more_ops
                waiting_uploads = {u.sha256 for u in self.store.pending_uploads()}
            if not answer.get("m") and not more_ops:
                return
            if options.max_bytes is not None and self._spent(summary) >= options.max_bytes:
                summary.errors.append("Data limit for this sync reached; the rest comes next time.")
                summary.result = RESULT_PARTIAL
                return
            summary.stage = STAGE_PAGES
        raise BadDataError("The server kept sending pages without end")

    def _next_ops(self, carry: list[PendingOp],
                  waiting: set[str]) -> tuple[list[PendingOp], list[PendingOp]]:
        """The ops of the next request and those left for the one after.

        Version 1 takes ``OPS_PER_REQUEST``. Version 2 takes as many as the server
        accepts in one request and sends as many as fit ``PUSH_BYTES_V2`` of JSON;
        the rest, already marked attempted, go in the next request of this pass.
        """
        if self.version == protocol.V1:
            ops = carry or self._take_ops(OPS_PER_REQUEST, waiting)
            return ops[:OPS_PER_REQUEST], ops[OPS_PER_REQUEST:]
        ops = carry or self._take_ops(protocol.MAX_OPS_PER_REQUEST, waiting)
        size = 0
        for k, op in enumerate(ops):
            size += len(protocol.dumps(op.wire(self.version))) + 1
            if k and size > protocol.PUSH_BYTES_V2:
                return ops[:k], ops[k:]
        return ops, []

    def _message(self, ops: list[PendingOp], options: Options) -> dict[str, Any]:
        message: dict[str, Any] = {"v": self.version, "c": self.store.cursor()}
        if ops:
            message["o"] = [op.wire(self.version) for op in ops]
        if self.version == protocol.V1:
            if options.page_size not in (None, protocol.DEFAULT_PAGE_SIZE):
                message["n"] = options.page_size
        else:
            if options.page_size is not None:
                message["n"] = options.page_size
            if self.page_bytes != protocol.DEFAULT_PAGE_BYTES_V2:
                message["p"] = self.page_bytes
        return message

    def _take_ops(self, limit: int, waiting: set[str]) -> list[PendingOp]:
        take = getattr(self.store, "take_ops", None)
        if take is not None:
            return take(limit, waiting)
        # A store without an atomic take (older fakes): two steps, racy with edits.
        ops = self.store.pending_ops(limit, waiting)
        if ops:
            self.store.mark_attempted(ops)
        return ops

    def _post_shrinking(self, ops: list[PendingOp],
                        options: Options) -> tuple[dict[str, Any], dict[str, Any]]:
        """One exchange; in version 2, asked again with half the page after each drop.

        A page of 2 MiB of JSON is a few hundred KB on the wire: on a link that
        drops every 50 KB or so, resent whole it would never arrive. So a drop
        halves ``page_bytes`` (down to ``PAGE_BYTES_FLOOR``) before the next
        try, and each answer that arrives doubles it again, up to the option's
        size. Only tries at the floor count against the retry limit. The
        request is safe to repeat: the server answers op UUIDs it has seen
        with their stored results.
        """
        fruitless = 0
        while True:
            message = self._message(ops, options)
            try:
                answer = self._post_sync(message, drop_retries=self.version == protocol.V1,
                                         uuids=[op.uuid for op in ops])
            except NetworkError as exc:
                from sync.transport import never_connected  # loaded: it raised this

                # A busy server (5xx, retried by the transport already) is not a
                # drop: its error has no cause, a cut connection's has. Nor is a
                # connection never made (refused, no such host): a smaller page
                # cannot help, and the user would wait for nothing.
                if self.transport.cancelled or self.version == protocol.V1 \
                        or exc.__cause__ is None or never_connected(exc.__cause__):
                    raise
                if self.page_bytes > PAGE_BYTES_FLOOR:
                    self.page_bytes = max(PAGE_BYTES_FLOOR, self.page_bytes // 2)
                else:
                    fruitless += 1
                    if fruitless > self.transport.config.max_retries:
                        raise
                self.transport.backoff(max(1, fruitless))
                continue
            self.page_bytes = min(options.page_bytes, self.page_bytes * 2)
            return message, answer

    def _post_sync(self, message: dict[str, Any], drop_retries: bool = True,
                   uuids: list[str] | None = None) -> dict[str, Any]:
        """One exchange; the answer is checked for shape (and, in version 2,
        expanded into version 1's shapes), not applied."""
        raw = protocol.dumps(message)
        body, coding = protocol.compress(raw, ["zstd"])
        # Every version 2 client takes zstd (the header stays: without one, http.client
        # would add "Accept-Encoding: identity", which is longer).
        headers = {"Accept-Encoding": "zstd, gzip" if self.version == protocol.V1 else "zstd"}
        if coding:
            headers["Content-Encoding"] = coding
        # Idempotent by op UUIDs: a repeat returns the stored results (docs/protocol.md).
        response = self.transport.request("POST", protocol.SYNC_PATH, body=body, headers=headers,
                                          idempotent=True, drop_retries=drop_retries)
        from sync.transport import json_body

        answer = json_body(response)
        if not isinstance(answer, dict) or not isinstance(answer.get("c"), int):
            raise BadDataError("The sync answer has no cursor")
        if answer.get("v") != self.version:
            raise ProtocolVersionError(f"Server speaks protocol {answer.get('v')}")
        if self.version != protocol.V1:
            if uuids is None:  # results name the ops by position; version 3 creates go without u
                uuids = [op.get("u", "") for op in message.get("o", [])]
            try:
                answer["r"] = protocol.expand_results(answer.get("r", []), uuids)
                answer["x"] = protocol.expand_changes(answer.get("x", []))
            except ValueError as exc:
                raise BadDataError(f"The sync answer could not be read: {exc}") from exc
        results = answer.get("r", [])
        if len(results) != len(message.get("o", [])):
            raise BadDataError(
                f"The server answered {len(results)} results for {len(message.get('o', []))} ops"
            )
        return answer

    def _download(self, summary: Summary, options: Options) -> None:
        """Wanted blobs in the store's order (the lesson being read first).

        Runs of small blobs go in batches (``transfer.download_batch``), each
        larger file in a ``GET`` of its own, in their place in that order. The
        caps are checked per blob as it is planned, counting what the batch
        already holds.
        """
        from sync import transfer

        wanted = self.store.wanted_blobs(100_000)
        if not wanted:
            return
        try:
            updates = [w for w in wanted if transfer.usable_base(self.blobs, w.base)]
            if updates:
                self._download_updates(updates, summary, options)
                wanted = [w for w in wanted if not transfer.usable_base(self.blobs, w.base)
                          and not self.blobs.has(w.sha256)]
            if not wanted:
                return
            summary.stage = self._blob_stage = STAGE_BLOBS
            self._blob_count = (0, len(wanted), 0, sum(w.size or 0 for w in wanted))
            self._download_wanted(wanted, summary, options)
        except FileStoreUnavailable as exc:
            # Every blob not stored yet stays wanted for a later pass; the records
            # of this pass are in, so it ends partial, not failed.
            summary.blobs_skipped = len(self.store.wanted_blobs(100_000))
            summary.errors.append(exc.user_message)
        done, n, done_bytes, total = self._blob_count
        self.on_progress(Progress(self._blob_stage, n, n, done_bytes, total or None))

    def _download_wanted(self, wanted: list[WantedBlob], summary: Summary,
                         options: Options) -> None:
        from sync import transfer

        failures = 0
        batch: list[WantedBlob] = []
        batch_bytes = 0
        for k, blob in enumerate(wanted):
            self.transport.check_cancel()
            remaining = (blob.size or 0) - self.blobs.partial_offset(blob.sha256)
            if (options.max_blob_bytes is not None and remaining > options.max_blob_bytes) or (
                    options.max_bytes is not None
                    and self._spent(summary) + batch_bytes + remaining > options.max_bytes):
                summary.blobs_skipped += 1
                continue
            if self.batches and transfer.batchable(blob.size):
                batch.append(blob)
                batch_bytes += remaining
                last = k + 1 == len(wanted)
                if not last and len(batch) < transfer.BATCH_MAX_BLOBS \
                        and batch_bytes < transfer.BATCH_BYTES:
                    continue
                failures += self._download_batch(batch, summary)
                batch, batch_bytes = [], 0
                continue
            if batch:  # keep the order: the batch before this one goes first
                failures += self._download_batch(batch, summary)
                batch, batch_bytes = [], 0
            failures += self._download_single(blob, summary)
        if batch:
            failures += self._download_batch(batch, summary)
        summary.blobs_skipped += failures

    def _download_updates(self, updates: list[WantedBlob], summary: Summary,
                          options: Options) -> None:
        """Changed files as deltas from the versions held (stage "update"), one ``GET`` each.

        The caps count what the update costs: when the whole file would not
        fit, a ``HEAD`` asks the size of the delta, which may.
        """
        from sync import transfer

        summary.stage = self._blob_stage = STAGE_UPDATE
        # No byte total: a delta's size is known only when it comes (files count instead).
        self._blob_count = (0, len(updates), 0, 0)
        failures = 0
        for blob in updates:
            self.transport.check_cancel()
            cost = blob.size or 0
            if not self._fits(summary, options, cost):
                assert blob.base is not None
                cost = transfer.update_cost(self.transport, self.blobs, blob.sha256, blob.base)
                if not self._fits(summary, options, cost):
                    summary.blobs_skipped += 1
                    continue
            failures += self._download_single(blob, summary)
        summary.blobs_skipped += failures
        done, n, done_bytes, _ = self._blob_count
        self.on_progress(Progress(STAGE_UPDATE, n, n, done_bytes, None))

    def _fits(self, summary: Summary, options: Options, cost: int) -> bool:
        """Whether a file costing ``cost`` more bytes stays within this pass's caps."""
        if options.max_blob_bytes is not None and cost > options.max_blob_bytes:
            return False
        return options.max_bytes is None or self._spent(summary) + cost <= options.max_bytes

    def _counted(self, k: int, items: int = 0) -> None:
        done, n, done_bytes, total = self._blob_count
        self._blob_count = (done + items, n, done_bytes + k, total)
        self.on_progress(Progress(self._blob_stage, done + items, n, done_bytes + k, total))

    def _download_single(self, blob: WantedBlob, summary: Summary) -> int:
        """One blob by ``GET``; returns 1 if it failed (and is left for a later pass)."""
        try:
            try:
                self._download_resuming(blob, summary)
            except BadDataError:
                # Damaged bytes were discarded; one fresh try now, then leave it for later.
                self._download_resuming(blob, summary)
        except NetworkError as exc:
            if self.transport.cancelled:
                raise SyncInterrupted("Sync cancelled") from exc
            raise
        except (AuthError, SyncInterrupted, DiskFullError):
            raise  # a cancel or a full disk is not one blob's failure: stop the pass
        except TutorClientError as exc:
            # Damaged twice, or 403/404 for one blob: that must not stop the others.
            self.store.blob_failed(blob.sha256, exc.user_message)
            return 1
        self.store.blob_stored(blob.sha256)
        summary.blobs_down += 1
        self._counted(0, 1)
        return 0

    def _download_batch(self, batch: list[WantedBlob], summary: Summary) -> int:
        """Small blobs in framed batches, resumed after each drop; returns how many failed.

        A try that moved no byte counts against the retry limit, as for one
        ``GET``. A blob whose bytes arrive damaged is asked once more; a
        server without batches, or a malformed answer, gets ``GET``s instead.
        """
        from sync import transfer

        pending = {b.sha256: b for b in batch}
        damaged: set[str] = set()
        failed = 0
        fruitless = 0
        moved = 0

        def on_bytes(k: int) -> None:
            nonlocal moved
            moved += k
            self._counted(k)

        def on_frame(sha: str, outcome: str) -> None:
            nonlocal failed, moved
            blob = pending.pop(sha)
            moved += 1  # a frame that ended is progress, even an empty or refused one
            if outcome == transfer.STORED:
                self.store.blob_stored(sha)
                summary.blobs_down += 1
                self._counted(0, 1)
            elif outcome == transfer.CORRUPT and sha not in damaged:
                damaged.add(sha)
                pending[sha] = blob  # asked again, at the end of the next request
            else:
                self.store.blob_failed(sha, NOT_SHARED if outcome == transfer.REFUSED
                                       else DAMAGED)
                failed += 1

        while pending:
            before = moved
            try:
                if transfer.download_batch(self.transport, self.blobs,
                                           [(b.sha256, b.size) for b in pending.values()],
                                           on_bytes, on_frame):
                    continue
                self.batches = False  # an older server: one GET per blob from now on
            except FileStoreUnavailable:
                raise
            except NetworkError as exc:
                if self.transport.cancelled:
                    raise SyncInterrupted("Sync cancelled") from exc
                fruitless = 0 if moved > before else fruitless + 1
                if fruitless > self.transport.config.max_retries:
                    raise
                if fruitless:
                    self.transport.backoff(fruitless)
                continue
            except BadDataError:
                pass  # a malformed answer: these blobs go one by one
            return failed + sum(self._download_single(b, summary) for b in list(pending.values()))
        return failed

    def _received(self, blob: WantedBlob) -> int:
        """Bytes of ``blob`` on disk so far, of the whole file or of its delta."""
        have = self.blobs.partial_offset(blob.sha256)
        if blob.base is not None:
            from sync import transfer

            part = transfer.delta_partial(self.blobs, blob.sha256, blob.base)
            have += part.stat().st_size if part.is_file() else 0
        return have

    def _download_resuming(self, blob: WantedBlob, summary: Summary) -> None:
        """Download one blob, resuming after each dropped connection while bytes keep coming.

        On a link that drops every few seconds a large PDF still arrives: every
        try continues from the bytes already on disk. Only tries that bring
        nothing count against the limit.
        """
        from sync import transfer

        fruitless = 0
        while True:
            before = self._received(blob)
            try:
                if blob.base is None:
                    transfer.download(self.transport, self.blobs, blob.sha256, blob.size,
                                      self._counted)
                elif transfer.download_update(self.transport, self.blobs, blob.sha256,
                                              blob.base, blob.size, self._counted):
                    summary.blobs_delta += 1
                return
            except FileStoreUnavailable:
                raise
            except NetworkError:
                if self.transport.cancelled:
                    raise
                progressed = self._received(blob) > before
                fruitless = 0 if progressed else fruitless + 1
                if fruitless > self.transport.config.max_retries:
                    raise
                if not progressed:
                    self.transport.backoff(fruitless)


def _note_clock(summary: Summary, sent_at: float, received_at: float, server_ms: Any) -> None:
    """Compare this computer's clock with the server's time in an answer.

    The server read its clock between our send and our receipt, so the best
    guess is the middle of the round trip, give or take half of it. The most
    precise measurement of the pass is kept.
    """
    if not isinstance(server_ms, int) or isinstance(server_ms, bool) or server_ms <= 0:
        return
    margin = max(0.0, (received_at - sent_at) / 2)
    if summary.clock_skew_margin_s is not None and summary.clock_skew_margin_s <= margin:
        return
    summary.clock_skew_s = round((sent_at + received_at) / 2 - server_ms / 1000, 3)
    summary.clock_skew_margin_s = round(margin, 3)
