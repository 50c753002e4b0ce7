"""Patient privacy for clinical cases: clean images, and spot identifiers in text.

Photos taken on a phone carry where (GPS), when, and with which device they
were taken, often a thumbnail of the uncropped original, and sometimes the
owner's name. :func:`prepare_image` never copies any of that: it decodes the
pixels, turns them upright, and encodes a new file from the pixels alone.
Pillow does all of the decoding and encoding; nothing here parses metadata.

:func:`find_identifiers` flags text that looks like it names a patient (a
title and a name, a phone number, a date of birth, a record number, a long
ID-like number). It is a prompt for the trainee, not a guarantee: the UI asks
them to look again before submitting. It is tuned to stay quiet on ordinary
clinical notes (``BP 120/80``, ``Hb 7.2``, ``G2P1``, ``38 weeks``).

No case text leaves the device unchecked: :func:`check_and_hold` runs the
check on every save of a case and, while anything flagged is not yet
confirmed by the author, *holds* the record: its outbox entries match neither
the sync engine's nor the USB bundle export's selection
(:data:`OUTBOX_NOT_HELD`). :func:`confirm` ("none of this identifies anyone")
or an edit that removes the flagged text releases it. See docs/protocol.md.
"""

from __future__ import annotations

import io
import json
import re
import warnings
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Iterable

from sync.errors import BadDataError

from .identifier_scan import find_names, find_places

if TYPE_CHECKING:
    from PIL import Image

JPEG, PNG = "image/jpeg", "image/png"
#: Sources Pillow may decode for us; anything else is refused before decoding.
ACCEPTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF", "MPO"})
#: A PNG with at most this many colours is a diagram or screenshot: keep it lossless.
DIAGRAM_COLOURS = 256
MAX_SOURCE_PIXELS = 80_000_000  # a 12000x6600 panorama; beyond that, refuse


@dataclass(frozen=True)
class PreparedImage:
    data: bytes
    mime: str
    width: int
    height: int
    original_size: int

    @property
    def extension(self) -> str:
        return ".png" if self.mime == PNG else ".jpg"


def _refuse(reason: str) -> BadDataError:
    return BadDataError(reason, user_message="This file is not a photo or image TutorClient "
                        "can use. Attach a JPEG or PNG image, or a PDF.")


def _open(data: bytes) -> Image.Image:
    # Pillow loads on first use: the sync stack imports this module for the hold rules.
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            if img.format not in ACCEPTED_FORMATS:
                raise _refuse(f"unsupported image format {img.format}")
            if img.width * img.height > MAX_SOURCE_PIXELS:
                raise _refuse(f"image too large: {img.width}x{img.height}")
            img.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _refuse(f"not a readable image: {exc}") from exc
    return img


def _has_alpha(img: Image.Image) -> bool:
    if img.mode in ("RGBA", "LA"):
        lo, _hi = img.getchannel("A").getextrema()
        return lo < 255
    return False


def _normalise_mode(img: Image.Image) -> Image.Image:
    """RGB, RGBA, L or LA: modes both JPEG and PNG encoders take as they are."""
    if img.mode == "P" or (img.mode in ("RGB", "L") and "transparency" in img.info):
        img = img.convert("RGBA")
    if img.mode in ("RGB", "RGBA", "L", "LA"):
        return img
    if img.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        return img.convert("L") if img.mode != "I" else img.point(lambda v: v / 256).convert("L")
    return img.convert("RGB")  # CMYK, YCbCr, 1, ...


def prepare_image(data: bytes, *, max_side: int = 1280, jpeg_quality: int = 80) -> PreparedImage:
    """Re-encode an image from its pixels only: upright, no metadata, longest side <= max_side."""
    if max_side < 16 or not 1 <= jpeg_quality <= 95:
        raise BadDataError("max_side must be >= 16 and jpeg_quality 1..95")
    from PIL import Image, ImageOps

    src = _open(data)
    source_format = src.format
    upright = ImageOps.exif_transpose(src)  # applies and forgets the EXIF orientation
    img = _normalise_mode(upright)
    img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    # A new image from raw pixels carries no info dict: no EXIF, GPS, XMP,
    # ICC profile, comments or text chunks can survive into the output.
    clean = Image.frombytes(img.mode, img.size, img.tobytes())
    lossless = _has_alpha(clean) or (
        source_format in ("PNG", "GIF", "BMP") and clean.getcolors(DIAGRAM_COLOURS) is not None)
    out = io.BytesIO()
    if lossless:
        if clean.mode == "LA" and not _has_alpha(clean):
            clean = clean.convert("L")
        clean.save(out, format="PNG", optimize=True)
        mime = PNG
    else:
        if clean.mode in ("RGBA", "LA"):
            clean = clean.convert("RGB" if clean.mode == "RGBA" else "L")
        clean.save(out, format="JPEG", quality=jpeg_quality, optimize=True, progressive=True)
        mime = JPEG
    return PreparedImage(out.getvalue(), mime, clean.width, clean.height, len(data))


