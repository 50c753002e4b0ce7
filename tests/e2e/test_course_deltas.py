"""Changed course files arrive as deltas against the version the client holds (issue 17).

The live server with a real SQLite file, a real client profile and the
network simulator's byte counts. A course PDF-like file (text pages, so a
one-page edit is small next to the file) is attached, synced, then replaced
by an edited version; each test checks what crossed the wire and that the
file the client ends up with is the server's, byte for byte.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from pathlib import Path

import pytest

from sync import delta, transfer
from sync.engine import STAGE_UPDATE, Options, SyncEngine
from sync.errors import SyncInterrupted
from sync.netsim import NetSim
from sync.server import deltas
from sync.server.admin import Admin
from sync.server.settings import Settings
from tutorclient.session import Profile

PAGES = 60


def pdf_like(seed: int, pages: int = PAGES, changed: dict[int, bytes] | None = None) -> bytes:
    """A document of ``pages`` pages of varied text (~5 KB each); ``changed`` replaces some."""
    rng = random.Random(seed)
    words = [("".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))))
             for _ in range(3000)]
    out = [b"%PDF-1.4\n"]
    for n in range(pages):
        body = (changed or {}).get(n) or " ".join(rng.choice(words) for _ in range(800)).encode()
        out.append(b"%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n"
                   % (n + 1, len(body), body))
    return b"".join(out)


class Course:
    """One course attachment the test replaces, through the admin API (as an import does)."""

    def __init__(self, settings: Settings, client: Profile):
        self.settings = settings
        self.course_id = client.store.db.execute(
            "SELECT id FROM courses ORDER BY id LIMIT 1").fetchone()[0]
        self.record_id = str(uuid.uuid4())

    def put(self, data: bytes, role: str = "pdf") -> str:
        admin = Admin(self.settings)
        try:
            sha = admin.add_blob(data)
            admin.put_record("attachments", self.record_id, {
                "course_id": self.course_id, "owner_kind": "courses", "owner_id": self.course_id,
                "sha256": sha, "filename": "handout.pdf", "mime": "application/pdf",
                "size": len(data), "role": role})
        finally:
            admin.close()
        return sha


def _client_with(settings: Settings, netsim: NetSim, make_client, data: bytes) -> tuple[
        Profile, Course, str]:
    client = make_client("amina", netsim.url)
    client.sync()
    course = Course(settings, client)
    first = course.put(data)
    client.sync()
    assert client.blobs.has(first)
    return client, course, first


def _edited() -> bytes:
    return pdf_like(1, changed={17: b"Paracetamol 15 mg/kg every 6 hours, at most 4 doses a day."})


def _held(client: Profile, sha: str) -> bytes:
    data = client.blobs.read(sha)  # re-hashes: the file is the server's, byte for byte
    assert hashlib.sha256(data).hexdigest() == sha
    return data


def test_an_edited_file_arrives_as_a_small_delta_and_verifies(
        server_settings, netsim, make_client) -> None:
    old = pdf_like(1)
    client, course, first = _client_with(server_settings, netsim, make_client, old)
    new = _edited()
    second = course.put(new)
    stages: list[str] = []
    netsim.reset_counters()

    summary = client.sync(on_progress=lambda p: stages.append(p.stage))

    assert summary.result == "ok" and summary.blobs_down == 1 and summary.blobs_delta == 1
    assert _held(client, second) == new
    assert STAGE_UPDATE in stages and "blobs" not in stages
    # The whole file is ~300 KB; the page changed is 60 bytes.
    assert netsim.counters.bytes_down < 8_000, netsim.counters
    assert len(old) > 250_000
    row = client.store.db.execute("SELECT state, base_sha256 FROM blobs WHERE sha256 = ?",
                                  [second]).fetchone()
    assert tuple(row) == ("present", None)


def _jpeg(label: str | None) -> bytes:
    """A course picture (800 x 600 JPEG); ``label`` corrects the caption at its foot."""
    import io

    from PIL import Image, ImageDraw

    img = Image.linear_gradient("L").resize((800, 600)).convert("RGB")
    draw = ImageDraw.Draw(img)
    rng = random.Random(3)
    for _ in range(40):
        x, y = rng.randint(0, 700), rng.randint(0, 480)
        draw.ellipse((x, y, x + rng.randint(10, 100), y + rng.randint(10, 100)),
                     fill=tuple(rng.randint(0, 255) for _ in range(3)))
    img = Image.blend(img, Image.frombytes("L", (800, 600), rng.randbytes(480_000))
                      .convert("RGB"), 0.1)
    if label:
        draw = ImageDraw.Draw(img)
        draw.rectangle((20, 560, 300, 590), fill=(255, 255, 255))
        draw.text((25, 565), label, fill=(0, 0, 0))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def test_a_picture_with_a_corrected_caption_arrives_as_a_delta(
        server_settings, netsim, make_client) -> None:
    old = _jpeg(None)
    client = make_client("amina", netsim.url)
    client.sync()
    course = Course(server_settings, client)
    course.put(old, role="image")
    client.sync()
    new = _jpeg("Dose: 10 mg/kg")  # JPEG codes top to bottom: the rows above stay the same
    second = course.put(new, role="image")
    netsim.reset_counters()

    summary = client.sync()

    assert summary.blobs_delta == 1 and _held(client, second) == new
    assert netsim.counters.bytes_down < len(new) // 5, (netsim.counters, len(new))


def test_without_the_base_the_whole_file_comes(server_settings, netsim, make_client) -> None:
    client, course, first = _client_with(server_settings, netsim, make_client, pdf_like(1))
    new = _edited()
    second = course.put(new)
    client.sync(Options(text_only=True))  # the record: the blob is wanted, with its base
    assert client.store.db.execute("SELECT base_sha256 FROM blobs WHERE sha256 = ?",
                                   [second]).fetchone()[0] == first
    client.blobs.remove(first)  # the base is gone (freed, or damaged and set aside)
    netsim.reset_counters()

    summary = client.sync()

    assert summary.blobs_down == 1 and summary.blobs_delta == 0
    assert _held(client, second) == new
    assert netsim.counters.bytes_down > len(new)


def test_a_delta_larger_than_the_file_is_not_sent(server_settings, netsim, make_client) -> None:
    rng = random.Random(5)
    client, course, first = _client_with(server_settings, netsim, make_client,
                                         rng.randbytes(120_000))
    replaced = rng.randbytes(120_000)  # a new picture: nothing in common with the old one
    second = course.put(replaced, role="image")
    netsim.reset_counters()

    summary = client.sync()

    assert summary.blobs_down == 1 and summary.blobs_delta == 0
    assert _held(client, second) == replaced
    # One GET, answered with the file itself: no second request, no delta tried twice.
    assert netsim.counters.requests == 2, netsim.counters  # the exchange and the GET
    assert netsim.counters.bytes_down < len(replaced) + 3_000
    marker = deltas._cache_dir(server_settings.data_dir, second) / (first + ".none")
    assert marker.exists()


def test_a_corrupted_delta_is_refused_and_the_whole_file_fetched(
        server_settings, netsim, make_client) -> None:
    client, course, first = _client_with(server_settings, netsim, make_client, pdf_like(1))
    new = _edited()
    second = course.put(new)
    made = deltas.delta_file(server_settings.data_dir, server_settings.blob_store, second, first)
    assert made is not None
    damaged = bytearray(made.read_bytes())
    damaged[len(damaged) // 2] ^= 0xFF  # damaged on disk or on the way: same bytes count
    made.write_bytes(bytes(damaged))
    netsim.reset_counters()

    summary = client.sync()

    assert summary.blobs_down == 1 and summary.blobs_delta == 0
    assert _held(client, second) == new
    assert netsim.counters.bytes_down > len(new)  # the delta, then the whole file
    assert not transfer.delta_partial(client.blobs, second, first).exists()


def test_an_interrupted_delta_resumes_from_its_byte(server_settings, netsim,
                                                    make_client) -> None:
    old = pdf_like(1)
    client, course, first = _client_with(server_settings, netsim, make_client, old)
    # Twenty new pages of fresh text: a delta of ~80 KB, worth resuming.
    new = pdf_like(1, changed={n: random.Random(n).randbytes(4000).hex().encode()
                               for n in range(20, 40)})
    second = course.put(new)
    whole_delta = deltas.delta_file(server_settings.data_dir, server_settings.blob_store,
                                    second, first)
    assert whole_delta is not None
    size = whole_delta.stat().st_size
    assert 60_000 < size < len(new) // 2
    engines: list[SyncEngine] = []

    def progress(p) -> None:
        if p.stage == STAGE_UPDATE and p.bytes_done >= size // 2:
            engines[-1].cancel()

    with pytest.raises(SyncInterrupted):
        client.sync(engine_ready=engines.append, on_progress=progress)
    part = transfer.delta_partial(client.blobs, second, first)
    have = part.stat().st_size
    assert size // 2 <= have < size and not client.blobs.has(second)

    netsim.reset_counters()
    summary = client.sync()

    assert summary.blobs_delta == 1 and _held(client, second) == new
    assert netsim.counters.bytes_down < size - have + 3_000, netsim.counters


def test_caps_count_the_delta_not_the_file(server_settings, netsim, make_client) -> None:
    client, course, first = _client_with(server_settings, netsim, make_client, pdf_like(1))
    new = _edited()
    second = course.put(new)
    client.sync(Options(text_only=True))

    too_small = client.sync(Options(max_bytes=1_000))
    assert too_small.blobs_skipped == 1 and not client.blobs.has(second)

    netsim.reset_counters()
    summary = client.sync(Options(max_bytes=20_000))  # far less than the file's 300 KB
    assert summary.blobs_delta == 1 and _held(client, second) == new
    assert summary.bytes_down == netsim.counters.bytes_down < 20_000
    assert summary.bytes_down >= deltas.delta_file(
        server_settings.data_dir, server_settings.blob_store, second, first).stat().st_size


def test_the_server_keeps_three_earlier_versions(server_settings, netsim, make_client) -> None:
    client, course, first = _client_with(server_settings, netsim, make_client, pdf_like(1))
    shas = [first] + [course.put(pdf_like(1, changed={3: b"edit %d" % k})) for k in range(4)]
    admin = Admin(server_settings)
    try:
        with admin.db.read() as conn:
            kept = [deltas.allowed_base(conn, shas[-1], s) for s in shas[:-1]]
            stranger = deltas.allowed_base(conn, shas[-1], hashlib.sha256(b"x").hexdigest())
    finally:
        admin.close()
    assert kept == [False, True, True, True] and not stranger
    client.blobs.remove(shas[1])  # (never downloaded anyway: the client synced only the first)
    summary = client.sync()  # holds only the first, which is no longer a base: whole file
    assert summary.blobs_delta == 0 and client.blobs.has(shas[-1])


def test_delta_round_trip_and_the_base_cap(tmp_path: Path) -> None:
    base, new = pdf_like(2), pdf_like(2, changed={0: b"changed"})
    (tmp_path / "new").write_bytes(new)
    with open(tmp_path / "d", "wb") as out:
        assert delta.make(base, delta.file_chunks(tmp_path / "new"), len(new), out) < 1_000
    with open(tmp_path / "out", "wb") as out:
        delta.apply(base, tmp_path / "d", out, hashlib.sha256(new).hexdigest())
    assert (tmp_path / "out").read_bytes() == new
    with open(tmp_path / "out", "wb") as out, pytest.raises(delta.DeltaError):
        delta.apply(pdf_like(3), tmp_path / "d", out, hashlib.sha256(new).hexdigest())
    big = tmp_path / "big"
    with open(big, "wb") as fh:
        fh.truncate(delta.MAX_BASE + 1)  # sparse: no 64 MB written
    assert delta.read_base(big) is None and delta.read_base(tmp_path / "absent") is None


def _bundle_since(settings: Settings, client: Profile, out: Path):
    from sync.server import bundles as server_bundles

    from tutorclient.syncstore import ProfileSyncStore

    cursor = ProfileSyncStore(client.store, client.blobs).cursor()
    return server_bundles.export_to_device(settings, "amina", out, since_cursor=cursor)


def test_a_usb_bundle_carries_the_delta_not_the_file(server_settings, netsim, make_client,
                                                     tmp_path: Path) -> None:
    from sync import bundle as fmt
    from tutorclient import bundles

    client, course, first = _client_with(server_settings, netsim, make_client, pdf_like(1))
    new = _edited()
    second = course.put(new)
    report = _bundle_since(server_settings, client, tmp_path / "update.tcb")

    assert report.blobs == 1 and report.deltas == 1 and report.blob_bytes < 8_000
    from sync.server import keys

    public = keys.load_or_create(server_settings.data_dir).public_key()
    with fmt.open_bundle(tmp_path / "update.tcb", fmt.TO_DEVICE, public_key=public) as b:
        assert b.deltas() == [(first, second)] and b.blob_hashes() == []
    assert (tmp_path / "update.tcb").stat().st_size < 20_000  # the file itself is ~300 KB
    got = bundles.import_bundle(client, tmp_path / "update.tcb")

    assert got.deltas == 1 and got.deltas_left == 0 and _held(client, second) == new
    state = client.store.db.execute("SELECT state FROM blobs WHERE sha256 = ?",
                                    [second]).fetchone()[0]
    assert state == "present"


def test_a_bundle_delta_without_its_base_leaves_the_file_wanted(
        server_settings, netsim, make_client, tmp_path: Path) -> None:
    from tutorclient import bundles

    client, course, first = _client_with(server_settings, netsim, make_client, pdf_like(1))
    second = course.put(_edited())
    _bundle_since(server_settings, client, tmp_path / "update.tcb")
    client.blobs.remove(first)

    got = bundles.import_bundle(client, tmp_path / "update.tcb")

    assert got.deltas == 0 and got.deltas_left == 1 and not client.blobs.has(second)
    summary = client.sync()  # the network brings it whole
    assert summary.blobs_down == 1 and summary.blobs_delta == 0 and client.blobs.has(second)
