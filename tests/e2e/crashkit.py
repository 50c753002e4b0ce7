"""SIGKILL a real ``tutorclient sync`` at random points, restart, and check nothing was lost.

Shared by ``tests/e2e/test_crash.py`` (a fixed number of trials) and
``benchmarks/crash_trials.py`` (as many as asked). One trial:

1. Another trainee's work appears on the server (posts, sometimes a case
   file), so the sync has pages to pull and a blob to download.
2. Offline work is queued on the profile: 1-3 replies and a note edit.
3. ``python -m tutorclient sync --json`` starts on a slow link and is
   SIGKILLed at a seeded time spread over a whole sync, from start-up to exit.
4. The stage it died in is read back from the profile and the server.
5. The profile is reopened (a restart) and synced to completion; then every
   reply is on the server and on the device exactly once, every outbox entry
   is done and known to the server, the note and the blobs arrived, and the
   store passes its integrity check.

The server is read straight from its SQLite file, read-only.

Server-kill trials (:func:`run_server_trials`) run the server as its own
process instead (:class:`ServerProcess`) and SIGKILL *it*: at a seeded time
during a sync, or at a crash point inside it (``sync.server.crashpoints``: just
before the push's write transaction commits, just after it committed, before a
pull-only page is read). Like a service manager, a watcher starts it again a
moment later on the same port, so the client's retries inside the pass meet a
fresh server replaying from its database. Then the same checks run, plus
``PRAGMA integrity_check`` on the server file and op/post counts.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sync.errors import TutorClientError
from sync.netsim import NetSim
from sync.server.admin import Admin
from sync.server.settings import Settings
from sync.server.testing import free_port, run_server
from tutorclient import discussions, study
from tutorclient.session import Profile

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "demo-amina"
# Small pages, so one sync pulls other people's posts in several exchanges.
PAGE_BYTES = 1500
# Slow enough that a sync lasts long enough to die in every stage; fast
# enough that 30 trials fit in the test budget.
LINK = {"rtt_s": 0.15, "down_bps": 40_000.0, "up_bps": 16_000.0}
# After a kill, what the dead client already handed to the link still reaches
# the server. Give it a moment before looking (the stage label depends on
# it), then cut what is left; a request still on its way may race the
# restarted client's replay, which is a case worth having too.
SETTLE_S = 0.12

STAGES = ("startup", "before_send", "request_in_flight", "server_committed", "pages", "blobs",
          "finishing", "finished")
# The server's test-only crash points (sync/server/crashpoints.py), armed through this
# variable when it starts; a server-kill trial uses one of them, or kills from outside.
CRASH_ENV = "TUTORCLIENT_SERVER_CRASH_AT"
CRASH_POINTS = ("push_before_commit", "push_after_commit", "pull_page")
SERVER_KILLS = (*CRASH_POINTS, "timed")
# A service manager's restart delay: long enough for the client to notice.
RESTART_AFTER_S = 0.3


class ServerProcess:
    """``serve()`` below in a child process on a fixed loopback port, killable and restartable."""

    def __init__(self, settings: Settings, env: dict[str, str]) -> None:
        self.settings, self.env = settings, env
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, crash_at: str | None = None) -> None:
        env = dict(self.env)
        env.pop(CRASH_ENV, None)
        if crash_at:
            env[CRASH_ENV] = crash_at
        self.proc = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "serve", str(self.settings.data_dir),
             str(self.port), str(self.settings.page_bytes)],
            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the server exited at start ({self.proc.returncode})")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.02)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def serve(data_dir: str, port: int, page_bytes: int) -> None:
    """The server process of server-kill trials (``python crashkit.py serve DIR PORT BYTES``)."""
    import uvicorn

    from sync.server.app import create_app
    from sync.server.testing import uvicorn_config

    settings = Settings(data_dir=Path(data_dir), argon2_profile="test", page_bytes=page_bytes)
    uvicorn.Server(uvicorn_config(create_app(settings), "127.0.0.1", port,
                                  log_level="warning")).run()


@contextmanager
def _server(settings: Settings, env: dict[str, str], as_process: bool) -> Iterator[
        tuple[str, ServerProcess | None]]:
    if not as_process:
        with run_server(settings.data_dir, settings=settings) as url:
            yield url, None
        return
    server = ServerProcess(settings, env)
    server.start()
    try:
        yield server.url, server
    finally:
        server.stop()


@dataclass
class World:
    """A seeded server behind a slow simulated link, and one trainee's profile."""

    root: Path
    settings: Settings
    admin: Admin
    sim: NetSim
    profile_dir: Path
    env: dict[str, str]
    thread_id: str
    lesson_id: str
    peer_id: str
    me_id: str
    seed: int
    replies: list[str] = field(default_factory=list)  # every reply body queued so far
    peer_posts: list[str] = field(default_factory=list)
    peer_blobs: list[str] = field(default_factory=list)
    outbox_uuids: set[str] = field(default_factory=set)
    last_note: str = ""
    server: ServerProcess | None = None  # set when the server runs as its own process
    posts_before: int = 0  # the trainee's posts on the server before any trial (demo data)

    @property
    def server_db(self) -> Path:
        return Path(self.settings.data_dir) / "tutorclient.sqlite3"


