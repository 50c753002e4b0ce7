"""Cases end to end on a live server: a trainee's case with a photo, a tutor's review
written offline, lost claims, revision rounds, two devices on one draft, and a refused post.

No UI: the same core calls the screens make, on real profiles, through real syncs.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from sync.server.admin import Admin
from sync.server.settings import Settings
from tutorclient import cases, cli, conflicts, discussions, notices, privacy, review
from tutorclient.session import Profile

GPS_IFD, EXIF_IFD, BODY_SERIAL = 0x8825, 0x8769, 0xA431
HANA = ("dr.hana", "demo-dr.hana-pass")


def _gps_photo(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x0110] = "Clinic Phone 9"
    exif[0x0112] = 6
    exif.get_ifd(EXIF_IFD).update({BODY_SERIAL: "SN-0042-XYZ", 0x9003: "2025:03:12 09:41:00"})
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (9.0, 33.0, 36.0), 3: "E", 4: (44.0, 3.0, 54.0)})
    Image.new("RGB", (2400, 1600), (180, 40, 40)).save(path, "JPEG", exif=exif.tobytes(),
                                                        comment=b"bed 4")
    assert Image.open(path).getexif().get_ifd(GPS_IFD)  # the fixture really has GPS
    return path


def _assert_clean(data: bytes) -> None:
    img = Image.open(io.BytesIO(data))
    assert len(img.getexif()) == 0 and img.getexif().get_ifd(GPS_IFD) == {}
    assert "exif" not in img.info and "comment" not in img.info
    assert b"SN-0042" not in data and b"Clinic Phone" not in data
    assert max(img.size) <= 1280


def _sync_ok(p: Profile) -> None:
    summary = p.sync()
    assert summary.result == "ok", summary
    assert summary.rejected == 0 and summary.conflicts == 0, summary


@pytest.fixture
def hana(server: str, server_settings: Settings, make_client, tmp_home: Path):
    """A second Somaliland emergency tutor (dr.omar works in Palestine only)."""
    admin = Admin(server_settings)
    admin.create_user(HANA[0], HANA[1], "tutor", ["somaliland"], ["emergency"],
                      "Dr Hana Ismail (test tutor)")
    admin.close()
    profile = Profile(tmp_home / "profiles" / "hana")
    profile.login(server, *HANA)
    yield profile
    profile.close()


def _new_case(p: Profile, title: str, **fields: str) -> str:
    me = p.user
    cid = cases.new_draft(p.store, me["id"], me["partnerships"][0], "emergency")
    cases.save_draft(p.store, cid, {"title": title, "presenting_complaint": "Bleeding after birth",
                                    "question": "When should I have referred?", **fields})
    return cid


def test_case_review_reply_and_a_lost_claim(server, make_client, hana, server_settings) -> None:
    amina = make_client("amina", server)
    sarah = make_client("dr.sarah", server)
    for p in (amina, sarah, hana):
        _sync_ok(p)
        notices.after_sync(p.store, p.user)  # the demo's news, told at first sign-in

    # The trainee writes the case offline, with a phone photo that knows where it was taken.
    cid = _new_case(amina, "PPH after home birth", history="Para 3, EBL 1200 mL, BP 90/60.")
    info = cases.add_attachment(amina.store, amina.blobs, cid,
                                _gps_photo(amina.dir.parent / "IMG_0001.jpg"))
    assert privacy.find_identifiers(cases.case_text(cases.case_detail(amina.store, cid))) == []
    cases.submit(amina.store, cid)
    assert cases.display_status(amina.store, cid) == "waiting_to_send"
    assert cases.upload_size(amina.store, cid) > info.size
    _sync_ok(amina)
    assert cases.display_status(amina.store, cid) == "submitted"
    assert cases.upload_size(amina.store, cid) == 0

    # What reached the server carries no location, device or time.
    _assert_clean(server_settings.blob_store.read_bytes(info.sha256))

    # Both tutors see it waiting; the second one syncs before anyone has claimed it.
    _sync_ok(hana)
    assert cid in [i.case_id for i in review.queue(hana.store, statuses=("submitted",))]
    _sync_ok(sarah)
    [item] = [i for i in review.queue(sarah.store) if i.case_id == cid]
    assert item.status == "submitted" and item.author_name.startswith("Amina")
    assert "1 case waiting for review" in notices.after_sync(sarah.store, sarah.user)
    _assert_clean(sarah.blobs.read(info.sha256))  # the tutor's download, checked too

    # Dr Sarah claims and reviews offline, then syncs once.
    me = sarah.user["id"]
    review.claim(sarah.store, me, cid)
    rid = review.save_review(sarah.store, me, cid, strengths="Fast recognition",
                             concerns="Second IV line late", next_steps="Practise the PPH drill",
                             rubric_score=4, decision="reviewed")
    _sync_ok(sarah)
    assert review.claim_problem(sarah.store, cid, me) is None
    detail = cases.case_detail(sarah.store, cid)
    assert detail["status"] == "reviewed" and detail["claimed_by"] == me

    # Dr Hana claims later, offline, from her stale copy: she is told who has it.
    review.claim(hana.store, hana.user["id"], cid)
    summary = hana.sync()
    assert summary.conflicts == 1
    assert review.claim_problem(hana.store, cid, hana.user["id"]) == (
        "Dr Sarah Bennett (demo tutor) has already claimed this case.")
    assert conflicts.open_conflicts(hana.store) == []
    assert cases.case_detail(hana.store, cid)["claimed_by"] == me
    _sync_ok(hana)  # nothing left hanging

    # The trainee sees the review and the new status, and replies in the case's discussion.
    _sync_ok(amina)
    detail = cases.case_detail(amina.store, cid)
    assert detail["status"] == detail["display_status"] == "reviewed"
    [rev] = detail["reviews"]
    assert rev["id"] == rid and rev["tutor_name"] == "Dr Sarah Bennett (demo tutor)"
    assert rev["rubric_score"] == 4 and rev["concerns"] == "Second IV line late"
    assert f"Your case '{detail['title']}' was reviewed" in notices.after_sync(amina.store, amina.user)
    pid = discussions.reply(amina.store, amina.user["id"], detail["thread_id"],
                            "Thank you, I will practise the drill.")
    _sync_ok(amina)
    _sync_ok(sarah)
    posts = discussions.thread_posts(sarah.store, detail["thread_id"])
    assert [p["id"] for p in posts] == [pid] and posts[0]["local_state"] == "synced"
    assert discussions.new_since_visit(sarah.store, detail["thread_id"]) == {pid}
    assert [a["sha256"] for a in posts[0]["case_attachments"]] == [info.sha256]


def test_revision_round_returns_the_case_to_the_queue(server, make_client) -> None:
    amina = make_client("amina", server)
    sarah = make_client("dr.sarah", server)
    cid = _new_case(amina, "Sepsis in a newborn")
    cases.submit(amina.store, cid)
    _sync_ok(amina)
    _sync_ok(sarah)
    me = sarah.user["id"]
    review.claim(sarah.store, me, cid)
    review.save_review(sarah.store, me, cid, strengths="Clear history", concerns="No vitals",
                       next_steps="Add the observations", rubric_score=2,
                       decision="revision_requested")
    _sync_ok(sarah)

    _sync_ok(amina)
    assert cases.display_status(amina.store, cid) == "revision_requested"
    lines = notices.after_sync(amina.store, amina.user)
    assert any("asked for changes" in line for line in lines)
    cases.save_draft(amina.store, cid, {"examination": "HR 180, T 38.9, CRT 4 s"})
    cases.resubmit(amina.store, cid)
    assert cases.display_status(amina.store, cid) == "waiting_to_send"
    _sync_ok(amina)
    assert cases.display_status(amina.store, cid) == "submitted"

    _sync_ok(sarah)
    [item] = [i for i in review.queue(sarah.store) if i.case_id == cid]
    assert item.status == "submitted" and item.mine
    case = cases.case_detail(sarah.store, cid)
    assert case["examination"] == "HR 180, T 38.9, CRT 4 s" and len(case["reviews"]) == 1


def test_two_devices_editing_one_draft_meet_as_a_conflict(server, make_client, tmp_home) -> None:
    laptop = make_client("amina", server, device="laptop")
    clinic = make_client("amina", server, device="clinic-pc")
    cid = _new_case(laptop, "Draft on two devices")
    _sync_ok(laptop)
    _sync_ok(clinic)
    assert cases.display_status(clinic.store, cid) == "draft"

    cases.save_draft(laptop.store, cid, {"history": "Written on the laptop"})
    cases.save_draft(clinic.store, cid, {"history": "Written at the clinic"})
    _sync_ok(laptop)
    assert clinic.sync().conflicts == 1
    [c] = conflicts.open_conflicts(clinic.store)
    assert c.kind == "cases" and c.record_id == cid
    assert c.local["history"] == "Written at the clinic"
    assert c.server["history"] == "Written on the laptop"

    # The status command counts it for scripts and support.
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli.main(["--profile", str(clinic.dir), "status", "--json"])
    assert json.loads(out.getvalue())["conflicts"] == 1

    conflicts.resolve(clinic.store, c.id, "merged",
                      {"history": "Written on the laptop. Written at the clinic"})
    _sync_ok(clinic)
    _sync_ok(laptop)
    for p in (laptop, clinic):
        assert cases.case_detail(p.store, cid)["history"] == (
            "Written on the laptop. Written at the clinic")
        assert conflicts.open_conflicts(p.store) == []


def test_refused_post_keeps_its_reason_and_is_resent(server, make_client) -> None:
    amina = make_client("amina", server)
    _sync_ok(amina)
    cid = _new_case(amina, "Refused reply")
    cases.submit(amina.store, cid)
    _sync_ok(amina)
    thread = cases.case_detail(amina.store, cid)["thread_id"]
    other = amina.store.db.execute(
        "SELECT id FROM posts WHERE thread_id != ? LIMIT 1", [thread]).fetchone()[0]
    pid = discussions.reply(amina.store, amina.user["id"], thread, "As said above", other)
    summary = amina.sync()
    assert summary.rejected == 1

    [rej] = discussions.rejected_posts(amina.store)
    assert rej["id"] == pid and "quoted post" in rej["error"]
    [post] = discussions.thread_posts(amina.store, thread)
    assert post["local_state"] == "rejected" and post["error"] == rej["error"]
    assert amina.sync().rejected == 0  # kept, not retried blindly, not dropped
    assert [p["id"] for p in discussions.thread_posts(amina.store, thread)] == [pid]

    discussions.resend(amina.store, pid, "As Dr Sarah said in the course topic", keep_quote=False)
    _sync_ok(amina)
    [post] = discussions.thread_posts(amina.store, thread)
    assert (post["id"], post["local_state"], post["body_md"]) == (
        pid, "synced", "As Dr Sarah said in the course topic")
    assert discussions.rejected_posts(amina.store) == []
