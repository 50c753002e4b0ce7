"""Database tables (SQLAlchemy Core), identical on SQLite and PostgreSQL.

Synced data lives in one generic ``records`` table; who may read a record is
expressed as *scope keys* (``p:<partnership id>``, ``u:<user id>``) in
``record_scopes``. Every accepted write gets the next value of the global
sequence (``meta.seq``); a pull is "rows in my scopes with seq > cursor".
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    LargeBinary,
    Boolean,
    Column,
    Connection,
    Index,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    text,
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
    # The server's clock (ms since the epoch) when it accepted the record: the
    # first write, the latest one, and for a case its latest (re)submission.
    # Lists and queues are ordered by these, never by clients' clocks.
    Column("created_ms", BigInteger, nullable=True),
    Column("updated_ms", BigInteger, nullable=True),
    Column("submitted_ms", BigInteger, nullable=True),
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
    # Per user: an op UUID read from someone's USB bundle and pushed first by
    # another account must not block (or reveal) the owner's op.
    Column("user_id", String(64), primary_key=True),
    Column("uuid", String(64), primary_key=True),
    Column("digest", String(64), nullable=False),
    Column("result", Text, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Index("ix_ops_created_at", "created_at"),  # retention (sync/server/retention.py)
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

#: Earlier versions of each attachment's file, newest first by ``replaced_at``: a
#: client holding one gets the current file as a delta from it (sync/server/deltas.py
#: keeps the last few, docs/deploy.md "Course updates").
blob_versions = Table(
    "blob_versions",
    metadata,
    Column("record_id", String(64), primary_key=True),  # the attachment
    Column("sha256", String(64), primary_key=True),  # a file it had before
    Column("replaced_at", BigInteger, nullable=False),
    # A device whose cursor is in [since_seq, replaced_seq) holds this file, so a
    # USB bundle for it can carry a delta from it (sync/server/bundles.py).
    Column("since_seq", BigInteger, nullable=False),
    Column("replaced_seq", BigInteger, nullable=False),
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
    Index("ix_uploads_created_at", "created_at"),
)

#: Refresh tokens already rotated away, with the session they were rotated into.
#: One coming back means a copy is in other hands: the whole session is revoked
#: (RFC 9700 s.4.14). Rows go with their session, or once past ``expires``.
spent_refresh = Table(
    "spent_refresh",
    metadata,
    Column("refresh_hash", String(64), primary_key=True),
    Column("session_id", String(32), nullable=False, index=True),
    Column("expires", BigInteger, nullable=False, index=True),
)

#: Ed25519 public keys that devices registered at sign-in; they sign the device's
#: USB bundles (docs/bundles.md). ``id`` is the hex SHA-256 of the raw key.
device_keys = Table(
    "device_keys",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("user_id", String(64), nullable=False, index=True),
    Column("device_id", String(160), nullable=False),  # user_id + ":" + client device id
    Column("public_key", String(64), nullable=False),  # base64 of the 32 raw bytes
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


#: S3 backend: the parts of a tus upload already sent as an S3 multipart upload
#: (``multipart_id``), with their ETags, so any worker can continue or finish it.
upload_parts = Table(
    "upload_parts",
    metadata,
    Column("upload_id", String(32), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("multipart_id", String(1024), nullable=False),
    Column("etag", String(128), nullable=False),
    Column("size", BigInteger, nullable=False),
)

#: S3 backend: bytes received since the last part, until they make one (S3 parts
#: are at least 5 MiB): kept here, not in one worker's memory or disk.
upload_chunks = Table(
    "upload_chunks",
    metadata,
    Column("upload_id", String(32), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

#: Failed sign-ins (username+address, and address alone as username ""), shared
#: by every worker on one database (sync/server/auth.py LoginLimiter).
login_failures = Table(
    "login_failures",
    metadata,
    # No key: two workers may count a failure of the same pair in the same microsecond.
    Column("username", String(255), nullable=False),
    Column("ip", String(64), nullable=False),
    Column("at", Float, nullable=False),
    Index("ix_login_failures_key", "username", "ip", "at"),
    Index("ix_login_failures_at", "at"),
)


#: Columns added after a table first shipped: create_all() does not add columns
#: to an existing table, so :func:`add_missing_columns` does (all nullable).
LATER_COLUMNS = {"records": ("created_ms", "updated_ms", "submitted_ms")}


def add_missing_columns(conn: Connection) -> None:
    """Bring a pre-Alembic database's tables up to :data:`LATER_COLUMNS` (sync/server/migrate.py)."""
    have = inspect(conn)
    for table, columns in LATER_COLUMNS.items():
        present = {c["name"] for c in have.get_columns(table)}
        for name in columns:
            if name not in present:
                kind = metadata.tables[table].c[name].type.compile(conn.dialect)
                conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {kind}"))


def upgrade(conn: Connection) -> None:
    """Bring tables made by an earlier release up to date (after ``create_all``).

    ``ops`` was keyed by UUID alone; it is now keyed per user, so another
    account's op with the same UUID is its own op. Copy, recreate, copy back:
    the same statements work on SQLite and PostgreSQL, and the stored results
    survive (a client retrying an op from before still gets its result).
    """
    if inspect(conn).get_pk_constraint("ops")["constrained_columns"] != ["uuid"]:
        return
    cols = "user_id, uuid, digest, result, created_at"
    conn.execute(text(f"CREATE TABLE ops_before_upgrade AS SELECT {cols} FROM ops"))
    conn.execute(text("DROP TABLE ops"))
    ops.create(conn)
    conn.execute(text(f"INSERT INTO ops ({cols}) SELECT {cols} FROM ops_before_upgrade"))
    conn.execute(text("DROP TABLE ops_before_upgrade"))
