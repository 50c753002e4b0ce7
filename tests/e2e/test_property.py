"""Three clients, random offline work, syncs, crashes and dropped connections: always converge.

amina works on two devices (laptop, clinic PC) and khadra, in the same
partnership, on one. Hypothesis interleaves offline replies and note edits,
plain syncs, syncs whose connection is cut (the request on its way up, or
the answer after the server committed, with or without a retry inside the
pass), crashes at three points of a pass followed by a restart, and conflict
resolutions. At the end everyone syncs until nothing moves, and then all
devices hold the same posts, every reply exists exactly once, amina's two
devices agree on her notes, and every store is sound.
"""

from __future__ import annotations

import itertools
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import crashkit
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from sync.engine import Options, SyncEngine
from sync.errors import TutorClientError
from sync.netsim import NetSim
from sync.server.admin import Admin
from sync.server.settings import Settings
from sync.server.testing import run_server
from tutorclient import conflicts, discussions, study
from tutorclient.session import Profile

DEVICES = {"laptop": "amina", "clinic": "amina", "khadra": "khadra"}
TEXT_ONLY = Options(text_only=True)  # blobs are the crash test's business
QUIET_ROUNDS = 8


class Crash(BaseException):
    """The process dies here: nothing in the client may catch it."""


class Live:
    """One seeded server behind the network simulator, for every example."""

    def __init__(self, settings_: Settings, sim: NetSim, root: Path):
        self.settings, self.sim, self.root = settings_, sim, root
        self.server_db = Path(settings_.data_dir) / "tutorclient.sqlite3"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    root = tmp_path_factory.mktemp("property")
    server_settings = Settings(data_dir=root / "server", argon2_profile="test")
    admin = Admin(server_settings)
    admin.init()
    admin.seed_demo()
    admin.close()
    with run_server(server_settings.data_dir, settings=server_settings) as url:
        host, port = url.removeprefix("http://").split(":")
        with NetSim((host, int(port)), profile="none", seed=3) as sim:
            yield Live(server_settings, sim, root)


