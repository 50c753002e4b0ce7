"""The trainee's library: which courses are on this computer, how big, how far along.

Core module (no Qt). The Library page reads it through ``ctx.query`` and
writes through ``ctx.write``; scripts and tests call it directly.

* :func:`course_statuses` - each course's download state, size on disk and
  progress (lessons read, quiz scores).
* :func:`course_outline` - modules and lessons in reading order, with read marks.
* :func:`reading` - everything the reader shows for one lesson, in one read.
* :func:`download_course` / :func:`remove_download` - keep a course's files
  on this computer, or free the space they take. Removing never touches the
  user's own work: text, notes, progress, quiz attempts and anything waiting
  to be uploaded stay; only downloaded course files go, and only those no
  other course (of this profile or of another profile sharing the cache) needs.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .changes import Changes
from .clock import now_iso
from .store import BlobCache, Store, records

if TYPE_CHECKING:
    from sqlite_utils import Database

    Reader = Database | sqlite3.Connection  # both answer execute(sql, params)

__all__ = [
    "STATE_DOWNLOADING",
    "STATE_NOT_DOWNLOADED",
    "STATE_OFFLINE",
    "CourseStatus",
    "OutlineLesson",
    "Reading",
    "RemoveResult",
    "course_list",
    "course_outline",
    "course_statuses",
    "download_course",
    "image_refs",
    "reading",
    "remove_download",
    "want_original",
]

STATE_OFFLINE = "offline"  # every file of the course is on this computer
STATE_DOWNLOADING = "downloading"  # wanted; some files still to fetch
STATE_NOT_DOWNLOADED = "not_downloaded"  # text only; files not kept here

# Blob-cache changes are not a record kind; views that show sizes listen for these.
CHANGED_KINDS = ("subscriptions", "blobs")


@dataclass(frozen=True)
class CourseStatus:
    id: str
    title: str
    summary: str
    state: str
    files_total: int = 0
    files_present: int = 0
    bytes_total: int = 0
    bytes_on_disk: int = 0
    lessons_total: int = 0
    lessons_read: int = 0
    quizzes_total: int = 0
    quizzes_taken: int = 0
    quiz_points: int = 0  # best attempt of each quiz taken, summed
    quiz_max: int = 0
    # False in :func:`course_list`: which files are here was not looked at yet.
    files_checked: bool = True

    @property
    def quiz_percent(self) -> int | None:
        return round(100 * self.quiz_points / self.quiz_max) if self.quiz_max else None


@dataclass(frozen=True)
class OutlineLesson:
    id: str
    title: str
    module_title: str
    minutes: int | None = None
    read: bool = False
    quiz_id: str | None = None
    quiz_best: tuple[int, int] | None = None  # (score, max) of the best attempt


@dataclass(frozen=True)
class Attachment:
    sha256: str
    role: str
    filename: str
    mime: str | None
    size: int
    present: bool
    original_sha256: str | None = None  # a delivered picture's full-resolution original
    original_size: int = 0


@dataclass
class Reading:
    """One lesson as the reader shows it."""

    lesson: dict[str, Any]
    course_title: str
    outline: list[OutlineLesson]
    course_language: str = "en"  # sets the lessons' base direction (sync.content.direction)
    note: str = ""
    bookmarks: list[dict[str, Any]] = field(default_factory=list)
    attachments: dict[str, Attachment] = field(default_factory=dict)

    @property
    def index(self) -> int:
        return next((i for i, x in enumerate(self.outline) if x.id == self.lesson["id"]), -1)

    @property
    def previous_id(self) -> str | None:
        i = self.index
        return self.outline[i - 1].id if i > 0 else None

    @property
    def next_id(self) -> str | None:
        i = self.index
        return self.outline[i + 1].id if 0 <= i < len(self.outline) - 1 else None

    @property
    def entry(self) -> OutlineLesson | None:
        i = self.index
        return self.outline[i] if i >= 0 else None


@dataclass(frozen=True)
class RemoveResult:
    freed_bytes: int
    removed: int
    kept: int  # files another course or the user's unsent work still needs


# -- reading ------------------------------------------------------------------------

# Markdown images and Obsidian embeds (the importer writes ![[blob:<sha>|400]]).
_IMAGE_REF = re.compile(r"!\[(?:[^\]]*\]\(\s*<?|\[)blob:([0-9a-f]{64})")


def image_refs(markdown: str) -> list[str]:
    """The ``blob:`` images a lesson shows, in order, without repeats."""
    return list(dict.fromkeys(_IMAGE_REF.findall(markdown)))



def _best_attempts(db: Reader, user_id: str, course_id: str | None = None,
                   ) -> dict[str, dict[str, tuple[int, int]]]:
    """Each course's quizzes taken, with the best attempt: course id -> quiz id -> (score, max).

    One query for every course: a query per course scanned the quizzes once
    for each course, most of the time the library took to list 100 courses."""
    sql = ("SELECT q.course_id, a.quiz_id, a.score, a.max_score FROM quiz_attempts a "
           "JOIN quizzes q ON q.id = a.quiz_id WHERE a.user_id = ?")
    params: list[Any] = [user_id]
    if course_id:
        sql += " AND q.course_id = ?"
        params.append(course_id)
    best: dict[str, dict[str, tuple[int, int]]] = {}
    for course, quiz_id, score, max_score in db.execute(sql, params).fetchall():
        taken = best.setdefault(course, {})
        old = taken.get(quiz_id)
        if old is None or score * max(1, old[1]) > old[0] * max(1, max_score):
            taken[quiz_id] = (score, max_score)
    return best


def _course_files(db: Reader, course_id: str) -> dict[str, int]:
    return {sha: size or 0 for sha, size in db.execute(
        "SELECT sha256, max(size) FROM attachments WHERE course_id = ? AND owner_kind = 'courses' "
        "GROUP BY sha256", [course_id]).fetchall()}


def course_list(store: Store, user_id: str) -> list[CourseStatus]:
    """Every course with its progress, from the database alone: fast, for the first paint.

    Which of its files are on this computer is not looked at (``files_checked``
    is False and a wanted course reads as downloading): that costs a file
    check per picture and PDF, which :func:`course_statuses` adds. Uses the raw
    connection, so listing the courses at start-up need not load sqlite-utils.
    """
    db = store.conn
    wanted = {cid for (cid,) in db.execute(
        "SELECT course_id FROM subscriptions WHERE download_blobs = 1").fetchall()}
    read = dict(db.execute(
        "SELECT l.course_id, count(*) FROM progress p JOIN lessons l ON l.id = p.lesson_id "
        "WHERE p.user_id = ? AND p.state = 'read' GROUP BY l.course_id", [user_id]).fetchall())
    quizzes = dict(db.execute("SELECT course_id, count(*) FROM quizzes GROUP BY course_id").fetchall())
    files = {cid: (n, size) for cid, n, size in db.execute(
        "SELECT course_id, count(*), sum(size) FROM (SELECT course_id, coalesce(max(size), 0) AS size "
        "FROM attachments WHERE owner_kind = 'courses' GROUP BY course_id, sha256) GROUP BY course_id"
    ).fetchall()}
    attempts = _best_attempts(db, user_id)
    result = []
    for cid, title, summary, lessons in db.execute(
            "SELECT c.id, c.title, coalesce(c.summary, ''), "
            "(SELECT count(*) FROM lessons l WHERE l.course_id = c.id) "
            "FROM courses c ORDER BY c.position, c.title").fetchall():
        best = attempts.get(cid, {})
        n_files, n_bytes = files.get(cid, (0, 0))
        result.append(CourseStatus(
            id=cid, title=title, summary=summary,
            state=STATE_DOWNLOADING if cid in wanted else STATE_NOT_DOWNLOADED,
            files_total=n_files, bytes_total=n_bytes, files_checked=False,
            lessons_total=lessons, lessons_read=read.get(cid, 0),
            quizzes_total=quizzes.get(cid, 0), quizzes_taken=len(best),
            quiz_points=sum(s for s, _ in best.values()), quiz_max=sum(m for _, m in best.values()),
        ))
    return result


def course_statuses(store: Store, blobs: BlobCache, user_id: str) -> list[CourseStatus]:
    """Every course in the store with its download state, size on disk and progress."""
    db = store.conn
    result = []
    for listed in course_list(store, user_id):
        files = _course_files(db, listed.id)
        present = [sha for sha in files if blobs.has(sha)]
        state = listed.state
        if state != STATE_NOT_DOWNLOADED:
            state = STATE_DOWNLOADING if len(present) < len(files) else STATE_OFFLINE
        result.append(replace(
            listed, state=state, files_present=len(present), files_checked=True,
            bytes_on_disk=blobs.size_on_disk(present)))
    return result


def course_outline(store: Store, user_id: str, course_id: str) -> list[OutlineLesson]:
    """The course's lessons in reading order, with read marks and quiz results."""
    db = store.db
    read = {lid for (lid,) in db.execute(
        "SELECT lesson_id FROM progress WHERE user_id = ? AND state = 'read'", [user_id]).fetchall()}
    quiz_of = dict(db.execute(
        "SELECT lesson_id, id FROM quizzes WHERE course_id = ? ORDER BY id DESC", [course_id]).fetchall())
    best = _best_attempts(db, user_id, course_id).get(course_id, {})
    rows = db.execute(
        "SELECT l.id, l.title, m.title, l.minutes FROM lessons l JOIN modules m ON m.id = l.module_id "
        "WHERE l.course_id = ? ORDER BY m.position, l.position", [course_id]).fetchall()
    return [OutlineLesson(lid, title, module, minutes, lid in read, quiz_of.get(lid),
                          best.get(quiz_of.get(lid, ""))) for lid, title, module, minutes in rows]


