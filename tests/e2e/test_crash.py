"""A client killed (SIGKILL) at random points of a sync loses and duplicates nothing.

Each trial queues replies and a note edit offline, starts a real
``python -m tutorclient sync`` on a slow link, kills it at a seeded time,
restarts and syncs (see ``crashkit``). Kill times are stratified over a
whole sync, so trials die before the request, with the request on the
wire, after the server committed but before the answer was applied, between
pages, during a blob download, and after the sync finished.
"""

from __future__ import annotations

import json
import random
import signal
from collections.abc import Iterator

import crashkit
import pytest

TRIALS = 30


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[crashkit.World]:
    with crashkit.crash_world(tmp_path_factory.mktemp("crash"), seed=7) as w:
        yield w


def test_sigkill_at_random_points_of_a_sync_loses_and_duplicates_nothing(world) -> None:
    results, _ = crashkit.run_trials(world, TRIALS, seed=7)
    summary = crashkit.report(results)

    assert summary["trials"] == TRIALS
    assert summary["failures"] == 0, json.dumps(summary["failed_trials"], indent=2)[:4000]
    # The kills really fell in different stages, including the dangerous one.
    stages = summary["kills_by_stage"]
    assert stages.get("server_committed", 0) >= 1, stages
    assert len(stages) >= 4, stages
    assert len(world.replies) >= TRIALS


def test_kill_after_the_server_committed_then_restart_replays_without_duplicates(world) -> None:
    """The answer is lost and the client dies right after the server committed:
    the restart replays the same op UUIDs, the server answers them from its
    record, and no second post appears."""
    ops = crashkit.queue_offline_work(world, random.Random(11), 1000)
    world.outbox_uuids |= ops
    world.sim.set_drop_after(0, direction="down")  # no answer reaches the client
    try:
        run = crashkit.run_and_kill(world, 30.0,
                                    kill_when=lambda: ops <= crashkit.server_op_uuids(world))
    finally:
        world.sim.set_drop_after(None)
    assert run.returncode == -signal.SIGKILL
    assert ops <= crashkit.server_op_uuids(world)

    assert crashkit.recover_and_check(world) == []


SERVER_TRIALS = 4  # one of each kind of kill: before the commit, after it, a pull, a timed one


@pytest.fixture(scope="module")
def server_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[crashkit.World]:
    with crashkit.crash_world(tmp_path_factory.mktemp("server-crash"), seed=5,
                              server_process=True) as w:
        yield w


def test_server_sigkilled_at_its_commit_and_restarted_loses_and_duplicates_nothing(
        server_world) -> None:
    """The server dies (SIGKILL) just before the push's transaction commits, just
    after, before a pull page, or at a seeded time; a watcher restarts it. The
    client retries, the restart replays nothing twice, and client and server
    databases pass their integrity checks with every op and post exactly once."""
    results, _ = crashkit.run_server_trials(server_world, SERVER_TRIALS, seed=5)
    summary = crashkit.server_report(results)

    assert summary["failures"] == 0, json.dumps(summary["failed_trials"], indent=2)[:4000]
    assert (summary["lost"], summary["duplicated"], summary["integrity_failures"]) == (0, 0, 0)
    hit = summary["kill_points_hit"]
    assert hit.get("push_before_commit") == hit.get("push_after_commit") == 1, json.dumps(summary)
    assert summary["committed_at_death"] >= 1, json.dumps(summary)
