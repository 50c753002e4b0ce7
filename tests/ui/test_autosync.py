"""Automatic sync against a live server through the network simulator: reachability,
probe backoff, metered links, data caps and batching of local changes."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest

from sync.engine import Summary
from tutorclient import connectivity, discussions
from tutorclient.changes import Changes
from tutorclient.connectivity import DataSettings
from tutorclient.ui.autosync import REASON_CHANGES, REASON_REACHABLE, AutoSync, Timing
from tutorclient.ui.context import OFFLINE, ONLINE

QUIET = 600.0  # no periodic pass during a test unless it asks for one


def make_autosync(app, **timing) -> AutoSync:
    defaults = {"probe_base_s": 0.25, "probe_cap_s": 2.0, "probe_timeout_s": 0.25,
                "batch_delay_s": 0.6, "batch_max_s": 5.0, "periodic_s": QUIET}
    auto = AutoSync(app.ctx, app, timing=Timing(**{**defaults, **timing}),
                    use_network_information=False)
    return auto


def set_data(profile_dir: Path, **fields) -> None:
    from tutorclient.session import Profile

    profile = Profile(profile_dir)
    connectivity.save_data_settings(profile.store, DataSettings(**fields))
    profile.close()


def most_probes(window_s: float, timing: Timing) -> int:
    """The most probes the exponential schedule allows in ``window_s`` on a silent link:
    each probe waits at least its timeout, then at least the shortest jittered delay."""
    b = connectivity.Backoff(timing.probe_base_s, timing.probe_cap_s, timing.probe_jitter)
    t, n = 0.0, 0
    while t < window_s:
        n += 1
        t += timing.probe_timeout_s + b.bounds(n - 1)[0]
    return n


def test_offline_probes_back_off_and_sync_starts_when_the_link_returns(
        qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    sign_in(profile_dir, netsim.url)
    netsim.set_blackhole(True)  # a satellite hop that accepts and then says nothing
    app = open_app(profile_dir)
    auto = make_autosync(app)
    probes: list[tuple[float, bool]] = []
    auto.probed.connect(lambda ok: probes.append((time.monotonic(), ok)))
    netsim.reset_counters()
    window = 6.0
    auto.start()
    qtbot.wait(int(window * 1000))

    tried = netsim.counters.connections
    fixed_rate = int(window / (auto.timing.probe_base_s + auto.timing.probe_timeout_s))
    assert 3 <= tried <= most_probes(window, auto.timing) < fixed_rate, (tried, probes)
    assert not any(ok for _t, ok in probes)
    gaps = [b[0] - a[0] for a, b in itertools.pairwise(probes)]
    assert all(later > earlier * 1.2 for earlier, later in itertools.pairwise(gaps[:4])), gaps
    assert app.ctx.state.connection == OFFLINE
    assert auto.status.reachable is False and auto.status.next_probe_at is not None

    started: list[str] = []
    auto.auto_sync_started.connect(started.append)
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=20_000) as finished:
        netsim.set_blackhole(False)
    assert isinstance(finished.args[0], Summary)
    assert started == [REASON_REACHABLE]
    assert app.ctx.state.connection == ONLINE
    auto.stop()


def test_a_metered_link_syncs_text_only(qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    sign_in(profile_dir, netsim.url, sync=False)
    app = open_app(profile_dir)
    auto = make_autosync(app)
    auto.metered_override = True  # headless Qt cannot report a metered link
    netsim.reset_counters()
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        auto.start()
    summary = finished.args[0]
    assert isinstance(summary, Summary)
    assert summary.pulled > 0 and summary.blobs_down == 0 and summary.blobs_skipped > 0
    db = app.profile.store.db
    wanted_bytes = db.execute("SELECT sum(size) FROM blobs WHERE state != 'present'").fetchone()[0]
    assert db.execute("SELECT count(*) FROM blobs WHERE state = 'present'").fetchone()[0] == 0
    assert netsim.counters.bytes_down < wanted_bytes
    assert any("metered" in note for note in auto.status.notes)

    # The same pass on an unmetered link brings the files: the check above can fail.
    auto.metered_override = False
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        auto.request_sync("test")
    assert finished.args[0].blobs_down > 0
    auto.stop()


def test_a_spent_cap_stops_automatic_sync_but_not_sync_now(
        qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    sign_in(profile_dir, netsim.url)  # a first sync spends far more than 1 KB today
    set_data(profile_dir, daily_cap_mb=0.001)
    app = open_app(profile_dir)
    auto = make_autosync(app)
    netsim.reset_counters()
    with qtbot.waitSignal(auto.auto_sync_skipped) as skipped:
        auto.start()
    assert "today's data limit of 1 KB is used up" in skipped.args[0]
    assert "Sync now" in skipped.args[0]
    qtbot.wait(500)
    assert not app.ctx.syncing and netsim.counters.requests == 1  # the probe, nothing more
    assert auto.status.paused.startswith("Automatic sync is paused")

    # Local work does not break the cap either.
    thread_id = app.profile.store.db.execute("SELECT id FROM threads LIMIT 1").fetchone()[0]
    with qtbot.waitSignal(auto.auto_sync_skipped, timeout=5000):
        app.ctx.write(app, lambda: _reply(app, thread_id, "after the cap"))

    # A monthly cap does the same.
    with qtbot.waitSignal(auto.auto_sync_skipped) as skipped:
        auto.save_settings(DataSettings(monthly_cap_mb=0.002))
    assert "this month's data limit of 2 KB" in skipped.args[0]
    assert netsim.counters.requests == 1

    # Raising the limit lets the waiting work go.
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000) as finished:
        auto.save_settings(DataSettings(monthly_cap_mb=50))
    assert isinstance(finished.args[0], Summary) and finished.args[0].pushed == 1
    auto.stop()


def _reply(app, thread_id: str, text: str) -> Changes:
    discussions.reply(app.profile.store, app.ctx.user_id, thread_id, text)
    return Changes.of("posts", outbox=True)


def test_local_changes_are_batched_into_one_sync(qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    sign_in(profile_dir, netsim.url)
    app = open_app(profile_dir)
    auto = make_autosync(app, batch_delay_s=0.8, batch_max_s=5.0)
    started: list[str] = []
    finished: list[object] = []
    auto.auto_sync_started.connect(started.append)
    app.ctx.sync_finished.connect(finished.append)
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000):
        auto.start()  # the server is reachable: one pass at once
    assert started == [REASON_REACHABLE]

    thread_id = app.profile.store.db.execute("SELECT id FROM threads LIMIT 1").fetchone()[0]
    for n in range(4):
        app.ctx.write(app, lambda n=n: _reply(app, thread_id, f"Reply {n}"))
        qtbot.wait(300)  # each change restarts the quiet period
    assert started == [REASON_REACHABLE]  # still waiting for quiet
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20_000)
    assert started == [REASON_REACHABLE, REASON_CHANGES]
    assert isinstance(finished[1], Summary) and finished[1].pushed == 4
    qtbot.wait(2000)  # the sync's own change notice must not start another pass
    assert len(started) == 2 and len(finished) == 2
    auto.stop()


def test_steady_changes_still_sync_within_the_longest_wait(
        qtbot, open_app, profile_dir: Path, netsim, sign_in) -> None:
    sign_in(profile_dir, netsim.url)
    app = open_app(profile_dir)
    auto = make_autosync(app, batch_delay_s=0.8, batch_max_s=1.5)
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000):
        auto.start()
    started: list[str] = []
    auto.auto_sync_started.connect(started.append)
    thread_id = app.profile.store.db.execute("SELECT id FROM threads LIMIT 1").fetchone()[0]
    began = time.monotonic()
    for n in range(12):  # a change every 0.3 s never leaves 0.8 s of quiet
        app.ctx.write(app, lambda n=n: _reply(app, thread_id, f"Typing {n}"))
        qtbot.wait(300)
        if started:
            break
    assert started == [REASON_CHANGES]
    assert time.monotonic() - began < 2.5
    auto.stop()


@pytest.mark.parametrize("blocked_by", ["auth"])
def test_automatic_sync_stops_after_the_session_ends(
        qtbot, open_app, profile_dir: Path, netsim, blocked_by: str, sign_in) -> None:
    from tutorclient.session import Credentials

    sign_in(profile_dir, netsim.url)
    app = open_app(profile_dir)
    app.profile.save_credentials(Credentials("expired-token", None))
    auto = make_autosync(app, periodic_s=0.5)
    with qtbot.waitSignal(app.ctx.sync_finished, timeout=30_000):
        auto.start()
    netsim.reset_counters()
    qtbot.wait(1500)  # three periodic passes would have run
    assert netsim.counters.requests == 0
    assert "sign in again" in auto.status.paused
    auto.stop()