@dataclass
class TrialResult:
    index: int
    kill_at: float
    stage: str
    seconds: float
    problems: list[str]


def child_env(home: Path) -> dict[str, str]:
    """A child with no keyring, allowed to keep its token in the profile (headless Linux)."""
    env = dict(os.environ)
    env.update(TUTORCLIENT_HOME=str(home), TUTORCLIENT_TOKEN_FILE="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])))
    return env


def _cli(profile: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "tutorclient", "--profile", str(profile), *args]


def _open(world: World) -> Profile:
    return Profile(world.profile_dir, token_file=True)


@contextmanager
def crash_world(root: Path, seed: int = 1, server_process: bool = False) -> Iterator[World]:
    """Start the server and the link, sign the trainee in through the CLI, first sync.

    With ``server_process`` the server runs as a child process that server-kill
    trials may SIGKILL (``world.server``); otherwise in a thread of this one.
    """
    settings = Settings(data_dir=root / "server", argon2_profile="test", page_bytes=PAGE_BYTES)
    settings.ensure_dirs()
    admin = Admin(settings)
    admin.init()
    admin.seed_demo()
    env = child_env(root / "home")
    try:
        with _server(settings, env, server_process) as (url, server):
            host, port = url.removeprefix("http://").split(":")
            with NetSim((host, int(port)), profile="none", seed=seed) as sim:
                profile_dir = root / "home" / "profiles" / "amina"
                login = subprocess.run(
                    _cli(profile_dir, "login", "--server", sim.url, "--username", "amina",
                         "--token-file"),
                    input=PASSWORD + "\n", text=True, env=env, cwd=ROOT, capture_output=True,
                    timeout=60, check=False)
                if login.returncode != 0:
                    raise RuntimeError(f"login failed: {login.stderr}")
                profile = Profile(profile_dir, token_file=True)
                try:
                    profile.sync()
                    db = profile.store.db
                    thread = db.execute("SELECT id FROM threads WHERE kind = 'case' "
                                        "ORDER BY id LIMIT 1").fetchone()[0]
                    lesson = db.execute("SELECT id FROM lessons ORDER BY id LIMIT 1").fetchone()[0]
                    me = profile.user["id"]
                finally:
                    profile.close()
                world = World(root, settings, admin, sim, profile_dir, env, thread, lesson,
                              admin.user_id("khadra"), me, seed, server=server)
                world.posts_before = _posts_by(world, me)
                sim.set_profile("none", **LINK)
                yield world
    finally:
        admin.close()


# -- one trial ------------------------------------------------------------------------


def peer_activity(world: World, rng: random.Random, index: int) -> None:
    """Khadra's posts (long enough to need several pages) and often a case file."""
    posts: list[str] = []
    for n in range(rng.randint(0, 3)):
        body = f"peer-{world.seed}-{index}-{n}: " + "vital signs stable, " * rng.randint(20, 40)
        post_id = str(uuid.uuid4())
        world.admin.put_record("posts", post_id, {
            "thread_id": world.thread_id, "author_id": world.peer_id, "body_md": body,
            "created_at": "2024-01-01T00:00:00Z"})
        world.peer_posts.append(body)
        posts.append(post_id)
    if posts and rng.random() < 0.6:
        data = rng.randbytes(rng.randint(4_000, 16_000))
        sha = world.admin.add_blob(data, owner="khadra")
        world.admin.put_record("attachments", str(uuid.uuid4()), {
            "owner_kind": "posts", "owner_id": posts[-1], "sha256": sha,
            "filename": f"ecg-{index}.bin", "size": len(data), "mime": "application/octet-stream",
            "role": "file"})
        world.peer_blobs.append(sha)


def queue_offline_work(world: World, rng: random.Random, index: int) -> set[str]:
    """1-3 replies and a note edit, written while offline; returns their outbox UUIDs."""
    profile = _open(world)
    try:
        before = _outbox_uuids(profile)
        for n in range(rng.randint(1, 3)):
            # Incompressible findings make the request big enough to die while it is sent.
            body = (f"crash-trial {world.seed}/{index}/{n}: I would repeat the lactate. "
                    f"Monitor trace {rng.randbytes(rng.randint(300, 1500)).hex()}")
            discussions.reply(profile.store, world.me_id, world.thread_id, body)
            world.replies.append(body)
        world.last_note = f"Note as of trial {index}"
        study.save_note(profile.store, world.me_id, world.lesson_id, world.last_note)
        return _outbox_uuids(profile) - before
    finally:
        profile.close()


@dataclass
class ChildRun:
    returncode: int | None
    stdout: str
    connected_after: float | None  # seconds from spawn to its first connection
    seconds: float  # from spawn to exit or kill


def run_and_kill(world: World, kill_at: float,
                 kill_when: Callable[[], bool] = lambda: False) -> ChildRun:
    """Start a CLI sync and SIGKILL it ``kill_at`` seconds later, or as soon as
    ``kill_when()`` holds (if it is still running)."""
    connections = world.sim.counters.connections
    started = time.monotonic()
    child = subprocess.Popen(_cli(world.profile_dir, "sync", "--json"), env=world.env,
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True)
    connected = None
    while child.poll() is None:
        now = time.monotonic() - started
        if connected is None and world.sim.counters.connections > connections:
            connected = now
        if now >= kill_at or kill_when():
            os.kill(child.pid, signal.SIGKILL)
            break
        time.sleep(0.003)
    out, _ = child.communicate(timeout=30)
    return ChildRun(child.returncode, out, connected, time.monotonic() - started)


def settle(world: World) -> None:
    """Let a request the dead child left in the link reach the server (or not) before we look."""
    deadline = time.monotonic() + SETTLE_S
    while world.sim.open_connections and time.monotonic() < deadline:
        time.sleep(0.01)
    # A link whose client died can linger in the simulator; a real one would time out.
    world.sim.reset_connections()


def classify(world: World, trial_ops: set[str], history_before: int) -> str:
    """Which stage the sync died in, read from the profile and the server."""
    profile = _open(world)
    try:
        db = profile.store.db
        history = db.execute("SELECT id, finished_at FROM sync_history WHERE id > ? "
                             "ORDER BY id", [history_before]).fetchall()
        if not history:
            return "startup"
        if history[-1][1] is not None:
            return "finished"
        marks = ",".join("?" * len(trial_ops))
        rows = db.execute(f"SELECT uuid, state, attempts FROM outbox WHERE uuid IN ({marks})",
                          list(trial_ops)).fetchall()
        if all(attempts == 0 for _, _, attempts in rows):
            return "before_send"
        if any(state == "pending" for _, state, _ in rows):
            on_server = server_op_uuids(world) & trial_ops
            return "server_committed" if on_server else "request_in_flight"
        if profile.store.db.execute("SELECT cursor FROM sync_cursors").fetchone()[0] \
                < _server_head(world):
            return "pages"
        if db.execute("SELECT count(*) FROM blobs WHERE state IN ('wanted', 'partial')"
                      ).fetchone()[0]:
            return "blobs"
        return "finishing"
    finally:
        profile.close()


def recover_and_check(world: World) -> list[str]:
    """Restart: reopen the profile, sync to the end, and list everything wrong."""
    world.sim.set_profile("none")  # the recovery's speed is not under test
    profile = _open(world)
    try:
        try:
            summary = profile.sync()
            problems = [] if summary.result == "ok" else [f"recovery sync: {summary.as_dict()}"]
        except TutorClientError as exc:
            problems = [f"recovery sync failed: {exc}"]
        problems += check(world, profile)
    finally:
        profile.close()
        world.sim.set_profile("none", **LINK)
    return problems


def check(world: World, profile: Profile) -> list[str]:
    db = profile.store.db
    problems: list[str] = []
    # No lost outbox entry: every one queued is still there, done, and known to the server.
    states = dict(db.execute("SELECT uuid, state FROM outbox").fetchall())
    if missing := world.outbox_uuids - states.keys():
        problems.append(f"outbox entries vanished: {sorted(missing)}")
    if extra := states.keys() - world.outbox_uuids:
        problems.append(f"unexpected outbox entries: {sorted(extra)}")
    if not_done := {u: s for u, s in states.items() if s != "done"}:
        problems.append(f"outbox entries not done: {not_done}")
    if unknown := world.outbox_uuids - server_op_uuids(world):
        problems.append(f"ops the server never received: {sorted(unknown)}")
    # No duplicate and no lost post, on the server or on the device.
    server_bodies = Counter(server_post_bodies(world.server_db))
    local_bodies = Counter(b for (b,) in db.execute("SELECT body_md FROM posts"))
    for where, bodies in (("server", server_bodies), ("device", local_bodies)):
        wrong = {b[:40]: bodies[b] for b in world.replies + world.peer_posts if bodies[b] != 1}
        if wrong:
            problems.append(f"posts not exactly once on the {where}: {wrong}")
    pending = db.execute("SELECT count(*) FROM posts WHERE local_state != 'synced'").fetchone()[0]
    if pending:
        problems.append(f"{pending} posts not synced")
    # The latest note reached the server and stayed on the device.
    note_id = study.per_lesson_id("notes", world.me_id, world.lesson_id)
    if (server_note := server_record(world.server_db, "notes", note_id)) is None \
            or server_note.get("body") != world.last_note:
        problems.append(f"server note {server_note!r} != {world.last_note!r}")
    if (local_note := study.note(profile.store, world.me_id, world.lesson_id)) != world.last_note:
        problems.append(f"device note {local_note!r} != {world.last_note!r}")
    # Every case file arrived whole.
    for sha in world.peer_blobs:
        state = db.execute("SELECT state FROM blobs WHERE sha256 = ?", [sha]).fetchone()
        if state is None or state[0] != "present" or not profile.blobs.verify(sha):
            problems.append(f"blob {sha[:12]} not present and verified ({state})")
    if conflicts := db.execute("SELECT count(*) FROM conflicts").fetchone()[0]:
        problems.append(f"{conflicts} conflicts from replaying our own ops")
    problems += [f"integrity: {p}" for p in profile.store.integrity_check()]
    return problems


def run_trial(world: World, rng: random.Random, index: int, kill_at: float) -> TrialResult:
    started = time.monotonic()
    peer_activity(world, rng, index)
    trial_ops = queue_offline_work(world, rng, index)
    world.outbox_uuids |= trial_ops
    history_before = _history_head(world)
    run_and_kill(world, kill_at)
    settle(world)
    stage = classify(world, trial_ops, history_before)
    problems = recover_and_check(world)
    return TrialResult(index, round(kill_at, 3), stage, round(time.monotonic() - started, 3),
                       problems)


# -- kill times -----------------------------------------------------------------------


def calibrate(world: World, rng: random.Random, runs: int = 3) -> tuple[float, float]:
    """(seconds before a CLI sync connects, seconds it then lasts), from a few whole syncs."""
    startups, syncs = [], []
    for n in range(runs):
        peer_activity(world, rng, -1 - n)
        world.outbox_uuids |= queue_offline_work(world, rng, -1 - n)
        run = run_and_kill(world, 120.0)
        if run.returncode != 0 or run.connected_after is None:
            raise RuntimeError(f"calibration sync failed ({run.returncode}): {run.stdout}")
        if problems := recover_and_check(world):
            raise RuntimeError(f"calibration sync left problems: {problems}")
        startups.append(run.connected_after)
        syncs.append(run.seconds - run.connected_after)
    return min(startups), sum(syncs) / len(syncs)


def kill_times(n: int, startup: float, syncing: float, rng: random.Random) -> list[float]:
    """``n`` seeded times, stratified so they cover a whole sync evenly.

    Most fall while the sync runs; a few before it starts and a few as the
    process exits.
    """
    lo, hi = startup * 0.7, startup + syncing * 1.05
    times = [lo + (hi - lo) * (k + rng.random()) / n for k in range(n)]
    rng.shuffle(times)
    return times


def run_trials(world: World, n: int, seed: int = 1) -> tuple[list[TrialResult], dict]:
    rng = random.Random(seed)
    startup, syncing = calibrate(world, rng)
    results = [run_trial(world, rng, i, t)
               for i, t in enumerate(kill_times(n, startup, syncing, rng))]
    return results, {"startup_s": round(startup, 3), "mean_sync_s": round(syncing, 3)}


def report(results: list[TrialResult]) -> dict:
    stages = Counter(r.stage for r in results)
    return {
        "trials": len(results),
        "kills_by_stage": {s: stages[s] for s in STAGES if stages[s]},
        "failures": sum(1 for r in results if r.problems),
        "failed_trials": [{"index": r.index, "kill_at": r.kill_at, "stage": r.stage,
                           "problems": r.problems} for r in results if r.problems],
    }


# -- server-kill trials ---------------------------------------------------------------


@dataclass
class ServerTrialResult:
    index: int
    kill: str  # planned: a crash point or "timed"
    hit: str | None  # what happened: the same, or None when the sync never got there
    committed: bool | None  # at the server's death, were this trial's ops in its database?
    first_pass: str  # the interrupted sync: "ok", or the error it ended with
    seconds: float
    lost: int
    duplicated: int
    integrity: int
    problems: list[str]


class Supervisor:
    """Kills the server at ``kill_at`` (if given) and, like a service manager, starts
    it again ``RESTART_AFTER_S`` after it died; notes what it saw at the death."""

    def __init__(self, world: World, trial_ops: set[str], kill_at: float | None) -> None:
        self.world, self.trial_ops, self.kill_at = world, trial_ops, kill_at
        self.died = threading.Event()
        self.killed_by_us = False
        self.returncode: int | None = None
        self.on_server_at_death: set[str] = set()
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="server-supervisor", daemon=True)

    def __enter__(self) -> Supervisor:
        self._started = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=90)

    def _watch(self) -> None:
        server = self.world.server
        assert server is not None and server.proc is not None
        try:
            while server.proc.poll() is None:
                if self._stop.is_set():
                    return
                if self.kill_at is not None and time.monotonic() - self._started >= self.kill_at:
                    self.killed_by_us = True
                    server.kill()
                    break
                time.sleep(0.003)
            self.returncode = server.proc.wait()
            self.on_server_at_death = server_op_uuids(self.world) & self.trial_ops
            self.died.set()
            time.sleep(RESTART_AFTER_S)
            server.start()
        except BaseException as exc:  # noqa: BLE001 - reported by the trial
            self.error = exc


