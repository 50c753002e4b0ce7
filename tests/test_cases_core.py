"""Cases, the review queue, discussions and notices against a real store, no server.

Server answers are fed through ``ProfileSyncStore.apply_answer``, the same path a
sync takes, so conflicts and rejections look exactly as they would after a sync.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from sync.errors import BadDataError
from tutorclient import cases, conflicts, discussions, notices, review
from tutorclient.session import Profile
from tutorclient.store import records
from tutorclient.syncstore import ProfileSyncStore

P1, P2 = "p-somaliland", "p-palestine"
AMINA, KHADRA, SARAH, OMAR = "u-amina", "u-khadra", "u-sarah", "u-omar"


@pytest.fixture
def profile(profile_dir: Path):
    p = Profile(profile_dir)
    with p.store.write() as db:
        records.put(db, "partnerships", {"id": P1, "version": 1, "name": "Somaliland", "region": "SL"})
        records.put(db, "partnerships", {"id": P2, "version": 1, "name": "Palestine", "region": "PS"})
        for uid, name, role, parts, specs in [
            (AMINA, "Amina Warsame", "trainee", [P1], ["emergency"]),
            (KHADRA, "Khadra Ali", "trainee", [P1], ["obstetrics"]),
            (SARAH, "Dr Sarah Bennett", "tutor", [P1, P2], ["emergency", "obstetrics"]),
            (OMAR, "Dr Omar Nasser", "tutor", [P2], ["paediatrics"]),
        ]:
            records.put(db, "users", {"id": uid, "version": 1, "username": uid[2:],
                                      "display_name": name, "role": role, "partnerships": parts,
                                      "specialisms": specs})
    yield p
    p.close()


def _sign_in(p: Profile, user_id: str, role: str) -> None:
    p.set_setting("user", {"id": user_id, "role": role})


def _pending(p: Profile, kind: str, record_id: str) -> list[dict[str, Any]]:
    return [e for e in p.store.db.execute(
        "SELECT uuid, action, payload, attempts FROM outbox WHERE kind = ? AND record_id = ? "
        "AND state = 'pending' ORDER BY seq", [kind, record_id]).fetchall()]


def _answer(p: Profile, outcome: dict[str, dict[str, Any]] | None = None) -> None:
    """Send every pending op to a pretend server: ok unless ``outcome[kind]`` says otherwise."""
    s = ProfileSyncStore(p.store, p.blobs)
    sent = s.pending_ops(100, set())
    results = []
    for n, op in enumerate(sent):
        res = {"u": op.uuid, "s": "ok", "v": (op.base_version or 0) + 1}
        res.update((outcome or {}).get(op.kind, {}))
        res["u"] = op.uuid
        results.append(res)
    s.apply_answer(sent, results, [], s.cursor() + 1, False)


def _server_put(p: Profile, kind: str, record: dict[str, Any]) -> None:
    """A change pulled from the server."""
    s = ProfileSyncStore(p.store, p.blobs)
    rid, version = record.pop("id"), record.pop("version", 1)
    s.apply_answer([], [], [{"k": kind, "i": rid, "v": version, "d": record}], s.cursor() + 1, False)


def _case(cid: str, *, status: str = "submitted", partnership: str = P1, author: str = AMINA,
          specialism: str = "emergency", updated: str = "2025-03-01T08:00:00Z",
          claimed_by: str | None = None, version: int = 1) -> dict[str, Any]:
    return {"id": cid, "version": version, "author_id": author, "partnership_id": partnership,
            "specialism": specialism, "title": f"Case {cid}", "presenting_complaint": "",
            "history": "", "examination": "", "investigations": "", "question": "",
            "status": status, "claimed_by": claimed_by,
            "claimed_at": updated if claimed_by else None, "created_at": updated,
            "updated_at": updated}


# -- drafts -----------------------------------------------------------------------------

def test_new_draft_queues_case_and_its_discussion(profile: Profile) -> None:
    cid = cases.new_draft(profile.store, AMINA, P1, "emergency")
    case = records.get(profile.store.db, "cases", cid)
    assert case["status"] == "draft" and case["author_id"] == AMINA
    [thread] = discussions.threads_for_case(profile.store, cid)
    assert thread["kind"] == "case" and thread["created_by"] == AMINA
    kinds = [r[0] for r in profile.store.db.execute("SELECT kind FROM outbox ORDER BY seq")]
    assert kinds == ["cases", "threads"]  # the case reaches the server before its thread


def test_autosave_coalesces_into_one_unsent_op_and_survives_reopening(profile: Profile) -> None:
    cid = cases.new_draft(profile.store, AMINA, P1)
    for n in range(1, 6):
        cases.save_draft(profile.store, cid, {"title": "PPH", "history": "x" * n})
    [op] = _pending(profile, "cases", cid)
    payload = json.loads(op[2])
    assert payload["history"] == "xxxxx" and payload["title"] == "PPH"
    assert payload["status"] == "draft"  # still the creating op, with all fields

    # Once an op may have reached the server it never changes: the next edit is new.
    profile.store.db.execute("UPDATE outbox SET attempts = 1")
    cases.save_draft(profile.store, cid, {"question": "When to refer?"})
    ops = _pending(profile, "cases", cid)
    assert len(ops) == 2 and json.loads(ops[1][2]).keys() == {"question", "updated_at"}

    # Saving what is already there queues nothing.
    cases.save_draft(profile.store, cid, {"question": "When to refer?"})
    assert len(_pending(profile, "cases", cid)) == 2

    directory = profile.dir
    profile.close()
    again = Profile(directory)
    try:
        assert records.get(again.store.db, "cases", cid)["question"] == "When to refer?"
    finally:
        again.close()


def test_case_with_a_tutor_cannot_be_edited(profile: Profile) -> None:
    _server_put(profile, "cases", _case("c1", status="in_review", claimed_by=SARAH))
    with pytest.raises(BadDataError) as info:
        cases.save_draft(profile.store, "c1", {"history": "more"})
    assert "tutor is reviewing" in info.value.user_message
    with pytest.raises(BadDataError):
        cases.save_draft(profile.store, "c1", {"status": "draft"})  # not a text field


def test_status_lifecycle_and_labels(profile: Profile) -> None:
    store = profile.store
    cid = cases.new_draft(store, AMINA, P1)
    assert cases.display_status(store, cid) == "draft"
    with pytest.raises(BadDataError):
        cases.submit(store, cid)  # no title yet
    cases.save_draft(store, cid, {"title": "Eclampsia at 38 weeks"})
    cases.submit(store, cid)
    assert cases.display_status(store, cid) == "waiting_to_send"
    _answer(profile)
    assert cases.display_status(store, cid) == "submitted"
    with pytest.raises(BadDataError):
        cases.resubmit(store, cid)
    version = records.get(store.db, "cases", cid)["version"]
    back = dict(records.get(store.db, "cases", cid), version=version + 1,
                status="revision_requested")
    _server_put(profile, "cases", back)
    assert cases.display_status(store, cid) == "revision_requested"
    cases.resubmit(store, cid)
    assert records.get(store.db, "cases", cid)["status"] == "submitted"
    assert set(cases.STATUS_LABELS) == {"draft", "waiting_to_send", "submitted", "in_review",
                                        "reviewed", "revision_requested"}
    [mine] = cases.my_cases(store, AMINA)
    assert mine["display_status"] == "waiting_to_send"
    assert mine["status_label"] == cases.STATUS_LABELS["waiting_to_send"]
    assert cases.my_cases(store, KHADRA) == []


# -- attachments ------------------------------------------------------------------------

def _jpeg(path: Path) -> Path:
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (9.0, 33.0, 36.0)})
    Image.new("RGB", (2600, 1200), "red").save(path, "JPEG", exif=exif.tobytes())
    return path


def test_photo_attachment_is_cleaned_queued_and_counted(profile: Profile, tmp_path: Path) -> None:
    store = profile.store
    cid = cases.new_draft(store, AMINA, P1)
    src = _jpeg(tmp_path / "Hodan_Ali_wound.jpg")
    info = cases.add_attachment(store, profile.blobs, cid, src, max_side=1000)
    assert info.filename == "image-1.jpg" and info.mime == "image/jpeg"
    assert (info.width, info.height) == (1000, 462) and info.original_size == src.stat().st_size
    stored = profile.blobs.read(info.sha256)
    assert len(stored) == info.size and len(Image.open(io.BytesIO(stored)).getexif()) == 0
    state = store.db.execute("SELECT state, size FROM blobs WHERE sha256 = ?",
                             [info.sha256]).fetchone()
    assert state == ("upload", info.size)
    att = records.get(store.db, "attachments", info.id)
    assert att["owner_kind"] == "cases" and att["owner_id"] == cid and att["course_id"] is None
    assert att["role"] == "image"
    assert info.size < cases.upload_size(store, cid) < info.size + 5000
    detail = cases.case_detail(store, cid)
    assert [a["id"] for a in detail["attachments"]] == [info.id]

    cases.remove_attachment(store, info.id)  # never sent: forgotten with its upload
    assert records.get(store.db, "attachments", info.id) is None
    assert _pending(profile, "attachments", info.id) == []
    assert store.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    assert cases.upload_size(store, cid) < 2000


def test_pending_attachment_makes_a_sent_case_wait(profile: Profile, tmp_path: Path) -> None:
    store = profile.store
    cid = cases.new_draft(store, AMINA, P1)
    cases.save_draft(store, cid, {"title": "t"})
    cases.submit(store, cid)
    _answer(profile)
    assert cases.display_status(store, cid) == "submitted"
    cases.add_attachment(store, profile.blobs, cid, _jpeg(tmp_path / "a.jpg"))
    assert cases.display_status(store, cid) == "waiting_to_send"


def test_pdfs_are_kept_as_they_are_up_to_10_mb(profile: Profile, tmp_path: Path) -> None:
    cid = cases.new_draft(profile.store, AMINA, P1)
    small = tmp_path / "ECG.pdf"
    small.write_bytes(b"%PDF-1.4\n" + b"0" * 1000)
    info = cases.add_attachment(profile.store, profile.blobs, cid, small)
    assert (info.filename, info.mime, info.size) == ("ECG.pdf", "application/pdf", 1009)
    assert profile.blobs.read(info.sha256) == small.read_bytes()
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024))
    with pytest.raises(BadDataError) as err:
        cases.add_attachment(profile.store, profile.blobs, cid, big)
    assert "10 MB" in err.value.user_message
    text = tmp_path / "notes.txt"
    text.write_text("not an image")
    with pytest.raises(BadDataError):
        cases.add_attachment(profile.store, profile.blobs, cid, text)


# -- the review queue ---------------------------------------------------------------------

def _queue_fixture(p: Profile) -> None:
    _server_put(p, "cases", _case("late", updated="2025-03-05T08:00:00Z"))
    _server_put(p, "cases", _case("early", updated="2025-03-01T08:00:00Z", author=KHADRA,
                                  specialism="obstetrics"))
    _server_put(p, "cases", _case("taken", status="in_review", claimed_by=OMAR,
                                  updated="2025-03-03T08:00:00Z", partnership=P2))
    _server_put(p, "cases", _case("fix", status="revision_requested", claimed_by=SARAH,
                                  updated="2025-03-02T08:00:00Z"))
    _server_put(p, "cases", _case("done", status="reviewed", claimed_by=SARAH))


def test_queue_sorts_by_waiting_time_filters_and_counts(profile: Profile) -> None:
    _queue_fixture(profile)
    _sign_in(profile, SARAH, "tutor")
    items = review.queue(profile.store)
    assert [i.case_id for i in items] == ["early", "fix", "taken", "late"]
    early = items[0]
    assert (early.author_name, early.partnership_name, early.claimed_by, early.mine) == (
        "Khadra Ali", "Somaliland", None, False)
    taken = next(i for i in items if i.case_id == "taken")
    assert taken.claimed_by_name == "Dr Omar Nasser" and not taken.mine
    assert next(i for i in items if i.case_id == "fix").mine
    assert [i.case_id for i in review.queue(profile.store, partnership_id=P1)] == [
        "early", "fix", "late"]
    assert [i.case_id for i in review.queue(profile.store, specialism="obstetrics")] == ["early"]
    assert [i.case_id for i in review.queue(profile.store, statuses=("submitted",))] == [
        "early", "late"]
    assert review.queue_counts(profile.store) == {"submitted": 2, "in_review": 1,
                                                  "revision_requested": 1}
    assert review.queue_counts(profile.store, partnership_id=P2) == {
        "submitted": 0, "in_review": 1, "revision_requested": 0}


def test_claim_offline_shows_as_mine_and_can_be_withdrawn(profile: Profile) -> None:
    _queue_fixture(profile)
    review.claim(profile.store, SARAH, "late")
    review.claim(profile.store, SARAH, "late")  # twice: still one op
    assert [op[1] for op in _pending(profile, "cases", "late")] == ["claim"]
    item = next(i for i in review.queue(profile.store, tutor_id=SARAH) if i.case_id == "late")
    assert item.mine and item.claim_pending and item.claimed_by == SARAH
    review.release(profile.store, SARAH, "late")
    assert _pending(profile, "cases", "late") == []
    item = next(i for i in review.queue(profile.store, tutor_id=SARAH) if i.case_id == "late")
    assert not item.mine and item.claimed_by is None
    with pytest.raises(BadDataError) as err:
        review.claim(profile.store, SARAH, "taken")
    assert err.value.user_message == "Dr Omar Nasser has already claimed this case."


def test_review_validation(profile: Profile) -> None:
    _queue_fixture(profile)
    ok: dict[str, Any] = {"strengths": "Good", "concerns": "Late fluids",
                          "next_steps": "Read WHO PPH", "rubric_score": 4, "decision": "reviewed"}
    with pytest.raises(BadDataError) as err:
        review.save_review(profile.store, SARAH, "late", **ok)
    assert "Claim the case" in err.value.user_message
    review.claim(profile.store, SARAH, "late")
    for bad in ({"decision": "approved"}, {"rubric_score": 0}, {"rubric_score": 6},
                {"rubric_score": True}, {"rubric_score": "4"},
                {"strengths": "", "concerns": " ", "next_steps": ""}):
        with pytest.raises(BadDataError):
            review.save_review(profile.store, SARAH, "late", **{**ok, **bad})
    rid = review.save_review(profile.store, SARAH, "late", **ok)
    again = review.save_review(profile.store, SARAH, "late", **{**ok, "rubric_score": 5})
    assert again == rid and records.get(profile.store.db, "reviews", rid)["rubric_score"] == 5
    assert len(_pending(profile, "reviews", rid)) == 1
    # Claim first, review after: the server needs them in that order.
    order = [r[0] for r in profile.store.db.execute(
        "SELECT kind FROM outbox WHERE state = 'pending' ORDER BY seq")]
    assert order == ["cases", "reviews"]


def test_lost_claim_names_the_holder_and_settles_only_that_conflict(profile: Profile) -> None:
    _queue_fixture(profile)
    _sign_in(profile, OMAR, "tutor")
    review.claim(profile.store, OMAR, "late")
    _answer(profile, {"cases": {"s": "conflict", "cur": {"v": 2, "d": {
        **{k: v for k, v in _case("late").items() if k not in ("id", "version")},
        "status": "in_review", "claimed_by": SARAH, "claimed_at": "2025-03-06T08:00:00Z"}}}})
    # An unrelated edit conflict, which must stay for the user.
    cid = cases.new_draft(profile.store, AMINA, P1)
    _answer(profile)
    cases.save_draft(profile.store, cid, {"title": "mine"})
    _answer(profile, {"cases": {"s": "conflict", "cur": {"v": 3, "d": {
        **{k: v for k, v in _case(cid, status="draft").items() if k not in ("id", "version")}}}}})
    assert len(conflicts.open_conflicts(profile.store)) == 2

    assert review.claim_problem(profile.store, "late", OMAR) == (
        "Dr Sarah Bennett has already claimed this case.")
    [left] = conflicts.open_conflicts(profile.store)
    assert left.record_id == cid
    case = records.get(profile.store.db, "cases", "late")
    assert case["claimed_by"] == SARAH and case["version"] == 2
    assert review.claim_problem(profile.store, "late", OMAR) is None
    assert not next(i for i in review.queue(profile.store) if i.case_id == "late").mine


def test_refused_claim_is_explained_and_closed(profile: Profile) -> None:
    _queue_fixture(profile)
    review.claim(profile.store, OMAR, "late")
    _answer(profile, {"cases": {"s": "rejected", "e": "forbidden: this case is for emergency tutors"}})
    assert review.claim_problem(profile.store, "late", OMAR) == (
        "You could not claim this case: this case is for emergency tutors.")
    assert profile.store.db.execute(
        "SELECT local_state FROM cases WHERE id = 'late'").fetchone()[0] == "synced"
    assert profile.store.db.execute(
        "SELECT count(*) FROM outbox WHERE state = 'rejected'").fetchone()[0] == 0


# -- discussions ------------------------------------------------------------------------------

def _post(pid: str, thread: str, author: str, body: str, created: str = "2025-03-01T09:00:00Z",
          quote: str | None = None) -> dict[str, Any]:
    return {"id": pid, "version": 1, "thread_id": thread, "author_id": author, "body_md": body,
            "quote_post_id": quote, "created_at": created}


def test_new_since_visit_follows_arrival_not_the_authors_clock(profile: Profile) -> None:
    store = profile.store
    _sign_in(profile, AMINA, "trainee")
    cid = cases.new_draft(store, AMINA, P1)
    thread = discussions.threads_for_case(store, cid)[0]["id"]
    _answer(profile)
    _server_put(profile, "posts", _post("a", thread, SARAH, "First question"))
    assert discussions.new_since_visit(store, thread) == {"a"}
    assert cases.my_cases(store, AMINA)[0]["new_replies"] == 1
    discussions.mark_visited(store, thread)
    assert discussions.new_since_visit(store, thread) == set()
    # Written offline long ago, arriving now: still new.
    _server_put(profile, "posts", _post("b", thread, KHADRA, "Old but new", "2020-01-01T00:00:00Z"))
    mine = discussions.reply(store, AMINA, thread, "Thanks", quote_post_id="a")
    assert discussions.new_since_visit(store, thread) == set()  # replying means you read it
    _server_put(profile, "posts", _post("c", thread, SARAH, "One more"))
    assert discussions.new_since_visit(store, thread) == {"c"}
    posts = {p["id"]: p for p in discussions.thread_posts(store, thread)}
    assert posts[mine]["local_state"] == "pending" and posts[mine]["error"] is None
    assert posts[mine]["quote"]["text"] == "First question"
    assert posts[mine]["quote"]["author_name"] == "Dr Sarah Bennett"
    assert posts["c"]["new"] and not posts["a"]["new"]
    assert discussions.threads_for_case(store, cid)[0]["new_posts"] == 1


def test_course_threads_and_topics(profile: Profile) -> None:
    tid = discussions.start_course_thread(profile.store, {"id": AMINA}, "course-1", P1,
                                          "Shock index", "How do I calculate it?")
    [t] = discussions.course_threads(profile.store, "course-1")
    assert (t["id"], t["title"], t["posts"], t["created_by_name"]) == (
        tid, "Shock index", 1, "Amina Warsame")
    assert discussions.course_threads(profile.store, "course-2") == []
    with pytest.raises(BadDataError):
        discussions.start_course_thread(profile.store, AMINA, "course-1", P1, " ", "body")


def test_rejected_post_keeps_its_reason_and_can_be_resent(profile: Profile) -> None:
    store = profile.store
    _server_put(profile, "threads", {"id": "t1", "kind": "course", "case_id": None,
                                     "course_id": "c", "partnership_id": P1, "title": "T",
                                     "created_by": SARAH, "created_at": "2025-03-01T08:00:00Z"})
    pid = discussions.reply(store, AMINA, "t1", "My reply", quote_post_id="elsewhere")
    _answer(profile, {"posts": {"s": "rejected",
                                "e": "invalid: the quoted post is not in this discussion"}})
    [rej] = discussions.rejected_posts(store)
    assert rej["id"] == pid and rej["error"] == "invalid: the quoted post is not in this discussion"
    [post] = discussions.thread_posts(store, "t1")
    assert post["local_state"] == "rejected" and "quoted post" in post["error"]
    assert notices.nav_counts(store, AMINA)["rejected"] == 1

    assert discussions.resend(store, pid, "My reply, edited", keep_quote=False) == pid
    assert discussions.rejected_posts(store) == []
    [post] = discussions.thread_posts(store, "t1")
    assert (post["local_state"], post["body_md"], post["quote_post_id"]) == (
        "pending", "My reply, edited", None)
    old = store.db.execute("SELECT state, error FROM outbox WHERE kind = 'posts' ORDER BY seq"
                           ).fetchall()
    assert old[0] == ("done", "invalid: the quoted post is not in this discussion")
    assert old[1] == ("pending", None)
    with pytest.raises(BadDataError):
        discussions.resend(store, pid, "again")  # only a rejected post can be resent


# -- notices ------------------------------------------------------------------------------------

def test_after_sync_tells_each_piece_of_news_once(profile: Profile) -> None:
    store = profile.store
    _sign_in(profile, AMINA, "trainee")
    cid = cases.new_draft(store, AMINA, P1)
    cases.save_draft(store, cid, {"title": "Eclampsia"})
    cases.submit(store, cid)
    thread = discussions.threads_for_case(store, cid)[0]["id"]
    _answer(profile)
    notices.after_sync(store, profile.user)  # whatever was there before
    for n in range(3):
        _server_put(profile, "posts", _post(f"r{n}", thread, SARAH, f"reply {n}"))
    v = records.get(store.db, "cases", cid)["version"]
    _server_put(profile, "cases", dict(records.get(store.db, "cases", cid), version=v + 1,
                                       status="reviewed", claimed_by=SARAH))
    assert notices.after_sync(store, profile.user) == [
        "3 new replies to your cases", "Your case 'Eclampsia' was reviewed"]
    assert notices.after_sync(store, profile.user) == []
    assert notices.nav_counts(store, AMINA) == {"cases": 3, "cards": 0, "review": 0, "conflicts": 0,
                                                "rejected": 0}
    discussions.mark_visited(store, thread)
    assert notices.nav_counts(store, AMINA)["cases"] == 0


def test_tutors_hear_about_cases_waiting_in_their_field(profile: Profile) -> None:
    _sign_in(profile, SARAH, "tutor")
    assert notices.after_sync(profile.store, SARAH) == []
    _server_put(profile, "cases", _case("e1"))
    _server_put(profile, "cases", _case("e2", specialism="obstetrics"))
    _server_put(profile, "cases", _case("paed", specialism="paediatrics", partnership=P2))
    _server_put(profile, "cases", _case("claimed", status="in_review", claimed_by=OMAR))
    assert notices.after_sync(profile.store, SARAH) == ["2 cases waiting for review"]
    assert notices.nav_counts(profile.store, SARAH)["review"] == 2
    # Omar: the paediatric case waits in his field, and the case he claimed needs his review.
    assert notices.nav_counts(profile.store, OMAR)["review"] == 2
    omar = review.queue_summary(profile.store, OMAR)
    assert (omar.waiting, omar.mine, omar.to_do) == (1, 1, 2)
    sarah = review.queue_summary(profile.store, SARAH)
    assert (sarah.waiting, sarah.mine, sarah.others, sarah.outside) == (2, 0, 1, 1)
    assert notices.after_sync(profile.store, SARAH) == []
