"""TLS is always verified; an organisation's own CA can be trusted with --ca-bundle."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from sync.server.testing import free_port, self_signed_cert

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tls_server(tmp_path: Path):
    cert, key = self_signed_cert(tmp_path)
    data = tmp_path / "srv"
    server = [sys.executable, "-m", "sync.server.cli", "--data", str(data)]
    subprocess.run(server + ["seed-demo"], check=True, capture_output=True, timeout=120)
    port = free_port()
    proc = subprocess.Popen(server + ["serve", "--port", str(port), "--tls-cert", str(cert),
                                      "--tls-key", str(key)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.get(url + "/healthz", verify=str(cert), timeout=1)
            break
        except requests.RequestException:
            time.sleep(0.1)
    yield url, cert
    proc.terminate()
    proc.wait(timeout=10)


def _login(home: Path, url: str, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, TUTORCLIENT_HOME=str(home), TUTORCLIENT_TOKEN_FILE="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    return subprocess.run([sys.executable, "-m", "tutorclient", "--profile", str(home / "p"),
                           "login", "--server", url, "--username", "amina", *extra],
                          input="demo-amina\n", capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_unknown_certificate_is_refused_then_trusted_with_ca_bundle(tls_server, tmp_home) -> None:
    url, cert = tls_server
    refused = _login(tmp_home, url)
    assert refused.returncode == 3
    assert "certificate could not be verified" in refused.stderr
    trusted = _login(tmp_home, url, "--ca-bundle", str(cert))
    assert trusted.returncode == 0, trusted.stderr
    sync = subprocess.run([sys.executable, "-m", "tutorclient", "--profile", str(tmp_home / "p"),
                           "sync", "--text-only", "--json"], capture_output=True, text=True,
                          env=dict(os.environ, TUTORCLIENT_HOME=str(tmp_home),
                                   TUTORCLIENT_TOKEN_FILE="1",
                                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"),
                          cwd=ROOT, timeout=120)
    assert '"pulled"' in sync.stdout and sync.returncode in (0, 5), sync.stderr


def _open_sockets(pool) -> list:
    """The TLS sockets of the connections a profile's HTTP sessions keep open."""
    socks = []
    for session in pool._all:  # noqa: SLF001 - the test looks inside the app's pool
        for conns in session.get_adapter("https://").poolmanager.pools._container.values():
            socks += [c.sock for c in list(conns.pool.queue) if c is not None and c.sock]
    return socks


def _drop_connections(pool) -> None:
    for session in pool._all:  # noqa: SLF001
        session.get_adapter("https://").close()


def test_a_new_connection_resumes_the_tls_session(tls_server, tmp_home) -> None:
    """After a first sync, a sync on a new TCP connection resumes TLS (no full handshake)."""
    from tutorclient.session import Profile

    url, cert = tls_server
    profile = Profile(tmp_home / "p", token_file=True)
    try:
        profile.set_setting("ca_bundle", str(cert))
        profile.login(url, "amina", "demo-amina")
        profile.sync()
        pool = profile._http_pool()  # noqa: SLF001
        first = _open_sockets(pool)
        assert first and not any(s.session_reused for s in first)
        _drop_connections(pool)
        profile.sync()
        second = _open_sockets(pool)
        assert second and all(s.session_reused for s in second)
        assert pool.tls.tls_sessions.resumed >= 1
    finally:
        profile.close()


def test_the_server_sends_one_ticket(tls_server) -> None:
    """One TLS 1.3 ticket per handshake (OpenSSL sends two unless told)."""
    import socket
    import ssl

    url, cert = tls_server
    port = int(url.rsplit(":", 1)[1])
    ctx = ssl.create_default_context(cafile=str(cert))
    tickets = []

    def note(_conn, direction, _version, _content, msg_type, _data) -> None:
        if direction == "read" and msg_type == ssl._TLSMessageType.NEWSESSION_TICKET:
            tickets.append(msg_type)

    ctx._msg_callback = note  # noqa: SLF001 - the ssl module's own message trace
    with socket.create_connection(("127.0.0.1", port)) as raw, \
            ctx.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
        tls.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = tls.recv(1000)
        answer += tls.recv(1000) if not answer.endswith(b"\r\n\r\n") else b""
    assert answer.startswith(b"HTTP/1.1 204")
    assert len(tickets) == 1
