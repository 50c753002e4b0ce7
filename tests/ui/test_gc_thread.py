"""Qt objects in reference cycles are freed on the UI thread, never by a lane or server
thread that happened to trigger Python's garbage collector (a segfault in PySide6)."""

from __future__ import annotations

import gc
import sys
import threading
from types import ModuleType

from PySide6.QtCore import QObject


class _Tracked(QObject):
    freed_on: list[int] = []

    def __del__(self) -> None:
        _Tracked.freed_on.append(threading.get_ident())


def test_cyclic_qt_garbage_is_collected_on_the_ui_thread(qtbot) -> None:
    _Tracked.freed_on = []
    for _ in range(20):
        obj = _Tracked()
        obj.me = obj  # a cycle: only the garbage collector frees it
    del obj

    kept: list[object] = []

    def allocate() -> None:  # what a lane or the server thread does all the time
        for _ in range(50_000):
            kept.append([[], {}])  # kept alive: past the collector's threshold

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(_Tracked.freed_on) == 20, timeout=5_000)
    kept.clear()
    assert set(_Tracked.freed_on) == {threading.main_thread().ident}


def test_what_imports_made_is_set_aside_after_the_garbage_is_freed(qtbot) -> None:
    """After modules load, the collector checks the young objects once (freeing the
    garbage among them on the UI thread) and freezes the rest, so no later collection
    traces a module's objects again."""
    _Tracked.freed_on = []
    obj = _Tracked()
    obj.me = obj  # garbage made just before the import: it must still be freed
    del obj
    frozen = gc.get_freeze_count()
    module = ModuleType("tc_test_loaded_module")
    module.table = [[i] for i in range(5_000)]  # what a module keeps for the app's life
    sys.modules[module.__name__] = module
    try:
        qtbot.waitUntil(lambda: gc.get_freeze_count() >= frozen + 5_000, timeout=5_000)
        assert _Tracked.freed_on == [threading.main_thread().ident]
    finally:
        del sys.modules[module.__name__]