def _patient(engine) -> None:  # noqa: ANN001 - a SyncEngine
    """Retries that outlast a server restart, as a real client's would over a longer wait."""
    config = engine.transport.config
    config.max_retries, config.backoff_base, config.backoff_max = 10, 0.4, 1.0


def _impatient(engine) -> None:  # noqa: ANN001 - a SyncEngine
    """No retry: the pass fails at the server's death and the next sync replays."""
    engine.transport.config.max_retries = 0


def _sync_through(world: World, patient: bool = True) -> str:
    profile = _open(world)
    try:
        return profile.sync(engine_ready=_patient if patient else _impatient).result
    except TutorClientError as exc:
        return f"{type(exc).__name__}: {exc}"[:200]
    finally:
        profile.close()


def run_server_trial(world: World, rng: random.Random, index: int, kill: str,
                     kill_at: float | None) -> ServerTrialResult:
    """Queue work, start the server armed at ``kill`` (or kill it at ``kill_at``), sync
    through its death and restart, then recover and check client and server."""
    server = world.server
    if server is None:
        raise RuntimeError("server-kill trials need crash_world(server_process=True)")
    started = time.monotonic()
    peer_activity(world, rng, index)
    if kill == "pull_page":  # enough of khadra's posts for a second, pull-only exchange
        before, extra = len(world.peer_posts), itertools.count(1)
        while len(world.peer_posts) - before < 3:  # a fresh index: bodies stay unique
            peer_activity(world, rng, 10_000 * next(extra) + index)
    trial_ops = queue_offline_work(world, rng, index)
    world.outbox_uuids |= trial_ops
    server.stop()
    server.start(crash_at=None if kill == "timed" else kill)
    with Supervisor(world, trial_ops, kill_at if kill == "timed" else None) as watch:
        # Half the passes retry through the restart, half give up and the recovery replays.
        first_pass = _sync_through(world, patient=index % 2 == 0)
        watch.died.wait(timeout=0.5 if kill == "timed" else 0.05)
    problems = [f"supervisor: {watch.error!r}"] if watch.error else []
    if not watch.died.is_set() or server.proc is None or server.proc.poll() is not None:
        # The point was never reached (or it died after the watcher stopped looking):
        # the recovery talks to a server that is up and no longer armed.
        server.stop()
        server.start()
    hit = None
    committed = None
    if watch.died.is_set():
        if watch.returncode != -signal.SIGKILL:
            problems.append(f"server exited with {watch.returncode}, not SIGKILL")
        hit = "timed" if watch.killed_by_us else kill
        committed = watch.on_server_at_death == trial_ops
        if hit == "push_before_commit" and watch.on_server_at_death:
            problems.append("ops committed although the server died before the commit")
        if hit == "push_after_commit" and not committed:
            problems.append("ops missing although the server died after the commit")
    world.sim.reset_connections()
    problems += recover_and_check(world)
    counts = tally(world)
    problems += counts.pop("problems")
    return ServerTrialResult(index, kill, hit, committed, first_pass,
                             round(time.monotonic() - started, 3), problems=problems, **counts)