# -- identifiers in text ------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    field: str
    start: int
    end: int
    text: str
    kind: str  # name, place, phone, date_of_birth, record_number, id_number
    message: str


MESSAGES = {
    "name": "This looks like a person's name. Use 'the patient' or initials unless "
            "the patient agreed.",
    "place": "This looks like the name of a town or village. Give the region instead, "
             "or leave it out.",
    "phone": "This looks like a phone number. Remove it unless the patient agreed.",
    "date_of_birth": "This looks like a date of birth. Give the age instead.",
    "record_number": "This looks like a hospital or record number. Remove it.",
    "id_number": "This long number could identify someone (an ID or phone number). "
                 "Remove it unless it is a clinical value.",
}

#: What each kind of finding is called in a sentence ("may identify the patient (a name)").
KIND_WORDS = {"name": "a name", "place": "a town or village", "phone": "a phone number",
              "date_of_birth": "a date of birth", "record_number": "a record number",
              "id_number": "an ID number"}

_TITLES = r"(?:B/O|Mr|Mrs|Ms|Miss|Mx|Dr|Sheikh|Sheekh|Sheik|Sister|Brother|Sr|Br|Hajji|Haji|Hajia|Ustaz)"
# Words that follow a title in clinical writing without naming anyone.
_NOT_NAMES = {"On", "In", "At", "The", "And", "Or", "Of", "To", "From", "With", "Ward", "Call",
              "Duty", "Unit", "Team", "Registrar", "Consultant", "Midwife", "Nurse"}
_NAME_RE = re.compile(
    rf"\b{_TITLES}\.?[ \t]+((?:[A-Z][a-z'’\-]+|[A-Z]\.)(?:[ \t]+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){{0,3}})")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DATE = (rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{1,2}}-\d{{1,2}}|"
         rf"\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTH}\.?,?[ \t]+\d{{4}}|"
         rf"{_MONTH}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})")
_DOB_RE = re.compile(
    rf"\b(?:D\.?O\.?B\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|born(?:[ \t]+on)?|"
    rf"taariikh(?:da)?[ \t]+dhalash(?:ada|o)|dhalasho|تاريخ[ \t]+(?:الميلاد|الولادة)|مواليد)"
    rf"[ \t]*[:\-]?[ \t]*{_DATE}|\bborn[ \t]+in[ \t]+(?:19|20)\d\d\b",
    re.IGNORECASE)
_DOB_WORD_RE = re.compile(r"\b(?:D\.O\.B\.?|DOB)\b")
_RECORD_RE = re.compile(
    r"\b(?:MRN|UHID|NHS[ \t]*(?:no\.?|number|#)|(?:hospital|record|file|patient|"
    r"registration|reg|admission|inpatient|outpatient|OPD|IPD|folder|chart)[ \t]*"
    r"(?:no\.?|num\.?|number|#|id))[ \t]*[:#.]?[ \t]*[A-Z]{0,3}[ \t\-/]?\d[\d \-/]*\d?|"
    r"(?:رقم[ \t]+(?:ال)?(?:ملف|سجل|مريض|مريضة|دخول)|lambarka[ \t]+(?:faylka|diiwaanka|bukaanka))"
    r"[ \t]*[:#.]?[ \t]*\d[\d \-/]*\d?",
    re.IGNORECASE)
_ID_RE = re.compile(
    r"\b(?:national[ \t]+id|ID[ \t]*(?:card|no\.?|number)?|passport(?:[ \t]+no\.?)?|"
    r"UNRWA(?:[ \t]+(?:no\.?|number|card))?|رقم[ \t]+(?:ال)?(?:هوية|جواز))[ \t]*[:#.]?[ \t]*"
    r"[A-Z]{0,2}\d{5,}",
    re.IGNORECASE)
