"""Record kinds: the one declaration of every synced record (docs/data-model.md).

Each kind states its fields (type, required, nullable, allowed values), who may
write it, whether it is append-only, and how its readers (its *scope*) are
found. The rest is derived from :data:`KINDS`:

* the field checks client and server both run (:func:`field_errors`) and the
  server's value checks (:func:`value_errors`),
* the JSON Schema of ops and changes in the server's OpenAPI document (:func:`data_schema`),
* the server's write policy (``sync/server/rules.py``), scope keys
  (``sync/server/scopes.py``) and blob references (:func:`blob_refs_of`),
* the client store's field lists (``tutorclient/store/records.py``).

SQL tables are not generated from it: the server keeps records as JSON, and the
client's tables come from migrations that never change once shipped.
``tests/sync/test_kinds.py`` checks this declaration against both real
databases, so a field added here without a column (or the reverse) fails a test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

ROLES = ("trainee", "tutor", "coordinator", "admin")
CASE_STATUSES = ("draft", "submitted", "in_review", "reviewed", "revision_requested")
REVIEW_DECISIONS = ("reviewed", "revision_requested")

# -- field types ------------------------------------------------------------------------

TEXT = "text"
ID = "id"  #: another record's id (1-64 printable characters, no space or slash)
IDS = "ids"  #: a list of ids
INT = "int"
LIST = "list"
OBJECT = "object"
TIME = "time"  #: the author's clock: ISO 8601 text or epoch seconds, for display only
SHA256 = "sha256"  #: a blob's hash: the record references that blob
MARKDOWN = "markdown"  #: text whose ``blob:<sha256>`` links reference blobs

_PY_TYPES: dict[str, tuple[type, ...]] = {
    TEXT: (str,), ID: (str,), SHA256: (str,), MARKDOWN: (str,), INT: (int,),
    IDS: (list,), LIST: (list,), OBJECT: (dict,), TIME: (str, int, float),
}
_JSON_TYPES: dict[str, list[str]] = {
    TEXT: ["string"], ID: ["string"], SHA256: ["string"], MARKDOWN: ["string"],
    INT: ["integer"], IDS: ["array"], LIST: ["array"], OBJECT: ["object"],
    TIME: ["string", "number"],
}
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
BLOB_LINK = re.compile(r"blob:([0-9a-f]{64})")


@dataclass(frozen=True)
class Field:
    """One field of a record kind."""

    type: str
    required: bool = False  #: must be present on create, and never null
    null: bool = False
    choices: tuple[str, ...] = ()
    range: tuple[int, int] | None = None
    why: str = ""  #: the refusal for a value outside ``choices`` (the default names them)
    #: a SHA256 blob fetched only when a user asks for it: readable like the record's
    #: other blobs, but never carried along with the record (USB bundles)
    on_demand: bool = False

    @property
    def types(self) -> tuple[type, ...]:
        """The Python types a decoded JSON value may have."""
        return _PY_TYPES[self.type] + ((type(None),) if self.null else ())

    def schema(self) -> dict[str, Any]:
        """This field as JSON Schema."""
        types = _JSON_TYPES[self.type] + (["null"] if self.null else [])
        out: dict[str, Any] = {"type": types[0] if len(types) == 1 else types}
        if self.choices:
            out["enum"] = [*self.choices, *([None] if self.null else [])]
        if self.range:
            out["minimum"], out["maximum"] = self.range
        if self.type == ID:
            out.update(minLength=1, maxLength=64)
        elif self.type == IDS:
            out["items"] = {"type": "string", "minLength": 1, "maxLength": 64}
        elif self.type == SHA256:
            out["pattern"] = _SHA256.pattern
        return out


def required(type_: str, **kw: Any) -> Field:
    """A field every create must give, never null."""
    return Field(type_, required=True, **kw)


def optional(type_: str, **kw: Any) -> Field:
    """A field that may be left out, but is never null."""
    return Field(type_, **kw)


def nullable(type_: str, **kw: Any) -> Field:
    """A field that may be left out or null."""
    return Field(type_, null=True, **kw)


# -- who writes, who reads ------------------------------------------------------------------

ADMIN = "admin"  #: only administrators write it (course content, people)
OWNER = "owner"  #: one user's own data: ``owner_field`` must be the caller
MEMBERS = "members"  #: members write it under the kind's rule in ``sync/server/rules.py``
WRITERS = (ADMIN, OWNER, MEMBERS)


@dataclass(frozen=True)
class Scope:
    """How a record's scope keys (its readers) are found (docs/protocol.md, "Scopes").

    When ``parent_field`` holds a value, the record inherits the keys of that
    record (of kind ``parent_kind``, or of the kind named by
    ``parent_kind_field``); otherwise its keys are ``keys``, templates
    ``p:<field>`` (a partnership) or ``u:<field>`` (a user), where ``id`` is the
    record's own id and a list field gives one key per item. While a record's
    ``status`` is ``draft``, ``draft_keys`` replace ``keys``.
    """

    keys: tuple[str, ...] = ()
    parent_field: str | None = None
    parent_kind: str | None = None
    parent_kind_field: str | None = None
    draft_keys: tuple[str, ...] = ()


def keys(*templates: str, draft: tuple[str, ...] = ()) -> Scope:
    """A scope of its own: keys from these templates (``draft``: while a draft)."""
    return Scope(keys=templates, draft_keys=draft)


def inherit(kind: str, field: str, *otherwise: str) -> Scope:
    """The scope of the ``kind`` record ``field`` names; ``otherwise`` keys when it is empty."""
    return Scope(keys=otherwise, parent_field=field, parent_kind=kind)


@dataclass(frozen=True)
class KindSpec:
    """One record kind."""

    fields: dict[str, Field]
    writers: str
    scope: Scope
    owner_field: str | None = None  #: owner-written kinds: the field that must equal the caller
    append_only: bool = False
    #: Read only by the holders of its scope keys: administrators, who otherwise
    #: read everything, neither read nor write it on anyone else's behalf
    #: (a tutor's reflections, a trainee's thanks to a tutor).
    private: bool = False

    @property
    def required(self) -> frozenset[str]:
        """Fields that must be present on create."""
        return frozenset(n for n, f in self.fields.items() if f.required)

    @property
    def has_blobs(self) -> bool:
        """Whether records of this kind can reference blobs."""
        return any(f.type in (SHA256, MARKDOWN) for f in self.fields.values())


def _kind(writers: str, scope: Scope, fields: dict[str, Field], **kw: Any) -> KindSpec:
    return KindSpec(fields, writers, scope, **kw)


_T = nullable(TIME)
_TEXT_OR_NULL = nullable(TEXT)
_OWNED = keys("u:user_id")

#: Every record kind. The order of a kind's fields is the order of its client table.
KINDS: dict[str, KindSpec] = {
    "partnerships": _kind(ADMIN, keys("p:id"), {
        "name": required(TEXT), "region": _TEXT_OR_NULL}),
    "users": _kind(ADMIN, keys("u:id", "p:partnerships"), {
        "username": required(TEXT), "display_name": optional(TEXT),
        "role": required(TEXT, choices=ROLES, why="unknown role"),
        "partnerships": required(IDS), "specialisms": optional(IDS)}),
    "courses": _kind(ADMIN, keys("p:partnerships"), {
        "slug": required(TEXT), "title": required(TEXT), "summary": _TEXT_OR_NULL,
        "language": _TEXT_OR_NULL, "partnerships": required(IDS), "position": nullable(INT)}),
    "modules": _kind(ADMIN, inherit("courses", "course_id"), {
        "course_id": required(ID), "slug": required(TEXT), "title": required(TEXT),
        "position": nullable(INT)}),
    "lessons": _kind(ADMIN, inherit("courses", "course_id"), {
        "course_id": required(ID), "module_id": required(ID), "slug": required(TEXT),
        "title": required(TEXT), "body_md": required(MARKDOWN), "position": nullable(INT),
        "minutes": nullable(INT)}),
    "attachments": _kind(
        MEMBERS, Scope(parent_field="owner_id", parent_kind_field="owner_kind"), {
            "course_id": nullable(ID), "owner_kind": required(ID), "owner_id": required(ID),
            "sha256": required(SHA256), "filename": required(TEXT), "mime": _TEXT_OR_NULL,
            "size": required(INT),
            "role": optional(TEXT, choices=("image", "pdf", "file"),
                             why="attachment role must be image, pdf or file"),
            # A course picture delivered as a light WebP keeps the author's file on the
            # server: readers fetch it only on demand ("Full resolution"). Being a SHA256
            # field makes it a blob reference, so whoever may read the record may read it.
            "original_sha256": nullable(SHA256, on_demand=True), "original_size": nullable(INT)}),
    "quizzes": _kind(ADMIN, inherit("courses", "course_id"), {
        "lesson_id": required(ID), "course_id": required(ID), "title": optional(TEXT),
        "questions": required(LIST)}),
    "quiz_attempts": _kind(OWNER, _OWNED, {
        "quiz_id": required(ID), "user_id": required(ID), "answers": required(OBJECT),
        "score": nullable(INT), "max_score": nullable(INT), "finished_at": _T},
        owner_field="user_id"),
    "cases": _kind(MEMBERS, keys("p:partnership_id", draft=("u:author_id",)), {
        "author_id": required(ID), "partnership_id": required(ID),
        "specialism": _TEXT_OR_NULL, "title": required(TEXT),
        "presenting_complaint": _TEXT_OR_NULL, "history": _TEXT_OR_NULL,
        "examination": _TEXT_OR_NULL, "investigations": _TEXT_OR_NULL,
        "question": _TEXT_OR_NULL,
        "status": required(TEXT, choices=CASE_STATUSES, why="unknown case status"),
        "claimed_by": nullable(ID), "claimed_at": _T, "created_at": _T, "updated_at": _T}),
    "threads": _kind(MEMBERS, inherit("cases", "case_id", "p:partnership_id"), {
        "kind": required(TEXT, choices=("case", "course"),
                         why="a discussion's kind must be case or course"),
        "case_id": nullable(ID), "course_id": nullable(ID),
        "partnership_id": required(ID), "title": _TEXT_OR_NULL, "created_by": required(ID),
        "created_at": _T}),
    "posts": _kind(MEMBERS, inherit("threads", "thread_id"), {
        "thread_id": required(ID), "author_id": required(ID), "body_md": required(MARKDOWN),
        "quote_post_id": nullable(ID), "created_at": _T},
        append_only=True),
    "reviews": _kind(MEMBERS, inherit("cases", "case_id"), {
        "case_id": required(ID), "tutor_id": required(ID), "strengths": _TEXT_OR_NULL,
        "concerns": _TEXT_OR_NULL, "next_steps": _TEXT_OR_NULL,
        "rubric_score": nullable(INT, range=(1, 5)),
        "decision": required(TEXT, choices=REVIEW_DECISIONS,
                             why="a review's decision must be reviewed or revision_requested"),
        "created_at": _T}),
    "progress": _kind(OWNER, _OWNED, {
        "user_id": required(ID), "lesson_id": required(ID), "state": required(TEXT),
        "position": nullable(INT), "updated_at": _T},
        owner_field="user_id"),
    "bookmarks": _kind(OWNER, _OWNED, {
        "user_id": required(ID), "lesson_id": required(ID), "anchor": _TEXT_OR_NULL,
        "label": _TEXT_OR_NULL, "created_at": _T},
        owner_field="user_id"),
    "notes": _kind(OWNER, _OWNED, {
        "user_id": required(ID), "lesson_id": required(ID), "body": required(TEXT),
        "updated_at": _T},
        owner_field="user_id"),
    # Spaced review (tutorclient/cards.py). A card is one trainee's one quiz question;
    # both kinds are logs the scheduler replays, so a device only ever adds to them.
    "kept_questions": _kind(OWNER, _OWNED, {
        "user_id": required(ID), "question_id": required(ID), "kept_at": required(TIME)},
        owner_field="user_id", append_only=True),
    "card_reviews": _kind(OWNER, _OWNED, {
        "user_id": required(ID), "question_id": required(ID),
        "rating": required(INT, range=(1, 4)), "reviewed_at": required(TIME),
        "device": _TEXT_OR_NULL},
        owner_field="user_id", append_only=True),
    # The tutor's own note on one review (derived id: one per review): the reflection
    # and the active time the review form measured (docs/data-model.md, "Time given").
    "reflections": _kind(OWNER, _OWNED, {
        "user_id": required(ID), "review_id": required(ID), "case_id": required(ID),
        "body": optional(TEXT), "active_seconds": optional(INT, range=(0, 7200)),
        "updated_at": _T},
        owner_field="user_id", private=True),
    # A trainee's "this helped me" on a review of their case, with an optional note.
    "review_thanks": _kind(MEMBERS, keys("u:trainee_id", "u:tutor_id"), {
        "review_id": required(ID), "case_id": required(ID), "trainee_id": required(ID),
        "tutor_id": required(ID), "note": optional(TEXT), "created_at": _T},
        private=True),
    # A device's sync health (docs/insight.md): the device reports it after a good sync
    # (POST /v1/device-health, not an op: nothing of it waits in an outbox) and the
    # server stores it. Its user reads it (their own figures); no user writes it.
    "device_health": _kind(ADMIN, _OWNED, {
        "user_id": required(ID), "device": required(ID),
        "failures": required(INT, range=(0, 1_000_000)), "last_failure": _T,
        "month_bytes": required(INT, range=(0, 2**53)), "month_cap": nullable(INT),
        "day_cap": nullable(INT), "reported_at": _T}),
    # Figures the server computes (sync/server/insight.py), one record per viewer and
    # partnership, readable by that viewer alone: what they show is already filtered
    # by the privacy rules of docs/insight.md.
    "insights": _kind(ADMIN, keys("u:viewer_id"), {
        "viewer_id": required(ID), "partnership_id": required(ID),
        "audience": required(TEXT, choices=("trainee", "tutor", "coordinator"),
                             why="an insight's audience must be trainee, tutor or coordinator"),
        "period_from": required(TEXT), "period_to": required(TEXT),
        "computed_at": _T, "figures": required(OBJECT)}),
}

ADMIN_KINDS = frozenset(k for k, s in KINDS.items() if s.writers == ADMIN)
OWNER_KINDS = frozenset(k for k, s in KINDS.items() if s.writers == OWNER)


# -- checks ---------------------------------------------------------------------------------


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
        field = spec.fields[name]
        # bool is an int subclass in Python; JSON true is never a valid count.
        if isinstance(value, bool) or not isinstance(value, field.types):
            return f"field {kind}.{name} has the wrong type"
        if field.required and value is None:
            return f"field {kind}.{name} may not be null"
    return None


def _id_ok(value: Any) -> bool:
    return value is None or (isinstance(value, str) and 0 < len(value) <= 64
                             and value.isprintable() and " " not in value and "/" not in value)


def value_errors(kind: str, data: dict[str, Any]) -> str | None:
    """Checks beyond types on a whole record (ids, allowed values, ranges, hashes).

    ``data`` has passed :func:`field_errors`; returns a reason starting with
    ``invalid:``, or ``None``.
    """
    fields = KINDS[kind].fields
    for name, value in data.items():
        field = fields.get(name)  # admin imports are not checked field by field
        if field is None:
            continue
        if field.type == ID and not _id_ok(value):
            return f"invalid: {kind}.{name} is not a valid id"
        if field.type == IDS and not all(v is not None and _id_ok(v) for v in value):
            return f"invalid: {kind}.{name} must be a list of ids"
    for name, field in fields.items():
        value = data.get(name)
        if value is None:
            continue
        if field.choices and value not in field.choices:
            return "invalid: " + (field.why or f"{kind}.{name} must be one of "
                                  + ", ".join(field.choices))
        if field.range and not field.range[0] <= value <= field.range[1]:
            return f"invalid: {name} must be between {field.range[0]} and {field.range[1]}"
        if field.type == SHA256 and not (isinstance(value, str) and _SHA256.match(value)):
            return f"invalid: {name} must be 64 lowercase hex digits"
    return None


def blob_refs_of(kind: str, data: dict[str, Any] | None, *, on_demand: bool = True) -> set[str]:
    """The blob hashes a record references (hash fields and ``blob:`` links).

    ``on_demand=False`` leaves out blobs fetched only when asked for (a
    picture's original): what travels with the record, not what it lets one read.
    """
    refs: set[str] = set()
    if not data or kind not in KINDS:
        return refs
    for name, field in KINDS[kind].fields.items():
        value = data.get(name)
        if not isinstance(value, str) or (field.on_demand and not on_demand):
            continue
        if field.type == SHA256:
            refs.add(value)
        elif field.type == MARKDOWN:
            refs.update(BLOB_LINK.findall(value))
    return refs


def data_schema(kind: str, *, creating: bool) -> dict[str, Any]:
    """JSON Schema of a record's data: a whole record on create, else a patch."""
    spec = KINDS[kind]
    schema: dict[str, Any] = {
        "type": "object", "additionalProperties": False,
        "properties": {name: f.schema() for name, f in spec.fields.items()},
    }
    if creating:
        schema["required"] = sorted(spec.required)
    return schema
