"""Three clients, random offline work, syncs, crashes, drops and a hostile client: always converge.

amina works on two devices (laptop, clinic PC) and khadra, in the same
partnership, on one. Hypothesis interleaves offline replies, note edits and
reading progress, plain syncs, syncs whose connection is cut (the request on
its way up, or the answer after the server committed, with or without a retry
inside the pass), crashes at three points of a pass followed by a restart,
conflict resolutions, and edits made *during* a sync: another thread edits a
note and replies while the engine is between two of its steps (right after it
read the outbox, while the request is on the wire, right after it applied the
answer).

Two hostile accounts play along. mallory, a classmate, computes amina's and
khadra's per-lesson note and progress ids with the client's own helper
(``study.per_lesson_id``) and creates those records first. yusuf, in another
partnership, learnt the sha256 of a file amina attached to a post; he offers
that hash to ``POST /v1/uploads`` without the bytes, attaches it to a post of
his own and asks for ``GET /v1/blobs/<sha256>``.

At the end everyone syncs until nothing moves, and then all honest devices
hold the same posts, every reply exists exactly once, amina's two devices agree
on her notes, each honest user's notes and progress on the server are theirs
and hold one of their devices' last edits, and every store is sound. The
hostile accounts gain nothing: no bytes of the file, and no record of an
honest user is blocked or replaced.
"""

from __future__ import annotations

import base64
import itertools
import json
import secrets
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import crashkit
import pytest
import requests
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from sync import protocol
from sync.engine import Options, SyncEngine
from sync.errors import TutorClientError
from sync.netsim import NetSim
from sync.server.admin import Admin
from sync.server.settings import Settings
from sync.server.testing import run_server
from tutorclient import conflicts, discussions, study
from tutorclient.outbox import new_id, now_iso, record_change
from tutorclient.session import Profile

DEVICES = {"laptop": "amina", "clinic": "amina", "khadra": "khadra"}
TEXT_ONLY = Options(text_only=True)  # blobs are the crash test's business
QUIET_ROUNDS = 8
SQUATTER, SQUATTER_PASSWORD = "mallory", "demo-mallory"  # a classmate of amina and khadra
CLAIMER = "yusuf"  # another partnership: must never see amina's files
EDIT_POINTS = ("outbox_read", "request_in_flight", "answer_applied")


class Crash(BaseException):
    """The process dies here: nothing in the client may catch it."""


