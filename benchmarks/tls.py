"""A no-op sync over TLS on a fresh TCP connection, in the app's process, after a first sync.

    python benchmarks/tls.py [--rtt-ms 200]

Starts ``tutorclient-server serve`` with a self-signed certificate behind the
byte-counting network simulator (``sync.netsim``, RTT ``--rtt-ms``, TCP
handshake modelled, no bandwidth cap), signs a profile in and syncs once.
Then the simulator cuts every open connection and the same profile syncs
again: a no-op on a new TCP connection. Prints JSON for each case:

* ``resumed``: the app as it is, resuming the TLS session of the first sync;
* ``full``: the same with the profile's TLS sessions forgotten (a full handshake);
* ``full_2_tickets``: a full handshake against a server sending OpenSSL's
  default of 2 tickets, for comparison with ``full`` (1 ticket).

Bytes are TCP payload both ways (TLS records included); ``rtts`` is the time
of the no-op divided by the RTT. Traffic only goes to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402

from sync.netsim import LinkProfile, NetSim  # noqa: E402
from sync.server.admin import Admin  # noqa: E402
from sync.server.settings import Settings  # noqa: E402
from sync.server.testing import free_port, self_signed_cert  # noqa: E402
from sync.tls import TLSSessions  # noqa: E402
from tutorclient.session import Profile  # noqa: E402

PASSWORD = "tls-bench-password"
#: The issue's targets for a no-op on a new connection after a first sync.
TARGET_BYTES, TARGET_RTTS = 1200, 2


def start_server(data: Path, cert: Path, key: Path, tickets: int | None) -> tuple[Any, int]:
    port = free_port()
    cmd = [sys.executable, "-m", "sync.server.cli", "--data", str(data), "serve", "--port",
           str(port), "--tls-cert", str(cert), "--tls-key", str(key)]
    if tickets is not None:
        cmd += ["--tls-tickets", str(tickets)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            requests.get(f"https://127.0.0.1:{port}/healthz", verify=str(cert), timeout=1)
            return proc, port
        except requests.RequestException:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start: " + proc.stderr.read().decode()[-2000:])


def fresh_noop(tmp: Path, cert: Path, port: int, rtt: float, forget: bool,
               name: str) -> dict[str, Any]:
    """First sync, then a no-op on a new connection; its counters."""
    link = LinkProfile("bench", rtt_s=rtt, model_handshake=True)
    with NetSim(("127.0.0.1", port), profile=link, seed=1) as sim:
        profile = Profile(tmp / "profiles" / name, token_file=True)
        try:
            profile.set_setting("ca_bundle", str(cert))
            url = f"https://127.0.0.1:{sim.port}"
            profile.login(url, "tls.a", PASSWORD)
            profile.sync()
            pool = profile._http_pool()  # noqa: SLF001 - the benchmark inspects the app's pool
            if forget:
                pool.tls.tls_sessions = TLSSessions()
            sessions = pool.tls.tls_sessions
            before = sessions.resumed
            sim.reset_connections()
            # Let the client see the cut first: urllib3 checks a pooled connection
            # before reusing it, but a reset still in flight looks alive.
            time.sleep(3 * rtt)
            sim.reset_counters()
            started = time.monotonic()
            summary = profile.sync()
            seconds = time.monotonic() - started
            c = sim.reset_counters()
        finally:
            profile.close()
    assert summary.pushed == 0 and summary.pulled == 0, summary
    return {"bytes_up": c.bytes_up, "bytes_down": c.bytes_down,
            "bytes": c.bytes_up + c.bytes_down, "requests": c.requests,
            "connections": c.connections, "seconds": round(seconds, 3),
            "rtts": round(seconds / rtt, 2), "resumed": sessions.resumed > before}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rtt-ms", type=float, default=200.0)
    args = p.parse_args(argv)
    rtt = args.rtt_ms / 1000
    out: dict[str, Any] = {"rtt_ms": args.rtt_ms, "target_bytes": TARGET_BYTES,
                           "target_rtts": TARGET_RTTS}
    with tempfile.TemporaryDirectory(prefix="tc-tls-") as tmp_name:
        tmp = Path(tmp_name)
        data = tmp / "data"
        admin = Admin(Settings(data_dir=data, argon2_profile="test"))
        admin.init()
        admin.create_user("tls.a", PASSWORD, "trainee", ["clinic"])
        admin.close()
        cert, key = self_signed_cert(tmp)
        for tickets, cases in ((None, (("resumed", False), ("full", True))),
                               (2, (("full_2_tickets", True),))):
            proc, port = start_server(data, cert, key, tickets)
            try:
                for case, forget in cases:
                    out[case] = fresh_noop(tmp, cert, port, rtt, forget, case)
            finally:
                proc.terminate()
                proc.wait(timeout=10)
    out["meets_target"] = (out["resumed"]["bytes"] <= TARGET_BYTES
                           and out["resumed"]["rtts"] <= TARGET_RTTS + 0.5)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
