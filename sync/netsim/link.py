"""One proxied TCP connection: two shaped one-way pipes and their sockets.

Everything here runs on the simulator's event-loop thread.

Each direction is a `_Pipe` that models a serial link: a segment that
arrives at time ``t`` is delivered at ``max(t + one_way, end of previous
segment) + size / rate``. Latency therefore does not reduce throughput, and
small transfers are timed accurately because data is cut into segments of
about 10 ms of link time (a token bucket whose burst is one segment).
"""

from __future__ import annotations

import asyncio
import math
import random
import socket
import struct
from collections import deque
from typing import Protocol

from .faults import Faults
from .httpcount import HttpExchange, MessageCounter
from .profiles import LinkProfile

# A pipe stops reading from its source once this much is queued, so a fast
# sender meets backpressure instead of filling memory.
QUEUE_LIMIT = 64 * 1024
SEGMENT_SECONDS = 0.010
MIN_SEGMENT = 256
MAX_SEGMENT = 16 * 1024
# asyncio may wake a hair before the deadline; deliver then rather than re-arm.
TIMER_SLACK_S = 0.0002

_FIN = object()  # the source half-closed: forward as a FIN
_RST = object()  # the source broke: reset the whole connection


def abort_with_rst(transport: asyncio.BaseTransport | None) -> None:
    """Close a transport so the peer gets a TCP RST, not a FIN."""
    if transport is None or transport.is_closing():
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass  # already dead; abort() below is all we need
    transport.abort()  # type: ignore[attr-defined]


class _Pipe:
    """One direction of a link: queue, shaping clock and HTTP counter."""

    def __init__(self, link: Link, upstream: bool, exchange: HttpExchange) -> None:
        self.link = link
        self.upstream = upstream
        self.src: asyncio.Transport | None = None
        self.dst: asyncio.Transport | None = None
        self.queue: deque[list] = deque()  # [arrival_time, bytes | _FIN | _RST]
        self.queued = 0
        self.busy_until = 0.0
        self.send_ok_at = 0.0  # earliest time the source may send (handshake)
        self.forwarded = 0
        self.src_paused = False
        self.dst_paused = False
        self.done = False
        self._plan: tuple[float, int] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._counter = MessageCounter(exchange, is_request=upstream)

    def push(self, item: object) -> None:
        now = self.link.loop.time()
        self.queue.append([now, item])
        if isinstance(item, bytes):
            self.queued += len(item)
            if self.queued >= QUEUE_LIMIT and not self.src_paused and self.src is not None:
                self.src_paused = True
                self.src.pause_reading()
        if self._timer is None:
            self.pump()

    def replan(self) -> None:
        """Forget the planned delivery (profile, blackhole or drop rules changed)."""
        self.cancel()
        self._plan = None
        self.pump()

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def pump(self) -> None:
        """Deliver every queued segment that is due; arm a timer for the next."""
        self._timer = None
        sim = self.link.sim
        while self.queue and not self.link.closed:
            if self.dst is None or self.dst_paused or sim.blackholed:
                return  # resumed by connect, resume_writing or set_blackhole(False)
            if self._plan is None:
                self._plan = self._make_plan()
                if self._plan is None:
                    return  # the link was dropped
            due, size = self._plan
            if due > self.link.loop.time() + TIMER_SLACK_S:
                self._timer = self.link.loop.call_at(due, self.pump)
                return
            self._plan = None
            self.busy_until = due
            self._deliver(size)

    def _make_plan(self) -> tuple[float, int] | None:
        arrival, item = self.queue[0]
        profile = self.link.sim.profile
        start = max(max(arrival, self.send_ok_at) + profile.one_way_s, self.busy_until)
        if not isinstance(item, bytes):
            return start, 0
        budget = self.link.drop_budget(self)
        if budget <= 0:
            self.link.drop()
            return None
        rate = profile.up_bps if self.upstream else profile.down_bps
        size = min(len(item), budget)
        if rate is None:
            return start, size
        size = min(size, max(MIN_SEGMENT, min(MAX_SEGMENT, int(rate * SEGMENT_SECONDS))))
        return start + size / rate, size

    def _deliver(self, size: int) -> None:
        entry = self.queue[0]
        item = entry[1]
        if item is _RST:
            self.link.abort()
            return
        if item is _FIN:
            self.queue.popleft()
            self.done = True
            if self.dst is not None and not self.dst.is_closing() and self.dst.can_write_eof():
                try:
                    self.dst.write_eof()
                except OSError:  # the peer died (killed) before asyncio noticed
                    self.link.abort()
                    return
            self.link.on_pipe_done()
            return
        chunk, rest = item[:size], item[size:]
        if rest:
            entry[1] = rest
        else:
            self.queue.popleft()
        self.queued -= size
        if self.src_paused and self.queued < QUEUE_LIMIT // 2 and self.src is not None:
            self.src_paused = False
            self.src.resume_reading()
        if self.dst is None or self.dst.is_closing():
            return  # the receiver is gone; its loss already reset the link
        self.forwarded += size
        faults = self.link.sim._faults
        if self.upstream and self._counter.idle and not self.link.answering:
            self.link.answering = faults.take_failure()
        messages = self._counter.feed(chunk)
        if not self.upstream:
            chunk = faults.corrupt(chunk, self._counter.body_spans)
        self.link.sim._count(self.upstream, size, messages)
        if self.upstream and self.link.answering:
            # The simulator plays the server for this request: swallow it whole,
            # then answer on the same keep-alive connection.
            if self._counter.idle:
                self.link.answering = False
                method = self.link.exchange.methods[-1] if self.link.exchange.methods else b""
                self.link.down.push(faults.failure_response(method))
        else:
            self.dst.write(chunk)
        if self.link.drop_budget(self) <= 0:
            self.link.drop()


