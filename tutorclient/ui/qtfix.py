"""A workaround for a PySide6 6.12 defect on Python 3.11, applied when the UI loads.

Imported by ``tutorclient/ui/__init__.py``, so every Qt module of the app is
covered before it makes its first Qt call.
"""

from __future__ import annotations

import ctypes
import gc
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal


class _Probe(QObject):
    probed = Signal()


def guard_pyside_refcounts() -> bool:
    """Make ``None``/``True``/``False`` immortal if this PySide6 build miscounts them.

    PySide6-Essentials 6.12.0 (abi3 wheel) on CPython 3.11 returns ``None`` from
    every void method (``setText``, ``QThreadPool.start``, ...) and ``True``
    from ``Signal.emit()`` without taking a reference, so each call drops one
    reference the interpreter never gave. After a few thousand calls CPython
    aborts with "Fatal Python error: none_dealloc/bool_dealloc" and the trainee
    loses the app. Python 3.12+ makes these objects immortal and is unaffected;
    here we do the same by hand. Detected, never assumed: returns True only if
    the defect was seen and the guard applied. Idempotent.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        probe.setObjectName("probe")
        probe.probed.emit()
    leaked = sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before
    if leaked:
        for singleton in (None, True, False):
            ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    return leaked


PYSIDE_REFCOUNT_GUARDED = guard_pyside_refcounts()


# -- the garbage collector runs on the UI thread only ---------------------------------

GC_INTERVAL_MS = 50  # often enough that one tick's young objects take a few ms to trace


def collect_garbage_on_ui_thread(app: QCoreApplication) -> bool:
    """Turn off automatic collection and collect from a timer on the UI thread instead.

    CPython collects on whichever thread allocates past the threshold: a sync lane
    or the local server. A Qt object in a reference cycle (a widget and a lambda
    connected to it) freed there crashed the app with a segfault. Anki does the
    same (``aqt.main.GarbageCollector``). The thresholds stay Python's own, so the
    cost is unchanged. Idempotent; returns whether it was installed now.
    """
    if app.property("tutorclientUiGc"):
        return False
    app.setProperty("tutorclientUiGc", True)
    global _modules_loaded
    _modules_loaded = len(sys.modules)
    gc.disable()
    # What the imports so far made (Qt's bindings, the app's modules) lives as
    # long as the app: set it aside untraced, as _collect_like_python does after
    # later imports. Only import-time cyclic garbage, if any, is kept with it.
    gc.freeze()
    timer = QTimer(app, objectName="uiThreadGarbageCollector", interval=GC_INTERVAL_MS)
    timer.timeout.connect(_collect_like_python)
    timer.start()
    return True


_modules_loaded = 0


def _collect_like_python() -> None:
    global _modules_loaded
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if len(sys.modules) != _modules_loaded:
        # Modules were imported since the last tick (a page, the sync stack on
        # a lane): their functions, classes and tables live as long as the app.
        # Collect the young generations once (the garbage among them, Qt
        # objects in cycles too, is freed here, on this thread), then freeze
        # what survived (gc.freeze, as Python's docs advise for what start-up
        # makes): no later collection traces it again. Left in the old
        # generations, every older collection traced it anew: 100 ms and more
        # on the UI thread in the middle of a sync.
        _modules_loaded = len(sys.modules)
        gc.collect(1)
        gc.freeze()
        return
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


# -- PySide's lazy types, made a few at a time ------------------------------------------

WARM_START_MS = 250  # after the window's first paint and the course list
WARM_EVERY_MS = 2  # room between slices for whatever else the UI thread has to do
WARM_SLICE = 6  # names per slice: a millisecond or two, a few on a busy laptop
WARM_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtNetwork")


def make_qt_types_in_slices(app: QCoreApplication) -> bool:
    """Have PySide make its remaining Qt types now, a few per turn of the event loop.

    PySide6 6.12 makes a Qt class's Python type (its enums are Python enums)
    at its first use. The first time an object of a class Qt keeps private
    reaches Python, PySide makes every type not made yet, all at once: the
    app-wide event filters (idle lock, window lock) see every object, and the
    busy progress bar's ``QAnimationTimer`` is the first such object when a
    sync starts. That burst held the UI thread 50 ms alone and over 100 ms
    during a sync. Made a slice at a time beforehand, nothing is left for it.
    Only modules already loaded are walked (QtNetwork loads with automatic
    sync, usually before its turn comes). Idempotent; returns whether it started now.
    """
    if app.property("tutorclientQtTypesWarm"):
        return False
    app.setProperty("tutorclientQtTypesWarm", True)
    pending = list(WARM_MODULES)
    names: list[tuple[object, str]] = []
    timer = QTimer(app, objectName="qtTypesInSlices", interval=WARM_EVERY_MS)

    def next_slice() -> None:
        while not names and pending:
            module = sys.modules.get(pending.pop(0))
            if module is not None:
                names.extend((module, n) for n in dir(module) if n.startswith("Q"))
        if not names:
            timer.stop()
            timer.deleteLater()
            return
        for module, name in names[:WARM_SLICE]:
            getattr(module, name, None)
        del names[:WARM_SLICE]

    timer.timeout.connect(next_slice)
    QTimer.singleShot(WARM_START_MS, timer.start)
    return True
