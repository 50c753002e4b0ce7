"""Course import with delivered pictures: clients get the light WebP, the server keeps the original."""

from __future__ import annotations

import hashlib
import io
import shutil
import time
from pathlib import Path

import pytest

pytest.importorskip("numpy")

from PIL import Image  # noqa: E402

from benchmarks import image_corpus  # noqa: E402
from sync.authoring import DEMO_ROOT  # noqa: E402
from sync.server import blobstore  # noqa: E402


def _course_with_screenshot(tmp: Path, slug: str) -> tuple[Path, bytes]:
    dest = tmp / slug
    shutil.copytree(DEMO_ROOT / "courses" / "postpartum-haemorrhage", dest)
    toml = dest / "course.toml"
    toml.write_text(toml.read_text().replace('slug = "postpartum-haemorrhage"', f'slug = "{slug}"')
                    .replace('partnerships = ["somaliland", "palestine"]', 'partnerships = ["somaliland"]'))
    rng = image_corpus.np.random.default_rng([image_corpus.SEED, 0, 2])
    shot = image_corpus.screenshot(rng, 2)  # 1920 x 1080 PNG: wider than the reader
    (dest / "01-recognition" / "images" / "screen.png").write_bytes(shot.data)
    lesson = next((dest / "01-recognition").glob("02-*.md"))
    lesson.write_text(lesson.read_text() + "\n![The ward screen](images/screen.png)\n")
    return dest, shot.data


def test_import_delivers_webp_and_keeps_the_original(world, tmp_path):
    course, png = _course_with_screenshot(tmp_path, f"delivery-{world.backend}")
    original_sha = hashlib.sha256(png).hexdigest()
    report = world.admin.import_course(course, deliver_images=True)
    amina = world.client("amina")
    got = amina.pull_all()
    shots = [ch["d"] for (k, _), ch in got.items()
             if k == "attachments" and ch["d"] and ch["d"]["filename"] == "screen.png"]
    assert len(shots) == 1
    record = shots[0]
    assert record["mime"] == "image/webp" and record["sha256"] != original_sha
    assert record["size"] < len(png) // 3
    body = next(ch["d"]["body_md"] for (k, _), ch in got.items()
                if k == "lessons" and ch["d"] and "The ward screen" in ch["d"]["body_md"])
    assert f"blob:{record['sha256']}" in body and original_sha not in body

    delivered = amina.http.get(f"{world.base}/v1/blobs/{record['sha256']}")
    assert delivered.status_code == 200
    with Image.open(io.BytesIO(delivered.content)) as img:
        assert img.format == "WEBP" and img.width == 1200
    with world.admin.db.read() as conn:  # the original stays on the server for "Full resolution"
        assert blobstore.exists(conn, original_sha)
    # The record names it, so a reader of the course may fetch it on demand.
    assert (record["original_sha256"], record["original_size"]) == (original_sha, len(png))
    full = amina.http.get(f"{world.base}/v1/blobs/{original_sha}")
    assert full.status_code == 200 and full.content == png
    assert world.admin.settings.blob_store.read_bytes(original_sha) == png

    # Re-import: same bytes from the cache, nothing for clients to download.
    start = time.perf_counter()
    again = world.admin.import_course(course, deliver_images=True)
    assert time.perf_counter() - start < 5
    assert (again.created, again.updated, again.deleted, again.blobs_added) == (0, 0, 0, 0)
    assert report.created > 0


def test_usb_bundle_carries_the_delivered_picture_not_the_original(world, tmp_path):
    import zipfile

    from sync.bundle import BLOBS_PREFIX
    from sync.server.bundles import export_to_device

    course, png = _course_with_screenshot(tmp_path, f"bundle-{world.backend}")
    world.admin.import_course(course, deliver_images=True)
    out = tmp_path / "amina.tcbundle"
    export_to_device(world.settings, "amina", out, since_cursor=0, db=world.admin.db)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
    delivered = [n for n in names if n.startswith(BLOBS_PREFIX)]
    assert delivered and BLOBS_PREFIX + hashlib.sha256(png).hexdigest() not in names
