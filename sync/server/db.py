"""Connections, transactions and the global sequence, for SQLite and PostgreSQL.

Every write transaction is serialised: SQLite by ``BEGIN IMMEDIATE``, PostgreSQL
by locking the ``meta.seq`` row first (``SELECT ... FOR UPDATE``). So sequence
numbers are handed out in commit order, and a reader that first reads the head
and then rows with ``seq <= head`` never misses a change committed later with a
smaller number. (A PostgreSQL ``SEQUENCE`` would not give that guarantee: its
values are handed out outside transactions, so commit order can differ.)
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, create_engine, event, select, update

from sync.server import schema as t
from sync.server.settings import Settings


def now() -> int:
    """Current time in whole seconds since the epoch (what the database stores)."""
    return int(time.time())


def jdump(obj: Any) -> str:
    """Compact JSON text as stored in the database and sent on the wire."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


class WriteTx:
    """An open write transaction that can hand out sequence numbers."""

    def __init__(self, conn: Connection, head: int) -> None:
        self.conn = conn
        self._seq = head
        self._start = head
        self._ms: int | None = None  # the last record stamp, once read (meta "ms")
        self._ms_stored: int | None = None

    def next_seq(self) -> int:
        """Allocate the next global sequence number (written back on commit)."""
        self._seq += 1
        return self._seq

    @property
    def dirty(self) -> bool:
        return self._seq != self._start

    def stamp_ms(self) -> int:
        """The server's time in ms for a record, later than every stamp before.

        Kept in the database (``meta.ms``), not in the process: with several
        workers, a record accepted after another still gets a later stamp, so
        every client orders them as they were accepted. Writers are serialised,
        so reading and bumping it here races with no one.
        """
        if self._ms is None:
            row = self.conn.execute(select(t.meta.c.value).where(t.meta.c.name == "ms")).first()
            self._ms_stored = None if row is None else int(row.value)
            self._ms = self._ms_stored or 0
        self._ms = max(int(time.time() * 1000), self._ms + 1)
        return self._ms

    def flush(self) -> None:
        if self.dirty:
            self.conn.execute(update(t.meta).where(t.meta.c.name == "seq").values(value=self._seq))
            self._start = self._seq
        if self._ms is not None and self._ms != self._ms_stored:
            if self._ms_stored is None:
                self.conn.execute(t.meta.insert().values(name="ms", value=self._ms))
            else:
                self.conn.execute(update(t.meta).where(t.meta.c.name == "ms").values(
                    value=self._ms))
            self._ms_stored = self._ms


class Database:
    """Owns the SQLAlchemy engine; use :meth:`read` and :meth:`write`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.url = settings.database_url
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            settings.ensure_dirs()
            self.engine = create_engine(
                self.url,
                connect_args={"check_same_thread": False, "timeout": 30},
                pool_size=16,
                max_overflow=32,
            )
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = create_engine(self.url, pool_size=16, max_overflow=16,
                                        pool_pre_ping=True)

    def create_schema(self) -> None:
        """Create or upgrade the schema to this code's head, then the counters.

        For ``init``, ``db upgrade`` and tests. A server start uses :meth:`open_schema`,
        which creates an empty database but refuses to upgrade one silently.
        """
        from sync.server import migrate

        with self.write_raw() as conn:
            migrate.upgrade(conn)
            self._counters(conn)

    def open_schema(self) -> None:
        """At server start: create an empty database; refuse one older than the code.

        Raises :class:`sync.server.migrate.SchemaOutdated` naming the command to run.
        """
        from sync.server import migrate

        with self.write_raw() as conn:
            if migrate.check(conn) == "empty":
                migrate.upgrade(conn)
            self._counters(conn)

    def _counters(self, conn: Connection) -> None:
        have = {r.name for r in conn.execute(select(t.meta.c.name))}
        for name, value in (("seq", 0), ("schema", t.SCHEMA_VERSION)):
            if name not in have:
                conn.execute(t.meta.insert().values(name=name, value=value))
        from sync.server.fastpath import install_triggers

        install_triggers(conn, self.is_sqlite)  # the auth epoch (sync/server/fastpath.py)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for reading.

        SQLite: one deferred transaction (a snapshot). PostgreSQL: autocommit,
        saving the BEGIN/COMMIT round trips; readers never need a snapshot because
        they read the head first and then only rows at or below it (see above).
        """
        with self.engine.connect() as conn:
            if not self.is_sqlite:
                yield conn.execution_options(isolation_level="AUTOCOMMIT")
                return
            with conn.begin():
                yield conn

    @contextmanager
    def write_raw(self) -> Iterator[Connection]:
        """A write transaction without sequence handling (schema setup only)."""
        with self.engine.connect() as conn:
            if self.is_sqlite:
                conn = conn.execution_options(tc_begin="IMMEDIATE")
            with conn.begin():
                yield conn

    @contextmanager
    def write(self) -> Iterator[WriteTx]:
        """A serialised write transaction; commits on success, rolls back on error."""
        with self.write_raw() as conn:
            q = select(t.meta.c.value).where(t.meta.c.name == "seq")
            if not self.is_sqlite:
                q = q.with_for_update()
            tx = WriteTx(conn, int(conn.execute(q).scalar_one()))
            yield tx
            tx.flush()

    def dispose(self) -> None:
        self.engine.dispose()


def head(conn: Connection) -> int:
    """The last sequence number committed."""
    return int(conn.execute(select(t.meta.c.value).where(t.meta.c.name == "seq")).scalar_one())


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # Let us issue BEGIN ourselves (pysqlite's implicit transactions would defer it).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    mode = conn.get_execution_options().get("tc_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


__all__ = ["Database", "WriteTx", "head", "now", "jdump"]
