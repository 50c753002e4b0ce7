"""Over TLS, a connection the link cuts is a dropped connection, not a certificate problem.

The transport retries it like any drop, on a new (resumed) TLS connection from
the pool, and keeps "certificate could not be verified" for real verification
failures, which are never retried.
"""

from __future__ import annotations

import os
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.errors import NetworkError
from sync.server.testing import self_signed_cert
from sync.transport import SessionPool, Transport, TransportConfig


class _CuttingServer:
    """Answers 200 over TLS, except that it cuts the first ``cuts`` requests unanswered."""

    def __init__(self, cert: Path, key: Path, cuts: int) -> None:
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.cuts = cuts
        self.requests = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._one, args=(raw,), daemon=True).start()

    def _one(self, raw: socket.socket) -> None:
        try:
            conn = self.ctx.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            raw.close()
            return
        with conn:
            while True:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    data += chunk
                self.requests += 1
                if self.requests <= self.cuts:
                    # The link dies: no answer, no TLS close_notify, just the TCP end.
                    os.close(conn.detach())
                    return
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")


@pytest.fixture
def cert_pair(tmp_path: Path) -> tuple[Path, Path]:
    return self_signed_cert(tmp_path)


@pytest.fixture
def cutting(cert_pair) -> Iterator[_CuttingServer]:
    server = _CuttingServer(*cert_pair, cuts=1)
    yield server
    server.sock.close()


def test_a_cut_tls_connection_is_retried_as_a_network_drop(cutting, cert_pair) -> None:
    config = TransportConfig(f"https://127.0.0.1:{cutting.port}", ca_bundle=str(cert_pair[0]),
                             backoff_base=0.01, backoff_max=0.05)
    transport = Transport(config, pool=SessionPool(str(cert_pair[0])))
    try:
        assert transport.request("GET", "/x").status_code == 200
        assert transport.counters.retries == 1 and cutting.requests == 2
    finally:
        transport.close()


def test_cut_every_time_it_is_a_network_error_not_a_certificate_one(cert_pair) -> None:
    server = _CuttingServer(*cert_pair, cuts=100)
    config = TransportConfig(f"https://127.0.0.1:{server.port}", ca_bundle=str(cert_pair[0]),
                             max_retries=1, backoff_base=0.01, backoff_max=0.05)
    transport = Transport(config)
    try:
        with pytest.raises(NetworkError) as caught:
            transport.request("GET", "/x")
        assert "certificate" not in caught.value.user_message
    finally:
        transport.close()
        server.sock.close()


def test_an_unknown_certificate_is_still_refused_as_one(cutting) -> None:
    transport = Transport(TransportConfig(f"https://127.0.0.1:{cutting.port}"))
    try:
        with pytest.raises(NetworkError) as caught:
            transport.request("GET", "/x")
        assert "certificate could not be verified" in caught.value.user_message
        assert transport.counters.retries == 0
    finally:
        transport.close()
