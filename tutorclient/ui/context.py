"""What every view needs: the open profile, the operations lanes and sync control.

Views never touch the store on the UI thread: they call :meth:`AppContext.query`
(a read on the parallel lane) or :meth:`AppContext.write` (a write on the
serial lane) and redraw from the result or from the change notices that
:attr:`hub` fans out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThread, Signal

from sync.errors import TutorClientError
from tutorclient.changes import Changes
from tutorclient.session import Profile

from .operations import ChangeHub, QueryOp, SyncOp, WriteOp, change_hub

if TYPE_CHECKING:  # the sync stack loads with the first sync, not at start
    from sync.engine import Options, Progress, Summary, SyncEngine

T = TypeVar("T")

OFFLINE, ONLINE, SYNCING, UNKNOWN = "offline", "online", "syncing", "unknown"


@dataclass(frozen=True)
class SyncState:
    """What the status bar shows about syncing."""

    connection: str = UNKNOWN  # unknown (not tried since start) | offline | online | syncing
    pending: int = 0
    conflicts: int = 0
    last_sync: str | None = None
    progress: Progress | None = None
    error: str | None = None


class AppContext(QObject):
    """One signed-in profile, as the UI sees it."""

    sync_state_changed = Signal(object)  # SyncState
    sync_finished = Signal(object)  # Summary or an exception
    login_needed = Signal(str)  # a plain-language reason
    _progress_arrived = Signal(object)  # from the sync thread

    def __init__(self, profile: Profile, hub: ChangeHub | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("appContext")
        self.profile = profile
        self.hub = hub or change_hub()
        self.state = SyncState()
        self._engine: SyncEngine | None = None
        self._generations: dict[tuple[int, str], int] = {}
        self._held: list[QueryOp[Any]] | None = None
        # Settings set here and not yet on disk: key -> (which write, value).
        self._unsaved: dict[str, tuple[object, Any]] = {}
        self._unsaved_lock = threading.Lock()
        self._progress_arrived.connect(self._on_progress)
        self.hub.changed.connect(self._maybe_refresh_counts)

    # -- shortcuts ------------------------------------------------------------------

    @property
    def store(self):
        return self.profile.store

    @property
    def blobs(self):
        return self.profile.blobs

    @property
    def user(self) -> dict[str, Any]:
        return self.profile.user or {}

    @property
    def user_id(self) -> str:
        return self.user.get("id", "")

    def query(self, parent: QObject, work: Callable[[], T], on_success: Callable[[T], None],
              *, context: str | None = None, latest: str | None = None,
              first_paint: bool = False) -> QueryOp[T]:
        """Read on the parallel lane. With ``latest``, only the newest query of that name
        for this parent delivers: reads run side by side, and an older, slower one must
        never overwrite what a newer one showed. ``first_paint``: a small read the
        window's first screen shows (the list of courses) starts even while the app
        holds queries (:meth:`hold_queries`), so it is ready as the window appears."""
        if latest is not None:
            slot = (id(parent), latest)
            generation = self._generations.get(slot, 0) + 1
            self._generations[slot] = generation
            deliver = on_success

            def on_success(result: T) -> None:
                if self._generations.get(slot) == generation:
                    deliver(result)

        op = QueryOp(parent, work, on_success, context=context, hub=self.hub)
        if self._held is not None and not first_paint:
            self._held.append(op)
            return op
        return op.run()

    def hold_queries(self) -> None:
        """Queue reads instead of starting them, until :meth:`release_queries`.

        The app holds them while it builds and first paints its window: on a
        two-core laptop, worker threads importing and reading would take the
        interpreter from the UI thread just when the user is waiting for it.
        """
        if self._held is None:
            self._held = []

    def release_queries(self) -> None:
        held, self._held = self._held, None
        for op in held or ():
            op.run()

    def write(self, parent: QObject, work: Callable[[], Changes],
              on_success: Callable[[Changes], None] | None = None,
              *, context: str | None = None) -> WriteOp:
        return WriteOp(parent, work, on_success, context=context, hub=self.hub).run()

    # -- settings remembered per profile --------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        """The setting's value; one this context is still writing reads as written.

        Safe on a lane thread too (the reader loads its font size in a query)."""
        with self._unsaved_lock:
            if key in self._unsaved:
                return self._unsaved[key][1]
        return self.profile.setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a setting: written on the serial lane, so the UI thread never
        writes; :meth:`setting` answers with the new value at once. The app waits
        for the lane at exit (``operations.shutdown``), so a value set while
        closing (window geometry) is kept. Called on a lane thread it writes there."""
        if QThread.currentThread() is not self.thread():
            self.profile.set_setting(key, value)  # already off the UI thread
            return
        token = object()
        with self._unsaved_lock:
            self._unsaved[key] = (token, value)

        def work() -> Changes:
            try:
                self.profile.set_setting(key, value)
            finally:
                with self._unsaved_lock:  # a later set_setting of the key keeps its own value
                    if self._unsaved.get(key, (None,))[0] is token:
                        del self._unsaved[key]
            return Changes.of(settings=True)

        self.write(self, work, context="settings")

    # -- sync --------------------------------------------------------------------------

    @property
    def syncing(self) -> bool:
        return self.state.connection == SYNCING

    def start_sync(self, options: Options | None = None) -> bool:
        """Start a pass unless one is running; returns whether it started."""
        if self.syncing:
            return False
        self._set_state(connection=SYNCING, progress=None, error=None)

        def work() -> Summary:
            return self.profile.sync(options, on_progress=self._progress_arrived.emit,
                                     engine_ready=self._engine_ready)

        SyncOp(self, work, self._sync_done, context="sync", label="sync", hub=self.hub) \
            .failure(self._sync_failed).run()
        return True

    def set_connection(self, connection: str) -> None:
        """What a reachability probe learned; a running sync knows better, so it wins."""
        if connection not in (OFFLINE, ONLINE, UNKNOWN):
            raise ValueError(f"not a connection state: {connection!r}")
        if not self.syncing and self.state.connection != connection:
            self._set_state(connection=connection)

    def cancel_sync(self) -> None:
        if self._engine is not None:
            self._engine.cancel()

    def _engine_ready(self, engine: SyncEngine) -> None:
        self._engine = engine  # set from the sync thread; read on the UI thread to cancel

    def _on_progress(self, progress: Progress) -> None:
        self._set_state(progress=progress)

    def _sync_done(self, summary: Summary) -> None:
        self._engine = None
        self._set_state(connection=ONLINE, progress=None, error=None)
        self.hub.notify(Changes(frozenset(summary.kinds), outbox=True, sync_status=True))
        self.sync_finished.emit(summary)

    def _sync_failed(self, exc: BaseException) -> None:
        from sync.errors import AuthError, NetworkError

        self._engine = None
        message = exc.user_message if isinstance(exc, TutorClientError) else str(exc)
        connection = OFFLINE if isinstance(exc, NetworkError) else ONLINE
        self._set_state(connection=connection, progress=None, error=message)
        self.hub.notify(Changes(frozenset(), outbox=True, sync_status=True))
        if isinstance(exc, AuthError):
            self.login_needed.emit(message)
        self.sync_finished.emit(exc)

    # -- counts for the status bar ----------------------------------------------------

    def refresh_counts(self) -> None:
        def work() -> tuple[int, int, str | None]:
            from tutorclient import conflicts, connectivity, outbox  # not needed before the window is up

            store = self.store
            return (outbox.pending_count(store.db), conflicts.count_open(store),
                    connectivity.last_good_sync(store))

        self.query(self, work, lambda r: self._set_state(pending=r[0], conflicts=r[1], last_sync=r[2]))

    def _maybe_refresh_counts(self, changes: Changes) -> None:
        if changes.outbox or changes.sync_status:
            self.refresh_counts()

    def _set_state(self, **fields: Any) -> None:
        data = {**self.state.__dict__, **fields}
        self.state = SyncState(**data)
        self.sync_state_changed.emit(self.state)
