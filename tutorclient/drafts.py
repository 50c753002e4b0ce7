"""A draft's life before it is sent: editing an attached picture, deleting the draft.

Both only ever act on what has not left the device. A picture whose bytes or
record may have reached the server cannot be edited (the unedited copy would
already be there); a draft case is deleted here at once and, if it was
synced, on the server at the next sync (the server deletes its discussion and
files with it: ``sync/server/rules.py`` and ``writes.py``).

Files that never left the device are overwritten before they are unlinked, so
an unedited photo does not linger in the blob cache's free blocks (best
effort: a journaling or flash file system may keep older copies).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, Sequence

from sync import protocol
from sync.errors import BadDataError

from . import image_edits
from .cases import DRAFT, AttachmentInfo, _case, _AUTHOR_EDITABLE
from .outbox import now_iso, record_change
from .store import BlobCache, Store, records
from .store.blobs import sha256_bytes

#: Why an attached picture cannot be edited any more.
ALREADY_SENT = ("This picture has already been sent (or started to send), so it can no longer "
                "be changed here. Remove it, and add an edited copy if the tutors need one.")


def _shred(path: Path) -> None:
    """Overwrite a file with zeros, then unlink it (best effort, see the module notes)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(b"\0" * size)
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
    except FileNotFoundError:
        pass


def _attempted(db: Any, kind: str, record_ids: Sequence[str]) -> bool:
    """Whether any op of these records may have reached the server."""
    if not record_ids:
        return False
    marks = ", ".join("?" for _ in record_ids)
    return db.execute(
        f"SELECT EXISTS (SELECT 1 FROM outbox WHERE kind = ? AND record_id IN ({marks}) "
        "AND (state != 'pending' OR attempts > 0))", [kind, *record_ids]).fetchone()[0] == 1


def picture_editable(db: Any, attachment: dict[str, Any],
                     upload_started: Callable[[str], bool] | None = None) -> bool:
    """True while neither the picture's record nor any of its bytes has left the device."""
    state = db.execute("SELECT state FROM blobs WHERE sha256 = ?",
                       [attachment["sha256"]]).fetchone()
    return (attachment.get("version") is None and state is not None and state[0] == "upload"
            and not _attempted(db, "attachments", [attachment["id"]])
            and not (upload_started and upload_started(attachment["sha256"])))


def _editable_picture(db: Any, attachment_id: str,
                      upload_started: Callable[[str], bool] | None) -> dict[str, Any]:
    att = records.get(db, "attachments", attachment_id)
    if att is None:
        raise BadDataError(f"No attachment {attachment_id}",
                           user_message="This picture is no longer attached to the case.")
    if att.get("role") != "image":
        raise BadDataError("not a picture", user_message="Only pictures can be cropped or blurred.")
    if att.get("owner_kind") == "cases" and _case(db, att["owner_id"])["status"] not in _AUTHOR_EDITABLE:
        raise BadDataError("case is with a tutor", user_message=(
            "A tutor is reviewing this case; its pictures cannot be changed until the review is back."))
    if not picture_editable(db, att, upload_started):
        raise BadDataError(f"attachment {attachment_id} already sent", user_message=ALREADY_SENT)
    return att


def edit_attachment(store: Store, blobs: BlobCache, attachment_id: str,
                    edits: Sequence[image_edits.Edit], *, jpeg_quality: int = 80,
                    upload_started: Callable[[str], bool] | None = None) -> AttachmentInfo:
    """Crop or blur a picture that has not been sent: the edited copy replaces it.

    The record (and its unsent op) then names the edited file, in one
    transaction; the unedited file is overwritten and removed. ``upload_started``
    tells whether an upload of a hash has begun (its bytes may be on the server).
    """
    att = _editable_picture(store.db, attachment_id, upload_started)
    old_sha = att["sha256"]
    edited = image_edits.edit_image(blobs.read(old_sha), edits, jpeg_quality=jpeg_quality)
    sha, size = sha256_bytes(edited.data), len(edited.data)
    blobs.put(edited.data, sha)  # bytes first: a row never points at a missing file
    stem = Path(att["filename"]).stem
    with store.write() as db:
        # Checked again: a sync may have sent it while the pixels were worked on.
        att = _editable_picture(db, attachment_id, upload_started)
        if att["sha256"] != old_sha:
            raise BadDataError("picture changed meanwhile",
                               user_message="This picture changed meanwhile; open it again.")
        db.execute(
            "INSERT INTO blobs (sha256, size, mime, priority, state, updated_at) "
            "VALUES (?, ?, ?, 60, 'upload', ?) ON CONFLICT(sha256) DO NOTHING",
            [sha, size, edited.mime, now_iso()])
        record_change(db, "attachments", attachment_id, {
            "sha256": sha, "size": size, "mime": edited.mime,
            "filename": stem + edited.extension})
        unused = _drop_unused_blobs(db, [old_sha])
    for old in unused:
        _shred(blobs.path(old))
    return AttachmentInfo(attachment_id, sha, stem + edited.extension, edited.mime, size,
                          att["size"], edited.width, edited.height)


