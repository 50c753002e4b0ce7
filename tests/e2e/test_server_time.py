"""Ordering follows the server's clock, not the authors' (item 12).

Two client *processes* run under libfaketime, one 3 days ahead and one 3 days
behind, against a live server on the real clock, next to a normal client. Each
posts to the same discussion, starts a topic and submits a case, in turns. A
tutor then sees the posts, the "most recently active" topics and the
oldest-first review queue in the order the server accepted them; and each
skewed client is told once that its clock is wrong.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sync.server.admin import Admin
from sync.server.settings import Settings
from tutorclient import cases, discussions, review
from tutorclient.session import Profile

# Debian puts it under the machine's multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu).
LIBFAKETIME = next(iter(sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))),
                   Path("/usr/lib/faketime/libfaketime.so.1"))
CLIENT = Path(__file__).with_name("skewed_client.py")
FARAH = ("farah", "demo-farah-pass")
DAY = 86400

pytestmark = pytest.mark.skipif(not LIBFAKETIME.exists(), reason="libfaketime is not installed")


def _env(offset: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(LD_PRELOAD=str(LIBFAKETIME), FAKETIME=offset, FAKETIME_DONT_FAKE_MONOTONIC="1",
               TUTORCLIENT_TOKEN_FILE="1", QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=os.pathsep.join([str(Path(__file__).parents[2]),
                                           env.get("PYTHONPATH", "")]))
    return env


class SkewedClient:
    """One profile used only by processes whose clock is shifted by ``offset``."""

    def __init__(self, directory: Path, server: str, user: tuple[str, str], offset: str):
        self.dir, self.server, self.user, self.offset = directory, server, user, offset

    def act(self, *actions: list[str]) -> list[str]:
        """Local writes in a faked-clock process; returns the new record ids."""
        out = subprocess.run(
            [sys.executable, str(CLIENT), str(self.dir), self.server, *self.user,
             json.dumps(list(actions))],
            env=_env(self.offset), capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        answer = json.loads(out.stdout.strip().splitlines()[-1])
        # The fake clock really is in effect in the client process.
        shift = answer["clock"] - time.time()
        assert abs(abs(shift) - 3 * DAY) < 600, f"faketime not in effect: {shift:.0f} s"
        return answer["made"]

    def cli_sync(self, *extra: str) -> str:
        """``tutorclient sync`` under the fake clock; returns what it printed."""
        out = subprocess.run(
            [sys.executable, "-m", "tutorclient", "--profile", str(self.dir), "sync",
             "--token-file", *extra],
            env=_env(self.offset), capture_output=True, text=True, timeout=60)
        assert out.returncode == 0, out.stdout + out.stderr
        return out.stdout + out.stderr if extra else out.stdout


def _only(ids: list[str], wanted: list[str]) -> list[str]:
    return [i for i in ids if i in wanted]


@pytest.fixture
def farah(server_settings: Settings) -> tuple[str, str]:
    """A second Somaliland trainee, for the client that is 3 days behind."""
    admin = Admin(server_settings)
    admin.create_user(FARAH[0], FARAH[1], "trainee", ["somaliland"], ["emergency"],
                      "Farah Said (test trainee)")
    admin.close()
    return FARAH


def test_order_follows_server_time_with_clients_days_off(
        server: str, make_client, tmp_home: Path, farah: tuple[str, str]) -> None:
    amina = make_client("amina", server)
    measured = amina.sync()
    # A right clock measures as right (loopback: the margin is milliseconds).
    assert measured.clock_skew_s is not None and abs(measured.clock_skew_s) < 5
    me = amina.user
    pid = me["partnerships"][0]
    course_id = next(cid for cid, parts in amina.store.db.execute(
        "SELECT id, partnerships FROM courses ORDER BY position, id") if pid in json.loads(parts))
    topic_t = discussions.start_course_thread(amina.store, me, course_id, pid, "Shared topic",
                                              "Opening post")
    first_post = discussions.thread_posts(amina.store, topic_t)[0]["id"]
    amina.sync()

    ahead = SkewedClient(tmp_home / "profiles" / "khadra", server,
                         ("khadra", "demo-khadra"), "+3d")
    behind = SkewedClient(tmp_home / "profiles" / "farah", server, farah, "-3d")

    # Turn 1: the clock 3 days ahead; turn 2: the right clock; turn 3: 3 days behind.
    case_c, topic_z, post_1 = ahead.act(["case", "Ahead case"], ["topic", course_id, pid, "Z"],
                                        ["post", topic_t, "from the future"])
    ahead_said = ahead.cli_sync()
    case_a = cases.new_draft(amina.store, me["id"], pid, "emergency")
    cases.save_draft(amina.store, case_a, {"title": "On-time case", "question": "Q?"})
    cases.submit(amina.store, case_a)
    topic_x = discussions.start_course_thread(amina.store, me, course_id, pid, "X", "x")
    post_2 = discussions.reply(amina.store, me["id"], topic_t, "on time")
    amina.sync()
    case_b, post_3, topic_y = behind.act(["case", "Behind case"],
                                         ["post", topic_t, "from the past"],
                                         ["topic", course_id, pid, "Y"])
    # Before it is sent, the behind client's own post is last in its thread,
    # although its clock says it was written 3 days before the others.
    own = Profile(behind.dir, token_file=True)
    try:
        assert discussions.thread_posts(own.store, topic_t)[-1]["id"] == post_3
        assert discussions.thread_posts(own.store, topic_t)[-1]["local_state"] == "pending"
    finally:
        own.close()
    behind_said = behind.cli_sync()

    tutor = make_client("dr.sarah", server)
    tutor.sync()
    queue = [item.case_id for item in review.queue(tutor.store)]
    names = {case_a: "on time", case_b: "behind", case_c: "ahead"}
    assert [names[c] for c in _only(queue, list(names))] == ["ahead", "on time", "behind"]
    posts = [p["id"] for p in discussions.thread_posts(tutor.store, topic_t)]
    names = {first_post: "first", post_1: "ahead", post_2: "on time", post_3: "behind"}
    assert [names[p] for p in posts] == ["first", "ahead", "on time", "behind"]
    active = [t["id"] for t in discussions.course_threads(tutor.store, course_id)]
    names = {topic_t: "shared", topic_x: "on time", topic_y: "behind", topic_z: "ahead"}
    assert [names[t] for t in _only(active, list(names))] == ["behind", "shared", "on time",
                                                              "ahead"]

    # Each wrong clock is named once, in plain words; the right one never.
    assert "Your computer's clock is 3 days ahead" in ahead_said, ahead_said
    assert "Your computer's clock is 3 days behind" in behind_said, behind_said
    assert "Posts are ordered by the server's time, but please set the clock." in behind_said
    again = json.loads(ahead.cli_sync("--json").splitlines()[0])
    assert abs(again["clock_skew_s"] - 3 * DAY) < 60 and "clock" not in behind.cli_sync()


def test_the_app_tells_a_wrong_clock_once_and_again_after_it_was_right(profile_dir: Path) -> None:
    from tutorclient import notices

    profile = Profile(profile_dir)
    try:
        store, me = profile.store, "u-1"
        notices.record_clock(store, -3 * DAY - 40, 0.02)
        said = notices.after_sync(store, me)
        assert said[0] == ("Your computer's clock is 3 days behind. Posts are ordered by the "
                           "server's time, but please set the clock.")
        notices.record_clock(store, -3 * DAY - 45, 0.02)
        assert notices.after_sync(store, me) == []  # once, not at every sync
        notices.record_clock(store, 1.5, 0.02)  # set right: nothing to say
        assert notices.after_sync(store, me) == []
        notices.record_clock(store, 2 * 3600, 0.02)  # wrong again: told again
        assert notices.after_sync(store, me)[0].startswith(
            "Your computer's clock is 2 hours ahead.")
        # Within the margin of a slow round trip, nothing is claimed.
        notices.record_clock(store, 0, 0.02)
        notices.record_clock(store, 400, 200)
        assert notices.after_sync(store, me) == []
    finally:
        profile.close()