# A run of digits with phone-like separators; classified by its digits below.
_NUMBER_RE = re.compile(r"(?<![\w/.,:])(\+|00)?\d[\d \-.()]{5,}\d(?![\w/%]|\.\d)")


def _classify_number(text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if text.startswith(("+", "00")) and 8 <= len(digits) <= 15:
        return "phone"
    compact = re.sub(r"[ \-]", "", text)
    if re.fullmatch(r"0\d{8,10}", compact):
        return "phone"  # 0634123456, 0591234567, 07700900123
    if re.fullmatch(r"\d{9,}", compact):
        return "id_number"
    return None


def _scan(field: str, text: str) -> list[Finding]:
    found: list[Finding] = []

    def add(start: int, end: int, kind: str) -> None:
        found.append(Finding(field, start, end, text[start:end], kind, MESSAGES[kind]))

    for m in _NAME_RE.finditer(text):
        words = m.group(1).split()
        if words[0] not in _NOT_NAMES:
            add(m.start(), m.end(), "name")
    for start, end in find_names(text):
        add(start, end, "name")
    for start, end in find_places(text):
        add(start, end, "place")
    for m in _DOB_RE.finditer(text):
        add(m.start(), m.end(), "date_of_birth")
    for m in _DOB_WORD_RE.finditer(text):
        add(m.start(), m.end(), "date_of_birth")
    for m in _RECORD_RE.finditer(text):
        add(m.start(), m.end(), "record_number")
    for m in _ID_RE.finditer(text):
        add(m.start(), m.end(), "id_number")
    for m in _NUMBER_RE.finditer(text):
        span = m.group(0).rstrip(" -.(")
        kind = _classify_number(span)
        if kind:
            add(m.start(), m.start() + len(span), kind)
    return found


def _drop_overlaps(findings: list[Finding]) -> list[Finding]:
    """Keep the longest finding where several cover the same text."""
    ordered = sorted(findings, key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for f in ordered:
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    return kept


def find_identifiers(fields: dict[str, str]) -> list[Finding]:
    """Text in ``fields`` that may identify a patient, in field order then position."""
    out: list[Finding] = []
    for name, text in fields.items():
        if text:
            out.extend(_drop_overlaps(_scan(name, text)))
    return out


# -- holding flagged text on this device ----------------------------------------------

#: SQL condition on an ``outbox`` row (the table must be named ``outbox`` in the
#: query): true when the entry may leave the device. An entry is held when its
#: record is held, or when it belongs to a held case (its files, its discussion
#: and the posts in it): the server refuses those while the case has not reached
#: it, and a PDF keeps its file name.
OUTBOX_NOT_HELD = """NOT EXISTS (SELECT 1 FROM privacy_holds h WHERE h.held = 1 AND (
    (h.kind = outbox.kind AND h.record_id = outbox.record_id)
    OR (h.kind = 'cases' AND h.record_id IN (
        SELECT a.owner_id FROM attachments a WHERE outbox.kind = 'attachments'
            AND a.id = outbox.record_id AND a.owner_kind = 'cases'
        UNION ALL SELECT t.case_id FROM threads t WHERE outbox.kind = 'threads'
            AND t.id = outbox.record_id
        UNION ALL SELECT t.case_id FROM posts p JOIN threads t ON t.id = p.thread_id
            WHERE outbox.kind = 'posts' AND p.id = outbox.record_id))))"""


#: SQL condition on a ``blobs`` row (named ``b``): false while every attachment that
#: needs it belongs to a held case, so its bytes wait with the case.
UPLOAD_NOT_HELD = """NOT (EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = b.sha256)
    AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = b.sha256 AND NOT (
        a.owner_kind = 'cases' AND a.owner_id IN (
            SELECT h.record_id FROM privacy_holds h WHERE h.kind = 'cases' AND h.held = 1))))"""


def _key(f: Finding) -> list[str]:
    return [f.field, f.kind, f.text]


def _row(db: Any, kind: str, record_id: str) -> tuple[int, str, str] | None:
    return db.execute("SELECT held, findings, confirmed FROM privacy_holds "
                      "WHERE kind = ? AND record_id = ?", [kind, record_id]).fetchone()


def _store(db: Any, kind: str, record_id: str, held: bool, findings: list[Finding],
           confirmed: list[list[str]]) -> None:
    from .clock import now_iso

    db.execute(
        "INSERT INTO privacy_holds (kind, record_id, held, findings, confirmed, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(kind, record_id) DO UPDATE SET "
        "held = excluded.held, findings = excluded.findings, confirmed = excluded.confirmed, "
        "updated_at = excluded.updated_at",
        [kind, record_id, int(held), json.dumps([asdict(f) for f in findings]),
         json.dumps(confirmed), now_iso()])


def _colleagues(db: Any) -> list[str]:
    """The display names of the app's users (tutors, trainees)."""
    return [name for (name,) in
            db.execute("SELECT display_name FROM users WHERE display_name IS NOT NULL")]


def drop_colleagues(findings: list[Finding], display_names: Iterable[str]) -> list[Finding]:
    """``findings`` less names of people who use the app ("Dr Sarah"): they are
    colleagues, not patients. Every word of the finding (title and name) must be
    a word of one user's display name: "Khadra agreed" is a colleague, "Baby of
    Khadra" (a cue is part of the finding) is not. A patient who shares a user's
    first name and is named without a cue goes unflagged: the price of not
    holding every "Thanks Khadra" in the discussions."""
    if not any(f.kind == "name" for f in findings):
        return findings
    people = [set(re.findall(r"[\w'’\-]+", name)) for name in display_names]

    def colleague(f: Finding) -> bool:
        words = {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’\-]+", f.text)}  # Amina's
        return f.kind == "name" and any(words <= p for p in people)

    return [f for f in findings if not colleague(f)]


def _flagged(db: Any, fields: dict[str, str]) -> list[Finding]:
    """:func:`find_identifiers`, less the names of the app's users (:func:`drop_colleagues`)."""
    found = find_identifiers(fields)
    if not any(f.kind == "name" for f in found):
        return found
    return drop_colleagues(found, _colleagues(db))


def check_and_hold(db: Any, kind: str, record_id: str, fields: dict[str, str]) -> list[Finding]:
    """Check a record's whole text; hold it while anything flagged is unconfirmed.

    Call inside the ``Store.write()`` transaction that queued the change, so
    the entry is never visible to a sync unheld. Returns what holds it.
    """
    row = _row(db, kind, record_id)
    confirmed = json.loads(row[2]) if row else []
    open_ = [f for f in _flagged(db, fields) if _key(f) not in confirmed]
    if open_ or row is not None:
        _store(db, kind, record_id, bool(open_), open_, confirmed)
    return open_


def confirm(db: Any, kind: str, record_id: str, fields: dict[str, str],
            seen: Iterable[Finding] | None = None) -> list[Finding]:
    """The author says the flagged items do not identify anyone: release the record.

    ``seen`` is what the author was shown; only those are confirmed (text that
    changed since keeps the record held). None confirms what the text flags now.
    Returns what still holds the record (empty when released).
    """
    row = _row(db, kind, record_id)
    confirmed = json.loads(row[2]) if row else []
    found = _flagged(db, fields)
    agreed = found if seen is None else list(seen)
    for f in agreed:
        if _key(f) not in confirmed:
            confirmed.append(_key(f))
    open_ = [f for f in found if _key(f) not in confirmed]
    _store(db, kind, record_id, bool(open_), open_, confirmed)
    return open_


def hold_of(db: Any, kind: str, record_id: str) -> dict[str, Any] | None:
    """Why a record is held on this device (``findings`` as dicts), or None if it is not."""
    row = _row(db, kind, record_id)
    if row is None or not row[0]:
        return None
    return {"kind": kind, "record_id": record_id, "findings": json.loads(row[1])}


def findings_of(hold: dict[str, Any] | None) -> list[Finding]:
    """The :class:`Finding` objects of a :func:`hold_of` answer."""
    return [Finding(**f) for f in (hold or {}).get("findings", [])]


def held_entries(db: Any) -> int:
    """Pending outbox entries held on this device."""
    return db.execute("SELECT count(*) FROM outbox WHERE state = 'pending' AND NOT ("
                      + OUTBOX_NOT_HELD + ")").fetchone()[0]