def reading(store: Store, blobs: BlobCache, user_id: str, lesson_id: str) -> Reading | None:
    """The lesson, its course outline, the user's note and bookmarks, and its files."""
    from .study import note  # study (and the outbox) load with the first lesson read

    db = store.db
    lesson = records.get(db, "lessons", lesson_id)
    if lesson is None:
        return None
    course = db.execute("SELECT title, language FROM courses WHERE id = ?",
                        [lesson["course_id"]]).fetchone()
    marks = db.execute(
        "SELECT id FROM bookmarks WHERE user_id = ? AND lesson_id = ? ORDER BY created_at",
        [user_id, lesson_id]).fetchall()
    attachments = {
        sha: Attachment(sha, role or "", filename or "", mime, size or 0, blobs.has(sha), original, original_size or 0)
        for sha, role, filename, mime, size, original, original_size in db.execute(
            "SELECT sha256, role, filename, mime, size, original_sha256, original_size FROM attachments "
            "WHERE course_id = ?", [lesson["course_id"]]).fetchall()
    }
    return Reading(
        lesson=lesson,
        course_title=course[0] if course else "",
        course_language=(course[1] or "en") if course else "en",
        outline=course_outline(store, user_id, lesson["course_id"]),
        note=note(store, user_id, lesson_id),
        bookmarks=[records.get(db, "bookmarks", r[0]) for r in marks],
        attachments=attachments,
    )


