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

GC_INTERVAL_MS = 250


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
    gc.disable()
    timer = QTimer(app, objectName="uiThreadGarbageCollector", interval=GC_INTERVAL_MS)
    timer.timeout.connect(_collect_like_python)
    timer.start()
    return True


def _collect_like_python() -> None:
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return

