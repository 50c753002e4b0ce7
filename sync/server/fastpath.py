"""The fast path of the commonest request: a no-op sync from a client already up to date.

Most syncs carry nothing up and find nothing new. Answering one the ordinary
way costs a read transaction, a join to check the token and SQLAlchemy's
statement machinery, all on a worker thread. Here it costs one point read of
two counters in the database and two dictionary look-ups:

* ``meta.seq``, the head: bumped in the same transaction as every record write
  (``sync/server/db.py``). A client whose cursor equals the head has nothing
  to pull, whatever its scopes.
* ``meta.auth``, the *auth epoch*: bumped by database triggers whenever a
  session is changed or ended or an account is changed (disabled, its
  partnerships or role edited, its password reset). A verified token is cached
  with the epoch it was checked at and its expiry, and is believed only while
  the epoch is unchanged and the token unexpired.

Both counters live in the database, not in the process, so the answer stays
right with several worker processes (or servers) on one database: a write or
a revocation committed anywhere before the request began has moved a counter
that this request reads. Triggers rather than calls in our code, so no writer
(the admin CLI, a future route, a hand-run SQL fix) can forget to bump it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from typing import Any

from sqlalchemy import Engine, select, text

from sync.server import schema as t
from sync.server.scopes import Viewer

#: The ``meta`` row counting auth changes (sessions, accounts).
AUTH_EPOCH = "auth"
#: Cached verified tokens; past it, the least recently used go (about 300 B each).
MAX_CACHED_TOKENS = 50_000

_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS tc_auth_{table}_{verb} AFTER {verb.upper()} ON {table} "
    f"BEGIN UPDATE meta SET value = value + 1 WHERE name = '{AUTH_EPOCH}'; END"
    for table, verb in (("sessions", "update"), ("sessions", "delete"), ("accounts", "update"),
                        ("accounts", "delete"))
]
_PG_FUNCTION = (
    "CREATE OR REPLACE FUNCTION tc_bump_auth() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN UPDATE meta SET value = value + 1 WHERE name = '{AUTH_EPOCH}'; RETURN NULL; END $$")
_PG_TRIGGERS = [
    f"CREATE OR REPLACE TRIGGER tc_auth_{table} AFTER UPDATE OR DELETE ON {table} "
    "FOR EACH STATEMENT EXECUTE FUNCTION tc_bump_auth()"
    for table in ("sessions", "accounts")
]


def install_triggers(conn: Any, is_sqlite: bool) -> None:
    """Create the ``meta.auth`` row and the triggers that bump it (idempotent)."""
    have = conn.execute(select(t.meta.c.name).where(t.meta.c.name == AUTH_EPOCH)).first()
    if have is None:
        conn.execute(t.meta.insert().values(name=AUTH_EPOCH, value=0))
    for statement in (_SQLITE_TRIGGERS if is_sqlite else [_PG_FUNCTION, *_PG_TRIGGERS]):
        conn.execute(text(statement))


def read_epoch(conn: Any) -> int:
    """The auth epoch, inside the caller's transaction."""
    return int(conn.execute(select(t.meta.c.value).where(
        t.meta.c.name == AUTH_EPOCH)).scalar_one())


class CounterProbe:
    """Reads ``(head, auth epoch)`` in one statement, as cheaply as the database allows.

    SQLite: a plain ``sqlite3`` connection per thread in autocommit mode (one
    implicit read transaction per statement), without SQLAlchemy. It is quick
    enough (some microseconds) to run on the event loop. PostgreSQL: a pooled
    connection in autocommit; that is a network round trip, so it is called
    from a worker thread.
    """

    SQL = "SELECT name, value FROM meta WHERE name IN ('seq', 'auth')"

    def __init__(self, engine: Engine, is_sqlite: bool) -> None:
        self.engine, self.is_sqlite = engine, is_sqlite
        self._local = threading.local()
        self._path = engine.url.database if is_sqlite else None

    def _sqlite(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            # Short busy timeout: this may run on the event loop; a busy database
            # raises, and the caller takes the ordinary path instead.
            conn = sqlite3.connect(self._path, timeout=0.05, isolation_level=None,
                                   check_same_thread=False)
            self._local.conn = conn
        return conn

    def read(self) -> tuple[int, int]:
        """The committed head and auth epoch, as of now."""
        if self.is_sqlite:
            rows = self._sqlite().execute(self.SQL).fetchall()
        else:
            with self.engine.connect() as conn:
                rows = conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    self.SQL).fetchall()
        values = dict(rows)
        return int(values["seq"]), int(values[AUTH_EPOCH])


class TokenCache:
    """Verified access tokens (by digest): viewer, expiry, and the auth epoch checked at."""

    def __init__(self, max_entries: int = MAX_CACHED_TOKENS) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[str, tuple[Viewer, int, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, digest: str, epoch: int, now_s: int) -> Viewer | None:
        """The viewer if the token was verified at ``epoch`` and has not expired."""
        entry = self._entries.get(digest)
        if entry is None:
            return None
        viewer, expires, checked_at = entry
        if checked_at != epoch or expires < now_s:
            return None
        return viewer

    def put(self, digest: str, viewer: Viewer, expires: int, epoch: int) -> None:
        with self._lock:
            self._entries[digest] = (viewer, expires, epoch)
            self._entries.move_to_end(digest)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)


__all__ = ["AUTH_EPOCH", "CounterProbe", "TokenCache", "install_triggers", "read_epoch"]
