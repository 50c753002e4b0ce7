"""Course content in the local store: install from a course folder, list, read.

Installing from a folder is how the offline demo and tests get content without
a server; a synced profile receives the same records from the server instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sync.authoring import demo_course_paths, load_course
from sync.catalog import course_records

from .store import BlobCache, Store, records


@dataclass(frozen=True)
class LessonRef:
    id: str
    title: str
    module_title: str
    position: int


def install_course_folder(store: Store, blobs: BlobCache, folder: Path) -> int:
    """Load a course folder into the store and its files into the blob cache."""
    course = load_course(folder)
    for asset in course.assets.values():
        if not blobs.has(asset.sha256):
            blobs.put(asset.read_bytes(), asset.sha256)
    rows = course_records(course)
    with store.write() as db:
        for kind, record in rows:
            records.put(db, kind, dict(record, version=record.get("version", 1)))
        db.execute(
            "INSERT INTO subscriptions (course_id, subscribed_at) VALUES (?, datetime('now')) "
            "ON CONFLICT(course_id) DO NOTHING",
            [course.id],
        )
        for _, asset in sorted(course.assets.items()):
            db.execute(
                "INSERT INTO blobs (sha256, size, mime, state, received, updated_at) "
                "VALUES (?, ?, ?, 'present', ?, datetime('now')) "
                "ON CONFLICT(sha256) DO UPDATE SET state = 'present'",
                [asset.sha256, asset.size, asset.mime, asset.size],
            )
    return len(rows)


def install_demo_courses(store: Store, blobs: BlobCache) -> int:
    return sum(install_course_folder(store, blobs, p) for p in demo_course_paths())


def list_courses(store: Store) -> list[dict]:
    return [
        dict(zip(("id", "title", "summary", "lessons"), row))
        for row in store.db.execute(
            "SELECT c.id, c.title, c.summary, (SELECT count(*) FROM lessons l WHERE l.course_id = c.id) "
            "FROM courses c ORDER BY c.position, c.title"
        ).fetchall()
    ]


def course_outline(store: Store, course_id: str) -> list[LessonRef]:
    rows = store.db.execute(
        "SELECT l.id, l.title, m.title, l.position FROM lessons l JOIN modules m ON m.id = l.module_id "
        "WHERE l.course_id = ? ORDER BY m.position, l.position",
        [course_id],
    ).fetchall()
    return [LessonRef(*row) for row in rows]


def lesson(store: Store, lesson_id: str) -> dict | None:
    return records.get(store.db, "lessons", lesson_id)
