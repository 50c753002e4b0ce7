"""Network simulator for tests and benchmarks: a shaping loopback TCP proxy.

Linux CI has no netem or toxiproxy, so `NetSim` stands between a client
and a server on 127.0.0.1 and makes the link behave like 2G, 3G or a
flaky satellite hop: bandwidth per direction, latency, drops after N bytes
or at random (seeded), a blackhole, resets and an offline switch. It counts
bytes and HTTP/1.x requests and responses each way.

In-process::

    from sync.netsim import NetSim
    with NetSim(("127.0.0.1", server_port), profile="2g", seed=7) as sim:
        session.get(sim.url + "/api/v1/changes")
        assert sim.counters.requests == 1

As a command (see ``python -m sync.netsim --help``)::

    python -m sync.netsim --listen 127.0.0.1:0 --target 127.0.0.1:8000 --profile 2g

Standard library only; never imports PySide6 or ``tutorclient``.
"""

from .profiles import PROFILES, LinkProfile, get_profile, kbit
from .proxy import Counters, NetSim

__all__ = ["PROFILES", "Counters", "LinkProfile", "NetSim", "get_profile", "kbit"]
