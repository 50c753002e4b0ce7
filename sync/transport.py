"""HTTP transport for one sync pass: one ``requests.Session``, counted bytes, retries.

* **Stall timeout, not total timeout.** ``requests``' read timeout is the time
  allowed between two reads from the socket, so a slow but moving transfer on
  a 64 kbit/s link is never killed; only a silent connection is.
* **Retries** with exponential backoff and full jitter for connection errors,
  429 and 5xx, honouring ``Retry-After``. A request whose answer was lost may
  have been carried out, so only requests safe to repeat are retried
  (:func:`retry_safe`): idempotent methods, a tus ``PATCH`` (the server checks
  its ``Upload-Offset``), and requests made idempotent by a key -- an
  ``Idempotency-Key`` header (tus creation) or the caller's word
  (``idempotent=True``: the sync POST, idempotent by op UUIDs). Anything else
  is retried only when it provably never left this computer, or got 429.
* **Byte counting**: request line, headers and body up; status line, headers
  and the body as it crossed the wire (still compressed) down.
* **TLS** verification is always on; an organisation may name its own CA bundle.
  Sessions are resumed across connections (``sync/tls.py``).
* **Threads.** A ``requests.Session`` is not documented as thread-safe, so
  transports never share one at the same time: they borrow one from a
  :class:`SessionPool` for their life and give it back, which keeps its open
  connection for the next transport (a sign-in, then a sync).
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3

from sync import protocol
from sync.tls import ResumingAdapter, ResumingContext
from sync.errors import (
    AuthError, BadDataError, FileStoreUnavailable, NetworkError, ProtocolVersionError,
    SyncInterrupted, TutorClientError,
)

CONNECT_TIMEOUT_S = 15.0
STALL_TIMEOUT_S = 30.0
MAX_RETRIES = 4
BACKOFF_BASE_S = 1.0
BACKOFF_MAX_S = 60.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
#: The error code of a 503 from a server whose file store is down (records still sync).
BLOB_STORE_UNAVAILABLE = "blob_store_unavailable"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def retry_safe(method: str, headers: dict[str, str] | None = None, *,
               idempotent: bool = False) -> bool:
    """May this request be sent again after its answer was lost?

    True for idempotent methods (RFC 9110), for a tus ``PATCH`` (it names its
    ``Upload-Offset``, so a repeat of an applied chunk gets 409, never a second
    copy of the bytes), for a request carrying an ``Idempotency-Key``, and when
    the caller vouches for it (``idempotent=True``).
    """
    names = {k.lower() for k in (headers or {})}
    verb = method.upper()
    if verb in IDEMPOTENT_METHODS or idempotent or "idempotency-key" in names:
        return True
    return verb == "PATCH" and "upload-offset" in names


@dataclass
class Counters:
    """Traffic of one pass (or of a transport's lifetime)."""

    requests: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    retries: int = 0

    def add(self, other: "Counters") -> None:
        self.requests += other.requests
        self.bytes_up += other.bytes_up
        self.bytes_down += other.bytes_down
        self.retries += other.retries


@dataclass
class TransportConfig:
    base_url: str
    ca_bundle: str | None = None  # path to an organisation's CA bundle (PEM)
    connect_timeout: float = CONNECT_TIMEOUT_S
    stall_timeout: float = STALL_TIMEOUT_S
    max_retries: int = MAX_RETRIES
    backoff_base: float = BACKOFF_BASE_S
    backoff_max: float = BACKOFF_MAX_S


class ServerError(TutorClientError):
    """The server answered with an error it described (``code``, ``status``)."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(f"HTTP {status} {code}: {message}", user_message=message)
        self.status = status
        self.code = code


def new_session(ca_bundle: str | None = None,
                tls: ResumingContext | None = None) -> requests.Session:
    """A ``requests.Session`` as transports use it: TLS verified (against
    ``ca_bundle`` if given), sessions resumed through ``tls`` (its own context if
    not given), and no header but our User-Agent by default."""
    session = requests.Session()
    session.headers.clear()  # no default User-Agent, Accept or Connection noise
    session.headers["User-Agent"] = protocol.USER_AGENT
    session.verify = ca_bundle or True
    session.mount("https://", ResumingAdapter(tls or ResumingContext()))
    return session


class SessionPool:
    """``requests.Session`` objects for one profile, each used by one thread at a time.

    :meth:`acquire` hands out the session given back last (its connection is
    the likeliest still open), or a new one; all share one TLS context, so a
    connection opened by any of them resumes the TLS session of another.
    """

    def __init__(self, ca_bundle: str | None = None) -> None:
        self.ca_bundle = ca_bundle
        self.tls = ResumingContext()
        self._idle: list[requests.Session] = []
        self._all: list[requests.Session] = []
        self._lock = threading.Lock()

    def acquire(self) -> requests.Session:
        with self._lock:
            if self._idle:
                return self._idle.pop()
            session = new_session(self.ca_bundle, self.tls)
            self._all.append(session)
            return session

    def release(self, session: requests.Session) -> None:
        with self._lock:
            if session in self._all and session not in self._idle:
                self._idle.append(session)

    @property
    def size(self) -> int:
        """Sessions made so far (as many as transports ever ran at once)."""
        return len(self._all)

    def close(self) -> None:
        with self._lock:
            sessions, self._all, self._idle = self._all, [], []
        for session in sessions:
            session.close()


class Transport:
    """One session of HTTP requests to the server, counted and cancellable."""

    def __init__(self, config: TransportConfig, token: str | None = None,
                 session: requests.Session | None = None, pool: SessionPool | None = None):
        """``pool``: where to borrow a session for this transport's life, so that
        several transports (a sign-in, then syncs) reuse one connection and
        resume TLS; :meth:`close` gives it back. ``session``: a caller's own
        session, used as it is (the caller closes it and keeps it to one thread)."""
        self.config = config
        self.token = token
        self.counters = Counters()
        self._cancel = threading.Event()
        self._pool = pool
        self._owns_session = session is None and pool is None
        if pool is not None:
            session = pool.acquire()
        self._session = session or new_session(config.ca_bundle)
        self._active: requests.Response | None = None
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------

    def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.release(self._session)
        elif self._owns_session:
            self._session.close()

    def cancel(self) -> None:
        """Stop as soon as possible: wake any sleep and cut the current transfer."""
        self._cancel.set()
        with self._lock:
            active = self._active
        if active is not None:
            try:
                active.close()
            except Exception:  # noqa: BLE001 - closing a dying socket may raise anything
                pass

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancel(self) -> None:
        if self._cancel.is_set():
            raise SyncInterrupted("Sync cancelled", user_message="Sync was cancelled. "
                                  "Everything received so far is saved.")

    # -- requests ----------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.config.base_url.rstrip("/") + path

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
        stream: bool = False,
        retry: bool = True,
        idempotent: bool = False,
        drop_retries: bool = True,
        ok_statuses: tuple[int, ...] = (200, 201, 204, 206),
    ) -> requests.Response:
        """Send one request with retries; raise a typed error for a failure.

        ``retry=False`` never retries. Otherwise a request is retried only as
        far as :func:`retry_safe` allows; ``idempotent=True`` marks a POST the
        server deduplicates (the sync exchange, by op UUIDs). ``drop_retries=False``
        raises a dropped connection at once, for a caller that retries with a
        smaller request (the engine's pull pages).
        """
        safe = retry_safe(method, headers, idempotent=idempotent)
        attempt = 0
        while True:
            self.check_cancel()
            try:
                response = self._send(method, path, body, headers or {}, auth, stream)
            except requests.exceptions.SSLError as exc:
                raise NetworkError(
                    f"TLS verification failed for {self.config.base_url}: {exc}",
                    user_message="The server's security certificate could not be verified. "
                    "Ask your coordinator to check the server address and certificate settings.",
                ) from exc
            except (requests.ConnectionError, requests.Timeout) as exc:
                self.check_cancel()
                # Unsafe to repeat unless it never reached the server. A refused
                # connection means nothing listens there: retrying within the pass
                # only makes the user wait (7 s on loopback); the next probe or
                # pass tries again. Timeouts, resets and cut answers stay retried.
                if not retry or attempt >= self.config.max_retries or _refused(exc) or not (
                        (safe and drop_retries) or _never_connected(exc)):
                    raise NetworkError(f"{method} {path} failed: {exc}") from exc
                attempt += 1
                self.counters.retries += 1
                self._backoff(attempt, None)
                continue
            if response.status_code in ok_statuses:
                return response
            # 429 means "not done, come back later"; a 5xx may follow a partial effect.
            repeatable = safe or response.status_code == 429
            if response.status_code == 503 and response.headers.get("Retry-After"):
                error = self._error_for(response)
                if isinstance(error, FileStoreUnavailable):
                    raise error  # down for longer than a backoff: files wait for a later pass
            if retry and repeatable and response.status_code in RETRY_STATUSES \
                    and attempt < self.config.max_retries:
                attempt += 1
                self.counters.retries += 1
                retry_after = response.headers.get("Retry-After")
                self._drain(response)
                self._backoff(attempt, retry_after)
                continue
            raise self._error_for(response)

    def _send(self, method: str, path: str, body: bytes | None, headers: dict[str, str],
              auth: bool, stream: bool) -> requests.Response:
        h = dict(headers)
        if auth and self.token:
            h["Authorization"] = f"Bearer {self.token}"
        request = requests.Request(method, self.url(path), data=body, headers=h)
        prepared = self._session.prepare_request(request)
        self.counters.requests += 1
        size = _request_size(prepared)
        self.counters.bytes_up += size
        try:
            response = self._session.send(
                prepared,
                timeout=(self.config.connect_timeout, self.config.stall_timeout),
                stream=True,
                allow_redirects=False,
            )
        except (requests.exceptions.ConnectTimeout, requests.ConnectionError) as exc:
            if _never_connected(exc):
                # Nothing crossed the wire: do not charge it against the data caps.
                self.counters.bytes_up -= size
            raise
        self.counters.bytes_down += _head_size(response)
        if stream:
            with self._lock:
                self._active = response
            return response
        # Read the body as it came over the wire (compressed) so it is counted
        # exactly, then let the caller decode it.
        try:
            raw = response.raw.read(decode_content=False)
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            # A body cut off mid-way is a dropped connection like any other:
            # retried below, and never a bare urllib3 error for the caller.
            raise requests.ConnectionError(f"Answer cut off: {exc}") from exc
        finally:
            response.close()
        self.counters.bytes_down += len(raw)
        response._content = raw  # noqa: SLF001 - the documented way to pre-load content
        response._content_consumed = True  # noqa: SLF001
        return response

    def iter_body(self, response: requests.Response, chunk_size: int = 8192) -> Iterator[bytes]:
        """Stream a body in small chunks, counted, stopping promptly on cancel."""
        try:
            while True:
                self.check_cancel()
                try:
                    # read1, not read: when the link drops, read(n) throws away the
                    # bytes it had gathered towards n; read1 hands over each piece as
                    # it comes, so everything that crossed the wire reaches the file.
                    chunk = response.raw.read1(chunk_size, decode_content=False)
                except Exception as exc:  # urllib3 raises several types on a cut
                    self.check_cancel()
                    raise NetworkError(f"Download interrupted: {exc}") from exc
                if not chunk:
                    return
                self.counters.bytes_down += len(chunk)
                yield chunk
        finally:
            with self._lock:
                if self._active is response:
                    self._active = None
            response.close()

    def _drain(self, response: requests.Response) -> None:
        response.close()

    def backoff(self, attempt: int) -> None:
        """Wait before another try (jittered, cancellable)."""
        self._backoff(attempt, None)

    def _backoff(self, attempt: int, retry_after: str | None) -> None:
        delay = _retry_after_seconds(retry_after)
        if delay is None:
            # Full jitter: a clinic's devices reconnecting together must not stampede.
            cap = min(self.config.backoff_max, self.config.backoff_base * 2 ** (attempt - 1))
            delay = random.uniform(0, cap)
        delay = min(delay, self.config.backoff_max)
        if self._cancel.wait(delay):
            self.check_cancel()

    def _error_for(self, response: requests.Response) -> TutorClientError:
        status = response.status_code
        code, message = "http_error", f"The server answered {status}."
        try:
            payload = protocol.loads(
                protocol.decode_coding(response.content, response.headers.get("Content-Encoding"))
            )
            if isinstance(payload, dict):
                code = str(payload.get("error", code))
                message = str(payload.get("message", message))
        except Exception:  # noqa: BLE001 - an error page need not be JSON
            pass
        if status == 401:
            return AuthError(f"HTTP 401 {code}: {message}")
        if status == 426:
            return ProtocolVersionError(f"HTTP 426: {message}", user_message=message, code=code)
        if status == 503 and code == BLOB_STORE_UNAVAILABLE:
            return FileStoreUnavailable(f"HTTP 503 {code}: {message}")
        if status in RETRY_STATUSES:
            return NetworkError(
                f"HTTP {status} {code}: {message}",
                user_message="The server is busy or having a problem. "
                "Your work is saved and will be sent at the next sync.",
            )
        if status == 400 and code == "bad_request":
            return BadDataError(f"HTTP 400: {message}")
        return ServerError(status, code, message)


def never_connected(exc: BaseException) -> bool:
    """True when ``exc`` (or its cause) is a connect that never reached the server:
    refused, unresolved or timed out. Nothing was sent, so nothing was cut."""
    return _never_connected(exc) or _refused(exc)


def _never_connected(exc: BaseException) -> bool:
    """A refused, unresolved or timed-out connect: the request never left this computer."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    seen = 0
    cause: BaseException | None = exc
    while cause is not None and seen < 6:
        if type(cause).__name__ in ("NewConnectionError", "NameResolutionError"):
            return True
        reason = getattr(cause, "reason", None)
        inner = cause.args[0] if cause.args and isinstance(cause.args[0], BaseException) else None
        cause = (reason if isinstance(reason, BaseException) else None) or inner or cause.__cause__
        seen += 1
    return False


def _refused(exc: BaseException) -> bool:
    """ECONNREFUSED somewhere in ``exc``'s chain: the host answered that nothing listens."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack and len(seen) < 12:
        cause = stack.pop()
        if id(cause) in seen:
            continue
        seen.add(id(cause))
        if isinstance(cause, ConnectionRefusedError):
            return True
        reason = getattr(cause, "reason", None)
        stack.extend(c for c in (reason, cause.__cause__, cause.__context__, *cause.args)
                     if isinstance(c, BaseException))
    return False


def _request_size(prepared: requests.PreparedRequest) -> int:
    parts = urlsplit(prepared.url or "")
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    # requests/urllib3 add Host (and Accept-Encoding/Connection unless set).
    head = f"{prepared.method} {target} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in prepared.headers.items()) + "\r\n"
    body = prepared.body or b""
    return len(head.encode("latin-1", "replace")) + len(body if isinstance(body, bytes) else body.encode())


def _head_size(response: requests.Response) -> int:
    head = f"HTTP/1.1 {response.status_code} {response.reason or ''}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in response.raw.headers.items()) + "\r\n"
    return len(head.encode("latin-1", "replace"))


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def json_body(response: requests.Response) -> Any:
    """Decode a JSON response body (compressed or not) or raise BadDataError."""
    try:
        raw = protocol.decode_coding(response.content, response.headers.get("Content-Encoding"))
        return protocol.loads(raw)
    except Exception as exc:  # noqa: BLE001 - any decode failure is bad data
        raise BadDataError(
            f"The server's answer could not be read: {exc}",
            user_message="The answer from the server was damaged on the way. "
            "Nothing was changed; the sync will try again.",
        ) from exc
