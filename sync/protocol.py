"""TutorClient sync protocol, version 1: message shapes and encoding (kinds: sync/kinds.py).

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
from typing import Any

from sync import kinds
# Record kinds are declared in sync/kinds.py; these names stay part of the protocol's API.
from sync.kinds import (  # noqa: F401
    CASE_STATUSES, KINDS, OWNER_KINDS, REVIEW_DECISIONS, ROLES, KindSpec, field_errors,
)

PROTOCOL_VERSION = 1
#: Oldest client protocol version the server still accepts.
MIN_PROTOCOL_VERSION = 1

SYNC_PATH = "/v1/sync"
LOGIN_PATH = "/v1/login"
REFRESH_PATH = "/v1/refresh"
LOGOUT_PATH = "/v1/logout"
BLOBS_PATH = "/v1/blobs"
UPLOADS_PATH = "/v1/uploads"
BUNDLES_PATH = "/v1/bundles"  # + "/<username>": a USB bundle, for coordinators (bundles.md)
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
