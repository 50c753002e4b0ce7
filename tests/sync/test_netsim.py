"""The network simulator behaves like the slow, breaking links our users have."""

from __future__ import annotations

import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from sync.netsim import PROFILES, LinkProfile, NetSim, kbit
from sync.netsim.httpcount import HttpExchange, MessageCounter

REPO = Path(__file__).resolve().parents[2]
PATTERN = bytes(range(256))


def payload(n: int) -> bytes:
    return (PATTERN * (n // 256 + 1))[:n]


class _Handler(http.server.BaseHTTPRequestHandler):
    """GET/HEAD /bytes/N, GET /chunked/N, POST /upload (length or chunked body)."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        kind, _, size = self.path.strip("/").partition("/")
        body = payload(int(size or 0))
        if kind == "chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(0, len(body), 1000):
                part = body[i : i + 1000]
                self.wfile.write(b"%x;ext=1\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\nX-Trailer: yes\r\n\r\n")
            return
        self._send(body)

    def do_HEAD(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", self.path.rpartition("/")[2])
        self.end_headers()

    def do_POST(self) -> None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            received = 0
            while size := int(self.rfile.readline().split(b";")[0], 16):
                received += len(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b""):
                pass
        else:
            received = len(self.rfile.read(int(self.headers["Content-Length"])))
        self._send(b"received %d" % received)

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # resets are the point of these tests


@pytest.fixture
def server() -> Iterator[tuple[str, int]]:
    srv = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield srv.server_address[:2]
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def make_sim(server: tuple[str, int]) -> Iterator[Callable[..., NetSim]]:
    sims: list[NetSim] = []

    def make(profile: str | LinkProfile = "none", seed: int | None = None) -> NetSim:
        sims.append(NetSim(server, profile=profile, seed=seed).start())
        return sims[-1]

    yield make
    for sim in sims:
        sim.stop()


def raw_exchange(port: int, request: bytes, timeout: float = 5.0) -> bytes:
    """Send raw bytes, read until the server closes; return all received."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        chunks = []
        while data := sock.recv(65536):
            chunks.append(data)
    return b"".join(chunks)


def wait_for(condition: Callable[[], bool], timeout: float = 2.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def timed(fn: Callable[[], object]) -> float:
    start = time.monotonic()
    fn()
    return time.monotonic() - start


# -- passthrough and counters ------------------------------------------------


def test_passthrough_and_keep_alive_counts_requests_not_connections(make_sim) -> None:
    sim = make_sim()
    with requests.Session() as session:
        first = session.get(sim.url + "/bytes/5000", timeout=5)
        second = session.get(sim.url + "/chunked/2500", timeout=5)
    assert first.content == payload(5000)
    assert second.content == payload(2500)
    c = sim.counters
    assert (c.requests, c.responses, c.connections, c.drops) == (2, 2, 1, 0)
    assert c.bytes_down > 7500


def test_byte_counters_are_exact_raw_tcp_payload(make_sim) -> None:
    sim = make_sim()
    request = b"GET /bytes/3000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    received = raw_exchange(sim.port, request)
    assert received.endswith(payload(3000))
    assert sim.snapshot() == {
        "bytes_up": len(request),
        "bytes_down": len(received),
        "requests": 1,
        "responses": 1,
        "connections": 1,
        "drops": 0,
    }
    assert sim.reset_counters().bytes_up == len(request)
    assert sim.counters.bytes_up == 0
    wait_for(lambda: sim.open_connections == 0)  # closed, not leaked


def test_pipelined_bodies_and_head_are_counted_per_message(make_sim) -> None:
    sim = make_sim()
    chunked = b"POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n"
    request = (
        b"POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nGET / HTTP"  # body looks like a request
        + chunked
        + b"HEAD /bytes/999 HTTP/1.1\r\nHost: x\r\n\r\n"
        + b"GET /chunked/1500 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    received = raw_exchange(sim.port, request)
    assert received.count(b"HTTP/1.1 200") == 4
    c = sim.counters
    assert (c.requests, c.responses, c.connections) == (4, 4, 1)
    assert (c.bytes_up, c.bytes_down) == (len(request), len(received))
    wait_for(lambda: sim.open_connections == 0)


def test_uploads_with_length_and_chunked_bodies(make_sim) -> None:
    sim = make_sim()
    with requests.Session() as session:
        plain = session.post(sim.url + "/upload", data=payload(4000), timeout=5)
        streamed = session.post(sim.url + "/upload", data=iter([payload(700), payload(300)]), timeout=5)
    assert (plain.content, streamed.content) == (b"received 4000", b"received 1000")
    assert (sim.counters.requests, sim.counters.responses) == (2, 2)
    assert sim.counters.bytes_up > 5000


@pytest.mark.parametrize("step", [1, 3, 7, 64, 10_000])
def test_message_counter_survives_any_split(step: int) -> None:
    exchange = HttpExchange()
    up, down = MessageCounter(exchange, is_request=True), MessageCounter(exchange, is_request=False)
    requests_ = (
        b"GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
        b"\r\nHEAD /b HTTP/1.1\r\n\r\n"
        b"POST /c HTTP/1.1\r\nContent-Length: 4\r\n\r\nabcd"
        b"PUT /d HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nT: 1\r\n\r\n"
        b"GET /e HTTP/1.0\r\n\r\n"
    )
    responses = (
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHTTP/"
        b"HTTP/1.1 200 OK\r\nContent-Length: 999\r\n\r\n"  # answer to HEAD: no body
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n"
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\na\r\n0123456789\r\n0\r\n\r\n"
        b"HTTP/1.0 200 OK\r\n\r\nbody until close HTTP/1.1 200 OK\r\n\r\n"
    )
    n_up = sum(up.feed(requests_[i : i + step]) for i in range(0, len(requests_), step))
    n_down = sum(down.feed(responses[i : i + step]) for i in range(0, len(responses), step))
    assert (n_up, n_down) == (5, 5)


def test_message_counter_stops_on_non_http() -> None:
    counter = MessageCounter(HttpExchange(), is_request=True)
    assert counter.feed(b"\x16\x03\x01\x02\x00 TLS hello\r\n\r\nGET / HTTP/1.1\r\n\r\n") == 0


# -- shaping -----------------------------------------------------------------


def shaped(rate_kbit: float, rtt_s: float, handshake: bool = True) -> LinkProfile:
    return LinkProfile("test", down_bps=kbit(rate_kbit), up_bps=kbit(rate_kbit), rtt_s=rtt_s, model_handshake=handshake)


@pytest.mark.parametrize("rtt_s", [0.0, 0.4])
def test_download_time_is_size_over_rate_plus_round_trips(make_sim, rtt_s: float) -> None:
    # 32 KiB at 256 kbit/s is ~1.05 s whatever the latency: latency adds, it does not divide.
    profile = shaped(256, rtt_s)
    sim = make_sim(profile)
    elapsed = timed(lambda: requests.get(sim.url + "/bytes/32768", timeout=10).raise_for_status())
    c = sim.counters
    # Handshake RTT, then the request one way, then the response the other way.
    expected = 2 * rtt_s + c.bytes_up / profile.up_bps + c.bytes_down / profile.down_bps
    assert c.bytes_down > 32768
    assert elapsed == pytest.approx(expected, rel=0.15)


def test_small_transfer_on_64kbit_is_accurate(make_sim) -> None:
    sim = make_sim(shaped(64, 0.0))
    elapsed = timed(lambda: requests.get(sim.url + "/bytes/8000", timeout=10))
    expected = (sim.counters.bytes_up + sim.counters.bytes_down) / kbit(64)
    assert 1.0 < expected < 1.1
    assert elapsed == pytest.approx(expected, rel=0.15)


def test_upload_is_shaped_upstream_only(make_sim) -> None:
    sim = make_sim(LinkProfile("asym", down_bps=None, up_bps=kbit(128), model_handshake=False))
    up = timed(lambda: requests.post(sim.url + "/upload", data=payload(16000), timeout=10))
    down = timed(lambda: requests.get(sim.url + "/bytes/16000", timeout=10))
    assert up == pytest.approx(16200 / kbit(128), rel=0.15)
    assert down < 0.2


def test_round_trip_costs_rtt_and_new_connection_adds_handshake(make_sim) -> None:
    sim = make_sim(LinkProfile("slow-rtt", rtt_s=0.3))
    with requests.Session() as session:
        first = timed(lambda: session.get(sim.url + "/bytes/10", timeout=5))
        second = timed(lambda: session.get(sim.url + "/bytes/10", timeout=5))
    assert second == pytest.approx(0.3, abs=0.05)
    assert first == pytest.approx(0.6, abs=0.05)


def test_named_profiles() -> None:
    assert (PROFILES["2g"].down_bps, PROFILES["2g"].up_bps, PROFILES["2g"].rtt_s) == (8000, 8000, 0.6)
    assert (PROFILES["3g"].down_bps, PROFILES["3g"].rtt_s) == (125_000, 0.2)
    assert PROFILES["flaky"].drop_rate_per_kb > 0 and PROFILES["flaky"].down_bps == 8000
    assert PROFILES["lan"].down_bps is None and PROFILES["none"].rtt_s == 0
    with pytest.raises(ValueError, match="unknown profile"):
        NetSim(("127.0.0.1", 1), profile="5g")


# -- failures ----------------------------------------------------------------


def test_drop_after_n_bytes_cuts_download_at_exactly_n(make_sim) -> None:
    sim = make_sim()
    sim.set_drop_after(65536)
    with pytest.raises((requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError)):
        with requests.get(sim.url + "/bytes/262144", stream=True, timeout=5) as response:
            for _ in response.iter_content(4096):
                pass
    assert (sim.counters.bytes_down, sim.counters.drops) == (65536, 1)

    got = 0
    with socket.create_connection(("127.0.0.1", sim.port), timeout=5) as sock:
        sock.sendall(b"GET /bytes/262144 HTTP/1.1\r\nHost: x\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            while data := sock.recv(65536):
                got += len(data)
    assert got == 65536  # everything forwarded arrives, then the reset
    assert sim.counters.drops == 2

    sim.set_drop_after(None)
    assert len(requests.get(sim.url + "/bytes/262144", timeout=5).content) == 262144


def test_drop_after_upstream(make_sim) -> None:
    sim = make_sim()
    sim.set_drop_after(5000, direction="up")
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.post(sim.url + "/upload", data=payload(20000), timeout=5)
    assert (sim.counters.bytes_up, sim.counters.drops) == (5000, 1)


def _drop_points(make_sim, seed: int, n: int = 20) -> list[int]:
    sim = make_sim(seed=seed)
    sim.set_drop_rate(0.1)
    points = []
    for _ in range(n):
        sim.reset_counters()
        with pytest.raises(requests.exceptions.RequestException):
            requests.get(sim.url + "/bytes/1000000", timeout=5).raise_for_status()
        c = sim.counters
        assert c.drops == 1
        points.append(c.bytes_up + c.bytes_down)
    return points


def test_random_drops_are_seeded_and_follow_the_rate(make_sim) -> None:
    points = _drop_points(make_sim, seed=42)
    assert _drop_points(make_sim, seed=42) == points
    assert _drop_points(make_sim, seed=43) != points
    # P(drop within a KiB) = 0.1 → mean ≈ 1024 / -ln(0.9) ≈ 9.7 KB between drops.
    mean = sum(points) / len(points)
    assert 5_000 < mean < 15_000


def test_blackhole_accepts_never_answers_never_closes_then_resumes(make_sim) -> None:
    sim = make_sim()
    sim.set_blackhole(True)
    with pytest.raises(requests.exceptions.ReadTimeout):
        requests.get(sim.url + "/bytes/10", timeout=0.5)
    with socket.create_connection(("127.0.0.1", sim.port), timeout=0.5) as sock:
        sock.sendall(b"GET /bytes/10 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        with pytest.raises(TimeoutError):
            sock.recv(100)  # neither data nor EOF
        assert sim.counters.bytes_up == 0
        sim.set_blackhole(False)
        sock.settimeout(5)
        received = b""
        while data := sock.recv(1000):
            received += data
    assert received.endswith(payload(10))


def test_offline_refuses_fast_cuts_existing_and_comes_back(make_sim) -> None:
    sim = make_sim()
    with socket.create_connection(("127.0.0.1", sim.port), timeout=2) as held:
        held.sendall(b"GET /bytes/10 HTTP/1.1\r\nHost: x\r\n\r\n")
        # Read the whole answer first: it may come in more than one segment, and
        # a body still in flight would be read below instead of the reset.
        got = b""
        while b"\r\n\r\n" not in got or len(got.split(b"\r\n\r\n", 1)[1]) < 10:
            chunk = held.recv(1000)
            assert chunk, "the simulator closed before the whole answer"
            got += chunk
        sim.set_online(False)
        with pytest.raises(ConnectionResetError):
            held.recv(1000)
    start = time.monotonic()
    with pytest.raises(requests.exceptions.ConnectionError):
        requests.get(sim.url + "/bytes/10", timeout=2)
    assert time.monotonic() - start < 0.5
    assert sim.counters.connections == 1  # refused ones are not connections
    sim.set_online(True)
    assert requests.get(sim.url + "/bytes/10", timeout=2).content == payload(10)


def test_reset_cuts_in_flight_slow_download(make_sim) -> None:
    sim = make_sim(shaped(64, 0.0, handshake=False))
    errors: list[BaseException] = []
    done = threading.Event()

    def download() -> None:
        try:
            requests.get(sim.url + "/bytes/64000", timeout=10).content
        except requests.exceptions.RequestException as exc:
            errors.append(exc)
        done.set()

    threading.Thread(target=download, daemon=True).start()
    time.sleep(0.5)
    assert sim.reset_connections() == 1
    assert done.wait(0.5)
    assert len(errors) == 1
    assert 3000 < sim.counters.bytes_down < 5000  # ~0.5 s at 8000 B/s
    assert sim.open_connections == 0


def test_stop_is_fast_with_blackholed_connections_and_idle_costs_no_cpu(server) -> None:
    sim = NetSim(server)
    sim.set_blackhole(True)  # before start, too
    sim.start()
    socks = [socket.create_connection(("127.0.0.1", sim.port)) for _ in range(3)]
    for sock in socks:
        sock.sendall(b"GET / HTTP/1.1\r\n\r\n")
    cpu = time.process_time()
    time.sleep(0.5)
    assert time.process_time() - cpu < 0.05
    assert sim.open_connections == 3
    assert timed(sim.stop) < 1.0
    assert not any(t.name == "netsim" for t in threading.enumerate())
    for sock in socks:
        sock.close()


# -- command line ------------------------------------------------------------


def _run_cli(*args: str, **kwargs: object) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "sync.netsim", *args], cwd=REPO, env=env, text=True, **kwargs  # type: ignore[call-overload]
    )


def test_cli_help() -> None:
    proc = _run_cli("--help", stdout=subprocess.PIPE)
    out, _ = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "--profile" in out and "blackhole" in out


def test_cli_forwards_and_takes_commands(server) -> None:
    proc = _run_cli(
        "--listen", "127.0.0.1:0", "--target", f"{server[0]}:{server[1]}", "--profile", "lan",
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )
    try:
        url = proc.stdout.readline().split()[0]
        assert requests.get(url + "/bytes/100", timeout=5).content == payload(100)
        proc.stdin.write("offline\nstats\n")
        proc.stdin.flush()
        stats = json.loads(proc.stdout.readline())
        assert (stats["requests"], stats["responses"]) == (1, 1)
        with pytest.raises(requests.exceptions.ConnectionError):
            requests.get(url + "/bytes/100", timeout=5)
        out, _ = proc.communicate("quit\n", timeout=5)
    finally:
        proc.kill()
    assert proc.returncode == 0
    assert json.loads(out.splitlines()[-1])["connections"] == 1


def test_cli_rejects_bad_target() -> None:
    proc = _run_cli("--target", "nonsense", stderr=subprocess.PIPE)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 2 and "HOST:PORT" in err


# -- injected server faults ----------------------------------------------------


def _flipped(data: bytes, start: int, n: int) -> bytes:
    return data[:start] + bytes(b ^ 0xFF for b in data[start : start + n]) + data[start + n :]


def test_fail_next_answers_for_the_server_and_keeps_the_connection(make_sim) -> None:
    sim = make_sim()
    sim.fail_next(2, status=503, retry_after=1)
    with requests.Session() as session:
        first = session.post(sim.url + "/upload", data=payload(3000), timeout=5)
        head = session.head(sim.url + "/bytes/10", timeout=5)
        third = session.post(sim.url + "/upload", data=payload(3000), timeout=5)
    assert (first.status_code, first.headers["Retry-After"]) == (503, "1")
    assert first.json()["error"] == "unavailable"
    assert (head.status_code, head.content) == (503, b"")  # an answer to HEAD has no body
    assert (third.status_code, third.content) == (200, b"received 3000")  # reached the server
    c = sim.counters
    assert (c.requests, c.responses, c.connections) == (3, 3, 1)
    assert c.bytes_up > 6000  # the swallowed upload still crossed the link
    assert sim.failures_sent == 2


def test_fail_next_with_500_and_disarm(make_sim) -> None:
    sim = make_sim()
    sim.fail_next(5, status=500)
    assert requests.get(sim.url + "/bytes/10", timeout=5).status_code == 500
    sim.fail_next(0)
    assert requests.get(sim.url + "/bytes/10", timeout=5).content == payload(10)
    assert sim.failures_sent == 1


def test_corrupt_garbles_body_bytes_once_and_never_the_head(make_sim) -> None:
    sim = make_sim()
    sim.set_corrupt(1000, count=3)
    with requests.Session() as session:
        short = session.get(sim.url + "/bytes/500", timeout=5).content  # too short: untouched
        damaged = session.get(sim.url + "/bytes/3000", timeout=5)
        clean = session.get(sim.url + "/bytes/3000", timeout=5).content
    assert short == payload(500)
    assert damaged.status_code == 200
    assert damaged.content == _flipped(payload(3000), 1000, 3)
    assert clean == payload(3000)
    assert sim.bytes_corrupted == 3


def test_corrupt_hits_chunk_data_not_chunk_framing(make_sim) -> None:
    sim = make_sim()
    sim.set_corrupt(1500, count=2)  # chunks are 1000 bytes: this lands in the second
    body = requests.get(sim.url + "/chunked/2500", timeout=5).content
    assert body == _flipped(payload(2500), 1500, 2)


@pytest.mark.parametrize("step", [1, 5, 4096])
def test_message_counter_reports_body_spans(step: int) -> None:
    counter = MessageCounter(HttpExchange(), is_request=False)
    stream = b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabcdef" + \
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\ngh\r\n1\r\ni\r\n0\r\n\r\n"
    body = []
    for i in range(0, len(stream), step):
        piece = stream[i : i + step]
        counter.feed(piece)
        body += [(off, piece[s:e]) for s, e, off in counter.body_spans]
    assert b"".join(p for _, p in body) == b"abcdefghi"
    assert body[0][0] == 0 and counter.idle
