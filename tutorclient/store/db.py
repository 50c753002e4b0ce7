"""The profile's SQLite database: one connection per thread, WAL, explicit writes.

Reads may run on any thread through :meth:`Store.db`. Writes go through
:meth:`Store.write`, which takes SQLite's write lock up front (``BEGIN
IMMEDIATE``) so a writer never deadlocks halfway through upgrading a read
transaction, and commits or rolls back as one unit.

sqlite-utils is imported on first use of :attr:`Store.db`, not before: it costs
a tenth of a second on an old laptop, and the app's start (opening an
up-to-date profile and reading its settings through :attr:`Store.conn`) needs
none of it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from sync.errors import DiskFullError, StorageError, is_disk_full

from .versions import MIGRATION_NAMES, MIGRATION_SET, MIGRATIONS_TABLE

if TYPE_CHECKING:
    from sqlite_utils import Database

DB_FILENAME = "profile.db"
BUSY_TIMEOUT_MS = 10_000

# Entered around every outermost write transaction, lock wait included. The UI's
# operation lanes set it to order a sync's writes with their reads
# (tutorclient/ui/operations.py); the core itself never needs one.
WriteObserver = Callable[[], AbstractContextManager[object]]
_write_observer: WriteObserver | None = None


def observe_writes(observer: WriteObserver | None) -> None:
    """Install (or, with None, remove) the context manager entered around each write."""
    global _write_observer
    _write_observer = observer


def _open_connection(path: Path) -> sqlite3.Connection:
    """One raw connection with the pragmas every TutorClient connection uses."""
    # isolation_level=None: the driver never opens hidden transactions; we
    # (and sqlite-utils' atomic()) issue BEGIN/COMMIT explicitly.
    # check_same_thread=False only so close() can run at shutdown; each
    # connection is still used by the one thread that opened it.
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # NORMAL is durable across application crashes in WAL mode; only an OS
    # crash or power cut can lose the last commits, never corrupt the file.
    conn.execute("PRAGMA synchronous = NORMAL")
    # The search index's triggers fold lesson and post text through this
    # (schema m011_search_fold); the folding code loads on the first write.
    conn.create_function("tc_fold", 1, _fold, deterministic=True)
    return conn


def _fold(text: str | None) -> str:
    from .fold import index_text

    return index_text(text)


class Store:
    """A profile database. Create with :meth:`open`; close when done."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._closed = False

    @classmethod
    def open(cls, profile_dir: Path | str) -> "Store":
        """Open (creating if needed) the store in ``profile_dir`` and migrate it."""
        profile_dir = Path(profile_dir)
        try:
            profile_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if is_disk_full(exc):
                raise DiskFullError(f"Cannot create {profile_dir}: {exc.strerror}",
                                    where=profile_dir.parent) from exc
            raise StorageError(
                f"Cannot create the profile folder {profile_dir}: {exc.strerror}",
                user_message="TutorClient cannot write to its data folder. "
                "Check the disk is not full or read-only.",
            ) from exc
        store = cls(profile_dir / DB_FILENAME)
        store.migrate()
        return store

    # -- connections ---------------------------------------------------------

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's raw connection (opened on first use)."""
        if self._closed:
            raise StorageError("The store is closed")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                conn = _open_connection(self.path)
            except sqlite3.DatabaseError as exc:
                if is_disk_full(exc) or _no_room(self.path.parent):
                    # WAL mode creates -wal and -shm files on open: on a full disk
                    # SQLite says "disk I/O error", which is not a damaged database.
                    raise DiskFullError(f"Cannot open {self.path}: {exc}",
                                        where=self.path.parent) from exc
                raise StorageError(
                    f"Cannot open {self.path}: {exc}",
                    user_message="The profile's database could not be opened. "
                    "It may be damaged; export diagnostics and contact support.",
                ) from exc
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    @property
    def db(self) -> Database:
        """This thread's connection, wrapped by sqlite-utils."""
        conn = self.conn
        db = getattr(self._local, "db", None)
        if db is None or db.conn is not conn:
            from sqlite_utils import Database

            db = self._local.db = Database(conn)
        return db

    def migrate(self) -> list[str]:
        """Apply pending migrations; return the names applied."""
        conn = self.conn
        conn.execute("PRAGMA journal_mode = WAL")
        if self._up_to_date(conn):
            return []  # the usual start: no need to load the migrations at all
        from .schema import migrations

        db = self.db
        pending = [m.name for m in migrations.pending(db)]
        migrations.apply(db)
        return pending

    @staticmethod
    def _up_to_date(conn: sqlite3.Connection) -> bool:
        try:
            applied = {row[0] for row in conn.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET])}
        except sqlite3.OperationalError:  # no such table: a new database
            return False
        return applied.issuperset(MIGRATION_NAMES)

    def applied_migrations(self) -> list[str]:
        from .schema import migrations

        return [m.name for m in migrations.applied(self.db)]

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction (``BEGIN IMMEDIATE``); nested calls use savepoints."""
        db = self.db
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        observer = _write_observer
        with observer() if observer is not None else nullcontext():
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if db.conn.in_transaction:
                    db.execute("ROLLBACK")
                raise
            else:
                db.execute("COMMIT")

    def integrity_check(self) -> list[str]:
        """SQLite's integrity and foreign-key checks; empty when all is well."""
        problems = [r[0] for r in self.db.execute("PRAGMA integrity_check").fetchall()]
        problems = [p for p in problems if p != "ok"]
        problems += [
            f"foreign key: {row}" for row in self.db.execute("PRAGMA foreign_key_check").fetchall()
        ]
        for fts in ("lessons_fts", "posts_fts"):
            try:
                self.db.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as exc:
                problems.append(f"{fts}: {exc}")
        return problems

    def close_thread_connection(self) -> None:
        """Close this thread's connection (worker threads call this when they end)."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            self._local.conn = self._local.db = None
            with self._lock:
                if conn in self._all:
                    self._all.remove(conn)
            conn.close()

    def close(self) -> None:
        with self._lock:
            conns, self._all = self._all, []
        for conn in conns:
            conn.close()
        self._closed = True

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _no_room(folder: Path, below: int = 256 * 1024) -> bool:
    """Whether the filesystem holding ``folder`` is (all but) full."""
    import shutil

    try:
        return shutil.disk_usage(folder).free < below
    except OSError:
        return False
