"""The reader with a course imported as the server delivers it: light pictures with their
originals kept for "Full resolution", and [[wiki-links]] between lessons.

The demo course is re-imported on the live server with a wide X-ray-like picture
and a wiki-link, with ``deliver_images=True``; the trainee syncs as usual.
"""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction

from sync.authoring import DEMO_ROOT
from sync.server.admin import Admin
from sync.server.settings import Settings
from tutorclient import connectivity
from tutorclient.ui.context import AppContext
from tutorclient.ui.views.lesson_browser import FULL_RESOLUTION_TEXT
from tutorclient.ui.views.library import LibraryPage
from tutorclient.ui.views.reader import ReaderView

from test_reader import _image_point  # noqa: E402 - the picture's place, as the reader tests find it

XRAY_SIZE = (1500, 1100)  # wider than the reader: the delivered version is scaled down


def _xray_png() -> bytes:
    """A grey, X-ray-like picture: soft shapes on dark, some grain."""
    img = Image.new("L", XRAY_SIZE, 20)
    draw = ImageDraw.Draw(img)
    for i in range(12):
        draw.ellipse([200 + i * 70, 150 + i * 30, 500 + i * 70, 900 - i * 20], outline=120 + i * 8, width=18)
    draw.rectangle([700, 80, 760, 1050], fill=200)
    img = img.filter(ImageFilter.GaussianBlur(3))
    out = io.BytesIO()
    img.convert("RGB").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def xray() -> bytes:
    return _xray_png()


@pytest.fixture
def server_settings(server_settings: Settings, tmp_path: Path, xray: bytes) -> Settings:
    """The seeded server, its postpartum course re-imported with a picture, a wiki-link, delivered."""
    course = tmp_path / "course"
    shutil.copytree(DEMO_ROOT / "courses" / "postpartum-haemorrhage", course)
    (course / "01-recognition" / "images" / "chest-xray.png").write_bytes(xray)
    first = course / "01-recognition" / "01-definitions-and-risk.md"
    first.write_text(first.read_text() + "\n\n![Chest X-ray](images/chest-xray.png)\n\n"
                     "Next, read [[03-measuring-blood-loss|Measuring blood loss]].\n")
    admin = Admin(server_settings)
    try:
        admin.import_course(course, deliver_images=True)
    finally:
        admin.close()
    return server_settings


def _open(qtbot, page: LibraryPage, lesson_id: str) -> ReaderView:
    with qtbot.waitSignal(page.reader.lesson_opened):
        page.open_lesson(lesson_id)
    return page.reader


def _xray(ctx: AppContext) -> tuple[str, str, str]:
    """(lesson id, delivered sha256, original sha256) of the X-ray."""
    sha, original = ctx.store.db.execute(
        "SELECT sha256, original_sha256 FROM attachments WHERE filename = 'chest-xray.png'").fetchone()
    lesson = ctx.store.db.execute("SELECT id FROM lessons WHERE body_md LIKE ?", [f"%blob:{sha}%"]).fetchone()[0]
    return lesson, sha, original


def _full_resolution_action(reader: ReaderView, point: QPointF) -> QAction | None:
    menu = reader.browser.context_menu_at(point)
    return menu.findChild(QAction, "fullResolutionAction")


def test_full_resolution_fetches_the_original_from_the_server(
        qtbot, page: LibraryPage, ctx: AppContext, xray: bytes) -> None:
    lesson_id, sha, original = _xray(ctx)
    assert original == hashlib.sha256(xray).hexdigest() and original != sha
    assert ctx.blobs.has(sha) and not ctx.blobs.has(original)  # the sync brought only the light one
    reader = _open(qtbot, page, lesson_id)
    assert reader.browser.images[sha].width() < XRAY_SIZE[0]

    assert _full_resolution_action(reader, QPointF(5, 5)) is None  # text, not a picture
    action = _full_resolution_action(reader, _image_point(reader, sha))
    assert action is not None and action.text() == FULL_RESOLUTION_TEXT
    with qtbot.waitSignal(reader.full_resolution.opened, timeout=60_000) as opened:
        action.trigger()
    viewer = opened.args[0]
    assert ctx.blobs.has(original) and hashlib.sha256(ctx.blobs.read(original)).hexdigest() == original
    assert (viewer.image.width(), viewer.image.height()) == XRAY_SIZE
    assert viewer.isVisible() and viewer.zoom <= 1.0  # fitted to the window
    qtbot.mouseClick(viewer.actual_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom == 1.0 and viewer.picture.width() == XRAY_SIZE[0]
    qtbot.mouseClick(viewer.zoom_in_button, Qt.MouseButton.LeftButton)
    assert viewer.zoom > 1.0
    viewer.close()
    assert not reader.full_resolution_label.isVisible()


def test_a_large_original_waits_for_the_go_ahead(qtbot, page: LibraryPage, ctx: AppContext,
                                                 xray: bytes) -> None:
    # "Ask before downloading files over 10 KB": the original is bigger, so it waits.
    connectivity.save_data_settings(ctx.store, connectivity.DataSettings(ask_over_mb=0.01))
    lesson_id, sha, original = _xray(ctx)
    reader = _open(qtbot, page, lesson_id)
    action = _full_resolution_action(reader, _image_point(reader, sha))
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: "go-ahead" in reader.full_resolution_label.text(), timeout=60_000)
    assert reader.full_resolution_label.isVisible() and not ctx.blobs.has(original)
    assert connectivity.large_wanted_blobs(ctx.store, ctx.blobs, 10_000)[0][0] == original


def test_a_lesson_link_opens_that_lesson(qtbot, page: LibraryPage, ctx: AppContext) -> None:
    lesson_id, _, _ = _xray(ctx)
    target = ctx.store.db.execute("SELECT id FROM lessons WHERE slug LIKE '%measuring-blood-loss%'").fetchone()[0]
    reader = _open(qtbot, page, lesson_id)
    assert f'href="lesson:{target}"' in reader.browser.document().toHtml()
    assert reader.browser.find("Measuring blood loss")
    cursor = reader.browser.textCursor()
    cursor.setPosition(cursor.selectionStart() + 3)
    reader.browser.setTextCursor(cursor)
    reader.browser.ensureCursorVisible()
    point = reader.browser.cursorRect(cursor).center()
    with qtbot.waitSignal(reader.lesson_opened, timeout=10_000) as opened:
        qtbot.mouseClick(reader.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [target] and reader.lesson_id == target
    assert page.outline.currentIndex().row() == page.outline_model.row_of(target)
