"""TutorClient sync protocol, versions 1 and 2: message shapes and encoding (kinds: sync/kinds.py).

This module is shared by the client engine and the reference server, so it holds
only pure functions and constants (no HTTP, no database). ``docs/protocol.md`` is
the normative description; this file is its executable half.

One sync is one ``POST /v1/sync`` exchange::

    request   {"v": 2, "c": <cursor>, "o": [<op>...], "p": <page bytes>}
    response  {"v": 2, "r": [<result>...], "x": [<change>...], "t": <ms>, "c": <cursor>, "m": true}

Empty lists and false flags are omitted on the wire to save bytes. Version 2
sends results and changes as compact arrays (:func:`compact_result`,
:func:`change_v2`); the engine expands them back into the version 1 shapes
(:func:`expand_results`, :func:`expand_changes`), so the local store sees one
shape whatever the server speaks.
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
from typing import Any

from sync import kinds
# Record kinds are declared in sync/kinds.py; these names stay part of the protocol's API.
from sync.kinds import (  # noqa: F401
    CASE_STATUSES, KINDS, OWNER_KINDS, REVIEW_DECISIONS, ROLES, KindSpec, field_errors,
)

PROTOCOL_VERSION = 3
#: Oldest client protocol version the server still accepts.
MIN_PROTOCOL_VERSION = 1
#: Version 1: results echo op UUIDs, changes are objects, pages of ~128 KiB.
V1 = 1
#: Version 2: compact results and changes, pushes and pages sized by bytes.
V2 = 2
#: Version 3: version 2, and a create carries no op UUID (:func:`create_key`).
V3 = 3
#: The version a client tries next when the server answers 426 ``server_too_old``.
FALLBACK = {V3: V2, V2: V1}

SYNC_PATH = "/v1/sync"
LOGIN_PATH = "/v1/login"
REFRESH_PATH = "/v1/refresh"
LOGOUT_PATH = "/v1/logout"
BLOBS_PATH = "/v1/blobs"
UPLOADS_PATH = "/v1/uploads"
#: Many blobs in one answer, as a stream of frames (:func:`frame_head`).
BLOBS_BATCH_PATH = "/v1/blobs/batch"
#: ``GET /v1/blobs/<sha256>?base=<sha256>``: the blob as a delta from a version the
#: client holds (``sync.delta``), when the server has one; the answer then names its
#: base in :data:`DELTA_HEADER`, and is otherwise the whole blob.
DELTA_BASE_PARAM = "base"
DELTA_HEADER = "X-Delta-Base"
USER_AGENT = f"tc/{PROTOCOL_VERSION}"

DEFAULT_PAGE_SIZE = 200
#: Most changes one page may hold when the client asks (``n``); version 2's default.
MAX_PAGE_SIZE = 5000
#: Ops per push: one write transaction, so this bounds how long one client holds the lock.
MAX_OPS_PER_REQUEST = 500
#: Version 2: uncompressed JSON a client asks per page (``p``) unless it says otherwise;
#: the server caps ``p`` at its ``max_page_bytes``.
DEFAULT_PAGE_BYTES_V2 = 2 * 1024 * 1024
#: Version 2: uncompressed JSON of one push, at most (well under the server's 16 MiB inflated cap).
PUSH_BYTES_V2 = 4 * 1024 * 1024

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


# ---------------------------------------------------------------------------
# Message shapes as JSON Schema (the OpenAPI document of the reference server).
# Built on demand from sync/kinds.py: the client never pays for them.
# ---------------------------------------------------------------------------

_STAMPS = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2,
           "maxItems": 3,
           "description": "server times, ms: created, updated (and a case's submission)"}


def op_schema() -> dict[str, Any]:
    """One pushed op: a create (``b`` null, whole record), a patch, or a bare action."""
    common = {
        "u": {"type": "string", "minLength": 1, "maxLength": 64, "description": "op UUID"},
        "i": {"type": "string", "description": "record id"},
    }
    variants: list[dict[str, Any]] = []
    for kind in KINDS:
        for creating in (True, False):
            variants.append({
                "type": "object", "additionalProperties": False,
                "required": ["u", "k", "i", "a", "d", *([] if creating else ["b"])],
                "properties": {
                    **common, "k": {"const": kind}, "a": {"const": PUT},
                    "b": {"type": "null"} if creating else {"type": "integer", "minimum": 1},
                    "d": kinds.data_schema(kind, creating=creating),
                },
            })
    variants.append({
        "type": "object", "additionalProperties": False, "required": ["u", "k", "i", "a"],
        "properties": {**common, "k": {"enum": list(KINDS)},
                       "a": {"enum": [DELETE, CLAIM, UNCLAIM]},
                       "b": {"type": ["integer", "null"], "minimum": 1},
                       "d": {"type": "object", "maxProperties": 0}},
    })
    return {"anyOf": variants, "description": "b: base version (null creates); "
            "d: the whole record on create, a patch of changed fields otherwise"}


def result_schema() -> dict[str, Any]:
    """The server's verdict on one op, in the order the ops were sent."""
    return {
        "type": "object", "required": ["u", "s"],
        "properties": {
            "u": {"type": "string", "description": "op UUID"},
            "s": {"enum": [OK, CONFLICT, REJECTED]},
            "v": {"type": "integer", "description": "the record's new version (ok)"},
            "t": _STAMPS,
            "e": {"type": "string", "description": "why it was rejected"},
            "cur": {"type": "object", "description": "the server's copy (conflict): v and d",
                    "properties": {"v": {"type": "integer"},
                                   "d": {"type": ["object", "null"]}}},
        },
    }


