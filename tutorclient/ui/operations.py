"""Operations: the only way the UI runs store queries, writes and network work.

The UI thread never waits (STYLE.md rule 3). A view builds an operation and
calls ``run()``; the work runs on a ``QThreadPool`` and its result or exception
comes back on the UI thread through a queued Qt signal:

* :class:`QueryOp` runs on the **parallel lane** (:func:`parallel_pool`): store
  reads and network work that changes nothing here. It must not write to the
  store (a write from one is logged as a defect).
* :class:`WriteOp` runs on the **serial lane** (:func:`serial_pool`, one
  thread), so writes to the store never race each other and run in the order
  they were started. Its work returns :class:`~tutorclient.changes.Changes`,
  which the :class:`ChangeHub` fans out to every view (rule 5).
* :class:`SyncOp` runs on the parallel lane too: a sync pass, a sign-in, any
  network exchange that writes what it learns to the store. It must not hold
  the serial lane for a whole exchange over 2G, yet its writes take part in
  the order below.

The order (read-your-writes). Every write takes a number when it starts:
a WriteOp when it is started on the UI thread (its whole work is one write);
a SyncOp for each store transaction it opens, when it opens it (lock wait
included), on its lane thread. A QueryOp or SyncOp notes the last number
given out when it is started and, on its lane thread before its work, waits
until every write with that number or a lower one is done. So:

* a read started after a write was started sees it: a view that saves and
  reads again at once, and a view that reads while a sync is applying a page;
* a read started while a sync waits on the network waits for nothing of the
  sync, only for the writes (local saves, sync transactions) already begun:
  a 30 s pass never holds a trainee's pages back for 30 s;
* a sync started after a local save sends it (the save is in the outbox).

Writes finish out of order (a sync's transaction and the serial lane's write
run side by side), so the clock keeps the set of writes still running, not a
high-water mark. No deadlock: a waiter only ever waits for writes that are
already running (a SyncOp's numbers are taken by its running thread, never
while it is queued behind reads) or that the serial lane will run, which waits
for nothing; SQLite's own lock wait is bounded by its busy timeout, and a wait
here by ``_WriteClock.WAIT_S``.

Work functions never touch a widget. Callbacks run only while the operation's
``parent`` QObject is alive, so closing a window never crashes on a late
result. A write's change notice goes out even then: the data did change.

Connections: ``Store.db`` opens one SQLite connection per thread. Lane
threads never expire, so each keeps its connection for the app's life (at
most ``PARALLEL_THREADS + 1`` connections) and the work never closes it.
:func:`shutdown` waits for both lanes at exit and then closes the store.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from tutorclient.changes import Changes
from tutorclient.store.db import observe_writes

from .messages import log_failure, show_error

if TYPE_CHECKING:
    from tutorclient.store import Store

__all__ = [
    "ChangeHub",
    "QueryOp",
    "SyncOp",
    "WriteOp",
    "change_hub",
    "parallel_pool",
    "serial_pool",
    "set_change_hub",
    "shutdown",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

# Network work is mostly waiting, so a few threads even on a two-core laptop;
# more would only add SQLite connections and 2G contention.
PARALLEL_THREADS = 4

_pools: dict[str, QThreadPool] = {}
_hub: ChangeHub | None = None
# Relays of operations still running. Holding them here (not under the
# parent) means a worker never emits on a relay that a closed window deleted.
_in_flight: set[_Relay] = set()


# -- the two lanes -----------------------------------------------------------


class _WriteClock:
    """Read-your-writes: a read waits for the writes started before it (module docstring).

    Each write takes a number when it starts and gives it back when done,
    in any order. A read notes the last number given out and, on its own
    lane thread, waits until no write with that number or a lower one is
    still running. The UI thread never waits.
    """

    WAIT_S = 15.0  # a write stuck this long (SQLite busy) no longer holds reads back

    def __init__(self) -> None:
        self._cv = threading.Condition()
        self.issued = 0
        self._running: set[int] = set()

    def issue(self) -> int:
        with self._cv:
            self.issued += 1
            self._running.add(self.issued)
            return self.issued

    def finish(self, number: int) -> None:
        with self._cv:
            self._running.discard(number)
            self._cv.notify_all()

    def _done_up_to(self, number: int) -> bool:
        return not self._running or min(self._running) > number

    def wait_for(self, number: int) -> None:
        with self._cv:
            if not self._cv.wait_for(lambda: self._done_up_to(number), timeout=self.WAIT_S):
                log.warning("a read waited %.0f s for write %d; it goes ahead", self.WAIT_S, number)

    def settle(self) -> None:
        """Nothing more will finish (shutdown): let every waiting read go."""
        with self._cv:
            self._running.clear()
            self._cv.notify_all()


_writes = _WriteClock()
# The kind of operation running on this lane thread ("query", "write", "sync"), if any.
_on_lane = threading.local()


@contextmanager
def _store_write() -> Iterator[None]:
    """Around each store transaction (``Store.write``): a SyncOp's write takes its number."""
    kind = getattr(_on_lane, "kind", None)
    if kind == "sync":
        number = _writes.issue()
        try:
            yield
        finally:
            _writes.finish(number)
        return
    if kind == "query":
        # Outside the order: a read started meanwhile may miss it. Use SyncOp or WriteOp.
        log.error("a QueryOp wrote to the store: %s", getattr(_on_lane, "label", "?"))
    yield


