"""A trainee's clinical cases: drafts that autosave, photos made safe, submission.

Every change goes through :func:`tutorclient.outbox.record_change`, so a case
is written and queued in one transaction, works offline and survives a crash.
Autosaves of a draft that has not been sent yet merge into one outbox entry:
a trainee typing for an hour sends one op, not hundreds, over 2G.

Photos are re-encoded from their pixels by :func:`tutorclient.privacy.prepare_image`
before they touch the blob cache; the original file is never stored or sent.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from sync.errors import BadDataError
from sync.protocol import new_record_id

from . import image_edits, privacy
from .discussions import display_names, new_counts
from .texts import N_
from .outbox import now_iso, record_change
from .store import BlobCache, Store, records
from .store.blobs import CHUNK, sha256_bytes

CASE_TEXT_FIELDS = ("title", "presenting_complaint", "history", "examination",
                    "investigations", "question")
EDITABLE_FIELDS = frozenset(CASE_TEXT_FIELDS) | {"specialism"}
MAX_PDF_BYTES = 10 * 1024 * 1024
#: A photo's file before re-encoding; Pillow decodes it whole, so refuse bigger ones unread.
MAX_IMAGE_BYTES = 30 * 1024 * 1024
#: Bytes an op costs on the wire beyond its payload (envelope, ids, result).
OP_OVERHEAD = 160

DRAFT, WAITING, SUBMITTED = "draft", "waiting_to_send", "submitted"
IN_REVIEW, REVIEWED, REVISION = "in_review", "reviewed", "revision_requested"
STATUS_LABELS = {
    DRAFT: N_("Draft (only you can see it)"),
    WAITING: N_("Waiting to send"),
    SUBMITTED: N_("Sent, waiting for a tutor"),
    IN_REVIEW: N_("A tutor is reviewing it"),
    REVIEWED: N_("Reviewed"),
    REVISION: N_("The tutor asked for changes"),
}
#: Shown instead of the status while the identifier check holds the case on this device.
HELD_LABEL = N_("Held on this computer: it may identify the patient. Open it to check.")
#: Statuses in which the author may still change the case (the server agrees).
_AUTHOR_EDITABLE = (DRAFT, SUBMITTED, REVISION)


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    sha256: str
    filename: str
    mime: str
    size: int
    original_size: int
    width: int | None
    height: int | None


def _case(db: Any, case_id: str) -> dict[str, Any]:
    case = records.get(db, "cases", case_id)
    if case is None:
        raise BadDataError(f"No case {case_id}", user_message="This case no longer exists.")
    return case


def new_draft(store: Store, author_id: str, partnership_id: str, specialism: str = "") -> str:
    """Create a draft case and its discussion; returns the case id."""
    case_id = new_record_id(author_id)
    stamp = now_iso()
    with store.write() as db:
        record_change(db, "cases", case_id, {
            "author_id": author_id, "partnership_id": partnership_id, "specialism": specialism,
            "title": "", "presenting_complaint": "", "history": "", "examination": "",
            "investigations": "", "question": "", "status": DRAFT, "claimed_by": None,
            "claimed_at": None, "created_at": stamp, "updated_at": stamp})
        # The case's one discussion is started by its author, under the author's id.
        record_change(db, "threads", new_record_id(author_id), {
            "kind": "case", "case_id": case_id, "course_id": None,
            "partnership_id": partnership_id, "title": "Case discussion",
            "created_by": author_id, "created_at": stamp})
    return case_id


def save_draft(store: Store, case_id: str, fields: dict[str, Any]) -> None:
    """Autosave: only changed fields are queued, merged into the unsent op if there is one."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        raise BadDataError(f"Cannot edit case fields {sorted(unknown)}")
    with store.write() as db:
        case = _case(db, case_id)
        if case["status"] not in _AUTHOR_EDITABLE:
            raise BadDataError(f"case {case_id} is {case['status']}", user_message=(
                "A tutor is reviewing this case; it cannot be changed until the review is back."))
        changed = {k: ("" if v is None else str(v)) for k, v in fields.items()
                   if ("" if v is None else str(v)) != (case.get(k) or "")}
        if changed:
            record_change(db, "cases", case_id, {**changed, "updated_at": now_iso()})
            # Drafts sync too: check in the same transaction, so flagged text
            # is never queued unheld (privacy.OUTBOX_NOT_HELD).
            privacy.check_and_hold(db, "cases", case_id, case_text({**case, **changed}))