def change_schema() -> dict[str, Any]:
    """One record the client has not seen; ``d`` is null for a tombstone."""
    return {"anyOf": [{
        "type": "object", "required": ["k", "i", "v", "d"],
        "properties": {
            "k": {"const": kind}, "i": {"type": "string"}, "v": {"type": "integer"},
            "d": {"anyOf": [{"type": "null"}, kinds.data_schema(kind, creating=True)]},
            "t": _STAMPS,
        },
    } for kind in KINDS]}


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


#: zstd level for bodies under :data:`LARGE_BODY` bytes (fast; small bodies gain little more).
SMALL_LEVEL = 6
#: zstd level from :data:`LARGE_BODY` up. Measured on 640 KB of posts (500 ops) on this
#: 2-core machine: level 6 gives 147.3 KB in 6 ms, 12 gives 141.3 KB in 19 ms, 15 gives
#: 134.9 KB in 64 ms, 19 gives 124.2 KB in 206 ms (22: same size, same time). At 64 kbit/s
#: level 19 saves 2.9 s of air time for 0.2 s of CPU, so large bodies get 19.
LARGE_LEVEL = 19
LARGE_BODY = 32 * 1024


def _zstd_compressor(level: int = SMALL_LEVEL) -> Any:
    """This thread's compressor at ``level`` (a ZstdCompressor must not be shared between threads)."""
    cache = getattr(_local, "zstd", None)
    if cache is None:
        cache = _local.zstd = {}
    compressor = cache.get(level)
    if compressor is None:
        # The frame checksum (4 bytes) turns a corrupted body into a decode error
        # instead of a JSON document that still parses with one letter changed.
        compressor = cache[level] = _zstd().ZstdCompressor(level=level, write_checksum=True)
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
    level = LARGE_LEVEL if len(body) >= LARGE_BODY else SMALL_LEVEL
    packed = _zstd_compressor(level).compress(body) if coding == "zstd" \
        else gzip.compress(body, 6, mtime=0)
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


# ---------------------------------------------------------------------------
# Version 2: compact results and changes (docs/protocol.md, "Version 2")
#
# Results are in op order, so an ok result is just the new version and the
# server's times; only conflicts and rejections need more. Server times go as
# a chain of differences: within one answer's results (and, separately, its
# changes) each record's first time is sent as the difference to the previous
# record's first time (the first one as is), and its later times as the
# difference to its own first. Records accepted together differ by a few ms.
# ---------------------------------------------------------------------------


def stamp_deltas(stamps: list[int] | None, prev: int) -> tuple[list[int], int]:
    """``(deltas, new prev)`` for one record's server times; ``([], prev)`` for none.

    ``[created]`` alone means updated == created (a record never edited).
    """
    if not stamps:
        return [], prev
    first = stamps[0]
    out = [first - prev]
    rest = [s - first for s in stamps[1:]]
    if rest != [0]:
        out.extend(rest)
    return out, first


def stamps_from(deltas: list[Any], prev: int) -> tuple[list[int] | None, int]:
    """Undo :func:`stamp_deltas`; raises ``ValueError`` on a malformed list."""
    if not deltas:
        return None, prev
    if len(deltas) > 3 or not all(isinstance(d, int) and not isinstance(d, bool) for d in deltas):
        raise ValueError(f"bad server times {deltas!r}")
    first = prev + deltas[0]
    rest = [first + d for d in deltas[1:]] or [first]
    return [first, *rest], first


def compact_results(results: list[dict[str, Any]]) -> list[Any]:
    """Version 1 results (dicts with ``u``) as version 2 sends them, in the same order.

    ok: the bare version, or ``[v, <time deltas>]``; conflict: ``{"cur": ...}``;
    rejected: ``{"e": reason}``. No op UUIDs: the client matches by position.
    """
    out: list[Any] = []
    prev = 0
    for r in results:
        status = r.get("s")
        if status == OK:
            deltas, prev = stamp_deltas(r.get("t"), prev)
            out.append([r.get("v"), *deltas] if deltas else r.get("v"))
        elif status == CONFLICT:
            out.append({"cur": r.get("cur")})
        else:
            out.append({"e": r.get("e", "")})
    return out