class ThreeClients(RuleBasedStateMachine):
    live: Live
    make_client: Callable[..., Profile]

    def __init__(self) -> None:
        super().__init__()
        self.run_id = uuid.uuid4().hex[:8]
        self.profiles: dict[str, Profile] = {}
        self.replies: list[str] = []
        # Bodies written in this example, per note id (the server outlives examples).
        self.notes: dict[str, list[str]] = {}
        self.counter = itertools.count()

    # -- set-up ---------------------------------------------------------------------

    @initialize()
    def sign_in_everyone(self) -> None:
        for device, user in DEVICES.items():
            profile = type(self).make_client(user, self.live.sim.url, f"{self.run_id}-{device}")
            profile.sync(TEXT_ONLY)
            self.profiles[device] = profile
        db = self.profiles["laptop"].store.db
        self.thread = db.execute(
            "SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]
        self.lessons = [r[0] for r in db.execute("SELECT id FROM lessons ORDER BY id LIMIT 2")]

    def teardown(self) -> None:
        try:
            if self.profiles:
                self.check_converged()
        finally:
            for profile in self.profiles.values():
                profile.close()

    def _user_id(self, device: str) -> str:
        return self.profiles[device].user["id"]

    def _sync(self, device: str, engine_ready: Callable[[SyncEngine], None] = lambda e: None,
              ) -> None:
        try:
            self.profiles[device].sync(TEXT_ONLY, engine_ready=engine_ready)
        except TutorClientError:
            pass  # a cut connection; the work waits for the next sync

    def _restart(self, device: str) -> None:
        directory = self.profiles[device].dir
        self.profiles[device].close()
        self.profiles[device] = Profile(directory)

    # -- offline work -----------------------------------------------------------------

    @rule(device=st.sampled_from(sorted(DEVICES)))
    def reply(self, device: str) -> None:
        body = f"prop {self.run_id} #{next(self.counter)} from {device}"
        discussions.reply(self.profiles[device].store, self._user_id(device), self.thread, body)
        self.replies.append(body)

    @rule(device=st.sampled_from(sorted(DEVICES)), lesson=st.integers(0, 1))
    def edit_note(self, device: str, lesson: int) -> None:
        body = f"note {self.run_id} #{next(self.counter)} on {device}"
        note_id = study.save_note(self.profiles[device].store, self._user_id(device),
                                  self.lessons[lesson], body)
        self.notes.setdefault(note_id, []).append(body)

    # -- syncs, cut connections, crashes ------------------------------------------------

    @rule(device=st.sampled_from(sorted(DEVICES)))
    def sync(self, device: str) -> None:
        self._sync(device)

    @rule(device=st.sampled_from(sorted(DEVICES)), direction=st.sampled_from(["up", "down"]),
          after=st.integers(0, 400), retry_in_pass=st.booleans())
    def sync_with_dropped_connection(self, device: str, direction: str, after: int,
                                     retry_in_pass: bool) -> None:
        """The link breaks after ``after`` bytes: the request never arrives whole ("up"),
        or the server committed and its answer is lost ("down")."""
        sim = self.live.sim
        drops = sim.counters.drops

        def ready(engine: SyncEngine) -> None:
            config = engine.transport.config
            config.max_retries = 4 if retry_in_pass else 0
            config.backoff_base = config.backoff_max = 0.05

        finished = threading.Event()

        def heal_after_first_drop() -> None:
            while sim.counters.drops == drops and not finished.wait(0.002):
                pass
            sim.set_drop_after(None)

        sim.set_drop_after(after, direction=direction)
        healer = threading.Thread(target=heal_after_first_drop) if retry_in_pass else None
        if healer:
            healer.start()  # the retry inside the same pass replays the op UUIDs
        try:
            self._sync(device, ready)
        finally:
            finished.set()
            if healer:
                healer.join()
            sim.set_drop_after(None)

    @rule(device=st.sampled_from(sorted(DEVICES)),
          point=st.sampled_from(["before_send", "after_server_commit", "after_apply"]))
    def crash_during_sync_then_restart(self, device: str, point: str) -> None:
        def ready(engine: SyncEngine) -> None:
            if point == "before_send":
                def request(*args, **kwargs):  # after the outbox was marked attempted
                    raise Crash
                engine.transport.request = request
                return
            apply = engine.store.apply_answer

            def apply_answer(*args, **kwargs):
                if point == "after_apply":
                    apply(*args, **kwargs)
                raise Crash
            engine.store.apply_answer = apply_answer

        with pytest.raises(Crash):
            self.profiles[device].sync(TEXT_ONLY, engine_ready=ready)
        self._restart(device)

    @rule(device=st.sampled_from(sorted(DEVICES)))
    def restart(self, device: str) -> None:
        self._restart(device)

    @rule(device=st.sampled_from(sorted(DEVICES)),
          choice=st.sampled_from([conflicts.LOCAL, conflicts.SERVER]))
    def resolve_conflicts(self, device: str, choice: str) -> None:
        store = self.profiles[device].store
        for conflict in conflicts.open_conflicts(store):
            conflicts.resolve(store, conflict.id, choice)

    # -- invariants -------------------------------------------------------------------

    @invariant()
    def nothing_is_ever_rejected(self) -> None:
        for device, profile in self.profiles.items():
            rejected = profile.store.db.execute(
                "SELECT kind, error FROM outbox WHERE state = 'rejected'").fetchall()
            assert rejected == [], f"{device}: {rejected}"

    def sync_until_quiet(self) -> None:
        for round_ in range(QUIET_ROUNDS):
            moved = False
            for profile in self.profiles.values():
                summary = profile.sync(TEXT_ONLY)
                moved |= bool(summary.pushed or summary.pulled or summary.conflicts)
                for conflict in conflicts.open_conflicts(profile.store):
                    # Keep the device's own text first, then let the server's win.
                    choice = conflicts.LOCAL if round_ == 0 else conflicts.SERVER
                    conflicts.resolve(profile.store, conflict.id, choice)
                    moved = True
            if not moved and all(self._settled(p) for p in self.profiles.values()):
                return
        raise AssertionError(f"still moving after {QUIET_ROUNDS} rounds of syncs")

    @staticmethod
    def _settled(profile: Profile) -> bool:
        db = profile.store.db
        return db.execute("SELECT count(*) FROM outbox WHERE state != 'done'").fetchone()[0] == 0 \
            and conflicts.count_open(profile.store) == 0

    def check_converged(self) -> None:
        self.sync_until_quiet()
        posts = {d: set(p.store.db.execute("SELECT id, body_md FROM posts").fetchall())
                 for d, p in self.profiles.items()}
        assert posts["laptop"] == posts["clinic"] == posts["khadra"]
        server_bodies = Counter(crashkit.server_post_bodies(self.live.server_db))
        local_bodies = Counter(body for _, body in posts["laptop"])
        for body in self.replies:
            assert local_bodies[body] == 1, body
            assert server_bodies[body] == 1, body

        server_ops = {u for (u,) in crashkit.read_server(self.live.server_db,
                                                         "SELECT uuid FROM ops")}
        for device, profile in self.profiles.items():
            db = profile.store.db
            assert db.execute("SELECT count(*) FROM posts WHERE local_state != 'synced'"
                              ).fetchone()[0] == 0, device
            sent = {u for (u,) in db.execute("SELECT uuid FROM outbox")}
            assert sent <= server_ops, f"{device}: ops the server never saw"
            assert profile.store.integrity_check() == [], device

        for device, profile in self.profiles.items():
            notes = dict(profile.store.db.execute(
                "SELECT id, body FROM notes WHERE user_id = ?", [self._user_id(device)]))
            for note_id, body in notes.items():
                if note_id in self.notes:
                    assert body in self.notes[note_id], f"{device}: invented note {body!r}"
                server = crashkit.server_record(self.live.server_db, "notes", note_id)
                assert server is not None and server["body"] == body, (device, body, server)
            if DEVICES[device] == "khadra":  # one device: her last word stands
                for note_id in notes.keys() & self.notes.keys():
                    assert notes[note_id] == self.notes[note_id][-1]
        laptop, clinic = (dict(self.profiles[d].store.db.execute("SELECT id, body FROM notes"))
                          for d in ("laptop", "clinic"))
        assert laptop == clinic


def test_three_clients_converge_after_random_offline_work_crashes_and_drops(
        live, make_client) -> None:
    class Machine(ThreeClients):
        pass

    Machine.live = live
    Machine.make_client = staticmethod(make_client)
    run_state_machine_as_test(Machine, settings=settings(
        max_examples=25, stateful_step_count=20, deadline=None, derandomize=True,
        database=None, suppress_health_check=[HealthCheck.too_slow]))
