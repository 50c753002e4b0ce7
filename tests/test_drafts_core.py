"""Editing a draft's picture before it is sent, and deleting drafts (tutorclient/drafts.py).

Real profiles; the last test syncs with a live server and reads the server's
SQLite file to see the draft, its discussion and its file deleted there.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image
from test_cases_core import AMINA, P1, _answer, profile  # noqa: F401  (fixture)
from test_image_edits import FACE, detail_variance, photo_like

from sync.errors import BadDataError
from sync.server.settings import Settings
from tutorclient import cases, drafts
from tutorclient import image_edits as ie
from tutorclient.session import Profile


def _photo(path: Path) -> Path:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    photo_like().save(path, "JPEG", quality=95, exif=exif)
    return path


def _blob_files(p: Profile) -> set[str]:
    roots = (p.blobs.root, p.blobs.private.root)  # course files, and this profile's own
    return {f.name for root in roots for f in root.glob("??/*") if f.is_file()}


def _outbox(p: Profile) -> list[tuple[str, str, str]]:
    return p.store.db.execute("SELECT kind, record_id, action FROM outbox WHERE state = 'pending' "
                              "ORDER BY seq").fetchall()


def test_picture_added_with_edits_never_stores_the_unedited_one(profile: Profile, tmp_path: Path):
    cid = cases.new_draft(profile.store, AMINA, P1)
    photo = _photo(tmp_path / "IMG_2001.jpg")
    preview = cases.picture_preview(photo, 1024)
    assert preview is not None and (preview.width, preview.height) == (1024, 768)
    info = cases.add_attachment(profile.store, profile.blobs, cid, photo, max_side=1024,
                                jpeg_quality=75, edits=[ie.blur_rect(FACE), ie.crop((300, 100, 800, 600))])
    assert (info.width, info.height) == (500, 500)
    assert _blob_files(profile) == {info.sha256}  # only the edited picture is kept
    stored = Image.open(io.BytesIO(profile.blobs.read(info.sha256)))
    assert not stored.getexif()
    face = (FACE[0] - 300, FACE[1] - 100, FACE[2] - 300, FACE[3] - 100)
    assert detail_variance(stored.crop(face)) < detail_variance(photo_like().crop(FACE)) / 50
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert cases.picture_preview(pdf, 1024) is None  # a PDF is added as it is


def test_unsent_picture_is_replaced_by_its_edit_and_the_original_shredded(profile: Profile,
                                                                          tmp_path: Path):
    cid = cases.new_draft(profile.store, AMINA, P1)
    info = cases.add_attachment(profile.store, profile.blobs, cid, _photo(tmp_path / "a.jpg"),
                                max_side=1024)
    original = profile.blobs.path(info.sha256)
    edited = drafts.edit_attachment(profile.store, profile.blobs, info.id, [ie.blur_rect(FACE)])
    assert edited.sha256 != info.sha256 and not original.exists()
    assert _blob_files(profile) == {edited.sha256}
    # One op still: the unsent create now names the edited file.
    payloads = profile.store.db.execute(
        "SELECT json_extract(payload, '$.sha256') FROM outbox WHERE kind = 'attachments'").fetchall()
    assert payloads == [(edited.sha256,)]
    assert profile.store.db.execute("SELECT sha256 FROM blobs").fetchall() == [(edited.sha256,)]
    # An upload that has begun, or an op that went out, ends the editing.
    with pytest.raises(BadDataError) as err:
        drafts.edit_attachment(profile.store, profile.blobs, info.id, [ie.blur_rect(FACE)],
                               upload_started=lambda sha: sha == edited.sha256)
    assert "already been sent" in err.value.user_message
    _answer(profile)
    with pytest.raises(BadDataError):
        drafts.edit_attachment(profile.store, profile.blobs, info.id, [ie.blur_rect(FACE)])
    assert _blob_files(profile) == {edited.sha256}


def test_draft_that_never_left_the_device_is_simply_removed(profile: Profile, tmp_path: Path):
    keep = cases.new_draft(profile.store, AMINA, P1)
    cid = cases.new_draft(profile.store, AMINA, P1)
    cases.save_draft(profile.store, cid, {"title": "Mrs Fatima Hassan, burns"})  # held too
    info = cases.add_attachment(profile.store, profile.blobs, cid, _photo(tmp_path / "b.jpg"))
    assert drafts.delete_draft(profile.store, profile.blobs, cid) is False
    db = profile.store.db
    assert db.execute("SELECT count(*) FROM cases WHERE id = ?", [cid]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM threads WHERE case_id = ?", [cid]).fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM privacy_holds").fetchone()[0] == 0
    assert not profile.blobs.has(info.sha256) and _blob_files(profile) == set()
    # Nothing about it is left to send; the other draft's ops are untouched.
    assert {r[1] for r in _outbox(profile)} == {keep, *(r[0] for r in db.execute(
        "SELECT id FROM threads WHERE case_id = ?", [keep]))}


def test_synced_draft_is_deleted_here_and_queued_for_the_server(profile: Profile):
    cid = cases.new_draft(profile.store, AMINA, P1)
    _answer(profile)  # the draft reached the server
    cases.save_draft(profile.store, cid, {"title": "an edit not sent yet"})
    assert drafts.delete_draft(profile.store, profile.blobs, cid) is True
    assert _outbox(profile) == [("cases", cid, "del")]  # the unsent edit is superseded
    base = profile.store.db.execute("SELECT base_version FROM outbox WHERE state = 'pending'").fetchone()
    assert base == (1,)
    assert profile.store.db.execute("SELECT count(*) FROM threads").fetchone()[0] == 0


def test_only_drafts_are_deleted_and_not_while_being_sent(profile: Profile):
    cid = cases.new_draft(profile.store, AMINA, P1)
    cases.save_draft(profile.store, cid, {"title": "Chest pain", "question": "ECG?"})
    profile.store.db.execute("UPDATE outbox SET attempts = 1 WHERE kind = 'cases'")
    with pytest.raises(BadDataError) as err:
        drafts.delete_draft(profile.store, profile.blobs, cid)
    assert "being sent" in err.value.user_message
    _answer(profile)
    cases.submit(profile.store, cid)
    with pytest.raises(BadDataError) as err:
        drafts.delete_draft(profile.store, profile.blobs, cid)
    assert "Only drafts" in err.value.user_message


def test_deleted_draft_is_deleted_on_the_live_server(server: str, server_settings: Settings,
                                                     make_client, tmp_path: Path):
    amina = make_client("amina", server)
    laptop = make_client("amina", server, device="amina-laptop")
    cid = cases.new_draft(amina.store, amina.user["id"], amina.user["partnerships"][0])
    cases.save_draft(amina.store, cid, {"title": "Scald in a toddler"})
    att = cases.add_attachment(amina.store, amina.blobs, cid, _photo(tmp_path / "c.jpg"))
    assert amina.sync().result == "ok"
    assert laptop.sync().result == "ok"
    assert laptop.store.db.execute("SELECT count(*) FROM cases WHERE id = ?", [cid]).fetchone()[0]

    assert drafts.delete_draft(amina.store, amina.blobs, cid) is True
    summary = amina.sync()
    assert summary.result == "ok" and summary.rejected == 0 and summary.conflicts == 0, summary

    db = sqlite3.connect(Path(server_settings.data_dir) / "tutorclient.sqlite3")
    rows = dict(((k, i), d) for k, i, d in db.execute(
        "SELECT kind, id, deleted FROM records WHERE id IN (?, ?)", [cid, att.id]))
    assert rows[("cases", cid)] == 1 and rows[("attachments", att.id)] == 1
    assert not db.execute("SELECT count(*) FROM blob_refs WHERE sha256 = ?", [att.sha256]).fetchone()[0]
    threads = db.execute("SELECT deleted FROM records WHERE kind = 'threads' AND parent_id = ?",
                         [cid]).fetchall()
    assert threads == [(1,)]
    db.close()
    # The author's other computer follows at its next sync.
    assert laptop.sync().result == "ok"
    assert laptop.store.db.execute("SELECT count(*) FROM cases WHERE id = ?", [cid]).fetchone()[0] == 0
    assert laptop.store.db.execute("SELECT count(*) FROM attachments WHERE id = ?",
                                   [att.id]).fetchone()[0] == 0
    assert laptop.store.db.execute("SELECT count(*) FROM threads WHERE case_id = ?",
                                   [cid]).fetchone()[0] == 0
