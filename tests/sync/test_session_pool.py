"""Transports running at once (the app's parallel lane) never share a requests.Session."""

from __future__ import annotations

import threading
from pathlib import Path

from sync.server.testing import run_server
from sync.transport import SessionPool, Transport, TransportConfig


def test_concurrent_transports_borrow_their_own_session(tmp_path: Path) -> None:
    with run_server(tmp_path / "srv", argon2_profile="test") as url:
        pool = SessionPool()
        config = TransportConfig(url)
        held: list[object] = []
        errors: list[BaseException] = []
        both_in = threading.Barrier(4)

        def work() -> None:
            transport = Transport(config, pool=pool)
            try:
                held.append(transport._session)  # noqa: SLF001
                both_in.wait(timeout=10)  # all four hold a session at the same time
                for _ in range(20):
                    assert transport.request("GET", "/healthz").status_code == 204
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
            finally:
                transport.close()

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=30)
        assert not errors, errors
        assert len({id(s) for s in held}) == 4 and pool.size == 4

        # Given back: the next transports reuse them (and their open connections).
        again = Transport(config, pool=pool)
        assert again._session in held and pool.size == 4  # noqa: SLF001
        again.request("GET", "/healthz")
        again.close()
        pool.close()
