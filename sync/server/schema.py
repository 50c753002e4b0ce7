"""Database tables (SQLAlchemy Core), identical on SQLite and PostgreSQL.

Synced data lives in one generic ``records`` table; who may read a record is
expressed as *scope keys* (``p:<partnership id>``, ``u:<user id>``) in
``record_scopes``. Every accepted write gets the next value of the global
sequence (``meta.seq``); a pull is "rows in my scopes with seq > cursor".
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 1

metadata = MetaData()

#: Counters: ``seq`` (last sequence number handed out) and ``schema``.
meta = Table(
    "meta",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

#: Login identities. Mirrors the synced ``users`` record, plus secrets.
accounts = Table(
    "accounts",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("partnerships", Text, nullable=False),  # space-separated partnership ids
    Column("specialisms", Text, nullable=False),  # JSON list
    Column("disabled", Boolean, nullable=False, default=False),
    Column("bytes_uploaded", BigInteger, nullable=False, default=0),
    Column("created_at", BigInteger, nullable=False),
)

#: One row per signed-in device session; tokens are stored as sha256 only.
sessions = Table(
    "sessions",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("user_id", String(64), nullable=False, index=True),
    Column("device_id", String(160), nullable=False),
    Column("access_hash", String(64), nullable=False, unique=True),
    Column("access_expires", BigInteger, nullable=False),
    Column("refresh_hash", String(64), nullable=False, unique=True),
    Column("refresh_expires", BigInteger, nullable=False),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(160), primary_key=True),  # user_id + ":" + client device id
    Column("user_id", String(64), nullable=False, index=True),
    Column("name", String(128), nullable=False),
    Column("app_version", String(64), nullable=False, default=""),
    Column("last_login", BigInteger, nullable=True),
    Column("last_sync", BigInteger, nullable=True),
    Column("last_cursor", BigInteger, nullable=True),
)

records = Table(
    "records",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("created_seq", BigInteger, nullable=False),  # seq of the create: tombstone pruning
    Column("scopes", Text, nullable=False),  # space-separated scope keys
    Column("parent_kind", String(32), nullable=True),
    Column("parent_id", Text, nullable=True),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", Text, nullable=True),  # compact JSON; NULL when deleted
    Column("updated_by", String(64), nullable=True),
    Index("ix_records_seq", "seq"),
    Index("ix_records_parent", "parent_kind", "parent_id"),
)

#: A record's current (present) and former (not present) scope keys; the row's
#: seq is bumped whenever the record changes or leaves the scope, so viewers of
#: a former scope receive a tombstone.
record_scopes = Table(
    "record_scopes",
    metadata,
    Column("scope", Text, primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("seq", BigInteger, nullable=False),
    Column("present", Boolean, nullable=False),
    Index("ix_record_scopes_scope_seq", "scope", "seq"),
    Index("ix_record_scopes_record", "kind", "id"),
)

#: Per-user re-evaluation entries, written when a user's memberships change:
#: at pull time each entry yields the record (now visible) or a tombstone.
user_feed = Table(
    "user_feed",
    metadata,
    Column("user_id", String(64), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("id", String(64), nullable=False),
)

#: Idempotency: every pushed op UUID with its content digest and stored result.
ops = Table(
    "ops",
    metadata,
    Column("uuid", String(64), primary_key=True),
    Column("user_id", String(64), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("result", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("uploaded_by", String(64), nullable=True),
)

#: Users who uploaded (or re-offered) a blob and so may reference it in records.
blob_grants = Table(
    "blob_grants",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("user_id", String(64), primary_key=True),
)

#: Which records reference which blobs (attachments, lesson/post Markdown).
blob_refs = Table(
    "blob_refs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("kind", String(32), primary_key=True),
    Column("id", String(64), primary_key=True),
    Index("ix_blob_refs_record", "kind", "id"),
)

uploads = Table(
    "uploads",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("user_id", String(64), nullable=False, index=True),
    Column("sha256", String(64), nullable=False),
    Column("length", BigInteger, nullable=False),
    Column("offset", BigInteger, nullable=False),
    Column("filename", String(255), nullable=True),
    Column("complete", Boolean, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

#: Idempotency keys of tus creations: a repeated ``POST /v1/uploads`` (its
#: answer was lost) gets the upload the first one made, not an orphan.
upload_keys = Table(
    "upload_keys",
    metadata,
    Column("user_id", String(64), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("upload_id", String(32), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("length", BigInteger, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)