def _set_status(store: Store, case_id: str, allowed_from: tuple[str, ...], to: str,
                confirmed: Sequence[privacy.Finding] | None) -> None:
    with store.write() as db:
        case = _case(db, case_id)
        if case["status"] not in allowed_from:
            raise BadDataError(f"case {case_id} is {case['status']}, not {allowed_from}",
                               user_message=f"This case cannot be sent now: it is "
                               f"{STATUS_LABELS[case['status']].lower()}.")
        if not (case.get("title") or "").strip():
            raise BadDataError("case has no title", user_message="Give the case a title first.")
        record_change(db, "cases", case_id, {"status": to, "updated_at": now_iso()})
        if confirmed:
            privacy.confirm(db, "cases", case_id, case_text(case), confirmed)
        else:
            privacy.check_and_hold(db, "cases", case_id, case_text(case))


def submit(store: Store, case_id: str, *,
           confirmed: Sequence[privacy.Finding] | None = None) -> None:
    """Send a draft to the tutors (at the next sync).

    Check ``privacy.find_identifiers`` first and pass what the author confirmed
    as not identifying; anything else flagged keeps the case held on this device.
    """
    _set_status(store, case_id, (DRAFT,), SUBMITTED, confirmed)


def resubmit(store: Store, case_id: str, *,
             confirmed: Sequence[privacy.Finding] | None = None) -> None:
    """Send a case back after the tutor asked for changes (``confirmed`` as for :func:`submit`)."""
    _set_status(store, case_id, (REVISION,), SUBMITTED, confirmed)


def confirm_not_identifying(store: Store, case_id: str,
                            seen: Sequence[privacy.Finding] | None = None) -> list[privacy.Finding]:
    """The author says the flagged items do not identify anyone: let the case sync.

    ``seen``: the findings the author was shown (None: those the text has now).
    Returns what still holds the case back (text flagged since), usually nothing.
    """
    with store.write() as db:
        case = _case(db, case_id)
        return privacy.confirm(db, "cases", case_id, case_text(case), seen)


def confirm_post_not_identifying(store: Store, post_id: str,
                                 seen: Sequence[privacy.Finding] | None = None
                                 ) -> list[privacy.Finding]:
    """As :func:`confirm_not_identifying`, for a reply held in a case's discussion."""
    with store.write() as db:
        post = records.get(db, "posts", post_id)
        if post is None:
            raise BadDataError(f"No post {post_id}", user_message="This reply no longer exists.")
        return privacy.confirm(db, "posts", post_id, {"body_md": post.get("body_md") or ""}, seen)


def held_findings(store: Store, case_id: str) -> list[privacy.Finding]:
    """Why this case is held on this device (empty when it is not)."""
    return privacy.findings_of(privacy.hold_of(store.db, "cases", case_id))


# -- attachments ------------------------------------------------------------------------

def _attachment_name(db: Any, case_id: str, stem: str, ext: str) -> str:
    n = db.execute("SELECT count(*) FROM attachments WHERE owner_kind = 'cases' AND owner_id = ?",
                   [case_id]).fetchone()[0]
    return f"{stem}-{n + 1}{ext}"


