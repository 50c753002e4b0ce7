"""A workaround for a PySide6 6.12 defect on Python 3.11, applied when the UI loads.

Imported by ``tutorclient/ui/__init__.py``, so every Qt module of the app is
covered before it makes its first Qt call.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


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