def expand_results(items: list[Any], uuids: list[str]) -> list[dict[str, Any]]:
    """Version 2 results back to version 1 dicts, naming the op UUIDs sent in that order.

    Raises ``ValueError`` for anything that is not a version 2 result.
    """
    if not isinstance(items, list) or len(items) != len(uuids):
        raise ValueError("results do not match the ops sent")
    out: list[dict[str, Any]] = []
    prev = 0
    for u, item in zip(uuids, items):
        if isinstance(item, int) and not isinstance(item, bool):
            out.append({"u": u, "s": OK, "v": item})
        elif isinstance(item, list) and item and isinstance(item[0], int):
            stamps, prev = stamps_from(item[1:], prev)
            out.append({"u": u, "s": OK, "v": item[0], "t": stamps})
        elif isinstance(item, dict) and "cur" in item:
            out.append({"u": u, "s": CONFLICT, "cur": item["cur"]})
        elif isinstance(item, dict) and isinstance(item.get("e"), str):
            out.append({"u": u, "s": REJECTED, "e": item["e"]})
        else:
            raise ValueError(f"unreadable result {item!r}")
    return out


def change_v2(kind: str, record_id: str, version: int, data_json: str,
              deltas: list[int]) -> str:
    """One change as version 2 sends it: ``["posts","<id>",1,{...},<time deltas>]``.

    ``data_json`` is the record's stored JSON text, or ``"null"`` for a tombstone.
    """
    tail = "".join(f",{d}" for d in deltas)
    return '["%s",%s,%d,%s%s]' % (kind, json.dumps(record_id, ensure_ascii=False), version,
                                  data_json, tail)


def expand_changes(items: list[Any]) -> list[dict[str, Any]]:
    """Version 2 changes back to version 1 dicts (``k``, ``i``, ``v``, ``d``, ``t``)."""
    if not isinstance(items, list):
        raise ValueError("changes must be a list")
    out: list[dict[str, Any]] = []
    prev = 0
    for item in items:
        if not isinstance(item, list) or len(item) < 4:
            raise ValueError(f"unreadable change {item!r}")
        kind, rid, version, data = item[:4]
        change: dict[str, Any] = {"k": kind, "i": rid, "v": version, "d": data}
        stamps, prev = stamps_from(item[4:], prev)
        if stamps is not None:
            change["t"] = stamps
        out.append(change)
    return out


def is_create(op: dict[str, Any]) -> bool:
    """A put with no base version: the op that makes a record."""
    return op.get("a", PUT) == PUT and op.get("b") is None


#: Starts every :func:`create_key`; never the first character of a UUID.
CREATE_KEY_PREFIX = "="


def create_key(op: dict[str, Any]) -> str:
    """The idempotency key of a version 3 create, which is sent without an op UUID.

    A create names its record (``k``, ``i``) and carries the whole of it, so its
    content digest identifies it: a replay of the same create (its answer was
    lost) has the same key and gets the stored result. Another create of that
    record has other content, so another key, and meets the record as a conflict.
    Saves 36 bytes of UUID and its JSON per created record (most of a push).
    """
    return CREATE_KEY_PREFIX + op_digest(full_op(op))


def lean_op(op: dict[str, Any], version: int = V2) -> dict[str, Any]:
    """An op as version 2 sends it: ``a`` left out when ``put``, ``b`` when null;
    from version 3 a create's ``u`` too (:func:`create_key` stands for it)."""
    drop_uuid = version >= V3 and is_create(op)
    return {k: v for k, v in op.items()
            if not (k == "a" and v == PUT) and not (k == "b" and v is None)
            and not (k == "u" and drop_uuid)}


def full_op(op: Any) -> Any:
    """A version 2 op with its defaults restored (``a``: put, ``b``: null), so its digest,
    and so its replay, is the same whichever version sent it."""
    if isinstance(op, dict):
        return {"a": PUT, "b": None, **op}
    return op


# -- blob batches (``POST /v1/blobs/batch``) ----------------------------------------

#: Most blobs one batch request may name (the server answers 400 beyond).
MAX_BATCH_BLOBS = 1000
#: The offset field of a frame for a blob the caller may not have: "no such blob,
#: or not shared with you", the same answer for both.
FRAME_REFUSED = "-"
#: A frame head never exceeds this (64 hex, two integers, two spaces, a newline).
MAX_FRAME_HEAD = 128
BATCH_MEDIA_TYPE = "application/vnd.tutorclient.blobs"


def frame_head(sha256: str, offset: int | None, length: int) -> bytes:
    """One frame's head: ``<sha256> <offset> <length>\\n``; ``length`` bytes follow.

    The bytes are the blob's from ``offset`` to its end; a refused blob is
    ``<sha256> - 0`` with no bytes.
    """
    first = FRAME_REFUSED if offset is None else str(offset)
    return f"{sha256} {first} {length}\n".encode("ascii")


def parse_frame_head(line: bytes) -> tuple[str, int | None, int]:
    """``(sha256, offset or None when refused, length)``; ValueError when malformed."""
    parts = line.decode("ascii").split(" ")
    if len(parts) != 3 or len(parts[0]) != 64 or not all(
            c in "0123456789abcdef" for c in parts[0]):
        raise ValueError(f"bad frame head {line[:80]!r}")
    sha, first, length = parts[0], parts[1], int(parts[2])
    if first == FRAME_REFUSED:
        if length:
            raise ValueError("a refused frame carries bytes")
        return sha, None, 0
    offset = int(first)
    if offset < 0 or length < 0:
        raise ValueError(f"bad frame head {line[:80]!r}")
    return sha, offset, length
