"""`NetSim`: the loopback proxy, run on an asyncio loop in a background thread."""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from .faults import Faults
from .link import Link
from .profiles import LinkProfile, get_profile

T = TypeVar("T")
CONTROL_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Counters:
    """Traffic that crossed the simulated link since the last reset.

    Bytes are raw TCP payload actually delivered (HTTP heads included):
    ``bytes_up`` client→server, ``bytes_down`` server→client. ``requests``
    and ``responses`` count HTTP/1.x message heads delivered (interim 1xx
    responses excluded). ``connections`` counts accepted client connections
    (refused ones while offline excluded); ``drops`` counts connections cut
    by a drop rule (not by `reset_connections` or going offline).
    """

    bytes_up: int = 0
    bytes_down: int = 0
    requests: int = 0
    responses: int = 0
    connections: int = 0
    drops: int = 0

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


class NetSim:
    """A shaping TCP proxy on loopback for tests, benchmarks and manual runs.

    Usage::

        with NetSim(("127.0.0.1", 8000), profile="2g", seed=1) as sim:
            requests.get(sim.url + "/health", timeout=5)
            sim.set_online(False)      # new connections are reset, old ones cut
            print(sim.snapshot())

    Control methods are thread-safe and take effect before they return.
    """

    def __init__(
        self,
        target: tuple[str, int],
        profile: str | LinkProfile = "none",
        listen: tuple[str, int] = ("127.0.0.1", 0),
        seed: int | None = None,
    ) -> None:
        self.target = target
        self.listen = listen
        self._profile = get_profile(profile)
        self._rng = random.Random(seed)
        self._online = True
        self._blackholed = False
        self._links: set[Link] = set()
        self._faults = Faults()
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(Counters.__dataclass_fields__, 0)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._passable: asyncio.Event | None = None  # set while not blackholed; made on the loop
        self._port = 0

    # -- life cycle -------------------------------------------------------

    def start(self) -> NetSim:
        """Bind the listening socket and start forwarding; returns self."""
        if self._thread is not None:
            raise RuntimeError("NetSim already started")
        loop = asyncio.new_event_loop()
        ready: concurrent.futures.Future[int] = concurrent.futures.Future()
        self._loop = loop
        self._thread = threading.Thread(target=self._run, args=(ready,), name="netsim", daemon=True)
        self._thread.start()
        try:
            self._port = ready.result(timeout=CONTROL_TIMEOUT_S)
        except BaseException:
            self._thread.join(timeout=1)
            self._thread = self._loop = None
            raise
        return self

    def stop(self) -> None:
        """Reset every connection, close the listener and end the thread."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if thread.is_alive():
            loop.call_soon_threadsafe(self._shutdown)
            thread.join(timeout=CONTROL_TIMEOUT_S)
        self._loop = self._thread = None

    def __enter__(self) -> NetSim:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _run(self, ready: concurrent.futures.Future[int]) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        try:
            self._passable = asyncio.Event()
            if not self._blackholed:
                self._passable.set()
            host, port = self.listen
            self._server = loop.run_until_complete(
                loop.create_server(self._new_link, host, port, reuse_address=True)
            )
            ready.set_result(self._server.sockets[0].getsockname()[1])
            loop.run_forever()
            tasks = asyncio.all_tasks(loop)
            for task in tasks:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        except BaseException as exc:  # report bind errors to start()
            if not ready.done():
                ready.set_exception(exc)
        finally:
            loop.close()

    def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        for link in list(self._links):
            link.abort()
        # call_soon: let the transports' connection_lost callbacks run first.
        self._loop.call_soon(self._loop.stop)  # type: ignore[union-attr]

    def _new_link(self) -> asyncio.Protocol:
        return Link(self, self._loop).client_side  # type: ignore[arg-type]

    # -- properties -------------------------------------------------------

    @property
    def port(self) -> int:
        """The port clients connect to (valid after `start`)."""
        return self._port

    @property
    def url(self) -> str:
        """``http://host:port`` of the proxy, to use instead of the target's URL."""
        host = self.listen[0]
        return f"http://[{host}]:{self._port}" if ":" in host else f"http://{host}:{self._port}"

    @property
    def profile(self) -> LinkProfile:
        return self._profile

    @property
    def online(self) -> bool:
        return self._online

    @property
    def blackholed(self) -> bool:
        return self._blackholed

    @property
    def open_connections(self) -> int:
        """Client connections currently held open by the proxy."""
        return len(self._links)

    # -- control ----------------------------------------------------------

    def set_profile(self, profile: str | LinkProfile, **changes: object) -> None:
        """Switch link shape for all connections, e.g. ``set_profile("3g", rtt_s=0.5)``."""
        new = get_profile(profile)
        if changes:
            new = new.replace(**changes)
        self._call(lambda: self._apply_profile(new))

    def set_drop_after(self, n_bytes: int | None, direction: str | None = None) -> None:
        """Cut each connection after ``n_bytes`` forwarded (None disables)."""
        changes: dict[str, object] = {"drop_after_bytes": n_bytes}
        if direction is not None:
            changes["drop_direction"] = direction
        self.set_profile(self._profile, **changes)

    def set_drop_rate(self, per_kb: float) -> None:
        """Drop connections at random: probability per KiB forwarded."""
        self.set_profile(self._profile, drop_rate_per_kb=per_kb)

    def set_online(self, online: bool) -> None:
        """Offline: reset new connections at once and cut the current ones."""

        def apply() -> None:
            self._online = online
            if not online:
                self._abort_all()

        self._call(apply)

    def set_blackhole(self, on: bool) -> None:
        """Blackhole: accept connections but pass nothing, either way, and never close.

        Data waits in the proxy, as packets would in retransmission; when
        the blackhole lifts, held connections continue where they were.
        """

        def apply() -> None:
            self._blackholed = on
            if self._passable is None:
                return  # not started yet: _run reads the flag
            if on:
                self._passable.clear()
                return
            self._passable.set()
            self._replan_all()

        self._call(apply)

    def set_corrupt(self, after_bytes: int | None, count: int = 1) -> None:
        """Garble the next response body that reaches ``after_bytes`` bytes (None disarms).

        ``count`` body bytes from that offset on are XORed with 0xFF as they
        cross the link, once; status lines, headers and framing stay intact,
        as when a middlebox or a bad radio link damages payload on plain HTTP.
        """
        self._call(lambda: self._faults.arm_corruption(after_bytes, count))

    def fail_next(self, k: int, status: int = 503, retry_after: float | None = None,
                  body: bytes | None = None) -> None:
        """Answer the next ``k`` HTTP requests with ``status`` instead of forwarding them.

        The request crosses the link (and is counted) but never reaches the
        server; the simulator answers with a small JSON error, ``Retry-After``
        if given, and keeps the connection open, as an overloaded server does.
        ``k=0`` disarms.
        """
        self._call(lambda: self._faults.arm_failures(k, status, retry_after, body))

    @property
    def failures_sent(self) -> int:
        """Requests answered by `fail_next` so far (never reset by `reset_counters`)."""
        return self._faults.failed

    @property
    def bytes_corrupted(self) -> int:
        """Body bytes garbled by `set_corrupt` so far."""
        return self._faults.corrupted

    def reset_connections(self) -> int:
        """Reset (RST) every current connection; returns how many were cut."""
        return self._call(self._abort_all)

    def _apply_profile(self, new: LinkProfile) -> None:
        old, self._profile = self._profile, new
        if new.drop_rate_per_kb != old.drop_rate_per_kb:
            for link in self._links:
                link.redraw_random_drop()
        self._replan_all()

    def _replan_all(self) -> None:
        for link in list(self._links):
            link.up.replan()
            link.down.replan()

    def _abort_all(self) -> int:
        links = list(self._links)
        for link in links:
            link.abort()
        return len(links)

    def _call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the loop thread and wait for it."""
        loop = self._loop
        if loop is None or threading.current_thread() is self._thread:
            return fn()
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def run() -> None:
            try:
                future.set_result(fn())
            except BaseException as exc:
                future.set_exception(exc)

        loop.call_soon_threadsafe(run)
        return future.result(timeout=CONTROL_TIMEOUT_S)

    # -- counters ---------------------------------------------------------

    @property
    def counters(self) -> Counters:
        """A consistent copy of the counters."""
        with self._lock:
            return Counters(**self._counts)

    def snapshot(self) -> dict[str, int]:
        """Counters as a plain dict (for logs and benchmark reports)."""
        return self.counters.as_dict()

    def reset_counters(self) -> Counters:
        """Zero the counters; returns their values just before."""
        with self._lock:
            before = Counters(**self._counts)
            self._counts = dict.fromkeys(self._counts, 0)
        return before

    def _count(self, upstream: bool, n_bytes: int, messages: int) -> None:
        with self._lock:
            if upstream:
                self._counts["bytes_up"] += n_bytes
                self._counts["requests"] += messages
            else:
                self._counts["bytes_down"] += n_bytes
                self._counts["responses"] += messages

    def _count_drop(self) -> None:
        with self._lock:
            self._counts["drops"] += 1

    def _register(self, link: Link) -> bool:
        """Admit a new client connection unless offline."""
        if not self._online:
            return False
        self._links.add(link)
        with self._lock:
            self._counts["connections"] += 1
        return True

    def _unregister(self, link: Link) -> None:
        self._links.discard(link)

    def __repr__(self) -> str:
        state = "online" if self._online else "offline"
        if self._blackholed:
            state += ",blackhole"
        return f"<NetSim {self.url} -> {self.target[0]}:{self.target[1]} {self._profile.name} {state}>"