def add_attachment(store: Store, blobs: BlobCache, case_id: str, source_path: Path | str, *,
                   max_side: int = 1280, jpeg_quality: int = 80,
                   edits: Sequence[image_edits.Edit] = ()) -> AttachmentInfo:
    """Attach a photo (cleaned and downscaled) or a PDF (as is, up to 10 MB) to a case.

    Images get a neutral name (``image-1.jpg``): a camera or a trainee's file
    name can carry a patient's name. PDFs keep their file name. ``edits``
    (crop, blur; coordinates of :func:`picture_preview` at the same ``max_side``)
    are applied before anything is stored: the unedited picture is never kept.
    """
    source = Path(source_path)
    case = _case(store.db, case_id)
    if case["status"] not in _AUTHOR_EDITABLE:
        raise BadDataError("case is with a tutor", user_message=(
            "A tutor is reviewing this case; files cannot be added until the review is back."))
    width = height = None
    try:
        with open(source, "rb") as fh:
            # The size first, from the open file: a 100 MB file is refused
            # without reading it, and an image before Pillow decodes it.
            original_size = os.fstat(fh.fileno()).st_size
            is_pdf = fh.read(5) == b"%PDF-"
            _check_size(original_size, is_pdf)
            fh.seek(0)
            if is_pdf:
                sha, size = _store_pdf(fh, blobs)
                mime, role, stem, ext = "application/pdf", "pdf", source.stem[:60], ".pdf"
            else:
                raw = fh.read(MAX_IMAGE_BYTES + 1)
                _check_size(len(raw), False)  # it grew since the size was read
    except OSError as exc:
        raise BadDataError(f"Cannot read {source}: {exc}",
                           user_message="That file could not be opened.") from exc
    if not is_pdf:
        prepared = _prepare(raw, max_side, jpeg_quality, edits)
        del raw
        mime, role = prepared.mime, "image"
        stem, ext = "image", prepared.extension
        width, height = prepared.width, prepared.height
        sha, size = sha256_bytes(prepared.data), len(prepared.data)
        blobs.put(prepared.data, sha)  # bytes first: a row never points at a missing file
    attachment_id = new_record_id(case["author_id"])  # only the author attaches
    stamp = now_iso()
    with store.write() as db:
        filename = _attachment_name(db, case_id, stem, ext) if role == "image" else stem + ext
        db.execute(
            "INSERT INTO blobs (sha256, size, mime, priority, state, updated_at) "
            "VALUES (?, ?, ?, 60, 'upload', ?) ON CONFLICT(sha256) DO NOTHING",
            [sha, size, mime, stamp])
        record_change(db, "attachments", attachment_id, {
            "course_id": None, "owner_kind": "cases", "owner_id": case_id, "sha256": sha,
            "filename": filename, "mime": mime, "size": size, "role": role})
    return AttachmentInfo(attachment_id, sha, filename, mime, size, original_size, width, height)


def _prepare(raw: bytes, max_side: int, jpeg_quality: int,
             edits: Sequence[image_edits.Edit]) -> privacy.PreparedImage:
    if not edits:
        return privacy.prepare_image(raw, max_side=max_side, jpeg_quality=jpeg_quality)
    # The same pixels the trainee edited in the preview (prepare_image is deterministic).
    preview = privacy.prepare_image(raw, max_side=max_side,
                                    jpeg_quality=image_edits.PREVIEW_QUALITY)
    edited = image_edits.edit_image(preview.data, edits, jpeg_quality=jpeg_quality)
    return privacy.PreparedImage(edited.data, edited.mime, edited.width, edited.height, len(raw))