def tally(world: World) -> dict:
    """Lost, duplicated and integrity counts over everything so far, client and server."""
    profile = _open(world)
    try:
        db = profile.store.db
        problems: list[str] = []
        server_ops = Counter(as_outbox_uuids([u for (u,) in read_server(
            world.server_db, "SELECT uuid FROM ops WHERE user_id = ?", [world.me_id])],
            world.profile_dir / "profile.db"))
        local_ops = {u for (u,) in db.execute("SELECT uuid FROM outbox")}
        server_bodies = Counter(server_post_bodies(world.server_db))
        local_bodies = Counter(b for (b,) in db.execute("SELECT body_md FROM posts"))
        expected = world.replies + world.peer_posts
        lost = len(world.outbox_uuids - local_ops) + len(world.outbox_uuids - server_ops.keys())
        lost += sum(1 for b in expected if server_bodies[b] == 0)
        lost += sum(1 for b in expected if local_bodies[b] == 0)
        duplicated = sum(n - 1 for b in expected for n in (server_bodies[b], local_bodies[b])
                         if n > 1)
        # Op and record counts: the server holds exactly our ops, and our posts once each.
        if len(server_ops) != len(world.outbox_uuids):
            problems.append(f"server has {len(server_ops)} ops of ours, we sent "
                            f"{len(world.outbox_uuids)}")
            duplicated += max(0, len(server_ops) - len(world.outbox_uuids))
        mine = _posts_by(world, world.me_id) - world.posts_before
        if mine != len(world.replies):
            problems.append(f"server has {mine} posts by us, we wrote {len(world.replies)}")
        integrity = [f"server: {p}" for p in server_integrity(world.server_db)]
        integrity += [f"device: {p}" for p in profile.store.integrity_check()]
        problems += integrity
        if lost:
            problems.append(f"{lost} ops or posts lost")
        if duplicated:
            problems.append(f"{duplicated} posts duplicated")
        return {"lost": lost, "duplicated": duplicated, "integrity": len(integrity),
                "problems": problems}
    finally:
        profile.close()


