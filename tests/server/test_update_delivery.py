"""Course updates and delivered pictures (issue 17): an unchanged picture keeps its hash.

Delivery (sync/images.py) must be deterministic, or every re-import would
"change" every picture and send it again. Here the delivery cache is deleted
between imports, so the picture is transcoded afresh.
"""

from __future__ import annotations

import hashlib
import io
import shutil

import pytest

pytest.importorskip("numpy")

from test_image_delivery import _course_with_screenshot  # noqa: E402

from PIL import Image  # noqa: E402
from sync.server import deltas  # noqa: E402


def _screen(world, course_id: str) -> tuple[str, str]:
    # This course's picture: the shared world holds other tests' courses with a
    # screen.png too (test_image_delivery), so the file name alone is not enough.
    got = world.client("amina").pull_all()
    rec = next((rid, ch["d"]) for (k, rid), ch in got.items()
               if k == "attachments" and ch["d"] and ch["d"]["filename"] == "screen.png"
               and ch["d"].get("course_id") == course_id)
    return rec[0], rec[1]["sha256"]


def test_reimport_without_the_cache_keeps_hashes_and_a_replaced_picture_keeps_its_base(
        world, tmp_path) -> None:
    course, png = _course_with_screenshot(tmp_path, f"updates-{world.backend}")
    imported = world.admin.import_course(course, deliver_images=True)
    record_id, first = _screen(world, imported.course_id)
    assert first != hashlib.sha256(png).hexdigest()  # delivered as WebP

    shutil.rmtree(world.admin.settings.data_dir / "delivery")
    again = world.admin.import_course(course, deliver_images=True)
    assert (again.created, again.updated, again.deleted, again.blobs_added) == (0, 0, 0, 0)

    small = io.BytesIO()  # a new, smaller screen: quick to deliver
    Image.linear_gradient("L").resize((640, 360)).save(small, "PNG")
    (course / "01-recognition" / "images" / "screen.png").write_bytes(small.getvalue())
    changed = world.admin.import_course(course, deliver_images=True)
    assert changed.updated >= 1
    same_id, second = _screen(world, imported.course_id)
    assert same_id == record_id and second != first
    with world.admin.db.read() as conn:
        assert deltas.allowed_base(conn, second, first)
