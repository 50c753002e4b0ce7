"""Reachability probe, probe backoff and data accounting (core, no Qt), against a live server."""

from __future__ import annotations

import http.server
import threading
import time
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tutorclient import connectivity, diagnostics
from tutorclient.connectivity import (
    NO_ANSWER,
    NOT_OUR_SERVER,
    REACHABLE,
    SERVER_TROUBLE,
    Backoff,
    DataSettings,
    Usage,
    plan_sync,
    probe,
    usage,
)
from tutorclient.session import Profile

DEAD_SERVER = "http://127.0.0.1:9"


class _Portal(http.server.BaseHTTPRequestHandler):
    """What a hotel or clinic Wi-Fi does before you sign in: answer every address itself."""

    status = 200

    def do_GET(self) -> None:
        if self.status in (301, 302, 307):
            self.send_response(self.status)
            self.send_header("Location", "http://portal.example/login")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"<html><body>Sign in to Clinic-WiFi</body></html>" if self.status != 204 else b""
        self.send_response(self.status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def portal() -> Iterator[callable]:
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(status: int) -> str:
        handler = type("Portal", (_Portal,), {"status": status})
        srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        servers.append(srv)
        return f"http://127.0.0.1:{srv.server_address[1]}"

    yield start
    for srv in servers:
        srv.shutdown()
        srv.server_close()


# -- the probe ----------------------------------------------------------------------------


def test_our_server_is_reachable(server: str) -> None:
    assert probe(server, timeout_s=5) == connectivity.ProbeResult(True, REACHABLE)


@pytest.mark.parametrize("status", [200, 302, 204])
def test_a_captive_portal_is_not_our_server(portal, status: int) -> None:
    result = probe(portal(status), timeout_s=5)
    if status == 204:
        # An empty 204 is exactly what /healthz answers: indistinguishable, and reachable.
        assert result.reachable
    else:
        assert not result.reachable and result.reason == NOT_OUR_SERVER


def test_a_server_error_counts_as_offline(portal) -> None:
    result = probe(portal(503), timeout_s=5)
    assert not result.reachable and result.reason == SERVER_TROUBLE


def test_dead_port_dead_dns_and_a_silent_link_are_offline(netsim) -> None:
    assert probe(DEAD_SERVER, timeout_s=2).reason == NO_ANSWER
    assert probe("http://tutorclient-nowhere.invalid", timeout_s=2).reason == NO_ANSWER
    netsim.set_blackhole(True)
    started = time.monotonic()
    assert probe(netsim.url, timeout_s=0.5).reason == NO_ANSWER
    assert time.monotonic() - started < 3  # the timeout holds on a link that says nothing
    netsim.set_blackhole(False)
    assert probe(netsim.url, timeout_s=5).reachable


def test_the_probe_is_a_few_hundred_bytes(netsim) -> None:
    netsim.reset_counters()
    assert probe(netsim.url, timeout_s=5).reachable
    c = netsim.counters
    assert c.requests == 1 and c.bytes_up + c.bytes_down < 500, c


# -- backoff --------------------------------------------------------------------------------


def test_backoff_doubles_with_jitter_up_to_the_cap_and_resets() -> None:
    import random

    b = Backoff(base_s=15, cap_s=900, jitter=0.2, rng=random.Random(4))
    delays = [b.next_delay() for _ in range(10)]
    nominal = [15, 30, 60, 120, 240, 480, 900, 900, 900, 900]
    for got, want in zip(delays, nominal, strict=True):
        assert want * 0.8 <= got <= want * 1.2
    assert len({round(d, 3) for d in delays[6:]}) == 4  # jitter: capped waits still differ
    b.reset()
    assert 12 <= b.next_delay() <= 18


# -- data accounting -------------------------------------------------------------------------


def _history(profile: Profile, started: datetime, up: int, down: int, via: str = "network") -> None:
    with profile.store.write() as db:
        db.execute("INSERT INTO sync_history (started_at, finished_at, result, bytes_up, "
                   "bytes_down, via) VALUES (?, ?, 'ok', ?, ?, ?)",
                   [started.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")] * 2 + [up, down, via])


def test_usage_adds_today_and_this_month_from_the_history(profile_dir: Path) -> None:
    profile = Profile(profile_dir)
    now = datetime(2025, 3, 15, 12, 0).astimezone()
    _history(profile, now - timedelta(hours=1), 100, 1000)
    _history(profile, now.replace(hour=0, minute=0, second=1), 10, 20)
    _history(profile, now - timedelta(days=1), 5, 50)  # yesterday: this month only
    _history(profile, now.replace(day=1, hour=0, minute=0, second=0), 1, 2)
    _history(profile, now.replace(day=1, hour=0, minute=0) - timedelta(hours=1), 7000, 7000)
    _history(profile, now - timedelta(minutes=5), 9000, 9000, via="bundle")  # USB: free
    spent = usage(profile.store, now)
    profile.close()
    assert spent == Usage(today_up=110, today_down=1020, month_up=116, month_down=1072)


def test_caps_stop_automatic_sync_but_not_sync_now() -> None:
    settings = DataSettings(daily_cap_mb=1, monthly_cap_mb=10)
    fine = plan_sync(settings, Usage(today_down=400_000, month_down=4_000_000), metered=False)
    assert fine.options is not None and fine.options.max_bytes == 600_000  # the day's remainder

    day = plan_sync(settings, Usage(today_down=1_000_000, month_down=2_000_000), metered=False)
    assert day.options is None and "today's data limit of 1.0 MB is used up" in day.reason
    month = plan_sync(settings, Usage(today_down=10, month_down=10_000_000), metered=False)
    assert month.options is None and "this month's data limit" in month.reason
    assert "Sync now" in month.reason

    manual = plan_sync(settings, Usage(today_down=1_000_000), metered=False, manual=True)
    assert manual.options is not None and manual.over_cap and manual.options.max_bytes is None


def test_metered_means_text_only_unless_allowed() -> None:
    assert plan_sync(DataSettings(), Usage(), metered=True).options.text_only
    assert plan_sync(DataSettings(always_metered=True), Usage(), metered=False).options.text_only
    assert not plan_sync(DataSettings(files_on_metered=True), Usage(), metered=True).options.text_only
    assert not plan_sync(DataSettings(), Usage(), metered=False).options.text_only


def test_large_files_wait_for_a_go_ahead() -> None:
    plan = plan_sync(DataSettings(ask_over_mb=2), Usage(), metered=False, large_files=3)
    assert "3" in plan.notes[-1] and "2.0 MB" in plan.notes[-1]
    assert plan.options.max_blob_bytes == 2_000_000 and not plan.options.text_only
    allowed = plan_sync(DataSettings(ask_over_mb=2), Usage(), metered=False, large_files=3,
                        allow_large=True)
    assert not allowed.options.text_only and not allowed.notes


# -- diagnostics ---------------------------------------------------------------------------------


def test_diagnostics_zip_has_history_and_versions_and_no_secret(
        profile_dir: Path, server: str, memory_keyring) -> None:
    profile = Profile(profile_dir)
    profile.login(server, "amina", "demo-amina")
    profile.sync()
    token = profile.credentials().token
    profile.set_setting("proxy_password", "hunter2-secret")
    lines = [f"GET /v1/sync Authorization: Bearer {token}", f'{{"refresh_token": "{token}"}}',
             f"retrying with token={token}&x=1", f"plain mention {token}"]
    path = diagnostics.export_diagnostics(profile, profile_dir / "out", log_lines=lines)
    profile.close()
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        texts = {name: zf.read(name).decode() for name in names}
    assert {"environment.txt", "settings.json", "sync_history.csv", "log.txt"} <= names
    assert "tutorclient:" in texts["environment.txt"] and "python:" in texts["environment.txt"]
    assert texts["sync_history.csv"].count("\n") >= 2 and ",ok," in texts["sync_history.csv"]
    everything = "\n".join(texts.values())
    assert token not in everything
    assert "bearer" not in everything.lower()
    assert "hunter2" not in everything
    assert "argon2" not in everything  # the offline unlock verifier stays home too
    assert texts["log.txt"].count("[scrubbed]") == 4


def test_amounts_read_in_kb_under_a_megabyte_and_in_mb_above() -> None:
    assert connectivity.mb_text(123_000) == "123 KB"
    assert connectivity.mb_text(999_400) == "999 KB"
    assert connectivity.mb_text(1_000_000) == "1.0 MB"
    assert connectivity.mb_text(20_300_000) == "20.3 MB"
    assert connectivity.mb_text(0) == "0 KB"
    settings = DataSettings(daily_cap_mb=0.1)
    day = plan_sync(settings, Usage(today_down=123_000), metered=False, manual=True)
    assert "(123 KB so far)" in day.reason and day.over_cap


def test_stage_names_are_plain_words() -> None:
    from sync.engine import STAGES

    for stage in STAGES:
        text = connectivity.stage_text(stage)
        assert stage not in text.lower().split(), text
    assert set(STAGES) <= set(connectivity.STAGE_TEXT)  # a new stage gets its words too
    assert connectivity.stage_text("blobs") == "Downloading images and files"
    assert connectivity.stage_text("done") == "Finishing"


def test_diagnostics_go_to_documents_else_home_never_the_profile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "user"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "Documents"))
    assert diagnostics.default_dir() == home  # no Documents folder yet: home, not the profile
    (home / "Documents").mkdir()
    assert diagnostics.default_dir() == home / "Documents"
