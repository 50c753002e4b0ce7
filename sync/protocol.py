"""TutorClient sync protocol, version 1: message shapes, record kinds and encoding.

This module is shared by the client engine and the reference server, so it holds
only pure functions and constants (no HTTP, no database). ``docs/protocol.md`` is
the normative description; this file is its executable half.

One sync is one ``POST /v1/sync`` exchange::

    request   {"v": 1, "c": <cursor>, "o": [<op>...], "n": <page size>}
    response  {"v": 1, "r": [<result>...], "x": [<change>...], "c": <cursor>, "m": true}

Empty lists and false flags are omitted on the wire to save bytes.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import secrets
import threading
import uuid
import zlib
from dataclasses import dataclass
from typing import Any, Literal, NotRequired, TypedDict

PROTOCOL_VERSION = 1
#: Oldest client protocol version the server still accepts.
MIN_PROTOCOL_VERSION = 1

SYNC_PATH = "/v1/sync"
LOGIN_PATH = "/v1/login"
REFRESH_PATH = "/v1/refresh"
LOGOUT_PATH = "/v1/logout"
BLOBS_PATH = "/v1/blobs"
UPLOADS_PATH = "/v1/uploads"
USER_AGENT = f"tc/{PROTOCOL_VERSION}"

DEFAULT_PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000
MAX_OPS_PER_REQUEST = 500

# Op actions.
PUT = "put"
DELETE = "del"
CLAIM = "claim"
UNCLAIM = "unclaim"
ACTIONS = (PUT, DELETE, CLAIM, UNCLAIM)

# Result statuses.
OK = "ok"
CONFLICT = "conflict"
REJECTED = "rejected"

ROLES = ("trainee", "tutor", "coordinator", "admin")
CASE_STATUSES = ("draft", "submitted", "in_review", "reviewed", "revision_requested")
REVIEW_DECISIONS = ("reviewed", "revision_requested")


class Op(TypedDict):
    """One pushed change. ``b`` is the base version (``None`` to create)."""

    u: str
    k: str
    i: str
    b: int | None
    a: Literal["put", "del", "claim", "unclaim"]
    d: NotRequired[dict[str, Any]]


class Result(TypedDict):
    """The server's verdict on one op, in the order the ops were sent."""

    u: str
    s: Literal["ok", "conflict", "rejected"]
    v: NotRequired[int]
    e: NotRequired[str]
    cur: NotRequired[dict[str, Any]]


class Change(TypedDict):
    """One record the client has not seen; ``d`` is ``None`` for a tombstone."""

    k: str
    i: str
    v: int
    d: dict[str, Any] | None


# ---------------------------------------------------------------------------
# Record kinds and their fields (docs/data-model.md). A field spec is a tuple of
# accepted JSON types; ``None`` in it means the field is nullable.
# ---------------------------------------------------------------------------

_S = (str,)
_SN = (str, type(None))
_I = (int,)
_IN = (int, type(None))
_L = (list,)
_D = (dict,)
_T = (str, int, float, type(None))  # timestamps: ISO 8601 text or epoch seconds


@dataclass(frozen=True)
class KindSpec:
    """Fields of one record kind: ``required`` must be present on create."""

    fields: dict[str, tuple[type, ...]]
    required: frozenset[str]
    append_only: bool = False
    owner_field: str | None = None  # owner-only kinds: the field that must equal the caller


def _spec(fields: dict[str, tuple[type, ...]], required: str, **kw: Any) -> KindSpec:
    return KindSpec(fields, frozenset(required.split()), **kw)


