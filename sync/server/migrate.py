"""Schema migrations with Alembic, for SQLite and PostgreSQL (docs/deploy.md "Upgrading").

The revisions live in ``sync/server/migrations/versions``; each one is written
once and never changed after a release. A database is in one of four states:

* **empty**: a new install; :func:`upgrade` creates everything at the head.
* **before Alembic**: made by a release that created tables itself (it has a
  ``meta`` table but no ``alembic_version``). :func:`upgrade` first applies the
  fixes those releases applied at start (columns added later, the per-user op
  key), then records the baseline revision and goes on from there.
* **behind**: its revision is older than this code's head. The server refuses
  to start (:class:`SchemaOutdated`) and names the command to run, because an
  upgrade of a large database should be a decision, made after a backup.
* **current**.

``tests/server/test_migrations.py`` upgrades a database kept in
``tests/fixtures`` (made by the release before Alembic) and checks that the
models and the head revision describe the same schema.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Column, Connection, MetaData, String, Table, inspect, select

from sync.server import schema as t

MIGRATIONS = Path(__file__).with_name("migrations")
#: The first revision: the schema as the last release before Alembic made it.
BASELINE = "0001_baseline"
#: The newest revision. Known without loading Alembic, so a server starts as fast
#: as before; ``tests/server/test_migrations.py`` checks it against the scripts.
HEAD = "0004_blob_versions"
_VERSION = Table("alembic_version", MetaData(),
                 Column("version_num", String(32), primary_key=True))
UPGRADE_COMMAND = "tutorclient-server db upgrade"


class SchemaOutdated(RuntimeError):
    """The database's schema is older than this code; it must be upgraded first."""

    def __init__(self, current: str | None, head: str, where: str = "") -> None:
        self.current, self.head = current, head
        at = current or "a release before schema migrations"
        where = f" {where}" if where else ""
        super().__init__(
            f"the database schema is at {at}, this server needs {head}. Back up the "
            f"database, then run: {UPGRADE_COMMAND}{where}")


def _config(conn: Connection):  # -> alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def head() -> str:
    """The newest revision this code knows."""
    return HEAD


def script_heads() -> list[str]:
    """The heads of the revision scripts themselves (loads Alembic; for tests and checks)."""
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(_config(None)).get_heads())  # type: ignore[arg-type]


def current(conn: Connection) -> str | None:
    """The database's revision, or None (empty, or made before Alembic)."""
    if "alembic_version" not in inspect(conn).get_table_names():
        return None
    return conn.execute(select(_VERSION.c.version_num)).scalar()


def state(conn: Connection) -> str:
    """``"empty"``, ``"legacy"`` (before Alembic), ``"behind"`` or ``"current"``."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        return "legacy" if tables & set(BASELINE_TABLES) else "empty"
    return "current" if current(conn) == head() else "behind"


def upgrade(conn: Connection) -> tuple[str | None, str]:
    """Bring the database to the head revision; returns (revision before, after)."""
    found = state(conn)
    before = current(conn)
    if found == "current":
        return before, HEAD
    if found == "empty":
        # Alembic's recipe for a new database: create the tables from the models,
        # then record the head (tests prove the models equal the migrations' result).
        t.metadata.create_all(conn)
        _VERSION.create(conn)
        conn.execute(_VERSION.insert().values(version_num=HEAD))
        return None, HEAD
    from alembic import command

    cfg = _config(conn)
    if found == "legacy":
        _legacy_fixes(conn)
        command.stamp(cfg, BASELINE)
    command.upgrade(cfg, "head")
    return before, head()


def check(conn: Connection) -> str:
    """Raise :class:`SchemaOutdated` unless the schema is current or the database empty."""
    found = state(conn)
    if found in ("legacy", "behind"):
        raise SchemaOutdated(current(conn), head())
    return found


def _legacy_fixes(conn: Connection) -> None:
    """What releases before Alembic did at every start: the baseline's exact shape.

    Those releases ran ``create_all`` (missing tables), then added later columns
    and re-keyed ``ops`` per user. A database from any of them ends up exactly
    as the baseline revision creates one.
    """
    baseline = [tbl for name, tbl in t.metadata.tables.items() if name in BASELINE_TABLES]
    t.metadata.create_all(conn, tables=baseline)
    t.add_missing_columns(conn)
    t.upgrade(conn)


#: The tables the baseline revision creates (newer revisions may add more).
BASELINE_TABLES = (
    "meta", "accounts", "sessions", "devices", "records", "record_scopes", "user_feed",
    "ops", "blobs", "blob_grants", "blob_refs", "uploads", "spent_refresh", "device_keys",
    "upload_keys",
)

__all__ = ["SchemaOutdated", "BASELINE", "HEAD", "UPGRADE_COMMAND", "head", "script_heads", "current", "state",
           "upgrade", "check"]