def server_integrity(db: Path) -> list[str]:
    """PRAGMA integrity_check on the server file, and the sequence covers every record."""
    problems = [r for (r,) in read_server(db, "PRAGMA integrity_check") if r != "ok"]
    (top,), = read_server(db, "SELECT coalesce(max(seq), 0) FROM records")
    (seq,), = read_server(db, "SELECT value FROM meta WHERE name = 'seq'")
    if top > seq:
        problems.append(f"a record has seq {top} beyond the head {seq}")
    return problems


def calibrate_sync(world: World, rng: random.Random, runs: int = 2) -> float:
    """Seconds an in-process sync of one trial's work lasts on the slow link."""
    took = []
    for n in range(runs):
        peer_activity(world, rng, -100 - n)
        world.outbox_uuids |= queue_offline_work(world, rng, -100 - n)
        started = time.monotonic()
        if (result := _sync_through(world)) != "ok":
            raise RuntimeError(f"calibration sync failed: {result}")
        took.append(time.monotonic() - started)
    return sum(took) / len(took)


def run_server_trials(world: World, n: int, seed: int = 1) -> tuple[list[ServerTrialResult],
                                                                     dict]:
    """``n`` trials, the kill kinds in equal shares (seeded order), timed kills spread
    evenly over a whole sync."""
    rng = random.Random(seed)
    syncing = calibrate_sync(world, rng)
    kinds = [SERVER_KILLS[k % len(SERVER_KILLS)] for k in range(n)]
    rng.shuffle(kinds)
    timed = kinds.count("timed")
    times = [syncing * 1.05 * (k + rng.random()) / max(1, timed) for k in range(timed)]
    rng.shuffle(times)
    results = []
    for index, kind in enumerate(kinds):
        kill_at = times.pop() if kind == "timed" else None
        results.append(run_server_trial(world, rng, index, kind, kill_at))
    return results, {"mean_sync_s": round(syncing, 3)}