KINDS: dict[str, KindSpec] = {
    "partnerships": _spec({"name": _S, "region": _SN}, "name"),
    "users": _spec(
        {"username": _S, "display_name": _S, "role": _S, "partnerships": _L, "specialisms": _L},
        "username role partnerships",
    ),
    "courses": _spec(
        {"slug": _S, "title": _S, "summary": _SN, "language": _SN, "partnerships": _L,
         "position": _IN},
        "slug title partnerships",
    ),
    "modules": _spec(
        {"course_id": _S, "slug": _S, "title": _S, "position": _IN}, "course_id slug title"
    ),
    "lessons": _spec(
        {"course_id": _S, "module_id": _S, "slug": _S, "title": _S, "body_md": _S,
         "position": _IN, "minutes": _IN},
        "course_id module_id slug title body_md",
    ),
    "attachments": _spec(
        {"course_id": _SN, "owner_kind": _S, "owner_id": _S, "sha256": _S, "filename": _S,
         "mime": _SN, "size": _I, "role": _S},
        "owner_kind owner_id sha256 filename size",
    ),
    "quizzes": _spec(
        {"lesson_id": _S, "course_id": _S, "title": _S, "questions": _L},
        "lesson_id course_id questions",
    ),
    "quiz_attempts": _spec(
        {"quiz_id": _S, "user_id": _S, "answers": _D, "score": _IN, "max_score": _IN,
         "finished_at": _T},
        "quiz_id user_id answers",
        owner_field="user_id",
    ),
    "cases": _spec(
        {"author_id": _S, "partnership_id": _S, "specialism": _SN, "title": _S,
         "presenting_complaint": _SN, "history": _SN, "examination": _SN,
         "investigations": _SN, "question": _SN, "status": _S, "claimed_by": _SN,
         "claimed_at": _T, "created_at": _T, "updated_at": _T},
        "author_id partnership_id title status",
    ),
    "threads": _spec(
        {"kind": _S, "case_id": _SN, "course_id": _SN, "partnership_id": _S, "title": _SN,
         "created_by": _S, "created_at": _T},
        "kind partnership_id created_by",
    ),
    "posts": _spec(
        {"thread_id": _S, "author_id": _S, "body_md": _S, "quote_post_id": _SN,
         "created_at": _T},
        "thread_id author_id body_md",
        append_only=True,
    ),
    "reviews": _spec(
        {"case_id": _S, "tutor_id": _S, "strengths": _SN, "concerns": _SN,
         "next_steps": _SN, "rubric_score": _IN, "decision": _S, "created_at": _T},
        "case_id tutor_id decision",
    ),
    "progress": _spec(
        {"user_id": _S, "lesson_id": _S, "state": _S, "position": _IN, "updated_at": _T},
        "user_id lesson_id state",
        owner_field="user_id",
    ),
    "bookmarks": _spec(
        {"user_id": _S, "lesson_id": _S, "anchor": _SN, "label": _SN, "created_at": _T},
        "user_id lesson_id",
        owner_field="user_id",
    ),
    "notes": _spec(
        {"user_id": _S, "lesson_id": _S, "body": _S, "updated_at": _T},
        "user_id lesson_id body",
        owner_field="user_id",
    ),
}

OWNER_KINDS = frozenset(k for k, s in KINDS.items() if s.owner_field)


def field_errors(kind: str, data: dict[str, Any], *, creating: bool) -> str | None:
    """Return a plain reason why ``data`` is not valid for ``kind``, or ``None``.

    On create every required field must be present; on update ``data`` is a
    patch, so only the fields given are checked.
    """
    spec = KINDS.get(kind)
    if spec is None:
        return f"unknown record kind {kind!r}"
    unknown = sorted(set(data) - set(spec.fields))
    if unknown:
        return f"unknown fields for {kind}: {', '.join(unknown)}"
    if creating:
        missing = sorted(spec.required - set(data))
        if missing:
            return f"missing fields for {kind}: {', '.join(missing)}"
    for name, value in data.items():
        types = spec.fields[name]
        # bool is an int subclass in Python; JSON true is never a valid count.
        if isinstance(value, bool) or not isinstance(value, types):
            return f"field {kind}.{name} has the wrong type"
        if name in spec.required and value is None:
            return f"field {kind}.{name} may not be null"
    return None


