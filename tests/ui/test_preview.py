"""The offline preview window against a real store with the demo courses installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutorclient import content
from tutorclient.store import BlobCache, Store
from tutorclient.ui.preview import LESSON_ROLE, PreviewWindow


@pytest.fixture
def demo_store(profile_dir: Path, tmp_path: Path):
    store = Store.open(profile_dir)
    blobs = BlobCache(tmp_path / "blobs")
    content.install_demo_courses(store, blobs)
    yield store, blobs
    store.close()


def test_opens_first_lesson_with_images_from_cache(qtbot, demo_store) -> None:
    store, blobs = demo_store
    window = PreviewWindow(store, blobs)
    qtbot.addWidget(window)
    window.show()
    text = window.reader.toPlainText()
    assert "DEMO MATERIAL" in text
    assert window.reader.missing == []  # every image came from the cache
    for name in ("searchBox", "libraryTree", "lessonReader"):
        widget = window.findChild(object, name)
        assert widget is not None and widget.accessibleName()


def test_missing_image_shows_placeholder_and_is_noted(qtbot, demo_store) -> None:
    store, blobs = demo_store
    body = store.db.execute("SELECT body_md FROM lessons WHERE body_md LIKE '%](blob:%' LIMIT 1").fetchone()[0]
    sha = body.split("](blob:", 1)[1][:64]
    blobs.remove(sha)
    window = PreviewWindow(store, blobs)
    qtbot.addWidget(window)
    lesson_id = store.db.execute("SELECT id FROM lessons WHERE body_md = ?", [body]).fetchone()[0]
    window.show()
    window.open_lesson(lesson_id)
    qtbot.waitUntil(lambda: sha in window.reader.missing)


def test_search_as_you_type_opens_hit(qtbot, demo_store) -> None:
    store, blobs = demo_store
    window = PreviewWindow(store, blobs)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search_box, "uterotonic")
    qtbot.waitUntil(lambda: window.results.count() > 0 and bool(window.results.item(0).data(LESSON_ROLE)))
    item = window.results.item(0)
    window.results.itemClicked.emit(item)
    assert "uterotonic" in window.reader.toPlainText().lower()
