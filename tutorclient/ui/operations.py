"""Operations: the only way the UI runs store queries, writes and network work.

The UI thread never waits (STYLE.md rule 3). A view builds an operation and
calls ``run()``; the work runs on a ``QThreadPool`` and its result or exception
comes back on the UI thread through a queued Qt signal:

* :class:`QueryOp` runs on the **parallel lane** (:func:`parallel_pool`): store
  reads, downloads, sync passes. It must not write to the store.
* :class:`WriteOp` runs on the **serial lane** (:func:`serial_pool`, one
  thread), so writes to the store never race each other and run in the order
  they were started. Its work returns :class:`~tutorclient.changes.Changes`,
  which the :class:`ChangeHub` fans out to every view (rule 5).

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
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from sync.errors import TutorClientError
from tutorclient.changes import Changes

from .errors import show_error

if TYPE_CHECKING:
    from tutorclient.store import Store

__all__ = [
    "ChangeHub",
    "QueryOp",
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
        self._lane().start(lambda: self._run_in_lane(relay))
        return self

    # runs on a lane thread ------------------------------------------------

    def _lane(self) -> QThreadPool:
        raise NotImplementedError

    def _check(self, result: T) -> T:
        return result

    def _run_in_lane(self, relay: _Relay) -> None:
        try:
            relay.result = self._check(self._work())
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI
            relay.error = exc
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
        expected = isinstance(exc, TutorClientError)
        log.log(
            logging.WARNING if expected else logging.ERROR,
            "%s %r failed", self._kind, self._label, exc_info=(type(exc), exc, exc.__traceback__),
        )
        if not self._parent_alive():
            return
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            parent = self._parent
            show_error(parent if isinstance(parent, QWidget) else None, exc, self._context)


class QueryOp(_Operation[T]):
    """Run ``work`` on the parallel lane; give its result to ``on_success`` on the UI thread.

    For reads and network work only: writes to the store go through WriteOp.
    """

    _kind = "query"

    def _lane(self) -> QThreadPool:
        return parallel_pool()


class WriteOp(_Operation[Changes]):
    """Run a store write on the serial lane; announce its Changes, then call ``on_success``.

    ``work`` opens its own transaction (``with store.write(): ...``) and returns
    what it changed. The change notice goes out even if the parent has closed.
    """

    _kind = "write"

    def _lane(self) -> QThreadPool:
        return serial_pool()

    def _check(self, result: Changes) -> Changes:
        if not isinstance(result, Changes):
            raise TypeError(f"a WriteOp's work must return Changes, not {type(result).__name__}")
        return result

    def _succeeded(self, result: Changes) -> None:
        if self._hub is not None and shiboken6.isValid(self._hub):
            self._hub.notify(result)
        super()._succeeded(result)