observe_writes(_store_write)


def _pool(name: str, threads: int) -> QThreadPool:
    pool = _pools.get(name)
    if pool is None or not shiboken6.isValid(pool):
        pool = QThreadPool(QCoreApplication.instance())
        pool.setObjectName(f"{name}Lane")
        pool.setMaxThreadCount(threads)
        pool.setExpiryTimeout(-1)  # threads live on, and keep their SQLite connection
        _pools[name] = pool
    return pool


def parallel_pool() -> QThreadPool:
    """The parallel lane: reads and network work."""
    return _pool("parallel", PARALLEL_THREADS)


def serial_pool() -> QThreadPool:
    """The serial lane: one thread, so store writes run one at a time, in order."""
    return _pool("serial", 1)


def shutdown(store: Store | None = None, timeout_ms: int = 30_000) -> bool:
    """At app exit: wait for both lanes, then close ``store``. Never call it earlier.

    Returns False if work was still running after ``timeout_ms``; the store is
    then left open (SQLite recovers an unfinished transaction on next open)
    rather than pulled from under a running write.
    """
    _writes.settle()
    idle = all(pool.waitForDone(timeout_ms) for pool in _pools.values() if shiboken6.isValid(pool))
    if not idle:
        log.warning("Background work still running after %d ms at shutdown", timeout_ms)
    elif store is not None:
        store.close()
    return idle


# -- the change notice -------------------------------------------------------


class ChangeHub(QObject):
    """The one app-wide signal that fans out what each write or sync changed.

    Views connect to ``changed`` and redraw only if ``changes.touches(...)``.
    ``operation_started``/``operation_finished`` carry the operation's label,
    for a status-bar busy indicator; ``running`` counts operations in flight.
    """

    changed = Signal(object)  # Changes
    operation_started = Signal(str)
    operation_finished = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeHub")
        self.running = 0

    def notify(self, changes: Changes) -> None:
        """Announce changes made outside an operation (e.g. a sync pass's pages)."""
        if changes:
            self.changed.emit(changes)

    def _started(self, label: str) -> None:
        self.running += 1
        self.operation_started.emit(label)

    def _finished(self, label: str) -> None:
        self.running = max(0, self.running - 1)
        self.operation_finished.emit(label)


def change_hub() -> ChangeHub:
    """The application's hub: the one installed with :func:`set_change_hub`, or a default."""
    global _hub
    if _hub is None or not shiboken6.isValid(_hub):
        _hub = ChangeHub(QCoreApplication.instance())
    return _hub


def set_change_hub(hub: ChangeHub | None) -> None:
    """Install the app's hub; ``None`` forgets it (tests reset between cases)."""
    global _hub
    _hub = hub


# -- operations --------------------------------------------------------------


class _Relay(QObject):
    """Carries one result from a lane thread to the UI thread.

    The outcome travels as Python attributes and the signal has no arguments,
    so no Python object is marshalled through Qt's queued events (PySide6
    6.12 miscounts references there; see ``errors.guard_pyside_refcounts``).
    """

    finished = Signal()

    def __init__(self, op: _Operation[Any]) -> None:
        super().__init__()
        self._op: _Operation[Any] | None = op
        self.result: object = None
        self.error: BaseException | None = None
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
        # Queued on purpose: the slot must run on the relay's (UI) thread
        # even though finished is emitted from a lane thread.
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _deliver(self) -> None:
        _in_flight.discard(self)
        op, self._op = self._op, None
        result, error, self.result, self.error = self.result, self.error, None, None
        self.deleteLater()
        if op is not None:
            op._deliver(result, error)  # noqa: SLF001 - the relay is the op's own helper


