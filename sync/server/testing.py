"""Run a real server on a free loopback port, for tests of any layer.

    with run_server(tmp_path) as base_url:
        requests.post(base_url + "/v1/login", json={...})

The server is uvicorn in a background thread, speaking real HTTP on
127.0.0.1, with the same settings ``tutorclient-server serve`` uses.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import uvicorn

from sync.server.app import create_app
from sync.server.settings import Settings


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


#: TLS 1.3 session tickets sent after a full handshake. OpenSSL's default is 2;
#: our client keeps one session per server and resumes with it, so a second
#: ticket is never used. After a resumed handshake OpenSSL sends at most one,
#: the client's next ticket. 0 turns resumption off.
#:
#: Tickets stay stateless (the sealed session, about 200 B): stateful ones (a
#: 32 B session id, ``OP_NO_TICKET``) would save about 350 B per resumption,
#: but OpenSSL drops a cached session whenever its connection ends without the
#: server sending close_notify, which asyncio does not do for a connection the
#: client or the network cut: resumption then failed in our tests.
TLS_TICKETS = 1


class _Config(uvicorn.Config):
    """uvicorn's config with our TLS ticket count applied to the context it builds."""

    def __init__(self, *args: Any, tls_tickets: int = TLS_TICKETS, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.tls_tickets = tls_tickets

    def load(self) -> None:
        super().load()
        if self.ssl is not None:
            self.ssl.num_tickets = self.tls_tickets


def uvicorn_config(app: Any, host: str, port: int, **kw: Any) -> uvicorn.Config:
    """uvicorn settings shared by ``serve`` and tests: no Server/Date headers (bytes cost),
    ``tls_tickets`` TLS 1.3 session tickets per handshake (default :data:`TLS_TICKETS`).

    uvicorn's proxy headers stay off: it would take X-Forwarded-For from any loopback
    peer. The app reads it itself, from ``Settings.trusted_proxies`` only.
    """
    kw.setdefault("proxy_headers", False)
    return _Config(app, host=host, port=port, server_header=False, date_header=False,
                   lifespan="off", access_log=False, timeout_keep_alive=30, **kw)


def self_signed_cert(directory: Path, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """A self-signed CA certificate for ``host`` (an IP address) and its key, as PEM
    files ``cert.pem`` and ``key.pem`` in ``directory`` (tests and benchmarks)."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Clinic network CA")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(
                ipaddress.ip_address(host))]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = Path(directory) / "cert.pem", Path(directory) / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@contextmanager
def run_server(data_dir: str | Path | None = None, db_url: str | None = None, *,
               settings: Settings | None = None, **overrides: Any) -> Iterator[str]:
    """Start a server on a free 127.0.0.1 port; yields its base URL, stops it on exit.

    ``overrides`` are :class:`Settings` fields (e.g. ``argon2_profile="test"``).
    """
    if settings is None:
        if data_dir is None:
            raise TypeError("run_server needs data_dir or settings")
        settings = Settings(data_dir=Path(data_dir), db_url=db_url)
    if overrides:
        settings = replace(settings, **overrides)
    app = create_app(settings)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn_config(app, "127.0.0.1", port, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]},
                              name=f"tc-server-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        app.state.db.dispose()