# ---------------------------------------------------------------------------
# Record ids bound to their owner (docs/protocol.md, "Record ids")
#
# Ids that users create are UUIDs of version 8 (RFC 9562) whose last 48 bits
# are a tag of the creating account. The server refuses a create by a
# non-administrator under an id tagged for someone else, so nobody can take an
# id they computed or read from another user's USB bundle before its owner.
# ---------------------------------------------------------------------------

ID_NOT_YOURS = "invalid: that record id was not made for your account"
_OWNER_TAG_PREFIX = "tutorclient-owner:"
_DERIVED_PREFIX = "tutorclient-record:"


def owner_tag(user_id: str) -> bytes:
    """The 6-byte tag of ``user_id``: the first bytes of sha256("tutorclient-owner:" + id)."""
    return hashlib.sha256((_OWNER_TAG_PREFIX + user_id).encode("utf-8")).digest()[:6]


def _bound_uuid(head: bytes, user_id: str) -> str:
    raw = bytearray(head[:10] + owner_tag(user_id))
    raw[6] = (raw[6] & 0x0F) | 0x80  # version 8
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 9562 variant
    return str(uuid.UUID(bytes=bytes(raw)))


def new_record_id(user_id: str) -> str:
    """A fresh id for a record ``user_id`` creates (74 random bits and the owner tag)."""
    return _bound_uuid(secrets.token_bytes(10), user_id)


def derived_record_id(user_id: str, *key: str) -> str:
    """The id of the one record ``user_id`` has per natural ``key`` (e.g. kind, lesson).

    Every device of the same user derives the same id, so two offline edits
    meet as a conflict on one record instead of becoming two records.
    """
    text = _DERIVED_PREFIX + "\x1f".join((user_id, *key))
    return _bound_uuid(hashlib.sha256(text.encode("utf-8")).digest(), user_id)


def id_bound_to(record_id: object, user_id: str) -> bool:
    """True if ``record_id`` is a canonical bound id carrying ``user_id``'s tag."""
    if not isinstance(record_id, str) or len(record_id) != 36:
        return False
    try:
        parsed = uuid.UUID(record_id)
    except ValueError:
        return False
    return (str(parsed) == record_id and parsed.variant == uuid.RFC_4122
            and parsed.version == 8 and parsed.bytes[10:] == owner_tag(user_id))


# ---------------------------------------------------------------------------
# Encoding
# ---------------------------------------------------------------------------