class _Operation(Generic[T]):
    """Shared machinery of :class:`QueryOp` and :class:`WriteOp`."""

    _kind = "operation"

    def __init__(
        self,
        parent: QObject,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        *,
        context: str | None = None,
        label: str = "",
        hub: ChangeHub | None = None,
    ) -> None:
        if not isinstance(parent, QObject):
            raise TypeError("an operation needs a parent QObject (usually the view that started it)")
        self._parent = parent
        self._work = work
        self._on_success = on_success
        self._on_failure: Callable[[BaseException], None] | None = None
        self._context = context
        self._label = label or getattr(work, "__name__", self._kind)
        self._hub = hub
        self._started = False

    def failure(self, callback: Callable[[BaseException], None]) -> _Operation[T]:
        """Handle a failure yourself; by default the error is shown in plain language."""
        self._on_failure = callback
        return self

    def run(self) -> _Operation[T]:
        """Start the work on its lane and return at once. An operation runs once."""
        if self._started:
            raise RuntimeError("an operation can only be run once")
        self._started = True
        if self._hub is None:
            self._hub = change_hub()
        relay = _Relay(self)
        _in_flight.add(relay)
        self._hub._started(self._label)  # noqa: SLF001
        self._mark_writes()
        self._lane().start(lambda: self._run_in_lane(relay))
        return self

    def _mark_writes(self) -> None:
        """Note where this operation stands among the writes (see _WriteClock)."""

    # runs on a lane thread ------------------------------------------------

    def _lane(self) -> QThreadPool:
        raise NotImplementedError

    def _check(self, result: T) -> T:
        return result

    def _run_in_lane(self, relay: _Relay) -> None:
        _on_lane.kind, _on_lane.label = self._kind, self._label
        try:
            relay.result = self._check(self._work())
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            relay.error = exc
        finally:
            _on_lane.kind = _on_lane.label = None
        try:
            relay.finished.emit()
        except RuntimeError:  # the application is already gone
            log.debug("result of %r dropped: relay deleted", self._label)

    # runs on the UI thread --------------------------------------------------

    def _parent_alive(self) -> bool:
        return shiboken6.isValid(self._parent)

    def _deliver(self, result: object, exc: BaseException | None) -> None:
        hub = self._hub
        try:
            if exc is not None:
                self._failed(exc)
            else:
                self._succeeded(result)  # type: ignore[arg-type]
        finally:
            if hub is not None and shiboken6.isValid(hub):
                hub._finished(self._label)  # noqa: SLF001

    def _succeeded(self, result: T) -> None:
        if self._on_success is not None and self._parent_alive():
            self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        log_failure(log, f"{self._kind} {self._label!r}", exc)
        if not self._parent_alive():
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            parent = self._parent
            show_error(parent if isinstance(parent, QWidget) else None, exc, self._context)


class _AfterWrites(_Operation[T]):
    """Runs on the parallel lane once the writes started before it are done."""

    _after_write = 0

    def _lane(self) -> QThreadPool:
        return parallel_pool()

    def _mark_writes(self) -> None:
        self._after_write = _writes.issued

    def _run_in_lane(self, relay: _Relay) -> None:
        _writes.wait_for(self._after_write)  # see what was written before this was asked
        super()._run_in_lane(relay)


class QueryOp(_AfterWrites[T]):
    """Run ``work`` on the parallel lane; give its result to ``on_success`` on the UI thread.

    For reads and network work that writes nothing here: writes to the store
    go through WriteOp, network work that writes through SyncOp.
    """

    _kind = "query"


class SyncOp(_AfterWrites[T]):
    """Network work that writes what it learns (a sync pass, a sign-in), on the parallel lane.

    It starts once the writes started before it are done (so a pass sends what
    was just saved). Each store transaction its work opens takes a write
    number as it opens, so a read started after that waits for it, and a read
    started while the work waits on the network does not wait at all (see the
    module docstring). It announces no Changes itself: a sync pass reports what
    it changed through its caller (``AppContext``).
    """

    _kind = "sync"


class WriteOp(_Operation[Changes]):
    """Run a store write on the serial lane; announce its Changes, then call ``on_success``.

    ``work`` opens its own transaction (``with store.write(): ...``) and returns
    what it changed. The change notice goes out even if the parent has closed.
    """

    _kind = "write"
    _number = 0

    def _lane(self) -> QThreadPool:
        return serial_pool()

    def _mark_writes(self) -> None:
        self._number = _writes.issue()

    def _run_in_lane(self, relay: _Relay) -> None:
        try:
            super()._run_in_lane(relay)
        finally:
            _writes.finish(self._number)

    def _check(self, result: Changes) -> Changes:
        if not isinstance(result, Changes):
            raise TypeError(f"a WriteOp's work must return Changes, not {type(result).__name__}")
        return result

    def _succeeded(self, result: Changes) -> None:
        if self._hub is not None and shiboken6.isValid(self._hub):
            self._hub.notify(result)
        super()._succeeded(result)
