"""The test-only crash points stay inert unless armed, and refuse a spec they do not know."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from sync.server.crashpoints import ENV, CrashPoints


def test_unarmed_points_do_nothing() -> None:
    points = CrashPoints(None)
    for point in ("push_before_commit", "push_after_commit", "pull_page"):
        points.hit(point)  # still alive


@pytest.mark.parametrize("spec", ["commit", "push_after_commit:0", "pull_page:x"])
def test_a_mistyped_spec_fails_at_start_not_silently(spec: str) -> None:
    with pytest.raises(ValueError, match=ENV):
        CrashPoints(spec)


def test_the_armed_point_kills_the_process_on_its_nth_hit() -> None:
    code = ("from sync.server.crashpoints import CrashPoints\n"
            "p = CrashPoints.from_env()\n"
            "p.hit('pull_page'); p.hit('push_after_commit'); print('first', flush=True)\n"
            "p.hit('push_after_commit'); print('second', flush=True)\n")
    env = dict(os.environ, **{ENV: "push_after_commit:2"})
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == -signal.SIGKILL
    assert run.stdout.split() == ["first"]