def is_read(store: Store, user_id: str, lesson_id: str) -> bool:
    from .study import lesson_record_id

    row = records.get(store.db, "progress", lesson_record_id(store.db, "progress", user_id, lesson_id))
    return bool(row and row["state"] == "read")


# -- downloading and removing ------------------------------------------------------


def download_course(store: Store, blobs: BlobCache, course_id: str) -> Changes:
    """Keep this course's files on this computer; the next sync fetches what is missing."""
    with store.write() as db:
        db.execute(
            "INSERT INTO subscriptions (course_id, subscribed_at, download_blobs) VALUES (?, ?, 1) "
            "ON CONFLICT(course_id) DO UPDATE SET download_blobs = 1", [course_id, now_iso()])
        for sha, size in _course_files(db, course_id).items():
            row = db.execute("SELECT state FROM blobs WHERE sha256 = ?", [sha]).fetchone()
            state = "present" if blobs.has(sha) else "wanted"
            if row is None:
                role = db.execute("SELECT role, mime FROM attachments WHERE sha256 = ? LIMIT 1",
                                  [sha]).fetchone()
                db.execute(
                    "INSERT INTO blobs (sha256, size, mime, priority, state, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [sha, size, role[1] if role else None, _default_priority(role[0] if role else None),
                     state, now_iso()])
            elif row[0] != "upload" and row[0] != state and not (row[0] == "partial" and state == "wanted"):
                db.execute("UPDATE blobs SET state = ?, updated_at = ? WHERE sha256 = ?",
                           [state, now_iso(), sha])
    return Changes.of(*CHANGED_KINDS)


def want_original(store: Store, blobs: BlobCache, attachment: Attachment) -> Changes:
    """Fetch this picture's full-resolution original first at the next sync.

    It then travels like any file: the pass's data caps apply, and one larger
    than the "ask before" size waits for the user's go-ahead.
    """
    from .syncstore import PRIORITY_READING

    sha = attachment.original_sha256
    if not sha:
        raise ValueError(f"picture {attachment.sha256} has no original")
    state = "present" if blobs.has(sha) else "wanted"
    with store.write() as db:
        db.execute(
            "INSERT INTO blobs (sha256, size, mime, priority, state, updated_at) VALUES (?, ?, NULL, ?, ?, ?) "
            "ON CONFLICT(sha256) DO UPDATE SET priority = excluded.priority, updated_at = excluded.updated_at",
            [sha, attachment.original_size, PRIORITY_READING, state, now_iso()])
    return Changes.of("blobs")


def _default_priority(role: str | None) -> int:
    from .syncstore import PRIORITY_LESSON_IMAGE, PRIORITY_OTHER, PRIORITY_PDF

    return PRIORITY_LESSON_IMAGE if role == "image" else PRIORITY_PDF if role == "pdf" else PRIORITY_OTHER