def server_report(results: list[ServerTrialResult]) -> dict:
    hits = Counter(r.hit for r in results if r.hit)
    return {
        "server_trials": len(results),
        "lost": sum(r.lost for r in results),
        "duplicated": sum(r.duplicated for r in results),
        "integrity_failures": sum(r.integrity for r in results),
        "kill_points_hit": {k: hits[k] for k in SERVER_KILLS if hits[k]},
        "kills_not_reached": sum(1 for r in results if r.hit is None),
        "committed_at_death": sum(1 for r in results if r.committed),
        "first_pass_ok": sum(1 for r in results if r.first_pass == "ok"),
        "failures": sum(1 for r in results if r.problems),
        "failed_trials": [{"index": r.index, "kill": r.kill, "hit": r.hit,
                           "first_pass": r.first_pass, "problems": r.problems}
                          for r in results if r.problems],
    }


# -- the server, read-only ------------------------------------------------------------


def read_server(db: Path, sql: str, params: list | tuple = ()) -> list[tuple]:
    """Rows from the server's SQLite file, opened read-only."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def create_keys(profile_db: Path) -> dict[str, str]:
    """The server's key of each put in the device's outbox, had it gone as a create.

    From protocol 3 a create is sent without its UUID and the server keeps it under
    ``protocol.create_key`` (its content); an op's row holds exactly what was sent."""
    from sync import protocol

    conn = sqlite3.connect(f"file:{profile_db}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT uuid, kind, record_id, payload FROM outbox WHERE action = ?",
                            [protocol.PUT]).fetchall()
    finally:
        conn.close()
    return {protocol.create_key({"k": kind, "i": rid, "a": protocol.PUT, "b": None,
                                 "d": json.loads(payload)}): u for u, kind, rid, payload in rows}