def dumps(obj: Any) -> bytes:
    """Encode ``obj`` as compact UTF-8 JSON (no spaces, non-ASCII kept as is)."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


#: Deepest nesting of lists and objects any message, answer or bundle file may have
#: (``[]`` is 1, ``{"o":[{"d":{}}]}`` is 4). Real messages need about 6; the bound
#: keeps hostile input from exhausting the recursion limit of whoever reads it.
MAX_DEPTH = 32


class TooDeepError(ValueError):
    """JSON nested more deeply than :data:`MAX_DEPTH` (a ``ValueError``: bad JSON)."""

    def __init__(self, max_depth: int) -> None:
        super().__init__(f"JSON nested more than {max_depth} levels deep")
        self.max_depth = max_depth


def _within_depth(obj: Any, max_depth: int) -> bool:
    # Iterative, so checking hostile input cannot itself recurse too deeply.
    stack: list[tuple[Any, int]] = [(obj, 1)]
    while stack:
        node, depth = stack.pop()
        children = node.values() if isinstance(node, dict) else node
        if depth > max_depth:
            return False
        stack.extend((c, depth + 1) for c in children if isinstance(c, (dict, list)))
    return True


def loads_text(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """Decode JSON text nested at most ``max_depth`` deep.

    Raises ``ValueError`` on invalid JSON, :class:`TooDeepError` (also a
    ``ValueError``) when too deep -- never ``RecursionError``.
    """
    try:
        obj = json.loads(text)
    except RecursionError:
        raise TooDeepError(max_depth) from None
    if isinstance(obj, (dict, list)) and not _within_depth(obj, max_depth):
        raise TooDeepError(max_depth)
    return obj


def loads(raw: bytes, max_depth: int = MAX_DEPTH) -> Any:
    """Decode UTF-8 JSON; raises ``ValueError`` on invalid UTF-8 or JSON, and
    :class:`TooDeepError` (a ``ValueError``) past ``max_depth`` levels of nesting."""
    return loads_text(raw.decode("utf-8"), max_depth)


def op_digest(op: dict[str, Any]) -> str:
    """Hash of an op's canonical content (kind, id, base, action, data).

    Two pushes with the same op UUID are the same op only if their digests match.
    """
    canon = {"k": op.get("k"), "i": op.get("i"), "b": op.get("b"), "a": op.get("a"),
             "d": op.get("d")}
    text = json.dumps(canon, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@functools.cache
def _zstd() -> Any:
    """The zstandard module, loaded with the first body to (de)compress."""
    import zstandard

    return zstandard


_local = threading.local()


def _zstd_compressor() -> Any:
    """This thread's compressor (a ZstdCompressor must not be shared between threads)."""
    compressor = getattr(_local, "zstd", None)
    if compressor is None:
        # The frame checksum (4 bytes) turns a corrupted body into a decode error
        # instead of a JSON document that still parses with one letter changed.
        compressor = _local.zstd = _zstd().ZstdCompressor(level=6, write_checksum=True)
    return compressor


def parse_accept_encoding(header: str | None) -> list[str]:
    """Codings the peer accepts, in our order of preference (zstd first)."""
    if not header:
        return []
    offered = set()
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        if params.strip().replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000"):
            continue
        offered.add(name.strip().lower())
    return [c for c in ("zstd", "gzip") if c in offered]


def compress(body: bytes, accepted: list[str], min_size: int = 64) -> tuple[bytes, str | None]:
    """Compress with the first accepted coding if it makes ``body`` smaller.

    Returns ``(bytes, coding)`` where coding is ``None`` when sent as is.
    """
    if len(body) < min_size or not accepted:
        return body, None
    coding = accepted[0]
    packed = _zstd_compressor().compress(body) if coding == "zstd" else gzip.compress(body, 6, mtime=0)
    if len(packed) >= len(body):
        return body, None
    return packed, coding


class DecodeError(ValueError):
    """A body could not be decompressed (bad data, unknown coding or too large)."""


def decompress(body: bytes, coding: str | None, max_size: int) -> bytes:
    """Undo ``Content-Encoding``; never inflates past ``max_size`` bytes."""
    coding = (coding or "identity").strip().lower()
    if coding == "identity":
        if len(body) > max_size:
            raise DecodeError("body too large")
        return body
    try:
        if coding == "zstd":
            reader = _zstd().ZstdDecompressor().stream_reader(body)
            parts, total = [], 0
            while total <= max_size:
                piece = reader.read(max_size + 1 - total)
                if not piece:
                    break
                parts.append(piece)
                total += len(piece)
            out = b"".join(parts)
        elif coding == "gzip":
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out = d.decompress(body, max_size + 1)
            if not d.eof and len(out) <= max_size:
                raise DecodeError("truncated gzip body")
        else:
            raise DecodeError(f"unsupported Content-Encoding {coding!r}")
    except (_zstd().ZstdError, zlib.error) as exc:
        raise DecodeError(f"corrupt {coding} body") from exc
    if len(out) > max_size:
        raise DecodeError("body too large")
    return out


def decode_coding(body: bytes, coding: str | None) -> bytes:
    """Client-side helper: decompress a response body (no size cap)."""
    coding = (coding or "").strip().lower()
    if coding == "zstd":
        return _zstd().ZstdDecompressor().stream_reader(body).read()
    if coding == "gzip":
        return gzip.decompress(body)
    return body