class _Side(asyncio.Protocol):
    """Socket events of one end (client or server) of a link."""

    def __init__(self, link: Link, outgoing: _Pipe, incoming: _Pipe) -> None:
        self.link = link
        self.outgoing = outgoing  # what this end sends
        self.incoming = incoming  # what this end receives
        self.transport: asyncio.Transport | None = None
        self._eof = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.outgoing.src = self.transport
        self.incoming.dst = self.transport
        self.link.on_side_connected(self)

    def data_received(self, data: bytes) -> None:
        if not self.link.closed:
            self.outgoing.push(data)

    def eof_received(self) -> bool:
        self._eof = True
        if not self.link.closed:
            self.outgoing.push(_FIN)
        return True  # keep the other half open: HTTP may still answer

    def connection_lost(self, exc: Exception | None) -> None:
        if self.link.closed:
            return
        if exc is not None:
            self.outgoing.push(_RST)
        elif not self._eof:
            self._eof = True
            self.outgoing.push(_FIN)

    def pause_writing(self) -> None:
        self.incoming.dst_paused = True

    def resume_writing(self) -> None:
        self.incoming.dst_paused = False
        self.incoming.replan()


class LinkHost(Protocol):
    """What a link uses of the simulator that accepted it (`NetSim`).

    Declared here, below `proxy`, so a link needs only this module: the
    simulator owns its links, never the other way round.
    """

    target: tuple[str, int]
    _faults: Faults
    _rng: random.Random
    _passable: asyncio.Event | None

    @property
    def profile(self) -> LinkProfile: ...

    @property
    def blackholed(self) -> bool: ...

    def _count(self, upstream: bool, n_bytes: int, messages: int) -> None: ...

    def _count_drop(self) -> None: ...

    def _register(self, link: Link) -> bool: ...

    def _unregister(self, link: Link) -> None: ...


class Link:
    """A client connection and its upstream connection to the target."""

    def __init__(self, sim: LinkHost, loop: asyncio.AbstractEventLoop) -> None:
        self.sim = sim
        self.loop = loop
        self.closed = False
        self.exchange = exchange = HttpExchange()
        self.answering = False  # the request in flight gets a canned answer (fail_next)
        self.up = _Pipe(self, upstream=True, exchange=exchange)
        self.down = _Pipe(self, upstream=False, exchange=exchange)
        self.client_side = _Side(self, outgoing=self.up, incoming=self.down)
        self.server_side = _Side(self, outgoing=self.down, incoming=self.up)
        self._random_drop_at = math.inf
        self._connect_task: asyncio.Task | None = None

    # -- life cycle -------------------------------------------------------

    def on_side_connected(self, side: _Side) -> None:
        if side is self.client_side:
            if not self.sim._register(self):
                self.closed = True
                abort_with_rst(side.transport)
                return
            self.redraw_random_drop()
            self._connect_task = self.loop.create_task(self._connect_upstream())
        elif self.closed:
            abort_with_rst(side.transport)  # connected just as the link was cut
        else:
            self.up.replan()

    async def _connect_upstream(self) -> None:
        passable = self.sim._passable
        assert passable is not None
        await passable.wait()  # a blackhole delays the handshake itself
        profile = self.sim.profile
        if profile.model_handshake:
            self.up.send_ok_at = self.loop.time() + profile.rtt_s
        host, port = self.sim.target
        try:
            await self.loop.create_connection(lambda: self.server_side, host, port)
        except OSError:
            self.abort()  # the client sees a reset, as if the server refused

    def on_pipe_done(self) -> None:
        if self.up.done and self.down.done:
            self.close()

    def close(self) -> None:
        """Graceful close: both directions already sent their FIN."""
        if self.closed:
            return
        self._finish()
        for side in (self.client_side, self.server_side):
            if side.transport is not None:
                side.transport.close()

    def abort(self) -> None:
        """Reset both ends (RST) and forget everything queued."""
        if self.closed:
            return
        self._finish()
        abort_with_rst(self.client_side.transport)
        abort_with_rst(self.server_side.transport)

    def drop(self) -> None:
        """Abort because a drop rule fired."""
        if not self.closed:
            self.sim._count_drop()
            self.abort()

    def _finish(self) -> None:
        self.closed = True
        self.up.cancel()
        self.down.cancel()
        if self._connect_task is not None and not self._connect_task.done():
            self._connect_task.cancel()
        self.sim._unregister(self)

    # -- drop rules -------------------------------------------------------

    def redraw_random_drop(self) -> None:
        """Pick, from the seeded RNG, the byte at which this link breaks."""
        rate = self.sim.profile.drop_rate_per_kb
        if rate <= 0:
            self._random_drop_at = math.inf
            return
        per_byte = -math.log1p(-rate) / 1024  # P(survive x bytes) = (1 - rate) ** (x / 1024)
        total = self.up.forwarded + self.down.forwarded
        self._random_drop_at = total + 1 + int(self.sim._rng.expovariate(per_byte))

    def drop_budget(self, pipe: _Pipe) -> float:
        """Bytes ``pipe`` may still forward before a drop rule fires."""
        profile = self.sim.profile
        budget = self._random_drop_at - (self.up.forwarded + self.down.forwarded)
        limit = profile.drop_after_bytes
        direction = profile.drop_direction
        if limit is not None:
            if direction == "both":
                budget = min(budget, limit - self.up.forwarded - self.down.forwarded)
            elif (direction == "up") == pipe.upstream:
                budget = min(budget, limit - pipe.forwarded)
        return budget