def _drop_unused_blobs(db: Any, shas: Sequence[str]) -> list[str]:
    """Forget blobs no attachment names any more; returns their hashes."""
    gone = []
    for sha in dict.fromkeys(shas):
        if db.execute("SELECT count(*) FROM attachments WHERE sha256 = ?", [sha]).fetchone()[0]:
            continue
        db.execute("DELETE FROM blobs WHERE sha256 = ?", [sha])
        gone.append(sha)
    return gone


def _children(db: Any, case_id: str) -> dict[str, list[str]]:
    threads = [r[0] for r in db.execute("SELECT id FROM threads WHERE case_id = ?", [case_id])]
    marks = ", ".join("?" for _ in threads) or "NULL"
    return {
        "attachments": [r[0] for r in db.execute(
            "SELECT id FROM attachments WHERE owner_kind = 'cases' AND owner_id = ?", [case_id])],
        "posts": [r[0] for r in db.execute(
            f"SELECT id FROM posts WHERE thread_id IN ({marks})", threads)],
        "threads": threads,
    }


def _unqueue(db: Any, kind: str, rid: str) -> None:
    """Drop what is queued, in conflict or held for a record (never the sent history)."""
    db.execute("DELETE FROM conflicts WHERE kind = ? AND record_id = ?", [kind, rid])
    db.execute("DELETE FROM outbox WHERE kind = ? AND record_id = ? AND state != 'done'",
               [kind, rid])
    db.execute("DELETE FROM privacy_holds WHERE kind = ? AND record_id = ?", [kind, rid])


def delete_draft(store: Store, blobs: BlobCache, case_id: str) -> bool:
    """Delete a draft case with its files and discussion; True if the server must be told.

    A draft that never left the device is simply removed. One that was synced
    is removed here and a delete op is queued: the server then deletes it with
    its discussion and files, and the author's other devices follow.
    """
    with store.write() as db:
        case = _case(db, case_id)
        if case["status"] != DRAFT:
            raise BadDataError(f"case {case_id} is {case['status']}", user_message=(
                "Only drafts can be deleted. This case has been sent to the tutors."))
        mine = db.execute("SELECT state, attempts FROM outbox WHERE kind = 'cases' "
                          "AND record_id = ? AND state != 'done'", [case_id]).fetchall()
        if any(state == "conflict" for state, _n in mine):
            raise BadDataError("case in conflict", user_message=(
                "This draft was also changed on another computer. Choose which version to "
                "keep first (Decide… in the notice), then delete it."))
        if any(state == "pending" and attempts for state, attempts in mine):
            raise BadDataError("case op in flight", user_message=(
                "This draft is being sent right now. Delete it when the sync has finished."))
        children = _children(db, case_id)
        shas = [records.get(db, "attachments", a)["sha256"]  # type: ignore[index]
                for a in children["attachments"]]
        for kind in ("posts", "attachments", "threads"):
            # The server deletes these with the case; unsent, they never existed there.
            for rid in children[kind]:
                _unqueue(db, kind, rid)
                records.delete(db, kind, rid)
        synced = case.get("version") is not None
        _unqueue(db, "cases", case_id)  # unsent edits too: the delete supersedes them
        if synced:
            # Queued on the version the server last confirmed (the row's version).
            record_change(db, "cases", case_id, {}, action=protocol.DELETE)
        else:
            records.delete(db, "cases", case_id)
        db.execute("DELETE FROM discussion_visits WHERE thread_id IN (SELECT value FROM "
                   "json_each(?))", [protocol.dumps(children["threads"]).decode()])
        unsent = {r[0] for r in db.execute("SELECT sha256 FROM blobs WHERE state = 'upload'")}
        gone = _drop_unused_blobs(db, shas)
    for sha in gone:
        # Never sent: overwrite; sent: the server has it, removing the cache copy suffices.
        _shred(blobs.path(sha)) if sha in unsent else blobs.remove(sha)
    return synced


def uploads_begun(profile_dir: Path) -> Callable[[str], bool]:
    """Whether an upload of a hash has begun from this profile (its resumable-upload
    state names it): some of its bytes may already be on the server."""
    import json

    from .syncstore import upload_state_path

    try:
        keys = " ".join(json.loads(upload_state_path(profile_dir).read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        keys = ""
    return lambda sha: sha in keys


def picture_for_editing(store: Store, blobs: BlobCache, attachment_id: str,
                        upload_started: Callable[[str], bool] | None = None
                        ) -> image_edits.EditorImages:
    """An attached, unsent picture as the edit dialog shows it; refused once sent."""
    att = _editable_picture(store.db, attachment_id, upload_started)
    return image_edits.editor_images(blobs.read(att["sha256"]))


def editable_pictures(store: Store, case_id: str,
                      upload_started: Callable[[str], bool] | None = None) -> set[str]:
    """Ids of the case's pictures that can still be cropped or blurred (not sent)."""
    db = store.db
    out = set()
    for (aid,) in db.execute("SELECT id FROM attachments WHERE owner_kind = 'cases' "
                             "AND owner_id = ? AND role = 'image'", [case_id]).fetchall():
        att = records.get(db, "attachments", aid)
        if att is not None and picture_editable(db, att, upload_started):
            out.add(aid)
    return out
