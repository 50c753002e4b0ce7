"""tutorclient.library against a real store: states, sizes, progress, and safe removal."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutorclient import content, library, outbox, study
from tutorclient.session import Profile
from tutorclient.store import BlobCache, Store, records


@pytest.fixture
def demo(profile_dir: Path):
    profile = Profile(profile_dir)
    content.install_demo_courses(profile.store, profile.blobs)
    yield profile.store, profile.blobs
    profile.close()


def _courses(store: Store) -> dict[str, str]:
    return {title: cid for cid, title in store.db.execute("SELECT id, title FROM courses")}


def _files(store: Store, course_id: str) -> list[str]:
    return [r[0] for r in store.db.execute(
        "SELECT DISTINCT sha256 FROM attachments WHERE course_id = ?", [course_id])]


def _by_id(statuses: list[library.CourseStatus]) -> dict[str, library.CourseStatus]:
    return {s.id: s for s in statuses}


def test_statuses_show_files_and_size_on_disk(demo) -> None:
    store, blobs = demo
    statuses = library.course_statuses(store, blobs, "u1")
    assert len(statuses) == 2
    for status in statuses:
        files = _files(store, status.id)
        assert status.state == library.STATE_OFFLINE
        assert status.files_total == status.files_present == len(files) > 0
        assert status.bytes_on_disk == blobs.size_on_disk(files) > 0
        assert status.lessons_total == 6 and status.lessons_read == 0


def test_course_list_is_the_statuses_without_looking_at_files(demo) -> None:
    """The first paint's list: titles, progress and totals as the full statuses say,
    but no file is looked at, so a downloaded course is not yet called downloaded."""
    store, blobs = demo
    cid = next(iter(_courses(store).values()))
    study.mark_read(store, "u1", library.course_outline(store, "u1", cid)[0].id)
    full = _by_id(library.course_statuses(store, blobs, "u1"))
    listed = _by_id(library.course_list(store, "u1"))
    assert listed.keys() == full.keys()
    for course_id, status in listed.items():
        assert not status.files_checked and full[course_id].files_checked
        assert status.state == library.STATE_DOWNLOADING  # wanted; files not checked yet
        assert (status.files_present, status.bytes_on_disk) == (0, 0)
        for name in ("title", "summary", "files_total", "bytes_total", "lessons_total",
                     "lessons_read", "quizzes_total", "quizzes_taken", "quiz_points", "quiz_max"):
            assert getattr(status, name) == getattr(full[course_id], name), name
    assert listed[cid].lessons_read == 1

def test_progress_counts_reads_and_best_quiz_scores(demo) -> None:
    store, blobs = demo
    cid = next(iter(_courses(store).values()))
    outline = library.course_outline(store, "u1", cid)
    study.mark_read(store, "u1", outline[0].id)
    study.mark_read(store, "u2", outline[1].id)  # someone else's progress does not count
    quiz_id = outline[0].quiz_id
    questions = records.quiz_questions(store.db, quiz_id)
    right = {q["id"]: q["correct"] for q in questions}
    wrong = {q["id"]: [(q["correct"][0] + 1) % len(q["options"])] for q in questions}
    study.submit_quiz(store, "u1", quiz_id, wrong)
    study.submit_quiz(store, "u1", quiz_id, right)
    study.submit_quiz(store, "u1", quiz_id, wrong)

    status = _by_id(library.course_statuses(store, blobs, "u1"))[cid]
    assert status.lessons_read == 1
    assert status.quizzes_taken == 1
    assert (status.quiz_points, status.quiz_max) == (len(questions), len(questions))
    assert status.quiz_percent == 100
    outline = library.course_outline(store, "u1", cid)
    assert [x.read for x in outline[:2]] == [True, False]
    assert outline[0].quiz_best == (len(questions), len(questions))


def test_reading_gives_neighbours_note_bookmarks_and_files(demo) -> None:
    store, blobs = demo
    cid = next(iter(_courses(store).values()))
    outline = library.course_outline(store, "u1", cid)
    study.save_note(store, "u1", outline[1].id, "check the glucose")
    study.add_bookmark(store, "u1", outline[1].id, label="glucose", anchor="glucose")
    found = library.reading(store, blobs, "u1", outline[1].id)
    assert found is not None
    assert (found.previous_id, found.next_id) == (outline[0].id, outline[2].id)
    assert found.note == "check the glucose"
    assert [b["label"] for b in found.bookmarks] == ["glucose"]
    first = library.reading(store, blobs, "u1", outline[0].id)
    assert first.previous_id is None
    images = library.image_refs(first.lesson["body_md"])
    assert images and all(first.attachments[sha].present for sha in images)
    assert library.reading(store, blobs, "u1", "no-such-lesson") is None


def test_remove_frees_space_keeps_text_and_own_work(demo) -> None:
    store, blobs = demo
    cid = next(iter(_courses(store).values()))
    lesson_id = library.course_outline(store, "u1", cid)[0].id
    study.save_note(store, "u1", lesson_id, "my note")
    study.mark_read(store, "u1", lesson_id)
    files = _files(store, cid)
    before = blobs.size_on_disk(files)
    pending_before = outbox.pending_count(store.db)

    result, changes = library.remove_download(store, blobs, cid)

    assert changes.touches("blobs")
    assert result.freed_bytes == before and result.removed == len(files) and result.kept == 0
    assert not any(blobs.has(sha) for sha in files)
    status = _by_id(library.course_statuses(store, blobs, "u1"))[cid]
    assert status.state == library.STATE_NOT_DOWNLOADED and status.bytes_on_disk == 0
    assert library.reading(store, blobs, "u1", lesson_id).note == "my note"
    assert library.course_outline(store, "u1", cid)[0].read
    assert outbox.pending_count(store.db) == pending_before
    states = {r[0] for r in store.db.execute(
        f"SELECT state FROM blobs WHERE sha256 IN ({','.join('?' * len(files))})", files)}
    assert states == {"wanted"}  # downloading again fetches them

    library.download_course(store, blobs, cid)
    status = _by_id(library.course_statuses(store, blobs, "u1"))[cid]
    assert status.state == library.STATE_DOWNLOADING and status.files_present == 0


def test_remove_keeps_files_another_course_or_an_upload_needs(demo) -> None:
    store, blobs = demo
    first, second = _courses(store).values()
    shared, uploading, *_ = _files(store, first)
    with store.write() as db:
        # The second course uses one of the first course's pictures ...
        db.execute("INSERT INTO attachments (id, course_id, owner_kind, owner_id, sha256, filename, mime, "
                   "size, role) VALUES ('att-shared', ?, 'courses', ?, ?, 'x.png', 'image/png', 1, 'image')",
                   [second, second, shared])
        # ... and the user is still uploading a file with the same bytes as another.
        db.execute("UPDATE blobs SET state = 'upload' WHERE sha256 = ?", [uploading])

    result, _ = library.remove_download(store, blobs, first)

    assert result.kept == 2
    assert blobs.has(shared) and blobs.has(uploading)
    assert blobs.read(uploading)  # intact, verified


def test_remove_keeps_files_another_profile_on_this_computer_uses(tmp_home: Path) -> None:
    profiles = tmp_home / "profiles"
    amina, yusuf = Profile(profiles / "amina"), Profile(profiles / "yusuf")
    try:
        assert amina.blobs.root == yusuf.blobs.root  # one shared cache
        for p in (amina, yusuf):
            content.install_demo_courses(p.store, p.blobs)
        cid = next(iter(_courses(amina.store).values()))
        result, _ = library.remove_download(amina.store, amina.blobs, cid)
        assert result.removed == 0 and result.kept == len(_files(amina.store, cid))
        assert all(yusuf.blobs.has(sha) for sha in _files(yusuf.store, cid))

        library.remove_download(yusuf.store, yusuf.blobs, cid)  # now nobody keeps them
        result, _ = library.remove_download(amina.store, amina.blobs, cid)
        assert not any(amina.blobs.has(sha) for sha in _files(amina.store, cid))
    finally:
        amina.close()
        yusuf.close()


def test_image_refs_finds_blob_images_not_pdf_links() -> None:
    a, b = "a" * 64, "b" * 64
    body = f"![one]({'blob:' + a}) text [the card](blob:{b}) ![again](blob:{a}) ![web](https://x/y.png)"
    assert library.image_refs(body) == [a]


def test_standalone_profile_does_not_scan_other_folders(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "alone")
    blobs = BlobCache(tmp_path / "alone" / "blobs")
    try:
        content.install_demo_courses(store, blobs)
        cid = next(iter(_courses(store).values()))
        result, _ = library.remove_download(store, blobs, cid)
        assert result.removed == len(_files(store, cid))
    finally:
        store.close()