def _needed_elsewhere(db: Database, course_id: str, sha: str) -> bool:
    """Whether this profile still needs the file for something other than ``course_id``."""
    return db.execute(
        """SELECT EXISTS (SELECT 1 FROM blobs WHERE sha256 = :sha AND state = 'upload')
        OR EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = :sha AND (
            a.local_state != 'synced' OR a.owner_kind != 'courses' OR a.course_id IS NULL
            OR (a.course_id != :course AND a.course_id IN
                (SELECT course_id FROM subscriptions WHERE download_blobs = 1))))
        OR EXISTS (SELECT 1 FROM outbox o WHERE o.state IN ('pending', 'conflict', 'rejected')
            AND instr(o.payload, :sha) > 0)""",
        {"sha": sha, "course": course_id}).fetchone()[0] == 1


def _other_profiles_need(profile_db: Path, blob_root: Path, sha: str) -> bool:
    """Whether another profile sharing this blob cache keeps the file.

    Shared laptops hold several trainees' profiles over one cache: deleting
    a file one of them still wants would leave that trainee with a hole that
    their own sync believes is filled. Unreadable profiles count as needing it.
    """
    profiles = profile_db.parent.parent
    if blob_root.parent != profiles.parent or profiles.name != "profiles":
        return False  # a standalone profile keeps its own cache
    for other in sorted(profiles.glob("*/profile.db")):
        if other.resolve() == profile_db.resolve():
            continue
        try:
            conn = sqlite3.connect(f"file:{other}?mode=ro", uri=True, timeout=2)
            try:
                row = conn.execute(
                    """SELECT EXISTS (SELECT 1 FROM blobs WHERE sha256 = :sha AND state = 'upload')
                    OR EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = :sha AND (
                        a.owner_kind != 'courses' OR a.course_id IS NULL OR a.course_id IN
                        (SELECT course_id FROM subscriptions WHERE download_blobs = 1)))""",
                    {"sha": sha}).fetchone()
            finally:
                conn.close()
        except sqlite3.Error:
            return True
        if row and row[0]:
            return True
    return False


def content_counts(store: Store) -> tuple[int, int, int]:
    """How many courses, lessons and downloaded files are on this computer."""
    db = store.db
    return (db.execute("SELECT count(*) FROM courses").fetchone()[0],
            db.execute("SELECT count(*) FROM lessons").fetchone()[0],
            db.execute("SELECT count(*) FROM blobs WHERE state = 'present'").fetchone()[0])


def first_downloaded_file(store: Store, mime: str) -> str | None:
    """The hash of some downloaded file of type ``mime``, if there is one."""
    row = store.db.execute("SELECT sha256 FROM blobs WHERE mime = ? AND state = 'present' LIMIT 1",
                           [mime]).fetchone()
    return row[0] if row else None


def first_lesson(store: Store) -> str | None:
    """The id of the lesson a reader meets first: first module, first lesson."""
    row = store.db.execute("SELECT l.id FROM lessons l JOIN modules m ON m.id = l.module_id "
                           "ORDER BY m.position, l.position LIMIT 1").fetchone()
    return row[0] if row else None


def remove_download(store: Store, blobs: BlobCache, course_id: str) -> tuple[RemoveResult, Changes]:
    """Stop keeping this course's files here and delete those nothing else needs.

    The course's text (lessons, quizzes) stays readable, and the user's own
    notes, bookmarks, progress, quiz attempts and unsent uploads are not touched.
    """
    freed = removed = kept = 0
    with store.write() as db:
        db.execute(
            "INSERT INTO subscriptions (course_id, subscribed_at, download_blobs) VALUES (?, ?, 0) "
            "ON CONFLICT(course_id) DO UPDATE SET download_blobs = 0", [course_id, now_iso()])
        for sha in _course_files(db, course_id):
            if _needed_elsewhere(db, course_id, sha) or (
                    blobs.has(sha) and _other_profiles_need(store.path, blobs.root, sha)):
                kept += 1
                continue
            path = blobs.path(sha)
            size = path.stat().st_size if path.is_file() else 0
            if blobs.remove(sha):
                freed += size
                removed += 1
            partial = blobs.partial_path(sha)
            if partial.is_file():
                freed += partial.stat().st_size
                partial.unlink(missing_ok=True)
            role = db.execute("SELECT role FROM attachments WHERE sha256 = ? LIMIT 1", [sha]).fetchone()
            # Back to an ordinary place in the queue: an image the user once
            # asked for must not come back on its own after being removed.
            db.execute("UPDATE blobs SET state = 'wanted', received = 0, priority = ?, updated_at = ? "
                       "WHERE sha256 = ? AND state != 'upload'",
                       [_default_priority(role[0] if role else None), now_iso(), sha])
    return RemoveResult(freed, removed, kept), Changes.of(*CHANGED_KINDS)