def picture_preview(source_path: Path | str, max_side: int) -> privacy.PreparedImage | None:
    """The picture as it would be sent (cleaned, upright, ``max_side``), for the edit
    dialog before it is added; None for a PDF. Nothing is stored."""
    source = Path(source_path)
    try:
        with open(source, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if fh.read(5) == b"%PDF-":
                return None
            _check_size(size, False)
            fh.seek(0)
            raw = fh.read(MAX_IMAGE_BYTES + 1)
    except OSError as exc:
        raise BadDataError(f"Cannot read {source}: {exc}",
                           user_message="That file could not be opened.") from exc
    _check_size(len(raw), False)
    return privacy.prepare_image(raw, max_side=max_side, jpeg_quality=image_edits.PREVIEW_QUALITY)


def _check_size(size: int, is_pdf: bool) -> None:
    if is_pdf and size > MAX_PDF_BYTES:
        raise BadDataError(f"PDF of {size} bytes", user_message=(
            f"This PDF is {size / 1048576:.1f} MB. The limit is 10 MB: on a slow "
            "connection a larger file may never finish sending. Attach a photo of the "
            "important page instead."))
    if not is_pdf and size > MAX_IMAGE_BYTES:
        raise BadDataError(f"image file of {size} bytes", user_message=(
            f"This photo is {size / 1048576:.1f} MB, more than the "
            f"{MAX_IMAGE_BYTES // 1048576} MB TutorClient can prepare. Take the photo again "
            "at a lower resolution, or attach a smaller copy."))


def _store_pdf(fh: Any, blobs: BlobCache) -> tuple[str, int]:
    """Hash the open PDF in chunks (never over the cap), then copy it into the cache."""
    h = hashlib.sha256()
    size = 0
    for chunk in iter(lambda: fh.read(CHUNK), b""):
        size += len(chunk)
        _check_size(size, True)  # it grew since the size was read
        h.update(chunk)
    sha = h.hexdigest()
    fh.seek(0)
    blobs.put(fh, sha)  # re-hashed on the way in: a file changed meanwhile is refused
    return sha, size


def remove_attachment(store: Store, attachment_id: str) -> None:
    """Take a file off a case. One never sent is simply forgotten, with its upload."""
    with store.write() as db:
        att = records.get(db, "attachments", attachment_id)
        if att is None:
            return
        unsent = att["version"] is None and db.execute(
            "SELECT count(*) FROM outbox WHERE kind = 'attachments' AND record_id = ? "
            "AND (state != 'pending' OR attempts > 0)", [attachment_id]).fetchone()[0] == 0
        if unsent:
            db.execute("DELETE FROM outbox WHERE kind = 'attachments' AND record_id = ?",
                       [attachment_id])
            records.delete(db, "attachments", attachment_id)
        else:
            record_change(db, "attachments", attachment_id, {}, action="del")
        still_used = db.execute("SELECT count(*) FROM attachments WHERE sha256 = ?",
                                [att["sha256"]]).fetchone()[0]
        if not still_used:
            db.execute("DELETE FROM blobs WHERE sha256 = ? AND state = 'upload'", [att["sha256"]])


def upload_size(store: Store, case_id: str) -> int:
    """Bytes still to send for this case: files not yet uploaded plus its queued changes."""
    db = store.db
    files = db.execute(
        "SELECT coalesce(sum(b.size), 0) FROM blobs b WHERE b.state = 'upload' AND b.sha256 IN "
        "(SELECT sha256 FROM attachments WHERE owner_kind = 'cases' AND owner_id = ?)",
        [case_id]).fetchone()[0]
    text = db.execute(
        f"SELECT coalesce(sum(length(payload) + {OP_OVERHEAD}), 0) FROM outbox "
        "WHERE state = 'pending' AND " + _CASE_OPS, [case_id] * 4).fetchone()[0]
    return int(files) + int(text)


# Outbox rows that belong to one case: the case, its files, its discussion, its reviews.
_CASE_OPS = """(
    (kind = 'cases' AND record_id = ?)
    OR (kind = 'attachments' AND record_id IN
        (SELECT id FROM attachments WHERE owner_kind = 'cases' AND owner_id = ?))
    OR (kind = 'threads' AND record_id IN (SELECT id FROM threads WHERE case_id = ?))
    OR (kind = 'reviews' AND record_id IN (SELECT id FROM reviews WHERE case_id = ?))
)"""


def has_unsent_changes(store: Store, case_id: str) -> bool:
    return store.db.execute(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE state = 'pending' AND " + _CASE_OPS + ")",
        [case_id] * 4).fetchone()[0] == 1


# -- status and lists ---------------------------------------------------------------------

def _display(status: str, unsent: bool) -> str:
    # A draft is a draft whether or not its autosave has reached the server yet.
    return WAITING if unsent and status != DRAFT else status


def display_status(store: Store, case_id: str) -> str:
    """``draft``, ``waiting_to_send``, ``submitted``, ``in_review``, ``reviewed`` or
    ``revision_requested``; see :data:`STATUS_LABELS` for words to show."""
    case = _case(store.db, case_id)
    return _display(case["status"], has_unsent_changes(store, case_id))


def _case_thread(store: Store, case_id: str) -> str | None:
    row = store.db.execute("SELECT id FROM threads WHERE kind = 'case' AND case_id = ? "
                           "ORDER BY created_at LIMIT 1", [case_id]).fetchone()
    return row[0] if row else None


