"""Which requests the transport repeats after a lost answer: only those safe to repeat.

A request whose answer never arrived may still have been carried out. Repeating
it is harmless only for idempotent methods, a tus PATCH (the server checks its
``Upload-Offset``), or a request made idempotent by a key (``Idempotency-Key``,
or the sync POST, idempotent by op UUIDs). The network simulator cuts every
answer after its first byte; a small server counts what really arrived.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from sync.errors import NetworkError
from sync.netsim import NetSim
from sync.transport import Transport, TransportConfig, retry_safe

RETRIES = 3


class _Counting(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: list[str] = []

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        type(self).seen.append(self.command)
        body = b"{}"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_HEAD = do_PUT = do_DELETE = do_OPTIONS = do_POST = do_PATCH = _answer

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def counting_server() -> Iterator[tuple[str, int]]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_address[:2]
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def cut_link(counting_server: tuple[str, int]) -> Iterator[NetSim]:
    with NetSim(counting_server, profile="none", seed=1) as sim:
        sim.set_drop_after(1, direction="down")  # the request arrives; its answer does not
        _Counting.seen.clear()
        yield sim


CASES = [
    ("GET", {}, {}, True),
    ("HEAD", {}, {}, True),
    ("PUT", {}, {}, True),
    ("DELETE", {}, {}, True),
    ("OPTIONS", {}, {}, True),
    ("POST", {}, {}, False),
    ("POST", {"Idempotency-Key": "3f2a9c"}, {}, True),
    ("POST", {}, {"idempotent": True}, True),  # e.g. /v1/sync: idempotent by op UUIDs
    ("PATCH", {}, {}, False),
    ("PATCH", {"Upload-Offset": "65536", "Tus-Resumable": "1.0.0"}, {}, True),
]


@pytest.mark.parametrize(("method", "headers", "extra", "safe"), CASES,
                         ids=[f"{m}{'+' + next(iter(h)) if h else ''}{'+marked' if e else ''}"
                              for m, h, e, _ in CASES])
def test_only_requests_safe_to_repeat_are_retried(cut_link: NetSim, method: str,
                                                  headers: dict[str, str], extra: dict[str, Any],
                                                  safe: bool) -> None:
    transport = Transport(TransportConfig(cut_link.url, max_retries=RETRIES,
                                          backoff_base=0.001, backoff_max=0.01))
    try:
        with pytest.raises(NetworkError):
            transport.request(method, "/thing", body=b"x" if method != "GET" else None,
                              headers=headers, **extra)
    finally:
        transport.close()
    tries = RETRIES + 1 if safe else 1
    assert _Counting.seen == [method] * tries
    assert cut_link.counters.drops == tries
    assert transport.counters.retries == tries - 1


@pytest.mark.parametrize(("method", "headers", "extra", "safe"), CASES)
def test_retry_policy_per_method(method: str, headers: dict[str, str], extra: dict[str, Any],
                                 safe: bool) -> None:
    assert retry_safe(method, headers, idempotent=extra.get("idempotent", False)) is safe
    assert retry_safe(method.lower(), {k.lower(): v for k, v in headers.items()},
                      idempotent=extra.get("idempotent", False)) is safe


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again on leaving: nothing listens there


def test_a_refused_connection_fails_at_once_without_retries() -> None:
    """Nobody listens: no retry brings a listener, so the pass ends now (autosync probes later)."""
    import time

    transport = Transport(TransportConfig(f"http://127.0.0.1:{_closed_port()}"))
    started = time.monotonic()
    try:
        with pytest.raises(NetworkError):
            transport.request("GET", "/healthz")
    finally:
        transport.close()
    assert time.monotonic() - started < 1.0
    assert transport.counters.retries == 0
    assert transport.counters.bytes_up == 0  # nothing crossed the wire