def as_outbox_uuids(keys: list[str] | set[str], profile_db: Path) -> list[str]:
    """Server op keys named by the device's outbox UUIDs (a create's content key by its op's)."""
    by_key = create_keys(profile_db)
    return [by_key.get(k, k) for k in keys]


def server_op_uuids(world: World) -> set[str]:
    """The outbox UUIDs of the ops the server holds (creates are kept by content)."""
    keys = [u for (u,) in read_server(world.server_db, "SELECT uuid FROM ops")]
    return set(as_outbox_uuids(keys, world.profile_dir / "profile.db"))


def server_post_bodies(db: Path) -> list[str]:
    rows = read_server(db, "SELECT data FROM records WHERE kind = 'posts' AND NOT deleted")
    return [json.loads(d)["body_md"] for (d,) in rows]


def server_record(db: Path, kind: str, record_id: str) -> dict | None:
    rows = read_server(db, "SELECT data FROM records WHERE kind = ? AND id = ? AND NOT deleted",
                       [kind, record_id])
    return json.loads(rows[0][0]) if rows else None


def _posts_by(world: World, user_id: str) -> int:
    rows = read_server(world.server_db, "SELECT data FROM records WHERE kind = 'posts' "
                       "AND NOT deleted")
    return sum(1 for (d,) in rows if json.loads(d)["author_id"] == user_id)


def _server_head(world: World) -> int:
    return read_server(world.server_db, "SELECT value FROM meta WHERE name = 'seq'")[0][0]


def _outbox_uuids(profile: Profile) -> set[str]:
    return {u for (u,) in profile.store.db.execute("SELECT uuid FROM outbox")}


def _history_head(world: World) -> int:
    profile = _open(world)
    try:
        return profile.store.db.execute("SELECT coalesce(max(id), 0) FROM sync_history"
                                        ).fetchone()[0]
    finally:
        profile.close()


if __name__ == "__main__":  # the server process of server-kill trials
    if len(sys.argv) == 5 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        raise SystemExit("usage: crashkit.py serve DATA_DIR PORT PAGE_BYTES")