def my_cases(store: Store, user_id: str) -> list[dict[str, Any]]:
    """The user's cases, most recently changed first, with new replies since their last visit."""
    # An unsent change is the newest (the server stamps it later); the rest by
    # when the server last accepted a change, not by this computer's clock.
    rows = store.db.execute(
        "SELECT c.id, c.title, c.status, "
        "CASE WHEN c.local_state = 'pending' THEN c.updated_at "
        "     ELSE coalesce(c.server_updated_at, c.updated_at) END AS changed_at, c.specialism, "
        "(SELECT t.id FROM threads t WHERE t.kind = 'case' AND t.case_id = c.id "
        " ORDER BY t.created_at LIMIT 1), c.local_state = 'pending' AS unsent FROM cases c "
        "WHERE c.author_id = ? ORDER BY unsent DESC, julianday(changed_at) DESC, c.rowid DESC",
        [user_id]).fetchall()
    counts = new_counts(store, [r[5] for r in rows if r[5]], user_id)
    out = []
    for cid, title, status, updated, specialism, thread_id, unsent in rows:
        shown = _display(status, has_unsent_changes(store, cid))
        held = privacy.hold_of(store.db, "cases", cid) is not None
        out.append({"id": cid, "title": title, "status": status, "display_status": shown,
                    "status_label": HELD_LABEL if held else STATUS_LABELS[shown],
                    "held": held, "updated_at": updated,
                    "specialism": specialism, "thread_id": thread_id,
                    "unsent_change": bool(unsent),
                    "new_replies": counts.get(thread_id, 0) if thread_id else 0})
    return out


def case_detail(store: Store, case_id: str) -> dict[str, Any]:
    """A case with its files, discussion id, reviews (with tutors' names) and status words."""
    from .discussions import attachments_of

    case = _case(store.db, case_id)
    names = display_names(store)
    shown = display_status(store, case_id)
    reviews = []
    for rid, accepted_at in store.db.execute(
            "SELECT id, server_created_at FROM reviews WHERE case_id = ? ORDER BY version IS NULL, "
            "julianday(coalesce(server_created_at, created_at)), rowid", [case_id]):
        review = records.get(store.db, "reviews", rid)
        assert review is not None
        review["posted_at"] = accepted_at or review["created_at"]  # the server's time
        review["tutor_name"] = names.get(review["tutor_id"], "")
        reviews.append(review)
    held = held_findings(store, case_id)
    return {**case, "author_name": names.get(case["author_id"], ""),
            "claimed_by_name": names.get(case.get("claimed_by") or "", ""),
            "display_status": shown,
            "status_label": HELD_LABEL if held else STATUS_LABELS[shown], "held": held,
            "attachments": attachments_of(store, "cases", case_id),
            "thread_id": _case_thread(store, case_id), "reviews": reviews,
            "upload_size": upload_size(store, case_id)}


def partnership_names(store: Store, partnership_ids: Sequence[str]) -> list[tuple[str, str]]:
    """(id, name) for each of ``partnership_ids``, in that order; the id stands in for a
    partnership whose record has not arrived yet."""
    ids = [str(p) for p in partnership_ids]
    names = dict(store.db.execute("SELECT id, name FROM partnerships").fetchall()) if ids else {}
    return [(pid, names.get(pid) or pid) for pid in ids]


def specialisms_in_use(store: Store) -> list[str]:
    """The specialisms the cases on this computer name, sorted, without blanks."""
    return [r[0] for r in store.db.execute(
        "SELECT DISTINCT specialism FROM cases WHERE coalesce(specialism, '') != '' ORDER BY 1")]


def most_discussed_reviewed_case(store: Store, author_id: str) -> str | None:
    """The author's reviewed case with the longest discussion (the screenshots show it)."""
    row = store.db.execute(
        "SELECT c.id FROM cases c JOIN threads t ON t.case_id = c.id JOIN posts p ON p.thread_id = t.id "
        "JOIN reviews r ON r.case_id = c.id WHERE c.author_id = ? GROUP BY c.id ORDER BY count(p.id) DESC "
        "LIMIT 1", [author_id]).fetchone()
    return row[0] if row else None


def case_text(case: dict[str, Any]) -> dict[str, str]:
    """The fields :func:`privacy.find_identifiers` should check before submitting."""
    return {f: case.get(f) or "" for f in CASE_TEXT_FIELDS}

