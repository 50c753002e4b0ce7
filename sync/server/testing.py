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


def uvicorn_config(app: Any, host: str, port: int, **kw: Any) -> uvicorn.Config:
    """uvicorn settings shared by ``serve`` and tests: no Server/Date headers (bytes cost).

    uvicorn's proxy headers stay off: it would take X-Forwarded-For from any loopback
    peer. The app reads it itself, from ``Settings.trusted_proxies`` only.
    """
    kw.setdefault("proxy_headers", False)
    return uvicorn.Config(app, host=host, port=port, server_header=False, date_header=False,
                          lifespan="off", access_log=False, timeout_keep_alive=30, **kw)


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