class Live:
    """One seeded server behind the network simulator, for every example."""

    def __init__(self, settings_: Settings, sim: NetSim, root: Path, admin: Admin):
        self.settings, self.sim, self.root, self.admin = settings_, sim, root, admin
        self.server_db = Path(settings_.data_dir) / "tutorclient.sqlite3"

    def new_lesson(self) -> str:
        """A lesson nobody has notes or progress on yet (the server outlives examples,
        and a per-lesson id can only be squatted before its owner writes it)."""
        (data,) = crashkit.read_server(
            self.server_db, "SELECT data FROM records WHERE kind = 'lessons' AND NOT deleted "
            "ORDER BY id LIMIT 1")[0]
        lesson_id = str(uuid.uuid4())
        fields = {k: v for k, v in json.loads(data).items()
                  if k in protocol.KINDS["lessons"].fields}
        self.admin.put_record("lessons", lesson_id, fields | {
            "slug": f"prop-{lesson_id[:8]}", "title": f"Property lesson {lesson_id[:8]}"})
        return lesson_id


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    root = tmp_path_factory.mktemp("property")
    server_settings = Settings(data_dir=root / "server", argon2_profile="test")
    admin = Admin(server_settings)
    admin.init()
    admin.seed_demo()
    admin.create_user(SQUATTER, SQUATTER_PASSWORD, "trainee", ["somaliland"])
    try:
        with run_server(server_settings.data_dir, settings=server_settings) as url:
            host, port = url.removeprefix("http://").split(":")
            with NetSim((host, int(port)), profile="none", seed=3) as sim:
                yield Live(server_settings, sim, root, admin)
    finally:
        admin.close()


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
        # Each honest device's last word on a note: one of them must be what stays.
        self.last_note: dict[tuple[str, str], str] = {}
        self.hostile: dict[str, Profile] = {}
        self.counter = itertools.count()

    # -- set-up ---------------------------------------------------------------------

    @initialize(victim=st.sampled_from(sorted(DEVICES)),
                kind=st.sampled_from(["notes", "progress"]))
    def sign_in_everyone(self, victim: str, kind: str) -> None:
        """Everyone signs in; then mallory squats one per-lesson id before anyone
        writes (later squats meet records already there)."""
        for device, user in DEVICES.items():
            profile = type(self).make_client(user, self.live.sim.url, f"{self.run_id}-{device}")
            profile.sync(TEXT_ONLY)
            self.profiles[device] = profile
        db = self.profiles["laptop"].store.db
        self.thread = db.execute(
            "SELECT id FROM threads WHERE kind = 'case' ORDER BY id LIMIT 1").fetchone()[0]
        self.lessons = [self.live.new_lesson() for _ in range(2)]
        self.secret = self._amina_attaches_a_file()
        squatter = Profile(self.live.root / "hostile" / f"{self.run_id}-{SQUATTER}")
        squatter.login(self.live.sim.url, SQUATTER, SQUATTER_PASSWORD)
        self.hostile[SQUATTER] = squatter
        self.hostile[CLAIMER] = type(self).make_client(CLAIMER, self.live.sim.url,
                                                       f"{self.run_id}-{CLAIMER}")
        for profile in self.profiles.values():
            profile.sync(TEXT_ONLY)  # the new lessons and amina's post
        # yusuf's client learns his threads; mallory only needs his token: he speaks
        # the wire himself, and his own device is not under test.
        self.hostile[CLAIMER].sync(TEXT_ONLY)
        self.squat_per_lesson_id(victim, 0, kind)

    def _amina_attaches_a_file(self) -> tuple[str, bytes]:
        """A post of amina's with a file only her partnership may see."""
        data = secrets.token_bytes(3000)
        admin = self.live.admin
        sha = admin.add_blob(data, owner="amina")
        post_id = str(uuid.uuid4())
        admin.put_record("posts", post_id, {
            "thread_id": self.thread, "author_id": self._user_id("laptop"),
            "body_md": f"ECG of bed 4 ({self.run_id})", "created_at": "2024-01-01T00:00:00Z"})
        admin.put_record("attachments", str(uuid.uuid4()), {
            "owner_kind": "posts", "owner_id": post_id, "sha256": sha, "filename": "ecg.bin",
            "size": len(data), "mime": "application/octet-stream", "role": "file"})
        return sha, data

    def teardown(self) -> None:
        try:
            if self.profiles.keys() == DEVICES.keys() and len(self.hostile) == 2:
                self.check_converged()
        finally:
            for profile in [*self.profiles.values(), *self.hostile.values()]:
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
        self.last_note[device, note_id] = body

    @rule(device=st.sampled_from(sorted(DEVICES)), lesson=st.integers(0, 1),
          position=st.integers(1, 100))
    def read_lesson(self, device: str, lesson: int, position: int) -> None:
        study.mark_read(self.profiles[device].store, self._user_id(device),
                        self.lessons[lesson], position)

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

    @rule(device=st.sampled_from(sorted(DEVICES)), lesson=st.integers(0, 1),
          point=st.sampled_from(EDIT_POINTS))
    def edit_during_sync(self, device: str, lesson: int, point: str) -> None:
        """A note edited offline, then, while its sync runs, edited again and a reply
        written from another thread (the UI's write lane), at a seeded engine step."""
        self.edit_note(device, lesson)  # so the sync has this note's op in hand

        def edit_from_another_thread() -> threading.Thread:
            def work() -> None:
                self.edit_note(device, lesson)
                self.reply(device)
            worker = threading.Thread(target=work, name="ui-write-lane")
            worker.start()
            return worker

        fired = threading.Event()

        def once() -> None:
            if not fired.is_set():
                fired.set()
                edit_from_another_thread().join(30)

        def ready(engine: SyncEngine) -> None:
            store, transport = engine.store, engine.transport
            if point == "outbox_read":  # right after the engine chose the ops, before sending
                # The engine takes ops (chooses and marks them) in one step; with
                # an older two-step store, the window sits after the read.
                name = "take_ops" if hasattr(store, "take_ops") else "pending_ops"
                read = getattr(store, name)

                def taken(*args, **kwargs):
                    ops = read(*args, **kwargs)
                    if ops:
                        once()
                    return ops
                setattr(store, name, taken)
            elif point == "request_in_flight":  # the edit lands while the server works
                send = transport.request

                def request(method, path, **kwargs):
                    if path != protocol.SYNC_PATH or fired.is_set():
                        return send(method, path, **kwargs)
                    fired.set()
                    worker = edit_from_another_thread()
                    try:
                        return send(method, path, **kwargs)
                    finally:
                        worker.join(30)
                transport.request = request
            else:  # between applying one answer and reading the outbox again
                apply = store.apply_answer

                def apply_answer(*args, **kwargs):
                    applied = apply(*args, **kwargs)
                    once()
                    return applied
                store.apply_answer = apply_answer

        self._sync(device, ready)
        assert fired.is_set(), f"the edit during the sync never ran ({point})"

    # -- the hostile accounts -----------------------------------------------------------

    def _sync_hostile(self, name: str) -> None:
        try:
            self.hostile[name].sync(TEXT_ONLY)
        except TutorClientError:
            pass  # refused: good

    def _hostile_auth(self, name: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.hostile[name].credentials().token}"}

    @rule(victim=st.sampled_from(sorted(DEVICES)), lesson=st.integers(0, 1),
          kind=st.sampled_from(["notes", "progress"]))
    def squat_per_lesson_id(self, victim: str, lesson: int, kind: str) -> None:
        """mallory creates the victim's per-lesson record before the victim does. He
        speaks the wire himself: a hostile client need not be ours."""
        squatter = self.hostile[SQUATTER]
        lesson_id = self.lessons[lesson]
        target = study.per_lesson_id(kind, self._user_id(victim), lesson_id)
        fields: dict[str, object] = {"user_id": squatter.user["id"], "lesson_id": lesson_id,
                                     "updated_at": now_iso()}
        fields |= {"body": f"squatted by {SQUATTER}"} if kind == "notes" else \
            {"state": "read", "position": 1}
        op = {"u": new_id(), "k": kind, "i": target, "b": None, "a": protocol.PUT, "d": fields}
        requests.post(self.live.sim.url.rstrip("/") + protocol.SYNC_PATH, timeout=30,
                      data=protocol.dumps({"v": protocol.PROTOCOL_VERSION, "o": [op]}),
                      headers=self._hostile_auth(SQUATTER))

    @rule()
    def claim_hash_of_anothers_file(self) -> None:
        """yusuf offers the sha256 of amina's file without its bytes, then tries to get them."""
        claimer = self.hostile[CLAIMER]
        sha, data = self.secret
        auth = self._hostile_auth(CLAIMER)
        meta = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}"
                        for k, v in (("sha256", sha), ("filename", "mine.bin")))
        base = self.live.sim.url.rstrip("/")
        requests.post(base + protocol.UPLOADS_PATH, timeout=30, headers=auth | {
            "Tus-Resumable": "1.0.0", "Upload-Length": str(len(data)), "Upload-Metadata": meta})
        threads = claimer.store.db.execute("SELECT id FROM threads ORDER BY id LIMIT 1").fetchone()
        if threads is not None:  # make it "his": attach it to a post of his own
            post_id = discussions.reply(claimer.store, claimer.user["id"], threads[0],
                                        "my ECG, see the file")
            with claimer.store.write() as db:
                record_change(db, "attachments", new_id(), {
                    "owner_kind": "posts", "owner_id": post_id, "sha256": sha,
                    "filename": "mine.bin", "size": len(data),
                    "mime": "application/octet-stream", "role": "file"})
            self._sync_hostile(CLAIMER)
        got = requests.get(f"{base}{protocol.BLOBS_PATH}/{sha}", headers=auth, timeout=30)
        assert not (got.ok and got.content == data), \
            f"{CLAIMER} got the bytes of amina's file by naming its sha256 ({got.status_code})"

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

        server_keys = [u for (u,) in crashkit.read_server(self.live.server_db,
                                                          "SELECT uuid FROM ops")]
        for device, profile in self.profiles.items():
            db = profile.store.db
            server_ops = set(crashkit.as_outbox_uuids(server_keys, profile.store.path))
            assert db.execute("SELECT count(*) FROM posts WHERE local_state != 'synced'"
                              ).fetchone()[0] == 0, device
            # An edit made while its record was in conflict is folded into the
            # resolution and never sent alone (tutorclient.conflicts.resolve).
            unseen = [r for r in db.execute(
                "SELECT uuid, kind, state, attempts, error, payload FROM outbox WHERE "
                "coalesce(error, '') NOT LIKE 'folded into conflict resolution%'")
                if r[0] not in server_ops]
            assert not unseen, f"{device}: ops the server never saw: {unseen}"
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
        self.check_nothing_lost_or_squatted()

    def check_nothing_lost_or_squatted(self) -> None:
        """Every note written here is on the server, owned by its writer, holding the last
        edit of one of the writer's devices; progress likewise; nobody hostile won."""
        for note_id, bodies in self.notes.items():
            devices = {d for (d, n) in self.last_note if n == note_id}
            owner = {self._user_id(d) for d in devices}
            server = crashkit.server_record(self.live.server_db, "notes", note_id)
            assert server is not None, f"note {bodies[-1]!r} never reached the server"
            assert {server.get("user_id")} == owner, f"note {note_id} taken over: {server}"
            last = {self.last_note[d, note_id] for d in devices}
            assert server["body"] in last, f"last edits {last} lost; server has {server}"
        for device, profile in self.profiles.items():
            user = self._user_id(device)
            rows = profile.store.db.execute(
                "SELECT id, lesson_id, state, position FROM progress WHERE user_id = ?", [user])
            for progress_id, lesson_id, state, position in rows:
                server = crashkit.server_record(self.live.server_db, "progress", progress_id)
                assert server is not None and server.get("user_id") == user, \
                    f"{device}: progress on {lesson_id} not on the server as {user}: {server}"
                assert (server["state"], server["position"]) == (state, position), \
                    (device, server)
            for lesson_id in self.lessons:  # each honest user's own reading of every lesson
                progress = [r for r in profile.store.db.execute(
                    "SELECT user_id FROM progress WHERE lesson_id = ?", [lesson_id])]
                assert all(u == user for (u,) in progress), f"{device}: someone else's progress"


def test_three_clients_converge_after_random_offline_work_crashes_and_drops(
        live, make_client) -> None:
    class Machine(ThreeClients):
        pass

    Machine.live = live
    Machine.make_client = staticmethod(make_client)
    # Bounded (under a minute here) and deterministic: a fixed seed, no example database.
    # No shrinking either: every step is real syncs, so shrinking a failure would take
    # minutes; a failure reports its whole (20-step) sequence instead.
    run_state_machine_as_test(Machine, settings=settings(
        max_examples=10, stateful_step_count=20, deadline=None, derandomize=True,
        database=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
        suppress_health_check=[HealthCheck.too_slow]))
